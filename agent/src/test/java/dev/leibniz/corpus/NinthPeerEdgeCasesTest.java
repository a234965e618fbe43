package dev.leibniz.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.corpus.peers9.CodipackExpressions;
import dev.leibniz.corpus.peers9.TorchAutograd;
import dev.leibniz.corpus.peers9.XadFunctions;
import dev.leibniz.oracle.ScalarFunction;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The ninth peer round's special points, where central differences cannot serve (ties, kinks, jumps, singular points,
 * a sawtooth the differences' steps cross), against what each peer tool's test asserts, in both modes; where Leibniz
 * differs (README "Math functions and conventions at non-smooth points") the test pins Leibniz's value and says whose
 * each is. Away from these points the corpus round checks the same methods against differences.
 */
class NinthPeerEdgeCasesTest {
  private static final Class<?> D = double.class;
  private static final double INF = Double.POSITIVE_INFINITY;
  private static final Transformed CODIPACK = Transformed.of(CodipackExpressions.class, true);
  private static final Transformed XAD = Transformed.of(XadFunctions.class, true);
  private static final Transformed TORCH = Transformed.of(TorchAutograd.class, true);

  private static Method method(Transformed t, String name) {
    return Arrays.stream(t.type.getDeclaredMethods()).filter(m -> m.getName().equals(name)).findFirst().orElseThrow();
  }

  /** The Jacobian of func(x, y) (m outputs) by the tangent (columns) and by the adjoint (rows): [tangent, adjoint]. */
  private static double[][][] jacobians(String name, int m, double... x) throws Exception {
    int n = x.length;
    double[][] byTangent = new double[m][n];
    double[][] byAdjoint = new double[m][];
    for (int j = 0; j < n; j++) {
      double[] xd = new double[n];
      xd[j] = 1;
      double[] yd = new double[m];
      method(CODIPACK, name + "$tangent").invoke(null, x.clone(), xd, new double[m], yd);
      for (int i = 0; i < m; i++) byTangent[i][j] = yd[i];
    }
    for (int i = 0; i < m; i++) {
      double[] xb = new double[n];
      double[] seed = new double[m];
      seed[i] = 1;
      method(CODIPACK, name + "$adjoint").invoke(null, x.clone(), xb, new double[m], seed);
      byAdjoint[i] = xb;
    }
    return new double[][][] {byTangent, byAdjoint};
  }

  private static void jacobianIs(double[][] expected, String name, double... x) throws Exception {
    double[][][] j = jacobians(name, expected.length, x);
    for (int i = 0; i < expected.length; i++) {
      for (int k = 0; k < expected[i].length; k++) {
        double e = expected[i][k], tol = 1e-5 * Math.max(1, Math.abs(e));
        String at = " J[" + i + "][" + k + "] at " + Arrays.toString(x);
        assertEquals(e, j[0][i][k], Double.isFinite(e) ? tol : 0, name + " tangent" + at);
        assertEquals(e, j[1][i][k], Double.isFinite(e) ? tol : 0, name + " adjoint" + at);
      }
    }
  }

  private static double[][] column(double... d) {
    double[][] c = new double[d.length][];
    for (int i = 0; i < d.length; i++) c[i] = new double[] {d[i]};
    return c;
  }

  private static void gradient(ScalarFunction f, double[] expected, double... x) {
    assertArrayEquals(expected, f.tangentGradient(x), 0, f.name() + " tangent at " + Arrays.toString(x));
    assertArrayEquals(expected, f.gradient(x), 0, f.name() + " adjoint at " + Arrays.toString(x));
  }

  /**
   * CoDiPack's OneArgumentExpr1 at 0 (results/deriv1st/OneArgumentExpr1.out, point 20). Leibniz agrees except: abs and
   * fabs 1 (copySign's +1 at +0.0; CoDiPack's abs gradient is 0 at 0), cbrt +inf (cbrt'(0); CoDiPack returns 0 there by its own rule). Before the fix of
   * SingularCones the adjoint gave NaN for every output here (cbrt's infinite partial met the zero seeds).
   */
  @Test
  void codipackOneArgumentExpr1AtZero() throws Exception {
    double[] codipack = {1, -1, 1, 1, 0, 1, 1, 0, 0, 0, 0, 1, 1, 1.12838, -1.12838, 0, 0, 0, 128, 1, 1};
    double[] leibniz = codipack.clone();
    leibniz[8] = 1;
    leibniz[9] = 1;
    leibniz[13] = 2 / Math.sqrt(Math.PI); // CoDiPack's 1.12838 to its printed digits; 0 before the rule for Erf.erf
    leibniz[14] = -2 / Math.sqrt(Math.PI);
    leibniz[15] = INF;
    jacobianIs(column(leibniz), "oneArgumentExpr1", 0);
  }

