package dev.leibniz.corpus;

import static dev.leibniz.corpus.PeerJacobians.gradient;
import static dev.leibniz.corpus.PeerJacobians.jacobian;
import static dev.leibniz.corpus.PeerJacobians.jacobians;
import static dev.leibniz.corpus.PeerJacobians.method;
import static dev.leibniz.corpus.PeerJacobians.vjp;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.corpus.peers15.CandleGrad;
import dev.leibniz.corpus.peers15.MlxAutograd;
import dev.leibniz.corpus.peers15.MlxGradReference;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The fifteenth peer round's asserted derivatives, in both modes, at the tests' own points: Candle's expected gradients
 * of grad_tests.rs (f32, to the digits the test rounds to; elu at its switch 0), and MLX's of test_autograd.py and
 * test_grad_reference.py (jvp and vjp products, scatter and slice updates by max/min, powers at a zero base, cumprod
 * with zeros, cummax/cummin with ties, topk, sort, put_along_axis, in-place writes, reductions at a zero, the float32
 * grids against their closed forms, logaddexp where its arguments tie). Where a peer's rule at a non-differentiable
 * point differs from Leibniz's (README "Math functions and conventions at non-smooth points": on a tie max takes the
 * first argument and min the second; a comparison follows the point's branch), both values are named and Leibniz's is
 * asserted.
 */
class FifteenthPeerEdgeCasesTest {
  private static final Class<?> CANDLE = Transformed.of(CandleGrad.class, true).type;
  private static final Class<?> MLX = Transformed.of(MlxAutograd.class, true).type;
  private static final Class<?> GRID = Transformed.of(MlxGradReference.class, true).type;

  private static double[] v(double... xs) {
    return xs;
  }

  private static float[] f(float... xs) {
    return xs;
  }

  private static double[] cat(double[]... parts) {
    return Arrays.stream(parts).flatMapToDouble(Arrays::stream).toArray();
  }

  // ---- Candle: candle-core/tests/grad_tests.rs ----

  private static final float[] X = {3, 1, 4, 0.15f};

  /** simple_grad, sum_grad, matmul_grad, grad_descent: exactly as asserted (grad_descent's value 4.199999). */
  @Test
  void candleSimpleSumMatmulDescent() throws Exception {
    gradient(CANDLE, "simple", v(11, 7, 13), 0, f(3, 1, 4));
    gradient(CANDLE, "sumOfSquaresTimesTwo", v(12, 4, 16), 0, f(3, 1, 4));
    float[][][] x = new float[2][2][3], y = new float[2][3][2];
    for (int k = 0; k < 12; k++) {
      x[k / 6][k % 6 / 3][k % 3] = k;
      y[k / 6][k % 6 / 2][k % 2] = k;
    }
    gradient(CANDLE, "batchedMatmul", cat(v(1, 5, 9, 1, 5, 9, 13, 17, 21, 13, 17, 21),
        v(3, 3, 5, 5, 7, 7, 15, 15, 17, 17, 19, 19)), 0, x, y);
    Method descent = method(CANDLE, "gradientDescent");
    assertEquals(4.199999f, (float) descent.invoke(null, 0f), 0);
    gradient(CANDLE, "gradientDescent", v(Math.pow(0.8, 100)), 1e-14, 0f);
  }

  /** unary_grad's gradients, to the decimals the test rounds to (to_vec1_round(grad, 4) or 2; exact where unrounded). */
  @Test
  void candleUnary() throws Exception {
    unary("log+1", 6e-5, 0.3333, 1.0, 0.25, 6.6667);
    unary("exp", 6e-5, 20.0855, 2.7183, 54.5982, 1.1618);
    unary("exp.sqr", 5e-3, 806.86, 14.78, 5961.92, 2.7);
    unary("sin", 6e-5, -0.99, 0.5403, -0.6536, 0.9888);
    unary("cos", 6e-5, -0.1411, -0.8415, 0.7568, -0.1494);
    unary("sqr", 1e-6, 6.0, 2.0, 8.0, 0.3);
    unary("sqr.sqrt", 6e-5, 1.0, 1.0, 1.0, 1.0);
    unary("neg", 0, -1.0, -1.0, -1.0, -1.0);
    unary("affine", 1e-7, 0.2, 0.2, 0.2, 0.2);
    unary("1/x", 5e-6, -0.11111111, -1.0, -0.0625, -44.444443);
    unary("x/0.5", 0, 2.0, 2.0, 2.0, 2.0);
    unary("powf", 5e-3, 12.99, 2.5, 20.0, 0.15);
    unary("tanh", 5e-3, 0.01, 0.42, 0.0, 0.98);
    unary("gelu", 6e-5, 1.0116, 1.0830, 1.0003, 0.6188);
    unary("erf", 6e-5, 0.0001, 0.4151, 0.0, 1.1033);
    unary("gelu_erf", 6e-5, 1.0119, 1.0833, 1.0005, 0.6188);
    unary("silu", 6e-5, 1.0881, 0.9277, 1.0527, 0.5747);
  }

