package dev.leibniz.corpus.peers13;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The thirteenth peer round").
 * Source: MyGrad (rsokl/MyGrad on GitHub): the functions its tests differentiate, each as the test's reference or
 * MyGrad's source computes it: tests/tensor_base/test_augmented_updates.py (commit
 * 083166401eac9b545bfd121e482b14f86a6ad4af: masked in-place *=, +=, /=, -=, **= of a copy, with the gradients they
 * assert), tests/tensor_base/test_chainrule.py (00e5281e74c835feea5af8f6a3004432ee9b2c59: the scalar chain rule,
 * identical inputs, the "interesting graph", exp then cos), tests/tensor_base/test_pow_special_cases.py (x ** 1 and
 * x ** 2), tests/math/test_misc.py (1f0c09d091a2266cecdcef15881970e9e9bd67be: maximum, minimum, clip),
 * tests/math/unary/test_logaddexp.py, tests/nnet/losses/test_focal_loss.py (028b23fd5be21d85e674ae5b4b9655405b863d30:
 * numpy_focal_loss and numpy_softmax_focal_loss), test_margin_ranking.py (simple_loss), test_hinge.py (the pure
 * MyGrad multiclass hinge), and the activations of src/mygrad/nnet/activations (hard_tanh, leaky_relu, elu, glu) that
 * tests/nnet/activations differentiate, with the gradients their docstrings show.
 * Licence: MIT (setup.py: LICENSE = "MIT", author Ryan Soklaski). Written here in Java from the Python; no code was
 * copied verbatim.
 * Translation: tensors are double / double[] / double[][]; a mask assignment t[t < 4] op= y is a loop over the
 * elements with a counter into y; sum, mean and broadcasting are loops; np.where(c, a, b) evaluates both sides (both
 * computed into locals before the conditional); np.maximum / np.minimum are Math.max / Math.min; labels are int[].
 */

import dev.leibniz.Differentiable;

public final class MyGradTests {
  private MyGradTests() {}

  // ---- tests/tensor_base/test_augmented_updates.py: t2 = +t1; t2[t2 < 4] op= y; t2.sum() ----

  /** t2[t2 < 4] *= y: t1.grad == where(a < 4, 2, 1), y.grad == arange(4). */
  @Differentiable
  public static double augmentedMultiply(double[] t1, double[] y) {
    double[] t2 = t1.clone();
    int k = 0;
    for (int i = 0; i < t2.length; i++) if (t2[i] < 4) t2[i] *= y[k++];
    return sum(t2);
  }

  /** t2[t2 < 4] += y: t1.grad == 1, y.grad == ones(4). */
  @Differentiable
  public static double augmentedAdd(double[] t1, double[] y) {
    double[] t2 = t1.clone();
    int k = 0;
    for (int i = 0; i < t2.length; i++) if (t2[i] < 4) t2[i] += y[k++];
    return sum(t2);
  }

  /** t2[t2 < 4] /= y: t1.grad == where(a < 4, 1/2, 1), y.grad == -arange(4) / 4. */
  @Differentiable
  public static double augmentedDivide(double[] t1, double[] y) {
    double[] t2 = t1.clone();
    int k = 0;
    for (int i = 0; i < t2.length; i++) if (t2[i] < 4) t2[i] /= y[k++];
    return sum(t2);
  }

  /** t2[t2 < 4] -= y: t1.grad == 1, y.grad == -ones(4). */
  @Differentiable
  public static double augmentedSubtract(double[] t1, double[] y) {
    double[] t2 = t1.clone();
    int k = 0;
    for (int i = 0; i < t2.length; i++) if (t2[i] < 4) t2[i] -= y[k++];
    return sum(t2);
  }

  /**
   * t2[t2 < 4] **= y: t1.grad == where(a < 4, 2a, 1), y.grad == arange(4) ** 2 * log([1, 1, 2, 3]), so 0 at the base 0
   * (0^y has derivative 0 in y for y > 0; the rule's factor log 0 = -inf meets 0^2 = 0).
   */
  @Differentiable
  public static double augmentedPower(double[] t1, double[] y) {
    double[] t2 = t1.clone();
    int k = 0;
    for (int i = 0; i < t2.length; i++) if (t2[i] < 4) t2[i] = Math.pow(t2[i], y[k++]);
    return sum(t2);
  }

