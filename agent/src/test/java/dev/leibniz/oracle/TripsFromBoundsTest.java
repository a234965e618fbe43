package dev.leibniz.oracle;

import dev.leibniz.oracle.fixtures.TripsFromBounds;
import dev.leibniz.testing.Transformed;
import org.junit.jupiter.api.Test;

/**
 * Counted loops whose trip count the reverse sweep computes from the loop's bounds instead of
 * counting it in the forward sweep and taping it once per run (TapePlanTest pins which loops do:
 * {@code tripsFromBoundsOnlyWhereTheBoundsDecideTheTrips}), and the loops where that would be wrong
 * (a bound the body changes, an early exit), which keep counting: each against finite differences,
 * a hand-written gradient and the tangent (dot-product test), over lengths that give empty loops.
 */
class TripsFromBoundsTest {
  static final Transformed T = Transformed.of(TripsFromBounds.class);

  static Object call(String name, Object... args) {
    return ArraysAndCallsTest.callOn(null, T.type, name, args);
  }

  /** {@code name} at {@code x} against differences, the tangent and the exact gradient {@code grad}. */
  static void check(String name, double[] x, double[] grad) {
    JacobianCheck.check(
        name + java.util.Arrays.toString(x),
        x,
        v -> new double[] {(double) call(name, v)},
        (v, vd) -> new double[] {(double) call(name + "$tangent", v, vd)},
        (v, yb) -> {
          double[] g = new double[v.length];
          call(name + "$adjoint", v, g, yb[0]);
          return g;
        },
        new double[][] {grad});
  }

  static final double[][] POINTS = {
    {0.7}, {0.3, -1.1}, {0.5, -0.25, 1.5, 0.9}, {0.4, 1.2, 0.8, 0.2, -0.6, 1.1, 0.3}
  };

  @Test
  void aTriangularLoopInASplitHelper() {
    for (double[] x : POINTS) {
      double[] g = new double[x.length];
      for (int i = 0; i < x.length; i++) {
        for (int j = i + 1; j < x.length; j++) {
          double c = 3 * Math.cos(x[i] * x[j]); // (1 + 2) calls of pairs
          g[i] += c * x[j];
          g[j] += c * x[i];
        }
      }
      check("triangular", x, g);
    }
  }

  @Test
  void anInnerLoopCountingDownToZero() {
    for (double[] x : POINTS) {
      double[] g = new double[x.length];
      for (int i = x.length - 1; i > 0; i--) {
        for (int j = i; j > 0; j--) {
          g[i] += x[j - 1] * x[j - 1];
          g[j - 1] += 2 * x[i] * x[j - 1];
        }
      }
      check("countdown", x, g);
    }
  }

  /** Computing the trips from the bound's value at the loop's entry would reverse n trips instead of ceil(n/2). */
  @Test
  void aBoundTheBodyChangesKeepsCounting() {
    for (double[] x : POINTS) {
      int h = (x.length + 1) / 2;
      double all = 0, half = 0;
      for (int k = 0; k < x.length; k++) {
        all += x[k];
        if (k < h) half += x[k];
      }
      double[] g = new double[x.length];
      for (int k = 0; k < x.length; k++) g[k] = half + (k < h ? all : 0);
      check("shrinking", x, g);
    }
  }

  /** Computing the trips from the bounds would reverse the trips the break skipped. */
  @Test
  void anEarlyExitKeepsCounting() {
    for (double[] x : POINTS) {
      double[] g = new double[x.length];
      for (int i = 0; i < x.length; i++) {
        for (int j = i + 1; j < x.length && x[j] >= 0; j++) {
          g[i] += x[j];
          g[j] += x[i];
        }
      }
      check("earlyExit", x, g);
    }
  }
}