  private static void unary(String op, double tol, double... expected) throws Exception {
    double[][][] j = jacobians(CANDLE, "unary", -1, op, X);
    assertArrayEquals(expected, j[0][0], tol, op + " tangent");
    assertArrayEquals(expected, j[1][0], tol, op + " adjoint");
  }

  /**
   * elu(2) at [-1, 0, -2, 3]: candle asserts [0.7358, 2, 0.2707, 1]; at 0 its forward takes the identity (0 is
   * sign-positive) and its backward the other side's alpha exp(0) = 2. Leibniz differentiates the side taken: 1.
   */
  @Test
  void candleEluAtItsSwitch() throws Exception {
    double[][][] j = jacobians(CANDLE, "elu", -1, f(-1, 0, -2, 3), 2f);
    for (double[][] mode : j) {
      assertArrayEquals(v(0.7358, 1, 0.2707, 1), Arrays.copyOf(mode[0], 4), 5e-5);
    }
  }

  /** interpolate1d and interpolate2d's "manually checked" gradients, exactly. */
  @Test
  void candleInterpolation() throws Exception {
    gradient(CANDLE, "interpolate1d", v(10, 26, 42, 58, 74, 90, 106, 122, 138), 0,
        new float[][] {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}, 12);
    gradient(CANDLE, "interpolate2d", v(18, 26, 34, 66, 74, 82, 114, 122, 130), 0,
        new float[][][][] {{{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}}}, 6, 6);
    gradient(CANDLE, "interpolate2d", v(72, 99, 234, 261), 0, new float[][][][] {{{{1, 2}, {4, 5}}}}, 6, 6);
    double[] quads = v(14, 22, 46, 54, 78, 86, 110, 118);
    gradient(CANDLE, "interpolate2d", quads, 0, new float[][][][] {{{{1, 2}, {4, 5}}, {{6, 7}, {8, 9}}}}, 4, 4);
    gradient(CANDLE, "interpolate2d", quads, 0, new float[][][][] {{{{1, 2}, {4, 5}}}, {{{6, 7}, {8, 9}}}}, 4, 4);
  }

  /**
   * binary_grad: maximum/minimum of x and 0.1 x, minimum(x, x) ("we want the gradient to be one": a tie at every
   * element, min takes the second argument, x either way), slice_scatter0; and the tie the test leaves out, x = 0 (no
   * value asserted by candle), where Leibniz's max takes its first argument x (1) and min its second, 0.1 x (0.1).
   */
  @Test
  void candleBinary() throws Exception {
    float[] x = f(3, 1, -4, -1);
    gradient(CANDLE, "maximumOfTenth", v(1, 1, 0.1, 0.1), 1e-7, x);
    gradient(CANDLE, "minimumOfTenth", v(0.1, 0.1, 1, 1), 1e-7, x);
    gradient(CANDLE, "minimumOfItself", v(1, 1, 1, 1), 0, x);
    gradient(CANDLE, "sliceScatterSquared", v(6, 2, -8, 0, 0, 0, 4, 14, 2), 0, f(3, 1, -4, -1, 5, 9), f(2, 7, 1));
    gradient(CANDLE, "maximumOfTenth", v(1), 1e-7, f(0));
    gradient(CANDLE, "minimumOfTenth", v(0.1), 1e-7, f(0));
  }

  // ---- MLX: python/tests/test_autograd.py ----

