package dev.leibniz.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.corpus.peers12.NnlibActivations;
import dev.leibniz.corpus.peers12.NumDualTests;
import dev.leibniz.corpus.peers12.TfpMath;
import dev.leibniz.oracle.ScalarFunction;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The twelfth peer round's asserted derivatives and special points, in both modes: num-dual's {@code eps} values of
 * tests/test_dual.rs at their points (to their 1e-12), its powers at 0, atan2 in the four quadrants and the Bessel
 * functions at 0 (the series branches), its doc tests' gradients; NNlib's softplus at 0 (NNlib#671), "Zygote issue
 * 758", the saturated gradients, its rules' values at the kinks where Leibniz differentiates the program instead (README
 * "Math functions and conventions at non-smooth points": max/min ties take the first argument), tanh_fast where the
 * side it discards overflows, and test/softmax.jl's ∇logsoftmax and ∇softmax; TensorFlow Probability's asserted
 * gradients (soft_threshold at its kinks, log_add_exp and log_sub_exp's exact 0/1 gradients, smootherstep at ±inf and
 * the ends of its clip) and log1mexp, log_cosh at 0.
 */
class TwelfthPeerEdgeCasesTest {
  private static final Class<?> D = double.class;
  private static final Transformed NUMDUAL = Transformed.of(NumDualTests.class, true);
  private static final Transformed NNLIB = Transformed.of(NnlibActivations.class, true);
  private static final Transformed TFP = Transformed.of(TfpMath.class, true);

  private static Method method(Transformed t, String name) {
    return Arrays.stream(t.type.getDeclaredMethods()).filter(m -> m.getName().equals(name)).findFirst().orElseThrow();
  }

  private static Object call(Transformed t, String name, Object... args) throws Exception {
    return method(t, name).invoke(null, args);
  }

  /** The derivative of a one-argument function at x by both modes, equal to each other exactly. */
  private static double derivative(Transformed t, String name, double x) {
    ScalarFunction f = new ScalarFunction(t.type, name, D);
    double tangent = f.tangentGradient(x)[0];
    double adjoint = f.gradient(x)[0];
    assertEquals(tangent, adjoint, 4 * Math.ulp(tangent), name + " at " + x + ": tangent and adjoint");
    return tangent;
  }

  private static void gradient(ScalarFunction f, double[] expected, double tol, double... x) {
    assertArrayEquals(expected, f.tangentGradient(x), tol, f.name() + " tangent at " + Arrays.toString(x));
    assertArrayEquals(expected, f.gradient(x), tol, f.name() + " adjoint at " + Arrays.toString(x));
  }

  // ---- num-dual ----

  /** tests/test_dual.rs: each res.eps, asserted to 1e-12. */
  @Test
  void numDualAssertedDerivatives() {
    Object[][] table = {
        {"recip", 1.2, -0.694444444444445}, {"exp", 1.2, 3.32011692273655}, {"expM1", 1.2, 3.32011692273655},
        {"exp2", 1.2, 1.59243405216008}, {"ln", 1.2, 0.833333333333333}, {"log42", 1.2, 0.580685888982970},
        {"ln1p", 1.2, 0.454545454545455}, {"log2", 1.2, 1.20224586740747}, {"log10", 1.2, 0.361912068252710},
        {"sqrt", 1.2, 0.456435464587638}, {"cbrt", 1.2, 0.295182935884059}, {"powf42", 1.2, 7.52712759108966},
        {"sin", 1.2, 0.362357754476674}, {"cos", 1.2, -0.932039085967226}, {"tan", 1.2, 7.61596396720705},
        {"asin", 0.2, 1.02062072615966}, {"acos", 0.2, -1.02062072615966}, {"atan", 0.2, 0.961538461538462},
        {"sinh", 1.2, 1.81065556732437}, {"cosh", 1.2, 1.50946135541217}, {"tanh", 1.2, 0.305019996207409},
        {"asinh", 1.2, 0.640184399664480}, {"acosh", 1.2, 1.50755672288882}, {"atanh", 0.2, 1.04166666666667},
        {"sphJ0", 1.2, -0.345284569857790}, {"sphJ1", 1.2, 0.201224955209705}, {"sphJ2", 1.2, 0.129004104011656},
        // test_dual_powf_0 ... _4 at 0
        {"powf0", 0.0, 0.0}, {"powf1", 0.0, 1.0}, {"powf2", 0.0, 0.0}, {"powf3", 0.0, 0.0}, {"powf4", 0.0, 0.0},
        // test_dual_bessel_j*_0 ... _4
        {"besselJ0", 0.0, 0.0}, {"besselJ1", 0.0, 0.5}, {"besselJ2", 0.0, 0.0},
        {"besselJ0", 1.2, -0.498289057567215}, {"besselJ1", 1.2, 0.255891862958350},
        {"besselJ2", 1.2, 0.232707360321110}, {"besselJ0", 7.2, -0.0543274202223671},
        {"besselJ1", 7.2, 0.287525216370074}, {"besselJ2", 7.2, 0.132099570594364},
        {"besselJ0", -1.2, 0.498289057567215}, {"besselJ1", -1.2, 0.255891862958350},
        {"besselJ2", -1.2, -0.232707360321110}, {"besselJ0", -7.2, 0.0543274202223671},
        {"besselJ1", -7.2, 0.287525216370074}, {"besselJ2", -7.2, -0.132099570594364},
        // the series branches below machine epsilon (num-dual's code; no test there): sin x / x's, and so on
        {"sphJ0", 0.0, 0.0}, {"sphJ1", 0.0, 1 / 3.0}, {"sphJ2", 0.0, 0.0},
        {"square", 5.0, 10.0},
    };
    for (Object[] row : table) {
      String name = (String) row[0];
      double x = (double) row[1];
      assertEquals((double) row[2], derivative(NUMDUAL, name, x), 1e-12, name + "'(" + x + ")");
    }
  }

