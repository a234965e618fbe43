package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.oracle.fixtures.OnlyThrowingChecks;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * A method of a taken-apart check object that only throws ({@code Validate.that("u", u).fails(...)}, MOEA Framework's
 * {@code Vector.normalize}, thirty-fifth corpus round) left the code after its inlined call unreached but still a
 * predecessor of the merge after the check: the adjoint stopped with an internal error (a NullPointerException building
 * the merge's reverse), for array and scalar results alike. Both modes against the analytic Jacobian and central
 * differences, and the dot-product test; the failing branch still throws.
 */
class OnlyThrowingChecksTest {
  private static final Transformed T = Transformed.of(OnlyThrowingChecks.class);

  /** d(u_i / |u|) / du_j = (δ_ij - n_i n_j) / |u|. */
  private static double[][] jacobian(double[] u) {
    double m = Math.sqrt(u[0] * u[0] + u[1] * u[1] + u[2] * u[2]);
    double[][] j = new double[3][3];
    for (int i = 0; i < 3; i++) {
      for (int k = 0; k < 3; k++) j[i][k] = ((i == k ? 1 : 0) - u[i] * u[k] / (m * m)) / m;
    }
    return j;
  }

  @Test
  void normalizeBehindAThrowingCheckIsDifferentiatedInBothModes() throws Exception {
    Method primal = T.type.getMethod("normalize", double[].class);
    Method tangent = T.type.getMethod("normalize$tangent", double[].class, double[].class);
    Method adjoint = T.type.getMethod("normalize$adjoint", double[].class, double[].class, double[].class);
    for (double[] u : new double[][] {{0.3, -1.2, 2.5}, {-0.7, 0.4, 0.1}}) {
      double[][] j = jacobian(u);
      double[] v = {0.7, -1.3, 0.25};
      double[] jv = (double[]) tangent.invoke(null, u.clone(), v.clone());
      for (int i = 0; i < 3; i++) {
        int row = i;
        double exact = j[i][0] * v[0] + j[i][1] * v[1] + j[i][2] * v[2];
        double fd = FiniteDifferences.derivative(h -> {
          double[] x = {u[0] + h * v[0], u[1] + h * v[1], u[2] + h * v[2]};
          try {
            return ((double[]) primal.invoke(null, (Object) x))[row];
          } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
          }
        }, 0.0).value();
        assertEquals(exact, jv[i], 1e-12, "tangent against the analytic Jacobian, output " + i);
        assertEquals(exact, fd, 1e-7, "central differences against the analytic Jacobian, output " + i);
      }
      double[] seed = {1.5, -0.4, 0.9};
      double[] ubar = new double[3];
      double[] value = (double[]) adjoint.invoke(null, u.clone(), ubar, seed.clone());
      double[] expectedValue = (double[]) primal.invoke(null, (Object) u.clone());
      for (int i = 0; i < 3; i++) assertEquals(expectedValue[i], value[i], 0, "primal value " + i);
      for (int k = 0; k < 3; k++) {
        double exact = seed[0] * j[0][k] + seed[1] * j[1][k] + seed[2] * j[2][k];
        assertEquals(exact, ubar[k], 1e-12, "adjoint against the analytic Jacobian, input " + k);
      }
      double left = seed[0] * jv[0] + seed[1] * jv[1] + seed[2] * jv[2];
      double right = ubar[0] * v[0] + ubar[1] * v[1] + ubar[2] * v[2];
      assertEquals(left, right, 1e-12, "dot product <ybar, J v> = <ubar, v>");
    }
  }

  @Test
  void aScalarBehindAThrowingCheckIsDifferentiatedInBothModes() throws Exception {
    Method primal = T.type.getMethod("square", double.class);
    Method tangent = T.type.getMethod("square$tangent", double.class, double.class);
    Method adjoint = T.type.getMethod("square$adjoint", double.class, double.class, double[].class);
    for (double x : new double[] {0.8, -2.3}) {
      double exact = (2 * x + 0.1 * x * x) * Math.exp(0.1 * x);
      double fd = FiniteDifferences.derivative(h -> {
        try {
          return (double) primal.invoke(null, x + h);
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
      }, 0.0).value();
      double dx = (double) tangent.invoke(null, x, 1.0);
      assertEquals(exact, fd, 1e-7 * Math.max(1, Math.abs(exact)), "central differences against the analytic derivative");
      assertEquals(exact, dx, 1e-12 * Math.max(1, Math.abs(exact)), "tangent");
      double seed = 1.7;
      double[] xbar = new double[1];
      double value = (double) adjoint.invoke(null, x, seed, xbar);
      assertEquals((double) primal.invoke(null, x), value, 0, "primal value");
      assertEquals(seed * exact, xbar[0], 1e-12 * Math.max(1, Math.abs(seed * exact)), "adjoint");
      assertEquals(seed * dx, xbar[0], 1e-12 * Math.max(1, Math.abs(seed * dx)), "dot product <seed, J dx> = <xbar, dx>");
    }
  }

  @Test
  void theCheckStillThrows() throws Exception {
    Method tangent = T.type.getMethod("normalize$tangent", double[].class, double[].class);
    Exception e = org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
        () -> tangent.invoke(null, new double[3], new double[3]));
    assertTrue(String.valueOf(e.getCause()).contains("Can not normalize"), String.valueOf(e.getCause()));
  }
}