  /** test_jvp, test_vjp, test_grad, test_grad_trees, test_auxiliary_values, test_captured. */
  @Test
  void mlxBasics() throws Exception {
    gradient(MLX, "twice", v(2), 0, 1.0);
    gradient(MLX, "product", v(2, 4), 0, 4.0, 2.0); // jvp along (3, 2): 4·2 + 2·3
    // (x·y, y·z) at (2, 4, 6): jvp along (1, 3, 1) is (4 + 6, 4 + 18), vjp of (1, 3) is (4, 2 + 18, 12)
    jacobian(MLX, "pairOfProducts", 3, v(4, 2, 0, 0, 6, 4), 0, 2.0, 4.0, 6.0, new double[2]);
    vjp(MLX, "pairOfProducts", 3, v(1, 3), v(4, 20, 12), 2.0, 4.0, 6.0, new double[2]);
    gradient(MLX, "square", v(1), 0, 0.5);
    gradient(MLX, "first", v(1), 0, 2.0, "hello");
    gradient(MLX, "nestedSquare", v(2, 4), 0, new double[][] {{}, {}, {2.0}}, 0.5);
    double[][] ones = {{1, 1}, {1, 1}};
    gradient(MLX, "auxiliaryLoss", v(1, 1, 1, 1, 1, 1, 1, 1), 0, ones, ones);
    gradient(MLX, "capturedPlus", v(1), 0, 5.0);
    gradient(MLX, "capturedOnly", v(0), 0, 5.0);
    gradient(MLX, "selfSum", v(2), 0, 5.0);
  }

  /** test_scatter_*_vjp and test_slice_update_*_vjp with the cotangent [4, 5, 6, 7], as asserted. */
  @Test
  void mlxScatterAndSliceUpdates() throws Exception {
    double[] cot = v(4, 5, 6, 7), src = v(1, 2, 3, 4);
    vjp(MLX, "scatterAdd", 2, cot, v(4, 5, 6, 7, 5, 7), src, v(1, 2), new double[4]);
    vjp(MLX, "scatterMax", 2, cot, v(4, 5, 6, 7, 0, 0), src, v(1, 2), new double[4]);
    vjp(MLX, "scatterMax", 2, cot, v(4, 0, 6, 0, 5, 7), src, v(5, 6), new double[4]);
    vjp(MLX, "scatterMin", 2, cot, v(4, 5, 6, 7, 0, 0), src, v(5, 6), new double[4]);
    vjp(MLX, "scatterMin", 2, cot, v(4, 0, 6, 0, 5, 7), src, v(1, 1), new double[4]);
    vjp(MLX, "sliceUpdate", 3, cot, v(4, 5, 6, 7, 0, 0), "maximum", src, new double[][] {{1, 2}}, new double[4]);
    vjp(MLX, "sliceUpdate", 3, cot, v(4, 0, 0, 7, 5, 6), "maximum", src, new double[][] {{5, 6}}, new double[4]);
    vjp(MLX, "sliceUpdate", 3, cot, v(4, 5, 6, 7, 0, 0), "minimum", src, new double[][] {{5, 6}}, new double[4]);
    vjp(MLX, "sliceUpdate", 3, cot, v(4, 0, 0, 7, 5, 6), "minimum", src, new double[][] {{1, 1}}, new double[4]);
    vjp(MLX, "sliceUpdate", 3, cot, v(4, 5, 6, 7, 5, 6), "add", src, new double[][] {{1, 2}}, new double[4]);
    vjp(MLX, "sliceUpdate", 3, cot, v(4, 10, 18, 7, 10, 18), "multiply", src, new double[][] {{2, 3}},
        new double[4]);
  }

  /**
   * Both test_power_grad: x ** 2 and x ** 1.5 at 0 are 0 (MLX's and Leibniz's: 1.5 · 0^0.5), x ** 2 at 2 is 4; (x - y) **
   * x at (1, 1), 0 ** 1, is 1 along x as MLX asserts (1 · 0^0 from the base, the exponent's 0^1 · log 0 taken as 0 for
   * a base <= 0), -1 along y. test_eval_in_grad: 12 and 8.
   */
  @Test
  void mlxPowersAtAZeroBase() throws Exception {
    gradient(MLX, "power", v(0, 0), 0, 0.0, 2.0);
    gradient(MLX, "power", v(0, 0), 0, 0.0, 1.5);
    gradient(MLX, "power", v(4, 4 * Math.log(2)), 1e-15, 2.0, 2.0);
    gradient(MLX, "differencePower", v(1, -1), 0, 1.0, 1.0);
    gradient(MLX, "broadcastSquare", v(12, 6, 6), 0, v(1), v(2, 2));
    gradient(MLX, "broadcastSquare", v(8, 4, 4), 0, v(1), v(1, 1));
  }

