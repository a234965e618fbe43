package dev.leibniz.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.core.fixtures.Typical;
import dev.leibniz.testing.Transformed;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Typical numeric Java, checked against central differences in both modes. */
class TypicalCodeTest {
  private static final Transformed T = Transformed.of(Typical.class);

  private static double fd(Function<Double, Double> f, double x) {
    double h = 1e-6 * Math.max(1, Math.abs(x));
    return (f.apply(x + h) - f.apply(x - h)) / (2 * h);
  }

  private static double[] with(double[] a, int i, double v) {
    double[] c = a.clone();
    c[i] = v;
    return c;
  }

  @Test
  void matrixProductTrace() {
    int n = 3;
    double[] a = {0.3, -1.2, 0.5, 2.0, 0.1, -0.7, 1.1, 0.4, -0.2};
    double[] b = {1.0, 0.2, -0.3, 0.4, -1.5, 0.6, 0.7, 0.8, -0.9};
    double[] abar = new double[9], bbar = new double[9];
    T.call("matmulTrace$adjoint", a, abar, b, bbar, n, 1.0);
    for (int i = 0; i < 9; i++) {
      final int k = i;
      double expect = fd(v -> Typical.matmulTrace(with(a, k, v), b, n), a[k]);
      assertEquals(expect, abar[k], 1e-7);
      double[] da = new double[9];
      da[k] = 1;
      assertEquals(expect, (double) T.call("matmulTrace$tangent", a, da, b, new double[9], n), 1e-7);
    }
  }

  @Test
  void hornerSoftmaxBisectionAndTable() {
    double[] c = {1, -2, 0.5, 3};
    double[] g = new double[1];
    T.call("horner$adjoint", c, new double[4], 0.7, 1.0, g);
    assertEquals(fd(x -> Typical.horner(c, x), 0.7), g[0], 1e-7);

    double[] z = {0.2, -1.0, 1.7, 0.4};
    double[] zbar = new double[4];
    T.call("softmaxEntropy$adjoint", z, zbar, 1.0);
    for (int i = 0; i < 4; i++) {
      final int k = i;
      assertEquals(fd(v -> Typical.softmaxEntropy(with(z, k, v)), z[k]), zbar[k], 1e-7);
    }

    double[] r = new double[1];
    T.call("bisectRoot$adjoint", 2.0, 1.0, r);
    assertEquals(0.5 / Math.sqrt(2), r[0], 1e-9);
    assertEquals(0.5 / Math.sqrt(2), (double) T.call("bisectRoot$tangent", 2.0, 1.0), 1e-9);

    double[] t = new double[1];
    T.call("tableLookup$adjoint", 0.3, 1.0, t);
    assertEquals(fd(Typical::tableLookup, 0.3), t[0], 1e-6);
  }

  @Test
  void rungeKuttaStateJacobianColumnMatchesRow() {
    double k = 2.0, h = 0.05;
    int steps = 40;
    // d y_final[0] / d k by tangent, adjoint and central differences
    double[] y = {0.8, 0.0};
    double[] dy = {0, 0};
    T.call("rk4$tangent", y, dy, k, 1.0, h, 0.0, steps);
    double byTangent = dy[0];
    double[] y2 = {0.8, 0.0};
    double[] ybar = {1, 0};
    double[] grad = new double[2];
    T.call("rk4$adjoint", y2, ybar, k, h, steps, grad);
    double byFd = fd(kk -> {
      double[] yy = {0.8, 0.0};
      Typical.rk4(yy, kk, h, steps);
      return yy[0];
    }, k);
    assertEquals(byFd, byTangent, 1e-7);
    assertEquals(byFd, grad[0], 1e-7);
  }

  @Test
  void arrayResultsAndFloats() {
    double[] v = {1, 2, 3};
    double[] dv = {0, 1, 0};
    double[] dout = (double[]) T.call("scaled$tangent", v, dv, 2.0, 0.5);
    assertEquals(List3.of(0.5, 2.0 + 0.5 * 2, 1.5), List3.of(dout[0], dout[1], dout[2]));
    float[] a = {1f, 2f}, b = {3f, -1f};
    float[] abar = new float[2], bbar = new float[2];
    T.call("dotf$adjoint", a, abar, b, bbar, 1f);
    assertEquals(3f, abar[0]);
    assertEquals(2f, bbar[1]);
  }

  /** A tiny list for readable assertions. */
  private record List3(double a, double b, double c) {
    static List3 of(double a, double b, double c) {
      return new List3(a, b, c);
    }
  }
}
