package dev.leibniz;

import dev.leibniz.contract.CompanionContract;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Arrays;

/**
 * The Jacobian sweeps of a {@code static void f(double[] x, double[] r)} with {@code m} results,
 * shared by {@link Jacobian}'s variants: by rows (one adjoint sweep per result) or by columns (one
 * tangent sweep per input).
 */
final class Sweeps {
  private Sweeps() {}

  /**
   * Row {@code i} from one adjoint sweep seeded with the unit vector {@code e_i} on {@code r}. Only
   * the rows are new: the point's copy and the seeds are the thread's spare buffers ({@link
   * Scratch}), refilled before each sweep (a sweep may write x and consumes its seed).
   */
  static double[][] rows(MethodHandle adjoint, double[] x, int m) {
    return rows(adjoint, x, m, null, null);
  }

  /**
   * {@link #rows(MethodHandle, double[], int)} of an instance method whose {@code receiver} is bound
   * into {@code adjoint}: each sweep after the first starts from the receiver's state before the
   * first ({@link ReceiverState}).
   */
  static double[][] rows(MethodHandle adjoint, double[] x, int m, Object receiver, String method) {
    double[] point = Checks.nonNull(x, "x").clone();
    int n = x.length;
    double[][] jac = new double[m][];
    double[] at = Scratch.take(n), r = Scratch.take(m), rBar = Scratch.take(m);
    try {
      ReceiverState state = null;
      for (int i = 0; i < m; i++) {
        if (state == null) state = ReceiverState.capture(receiver, method);
        else state.restore();
        double[] xBar = new double[n];
        System.arraycopy(point, 0, at, 0, n);
        Arrays.fill(rBar, 0);
        rBar[i] = 1;
        call(adjoint, at, xBar, r, rBar);
        jac[i] = xBar;
      }
    } finally {
      Scratch.give(rBar);
      Scratch.give(r);
      Scratch.give(at);
    }
    return jac;
  }

  /**
   * The vector adjoint {@code name$adjoints} of a static {@code void name(double[] x, double[] r)}
   * ({@code @Differentiable(adjoints = true)}), or null when the class has none.
   */
  static MethodHandle vectorAdjoint(MethodHandles.Lookup lookup, Class<?> owner, String name) {
    MethodType type = MethodType.methodType(void.class, double[].class, double[][].class, double[].class, double[][].class, int.class);
    try {
      return lookup.findStatic(owner, name + CompanionContract.VECTOR_ADJOINT_SUFFIX, type);
    } catch (NoSuchMethodException | IllegalAccessException e) {
      return null;
    }
  }

  /**
   * All {@code m} rows from one call of the vector adjoint: the forward sweep runs once, then a
   * reverse sweep per unit seed {@code e_i}, instead of a whole adjoint (forward sweep included) per row.
   */
  static double[][] rowsAtOnce(MethodHandle adjoints, double[] x, int m) {
    double[] at = Checks.nonNull(x, "x").clone();
    double[][] jac = new double[m][x.length];
    double[][] seeds = new double[m][m];
    for (int i = 0; i < m; i++) seeds[i][i] = 1;
    try {
      adjoints.invokeExact(at, jac, new double[m], seeds, m);
    } catch (Throwable t) {
      throw Facades.rethrow(t);
    }
    return jac;
  }

  /** Column {@code k} from one tangent sweep in the direction of the unit vector {@code e_k}; buffers as for {@link #rows}. */
  static double[][] columns(MethodHandle tangent, double[] x, int m) {
    return columns(tangent, x, m, null, null);
  }

  /** {@link #columns(MethodHandle, double[], int)} with the receiver kept as {@link #rows(MethodHandle, double[], int, Object, String)} keeps it. */
  static double[][] columns(MethodHandle tangent, double[] x, int m, Object receiver, String method) {
    double[] point = Checks.nonNull(x, "x").clone();
    int n = x.length;
    double[][] jac = new double[m][n];
    double[] at = Scratch.take(n), dx = Scratch.take(n), r = Scratch.take(m), dr = Scratch.take(m);
    try {
      Arrays.fill(dx, 0);
      ReceiverState state = null;
      for (int k = 0; k < n; k++) {
        if (state == null) state = ReceiverState.capture(receiver, method);
        else state.restore();
        System.arraycopy(point, 0, at, 0, n);
        Arrays.fill(dr, 0);
        dx[k] = 1;
        call(tangent, at, dx, r, dr);
        Arrays.fill(dx, 0); // a sweep may write x's tangents too
        for (int i = 0; i < m; i++) {
          jac[i][k] = dr[i];
        }
      }
    } finally {
      Scratch.give(dr);
      Scratch.give(r);
      Scratch.give(dx);
      Scratch.give(at);
    }
    return jac;
  }

  /** One sweep; the results {@code c} zeroed first, as a new array would be (a method may add into them). */
  private static void call(MethodHandle companion, double[] a, double[] b, double[] c, double[] d) {
    Arrays.fill(c, 0);
    try {
      companion.invokeExact(a, b, c, d);
    } catch (Throwable t) {
      throw Facades.rethrow(t);
    }
  }
}
