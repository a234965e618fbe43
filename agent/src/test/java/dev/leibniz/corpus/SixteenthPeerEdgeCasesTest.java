package dev.leibniz.corpus;

import static dev.leibniz.corpus.PeerJacobians.jacobians;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.leibniz.corpus.peers16.DfdxBinary;
import dev.leibniz.corpus.peers16.DfdxLosses;
import dev.leibniz.corpus.peers16.DfdxReductions;
import dev.leibniz.corpus.peers16.DfdxSpatial;
import dev.leibniz.corpus.peers16.DfdxUnary;
import dev.leibniz.corpus.peers16.TfjsGrads;
import dev.leibniz.testing.Transformed;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The sixteenth peer round's asserted derivatives, in both modes, at the tests' own points: dfdx's golden gradients of
 * its tensor_ops and losses tests (f32 literals, checked to 2e-6 relative), and TensorFlow.js's of its ops' gradient
 * tests (relu, relu6 and selu at 0, clipByValue at its bounds, maximum/minimum ties, mod where the division is exact,
 * pow's exponent at negative bases, prod with zeros, max/min reductions with ties), among them the points the corpus cannot
 * difference — the 0 of abs, relu, sqrt, ln, recip, powf and powi, prelu's switch, clamp's bounds, NaN inputs of
 * nans_to, the ties of maximum/minimum, of max/min reductions and of pooling windows, and signed zeros. Where dfdx's
 * rule at a non-differentiable point differs from Leibniz's (README "Math functions and conventions at non-smooth
 * points": abs' = copySign(1, x); on a tie max takes the first argument and min the second; a comparison follows the
 * point's branch), both values are named and Leibniz's is asserted.
 */
class SixteenthPeerEdgeCasesTest {
  private static final Class<?> UNARY = Transformed.of(DfdxUnary.class, true).type;
  private static final Class<?> BINARY = Transformed.of(DfdxBinary.class, true).type;
  private static final Class<?> REDUCTIONS = Transformed.of(DfdxReductions.class, true).type;
  private static final Class<?> LOSSES = Transformed.of(DfdxLosses.class, true).type;
  private static final Class<?> SPATIAL = Transformed.of(DfdxSpatial.class, true).type;
  private static final Class<?> TFJS = Transformed.of(TfjsGrads.class, true).type;

  private static final double[] X = {-2, -1, 0, 1, 2};

  private static double[] v(double... xs) {
    return xs;
  }

  private static double[][] m(double[]... rows) {
    return rows;
  }

  private static double[] cat(double[]... parts) {
    return Arrays.stream(parts).flatMapToDouble(Arrays::stream).toArray();
  }

  /**
   * Both modes' gradient equals dfdx's golden value, element by element: exactly where it is ±∞ or NaN, else to 2e-6
   * relative or 1e-7 (the tests' f32 literals; dfdx's own f32 tolerance is 1e-6).
   */
  private static void golden(Class<?> t, String name, double[] expected, Object... args) throws Exception {
    double[][][] j = jacobians(t, name, -1, args);
    for (int mode = 0; mode < 2; mode++) {
      double[] got = Arrays.copyOf(j[mode][0], expected.length);
      String at = name + " at " + Arrays.deepToString(args) + (mode == 0 ? " tangent " : " adjoint ")
          + Arrays.toString(got);
      for (int i = 0; i < expected.length; i++) {
        double e = expected[i];
        double tol = Double.isFinite(e) ? Math.max(2e-6 * Math.abs(e), 1e-7) : 0;
        assertArrayEquals(new double[] {e}, new double[] {got[i]}, tol, at + " [" + i + "]");
      }
    }
  }

  // ---- unary ops ----

  /** The smooth ops at [-2, -1, 0, 1, 2]: dfdx's gradients of r.mean() and r.exp().mean(). */
  @Test
  void smoothUnaryOps() throws Exception {
    golden(UNARY, "mean", v(0.18185948, 0.16829419, -0.0, -0.16829419, -0.18185948), "cos", X);
    golden(UNARY, "mean", v(0.027067056, 0.07357589, 0.2, 0.54365635, 1.4778112), "exp", X);
    golden(UNARY, "mean", v(0.020998716, 0.039322387, 0.05, 0.039322387, 0.020998726), "sigmoid", X);
    golden(UNARY, "mean", v(-0.08322937, 0.10806046, 0.2, 0.10806046, -0.08322937), "sin", X);
    golden(UNARY, "mean", v(-0.8, -0.4, 0.0, 0.4, 0.8), "square", X);
    golden(UNARY, "mean", v(0.014130163, 0.083994865, 0.2, 0.083994865, 0.014130163), "tanh", X);
    golden(UNARY, "expMean", v(-0.016455507, -0.014156329, 0.1, 0.5023068, 1.5338063), "fast_gelu", X);
    golden(UNARY, "expMean", v(-2.463019, -0.33333334, -0.0022459824), "negate", v(-2, 0, 5));
  }

  /**
   * accurate_gelu, `0.5 x (1 + erf(x / √2))`: dfdx asserts [-0.024835737, -0.03132311, 0.1, 0.5490418, 1.59559] for
   * r.exp().mean(), its own `df`, whose Gaussian term is `x/2 · (2/√π) e^(-x²/2)` where the derivative has `x/2 ·
   * √(2/π) e^(-x²/2)` (FRAC_2_SQRT_PI for the density's 1/√(2π) times 2): too large by √2 away from 0 (dfdx's value at
   * -2 is -0.0248, the function's -0.0163). Leibniz differentiates the forward formula: the analytic gradient, and
   * dfdx's value again with its factor.
   */
  @Test
  void accurateGeluAgainstItsFormula() throws Exception {
    double[] analytic = new double[5];
    double[] dfdxRule = new double[5];
    for (int i = 0; i < 5; i++) {
      double x = X[i];
      double cdf = 0.5 * (1 + org.hipparchus.special.Erf.erf(x / Math.sqrt(2)));
      double outer = Math.exp(x * cdf) / 5;
      analytic[i] = outer * (cdf + x * Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI));
      dfdxRule[i] = outer * (cdf + 0.5 * x * 2 / Math.sqrt(Math.PI) * Math.exp(-x * x / 2));
    }
    assertArrayEquals(v(-0.024835737, -0.03132311, 0.1, 0.5490418, 1.59559), dfdxRule, 1e-6);
    golden(UNARY, "expMean", analytic, "accurate_gelu", X);
  }

  /**
   * abs at 0: dfdx's `df` is 0 there ([-0.2, -0.2, 0, 0.2, 0.2]); Leibniz's copySign(1, x) gives +1 at +0.0 (0.2) and
   * -1 at -0.0. relu at 0: dfdx 0 (`x > 0`); Leibniz's Math.max(x, 0) takes its first argument at the tie, 1 (the slope
   * from the right): 0.2 after exp(0) / 5.
   */
  @Test
  void absAndReluAtZero() throws Exception {
    golden(UNARY, "mean", v(-0.2, -0.2, 0.2, 0.2, 0.2), "abs", X);
    golden(UNARY, "mean", v(-0.2, -0.2, -0.2, 0.2, 0.2), "abs", v(-2, -1, -0.0, 1, 2));
    golden(UNARY, "expMean", v(0.0, 0.0, 0.2, 0.54365635, 1.4778112), "relu", X);
  }

  /**
   * ln, recip and sqrt at their poles and outside their domains, as dfdx asserts: ln' [-0.1, -0.2, +∞, 0.2, 0.1] (1/x
   * at the negatives, where the value is NaN), recip' -∞ at 0, sqrt' +∞ at 0 and NaN at -1.
   */
  @Test
  void polesAndDomains() throws Exception {
    golden(UNARY, "mean", v(-0.1, -0.2, Double.POSITIVE_INFINITY, 0.2, 0.1), "ln", X);
    golden(UNARY, "mean", v(-0.05, -0.2, Double.NEGATIVE_INFINITY, -0.2, -0.05), "recip", X);
    golden(UNARY, "mean", v(Double.NaN, Double.POSITIVE_INFINITY, 0.125, 0.0625), "sqrt", v(-1, 0, 1, 4));
  }

  /**
   * powf and powi at dfdx's points: x^3.5 [NaN, NaN, 0, 3.5, 19.79899], x^-1.2 [NaN, NaN, -∞, -1.2, -0.26116517],
   * x^3 [12, 3, 0, 3, 12], x^-3 [-0.1875, -3, -∞, -3, -0.1875].
   */
  @Test
  void powersAtAZeroBase() throws Exception {
    golden(UNARY, "powfSum", v(Double.NaN, Double.NaN, 0, 3.5, 19.79899), X, 3.5);
    golden(UNARY, "powfSum", v(Double.NaN, Double.NaN, Double.NEGATIVE_INFINITY, -1.2, -0.26116517), X, -1.2);
    golden(UNARY, "powiSum", v(12, 3, 0, 3, 12), X, 3);
    golden(UNARY, "powiSum", v(-0.1875, -3, Double.NEGATIVE_INFINITY, -3, -0.1875), X, -3);
  }

  /**
   * clamp(-1, 1) at its bounds (num_traits' ternary clamp: both bounds take x, 1, as dfdx's inclusive `df`), prelu at
   * its switch 0 (`x < 0` fails: the identity, dfdx's 0.2 along x and 0 along the slope), nans_to at NaN and -NaN (0,
   * dfdx's; the replacement value's 0.5 is not asserted by dfdx: the value is a constant there).
   */
  @Test
  void clampPreluNansTo() throws Exception {
    golden(UNARY, "clampExpMean", v(0.06131324, 0.16666667, 0.45304698, 0, 0, 0),
        m(v(-1, 0, 1), v(-2, 2, 1.1)), -1.0, 1.0);
    golden(UNARY, "preluExpMean", v(0.00904837, 0.00951229, 0.2, 0.54365635, 1.4778112, -0.3619348, -0.1902458, 0, 0,
        0), X, v(0.05, 0.05, 0.05, 0.05, 0.05));
    golden(UNARY, "nansToExpMean", v(0.67957044, 0.0, 0.0, 13.649537, 0.5), v(1, Double.NaN, -Double.NaN, 4), 0.0);
  }

  // ---- binary ops ----

  /** add, sub, mul, div: dfdx's gradients (b's then a's where the test computes b op a). */
  @Test
  void arithmetic() throws Exception {
    golden(BINARY, "scalar", v(0.5, -1.0), "div", 4.0, 2.0);
    golden(BINARY, "mean1d", v(1.0 / 3, 1.0 / 6, 0.11111112, -1.0 / 3, 1.0 / 12, 0.0), "div", v(1, -1, 0), v(1, 2, 3));
    golden(BINARY, "mean1d", v(1.0 / 3, -1.0 / 3, 0.0, 1.0 / 3, 2.0 / 3, 1.0), "mul", v(1, 2, 3), v(1, -1, 0));
    double[][] a2 = m(v(0.6570, 0.1708, 0.1500), v(0.5658, 0.7010, 0.8342));
    double[][] b2 = m(v(0.5199, 0.3844, 0.3759), v(0.8259, 0.3682, 0.0388));
    golden(BINARY, "reduce2d", v(0.25367835, 0.97580016, 1.11111104, 0.29456815, 0.23775560, 0.19979222, -0.20074183,
        -2.19612169, -2.78444433, -0.42998207, -0.12488105, -0.00929266), "div", b2, a2, true);
    golden(BINARY, "reduce2d", v(0.08665001, 0.06406667, 0.06265, 0.13765001, 0.06136667, 0.006466667, 0.109500006,
        0.028466668, 0.025000002, 0.0943, 0.11683333, 0.13903335), "mul", a2, b2, true);
    golden(BINARY, "scalarExpSum", v(0.5, 0.8243606, 1.3591409), "div", m(v(0, 1, 2)), 20);
    golden(BINARY, "scalarExpSum", v(0.36787945, 1.0, 2.7182817), "sub", m(v(0, 1, 2)), 10);
    golden(BINARY, "scalarExpSum", v(1.6487212, 4.481689, 12.182494), "add", m(v(0, 1, 2)), 5);
  }

  /**
   * maximum and minimum at the tests' ties (0, 0) and (3, 3): dfdx splits them, 0.5 to each (maximum: a [[0, 0.5, 1],
   * [0.5, 1, 0]], b [[1, 0.5, 0], [0.5, 0, 1]]); Leibniz's max gives a tie to its first argument and min to its second
   * (maximum: a [[0, 1, 1], [1, 1, 0]]; minimum: b [[0, 1, 1], [1, 1, 0]]).
   */
  @Test
  void maximumMinimumTies() throws Exception {
    double[][] a = m(v(-1, 0, 1), v(3, 4, -5));
    double[][] b = m(v(0, 0, -1), v(3, -4, 5));
    golden(BINARY, "reduce2d", v(0, 1, 1, 1, 1, 0, 1, 0, 0, 0, 0, 1), "maximum", a, b, false);
    golden(BINARY, "reduce2d", v(1, 0, 0, 0, 0, 1, 0, 1, 1, 1, 1, 0), "minimum", a, b, false);
  }

  /** choose: exp of the chosen side, 0 on the other (the test's own assertion, at a fixed draw). */
  @Test
  void choose() throws Exception {
    double[] a = v(0.3, -1.2, 0.8, 0.1, -0.5);
    double[] b = v(-0.7, 1.5, 0.2, -0.3, 1.1);
    golden(BINARY, "chooseExpSum", v(0, Math.exp(-1.2), 0, Math.exp(0.1), 0, Math.exp(-0.7), 0, Math.exp(0.2), 0,
        Math.exp(1.1)), new boolean[] {false, true, false, true, false}, a, b);
  }

  // ---- reductions ----

  /**
   * max and min along an axis at the tests' ties: dfdx gives the gradient to every tied element; Leibniz's
   * `m = Math.max(m, v)` loop to the earlier (max's first argument), `Math.min(m, v)` to the later. max axis 0 of
   * [[1, 2, 2], [3, -2, 2]]: dfdx [[0, e², e²], [e³, 0, e²]] / 3, Leibniz [[0, e², e²], [e³, 0, 0]] / 3; max axis 1:
   * dfdx [[0, 1, 1], [1, 0, 0]], Leibniz [[0, 1, 0], [1, 0, 0]]; min axis 0 of [[1, 1, 2], [3, -2, 2]]: dfdx
   * [[e, 0, e²], [0, e⁻², e²]] / 3, Leibniz [[e, 0, 0], [0, e⁻², e²]] / 3; min axis 1: dfdx [[1, 1, 0], [0, 1, 0]],
   * Leibniz [[0, 1, 0], [0, 1, 0]].
   */
  @Test
  void extremaAtTies() throws Exception {
    double[][] t = m(v(1, 2, 2), v(3, -2, 2));
    golden(REDUCTIONS, "extremumAlong", v(0, 2.463019, 2.463019, 6.695179, 0, 0), t, 0, true, true);
    golden(REDUCTIONS, "extremumAlong", v(0, 1, 0, 1, 0, 0), t, 1, true, false);
    double[][] u = m(v(1, 1, 2), v(3, -2, 2));
    golden(REDUCTIONS, "extremumAlong", v(0.90609396, 0, 0, 0, 0.04511176, 2.463019), u, 0, false, true);
    golden(REDUCTIONS, "extremumAlong", v(0, 1, 0, 0, 1, 0), u, 1, false, false);
  }

  /**
   * test_max_negative_zero / test_min_negative_zero: max and min along rows of [[-0, 0], [0, -0], [-1, -0], [-1, 0]].
   * dfdx: every element equal to the result gets 1 (max [[1, 1], [1, 1], [0, 1], [0, 1]], min [[1, 1], [1, 1], [1, 0],
   * [1, 0]]); Leibniz the argument Java returns, +0.0 counted as the larger (max [[0, 1], [1, 0], [0, 1], [0, 1]], min
   * [[1, 0], [0, 1], [1, 0], [1, 0]]), as abs' reads the zero's sign.
   */
  @Test
  void extremaAtSignedZeros() throws Exception {
    double[][] t = m(v(-0.0, 0.0), v(0.0, -0.0), v(-1, -0.0), v(-1, 0.0));
    golden(REDUCTIONS, "extremumAlong", v(0, 1, 1, 0, 0, 1, 0, 1), t, 1, true, false);
    golden(REDUCTIONS, "extremumAlong", v(1, 0, 0, 1, 1, 0, 1, 0), t, 1, false, false);
  }

  /** logsumexp, log_softmax, softmax, normalize, stddev, var and roll: dfdx's gradients. */
  @Test
  void smoothReductions() throws Exception {
    golden(REDUCTIONS, "logsumexpRowsMean", v(0.011656231, 0.03168492, 0.08612854, 0.23412165, 0.6364086), (Object) m(X));
    double[][] a = m(v(-2, -1, 0), v(1, 4, 7));
    golden(REDUCTIONS, "logsumexpRowsMean", v(0.045015287, 0.12236424, 0.33262047, 0.0011778167, 0.023657078,
        0.47516513), (Object) a);
    golden(REDUCTIONS, "logSoftmaxMean", v(0.18834378, 0.16831508, 0.11387146, -0.034121647, -0.43640864), (Object) m(X));
    golden(REDUCTIONS, "logSoftmaxMean", v(0.12165138, 0.044302434, -0.1659538, 0.16548885, 0.14300959, -0.30849844),
        (Object) a);
    golden(REDUCTIONS, "softmaxMaskedMean", v(-0.00020078686, -0.00054579525, 0.015742086, -0.0040329117,
        -0.010962591), m(X), m(v(0, 0, 1, 0, 0)), 1);
    double[][] mask = m(v(1, 0, 0), v(0, 1, 0));
    golden(REDUCTIONS, "softmaxMaskedMean", v(0.01365418, -0.0036721744, -0.009982005, -1.85758e-5, 0.0075125876,
        -0.0074940124), a, mask, 1);
    golden(REDUCTIONS, "softmaxMaskedMean", v(0.0075294436, -0.0011080095, 0.0, -0.0075294436, 0.0011080056, 0.0), a,
        mask, 0);
    golden(REDUCTIONS, "normalizeExpMean", v(0.033410847, -0.04677555, 0.013364702), m(v(-2, 0, 5)), 1, 1e-5);
    golden(REDUCTIONS, "normalizeExpMean", v(0.016705424, -0.023387775, 0.006682351, 0.05773133, -0.11547226,
        0.057740927), m(v(-2, 0, 5), v(1, 2, 3)), 1, 1e-5);
    golden(REDUCTIONS, "normalizeExpMean", v(0.019245632, 0.025835907, -0.038491584, -0.043060362, 0.019245982,
        0.01722446), m(v(-2, 0), v(1, 2), v(4, 5)), 0, 1e-5);
    double[][] ones = new double[8][3];
    for (double[] row : ones) Arrays.fill(row, 1);
    golden(REDUCTIONS, "normalizeExpMean", new double[24], ones, 1, 1e-5);
    double[][] t = m(v(1, 2, 3, 4), v(0, 2, 5, 10));
    golden(REDUCTIONS, "spreadMean", v(0.125, 0.0, -0.125, -0.125, -0.125, 0.0, 0.125, 0.125), t, 0, true, 1e-8);
    golden(REDUCTIONS, "spreadMean", v(-0.16770509, -0.0559017, 0.0559017, 0.16770509, -0.14104122, -0.07466887,
        0.024889633, 0.19082046), t, 1, true, 0.0);
    golden(REDUCTIONS, "spreadMean", v(0.125, 0.0, -0.25, -0.75, -0.125, 0.0, 0.25, 0.75), t, 0, false, 0.0);
    golden(REDUCTIONS, "spreadMean", v(-0.375, -0.125, 0.125, 0.375, -1.0625, -0.5625, 0.1875, 1.4375), t, 1, false,
        0.0);
    golden(REDUCTIONS, "rollExpMean", v(0.14816365, 0.1721416, 0.2, 0.23236685, 0.24428058),
        v(-0.3, -0.15, 0, 0.15, 0.2), 2);
  }

  // ---- losses ----

  /** mse, mae, the cross-entropies, kl_div (along the logits), bce (also at logits ±100 and 0), huber, smooth_l1. */
  @Test
  void losses() throws Exception {
    double[] x = v(0.87248087, -0.24252531, -1.0060949, 1.155084, 1.5545048);
    double[] y = v(-0.90954804, -1.0193185, -0.39221755, 2.2524886, 1.3035554);
    golden(LOSSES, "mse", v(0.7128116, 0.31071725, -0.24555098, -0.43896183, 0.10037976), x, y);
    golden(LOSSES, "mae", v(0.2, 0.2, -0.2, -0.2, 0.2), x, y);
    golden(LOSSES, "crossEntropy", v(-0.0972354, 0.0515665, -0.09250933, 0.07864318, 0.05953507, 0.0035581, 0.1792296,
        -0.0074167, -0.1233234, -0.0520476, 1.0454637, 0.6836907, 1.4958019, 0.70222294, 0.56051415, 0.9057989,
        0.21060522, 1.1814584, 1.5933538, 1.5516331),
        m(v(0.01322946, 0.7367754, -0.8874471, 0.6997109, 0.98312855),
            v(-0.19822043, 1.192167, -0.7495395, -1.5733303, -1.4898887)),
        m(v(0.3180433, 0.15164024, 0.2352255, 0.08821669, 0.20687431),
            v(0.15627657, 0.29779273, 0.10897867, 0.2879545, 0.14899758)));
    golden(LOSSES, "klDiv", v(-0.031813223, -0.044453412, 0.07626665, 0.05489187, -0.04143352, -0.013458336,
        -0.037454266, 0.02207594, 0.015378334, -0.09656205, 0.013436668, 0.083125375, 0.02881821, -0.10633193,
        0.0775137),
        m(v(-0.2354, 0.4408, 0.9688), v(-0.2187, -0.3451, -1.5473), v(0.7420, 0.7186, 1.0785),
            v(-1.2231, 0.2536, 0.3489), v(-0.9163, -0.2289, 0.2576)),
        m(v(0.3178, 0.5344, 0.1479), v(0.1915, 0.6178, 0.1907), v(0.4834, 0.1789, 0.3377),
            v(0.5809, 0.3623, 0.0568), v(0.0166, 0.8512, 0.1322)));
    golden(LOSSES, "binaryCrossEntropy", v(0.003761424, -0.054871976, 0.025817735, -0.0009343492, 0.0051718787,
        0.0074731046, -0.047248676, -0.03401173, 0.0071035423, 0.04546672, 0.07451131, -0.10224107, 0.18426175,
        -0.18865204, 0.16475087, 0.10635218, 0.12190584, -0.097797275),
        m(v(-0.4092005, -0.6706018, 0.9201696), v(-1.6583557, 1.6978683, -1.4827578),
            v(-0.9571696, -1.0971526, 0.8801755)),
        m(v(0.365251, 0.8322099, 0.482717), v(0.168392, 0.7987092, 0.1177533), v(0.7026833, 0.5563793, 0.6429267)));
    // at logit 0 (row 3, column 2) max(x, 0) ties and |x| has its kink; the loss ln(1 + e^x) - x p is smooth there
    golden(LOSSES, "binaryCrossEntropy", v(0.11111111, 0.055555556, 0.0, 0.0, -0.055555556, -0.11111111, 0.029882379,
        0.0, -0.02988238, -11.111112, -11.111112, -11.111112, 11.111112, 11.111112, 11.111112, 0.11111111, 0.0,
        -0.11111111),
        m(v(100, 100, 100), v(-100, -100, -100), v(-1, 0, 1)), m(v(0, 0.5, 1), v(0, 0.5, 1), v(0, 0.5, 1)));
    double[][] hx = m(v(1.0095837, -1.0026205, -0.1126093, -0.1539351, -0.3688708),
        v(2.6373475, 0.6761999, -1.3586733, 0.486154, -0.6206786),
        v(-1.2967702, -0.1273358, 1.3558478, 0.0787393, 1.0921133));
    double[][] hy = m(v(1.2569424, -1.2246597, 0.7995769, 0.0339246, -0.3688708),
        v(1.472675, 0.8260061, 0.7839395, -0.0541475, -0.6206786),
        v(-2.0449343, 1.8117315, 1.7505344, -1.2522424, 1.0921133));
    double[] hg = v(-0.016490579, 0.014802615, -0.033333335, -0.012523981, 0.0, 0.033333335, -0.0099870805,
        -0.033333335, 0.033333335, 0.0, 0.033333335, -0.033333335, -0.02631244, 0.033333335, 0.0);
    golden(LOSSES, "huber", cat(hg, Arrays.stream(hg).map(g -> -g).toArray()), hx, hy, 0.5, false);
    golden(LOSSES, "huber", cat(Arrays.stream(hg).map(g -> 2 * g).toArray(), Arrays.stream(hg).map(g -> -2 * g)
        .toArray()), hx, hy, 0.5, true);
  }

  /**
   * bce_with_logits, `max(x, 0) - x p + log(1 + exp(-|x|))`, at a logit of -0.0 (the test's 0 with the other sign, as
   * `-x` or `w · 0` with a negative w produce it): the loss is ln(1 + eˣ) - x p, smooth, with derivative 1/2 - p. On
   * arrival 3/2 - p in both modes, without a warning: `Math.max(-0.0, 0.0)` returns +0.0, but the rule sent the tie's
   * derivative to x while abs'(-0.0) = -1; the rule now takes the argument Java returns at a tie of signed zeros.
   */
  @Test
  void bceAtNegativeZeroLogit() throws Exception {
    golden(LOSSES, "binaryCrossEntropy", v(0.5 - 0.25, -0.0), m(v(-0.0)), m(v(0.25)));
  }

  // ---- upscale2d and pool2d ----

  /** upscale2d nearest and bilinear: dfdx's gradients (the batched tests' first channel; all are equal). */
  @Test
  void upscaling() throws Exception {
    double[][][][] even = {{{{1, 0}, {2, 3}}}};
    double[][][][] uneven = {{{{1, 0, 2}, {2, 3, 4}}}};
    golden(SPATIAL, "upscaleExpMean", v(0.679570457, 0.25, 1.847264025, 5.021384231), even, 4, 4, "nearest");
    golden(SPATIAL, "upscaleExpMean", v(0.582488963, 0.142857143, 1.055579443, 1.583369164, 2.869362418, 7.799735719),
        uneven, 2, 7, "nearest");
    golden(SPATIAL, "upscaleExpMean", v(0.8130764, 0.6928807, 1.8153939, 2.7659647), even, 4, 4, "bilinear");
    golden(SPATIAL, "upscaleExpMean", v(0.3201411, 0.3673356, 0.7548153, 1.3615142, 4.6318388, 6.4302063), uneven, 2,
        7, "bilinear");
    double[][][][] batched = new double[5][3][][];
    for (double[][][] b : batched) {
      for (int ch = 0; ch < 3; ch++) b[ch] = m(v(1, 2, 3), v(4, 5, 6));
    }
    golden(SPATIAL, "upscaleExpMean", v(0.03624376, 0.09852076, 0.26780716, 0.48531687, 1.319228, 3.5860338), batched,
        5, 6, "nearest");
    golden(SPATIAL, "upscaleExpMean", v(0.10178878, 0.30509925, 0.47953573, 0.42368498, 1.2699431, 1.9960163),
        batched, 5, 6, "bilinear");
  }

  /**
   * test_pool2d_3d_max2d_eq_grads / min2d: windows of [[1, 1, 0.5, 0.2], [0.2, 0.2, 0.5, 1.2]] with tied extremes.
   * dfdx gives every tied element the window's gradient (max [[1, 2, 0, 0], [0, 0, 0, 1]], min [[0, 0, 0, 1], [1, 2, 0,
   * 0]], four units for three windows); Leibniz's Math.max loop the earliest (max [[1, 1, 0, 0], [0, 0, 0, 1]]),
   * Math.min the latest (min [[0, 0, 0, 1], [0, 2, 0, 0]]). test_pool2d_dilated: the mean of the max pool, 1/6 to each
   * window's corner.
   */
  @Test
  void poolingTies() throws Exception {
    double[][][] x = {{{1, 1, 0.5, 0.2}, {0.2, 0.2, 0.5, 1.2}}};
    golden(SPATIAL, "pool", v(1, 1, 0, 0, 0, 0, 0, 1), x, "max", 2, 1, 1, "sum");
    golden(SPATIAL, "pool", v(0, 0, 0, 1, 0, 2, 0, 0), x, "min", 2, 1, 1, "sum");
    double[][][] dilated = {{{0, 1, 2, 4, 5}, {6, 7, 8, 9, 10}, {11, 12, 13, 14, 15}, {16, 17, 18, 19, 20}}};
    double s = 1.0 / 6;
    golden(SPATIAL, "pool", v(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, s, s, s, 0, 0, s, s, s), dilated, "max", 2, 1, 2,
        "mean");
  }

  // ---- TensorFlow.js ----

  private static int[] n(int... xs) {
    return xs;
  }

  /**
   * relu at 0: tfjs [1, 0, 0, 4] for [1, -1, 0, .1] with dy [1, 2, 3, 4] (its mask `x > 0`), Leibniz's Math.max(x, 0)
   * the first argument's 1 ([1, 0, 3, 4]); relu6 = min(max(x, 0), 6) at 0 likewise (tfjs [0, 0, 0, 4] for [8, -1, 0,
   * .1], Leibniz [0, 0, 3, 4]); selu at 0 takes the negative side's scaleAlpha e^0 in both (`x > 0` fails).
   */
  @Test
  void tfjsActivationsAtZero() throws Exception {
    golden(TFJS, "unary", v(1, 0, 3, 4), "relu", v(1, -1, 0, .1), n(1, 2, 3, 4));
    golden(TFJS, "unary", v(0, 0, 3, 4), "relu6", v(8, -1, 0, .1), n(1, 2, 3, 4));
    double sa = 1.7580993408473768599402175208123;
    golden(TFJS, "unary", v(1.0507009873554804934193349852946, 2 * sa * Math.exp(-1), 3 * sa), "selu", v(1, -1, 0),
        n(1, 2, 3));
  }

  /**
   * clipByValue(-1, 2) at [-1, 1, 2, 3] with dy [1, 10, 100, 1000]: tfjs [1, 10, 100, 0] (its mask `min <= x <= max`);
   * the Java spelling `Math.max(-1, Math.min(x, 2))` gives 0 at both bounds ([0, 10, 0, 0]): at -1 max ties and takes
   * its first argument, the constant; at 2 min ties and takes its second, the constant.
   */
  @Test
  void tfjsClipAtItsBounds() throws Exception {
    golden(TFJS, "unary", v(0, 10, 0, 0), "clipByValue", v(-1, 1, 2, 3), n(1, 10, 100, 1000));
  }

  /**
   * maximum and minimum at the tests' ties 3 = 3 (dy 3) and 0.7 = 0.7: tfjs gives both to a (maximum `a >= b`,
   * minimum `a <= b`): maximum da [1, 0, 3, 4], db [0, 2, 0, 0], agreed; minimum da [0, 2, 3, 0], db [1, 0, 0, 4],
   * where Leibniz's min gives the tie to b (da [0, 2, 0, 0], db [1, 0, 3, 4]).
   */
  @Test
  void tfjsMaximumMinimumTies() throws Exception {
    double[] a = v(1.1, 2.6, 3, 5.9);
    double[] b = v(1.0, 2.7, 3, 5.8);
    golden(TFJS, "binary", v(1, 0, 3, 4, 0, 2, 0, 0), "maximum", a, b, n(1, 2, 3, 4));
    golden(TFJS, "binary", v(0, 2, 0, 0, 1, 0, 3, 4), "minimum", a, b, n(1, 2, 3, 4));
    double[] a2 = v(0.5, 0.3, 0.7, 0.9);
    double[] b2 = v(0.2, 0.4, 0.7, 0.15);
    golden(TFJS, "binary", v(1, 0, 3, 4, 0, 2, 0, 0), "maximum", a2, b2, n(1, 2, 3, 4));
    golden(TFJS, "binary", v(0, 2, 0, 0, 1, 0, 3, 4), "minimum", a2, b2, n(1, 2, 3, 4));
  }

  /**
   * mod where the division is exact (3 % 3, 0.7 % 0.7, the remainder's jump): tfjs da = dy, db = -dy floor(a / b), -1
   * there; Java's `%` gives the same (1, -trunc(a / b)).
   */
  @Test
  void tfjsModAtExactDivision() throws Exception {
    golden(TFJS, "binary", v(1, 2, 3, 4, -1, 0, -3, -4), "mod", v(1.1, 2.6, 3, 5.9), v(1.0, 2.7, 3, 5.8),
        n(1, 2, 3, 4));
    golden(TFJS, "binary", v(1, 2, 3, 4, -2, 0, -3, -24), "mod", v(0.5, 0.3, 0.7, 0.91), v(0.2, 0.4, 0.7, 0.15),
        n(1, 2, 3, 4));
  }

  /**
   * pow with an active exponent at negative bases: tfjs's "gradient wrt exponent with negative base" asserts db = 0
   * (Leibniz's ∂/∂y is 0 where x <= 0, the same), and "Tensor ^ Tensor" da [3, 5, -2.5], db [0, 5 · 0.25 ln 0.5,
   * 10 · 0.5 ln 2].
   */
  @Test
  void tfjsPowAtNegativeBases() throws Exception {
    golden(TFJS, "binary", v(3, -1, -1 / (2.7 * 2.7), 0, 0, 0), "pow", v(-1, -.5, -2.7), v(3, 2, -1), n(1, 1, 1));
    golden(TFJS, "binary", v(3, 5, -2.5, 0, 5 * 0.25 * Math.log(.5), 10 * 0.5 * Math.log(2)), "pow", v(-1, .5, 2),
        v(3, 2, -1), n(1, 5, 10));
  }

  /**
   * prod with zeros, exactly as tfjs asserts ([[0, 0, 24], [72, 36, 24]]), and max/min reductions at the "ties"
   * tests' points with dy -1: tfjs gives every tied element the gradient (max of [1, 3, 7, 7]: [0, 0, -1, -1]);
   * Leibniz's `Math.max(m, x)` loop the first of them ([0, 0, -1, 0]) and `Math.min(m, x)` the last (min of [-1, -3,
   * -7, -7]: [0, 0, 0, -1]); along rows of [[0, 20, 20], [-10, -30, -10]] tfjs [0, -1, -1, -1, 0, -1], Leibniz [0, -1,
   * 0, -1, 0, 0]; min of [[0, -20, -20], [10, 30, 10]] tfjs [0, -1, -1, -1, 0, -1], Leibniz [0, 0, -1, 0, 0, -1].
   */
  @Test
  void tfjsProdWithZerosAndReductionTies() throws Exception {
    golden(TFJS, "prod", v(0, 0, 24, 72, 36, 24), m(v(1, 2, 0), v(1, 2, 3)), 1, n(12, 12));
    golden(TFJS, "extremumRows", v(0, 0, -1, 0), m(v(1, 3, 7, 7)), true, n(-1));
    golden(TFJS, "extremumRows", v(0, 0, 0, -1), m(v(-1, -3, -7, -7)), false, n(-1));
    golden(TFJS, "extremumRows", v(0, -1, 0, -1, 0, 0), m(v(0, 20, 20), v(-10, -30, -10)), true, n(-1, -1));
    golden(TFJS, "extremumRows", v(0, 0, -1, 0, 0, -1), m(v(0, -20, -20), v(10, 30, 10)), false, n(-1, -1));
  }
}
