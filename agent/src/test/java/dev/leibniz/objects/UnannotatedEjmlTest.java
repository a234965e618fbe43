package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.core.Diagnostic;
import dev.leibniz.objects.fixtures.EjmlOps;
import dev.leibniz.objects.fixtures.EjmlResidual;
import dev.leibniz.oracle.DotProductCheck;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.oracle.LinkedFixtures;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * A least-squares residual {@code ||A x - b||^2 / 2} over EJML's {@code DMatrixRMaj} from the
 * unmodified Maven jar, a class nobody annotated whose {@code data} array the method writes (the
 * residual left in {@code r}): both modes against the analytic derivative ({@code r = A x - b};
 * {@code d/dx = A^T r}, {@code d/dA_ij = r_i x_j}, {@code d/db = -r}) and central differences, and
 * the dot-product test with seeds on the result and on {@code r}'s final contents. Inputs: the
 * entries of {@code A} (3x2), {@code x}, {@code b}, {@code r} (overwritten: derivative 0).
 */
class UnannotatedEjmlTest {
  static final LinkedFixtures L = LinkedFixtures.allowingDiagnostics(EjmlResidual.class, EjmlOps.class);
  static final Class<?> T = L.get(EjmlResidual.class);
  static final int M = 3, N = 2, INPUTS = M * N + N + M + M, OUTPUTS = 1 + M;
  static final double[] X = {1.5, -0.3, 0.7, 2.0, -1.1, 0.4, 0.8, -1.7, 0.2, 1.3, -0.6, 0.9, 0.1, 0.2};

  static DMatrixRMaj[] matrices(double[] v) {
    DMatrixRMaj a = new DMatrixRMaj(M, N, true, java.util.Arrays.copyOfRange(v, 0, M * N));
    DMatrixRMaj x = new DMatrixRMaj(N, 1, true, java.util.Arrays.copyOfRange(v, M * N, M * N + N));
    DMatrixRMaj b = new DMatrixRMaj(M, 1, true, java.util.Arrays.copyOfRange(v, M * N + N, M * N + N + M));
    DMatrixRMaj r = new DMatrixRMaj(M, 1, true, java.util.Arrays.copyOfRange(v, M * N + N + M, INPUTS));
    return new DMatrixRMaj[] {a, x, b, r};
  }

  /** The entries of the four matrices' data arrays, in input order. */
  static double[] entries(Object[] ms) {
    double[] out = new double[INPUTS];
    int pos = 0;
    for (Object m : ms) {
      double[] d = ((DMatrixRMaj) m).data;
      int n = m == ms[0] ? M * N : m == ms[1] ? N : M;
      System.arraycopy(d, 0, out, pos, n);
      pos += n;
    }
    return out;
  }

  static void set(Object[] shadows, double[] v) {
    int pos = 0;
    for (int k = 0; k < 4; k++) {
      int n = k == 0 ? M * N : k == 1 ? N : M;
      System.arraycopy(v, pos, ((DMatrixRMaj) shadows[k]).data, 0, n);
      pos += n;
    }
  }