  /** test_cumprod_grad: all four scan modes at the test's three points (none, one and two zeros), exactly. */
  @Test
  void mlxCumprodWithZeros() throws Exception {
    double[] a = v(2, 1, 2, 2, 3), b = v(2, 0, 2, 2, 3), c = v(2, 0, 2, 0, 3);
    cumprod(true, false, a, v(20, 38, 18, 16, 8), b, v(1, 38, 0, 0, 0), c, v(1, 6, 0, 0, 0));
    cumprod(false, false, a, v(8, 14, 6, 4, 0), b, v(1, 14, 0, 0, 0), c, v(1, 6, 0, 0, 0));
    cumprod(false, true, a, v(0, 12, 12, 15, 11), b, v(0, 12, 6, 9, 7), c, v(0, 0, 0, 9, 1));
    cumprod(true, true, a, v(12, 36, 24, 27, 19), b, v(0, 36, 6, 9, 7), c, v(0, 0, 0, 9, 1));
  }

  private static void cumprod(boolean inclusive, boolean reverse, double[]... pointsAndGradients) throws Exception {
    for (int k = 0; k < pointsAndGradients.length; k += 2) {
      gradient(MLX, "cumprodSum", pointsAndGradients[k + 1], 0, pointsAndGradients[k], inclusive, reverse);
    }
  }

  /**
   * test_cummax_grad and test_cummin_grad at [3, 3, 1, 5, 5] (two ties): MLX routes a tie to the later occurrence
   * (inclusive [1, 2, 0, 1, 1], exclusive [1, 2, 0, 1, 0], reverse [0, 0, 0, 4, 1], reverse exclusive [0, 0, 0, 3, 1]);
   * the loop's {@code Math.max(m, y[i])} gives a tie to m, the earlier one ([3, 0, 0, 2, 0], [3, 0, 0, 1, 0],
   * [0, 0, 0, 0, 5], [0, 0, 0, 0, 4]). {@code Math.min(m, y[i])} gives it to y[i], the later, so cummin agrees with MLX
   * in all four modes ([1, 1, 3, 0, 0], [1, 1, 2, 0, 0], [0, 0, 3, 1, 1], [0, 0, 2, 1, 1]). The cotangent
   * [10, 1, 1, 100, 1000]: MLX [10, 2, 0, 100, 1000], Leibniz [12, 0, 0, 1100, 0]. The 2-D cases along rows: MLX
   * [[1, 1, 1], [2, 0, 1]] inclusive, Leibniz [[1, 2, 0], [3, 0, 0]]; exclusive both [[1, 1, 0], [2, 0, 0]]; cummin
   * down columns (no tie) both [[2, 1, 2], [0, 1, 0]].
   */
  @Test
  void mlxCummaxCumminTies() throws Exception {
    double[] a = v(3, 3, 1, 5, 5);
    gradient(MLX, "cumExtremumSum", v(3, 0, 0, 2, 0), 0, a, true, true, false);
    gradient(MLX, "cumExtremumSum", v(3, 0, 0, 1, 0), 0, a, true, false, false);
    gradient(MLX, "cumExtremumSum", v(0, 0, 0, 0, 5), 0, a, true, true, true);
    gradient(MLX, "cumExtremumSum", v(0, 0, 0, 0, 4), 0, a, true, false, true);
    gradient(MLX, "cumExtremumSum", v(1, 1, 3, 0, 0), 0, a, false, true, false);
    gradient(MLX, "cumExtremumSum", v(1, 1, 2, 0, 0), 0, a, false, false, false);
    gradient(MLX, "cumExtremumSum", v(0, 0, 3, 1, 1), 0, a, false, true, true);
    gradient(MLX, "cumExtremumSum", v(0, 0, 2, 1, 1), 0, a, false, false, true);
    gradient(MLX, "cummaxWeighted", cat(v(12, 0, 0, 1100, 0), v(3, 3, 3, 5, 5)), 0, a, v(10, 1, 1, 100, 1000));
    double[][] m = {{1, 3, 3}, {4, 2, 4}};
    gradient(MLX, "cummaxRowsSum", v(1, 2, 0, 3, 0, 0), 0, m, true);
    gradient(MLX, "cummaxRowsSum", v(1, 1, 0, 2, 0, 0), 0, m, false);
    gradient(MLX, "cumminColumnsSum", v(2, 1, 2, 0, 1, 0), 0, (Object) m);
  }

