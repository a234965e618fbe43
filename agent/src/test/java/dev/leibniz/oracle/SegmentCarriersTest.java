package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.oracle.fixtures.CheckpointedGmm;
import dev.leibniz.oracle.fixtures.SegmentCarriedIntegers;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * A checkpointed loop whose segment reads its {@code int} and {@code long} locals from the driver's
 * passive {@code long[]} and calls helpers that hold checkpoint drivers themselves. Each driver
 * calls the copied tape-budget helper, which has no code before differentiation: the write
 * summaries took it for a method that may do anything, bit reads included, so every helper with a
 * loop "read bit patterns", every integer the segment read from its carrier counted as bits of an
 * active value, and the segment was refused as turning them back into a number (the class then
 * redone without checkpointing). The class is checkpointed, with no diagnostic, and the segments
 * give the right gradient.
 */
class SegmentCarriersTest {
  @Test
  void gmmKeepsItsSegments() {
    Transformed t = Transformed.of(CheckpointedGmm.class);
    assertTrue(t.result.diagnostics().isEmpty(), "diagnostics: " + t.result.diagnostics());
    assertTrue(hasMethod(t.type, "objective$ckpt"), "objective's loop checkpointed");
  }

  /** Adjoint under a 4 KiB budget against the gradient by hand, finite differences and the tangent (dot product). */
  @Test
  void integersCarriedThroughSegmentsCallingHelpers() throws Exception {
    Transformed t = Transformed.of(SegmentCarriedIntegers.class);
    assertTrue(t.result.diagnostics().isEmpty(), "diagnostics: " + t.result.diagnostics());
    assertTrue(hasMethod(t.type, "rows$ckpt"), "rows' loop checkpointed");
    Method primal = t.type.getMethod("rows", double[].class, int.class, int.class);
    Method adjoint = t.type.getMethod("rows$adjoint", double[].class, double[].class, int.class, int.class, double.class);
    Method tangent = t.type.getMethod("rows$tangent", double[].class, double[].class, int.class, int.class);
    int n = 5000, d = 3;
    double[] x = new double[12];
    for (int i = 0; i < x.length; i++) x[i] = Math.sin(1.7 * i + 0.3);
    double[] g = new double[x.length];
    double y = CheckpointingTest.withBudget(CheckpointingTest.TINY, () -> call(adjoint, x.clone(), g, n, d, 1.0));
    assertEquals(call(primal, x.clone(), n, d), y, 0, "primal returned by $adjoint");
    assertTrue(CheckpointingTest.doubleTape(t.type).length * 8 <= 4096, "tape bounded: the segments ran");
    double[] byHand = byHand(x, n, d);
    for (int i = 0; i < x.length; i++) {
      assertEquals(byHand[i], g[i], 1e-9 * Math.max(1, Math.abs(byHand[i])), "adjoint vs by hand " + i);
      double[] e = new double[x.length];
      e[i] = 1;
      FiniteDifferences.Estimate est = FiniteDifferences.directional(v -> new double[] {call(primal, v.clone(), n, d)}, x, e)[0];
      assertEquals(est.value(), g[i], est.tolerance(1e-7), "adjoint vs finite differences " + i + " " + est);
    }
    double[] dir = new double[x.length];
    for (int i = 0; i < x.length; i++) dir[i] = Math.cos(0.9 * i);
    double dy = CheckpointingTest.withBudget(CheckpointingTest.TINY, () -> call(tangent, x.clone(), dir, n, d));
    double dot = 0;
    for (int i = 0; i < x.length; i++) dot += g[i] * dir[i];
    assertEquals(dot, dy, 1e-11 * Math.max(1, Math.abs(dy)), "dot product: tangent vs adjoint");
  }

  /** d/dx of Σ_i 0.5 |x[off_i ..+d)|² + 1e-3 i x[off_i], rows taken round robin. */
  private static double[] byHand(double[] x, int n, int d) {
    double[] g = new double[x.length];
    int off = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) g[off + j] += x[off + j];
      g[off] += 1e-3 * i;
      off = off + d < x.length ? off + d : 0;
    }
    return g;
  }

  private static boolean hasMethod(Class<?> type, String prefix) {
    return Arrays.stream(type.getDeclaredMethods()).map(Method::getName).anyMatch(n -> n.startsWith(prefix));
  }

  private static double call(Method m, Object... args) {
    try {
      return (double) m.invoke(null, args);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
