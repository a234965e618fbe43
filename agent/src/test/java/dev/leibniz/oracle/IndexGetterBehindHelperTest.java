package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.oracle.fixtures.indexed.Cell;
import dev.leibniz.oracle.fixtures.indexed.Entry;
import dev.leibniz.oracle.fixtures.indexed.PickedRows;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * A static helper of another class ({@code Sparse.dot}) calling an interface's index getter ({@code int Entry.index()},
 * no code known), given rows picked by indices read from an {@code int[]} field ({@code x[picked[k]]}). The helper's
 * summary took the getter to read bit patterns, so every integer read after its first call ({@code picked[k]}) counted as
 * bits of an active value and the row it picked made the helper's call "turn the bits back into a number": a false
 * refusal (LIBLINEAR's {@code L2R_L2_SvcFunction.Hv}, twenty-ninth corpus round; {@code x[i]} passed). Both modes against
 * the analytic gradient {@code 2 sum_k c_k (a_k . s) a_k} and central differences, and the dot-product test.
 */
class IndexGetterBehindHelperTest {
  private static final Entry[][] ROWS = {
    {new Cell(0, 0.5), new Cell(1, -1.2), new Cell(2, 1)},
    {new Cell(0, -0.8), new Cell(2, 1)},
    {new Cell(1, 0.7), new Cell(2, 1)},
    {new Cell(0, 1.5), new Cell(1, 0.4), new Cell(2, 1)}};
  private static final int[] PICKED = {3, 0, 2};
  private static final double[] C = {1.0, 0.8, 1.2};

  private static double[] dense(Entry[] row) {
    double[] a = new double[3];
    for (Entry e : row) a[e.index()] = e.value();
    return a;
  }

  private static double[] gradient(double[] s) {
    double[] g = new double[3];
    for (int k = 0; k < PICKED.length; k++) {
      double[] a = dense(ROWS[PICKED[k]]);
      double d = a[0] * s[0] + a[1] * s[1] + a[2] * s[2];
      for (int j = 0; j < 3; j++) g[j] += 2 * C[k] * d * a[j];
    }
    return g;
  }

  @Test
  void aRowPickedByAnIntFieldIsDifferentiatedInBothModes() throws Exception {
    Transformed t = Transformed.of(PickedRows.class);
    Object f = t.type.getConstructor(Entry[][].class, int[].class, double[].class).newInstance(ROWS, PICKED, C);
    Method primal = t.type.getMethod("quad", double[].class);
    Method tangent = t.type.getMethod("quad$tangent", double[].class, double[].class);
    Method adjoint = t.type.getMethod("quad$adjoint", double[].class, double[].class, double.class);
    for (double[] s : new double[][] {{0.6, -0.2, 1.1}, {-0.4, 0.9, -0.3}}) {
      double[] v = {0.7, -1.3, 0.25};
      double[] g = gradient(s);
      double exact = g[0] * v[0] + g[1] * v[1] + g[2] * v[2];
      double jv = (double) tangent.invoke(f, s.clone(), v.clone());
      double fd = FiniteDifferences.derivative(h -> {
        double[] x = new double[3];
        for (int j = 0; j < 3; j++) x[j] = s[j] + h * v[j];
        try {
          return (double) primal.invoke(f, (Object) x);
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
      }, 0.0).value();
      assertEquals(exact, jv, 1e-12 * Math.max(1, Math.abs(exact)), "tangent against the analytic gradient");
      assertEquals(exact, fd, 1e-6 * Math.max(1, Math.abs(exact)), "central differences against the analytic gradient");
      double seed = 1.7;
      double[] sbar = new double[3];
      double value = (double) adjoint.invoke(f, s.clone(), sbar, seed);
      assertEquals((double) primal.invoke(f, (Object) s.clone()), value, 0, "primal value");
      for (int j = 0; j < 3; j++) assertEquals(seed * g[j], sbar[j], 1e-12 * Math.max(1, Math.abs(seed * g[j])), "adjoint, input " + j);
      double sbarV = sbar[0] * v[0] + sbar[1] * v[1] + sbar[2] * v[2];
      assertEquals(seed * jv, sbarV, 1e-12 * Math.max(1, Math.abs(sbarV)), "dot product <ybar, J v> = <sbar, v>");
    }
  }
}