  /** test_topk_grad, test_sort_grad, test_logsumexp_grad (the jvp is softmax · v), test_put_along_axis_grads. */
  @Test
  void mlxSelectionsAndScatters() throws Exception {
    gradient(MLX, "topkSum", v(0, 0, 1, 0, 1, 1, 0, 0, 0, 1), 0, new double[][] {{1, 2, 6, 4, 5}, {9, 5, 6, 7, 8}}, 2);
    vjp(MLX, "sort", 1, v(10, 20, 30, 40, 50), v(30, 10, 20, 50, 40), v(3, 1, 2, 5, 4), new double[5]);
    double[][] z = {{1, 2, 3}, {4, 1, 0}};
    double[] softmax = new double[6];
    for (int i = 0; i < 2; i++) {
      double s = 0;
      for (double x : z[i]) s += Math.exp(x);
      for (int j = 0; j < 3; j++) softmax[3 * i + j] = Math.exp(z[i][j]) / s;
    }
    double[] expected = new double[12];
    for (int j = 0; j < 3; j++) {
      expected[j] = softmax[j];
      expected[6 + 3 + j] = softmax[3 + j];
    }
    jacobian(MLX, "logsumexpRows", 1, expected, 1e-14, z, new double[2]);
    vjp(MLX, "putAlongAxis", 2, v(2, 2, 2, 2, 2), v(0, 2, 2, 0, 2, 2, 2), new double[5], v(1, 1), new double[5]);
    // the jvp along (tan_a, tan_b) = (2, ..., 2, 3, 3): [3, 2, 2, 3, 2]
    double[][][] j = jacobians(MLX, "putAlongAxis", 2, new double[5], v(1, 1), new double[5]);
    double[] along = v(2, 2, 2, 2, 2, 3, 3);
    for (double[][] mode : j) {
      double[] out = new double[5];
      for (int i = 0; i < 5; i++) {
        for (int c = 0; c < 7; c++) out[i] += mode[i][c] * along[c];
      }
      assertArrayEquals(v(3, 2, 2, 3, 2), out, 0);
    }
  }

  /** test_slice_grads, test_grad_with_copies, test_grad_ids_pre_post, test_grad_with_inplace_update. */
  @Test
  void mlxSlicesAndInPlaceWrites() throws Exception {
    double[] cot = v(0.3, 0.1, 0.4, 0.15, 0.9);
    vjp(MLX, "reversedSlice", 1, cot, v(0.9, 0.15, 0.4, 0.1, 0.3), v(1, 1, 1, 1, 1), new double[5]);
    double[] cot4 = v(0.3, 0.1, 0.4, 0.15);
    vjp(MLX, "steppedSliceUpdate", 2, cot4, v(0.3, 0, 0.4, 0, 0.15, 0.1), v(1, 1, 1, 1), v(0, 0), new double[4]);
    gradient(MLX, "firstPlusLast", v(1, 0, 1), 0, (Object) v(2, 2, 2));
    gradient(MLX, "sumIntoSecond", v(1, 1, 1), 0, (Object) v(1, 1, 1));
    gradient(MLX, "overwriteThenFirst", v(1, 0), 0, (Object) v(0, 1));
  }

  /** test_reduce_jvp at arange(4) along [3, 2, 1, 0]: sum 6, prod 18 (its gradient [6, 0, 0, 0] at the 0), min 3, max 0. */
  @Test
  void mlxReductionsAtAZero() throws Exception {
    double[] a = v(0, 1, 2, 3), t = v(3, 2, 1, 0);
    double[] expected = {6, 18, 3, 0};
    String[] ops = {"sum", "prod", "min", "max"};
    for (int k = 0; k < ops.length; k++) {
      double[][][] j = jacobians(MLX, "reduce", -1, ops[k], a);
      for (double[][] mode : j) {
        double jv = 0;
        for (int i = 0; i < 4; i++) jv += mode[0][i] * t[i];
        assertEquals(expected[k], jv, 0, ops[k]);
      }
    }
    gradient(MLX, "reduce", v(6, 0, 0, 0), 0, "prod", a);
  }

