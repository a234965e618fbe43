package dev.leibniz.arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.leibniz.arrays.fixtures.RowsResults;
import dev.leibniz.arrays.fixtures.RowsSecondOrder;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A {@code double[][]} result in adjoint mode (was refused: "returning a multi-dimensional array"): the seed, an array
 * of the result's shape, adds row by row into the returned array's adjoint shadow, as a {@code double[]} result's seed
 * does. The output parameter returned (Batik's getLightRow4: the seed lands in the parameter's adjoint array) and a new
 * array (the outer product); both modes against the analytic Jacobian and central differences, and the dot-product test.
 */
class RowsResultAdjointTest {
  static final Transformed T = Transformed.of(RowsResults.class);
  static final Class<?> D = double.class, DD = double[][].class, A = double[].class;
  static final int W = 3;
  static final double DX = 0.25;

  static Method method(String name, Class<?>... types) throws Exception {
    return T.type.getMethod(name, types);
  }

  static double[] flat(double[][] r) {
    int n = 0;
    for (double[] row : r) n += row.length;
    double[] f = new double[n];
    int k = 0;
    for (double[] row : r) for (double v : row) f[k++] = v;
    return f;
  }

  static double[][] shaped(double[] f, int rows) {
    int cols = f.length / rows;
    double[][] r = new double[rows][cols];
    for (int i = 0; i < rows; i++) System.arraycopy(f, i * cols, r[i], 0, cols);
    return r;
  }

  // rows(x, y): inputs (x, y), outputs the W x 2 entries, flattened
  static double[] rowsPrimal(double[] p) {
    return flat(RowsResults.rows(p[0], p[1], DX, W, new double[W][2]));
  }

  static double[] rowsTangent(double[] p, double[] v) throws Exception {
    double[][] out = new double[W][2], outDot = new double[W][2];
    double[][] t = (double[][]) method("rows$tangent", D, D, D, D, D, D, int.class, DD, DD).invoke(null, p[0], v[0], p[1], v[1], DX, 0.0, W, out, outDot);
    return flat(t);
  }

  /** With the output parameter given, the seed adds into its adjoint array; the primal result is that parameter. */
  static double[] rowsAdjoint(double[] p, double[] w) throws Exception {
    double[][] out = new double[W][2], outBar = new double[W][2];
    double[] g = new double[3];
    Object r = method("rows$adjoint", D, D, D, int.class, DD, DD, DD, A).invoke(null, p[0], p[1], DX, W, out, outBar, shaped(w, W), g);
    assertSame(out, r, "the adjoint returns the primal result, the output parameter");
    return new double[] {g[0], g[1]};
  }

  /** Without one (null), the result is a new array, whose shadow the adjoint makes. */
  static double[] rowsAdjointNew(double[] p, double[] w) throws Exception {
    double[] g = new double[3];
    method("rows$adjoint", D, D, D, int.class, DD, DD, DD, A).invoke(null, p[0], p[1], DX, W, null, null, shaped(w, W), g);
    return new double[] {g[0], g[1]};
  }

  static double[][] rowsJacobian(double[] p) {
    double[][] j = new double[2 * W][];
    for (int i = 0; i < W; i++) {
      double x = p[0] + i * DX;
      j[2 * i] = new double[] {p[1], x};
      j[2 * i + 1] = new double[] {Math.cos(x), 2 * p[1]};
    }
    return j;
  }

  // outer(a, b): inputs a (2) then b (3), outputs the 2 x 3 entries
  static double[] outerPrimal(double[] p) {
    return flat(RowsResults.outer(new double[] {p[0], p[1]}, new double[] {p[2], p[3], p[4]}));
  }

  static double[] outerTangent(double[] p, double[] v) throws Exception {
    return flat((double[][]) method("outer$tangent", A, A, A, A).invoke(null, new double[] {p[0], p[1]}, new double[] {v[0], v[1]},
        new double[] {p[2], p[3], p[4]}, new double[] {v[2], v[3], v[4]}));
  }