  /** test_dual_powi, powi_0 ... powi_4: 14.92992 at 1.2 (n = 6), and 0, 1, 0, 0, 0 at 0. */
  @Test
  void numDualIntegerPowers() {
    ScalarFunction f = new ScalarFunction(NUMDUAL.type, "powi", D, int.class);
    gradient(f, new double[] {14.92992}, 1e-12, 1.2, 6);
    double[] atZero = {0, 1, 0, 0, 0};
    for (int n = 0; n <= 4; n++) gradient(f, new double[] {atZero[n]}, 0, 0, n);
  }

  /** test_dual_atan2_1 ... _4: d/dy atan2(y, x) = x / (x^2 + y^2) = +-2 at (+-0.2, +-0.4). */
  @Test
  void numDualAtan2Quadrants() {
    ScalarFunction f = new ScalarFunction(NUMDUAL.type, "atan2", D, D);
    double[][] points = {{0.2, 0.4}, {-0.2, 0.4}, {0.2, -0.4}, {-0.2, -0.4}};
    double[] dy = {2, 2, -2, -2};
    for (int k = 0; k < 4; k++) {
      double[] p = points[k];
      double r2 = p[0] * p[0] + p[1] * p[1];
      gradient(f, new double[] {dy[k], -p[0] / r2}, 1e-12, p);
    }
  }

  /** explicit.rs and README.md doc tests: the gradients and Jacobian they assert. */
  @Test
  void numDualDocTests() throws Exception {
    double[] g = new double[2];
    assertEquals(5.0, (double) call(NUMDUAL, "norm2$adjoint", new double[] {4, 3}, g, 1.0), 1e-15);
    assertArrayEquals(new double[] {0.8, 0.6}, g, 1e-15);
    double[] g4 = new double[4];
    assertEquals(4.0, (double) call(NUMDUAL, "normDyn$adjoint", new double[] {2, 2, 2, 2}, g4, 1.0), 0);
    assertArrayEquals(new double[] {0.5, 0.5, 0.5, 0.5}, g4, 0);
    double[] gx = new double[2];
    double[] gy = new double[1];
    assertEquals(1.0, (double) call(NUMDUAL, "partialHessian$adjoint", new double[] {4, 3}, gx, new double[] {5}, gy,
        1.0), 1e-15);
    assertArrayEquals(new double[] {-0.16, -0.12}, gx, 1e-15);
    assertArrayEquals(new double[] {0.2}, gy, 1e-15);
    gradient(new ScalarFunction(NUMDUAL.type, "readme", D, D), new double[] {1200, 1000}, 1e-9, 5, 4);
    double[][] jac = {{54, 270, 135}, {120, 100, 300}};
    for (int j = 0; j < 3; j++) {
      double[] xd = new double[3];
      xd[j] = 1;
      double[] fd = new double[2];
      call(NUMDUAL, "jacobian$tangent", new double[] {5, 3, 2}, xd, new double[2], fd);
      assertArrayEquals(new double[] {jac[0][j], jac[1][j]}, fd, 1e-12, "jacobian column " + j);
    }
    for (int i = 0; i < 2; i++) {
      double[] seed = new double[2];
      seed[i] = 1;
      double[] xbar = new double[3];
      call(NUMDUAL, "jacobian$adjoint", new double[] {5, 3, 2}, xbar, new double[2], seed);
      assertArrayEquals(jac[i], xbar, 1e-12, "jacobian row " + i);
    }
  }

