package dev.leibniz.oracle;

import static dev.leibniz.oracle.CheckpointingTest.withBudget;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.ClassFinder;
import dev.leibniz.core.explain.Explainer;
import dev.leibniz.core.explain.Explanation;
import dev.leibniz.oracle.fixtures.SplitCheckpoints;
import dev.leibniz.testing.Transformed;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A split helper whose loop has a checkpointed form (core.reverse.PathRecords): what only the
 * checkpointed path defines (its segments' frame, their length, the driver's trip counter) is
 * recorded on that path, not in the frame every call pushes at the return. Derivatives with the
 * common path, the checkpointed path, and both in one gradient, against the formula, central
 * differences and the tangent (dot product); the frame's size pinned.
 */
class PathRecordsTest {
  static final Class<?> D = double.class, I = int.class;
  static final double A = 0.9, B = 0.4, C = 1.7;

  /** The gradient of {@code chain(a, b, c, n)} in (a, b, c), and its value last. */
  static double[] chain(double a, double b, double c, int n) {
    double s = b, sa = 0, sb = 1;
    for (int i = 0; i < n; i++) {
      double k = Math.cos(s * a);
      sa = k * (sa * a + s);
      sb = k * sb * a;
      s = Math.sin(s * a) + 0.5;
    }
    return new double[] {c * sa, c * sb, s, c * s};
  }

  /** The gradient of {@code twice(a, b, c, n, m)}. */
  static double[] twice(double a, double b, double c, int n, int m) {
    double[] gm = chain(a, b, c, m), gn = chain(a, b, c, n);
    return new double[] {gm[0] + gn[3] + a * gn[0], gm[1] + a * gn[1], gm[2] + a * gn[2]};
  }

  static void check(int n, int m, String budget) {
    ScalarFunction f = new ScalarFunction(Transformed.of(SplitCheckpoints.class).type, "twice", D, D, D, I, I);
    double[] x = {A, B, C, n, m};
    withBudget(budget, () -> {
      ConstructsTest.check(f, x, twice(A, B, C, n, m), 1e-12, true);
      return null;
    });
  }

  @Test
  void commonPathOnly() {
    check(3, 5, null);
    check(0, 7, null);
  }

  /** n = 6000 trips under a 4 KiB budget: checkpointed; m = 5: the common path, in the same gradient. */
  @Test
  void checkpointedAndCommonPathsInOneGradient() throws Exception {
    check(6000, 5, CheckpointingTest.TINY);
    check(5, 6000, CheckpointingTest.TINY);
    check(6000, 4000, CheckpointingTest.TINY);
  }

  /** Checkpointed and taped whole: the same gradient to 1e-12, and the checkpointed run's tape stays small. */
  @Test
  void checkpointedEqualsTaped() throws Exception {
    Class<?> taped = Transformed.of(SplitCheckpoints.class).type, segmented = Transformed.of(SplitCheckpoints.class).type;
    double[] x = {A, B, C, 6000, 5};
    double[] whole = withBudget(null, () -> new ScalarFunction(taped, "twice", D, D, D, I, I).gradient(x));
    double[] cut = withBudget(CheckpointingTest.TINY, () -> new ScalarFunction(segmented, "twice", D, D, D, I, I).gradient(x));
    assertArrayEquals(whole, cut, 1e-12 * Math.max(1, Math.abs(whole[0])));
    int wholeTape = CheckpointingTest.doubleTape(taped).length, cutTape = CheckpointingTest.doubleTape(segmented).length;
    assertTrue(wholeTape > 4 * cutTape, "the helper's loop ran checkpointed: double tape " + cutTape + " against " + wholeTape);
  }

  /**
   * The frame {@code chain}'s forward sweep pushes at its return holds what every path defines:
   * the buffer for the adjoint of the checkpointed path's argument, the index of the path into the
   * return, the index of the path into the loop (too few trips, or within the budget), and which
   * return it was. The loop's carried value and trip counter are recorded on the loop's path; the
   * checkpointed path is a call out of line (its segment frame array, segment length and driver
   * trip counter were in this frame before PathRecords, then on that path), and the result is not
   * saved (the reverse sweep's result is never read): 8 entries on every call before PathRecords,
   * 4 now.
   */
  @Test
  void theFrameHoldsOnlyWhatEveryPathDefines() {
    String ir = splitIr("chain$adjoint$split(");
    List<String> frame = frame(ir);
    assertEquals(4, frame.size(), "frame " + frame + " in\n" + ir);
    for (String v : frame) {
      String def = definition(ir, v);
      assertFalse(def.contains("newD") || def.contains("Math.max") || def.contains("newarray"),
          "the checkpointed path's " + def + " is in the frame");
    }
  }

  static String splitIr(String name) {
    return splitIr(SplitCheckpoints.class, name);
  }

  static String splitIr(Class<?> fixture, String name) {
    for (Explanation e : Explainer.explain(Transformed.bytesOf(fixture), ClassFinder.NONE).companions()) {
      if (e.companion().contains("." + name)) {
        String ir = e.derivative();
        return ir.substring(0, ir.indexOf("tape plan"));
      }
    }
    throw new AssertionError("no companion " + name);
  }

  /** The operands of the {@code tape_push} right before the forward sweep's {@code return} (the first one). */
  static List<String> frame(String ir) {
    String[] lines = ir.split("\n");
    for (int k = 1; k < lines.length; k++) {
      if (lines[k].trim().startsWith("return") && lines[k - 1].trim().startsWith("tape_push ")) {
        List<String> args = new ArrayList<>(List.of(lines[k - 1].trim().substring("tape_push ".length()).split(" ")));
        return args;
      }
    }
    throw new AssertionError("no frame in\n" + ir);
  }

  static String definition(String ir, String value) {
    for (String line : ir.split("\n")) {
      if (line.trim().startsWith(value + ":")) return line.trim();
    }
    return value + ": (a parameter or constant)";
  }
}