  static double[] outerAdjoint(double[] p, double[] w) throws Exception {
    double[] aBar = new double[2], bBar = new double[3];
    method("outer$adjoint", A, A, A, A, DD).invoke(null, new double[] {p[0], p[1]}, aBar, new double[] {p[2], p[3], p[4]}, bBar, shaped(w, 2));
    return new double[] {aBar[0], aBar[1], bBar[0], bBar[1], bBar[2]};
  }

  static double[][] outerJacobian(double[] p) {
    double[][] j = new double[6][5];
    for (int i = 0; i < 2; i++) {
      for (int k = 0; k < 3; k++) {
        j[3 * i + k][i] = p[2 + k] + Math.exp(p[i]);
        j[3 * i + k][2 + k] = p[i];
      }
    }
    return j;
  }

  interface Call {
    double[] at(double[] p, double[] v) throws Exception;
  }

  record Fn(String name, double[] point, int m, Function<double[], double[]> primal, Call tangent, Call adjoint,
      Function<double[], double[][]> jacobian) {}

  static final Fn[] ALL = {
    new Fn("rows", new double[] {0.7, -1.3}, 2 * W, RowsResultAdjointTest::rowsPrimal, RowsResultAdjointTest::rowsTangent,
        RowsResultAdjointTest::rowsAdjoint, RowsResultAdjointTest::rowsJacobian),
    new Fn("rows (new)", new double[] {0.7, -1.3}, 2 * W, RowsResultAdjointTest::rowsPrimal, RowsResultAdjointTest::rowsTangent,
        RowsResultAdjointTest::rowsAdjointNew, RowsResultAdjointTest::rowsJacobian),
    new Fn("outer", new double[] {0.4, -0.9, 1.1, 0.3, -0.6}, 6, RowsResultAdjointTest::outerPrimal,
        RowsResultAdjointTest::outerTangent, RowsResultAdjointTest::outerAdjoint, RowsResultAdjointTest::outerJacobian)
  };

  static double[] call(Call c, String name, double[] p, double[] v) {
    try {
      return c.at(p, v);
    } catch (Exception e) {
      throw new AssertionError(name, e);
    }
  }

  static double[] unit(int n, int i) {
    double[] e = new double[n];
    e[i] = 1;
    return e;
  }

  @Test
  void bothModesAgainstTheAnalyticJacobian() {
    for (Fn f : ALL) {
      double[][] j = f.jacobian().apply(f.point());
      int n = f.point().length;
      for (int i = 0; i < n; i++) {
        double[] t = call(f.tangent(), f.name(), f.point(), unit(n, i));
        for (int o = 0; o < f.m(); o++) assertEquals(j[o][i], t[o], 1e-12, f.name() + " tangent d" + o + "/d" + i);
      }
      for (int o = 0; o < f.m(); o++) {
        double[] g = call(f.adjoint(), f.name(), f.point(), unit(f.m(), o));
        for (int i = 0; i < n; i++) assertEquals(j[o][i], g[i], 1e-12, f.name() + " adjoint d" + o + "/d" + i);
      }
    }
  }

  @Test
  void bothModesAgainstCentralDifferences() {
    for (Fn f : ALL) {
      int n = f.point().length;
      for (int i = 0; i < n; i++) {
        FiniteDifferences.Estimate[] fd = FiniteDifferences.directional(f.primal(), f.point(), unit(n, i));
        double[] t = call(f.tangent(), f.name(), f.point(), unit(n, i));
        for (int o = 0; o < f.m(); o++) {
          double tol = fd[o].tolerance(1e-8);
          assertEquals(fd[o].value(), t[o], tol, f.name() + " tangent vs differences");
          assertEquals(fd[o].value(), call(f.adjoint(), f.name(), f.point(), unit(f.m(), o))[i], tol, f.name() + " adjoint vs differences");
        }
      }
    }
  }