  /**
   * CoDiPack's TwoArgumentExpr1 at the ties (5, 5) and (0, 0) (points 18 and 12). Leibniz gives a tie to Math.max's
   * first argument and Math.min's second (as if the first were the larger; since the fifteenth peer round);
   * CoDiPack's min and max of two actives give it to the first, with a constant to the active argument or to nobody,
   * and fmin and fmax to the second: outputs 9, 13, 14, 18, 19, 20 differ at (5, 5), 9 and 18 at (0, 0); pow at a
   * zero base (0 in both inputs) and copysign's (1, 0) agree.
   */
  @Test
  void codipackTwoArgumentExpr1AtTies() throws Exception {
    double[][] codipackAt55 = {{1, 1}, {0, 1}, {1, 0}, {1, -1}, {0, -1}, {1, 0}, {5, 5}, {0, 5}, {5, 0}, {1, 0}, {0, 1},
        {0, 0}, {1, 0}, {0, 1}, {0, 0}, {0, 1}, {0, 1}, {0, 0}, {0, 1}, {0, 1}, {0, 0}, {3125, 5029.493476356563},
        {0, 5029.493476356563}, {3125, 0}, {1, 0}, {0, 0}, {1, 0}, {0, 1}, {1, 0}};
    double[][] leibniz = Arrays.stream(codipackAt55).map(double[]::clone).toArray(double[][]::new);
    leibniz[9] = new double[] {0, 1}; // min(x0, x1): x1, the second (CoDiPack: x0)
    leibniz[13] = new double[] {0, 0}; // max(5, x1): the constant (CoDiPack: x1)
    leibniz[14] = new double[] {1, 0};
    leibniz[18] = new double[] {1, 0}; // fmax(x0, x1): x0 (CoDiPack: x1)
    leibniz[19] = new double[] {0, 0};
    leibniz[20] = new double[] {1, 0};
    jacobianIs(leibniz, "twoArgumentExpr1", 5, 5);
    double[][] atOrigin = {{1, 1}, {0, 1}, {1, 0}, {1, -1}, {0, -1}, {1, 0}, {0, 0}, {0, 5}, {5, 0}, {0, 1}, {0, 1},
        {1, 0}, {1, 0}, {0, 0}, {0, 0}, {0, 1}, {0, 1}, {1, 0}, {1, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 1.6094379124341003},
        {0, 0}, {1, 0}, {0, 0}, {1, 0}, {0, 1}, {1, 0}};
    // CoDiPack at (0, 0): the same but min(x0, x1) to x0 (output 9: (1, 0)), fmax to x1 (output 18: (0, 1)) and
    // copysign(x0, x1) (0, 0)
    jacobianIs(atOrigin, "twoArgumentExpr1", 0, 0);
  }

  /**
   * CoDiPack's OneArgumentExceptions at its points: where every function is finite Leibniz gives CoDiPack's values (tan
   * at pi/2 2.667e32, log 0.6366, ...); asin and acos beyond [-1, 1] are NaN (so are their values), log, sqrt and cbrt at
   * 0 and asin, acos, atanh at ±1 infinite (CoDiPack's exception mode prints 0 for those). The other outputs' adjoints
   * stay finite beside them.
   */
  @Test
  void codipackOneArgumentExceptions() throws Exception {
    double nan = Double.NaN;
    jacobianIs(column(2.66709e32, 0.63662, 0.27648, 0.398942, -0.681477, nan, nan, 0.246679), "oneArgumentExceptions",
        Math.PI / 2);
    jacobianIs(column(1, INF, INF, INF, 1, 1, -1, INF), "oneArgumentExceptions", 0);
    jacobianIs(column(3.42552, 1, 0.434294, 0.5, INF, INF, -INF, 0.333333), "oneArgumentExceptions", 1);
    jacobianIs(column(5.774399, 0.5, 0.217147, 0.353553, -0.333333, nan, nan, 0.209987), "oneArgumentExceptions", 2);
  }