  private static double sum(double[] a) {
    double s = 0;
    for (double v : a) s += v;
    return s;
  }

  // ---- tests/tensor_base/test_chainrule.py ----

  /** f = x*y + z; g = x + z*f*f: dg/dx = 1 + 2zfy, dg/dy = 2zfx, dg/dz = f^2 + 2zf. */
  @Differentiable
  public static double chainruleScalar(double x, double y, double z) {
    double f = x * y + z;
    return x + z * f * f;
  }

  /** test_identical_inputs: v2 = v1 + v1; v3 = v2 + v2 (= 4 v1); v1.grad == 4. */
  @Differentiable
  public static double identicalInputs(double v1) {
    double v2 = v1 + v1;
    return v2 + v2;
  }

  /** test_interesting_graph: v3 = v1*v1; v4 = v2*v3; v5 = v3*v4: v1.grad = 4 v1^3 v2, v2.grad = v3^2. */
  @Differentiable
  public static double interestingGraph(double v1, double v2) {
    double v3 = v1 * v1;
    double v4 = v2 * v3;
    return v3 * v4;
  }

  /** test_interesting_graph with v4 constant (v4 = v2 * v3 computed off the tape): v1.grad = 2 v1 v4. */
  @Differentiable
  public static double interestingGraphConstantV4(double v1, double v2Passive, double v4Constant) {
    double v3 = v1 * v1;
    return v3 * v4Constant;
  }

  /** test_non_broadcastable: v3 = cos(exp(v1)); v1.grad == exp(v1) * -sin(exp(v1)). */
  @Differentiable
  public static double cosExp(double v1) {
    return Math.cos(Math.exp(v1));
  }

  // ---- tests/tensor_base/test_pow_special_cases.py ----

  /** x ** 1 (MyGrad's Positive special case), p an int (a constant: the test differentiates in x only). */
  @Differentiable
  public static double powOne(double x, int p) {
    return Math.pow(x, p);
  }

  /** x ** 2 (MyGrad's Square special case). */
  @Differentiable
  public static double powTwo(double x) {
    return Math.pow(x, 2);
  }

  // ---- tests/math/test_misc.py ----

  /** maximum(x, y).sum(); away from ties (is_not_close); at ties MyGrad gives 0 to both (test_maximum_bkwd_equal). */
  @Differentiable
  public static double maximumSum(double[] x, double[] y) {
    double s = 0;
    for (int i = 0; i < x.length; i++) s += Math.max(x[i], y[i]);
    return s;
  }

  /** minimum(x, y).sum(). */
  @Differentiable
  public static double minimumSum(double[] x, double[] y) {
    double s = 0;
    for (int i = 0; i < x.length; i++) s += Math.min(x[i], y[i]);
    return s;
  }

  /** clip(a, a_min, a_max) as numpy's: minimum(maximum(a, a_min), a_max), summed. */
  @Differentiable
  public static double clipSum(double[] a, double[] aMin, double[] aMax) {
    double s = 0;
    for (int i = 0; i < a.length; i++) s += Math.min(Math.max(a[i], aMin[i]), aMax[i]);
    return s;
  }

  /** logaddexp(a, b) backward against log(exp(a) + exp(b)) (the test's long form), seeded with grad. */
  @Differentiable
  public static double logaddexpLongForm(double a, double b) {
    return Math.log(Math.exp(a) + Math.exp(b));
  }

  /** numpy's logaddexp: max + log1p(exp(-|a - b|)). */
  @Differentiable
  public static double logaddexp(double a, double b) {
    double m = Math.max(a, b);
    return m + Math.log1p(Math.exp(-Math.abs(a - b)));
  }

  // ---- tests/nnet/losses ----

  /** numpy_focal_loss: pc = scores[rows, targets]; -alpha * clip(1 - pc, 0, 1) ** gamma * log(pc), per datum. */
  @Differentiable
  public static void focalLoss(double[][] scores, int[] targets, double alpha, double gamma, double[] out) {
    for (int r = 0; r < scores.length; r++) {
      double pc = scores[r][targets[r]];
      double clipped = Math.min(Math.max(1 - pc, 0), 1);
      out[r] = -alpha * Math.pow(clipped, gamma) * Math.log(pc);
    }
  }