  // ---- NNlib ----

  /** NNlib#671: ForwardDiff.derivative(softplus, 0.0) ≈ 0.5; Leibniz exactly 0.5 (x + log1p(exp(-x)) at 0). */
  @Test
  void nnlibSoftplusAtZero() {
    assertEquals(0.5, derivative(NNLIB, "softplus", 0.0), 0);
    assertEquals(0.5, derivative(NNLIB, "logsigmoid", 0.0), 0);
  }

  /** "Zygote issue 758": selu'(1000) = λ, elu'(1000, 2) = 1 (and 0 along α: the discarded side overflows), elu'(-1, 2) = 2/e. */
  @Test
  void nnlibZygoteIssue758() {
    assertEquals(1.0507009873554805, derivative(NNLIB, "selu", 1000), 0);
    assertEquals(1.0507009873554805, derivative(NNLIB, "selu", 10000), 0);
    ScalarFunction elu = new ScalarFunction(NNLIB.type, "elu", D, D);
    gradient(elu, new double[] {1, 0}, 0, 1000, 2);
    gradient(elu, new double[] {1, 0}, 0, 10000, 2);
    gradient(elu, new double[] {2 * Math.exp(-1), Math.exp(-1) - 1}, 1e-15, -1, 2);
  }

  /** "saturated gradients": hardσ, hardtanh, relu6, hardswish at -50, 50, -7, 7 against ForwardDiff's. */
  @Test
  void nnlibSaturatedGradients() {
    double[] xs = {-50, 50, -7, 7};
    for (String f : new String[] {"hardsigmoid", "hardtanh", "relu6"}) {
      for (double x : xs) assertEquals(0, derivative(NNLIB, f, x), 0, f + "'(" + x + ")");
    }
    double[] hardswish = {0, 1, 0, 1};
    for (int k = 0; k < 4; k++) assertEquals(hardswish[k], derivative(NNLIB, "hardswish", xs[k]), 0);
  }

  /**
   * The kinks ("Gradient inference" differentiates every activation at 0): NNlib's rules (UNARY_ACTS, BINARY_ACTS) and
   * Leibniz, which differentiates the program, agree at leakyrelu, elu, selu, celu, trelu, softshrink, softsign,
   * hardswish, hardtanh and hardσ at 0, and (since the fifteenth peer round: min's tie takes its second argument, here
   * the bound) at the upper bounds relu6'(6), hardtanh'(1), hardσ at 3 (0); hardswish at -3 (-0.5). They differ where
   * NNlib's rule tests Ω strictly and the program takes the argument on the tie: relu'(0) (NNlib 0: Ω > 0; Leibniz 1:
   * ifelse(x < 0, 0, x) returns x), relu6'(0) (NNlib 0; Leibniz 1: max's tie takes the first argument, x),
   * hardtanh'(-1) (NNlib 0; Leibniz 1), hardσ at -3 (NNlib 0; Leibniz 1/6), softshrink'(λ) (NNlib 0: Ω ≠ 0; Leibniz 1:
   * lo < 0 fails, lo returned), and hardswish at 3 (NNlib 1.5, the inner formula's slope from the left; Leibniz 1, from
   * the right: min's tie takes the bound 1).
   */
  @Test
  void nnlibKinks() {
    double lambda = 1.0507009873554805;
    double alpha = 1.6732632423543772;
    assertEquals(1, derivative(NNLIB, "relu", 0), 0); // NNlib 0
    assertEquals(1, derivative(NNLIB, "relu6", 0), 0); // NNlib 0
    assertEquals(0, derivative(NNLIB, "relu6", 6), 0); // NNlib 0
    assertEquals(1, derivative(NNLIB, "hardtanh", 0), 0);
    assertEquals(0, derivative(NNLIB, "hardtanh", 1), 0); // NNlib 0
    assertEquals(1, derivative(NNLIB, "hardtanh", -1), 0); // NNlib 0
    assertEquals(1 / 6.0, derivative(NNLIB, "hardsigmoid", 0), 0);
    assertEquals(0, derivative(NNLIB, "hardsigmoid", 3), 0); // NNlib 0
    assertEquals(1 / 6.0, derivative(NNLIB, "hardsigmoid", -3), 0); // NNlib 0
    assertEquals(0.5, derivative(NNLIB, "hardswish", 0), 0);
    assertEquals(-0.5, derivative(NNLIB, "hardswish", -3), 0); // deriv_hardswish(-3) = -3/3 + 1/2
    assertEquals(1, derivative(NNLIB, "hardswish", 3), 0); // NNlib 1.5
    assertEquals(lambda * alpha, derivative(NNLIB, "selu", 0), 1e-15);
    assertEquals(1, derivative(NNLIB, "softsign", 0), 0);
    ScalarFunction leaky = new ScalarFunction(NNLIB.type, "leakyrelu", D, D);
    gradient(leaky, new double[] {0.01, 0}, 0, 0, 0.01);
    ScalarFunction elu = new ScalarFunction(NNLIB.type, "elu", D, D);
    gradient(elu, new double[] {1, 0}, 0, 0, 1);
    ScalarFunction celu = new ScalarFunction(NNLIB.type, "celu", D, D);
    gradient(celu, new double[] {1, 0}, 0, 0, 1);
    ScalarFunction trelu = new ScalarFunction(NNLIB.type, "trelu", D, D);
    gradient(trelu, new double[] {0, 0}, 0, 0, 1);
    gradient(trelu, new double[] {0, 0}, 0, 1, 1);
    ScalarFunction softshrink = new ScalarFunction(NNLIB.type, "softshrink", D, D);
    gradient(softshrink, new double[] {0, 0}, 0, 0, 0.5);
    gradient(softshrink, new double[] {1, -1}, 0, 0.5, 0.5); // NNlib 0 (Ω = 0)
  }

