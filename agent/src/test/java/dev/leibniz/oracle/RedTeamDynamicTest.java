package dev.leibniz.oracle;

import static dev.leibniz.oracle.ArraysAndCallsTest.callOn;
import static dev.leibniz.oracle.ArraysAndCallsTest.d;
import static dev.leibniz.oracle.ArraysAndCallsTest.one;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.leibniz.oracle.fixtures.redteam.Shapes3;
import dev.leibniz.testing.Transformed;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** In-place arrays, aliased parameters, and the adjoint's workspace under exceptions, threads and repetition. */
class RedTeamDynamicTest {
  static final Class<?> C = Transformed.of(Shapes3.class).type;

  @Test
  void inPlaceWithOverlappingCopy() {
    double[] x = {0.7, -1.3, 0.4};
    JacobianCheck.check(
        "inPlace",
        x,
        v -> {
          callOn(null, C, "inPlace", v);
          return v;
        },
        (v, vd) -> {
          callOn(null, C, "inPlace$tangent", v, vd);
          return vd;
        },
        (v, yb) -> {
          callOn(null, C, "inPlace$adjoint", v, yb);
          return yb;
        },
        null);
  }

  @Test
  void sameArrayPassedTwice() {
    double[] x = {0.7, -1.3, 0.4};
    double x0 = x[0], x1 = x[1];
    // a[0] = x0 x1; b[1] = x1 + x0 x1; result = a0 + a0 b1 + b1 (a == b)
    double a0 = x0 * x1, b1 = x1 + x0 * x1;
    double[] da0 = {x1, x0, 0}, db1 = {x1, 1 + x0, 0};
    double[] exact = new double[3];
    for (int j = 0; j < 3; j++) exact[j] = da0[j] + da0[j] * b1 + a0 * db1[j] + db1[j];
    JacobianCheck.check(
        "twoArrays(x, x)",
        x,
        v -> one(d(callOn(null, C, "twoArrays", v, v))),
        (v, vd) -> one(d(callOn(null, C, "twoArrays$tangent", v, vd, v, vd))),
        (v, yb) -> {
          double[] g = new double[3];
          callOn(null, C, "twoArrays$adjoint", v, g, v, g, yb[0]);
          return g;
        },
        new double[][] {exact});
  }

  @Test
  void sharedRowsOfAMatrixParameter() {
    double[] x = {0.7, -1.3};
    // m = {r, r}: r0 *= r1; r1 = r0 * r0; result = r0 + r0 * r1 + r1
    double r0 = x[0] * x[1], r1 = r0 * r0;
    double[] dr0 = {x[1], x[0]};
    double[] exact = new double[2];
    for (int j = 0; j < 2; j++) exact[j] = dr0[j] + dr0[j] * r1 + r0 * 2 * r0 * dr0[j] + 2 * r0 * dr0[j];
    JacobianCheck.check(
        "rows({r, r})",
        x,
        v -> one(d(callOn(null, C, "rows", (Object) new double[][] {v, v}))),
        (v, vd) -> one(d(callOn(null, C, "rows$tangent", new double[][] {v, v}, new double[][] {vd, vd}))),
        (v, yb) -> {
          double[] g = new double[2];
          callOn(null, C, "rows$adjoint", new double[][] {v, v}, new double[][] {g, g}, yb[0]);
          return g;
        },
        new double[][] {exact});
  }

  static double[] adjointLoopN(double[] x, int n) {
    double[] g = new double[x.length];
    callOn(null, C, "loopN$adjoint", x.clone(), g, n, 1.0);
    return g;
  }

  static double[] tangentLoopN(double[] x, int n) {
    double[] g = new double[x.length];
    for (int j = 0; j < x.length; j++) {
      double[] e = new double[x.length];
      e[j] = 1;
      g[j] = d(callOn(null, C, "loopN$tangent", x.clone(), e, n));
    }
    return g;
  }

