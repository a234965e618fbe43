package dev.leibniz;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;

/**
 * The Jacobian of a {@code @Differentiable static void f(double[] x, double[] r)} that writes its
 * {@code m} results into {@code r}: by rows (one {@code f$adjoint} sweep per result) or by columns
 * (one {@code f$tangent} sweep per input); {@link #of} takes whichever needs fewer sweeps.
 *
 * <pre>{@code
 * Jacobian j = Jacobian.of(MethodHandles.lookup(), Model.class, "residuals", 3);
 * double[][] jac = j.at(x);   // jac[i][k] = ∂r_i/∂x_k
 * }</pre>
 */
@FunctionalInterface
public interface Jacobian {
  /** The {@code m × x.length} Jacobian at {@code x}; {@code x} is not changed. */
  double[][] at(double[] x);

  /** By rows or columns, whichever takes fewer sweeps at the given point. */
  static Jacobian of(MethodHandles.Lookup lookup, Class<?> owner, String name, int m) {
    Jacobian rows = byRows(lookup, owner, name, m), columns = byColumns(lookup, owner, name, m);
    return x -> m <= Checks.nonNull(x, "x").length ? rows.at(x) : columns.at(x);
  }

  /** Row {@code i} from one adjoint sweep seeded with the unit vector {@code e_i} on {@code r}. */
  static Jacobian byRows(MethodHandles.Lookup lookup, Class<?> owner, String name, int m) {
    MethodHandle adjoint = Derivatives.adjoint(lookup, owner, name, double[].class, double[].class);
    return x -> {
      double[] point = Checks.nonNull(x, "x").clone();
      double[][] jac = new double[m][];
      for (int i = 0; i < m; i++) {
        double[] xBar = new double[x.length], r = new double[m], rBar = new double[m];
        rBar[i] = 1;
        call(adjoint, point.clone(), xBar, r, rBar);
        jac[i] = xBar;
      }
      return jac;
    };
  }

  /** Column {@code k} from one tangent sweep in the direction of the unit vector {@code e_k}. */
  static Jacobian byColumns(MethodHandles.Lookup lookup, Class<?> owner, String name, int m) {
    MethodHandle tangent = Derivatives.tangent(lookup, owner, name, double[].class, double[].class);
    return x -> {
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
    };
  }

  private static void call(MethodHandle companion, double[] a, double[] b, double[] c, double[] d) {
    try {
      companion.invokeExact(a, b, c, d);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }
}