  /**
   * XAD's abs at 0: XAD asserts 0; Leibniz's abs'(±0.0) = ±1 (copySign). XAD's max and min tie (1.7, 1.7): 1/2 each;
   * Leibniz's max (1, 0), min (0, 1).
   */
  @Test
  void xadAbsAtZeroAndMaxAtATie() {
    gradient(new ScalarFunction(XAD.type, "abs", D), new double[] {1}, 0.0);
    gradient(new ScalarFunction(XAD.type, "abs", D), new double[] {-1}, -0.0);
    gradient(new ScalarFunction(XAD.type, "max", D, D), new double[] {1, 0}, 1.7, 1.7);
    gradient(new ScalarFunction(XAD.type, "min", D, D), new double[] {0, 1}, 1.7, 1.7);
    gradient(new ScalarFunction(XAD.type, "smoothMax", D, D), new double[] {0.5, 0.5}, 1.7, 1.7); // XAD's too
    gradient(new ScalarFunction(XAD.type, "smoothAbs", D, D), new double[] {0, 0}, 0, 0.001); // XAD's too
  }

  /** XAD's frexp at 1024 (a power of 2, where the mantissa jumps): 2^-11, as XAD; modf at ±790.185598: 1, as XAD. */
  @Test
  void xadFrexpAtAPowerOfTwoAndModfFarFromZero() throws Exception {
    assertEquals(1.0 / 2048, (double) method(XAD, "frexp$tangent").invoke(null, 1024.0, 1.0, new int[1]), 0);
    for (double x : new double[] {790.185598, -790.185598}) {
      assertEquals(1, (double) method(XAD, "modf$tangent").invoke(null, x, 1.0, new double[1], new double[1]), 0);
      double[] xbar = new double[1];
      method(XAD, "modf$adjoint").invoke(null, x, new double[1], new double[1], 1.0, xbar);
      assertEquals(1, xbar[0], 0, "modf adjoint at " + x);
    }
  }

  /**
   * PyTorch's test_norm_subgradient and test_pow_zero_tensor_gradient at zeros: torch asserts gradient 0. Leibniz: 0 for
   * the norms of degree 2 (the sum of squares under the root, README), 3 and 1.5 (the strong zero) and for x^0 and x^e
   * at e = 0; 1 in every element for degree 1 (|x|'s +1 at +0.0, and s^1 is linear).
   */
  @Test
  void torchNormsAndPowersAtZero() throws Exception {
    double[] zeros = new double[10];
    for (double p : new double[] {2, 3, 1, 1.5}) {
      double[] xb = new double[10];
      method(TORCH, "normP$adjoint").invoke(null, zeros.clone(), xb, p, 1.0, new double[1]);
      double[] expected = new double[10];
      if (p == 1) Arrays.fill(expected, 1);
      assertArrayEquals(expected, xb, 0, "normP adjoint, p = " + p);
      for (int j = 0; j < 10; j++) {
        double[] xd = new double[10];
        xd[j] = 1;
        assertEquals(expected[j], (double) method(TORCH, "normP$tangent").invoke(null, zeros.clone(), xd, p, 0.0), 0);
      }
    }
    double[] xb = new double[10];
    method(TORCH, "norm2$adjoint").invoke(null, zeros.clone(), xb, 1.0);
    assertArrayEquals(new double[10], xb, 0);
    double[][] mb = new double[10][10];
    method(TORCH, "norm2OfMatrix$adjoint").invoke(null, new double[10][10], mb, 1.0);
    for (double[] row : mb) assertArrayEquals(new double[10], row, 0);
    double[] pb = new double[10];
    double[] eb = new double[10];
    method(TORCH, "powSum$adjoint").invoke(null, zeros.clone(), pb, new double[10], eb, 1.0);
    assertArrayEquals(new double[10], pb, 0);
    assertArrayEquals(new double[10], eb, 0);
    double[] sb = new double[10];
    method(TORCH, "powSumScalar$adjoint").invoke(null, zeros.clone(), sb, 0.0, 1.0, new double[1]);
    assertArrayEquals(new double[10], sb, 0);
  }
}