  /**
   * tanh_fast computes (exp(2x) - 1) / (exp(2x) + 1) beside the polynomial and sign(x), as Julia's ifelse does: at
   * x = 400 exp(800) overflows and the discarded quotient is NaN; the derivative is sign's, 0 (lisht's 1), in both modes.
   */
  @Test
  void nnlibTanhFastPastItsOverflow() {
    assertEquals(0, derivative(NNLIB, "tanhFast", 400), 0);
    assertEquals(0, derivative(NNLIB, "tanhFast", -400), 0);
    assertEquals(1, derivative(NNLIB, "lisht", 400), 0);
    assertEquals(0, derivative(NNLIB, "sigmoidFast", 1000), 0);
    assertEquals(0, derivative(NNLIB, "sigmoidFast", -1000), 0);
  }

  /** test/softmax.jl: ∇logsoftmax(ones, y) ≈ [1 1 1; -1 -1 -1] for Float32[1 2 3; 1000 2000 3000]. */
  @Test
  void nnlibLogsoftmaxGradient() throws Exception {
    float[][] x = {{1, 2, 3}, {1000, 2000, 3000}};
    float[][] xbar = new float[2][3];
    float[][] seed = {{1, 1, 1}, {1, 1, 1}};
    call(NNLIB, "logsoftmax32$adjoint", x, xbar, new float[2][3], seed);
    assertArrayEquals(new float[] {1, 1, 1}, xbar[0], 1e-6f);
    assertArrayEquals(new float[] {-1, -1, -1}, xbar[1], 1e-6f);
  }

  /**
   * test/softmax.jl: softmax([-100000, -100000]) ≈ [0.5, 0.5], and ∇softmax(ones, y) ≈ 0; the Jacobian there is
   * [[0.25, -0.25], [-0.25, 0.25]] in both modes (the corpus cannot take differences: a step scaled to 1e5).
   */
  @Test
  void nnlibSoftmaxAtLargeNegatives() throws Exception {
    double[][] x = {{-100_000.0}, {-100_000.0}};
    double[][] out = new double[2][1];
    double[][] outd = new double[2][1];
    call(NNLIB, "softmax$tangent", x, new double[][] {{1}, {0}}, out, outd);
    assertArrayEquals(new double[] {0.5, 0.5}, new double[] {out[0][0], out[1][0]}, 0);
    assertArrayEquals(new double[] {0.25, -0.25}, new double[] {outd[0][0], outd[1][0]}, 0);
    double[][] xbar = new double[2][1];
    call(NNLIB, "softmax$adjoint", x, xbar, new double[2][1], new double[][] {{1}, {0}});
    assertArrayEquals(new double[] {0.25, -0.25}, new double[] {xbar[0][0], xbar[1][0]}, 0);
    double[][] ones = new double[2][1];
    call(NNLIB, "softmax$adjoint", x, ones, new double[2][1], new double[][] {{1}, {1}});
    assertArrayEquals(new double[] {0, 0}, new double[] {ones[0][0], ones[1][0]}, 1e-16);
  }

