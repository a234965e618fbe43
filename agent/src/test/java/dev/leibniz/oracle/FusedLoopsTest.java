package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.core.ClassFinder;
import dev.leibniz.core.explain.Explainer;
import dev.leibniz.core.explain.Explanation;
import dev.leibniz.oracle.fixtures.FusedLoops;
import dev.leibniz.testing.Transformed;
import org.junit.jupiter.api.Test;

/**
 * Adjacent counted loops over the same bounds fused into one (core.lift.LoopFusion) where the second
 * reads only the cell the first stored in the same trip, and left apart where it reads another trip's
 * cell or the bounds differ. Each against finite differences, the exact gradient and the tangent
 * (dot-product test): fused where it must not be, the reversed read would see cells not yet written
 * and the gradient would be wrong. The adjoint's tape plan shows which: one trip counter fewer where
 * fused.
 */
class FusedLoopsTest {
  static final Transformed T = Transformed.of(FusedLoops.class);

  static final double[][] POINTS = {{0.7, -0.4}, {0.3, -1.1, 0.9, 1.3}, {0.5, -0.25, 1.5, 0.9, 1.2, -0.8}, {0.4, 1.2, 0.8, 0.2, -0.6, 1.1, 0.3, 0.45}};

  interface Gradient {
    double at(double[] w, int j);
  }

  static void check(String name, Gradient gradient) {
    for (double[] w : POINTS) {
      double[] g = new double[w.length];
      for (int j = 0; j < w.length; j++) g[j] = gradient.at(w, j);
      JacobianCheck.check(
          name + java.util.Arrays.toString(w),
          w,
          v -> new double[] {(double) call(name, v)},
          (v, vd) -> new double[] {(double) call(name + "$tangent", v, vd)},
          (v, yb) -> {
            double[] grad = new double[v.length];
            call(name + "$adjoint", v, grad, yb[0]);
            return grad;
          },
          new double[][] {g});
    }
  }

  static Object call(String name, Object... args) {
    return ArraysAndCallsTest.callOn(null, T.type, name, args);
  }

  /** d/dc and d/da of {@code Σ_r (a (c - r))²}, r = 0, 1, 2. */
  static double byC(double a, double c) {
    double s = 0;
    for (int r = 0; r < 3; r++) s += 2 * a * a * (c - r);
    return s;
  }

  static double byA(double a, double c) {
    double s = 0;
    for (int r = 0; r < 3; r++) s += 2 * a * (c - r) * (c - r);
    return s;
  }

  @Test
  void theSecondLoopReadsTheCellTheFirstStoredInTheSameTrip() {
    check("elementwise", (w, j) -> {
      int d = w.length / 2;
      return j < d ? byC(w[d + j], w[j]) : byA(w[j], w[j - d]);
    });
  }

  @Test
  void theSecondLoopReadsTheFirstOnesCellsInReverse() {
    check("reversedRead", (w, j) -> {
      int d = w.length / 2;
      return j < d ? byC(w[2 * d - 1 - j], w[j]) : byA(w[j], w[2 * d - 1 - j]);
    });
  }

  @Test
  void theFirstLoopStopsOneShort() {
    check("shorterFirst", (w, j) -> {
      int d = w.length / 2;
      if (j == d - 1) return 6 * w[2 * d - 1] * w[2 * d - 1] * w[d - 1];
      if (j == 2 * d - 1) return 6 * w[2 * d - 1] * w[d - 1] * w[d - 1];
      return j < d ? byC(w[d + j], w[j]) : byA(w[j], w[j - d]);
    });
  }

  /** The rounds' loop, the fused loop and the sum's: three trip counters; four where not fused. */
  @Test
  void onlyTheElementwisePairIsFused() {
    assertEquals(3, tripCounters("elementwise"));
    assertEquals(4, tripCounters("reversedRead"));
    assertEquals(4, tripCounters("shorterFirst"));
  }

  static long tripCounters(String method) {
    for (Explanation e : Explainer.explain(Transformed.bytesOf(FusedLoops.class), ClassFinder.NONE).companions()) {
      if (e.companion().contains("." + method + "$adjoint(")) {
        String ir = e.derivative();
        return ir.substring(ir.indexOf("tape plan")).lines().filter(l -> l.contains(" trip counter: ")).count();
      }
    }
    throw new AssertionError("no adjoint of " + method);
  }
}
