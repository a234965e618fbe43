package dev.leibniz.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.Derivatives;
import dev.leibniz.examples.library.JamaLeastSquares;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import org.junit.jupiter.api.Test;

/**
 * A least-squares residual written with unmodified Jama {@code Matrix} (gov.nist.math:jama), under
 * the real agent (strict): both modes against the analytic gradient and central differences.
 */
class JamaLeastSquaresTest {
  private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
  private static final double[][] A = JamaLeastSquares.A;
  private static final double[] B = JamaLeastSquares.B;

  /** r = a x - b. */
  private static double[] residual(double[][] a, double[] x) {
    double[] r = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      r[i] = -B[i];
      for (int j = 0; j < x.length; j++) r[i] += a[i][j] * x[j];
    }
    return r;
  }

  private static double norm(double[] r) {
    double s = 0;
    for (double v : r) s += v * v;
    return Math.sqrt(s);
  }

  /** Aᵀ r / ‖r‖. */
  private static double[] normGradient(double[] x) {
    double[] r = residual(A, x);
    double n = norm(r);
    double[] g = new double[x.length];
    for (int j = 0; j < x.length; j++) for (int i = 0; i < A.length; i++) g[j] += A[i][j] * r[i] / n;
    return g;
  }

  @Test
  void residualNormBothModesAgainstTheAnalyticGradientAndDifferences() throws Throwable {
    double[] x = {0.3, -0.7};
    double[] exact = normGradient(x);
    assertEquals(norm(residual(A, x)), JamaLeastSquares.residualNorm(x), 1e-14);
    MethodHandle t = Derivatives.tangent(LOOKUP, JamaLeastSquares.class, "residualNorm", double[].class);
    MethodHandle adj = Derivatives.adjoint(LOOKUP, JamaLeastSquares.class, "residualNorm", double[].class);
    double[] xbar = new double[2];
    double value = (double) adj.invokeExact(x.clone(), xbar, 1.0);
    assertEquals(JamaLeastSquares.residualNorm(x), value, 0);
    for (int j = 0; j < x.length; j++) {
      double[] dir = new double[2];
      dir[j] = 1;
      double tangent = (double) t.invokeExact(x.clone(), dir);
      int jj = j;
      double fd = CentralDifference.of(v -> {
        double[] xv = x.clone();
        xv[jj] = v;
        return JamaLeastSquares.residualNorm(xv);
      }, x[j]);
      assertEquals(exact[j], tangent, 1e-13, "tangent d/dx" + j);
      assertEquals(exact[j], xbar[j], 1e-13, "adjoint d/dx" + j);
      assertEquals(fd, tangent, 1e-7, "finite differences d/dx" + j);
    }
  }

  @Test
  void squaredResidualWithTheMatrixActiveBothModes() throws Throwable {
    double[] x = {0.3, -0.7};
    double[][] a = {{1.5, -0.5}, {0.25, 2}, {-1, 0.75}, {0.5, 0.5}};
    double[] r = residual(a, x);
    MethodHandle t = Derivatives.tangent(LOOKUP, JamaLeastSquares.class, "squaredResidual", double[][].class, double[].class);
    MethodHandle adj = Derivatives.adjoint(LOOKUP, JamaLeastSquares.class, "squaredResidual", double[][].class, double[].class);
    double[][] abar = new double[4][2];
    double[] xbar = new double[2];
    double value = (double) adj.invokeExact(copy(a), abar, x.clone(), xbar, 1.0);
    assertEquals(JamaLeastSquares.squaredResidual(copy(a), x), value, 0);
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < x.length; j++) {
        double[][] da = new double[4][2];
        da[i][j] = 1;
        double tangent = (double) t.invokeExact(copy(a), da, x.clone(), new double[2]);
        double exact = 2 * r[i] * x[j];
        int ii = i, jj = j;
        double fd = CentralDifference.of(v -> {
          double[][] av = copy(a);
          av[ii][jj] = v;
          return JamaLeastSquares.squaredResidual(av, x);
        }, a[i][j]);
        assertEquals(exact, tangent, 1e-13, "tangent d/da" + i + j);
        assertEquals(exact, abar[i][j], 1e-13, "adjoint d/da" + i + j);
        assertEquals(fd, tangent, 1e-7, "finite differences d/da" + i + j);
      }
    }
    for (int j = 0; j < x.length; j++) {
      double exact = 0;
      for (int i = 0; i < a.length; i++) exact += 2 * a[i][j] * r[i];
      double[] dx = new double[2];
      dx[j] = 1;
      double tangent = (double) t.invokeExact(copy(a), new double[4][2], x.clone(), dx);
      assertEquals(exact, tangent, 1e-13, "tangent d/dx" + j);
      assertEquals(exact, xbar[j], 1e-13, "adjoint d/dx" + j);
    }
  }

  private static double[][] copy(double[][] a) {
    double[][] c = new double[a.length][];
    for (int i = 0; i < a.length; i++) c[i] = a[i].clone();
    return c;
  }
}