  static double[] primal(double[] v) {
    try {
      DMatrixRMaj[] m = matrices(v);
      double f = (double) T.getMethod("residual", DMatrixRMaj.class, DMatrixRMaj.class, DMatrixRMaj.class, DMatrixRMaj.class)
          .invoke(null, (Object[]) m);
      double[] out = new double[OUTPUTS];
      out[0] = f;
      System.arraycopy(m[3].data, 0, out, 1, M);
      return out;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static double[] tangent(double[] v, double[] dv) {
    try {
      DMatrixRMaj[] m = matrices(v);
      Object[] d = Derivatives.zeroShadows((Object[]) m);
      set(d, dv);
      MethodHandle t = Derivatives.tangent(MethodHandles.lookup(), T, "residual",
          DMatrixRMaj.class, DMatrixRMaj.class, DMatrixRMaj.class, DMatrixRMaj.class);
      double df = (double) t.invoke(m[0], d[0], m[1], d[1], m[2], d[2], m[3], d[3]);
      double[] out = new double[OUTPUTS];
      out[0] = df;
      System.arraycopy(((DMatrixRMaj) d[3]).data, 0, out, 1, M);
      return out;
    } catch (Throwable e) {
      throw new AssertionError(e);
    }
  }

  static double[] adjoint(double[] v, double[] ybar) {
    try {
      DMatrixRMaj[] m = matrices(v);
      Object[] bar = Derivatives.zeroShadows((Object[]) m);
      System.arraycopy(ybar, 1, ((DMatrixRMaj) bar[3]).data, 0, M);
      MethodHandle a = Derivatives.adjoint(MethodHandles.lookup(), T, "residual",
          DMatrixRMaj.class, DMatrixRMaj.class, DMatrixRMaj.class, DMatrixRMaj.class);
      double f = (double) a.invoke(m[0], bar[0], m[1], bar[1], m[2], bar[2], m[3], bar[3], ybar[0]);
      assertEquals(primal(v)[0], f, 0, "the adjoint returns the primal value");
      return entries(bar);
    } catch (Throwable e) {
      throw new AssertionError(e);
    }
  }

  /** The Jacobian of (f, r) by hand: r = A x - b, f = |r|^2 / 2. */
  static double[][] analytic(double[] v) {
    double[][] jac = new double[OUTPUTS][INPUTS];
    double[] r = new double[M];
    for (int i = 0; i < M; i++) {
      for (int j = 0; j < N; j++) r[i] += v[i * N + j] * v[M * N + j];
      r[i] -= v[M * N + N + i];
    }
    for (int i = 0; i < M; i++) {
      for (int j = 0; j < N; j++) {
        jac[1 + i][i * N + j] = v[M * N + j]; // dr_i/dA_ij = x_j
        jac[1 + i][M * N + j] = v[i * N + j]; // dr_i/dx_j = A_ij
      }
      jac[1 + i][M * N + N + i] = -1;
    }
    for (int k = 0; k < INPUTS; k++) {
      for (int i = 0; i < M; i++) jac[0][k] += r[i] * jac[1 + i][k];
    }
    return jac;
  }

  static double[] unit(int k) {
    double[] e = new double[INPUTS];
    e[k] = 1;
    return e;
  }

  @Test
  void matrixClassNobodyAnnotatedGetsShadowsForItsWrittenData() {
    assertTrue(L.result(EjmlResidual.class).diagnostics().isEmpty(), () -> "" + L.result(EjmlResidual.class).diagnostics());
    assertTrue(L.result(EjmlResidual.class).plans().toString().contains("org.ejml.data.DMatrixD1 (not annotated): EjmlResidual.residual writes an element of"),
        () -> "" + L.result(EjmlResidual.class).plans());
  }

  @Test
  void tangentMatchesAnalyticAndDifferences() {
    double[][] jac = analytic(X);
    for (int k = 0; k < INPUTS; k++) {
      double[] t = tangent(X, unit(k));
      FiniteDifferences.Estimate[] fd = FiniteDifferences.directional(UnannotatedEjmlTest::primal, X, unit(k));
      for (int i = 0; i < OUTPUTS; i++) {
        assertEquals(jac[i][k], t[i], 1e-13 * Math.max(1, Math.abs(jac[i][k])), "d out" + i + "/d in" + k + " vs analytic");
        assertEquals(fd[i].value(), t[i], fd[i].tolerance(1e-8), "d out" + i + "/d in" + k + " vs differences");
      }
    }
  }

  @Test
  void adjointMatchesAnalyticAndDifferences() {
    double[][] jac = analytic(X);
    java.util.Random rnd = new java.util.Random(5);
    for (int trial = 0; trial < 3; trial++) {
      double[] ybar = new double[OUTPUTS];
      for (int i = 0; i < OUTPUTS; i++) ybar[i] = trial == 0 && i > 0 ? 0 : rnd.nextGaussian();
      double[] xbar = adjoint(X, ybar);
      for (int k = 0; k < INPUTS; k++) {
        double exact = 0;
        for (int i = 0; i < OUTPUTS; i++) exact += ybar[i] * jac[i][k];
        assertEquals(exact, xbar[k], 1e-13 * Math.max(1, Math.abs(exact)), "(J^T ybar)[" + k + "] vs analytic");
      }
      double[] v = new double[INPUTS];
      for (int k = 0; k < INPUTS; k++) v[k] = rnd.nextGaussian();
      FiniteDifferences.Estimate[] fd = FiniteDifferences.directional(p -> new double[] {dot(ybar, primal(p))}, X, v);
      assertEquals(fd[0].value(), dot(xbar, v), fd[0].tolerance(1e-8), "adjoint vs differences");
    }
  }

  @Test
  void dotProductBetweenModes() {
    DotProductCheck.check("EjmlResidual.residual (DMatrixRMaj nobody annotated)", X, OUTPUTS, UnannotatedEjmlTest::tangent,
        UnannotatedEjmlTest::adjoint, 13, 5);
  }

  @Test
  void ejmlsOwnOperationsAreRefusedWithTheLine() {
    List<Diagnostic> d = L.result(EjmlOps.class).diagnostics();
    assertEquals(1, d.size(), () -> "" + d);
    assertTrue(d.get(0).line() > 0 && d.get(0).message().contains("EjmlOps.java:"), d.get(0)::message);
    assertNull(L.result(EjmlOps.class).transformed(), "the class keeps its original code");
    assertEquals(0.5 * 2 * 2, invokeOps(), 1e-15, "the original code runs");
  }

  static double invokeOps() {
    try {
      DMatrixRMaj a = new DMatrixRMaj(1, 1, true, 2.0), x = new DMatrixRMaj(1, 1, true, 1.0);
      DMatrixRMaj b = new DMatrixRMaj(1, 1, true, 0.0), r = new DMatrixRMaj(1, 1);
      return (double) L.get(EjmlOps.class).getMethod("residual", DMatrixRMaj.class, DMatrixRMaj.class, DMatrixRMaj.class,
          DMatrixRMaj.class).invoke(null, a, x, b, r);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * Aliasing: {@code residual(a, x, b, b)} overwrites {@code b} with the residual while reading it.
   * With one shadow for the one object (as {@code zeroShadows} makes it) the tangent is right
   * (against differences); two different shadows for it fail at entry instead of splitting its
   * derivative.
   */
  @Test
  void oneObjectPassedTwiceIsRightWithOneShadowAndRefusedWithTwo() throws Throwable {
    MethodHandle t = Derivatives.tangent(MethodHandles.lookup(), T, "residual",
        DMatrixRMaj.class, DMatrixRMaj.class, DMatrixRMaj.class, DMatrixRMaj.class);
    double[] v = java.util.Arrays.copyOf(X, M * N + N + M);
    java.util.function.Function<double[], double[]> aliased = p -> {
      DMatrixRMaj[] m = matrices(java.util.Arrays.copyOf(p, INPUTS));
      try {
        double f = (double) T.getMethod("residual", DMatrixRMaj.class, DMatrixRMaj.class, DMatrixRMaj.class, DMatrixRMaj.class)
            .invoke(null, m[0], m[1], m[2], m[2]);
        return new double[] {f, m[2].data[0], m[2].data[1], m[2].data[2]};
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    };
    for (int k = 0; k < v.length; k++) {
      double[] e = new double[v.length];
      e[k] = 1;
      DMatrixRMaj[] m = matrices(java.util.Arrays.copyOf(v, INPUTS));
      Object[] d = Derivatives.zeroShadows(m[0], m[1], m[2], m[2]);
      assertTrue(d[2] == d[3], "zeroShadows keeps the aliasing");
      System.arraycopy(e, 0, ((DMatrixRMaj) d[0]).data, 0, M * N); // the direction: A, x, then b (= r: one shadow)
      System.arraycopy(e, M * N, ((DMatrixRMaj) d[1]).data, 0, N);
      System.arraycopy(e, M * N + N, ((DMatrixRMaj) d[2]).data, 0, M);
      double df = (double) t.invoke(m[0], d[0], m[1], d[1], m[2], d[2], m[2], d[2]);
      FiniteDifferences.Estimate[] fd = FiniteDifferences.directional(aliased, v, e);
      assertEquals(fd[0].value(), df, fd[0].tolerance(1e-8), "d f / d in" + k + " with b = r");
      for (int i = 0; i < M; i++) {
        assertEquals(fd[1 + i].value(), ((DMatrixRMaj) d[2]).data[i], fd[1 + i].tolerance(1e-8), "d b_" + i + " / d in" + k);
      }
    }
    DMatrixRMaj[] m = matrices(X);
    Object[] d = Derivatives.zeroShadows((Object[]) m);
    Throwable thrown = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> t.invoke(m[0], d[0], m[1], d[1], m[2], d[2], m[2], d[3]));
    assertTrue(thrown.getMessage().contains("shadow"), thrown::getMessage);
  }

  static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) s += a[i] * b[i];
    return s;
  }
}
