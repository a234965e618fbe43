package dev.leibniz;

import java.lang.invoke.MethodHandle;

/**
 * The Jacobian sweeps of a {@code static void f(double[] x, double[] r)} with {@code m} results,
 * shared by {@link Jacobian}'s variants: by rows (one adjoint sweep per result) or by columns (one
 * tangent sweep per input).
 */
final class Sweeps {
  private Sweeps() {}

  /** Row {@code i} from one adjoint sweep seeded with the unit vector {@code e_i} on {@code r}. */
  static double[][] rows(MethodHandle adjoint, double[] x, int m) {
    double[] point = Checks.nonNull(x, "x").clone();
    double[][] jac = new double[m][];
    for (int i = 0; i < m; i++) {
      double[] xBar = new double[x.length], r = new double[m], rBar = new double[m];
      rBar[i] = 1;
      call(adjoint, point.clone(), xBar, r, rBar);
      jac[i] = xBar;
    }
    return jac;
  }

  /** Column {@code k} from one tangent sweep in the direction of the unit vector {@code e_k}. */
  static double[][] columns(MethodHandle tangent, double[] x, int m) {
    double[] point = Checks.nonNull(x, "x").clone();
    double[][] jac = new double[m][x.length];
    for (int k = 0; k < x.length; k++) {
      double[] dx = new double[x.length], r = new double[m], dr = new double[m];
      dx[k] = 1;
      call(tangent, point.clone(), dx, r, dr);
      for (int i = 0; i < m; i++) {
        jac[i][k] = dr[i];
      }
    }
    return jac;
  }

  private static void call(MethodHandle companion, double[] a, double[] b, double[] c, double[] d) {
    try {
      companion.invokeExact(a, b, c, d);
    } catch (Throwable t) {
      throw Facades.rethrow(t);
    }
  }
}