  @Test
  void dotProductBetweenModes() {
    for (Fn f : ALL) {
      int n = f.point().length;
      double[] v = new double[n], w = new double[f.m()];
      for (int i = 0; i < n; i++) v[i] = 0.3 + 0.17 * i * (i % 2 == 0 ? 1 : -1);
      for (int o = 0; o < f.m(); o++) w[o] = -0.6 + 0.23 * o;
      double[] t = call(f.tangent(), f.name(), f.point(), v), g = call(f.adjoint(), f.name(), f.point(), w);
      double wt = 0, gv = 0;
      for (int o = 0; o < f.m(); o++) wt += w[o] * t[o];
      for (int i = 0; i < n; i++) gv += g[i] * v[i];
      assertEquals(wt, gv, 1e-12 * (1 + Math.abs(wt)), f.name() + " <w, J v> = <J^T w, v>");
    }
  }

  static final double[] OA = {0.7, -1.3, 0.4}, OB = {1.1, -0.6}, VA = {0.3, 0.5, -0.9}, VB = {-0.4, 0.8};
  static final double[][] OW = {{0.2, -1.0}, {0.5, 0.3}, {-0.7, 1.4}};

  /** outer's gradient {@code J^T W} for the seed {@link #OW}: {@code (aBar, bBar)} flattened, from {@code outer$adjoint}. */
  static double[] outerGradient(Class<?> type, double[] p) throws Exception {
    double[] a = java.util.Arrays.copyOf(p, 3), b = java.util.Arrays.copyOfRange(p, 3, 5);
    double[] aBar = new double[3], bBar = new double[2];
    type.getMethod("outer$adjoint", A, A, A, A, DD).invoke(null, a, aBar, b, bBar, OW);
    return new double[] {aBar[0], aBar[1], aBar[2], bBar[0], bBar[1]};
  }

  /**
   * Second order of a {@code double[][]} result (was refused: the row-by-row seed helper had no tangent rule; it is
   * linear, so its tangent is the same helper on the tangents): {@code outer$adjoint$tangent} gives {@code (W·H)·v}
   * against the analytic formula for {@code r[i][j] = a[i]² b[j]} and against central differences of the adjoint's
   * gradient, and returns the result's tangent {@code J v}.
   */
  @Test
  void secondOrderOfRowsResult() throws Exception {
    Transformed t = Transformed.of(RowsSecondOrder.class);
    double[] aBar = new double[3], aBarDot = new double[3], bBar = new double[2], bBarDot = new double[2];
    double[][] seedDot = new double[3][2];
    double[][] rDot = (double[][]) t.type.getMethod("outer$adjoint$tangent", A, A, A, A, A, A, A, A, DD, DD)
        .invoke(null, OA.clone(), VA.clone(), aBar, aBarDot, OB.clone(), VB.clone(), bBar, bBarDot, OW, seedDot);
    double[] hv = {aBarDot[0], aBarDot[1], aBarDot[2], bBarDot[0], bBarDot[1]};
    double[] analytic = new double[5];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 2; j++) {
        analytic[i] += OW[i][j] * (2 * VA[i] * OB[j] + 2 * OA[i] * VB[j]);
        analytic[3 + j] += OW[i][j] * 2 * OA[i] * VA[i];
        assertEquals(2 * OA[i] * VA[i] * OB[j] + OA[i] * OA[i] * VB[j], rDot[i][j], 1e-14, "J v at " + i + "," + j);
      }
    }
    double[] p = {OA[0], OA[1], OA[2], OB[0], OB[1]}, v = {VA[0], VA[1], VA[2], VB[0], VB[1]};
    FiniteDifferences.Estimate[] fd = FiniteDifferences.directional(q -> {
      try {
        return outerGradient(t.type, q);
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    }, p, v);
    for (int k = 0; k < 5; k++) {
      assertEquals(analytic[k], hv[k], 1e-13, "(W H) v, component " + k);
      assertEquals(fd[k].value(), hv[k], fd[k].tolerance(1e-9), "(W H) v vs differences of the gradient, component " + k);
    }
    double[] g = outerGradient(t.type, p);
    assertEquals(g[0], aBar[0], 1e-14, "the gradient itself, as outer$adjoint gives it");
  }
}
