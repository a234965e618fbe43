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
 * analytic derivative and central differences. The adjoint is refused with the line: the
 * accessor {@code p.b()} is reversed jointly and the record's array is written after it (objects
 * are not snapshotted); relaxing that for accessors of final fields gave a wrong adjoint, so it
 * stays refused. Inputs: a (2), x (2), b's entry contents (2, overwritten); outputs: the sum and b.
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

  /** The adjoint is refused with a located diagnostic of the adjoint mode (the tangent is generated), never a wrong gradient. */
  @Test
  void adjointIsRefusedWithTheLine() {
    var d = L.result(Pairs.class).diagnostics();
    assertEquals(1, d.size(), d::toString);
    assertTrue(d.get(0).mode().equals("adjoint") && d.get(0).line() > 0, d::toString);
    assertTrue(d.get(0).message().contains("Pair.b()") && d.get(0).message().contains("not snapshotted"), d.get(0)::message);
    assertTrue(java.util.Arrays.stream(T.getMethods()).noneMatch(m -> m.getName().equals("fill$adjoint")));
  }
}
