package dev.leibniz.core.reverse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.ClassFinder;
import dev.leibniz.core.explain.Explainer;
import dev.leibniz.core.explain.Explanation;
import dev.leibniz.oracle.fixtures.NonFiniteAdjointFixtures;
import dev.leibniz.testing.Transformed;
import org.junit.jupiter.api.Test;

/**
 * The strong zeros {@link NonFiniteAdjoints} adds to the reverse sweep stay where an adjoint may be
 * infinite: a plain product loop (a dot product, GMM's {@code qTimesX} shape) keeps its plain
 * products, with no comparison added; {@code sqrt(x·y)} gets one on each factor.
 */
class NonFiniteAdjointsStructureTest {
  static final Explainer.Explained EXPLAINED =
      Explainer.explain(Transformed.bytesOf(NonFiniteAdjointFixtures.class), ClassFinder.NONE);

  static String adjointIr(String method) {
    for (Explanation e : EXPLAINED.companions()) {
      if (e.companion().contains("." + method + "$adjoint(")) return e.derivative();
    }
    throw new AssertionError("no adjoint of " + method);
  }

  /** Floating selects: the strong zeros (an int select computes a loop's trips from its bounds, ControlFlowRecorder). */
  static int selects(String ir) {
    return ir.split(": (double|float) = select ", -1).length - 1;
  }

  @Test
  void plainProductLoopsGetNoBranch() {
    String dot = adjointIr("dot");
    assertEquals(0, selects(dot), dot);
    String scale = adjointIr("scale");
    assertEquals(0, selects(scale), scale);
  }

  @Test
  void productUnderSqrtGetsTheMirrorStrongZero() {
    String ir = adjointIr("sqrtOfProduct");
    // sqrt's strong zero on the adjoint, and one on each factor of x·y (the adjoint of x·y may be infinite)
    assertEquals(3, selects(ir), ir);
  }
}