  // ---- MLX: python/tests/test_grad_reference.py ----

  /** The float32 grids against the closed forms, at the test's tolerances (rtol 1e-5, atol 1e-6). */
  @Test
  void mlxUnaryGrids() throws Exception {
    reference("sin", -1.5, 1.5, Math::cos);
    reference("sinh", -1.5, 1.5, Math::cosh);
    reference("cosh", -1.5, 1.5, Math::sinh);
    reference("tan", -1.0, 1.0, x -> 1 / (Math.cos(x) * Math.cos(x)));
    reference("arcsin", -0.8, 0.8, x -> 1 / Math.sqrt(1 - x * x));
    reference("arccos", -0.8, 0.8, x -> -1 / Math.sqrt(1 - x * x));
    reference("arctan", -1.5, 1.5, x -> 1 / (1 + x * x));
    reference("arcsinh", -1.5, 1.5, x -> 1 / Math.sqrt(1 + x * x));
    reference("arctanh", -0.8, 0.8, x -> 1 / (1 - x * x));
    reference("expm1", -1.5, 1.5, Math::exp);
    reference("log1p", -0.5, 1.5, x -> 1 / (1 + x));
    reference("reciprocal", 0.5, 2.0, x -> -1 / (x * x));
    reference("rsqrt", 0.5, 2.0, x -> -0.5 * Math.pow(x, -1.5));
    reference("erf", -2.0, 2.0, x -> 2 / Math.sqrt(Math.PI) * Math.exp(-x * x));
    reference("sigmoid", -2.0, 2.0, x -> Math.exp(-x) / Math.pow(1 + Math.exp(-x), 2));
  }

  private static void reference(String op, double lo, double hi, java.util.function.DoubleUnaryOperator d)
      throws Exception {
    float[] g = FifteenthPeerRound.grid(lo, hi);
    double[][][] j = jacobians(GRID, "unarySum", -1, op, g);
    for (int i = 0; i < g.length; i++) {
      double expected = d.applyAsDouble(g[i]);
      for (double[][] mode : j) {
        assertEquals(expected, mode[0][i], 1e-6 + 1e-5 * Math.abs(expected), op + " at " + g[i]);
      }
    }
  }

  /**
   * logaddexp on the test's grids, a and b alike (every point a tie of MLX's max and min): 1/2 and 1/2, MLX's and
   * Leibniz's (before this round Leibniz gave (1, 0): max and min both took the first argument on ties;
   * oracle.MinMaxTiesTest); arctan2 on the positive grid: b / (a² + b²) and -a / (a² + b²).
   */
  @Test
  void mlxBinaryGrids() throws Exception {
    float[] ab = FifteenthPeerRound.grid(-1.5, 1.5);
    double[][][] j = jacobians(GRID, "logaddexpSum", -1, ab, ab.clone());
    for (double[][] mode : j) {
      for (double p : mode[0]) assertEquals(0.5, p, 1e-6);
    }
    float[] pos = FifteenthPeerRound.grid(0.5, 2.0);
    j = jacobians(GRID, "arctan2Sum", -1, pos, pos.clone());
    for (double[][] mode : j) {
      for (int i = 0; i < pos.length; i++) {
        double r2 = 2.0 * pos[i] * pos[i];
        assertEquals(pos[i] / r2, mode[0][i], 1e-6 + 1e-5 * pos[i] / r2);
        assertEquals(-pos[i] / r2, mode[0][pos.length + i], 1e-6 + 1e-5 * pos[i] / r2);
      }
    }
  }

  /** test_erf_gradient_away_from_zero: 2/√π exp(-x²) to 1e-6 at 0, 0.25, ..., 3. */
  @Test
  void mlxErfAwayFromZero() throws Exception {
    for (float x : f(0, 0.25f, 0.5f, 1, 1.5f, 2, 3)) {
      gradient(GRID, "erfOne", v(2 / Math.sqrt(Math.PI) * Math.exp(-(double) x * x)), 1e-6, (Object) f(x));
    }
  }
}
