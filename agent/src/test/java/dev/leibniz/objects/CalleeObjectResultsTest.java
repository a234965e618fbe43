package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.objects.fixtures.calleeresult.Harmonics;
import dev.leibniz.oracle.JacobianCheck;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * A marked method reading the fields of a new object a same-class helper returns, the helper differentiated on its own
 * (JSOFA's {@code jauEqeq94} reading {@code jauNut80(d1, d2).dpsi}; README, "Objects": object results built new): the
 * call is made to the helper's twin returning the fields, and the object rebuilt in the caller
 * ({@code core.objects.ResultCalls}). Both modes against the analytic gradient, central finite differences and the
 * dot-product test; the original methods are kept as they were.
 */
class CalleeObjectResultsTest {
  static final Transformed T = Transformed.of(Harmonics.class);
  static final double[] A = {0.5, 0.25, 0.125}, W = {1, 2, 3};

  /** {value, slope, slope'} of the series at u. */
  static double[] series(double u) {
    double s = 0, d = 0, dd = 0;
    for (int k = 0; k < 3; k++) {
      s += A[k] * Math.sin(W[k] * u);
      d += A[k] * W[k] * Math.cos(W[k] * u);
      dd -= A[k] * W[k] * W[k] * Math.sin(W[k] * u);
    }
    return new double[] {s, d, dd};
  }

  @Test
  void aHelpersNewResultReadInTheCaller() {
    for (double[] x : new double[][] {{0.7, 1.3}, {-1.1, 0.4}}) {
      double t = x[0], c = x[1];
      double[] p = series(t * c);
      double[] exact = {2 * p[0] * p[1] * c + c * p[2] * c, 2 * p[0] * p[1] * t + p[1] + c * p[2] * t};
      checkGradient("energy", x, exact, v -> Harmonics.energy(v[0], v[1]));
    }
  }

  @Test
  void twoCallsOfTheHelper() {
    for (double[] x : new double[][] {{0.7, 1.3}, {2.1, -0.4}}) {
      double[] p = series(x[0]), q = series(x[1]);
      double[] exact = {p[1] * q[1] - q[0] * p[2], p[0] * q[2] - q[1] * p[1]};
      checkGradient("spread", x, exact, v -> Harmonics.spread(v[0], v[1]));
    }
  }

  void checkGradient(String name, double[] x, double[] exact, java.util.function.ToDoubleFunction<double[]> f) {
    Class<?> d = double.class;
    Method primal = T.method(name, d, d), tangent = T.method(name + "$tangent", d, d, d, d);
    Method adjoint = T.method(name + "$adjoint", d, d, d, double[].class);
    assertEquals(f.applyAsDouble(x), (double) Transformed.invoke(primal, x[0], x[1]), 0.0, "the primal is unchanged");
    JacobianCheck.check(name, x, v -> new double[] {(double) Transformed.invoke(primal, v[0], v[1])},
        (v, dv) -> new double[] {(double) Transformed.invoke(tangent, v[0], dv[0], v[1], dv[1])},
        (v, w) -> {
          double[] g = new double[2];
          Transformed.invoke(adjoint, v[0], v[1], w[0], g);
          return g;
        },
        new double[][] {exact});
  }
}
