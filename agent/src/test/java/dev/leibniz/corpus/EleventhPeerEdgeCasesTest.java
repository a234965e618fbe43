package dev.leibniz.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.corpus.peers11.ChainerFunctions;
import dev.leibniz.corpus.peers11.FastAdTests;
import dev.leibniz.corpus.peers11.PyTensorGrads;
import dev.leibniz.oracle.ScalarFunction;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The eleventh peer round's special points, where central differences cannot serve (kinks, ties, a singular power,
 * log-densities out of their range, a boundary of log1mexp, a zero distance), against what each peer tool's test
 * asserts, in both modes; where Leibniz differs (README "Math functions and conventions at non-smooth points") the test
 * pins Leibniz's value and says whose each is. Also the peers' asserted adjoints at their own points (FastAD's
 * EXPECT_DOUBLE_EQ values, PyTensor's Prod gradients), which the corpus round checks only against differences.
 */
class EleventhPeerEdgeCasesTest {
  private static final Class<?> D = double.class;
  private static final Transformed FASTAD = Transformed.of(FastAdTests.class, true);
  private static final Transformed PYTENSOR = Transformed.of(PyTensorGrads.class, true);
  private static final Transformed CHAINER = Transformed.of(ChainerFunctions.class, true);

  private static Method method(Transformed t, String name) {
    return Arrays.stream(t.type.getDeclaredMethods()).filter(m -> m.getName().equals(name)).findFirst().orElseThrow();
  }

  private static Object call(Transformed t, String name, Object... args) throws Exception {
    return method(t, name).invoke(null, args);
  }

  private static void gradient(ScalarFunction f, double[] expected, double... x) {
    assertArrayEquals(expected, f.tangentGradient(x), 0, f.name() + " tangent at " + Arrays.toString(x));
    assertArrayEquals(expected, f.gradient(x), 0, f.name() + " adjoint at " + Arrays.toString(x));
  }

  /** The diagonal of an element-wise f(double[] x, [scalars], double[] out) by the tangent and the adjoint. */
  private static double[] diagonal(Transformed t, String name, double[] x, double... scalars) throws Exception {
    int n = x.length;
    double[] tangent = new double[n];
    for (int i = 0; i < n; i++) {
      double[] xd = new double[n];
      xd[i] = 1;
      double[] outd = new double[n];
      Object[] args = new Object[4 + 2 * scalars.length];
      int k = 0;
      args[k++] = x.clone();
      args[k++] = xd;
      for (double s : scalars) {
        args[k++] = s;
        args[k++] = 0.0;
      }
      args[k++] = new double[n];
      args[k] = outd;
      call(t, name + "$tangent", args);
      tangent[i] = outd[i];
      double[] xbar = new double[n];
      double[] seed = new double[n];
      seed[i] = 1;
      Object[] adj = new Object[4 + scalars.length + (scalars.length > 0 ? 1 : 0)];
      k = 0;
      adj[k++] = x.clone();
      adj[k++] = xbar;
      for (double s : scalars) adj[k++] = s;
      adj[k++] = new double[n];
      adj[k++] = seed;
      if (scalars.length > 0) adj[k] = new double[scalars.length];
      call(t, name + "$adjoint", adj);
      assertEquals(tangent[i], xbar[i], 0, name + " at x[" + i + "] = " + x[i] + ": tangent and adjoint");
    }
    return tangent;
  }

  // ---- FastAD ----

  /**
   * pow_unittest at x = 0 (MockUnary 2x inside): PowNode<2>'s adjoint is 0 and PowNode<0>'s 0 (both agree);
   * PowNode<-1> (scl_inv_beval_singular) asserts -inf, where Leibniz gives 0: the port follows FastAD's inv, which
   * returns the constant +inf at 0, and the constant branch has derivative 0 (the core warns of the exact test).
   */
  @Test
  void fastadPowersAtZero() throws Exception {
    double[] expected = {0, 0, 0}; // FastAD: 0, -inf, 0
    double[] out = new double[3];
    double[] outd = new double[3];
    call(FASTAD, "powScalar$tangent", 0.0, 1.0, out, outd);
    assertArrayEquals(new double[] {0, Double.POSITIVE_INFINITY, 1}, out, 0);
    assertArrayEquals(expected, outd, 0, "tangent");
    for (int i = 0; i < 3; i++) {
      double[] seed = new double[3];
      seed[i] = 1;
      double[] grad = new double[1];
      call(FASTAD, "powScalar$adjoint", 0.0, new double[3], seed, grad);
      assertEquals(expected[i], grad[0], 0, "adjoint of output " + i);
    }
  }

  /**
   * normal vsv_feval_not_pos_def (a sigma of -1) and cauchy sss_feval_out_of_range (scale 0): the log-density is -inf,
   * and FastAD's beval returns before any adjoint (all 0). Leibniz agrees: the early return is a constant.
   */
  @Test
  void fastadLogDensitiesOutOfRange() throws Exception {
    double[] x = {3.1, -2.3, 1.3};
    double[] sigma = {-1, 1.03, 2.41};
    double t = (double) call(FASTAD, "normalVsv$tangent", x, new double[] {1, 1, 1}, -0.2, 1.0, sigma,
        new double[] {1, 1, 1});
    assertEquals(0, t, 0);
    double[] xbar = new double[3];
    double[] sigmaBar = new double[3];
    double[] muBar = new double[1];
    double value = (double) call(FASTAD, "normalVsv$adjoint", x, xbar, -0.2, sigma, sigmaBar, 1.0, muBar);
    assertEquals(Double.NEGATIVE_INFINITY, value, 0);
    assertArrayEquals(new double[3], xbar, 0);
    assertArrayEquals(new double[3], sigmaBar, 0);
    assertArrayEquals(new double[1], muBar, 0);
    ScalarFunction cauchy = new ScalarFunction(FASTAD.type, "cauchySss", D, D, D);
    assertEquals(Double.NEGATIVE_INFINITY, cauchy.value(0.421, 0.341, 0.0), 0);
    gradient(cauchy, new double[] {0, 0, 0}, 0.421, 0.341, 0.0);
  }

  private static void close(double expected, double actual, String what) {
    assertEquals(expected, actual, 1e-12 * Math.max(1, Math.abs(expected)), what);
  }

  /** FastAD's asserted adjoints (EXPECT_DOUBLE_EQ) for normal sss and cauchy sss, vsv, at the fixtures' points. */
  @Test
  void fastadAssertedAdjoints() throws Exception {
    ScalarFunction normal = new ScalarFunction(FASTAD.type, "normalSss", D, D, D);
    close(-31495.8948298140203406, normal.value(2.31, -0.2, 0.01), "normal sss value");
    double[] fastad = {-25100.0, 25100.0, 6300000.0000000009313226};
    double[] g = normal.gradient(2.31, -0.2, 0.01);
    double[] gt = normal.tangentGradient(2.31, -0.2, 0.01);
    for (int i = 0; i < 3; i++) {
      close(fastad[i], g[i], "normal sss adjoint " + i);
      close(fastad[i], gt[i], "normal sss tangent " + i);
    }
    ScalarFunction cauchy = new ScalarFunction(FASTAD.type, "cauchySss", D, D, D);
    close(-0.7584675254495730, cauchy.value(0.421, 0.341, 2.132), "cauchy sss value");
    double[] cg = cauchy.gradient(0.421, 0.341, 2.132);
    close(-0.0351507439654960, cg[0], "cauchy x");
    close(0.0351507439654960, cg[1], "cauchy loc");
    close(-0.4677241747104879, cg[2], "cauchy scale");
    double[] x = {0.5, -1.3, -3.2414999};
    double[] scale = {0.51, 0.01, 3.4};
    double[] xbar = new double[3];
    double[] scaleBar = new double[3];
    double[] locBar = new double[1];
    double value = (double) call(FASTAD, "cauchyVsv$adjoint", x, xbar, 0.341, scale, scaleBar, 1.0, locBar);
    close(-6.9858076420069022, value, "cauchy vsv value");
    close(-1.1142998307525727, xbar[0], "x0");
    close(1.2187237860200275, xbar[1], "x1");
    close(0.2937160801794709, xbar[2], "x2");
    close(-0.3981400354469258, locBar[0], "loc");
    close(-1.6133849547261585, scaleBar[0], "scale0");
    close(99.9925732858865359, scaleBar[1], "scale1");
    assertEquals(0.0153640670209843, scaleBar[2], 1e-15, "scale2 (EXPECT_NEAR 1e-15)");
  }

  // ---- PyTensor ----

  /**
   * test_grad_abs: d/da 0.5 (a + |a|) at 0, PyTensor 0.5 (its abs' is sign(a) = 0). Leibniz takes |x|'s +1 at +0.0 and
   * -1 at -0.0 (copySign), the one-sided slopes: 1 at +0.0 and 0 at -0.0.
   */
  @Test
  void pytensorHalfAbsAtZero() {
    ScalarFunction f = new ScalarFunction(PYTENSOR.type, "halfAbsPlus", D);
    gradient(f, new double[] {1}, 0.0); // PyTensor 0.5
    gradient(f, new double[] {0}, -0.0); // PyTensor 0.5
  }

  /**
   * test_maximum_minimum_grad at x = y = [1]: PyTensor passes the gradient to the first input for both; Leibniz's max
   * to the first, its min to the second (since the fifteenth peer round: as if the first were the larger).
   */
  @Test
  void pytensorMaximumMinimumTie() throws Exception {
    for (int out = 0; out < 2; out++) {
      double[] seed = new double[2];
      seed[out] = 1;
      double[] xbar = new double[1];
      double[] ybar = new double[1];
      call(PYTENSOR, "maximumMinimum$adjoint", new double[] {1}, xbar, new double[] {1}, ybar, new double[2], seed);
      assertEquals(out == 0 ? 1 : 0, xbar[0], 0, "output " + out + ": x"); // PyTensor 1
      assertEquals(out == 0 ? 0 : 1, ybar[0], 0, "output " + out + ": y"); // PyTensor 0
      double[] outd = new double[2];
      call(PYTENSOR, "maximumMinimum$tangent", new double[] {1}, new double[] {1}, new double[] {1},
          new double[] {0}, new double[2], outd);
      assertEquals(out == 0 ? 1 : 0, outd[out], 0, "tangent along x");
    }
  }

  /**
   * test_grad_useless_sum: d/dx log(1 - sigmoid(x)) at [-100, -1, 0, 1, 100], PyTensor (after its log1p(-sigmoid)
   * rewrite to -softplus) [-3.72e-44, -0.26894142, -0.5, -0.73105858, -1]. Leibniz differentiates the code as written:
   * the four finite points agree; at 100, 1 - sigmoid(100) is exactly 0 in double (the value is -inf) and the
   * derivative -sigmoid'(100) / 0 is -inf where PyTensor's rewritten graph gives -1.
   */
  @Test
  void pytensorLogOneMinusSigmoid() throws Exception {
    double[] points = {-100, -1, 0, 1, 100};
    double[] pytensor = {-3.72007598e-44, -0.26894142, -0.5, -0.73105858, -1.0};
    for (int i = 0; i < points.length; i++) {
      double[] xd = {1};
      double t = (double) call(PYTENSOR, "logOneMinusSigmoid$tangent", new double[] {points[i]}, xd);
      double[] xbar = new double[1];
      call(PYTENSOR, "logOneMinusSigmoid$adjoint", new double[] {points[i]}, xbar, 1.0);
      assertEquals(t, xbar[0], 0, "modes at " + points[i]);
      if (i < 4) {
        assertEquals(pytensor[i], t, 1e-8 * Math.max(1e-36, Math.abs(pytensor[i])), "at " + points[i]);
      } else {
        assertEquals(Double.NEGATIVE_INFINITY, t, 0, "at 100 (PyTensor -1)");
      }
    }
  }

  /**
   * test_log1mexp_grad_lim: d/dx log1mexp(x) is -inf at 0.0, -0.0 and -1e-309 and finite at -1e-308 (PyTensor corrects
   * its -1 / expm1(-x) to -inf wherever it is infinite). Leibniz, differentiating Log1mexp.impl's log(-expm1(x)), agrees
   * since this round: at 0.0 the argument of log is -0.0, and log's partial 1 / -0.0 gave +inf (the sign flipped); log's
   * partial now takes -0.0 as +0.0 (oracle.SignedZeroBoundariesTest).
   */
  @Test
  void pytensorLog1mexpAtZero() {
    ScalarFunction f = new ScalarFunction(PYTENSOR.type, "log1mexp", D);
    gradient(f, new double[] {Double.NEGATIVE_INFINITY}, 0.0);
    gradient(f, new double[] {Double.NEGATIVE_INFINITY}, -0.0);
    gradient(f, new double[] {Double.NEGATIVE_INFINITY}, -1e-309);
    double[] g = f.gradient(-1e-308);
    assertTrue(Double.isFinite(g[0]) && g[0] < 0, "finite at -1e-308: " + g[0]);
  }

  /**
   * TestProd: test_prod_no_zeros_in_input's asserted gradient of the whole product of [[1..9]] (9! / x), and the
   * gradient of Prod(axis=1).sum() at test_verify_grad_with_zeros' [[1, 2, 3], [0, 5, 6], [0, 0, 9]] (the product of
   * the others: [6, 3, 2], [30, 0, 0], [0, 0, 0]), which PyTensor gets by its zero-counting rule.
   */
  @Test
  void pytensorProdGradients() throws Exception {
    double[][] x = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}};
    double[][] xbar = new double[3][3];
    double[][] seed = new double[3][3];
    seed[2][0] = 1;
    call(PYTENSOR, "prodAxis1$adjoint", x, xbar, new double[3][3], seed);
    double[][] asserted = {{362880, 181440, 120960}, {90720, 72576, 60480}, {51840, 45360, 40320}};
    for (int i = 0; i < 3; i++) assertArrayEquals(asserted[i], xbar[i], 0, "row " + i);
    double[][] z = {{1, 2, 3}, {0, 5, 6}, {0, 0, 9}};
    double[][] zbar = new double[3][3];
    double[][] zseed = new double[3][3];
    Arrays.fill(zseed[0], 1);
    call(PYTENSOR, "prodAxis1$adjoint", z, zbar, new double[3][3], zseed);
    double[][] expected = {{6, 3, 2}, {30, 0, 0}, {0, 0, 0}};
    for (int i = 0; i < 3; i++) assertArrayEquals(expected[i], zbar[i], 0, "with zeros, row " + i);
  }

  // ---- Chainer ----

  /**
   * clipped_relu(z = 0.75) at its kinks 0 and 0.75: Chainer's gradient mask 0 < x < z gives 0 at both. Leibniz, for
   * min(max(x, 0), z), gives max's tie to its first argument, x (1 at 0), and min's to its second, z (0 at 0.75).
   */
  @Test
  void chainerClippedReluAtKinks() throws Exception {
    assertArrayEquals(new double[] {1, 0}, diagonal(CHAINER, "clippedRelu", new double[] {0, 0.75}), 0); // Chainer 0, 0
  }

  /** elu at 0: Chainer's ELUGrad gives 1 only where y > 0, so alpha at 0; Leibniz takes the x >= 0 branch: 1. */
  @Test
  void chainerEluAtZero() throws Exception {
    assertArrayEquals(new double[] {1}, diagonal(CHAINER, "elu", new double[] {0}, 1.37), 0); // Chainer 1.37
  }

  /**
   * hard_sigmoid at ±2.5, where 0.2 x + 0.5 reaches 0 and 1 exactly: Chainer's mask -2.5 < x < 2.5 gives 0; Leibniz gives
   * the tie of max(·, 0) to the active first argument (0.2 at -2.5) and the tie of min(·, 1) to the constant second
   * (0 at 2.5).
   */
  @Test
  void chainerHardSigmoidAtBounds() throws Exception {
    assertArrayEquals(new double[] {0.2, 0}, diagonal(CHAINER, "hardSigmoid", new double[] {-2.5, 2.5}), 0);
  }

  /** leaky_relu and selu at 0: Chainer's where(x >= 0, ...) gives 1 and scale; Leibniz's x >= 0 branch agrees. */
  @Test
  void chainerLeakyReluAndSeluAtZero() throws Exception {
    assertArrayEquals(new double[] {1}, diagonal(CHAINER, "leakyRelu", new double[] {0}, 0.2), 0);
    assertArrayEquals(new double[] {0.7152}, diagonal(CHAINER, "selu", new double[] {0}, 0.5488, 0.7152), 0);
  }

  /**
   * absolute_error at x0 == x1: Chainer's sign(diff) gives 0 to both. Leibniz takes |d|'s +1 at d = +0.0 (x0 - x1 of equal
   * numbers): 1 for x0 and -1 for x1.
   */
  @Test
  void chainerAbsoluteErrorAtATie() throws Exception {
    double[] x0 = {0.4};
    double[] x1 = {0.4};
    double[][] seed = {{0}, {1}};
    double[] x0bar = new double[1];
    double[] x1bar = new double[1];
    call(CHAINER, "squaredAndAbsoluteError$adjoint", x0, x0bar, x1, x1bar, new double[2][1], seed);
    assertEquals(1, x0bar[0], 0); // Chainer 0
    assertEquals(-1, x1bar[0], 0); // Chainer 0
  }

  /**
   * maximum and minimum at a tie: Chainer's masks x1 >= x2 and x1 <= x2 give the gradient to x1 for both; Leibniz's max
   * to x1, its min to x2 (since the fifteenth peer round).
   */
  @Test
  void chainerMaximumMinimumTie() throws Exception {
    for (int out = 0; out < 2; out++) {
      double[][] seed = new double[2][1];
      seed[out][0] = 1;
      double[] x1bar = new double[1];
      double[] x2bar = new double[1];
      call(CHAINER, "maximumMinimum$adjoint", new double[] {0.3}, x1bar, new double[] {0.3}, x2bar,
          new double[2][1], seed);
      assertEquals(out == 0 ? 1 : 0, x1bar[0], 0, "output " + out); // Chainer 1
      assertEquals(out == 0 ? 0 : 1, x2bar[0], 0, "output " + out); // Chainer 0
    }
  }

  /** huber_loss at |x - t| = delta = 1, where both pieces have slope sign(d): Chainer's 1 and -1; Leibniz agrees. */
  @Test
  void chainerHuberAtDelta() throws Exception {
    double[][] x = {{1.5, -0.5}};
    double[][] t = {{0.5, 0.5}};
    double[][] xbar = new double[1][2];
    double[][] tbar = new double[1][2];
    call(CHAINER, "huberLoss$adjoint", x, xbar, t, tbar, new double[1], new double[] {1});
    assertArrayEquals(new double[] {1, -1}, xbar[0], 0);
    assertArrayEquals(new double[] {-1, 1}, tbar[0], 0);
  }

  /**
   * contrastive with a dissimilar pair at distance 0 (x0 == x1, label 0): the loss is margin^2 / 2 and Chainer's
   * backward divides the difference by dist + 1e-7, so the gradient is 0 (the test itself redraws rows closer than
   * 3e-2). Leibniz: see the assertion.
   */
  @Test
  void chainerContrastiveAtZeroDistance() throws Exception {
    double[][] x0 = {{0.2, -0.4}};
    double[][] x1 = {{0.2, -0.4}};
    double[][] x0bar = new double[1][2];
    double[][] x1bar = new double[1][2];
    double[] scalarBars = new double[1];
    double value = (double) call(CHAINER, "contrastive$adjoint", x0, x0bar, x1, x1bar, new int[] {0}, 1.0, 1.0,
        scalarBars);
    assertEquals(0.5, value, 0);
    assertArrayEquals(new double[] {0, 0}, x0bar[0], 0);
    assertArrayEquals(new double[] {0, 0}, x1bar[0], 0);
  }
}