  @Test
  void workspaceAfterAnAdjointThatThrew() {
    double[] x = {0.3, -0.8, 1.1};
    double[] before = new double[3];
    callOn(null, C, "loopThenIndex$adjoint", x.clone(), before, 1, 1.0);
    assertThrows(AssertionError.class, () -> callOn(null, C, "loopThenIndex$adjoint", x.clone(), new double[3], 7, 1.0));
    double[] after = new double[3];
    callOn(null, C, "loopThenIndex$adjoint", x.clone(), after, 1, 1.0);
    assertArrayEquals(before, after, 0);
    double[] big = adjointLoopN(x, 5000);
    assertThrows(AssertionError.class, () -> callOn(null, C, "loopThenIndex$adjoint", x.clone(), new double[3], -1, 1.0));
    assertArrayEquals(big, adjointLoopN(x, 5000), 0);
    assertArrayEquals(tangentLoopN(x, 5000), big, 1e-12);
  }

  @Test
  void tripCountsAlternating() {
    double[] x = {0.3, -0.8, 1.1};
    int[] ns = {1000, 3, 0, 1000, 1, 57, 20000, 2, 1000};
    List<double[]> first = new ArrayList<>();
    for (int n : ns) {
      double[] g = adjointLoopN(x, n);
      assertArrayEquals(tangentLoopN(x, n), g, 1e-11, "n=" + n);
      first.add(g);
    }
    for (int r = 0; r < 3; r++) {
      for (int i = ns.length - 1; i >= 0; i--) assertArrayEquals(first.get(i), adjointLoopN(x, ns[i]), 0);
    }
  }

  @Test
  void recursionThroughThePublicAdjoint() {
    double[] x = {0.3, -0.8, 1.1};
    for (int depth : new int[] {0, 1, 4}) {
      int dep = depth;
      JacobianCheck.check(
          "recursive depth " + depth,
          x,
          v -> one(d(callOn(null, C, "recursive", v, dep))),
          (v, vd) -> one(d(callOn(null, C, "recursive$tangent", v, vd, dep))),
          (v, yb) -> {
            double[] g = new double[3];
            callOn(null, C, "recursive$adjoint", v, g, dep, yb[0]);
            return g;
          },
          null);
    }
  }

  @Test
  void manyCallsAndThreadsGiveTheSameBits() throws Exception {
    Random rnd = new Random(5);
    int points = 16;
    double[][] xs = new double[points][];
    int[] ns = new int[points];
    double[][] refA = new double[points][], refT = new double[points][], refL = new double[points][];
    for (int p = 0; p < points; p++) {
      xs[p] = new double[] {rnd.nextGaussian(), rnd.nextGaussian(), rnd.nextGaussian()};
      ns[p] = 1 + rnd.nextInt(300);
      refA[p] = adjointLoopN(xs[p], ns[p]);
      refT[p] = tangentLoopN(xs[p], ns[p]);
      assertArrayEquals(refT[p], refA[p], 1e-11 * Math.max(1, Math.abs(refT[p][0])));
      double[] g = new double[3];
      callOn(null, C, "localArrays$adjoint", xs[p].clone(), g, ns[p] % 17 + 1, 1.0);
      refL[p] = g;
    }
    for (int r = 0; r < 20_000; r++) {
      int p = r % points;
      if (r % 1000 == 0 || r > 19_000) {
        assertArrayEquals(refA[p], adjointLoopN(xs[p], ns[p]), 0, "repetition " + r);
      } else {
        double[] g = new double[3];
        callOn(null, C, "loopN$adjoint", xs[p].clone(), g, ns[p] % 7, 1.0);
      }
    }
    for (int p = 0; p < points; p++) assertArrayEquals(refT[p], tangentLoopN(xs[p], ns[p]), 0);
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<?>> fs = new ArrayList<>();
      for (int t = 0; t < 6; t++) {
        int seed = t;
        fs.add(
            pool.submit(
                () -> {
                  Random r = new Random(seed);
                  for (int k = 0; k < 1500; k++) {
                    int p = r.nextInt(points);
                    assertArrayEquals(refA[p], adjointLoopN(xs[p], ns[p]), 0);
                    double[] g = new double[3];
                    callOn(null, C, "localArrays$adjoint", xs[p].clone(), g, ns[p] % 17 + 1, 1.0);
                    assertArrayEquals(refL[p], g, 0);
                  }
                  return null;
                }));
      }
      for (Future<?> f : fs) f.get();
    } finally {
      pool.shutdown();
    }
  }
}