  /** numpy_softmax_focal_loss: the same after softmax along each row. */
  @Differentiable
  public static void softmaxFocalLoss(double[][] scores, int[] targets, double alpha, double gamma, double[] out) {
    for (int r = 0; r < scores.length; r++) {
      double[] row = scores[r];
      double max = row[0];
      for (double v : row) max = Math.max(max, v);
      double total = 0;
      for (double v : row) total += Math.exp(v - max);
      double pc = Math.exp(row[targets[r]] - max) / total;
      double clipped = Math.min(Math.max(1 - pc, 0), 1);
      out[r] = -alpha * Math.pow(clipped, gamma) * Math.log(pc);
    }
  }

  /** MyGrad's focal_loss itself: -(alpha * (1 - pc + 1e-14) ** gamma * log(pc)). */
  @Differentiable
  public static void focalLossMyGrad(double[][] scores, int[] targets, double alpha, double gamma, double[] out) {
    for (int r = 0; r < scores.length; r++) {
      double pc = scores[r][targets[r]];
      out[r] = -(alpha * Math.pow(1 - pc + 1e-14, gamma) * Math.log(pc));
    }
  }

  /** simple_loss: mean(maximum(0, margin - y * (x1 - x2))), y one label per row. */
  @Differentiable
  public static double marginRanking(double[][] x1, double[][] x2, int[] y, double margin) {
    double s = 0;
    int n = 0;
    for (int r = 0; r < x1.length; r++) {
      for (int c = 0; c < x1[r].length; c++) {
        s += Math.max(0, margin - y[r] * (x1[r][c] - x2[r][c]));
        n++;
      }
    }
    return s / n;
  }

  /** test_multiclass_hinge's pure version: Lij = s - s[correct] + 1; Lij[Lij <= 0] = 0; Lij[correct] = 0; sum / N. */
  @Differentiable
  public static double multiclassHinge(double[][] s, int[] labels) {
    double total = 0;
    for (int i = 0; i < s.length; i++) {
      double correct = s[i][labels[i]];
      for (int j = 0; j < s[i].length; j++) {
        double lij = s[i][j] - correct + 1.0;
        if (lij <= 0) lij = 0;
        if (j == labels[i]) lij = 0;
        total += lij;
      }
    }
    return total / s.length;
  }

  // ---- src/mygrad/nnet/activations ----

  /** hard_tanh: maximum(lower_bound, minimum(x, upper_bound)). */
  @Differentiable
  public static double hardTanh(double x, double lowerBound, double upperBound) {
    return Math.max(lowerBound, Math.min(x, upperBound));
  }

  /** leaky_relu: maximum(x, 0) + slope * minimum(x, 0); docstring: x.grad at arange(-5, 6), slope 0.1. */
  @Differentiable
  public static double leakyRelu(double x, double slope) {
    return Math.max(x, 0) + slope * Math.min(x, 0);
  }

  /** ELU: where(x < 0, alpha * (exp(x) - 1), x); docstring: x.grad at arange(-5, 6), alpha 0.1. */
  @Differentiable
  public static double elu(double x, double alpha) {
    double exp = alpha * (Math.exp(x) - 1);
    return x < 0 ? exp : x;
  }

  /** sigmoid: 1 / (1 + exp(-x)). */
  static double sigmoid(double x) {
    return 1 / (1 + Math.exp(-x));
  }

  /** glu(x, dim=-1): the first half of each row times sigmoid of the second half. */
  @Differentiable
  public static void glu(double[][] x, double[][] out) {
    for (int r = 0; r < x.length; r++) {
      int half = x[r].length / 2;
      for (int c = 0; c < half; c++) out[r][c] = x[r][c] * sigmoid(x[r][half + c]);
    }
  }

  /** soft_sign: x / (1 + |x|). */
  @Differentiable
  public static double softSign(double x) {
    return x / (1 + Math.abs(x));
  }

  /** selu: scale * where(x < 0, alpha * (exp(x) - 1), x). */
  @Differentiable
  public static double selu(double x) {
    double alpha = 1.6732632423543772848170429916717;
    double scale = 1.0507009873554804934193349852946;
    double neg = alpha * (Math.exp(x) - 1);
    return scale * (x < 0 ? neg : x);
  }
}
