package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.oracle.FiniteDifferences.Estimate;
import java.util.function.Function;

/**
 * For {@code f: R^n -> R^m}: the Jacobian built by columns from the tangent and by rows from the
 * adjoint agree, match central finite differences and (when given) an exact Jacobian, and the
 * two modes pass the dot-product test. Every call gets fresh copies of its arguments.
 */
public final class JacobianCheck {
  private JacobianCheck() {}

  public static void check(
      String what,
      double[] x,
      Function<double[], double[]> primal,
      DotProductCheck.Tangent tangent,
      DotProductCheck.Adjoint adjoint,
      double[][] expected) {
    int n = x.length, m = primal.apply(x.clone()).length;
    double[][] byColumns = new double[m][n], byRows = new double[m][];
    for (int j = 0; j < n; j++) {
      double[] e = new double[n];
      e[j] = 1;
      double[] col = tangent.apply(x.clone(), e.clone());
      Estimate[] fd = FiniteDifferences.directional(v -> primal.apply(v.clone()), x, e);
      for (int i = 0; i < m; i++) {
        byColumns[i][j] = col[i];
        Estimate est = fd[i];
        int ii = i, jj = j;
        assertEquals(est.value(), col[i], est.tolerance(1e-7), () -> what + " tangent vs finite differences J[" + ii + "][" + jj + "] " + est);
      }
    }
    for (int i = 0; i < m; i++) {
      double[] e = new double[m];
      e[i] = 1;
      byRows[i] = adjoint.apply(x.clone(), e.clone());
      for (int j = 0; j < n; j++) {
        int ii = i, jj = j;
        double c = byColumns[i][j];
        assertEquals(c, byRows[i][j], 1e-13 * Math.max(1, Math.abs(c)), () -> what + " adjoint row vs tangent column J[" + ii + "][" + jj + "]");
        if (expected != null) {
          double ex = expected[i][j];
          assertEquals(ex, byRows[i][j], 1e-12 * Math.max(1, Math.abs(ex)), () -> what + " vs exact J[" + ii + "][" + jj + "]");
        }
      }
    }
    DotProductCheck.check(what, x, m, tangent, adjoint, 11, 3);
  }

  /** {@link #check} for a scalar function at {@code x} (passive arguments held fixed), no exact Jacobian. */
  public static void checkScalar(ScalarFunction f, double... x) {
    checkScalarExact(f, null, x);
  }

  /** {@link #check} for a scalar function at {@code x} against its exact gradient (null: none). */
  public static void checkScalarExact(ScalarFunction f, double[] exactGradient, double... x) {
    check(
        f.name() + java.util.Arrays.toString(x),
        f.activePart(x),
        v -> new double[] {f.value(f.withActive(x, v))},
        (v, vd) -> new double[] {f.tangent(f.withActive(x, v), vd)},
        (v, yb) -> {
          double[] g = new double[f.active()];
          f.adjoint(f.withActive(x, v), yb[0], g);
          return g;
        },
        exactGradient == null ? null : new double[][] {exactGradient});
  }
}
