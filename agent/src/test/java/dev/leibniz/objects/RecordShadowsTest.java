package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.objects.fixtures.held.Pair;
import dev.leibniz.objects.fixtures.held.Pairs;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.oracle.LinkedFixtures;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import org.junit.jupiter.api.Test;

/**
 * A record of arrays whose components the differentiated code writes ({@code Pairs.fill(@Differentiable
 * Pair p, double[] x)}: {@code p.b()[i] = p.a()[i] x_i^2}). {@code zeroShadow} refused records; it
 * now makes their shadow with the canonical constructor on zero arrays (never tangents) and checks
 * that the constructor kept them. The tangent through {@code Derivatives}' handle against the
 * analytic derivative and central differences. The adjoint too: the accessors are read as the
 * record's components (as a call, {@code p.b()} was reversed jointly with the record's array written
 * after it, refused: objects are not snapshotted). Inputs: a (2), x (2), b's entry contents (2, overwritten); outputs: the sum and b.
 */
class RecordShadowsTest {
  static final LinkedFixtures L = LinkedFixtures.allowingDiagnostics(Pairs.class);
  static final Class<?> T = L.get(Pairs.class);
  static final int N = 2, INPUTS = 3 * N, OUTPUTS = 1 + N;
  static final double[] X = {1.5, -2.0, 0.7, 1.1, 0.3, -0.4};

  static Pair pair(double[] v) {
    return new Pair(java.util.Arrays.copyOfRange(v, 0, N), java.util.Arrays.copyOfRange(v, 2 * N, 3 * N));
  }

  static double[] x(double[] v) {
    return java.util.Arrays.copyOfRange(v, N, 2 * N);
  }

  static double[] outputs(double f, double[] b) {
    return new double[] {f, b[0], b[1]};
  }

  static double[] primal(double[] v) {
    try {
      Pair p = pair(v);
      double f = (double) T.getMethod("fill", Pair.class, double[].class).invoke(null, p, x(v));
      return outputs(f, p.b());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static double[] tangent(double[] v, double[] dv) {
    try {
      MethodHandle t = Derivatives.tangent(MethodHandles.lookup(), T, "fill", Pair.class, double[].class);
      Pair p = pair(v);
      Pair dp = Derivatives.zeroShadow(p);
      System.arraycopy(dv, 0, dp.a(), 0, N);
      System.arraycopy(dv, 2 * N, dp.b(), 0, N);
      double df = (double) t.invoke(p, dp, x(v), x(dv));
      return outputs(df, dp.b());
    } catch (Throwable e) {
      throw new AssertionError(e);
    }
  }

  static double[][] analytic(double[] v) {
    double[][] jac = new double[OUTPUTS][INPUTS];
    for (int i = 0; i < N; i++) {
      double a = v[i], x = v[N + i];
      jac[0][i] = 2 * a * x * x;
      jac[0][N + i] = 2 * a * a * x;
      jac[1 + i][i] = x * x;
      jac[1 + i][N + i] = 2 * a * x;
    }
    return jac;
  }

  @Test
  void zeroShadowOfARecordKeepsItsStructure() {
    Pair p = pair(X);
    Pair s = Derivatives.zeroShadow(p);
    assertTrue(s != p && s.a() != p.a() && s.b() != p.b() && s.a().length == N && s.a()[0] == 0 && s.b()[1] == 0);
    Pair shared = new Pair(p.a(), p.a());
    Pair ss = Derivatives.zeroShadow(shared);
    assertTrue(ss.a() == ss.b(), "one array reached twice has one shadow");
  }

  /** A compact constructor that copies its array cannot give a shadow: refused, naming the component. */
  record Copying(double[] v) {
    Copying {
      v = v.clone();
    }
  }

  @Test
  void aRecordWhoseConstructorCopiesIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Derivatives.zeroShadow(new Copying(new double[2])));
    assertTrue(e.getMessage().contains("component v"), e::getMessage);
  }

  @Test
  void tangentMatchesAnalyticAndDifferences() {
    double[][] jac = analytic(X);
    for (int k = 0; k < INPUTS; k++) {
      double[] e = new double[INPUTS];
      e[k] = 1;
      double[] t = tangent(X, e);
      FiniteDifferences.Estimate[] fd = FiniteDifferences.directional(RecordShadowsTest::primal, X, e);
      for (int i = 0; i < OUTPUTS; i++) {
        assertEquals(jac[i][k], t[i], 1e-13 * Math.max(1, Math.abs(jac[i][k])), "tangent d" + i + "/d" + k + " vs analytic");
        assertEquals(fd[i].value(), t[i], fd[i].tolerance(1e-8), "tangent d" + i + "/d" + k + " vs differences");
      }
    }
  }

  static double[] adjoint(double[] v, double[] ybar) {
    try {
      MethodHandle a = Derivatives.adjoint(MethodHandles.lookup(), T, "fill", Pair.class, double[].class);
      Pair p = pair(v), pbar = Derivatives.zeroShadow(p);
      System.arraycopy(ybar, 1, pbar.b(), 0, N); // the seed of b's final values
      double[] xbar = new double[N];
      double f = (double) a.invoke(p, pbar, x(v), xbar, ybar[0]);
      assertEquals(primal(v)[0], f, 0, "the adjoint returns the primal value");
      double[] g = new double[INPUTS];
      System.arraycopy(pbar.a(), 0, g, 0, N);
      System.arraycopy(xbar, 0, g, N, N);
      System.arraycopy(pbar.b(), 0, g, 2 * N, N);
      return g;
    } catch (Throwable e) {
      throw new AssertionError(e);
    }
  }

  /**
   * The adjoint (the accessors read as the record's components, {@code core.objects.RecordAccessors}):
   * rows against the tangent's columns, the analytic Jacobian and differences, and the dot-product test.
   */
  @Test
  void adjointMatchesAnalyticAndTheTangent() {
    assertTrue(L.result(Pairs.class).diagnostics().isEmpty(), () -> L.result(Pairs.class).diagnostics().toString());
    dev.leibniz.oracle.JacobianCheck.check("fill", X, RecordShadowsTest::primal, RecordShadowsTest::tangent,
        RecordShadowsTest::adjoint, analytic(X));
  }
}
