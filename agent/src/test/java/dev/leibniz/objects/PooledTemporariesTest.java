package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.objects.fixtures.pooled.ArrayPool;
import dev.leibniz.objects.fixtures.pooled.PooledMisuse;
import dev.leibniz.objects.fixtures.pooled.PooledRotations;
import dev.leibniz.oracle.DotProductCheck;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Floating arrays taken from a pool and given back within the call (JBullet's {@code ArrayPool.getFixed}/{@code release}
 * in {@code MatrixUtil.getRotation}; {@code analysis.PooledArrays}): every element read is written first in the call
 * (constant indices, and {@code temp[i]}, {@code temp[(i + 1) % 3]}, {@code temp[(i + 2) % 3]} for each of i's three
 * values), so the array is a per-call temporary whose shadow is made per call. Both modes against the analytic Jacobian
 * and central finite differences, the dot-product test, both branches of the rotation; the tangent gives the array back as
 * the original does; an element read before written, a use after the release and a take inside a loop stay refused at
 * their lines.
 */
class PooledTemporariesTest {
  static final Transformed T = Transformed.of(PooledRotations.class);
  static final Class<?> D = double.class, A = double[].class;

  static Object call(Method m, Object... args) {
    try {
      return m.invoke(null, args);
    } catch (InvocationTargetException e) {
      throw new AssertionError(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static Method method(String name, Class<?>... types) {
    try {
      return T.type.getMethod(name, types);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(name + " was not generated: " + T.result.diagnostics(), e);
    }
  }

  // ---------------------------------------------------------------- rotation: 9 inputs, 4 outputs

  static double[] rotation(double[] m) {
    double[] q = new double[4];
    call(method("rotation", A, A), m.clone(), q);
    return q;
  }

  static double[] rotationTangent(double[] m, double[] dm) {
    double[] q = new double[4], dq = new double[4];
    call(method("rotation$tangent", A, A, A, A), m.clone(), dm.clone(), q, dq);
    return dq;
  }

  static double[] rotationAdjoint(double[] m, double[] qbar) {
    double[] mbar = new double[9];
    call(method("rotation$adjoint", A, A, A, A), m.clone(), mbar, new double[4], qbar.clone());
    return mbar;
  }

  /**
   * The analytic Jacobian (rows: x, y, z, w; columns: m00..m22): with main diagonal index {@code i} (3 for w when the trace
   * is positive), q = 1 + the diagonal with signs, the main component is sqrt(q) / 2 and each other one (m[a] + sign
   * m[b]) / (2 sqrt(q)).
   */
  static double[][] rotationJacobian(double[] m) {
    double[][] jac = new double[4][9];
    double trace = m[0] + m[4] + m[8];
    int main;
    double[] qSign = new double[3];
    int[][] others; // {output, a, b, sign of b}
    if (trace > 0) {
      main = 3;
      qSign = new double[] {1, 1, 1};
      others = new int[][] {{0, 7, 5, -1}, {1, 2, 6, -1}, {2, 3, 1, -1}};
    } else {
      int i = m[0] < m[4] ? (m[4] < m[8] ? 2 : 1) : (m[0] < m[8] ? 2 : 0);
      int j = (i + 1) % 3, k = (i + 2) % 3;
      main = i;
      qSign[i] = 1;
      qSign[j] = -1;
      qSign[k] = -1;
      others = new int[][] {{3, k * 3 + j, j * 3 + k, -1}, {j, j * 3 + i, i * 3 + j, 1}, {k, k * 3 + i, i * 3 + k, 1}};
    }
    double q = 1 + qSign[0] * m[0] + qSign[1] * m[4] + qSign[2] * m[8];
    double s = Math.sqrt(q);
    for (int d = 0; d < 3; d++) jac[main][d * 4] += qSign[d] / (4 * s);
    for (int[] o : others) {
      double num = m[o[1]] + o[3] * m[o[2]];
      jac[o[0]][o[1]] += 1 / (2 * s);
      jac[o[0]][o[2]] += o[3] / (2 * s);
      for (int d = 0; d < 3; d++) jac[o[0]][d * 4] += -num * qSign[d] / (4 * s * q);
    }
    return jac;
  }

  static final double[] POSITIVE_TRACE = {0.8, -0.3, 0.2, 0.35, 0.9, -0.1, -0.25, 0.15, 0.7};
  static final double[] NEGATIVE_TRACE = {0.6, 0.4, -0.3, 0.5, -0.9, 0.2, -0.35, 0.1, -0.8};
  static final double[] NEGATIVE_TRACE_MIDDLE = {-0.9, 0.3, 0.1, 0.2, 0.5, -0.4, 0.15, 0.35, -0.7};

  static double[] unit(int n, int k) {
    double[] e = new double[n];
    e[k] = 1;
    return e;
  }

  @Test
  void rotationInBothModesAgainstTheAnalyticJacobian() {
    for (double[] m : new double[][] {POSITIVE_TRACE, NEGATIVE_TRACE, NEGATIVE_TRACE_MIDDLE}) {
      double[][] jac = rotationJacobian(m);
      for (int c = 0; c < 9; c++) {
        double[] col = rotationTangent(m, unit(9, c));
        for (int r = 0; r < 4; r++) assertEquals(jac[r][c], col[r], 1e-12, "tangent d q" + r + " / d m" + c);
      }
      for (int r = 0; r < 4; r++) {
        double[] row = rotationAdjoint(m, unit(4, r));
        for (int c = 0; c < 9; c++) assertEquals(jac[r][c], row[c], 1e-12, "adjoint d q" + r + " / d m" + c);
      }
    }
  }

  @Test
  void rotationInBothModesAgainstFiniteDifferences() {
    java.util.Random rnd = new java.util.Random(11);
    for (double[] m : new double[][] {POSITIVE_TRACE, NEGATIVE_TRACE, NEGATIVE_TRACE_MIDDLE}) {
      double[] v = new double[9];
      for (int k = 0; k < 9; k++) v[k] = rnd.nextGaussian();
      FiniteDifferences.Estimate[] fd = FiniteDifferences.directional(PooledTemporariesTest::rotation, m, v);
      double[] jv = rotationTangent(m, v);
      for (int r = 0; r < 4; r++) {
        assertEquals(fd[r].value(), jv[r], fd[r].tolerance(1e-9), "tangent, output " + r);
        double[] g = rotationAdjoint(m, unit(4, r));
        double gv = 0;
        for (int k = 0; k < 9; k++) gv += g[k] * v[k];
        assertEquals(fd[r].value(), gv, fd[r].tolerance(1e-9), "adjoint, output " + r);
      }
    }
  }

  @Test
  void rotationDotProductBetweenTheModes() {
    for (double[] m : new double[][] {POSITIVE_TRACE, NEGATIVE_TRACE, NEGATIVE_TRACE_MIDDLE}) {
      DotProductCheck.check("rotation", m, 4, PooledTemporariesTest::rotationTangent, PooledTemporariesTest::rotationAdjoint, 3, 4);
    }
  }

  // ---------------------------------------------------------------- products: r = (ab)^2 + (bc)^2 + (ca)^2

  static double products(double[] x) {
    return (double) call(method("products", D, D, D), x[0], x[1], x[2]);
  }

  static double[] productsTangent(double[] x, double[] v) {
    return new double[] {(double) call(method("products$tangent", D, D, D, D, D, D), x[0], v[0], x[1], v[1], x[2], v[2])};
  }

  static double[] productsAdjoint(double[] x, double[] w) {
    double[] g = new double[3];
    double value = (double) call(method("products$adjoint", D, D, D, D, A), x[0], x[1], x[2], w[0], g);
    assertEquals(products(x), value, 0, "the adjoint returns the primal value");
    return g;
  }

  @Test
  void productsInBothModesAgainstTheFormulaAndFiniteDifferences() {
    for (double[] x : new double[][] {{0.7, -1.3, 2.1}, {-0.4, 0.9, 1.6}}) {
      double a = x[0], b = x[1], c = x[2];
      double[] exact = {2 * a * b * b + 2 * c * c * a, 2 * a * a * b + 2 * b * c * c, 2 * b * b * c + 2 * c * a * a};
      double[] g = productsAdjoint(x, new double[] {1});
      for (int k = 0; k < 3; k++) {
        assertEquals(exact[k], productsTangent(x, unit(3, k))[0], 1e-12, "tangent along input " + k);
        assertEquals(exact[k], g[k], 1e-12, "adjoint of input " + k);
        Function<double[], double[]> f = u -> new double[] {products(u)};
        FiniteDifferences.Estimate fd = FiniteDifferences.directional(f, x, unit(3, k))[0];
        assertEquals(fd.value(), exact[k], fd.tolerance(1e-9), "differences along input " + k);
      }
      DotProductCheck.check("products", x, 1, PooledTemporariesTest::productsTangent, PooledTemporariesTest::productsAdjoint, 5, 3);
    }
  }

  /** The tangent gives the array back as the original does: the pool holds one double[3] after each call, not more. */
  @Test
  void theTangentUsesThePoolAsTheOriginalDoes() throws Exception {
    Method pool = T.type.getClassLoader().loadClass(ArrayPool.class.getName()).getMethod("get");
    Object p = pool.invoke(null);
    Method size = p.getClass().getMethod("size");
    productsTangent(new double[] {0.7, -1.3, 2.1}, unit(3, 0));
    int after = (int) size.invoke(p);
    for (int n = 0; n < 5; n++) productsTangent(new double[] {0.7, -1.3, 2.1}, unit(3, 1));
    assertEquals(after, (int) size.invoke(p), "each tangent call takes the array and gives it back");
  }

  /**
   * A "pool" handing out the same array twice: the primal's two temporaries are one array (r = 9 x^2, not x^2 * 3x), so
   * their two shadows would give 9 x^2 for 18 x; both companions check the second take against the first and throw.
   */
  @Test
  void aPoolHandingOutAHeldArrayAgainIsCaughtAtRunTime() throws Exception {
    Transformed t = Transformed.of(dev.leibniz.objects.fixtures.pooled.FakePool.class);
    Method tangent = t.type.getMethod("twoTemporaries$tangent", D, D);
    Method adjoint = t.type.getMethod("twoTemporaries$adjoint", D, D, A);
    for (Runnable r : new Runnable[] {() -> call(tangent, 0.7, 1.0), () -> call(adjoint, 0.7, 1.0, new double[1])}) {
      AssertionError e = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, r::run);
      assertTrue(e.getCause() instanceof IllegalArgumentException && e.getCause().getMessage().contains("reached twice"),
          String.valueOf(e.getCause()));
    }
  }

  // ---------------------------------------------------------------- refused, located

  @Test
  void pooledArraysThatAreNotPerCallTemporariesAreRefusedAtTheirLines() {
    Transformed t = Transformed.of(PooledMisuse.class, true);
    java.util.List<Diagnostic> ds = t.result.diagnostics();
    assertRefused(ds, "readsBeforeWriting", 12, "an element is read that this call may not have written");
    assertRefused(ds, "usedAfterRelease", 23, "it is used after it was given back to the pool at line 22");
    assertRefused(ds, "takenInALoop", 31, "it is taken inside a loop");
  }

  static void assertRefused(java.util.List<Diagnostic> ds, String method, int line, String reason) {
    assertTrue(ds.stream().anyMatch(d -> d.method().startsWith(method + "(") && !d.warning() && d.line() == line && d.reason().contains(reason)),
        method + ": " + ds);
  }
}