  // ---- TensorFlow Probability ----

  /** SoftThresholdTest: dy/dx at the kinks (5, 5) and (-1, 1) is 1, at (0, 0) is 0: max's tie takes |x| - t. */
  @Test
  void tfpSoftThresholdKinks() {
    ScalarFunction f = new ScalarFunction(TFP.type, "softThreshold", D, D);
    assertEquals(1, f.tangentGradient(5, 5)[0], 0);
    assertEquals(1, f.gradient(5, 5)[0], 0);
    assertEquals(1, f.tangentGradient(-1, 1)[0], 0);
    assertEquals(1, f.gradient(-1, 1)[0], 0);
    assertEquals(0, f.tangentGradient(0, 0)[0], 0);
    assertEquals(0, f.gradient(0, 0)[0], 0);
  }

  /** LogAddExpTest test_small, test_big (assertAllEqual: exactly eye and 1 - eye), test_equal_arguments (0.5, 0.5). */
  @Test
  void tfpLogAddExpGradients() {
    ScalarFunction f = new ScalarFunction(TFP.type, "logAddExp", D, D);
    gradient(f, new double[] {1, 0}, 0, -2, -1000);
    gradient(f, new double[] {0, 1}, 0, -1000, -3);
    gradient(f, new double[] {0, 1}, 0, 2, 1000);
    gradient(f, new double[] {1, 0}, 0, 1000, 3);
    for (int k = 1; k <= 20; k++) {
      double x = Math.log(k);
      gradient(f, new double[] {0.5, 0.5}, 1e-7, x, x);
    }
  }

  /** LogSubExpTest test_small ([[1], [0]]) and test_big ([[1, 0], [0, 1]], exactly). */
  @Test
  void tfpLogSubExpGradients() {
    ScalarFunction f = new ScalarFunction(TFP.type, "logSubExp", D, D);
    gradient(f, new double[] {1, 0}, 1e-7, -2, -1000);
    gradient(f, new double[] {1, 0}, 0, 1000, 2);
    gradient(f, new double[] {0, 1}, 0, -3, 1000);
  }

  /** Smootherstep test_gradient_matrix: [-inf, -20, 0, 0.5; inf, 20, 1, 0.5] gives [0, 0, 0, 1.875] twice. */
  @Test
  void tfpSmootherstepGradients() {
    double[] xs = {Double.NEGATIVE_INFINITY, -20, 0, 0.5, Double.POSITIVE_INFINITY, 20, 1, 0.5};
    double[] expected = {0, 0, 0, 1.875, 0, 0, 0, 1.875};
    for (int k = 0; k < xs.length; k++) assertEquals(expected[k], derivative(TFP, "smootherstep", xs[k]), 1e-5);
  }

  /**
   * log1mexp(0) = -inf (Log1mexpTest): its slope from inside the domain, +inf, in both modes (the log partial at
   * 0). log_cosh at 0 (testLogCoshAtZero asserts the value 0; TFP's custom gradient gives tanh(0) = 0): the program
   * takes exp(log|x| + log1p(-x^2 / 6)) = |x| (1 - x^2/6) there, a kink: NaN in both modes (a dependent zero, exp's
   * partial 0 because log|x| is -inf, meets log's infinite partial; oracle.ExpOfLogAtZeroTest).
   */
  @Test
  void tfpAtZero() {
    assertEquals(Double.POSITIVE_INFINITY, derivative(TFP, "log1mexp", 0.0), 0);
    // exp(log 0 + ...) is 0: exp's zero partial depends on log's value, so its product with log's infinite partial is
    // NaN in both modes (core.analysis.SingularCones.isAdjointSource); the reverse said 0 before, silently
    ScalarFunction logCosh = new ScalarFunction(TFP.type, "logCosh", D);
    assertEquals(Double.NaN, logCosh.tangentGradient(0.0)[0]);
    assertEquals(Double.NaN, logCosh.gradient(0.0)[0]);
  }
}
