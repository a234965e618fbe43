package dev.leibniz.corpus;

import static dev.leibniz.corpus.Entry.args;
import static dev.leibniz.corpus.Entry.correct;

import dev.leibniz.corpus.peers16.DfdxBinary;
import dev.leibniz.corpus.peers16.DfdxLosses;
import dev.leibniz.corpus.peers16.DfdxReductions;
import dev.leibniz.corpus.peers16.DfdxSpatial;
import dev.leibniz.corpus.peers16.DfdxUnary;
import dev.leibniz.corpus.peers16.TfjsGrads;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The sixteenth peer round: functions from the test suite of an AD tool that no earlier peer round used as a source of
 * its tests (dfdx, a Rust deep-learning library with its own reverse-mode tape: the `mod tests` of every differentiable
 * op of dfdx-core/src/tensor_ops and of losses.rs, each asserting golden gradients at its points — unary ops over
 * [-2, -1, 0, 1, 2] with their values at 0 (abs, relu, sqrt, ln, recip, powf and powi at a zero base, prelu), clamp at
 * its bounds, maximum/minimum and max/min reductions at ties and signed zeros, nans_to at NaN, logsumexp, softmax,
 * log_softmax, normalize, stddev and var, roll, choose, nearest and bilinear upscaling, max/min/average pooling with
 * ties, and the losses, bce_with_logits at logits of ±100 and 0), ported to Java in {@code dev.leibniz.corpus.peers16}
 * (each file's header names the source, commit and licence) and classified by the same harness. Entry ids start with
 * {@code peers16/}. Kept apart from {@link Corpus} so that rounds merge without conflicts; {@link Corpus#entries()}
 * appends it. Points are the tests' own unless the comment next to one says why; the tests' asserted values, and their
 * points where differences cannot serve (kinks, ties, zero bases, NaN), are {@code SixteenthPeerEdgeCasesTest}'s.
 */
final class SixteenthPeerRound {
  private SixteenthPeerRound() {}

  static List<Entry> entries() {
    return Stream.of(unary(), binary(), reductions(), losses(), spatial(), tfjs()).flatMap(List::stream).toList();
  }

  private static double[] v(double... xs) {
    return xs;
  }

  private static double[][] m(double[]... rows) {
    return rows;
  }

  private static final String P = "peers16/dfdx/";
  private static final String T = "peers16/tfjs/";

  private static int[] n(int... xs) {
    return xs;
  }

  // ---- dfdx-core/src/tensor_ops: unary ops ----

  private static List<Entry> unary() {
    Class<?> c = DfdxUnary.class;
    List<Entry> e = new ArrayList<>();
    double[] x = v(-2, -1, 0, 1, 2);
    for (String op : List.of("cos", "exp", "sigmoid", "sin", "square", "tanh")) {
      e.add(correct(P + "test_" + op, c, "mean", args(op, x)));
    }
    // the tests' 0 is abs's kink (dfdx 0, Leibniz +1 at +0.0), ln's and recip's pole, sqrt's branch point, and the
    // negatives are NaN for ln and sqrt: SixteenthPeerEdgeCasesTest; beside them here
    e.add(correct(P + "test_abs", c, "mean", args("abs", v(-2, -1, 0.5, 1, 2))));
    e.add(correct(P + "test_ln", c, "mean", args("ln", v(0.5, 1, 2))));
    e.add(correct(P + "test_recip", c, "mean", args("recip", v(-2, -1, 1, 2))));
    e.add(correct(P + "test_sqrt", c, "mean", args("sqrt", v(0.25, 1, 4))));
    for (String op : List.of("accurate_gelu", "fast_gelu")) {
      e.add(correct(P + "test_" + op, c, "expMean", args(op, x)));
    }
    // relu's 0 is its kink (dfdx 0, Leibniz's Math.max(x, 0) the first argument's 1): the edge test
    e.add(correct(P + "test_relu", c, "expMean", args("relu", v(-2, -1, 0.5, 1, 2))));
    e.add(correct(P + "test_1d_neg", c, "expMean", args("negate", v(-2, 0, 5))));
    // the bounds -1 and 1 are clamp's kinks (dfdx 1 at both, inclusive; the ternary agrees): the edge test
    e.add(correct(P + "test_clamp", c, "clampExpMean", args(m(v(-0.9, 0, 0.9), v(-2, 2, 1.1)), -1.0, 1.0)));
    // powf at the tests' 0 (no left neighbour; 0 and -inf there) and negatives (NaN): the edge test
    e.add(correct(P + "test_powf_positive", c, "powfSum", args(v(0.5, 1, 2), 3.5)));
    e.add(correct(P + "test_powf_negative", c, "powfSum", args(v(0.5, 1, 2), -1.2)));
    e.add(correct(P + "test_powi_positive", c, "powiSum", args(x, 3)));
    e.add(correct(P + "test_powi_negative", c, "powiSum", args(v(-2, -1, 1, 2), -3)));
    // prelu's 0 is its switch (`x < 0` fails: the identity, 1 along x and 0 along the slope, dfdx's too): the edge test
    e.add(correct(P + "test_prelu", c, "preluExpMean",
        args(v(-2, -1, 0.5, 1, 2), v(0.05, 0.05, 0.05, 0.05, 0.05))));
    // the test's NaN elements cannot be differenced: the edge test
    e.add(correct(P + "test_nans_1d", c, "nansToExpMean", args(v(1, 2, 3, 4), 0.0)));
    return e;
  }

  // ---- dfdx-core/src/tensor_ops: binary ops ----

  private static List<Entry> binary() {
    Class<?> c = DfdxBinary.class;
    List<Entry> e = new ArrayList<>();
    // the tests compute b - a and b / a: the first operand is b
    e.add(correct(P + "test_add_0d", c, "scalar", args("add", 1.0, 1.0)));
    e.add(correct(P + "test_sub_0d", c, "scalar", args("sub", 1.0, 1.0)));
    e.add(correct(P + "test_mul_0d", c, "scalar", args("mul", 2.0, 3.0)));
    e.add(correct(P + "test_div_0d", c, "scalar", args("div", 4.0, 2.0)));
    double[] a1 = v(1, 2, 3);
    double[] b1 = v(1, -1, 0);
    e.add(correct(P + "test_add_1d", c, "mean1d", args("add", a1, b1)));
    e.add(correct(P + "test_sub_1d", c, "mean1d", args("sub", b1, a1)));
    e.add(correct(P + "test_mul_1d", c, "mean1d", args("mul", a1, b1)));
    e.add(correct(P + "test_div_1d", c, "mean1d", args("div", b1, a1)));
    double[][] a2 = m(v(0.6570, 0.1708, 0.1500), v(0.5658, 0.7010, 0.8342));
    double[][] b2 = m(v(0.5199, 0.3844, 0.3759), v(0.8259, 0.3682, 0.0388));
    e.add(correct(P + "test_add_2d", c, "reduce2d", args("add", a2, b2, true)));
    e.add(correct(P + "test_sub_2d", c, "reduce2d", args("sub", b2, a2, true)));
    e.add(correct(P + "test_mul_2d", c, "reduce2d", args("mul", a2, b2, true)));
    e.add(correct(P + "test_div_2d", c, "reduce2d", args("div", b2, a2, true)));
    // the tests' ties (0, 0) and (3, 3) (dfdx 0.5 to each; Leibniz max the first, min the second): the edge test
    double[][] am = m(v(-1, 0.5, 1), v(3.5, 4, -5));
    double[][] bm = m(v(0, 0, -1), v(3, -4, 5));
    e.add(correct(P + "test_maximum", c, "reduce2d", args("maximum", am, bm, false)));
    e.add(correct(P + "test_minimum", c, "reduce2d", args("minimum", am, bm, false)));
    String[][] scalarTests = {{"add", "5"}, {"sub", "10"}, {"mul", "5"}, {"div", "20"}};
    for (String[] t : scalarTests) {
      int c10 = Integer.parseInt(t[1]);
      double[][] zero = t[0].equals("add") || t[0].equals("sub") ? m(v(0)) : m(v(1));
      double[][] twoD = t[0].equals("add") || t[0].equals("sub") ? m(v(0, 0), v(0, 0), v(0, 0))
          : m(v(1, 1), v(1, 1), v(1, 1));
      // test_scalar_add_0d adds 1.0, the 1d and 2d tests 0.5
      e.add(correct(P + "test_scalar_" + t[0] + "_0d", c, "scalarExpSum",
          args(t[0], zero, t[0].equals("add") ? 10 : c10)));
      e.add(correct(P + "test_scalar_" + t[0] + "_1d", c, "scalarExpSum", args(t[0], m(v(0, 1, 2)), c10)));
      e.add(correct(P + "test_scalar_" + t[0] + "_2d", c, "scalarExpSum", args(t[0], twoD, c10)));
    }
    e.add(correct(P + "test_add_broadcast_bottom", c, "broadcastAddMean", args(a2, b2, 4)));
    // the tests' a and b are sample_normal draws: draws of the same distribution
    e.add(correct(P + "test_choose_1d_backward", c, "chooseExpSum",
        args(new boolean[] {false, true, false, true, false}, v(0.3, -1.2, 0.8, 0.1, -0.5),
            v(-0.7, 1.5, 0.2, -0.3, 1.1))));
    e.add(correct(P + "test_choose_2d_backward", c, "chooseExpSum",
        args(new boolean[] {false, true, true, false}, v(0.4, -0.9, 1.3, 0.05), v(-1.1, 0.6, -0.2, 0.9))));
    double[][] ha = m(v(-0.8424031, 0.6309481, 1.0416432), v(1.325225, 0.5840275, 1.9167633));
    double[][] hb = m(v(0.52022195, 0.578804, 0.17535722), v(0.75429636, 0.66566986, 0.6182751));
    e.add(correct(P + "test_huber_error delta 1", c, "huberErrorSum", args(ha, hb, 1.0)));
    e.add(correct(P + "test_huber_error delta 100", c, "huberErrorSum", args(ha, hb, 100.0)));
    e.add(correct(P + "test_bce", c, "bceSum", args(ha, hb)));
    return e;
  }

  // ---- dfdx-core/src/tensor_ops: reductions ----

  private static List<Entry> reductions() {
    Class<?> c = DfdxReductions.class;
    List<Entry> e = new ArrayList<>();
    // the tests' ties (2, 2 in row 0 and column 2; 1, 1 in row 0) are the edge test's (dfdx: 1 to every tied
    // element; Leibniz's Math.max loop the first, Math.min the later): one element of each tie moved here
    e.add(correct(P + "test_max_axis_0_2d", c, "extremumAlong", args(m(v(1, 2, 2), v(3, -2, 2.5)), 0, true, true)));
    e.add(correct(P + "test_max_axis_1_2d", c, "extremumAlong", args(m(v(1, 2, 2.5), v(3, -2, 2)), 1, true, false)));
    e.add(correct(P + "test_min_axis_0_2d", c, "extremumAlong", args(m(v(1, 1, 2), v(3, -2, 2.5)), 0, false, true)));
    e.add(correct(P + "test_min_axis_1_2d", c, "extremumAlong", args(m(v(1, 1.5, 2), v(3, -2, 2)), 1, false, false)));
    e.add(correct(P + "test_logsumexp_1d", c, "logsumexpRowsMean", args((Object) m(v(-2, -1, 0, 1, 2)))));
    double[][] a = m(v(-2, -1, 0), v(1, 4, 7));
    e.add(correct(P + "test_logsumexp_2d", c, "logsumexpRowsMean", args((Object) a)));
    e.add(correct(P + "test_log_softmax_1d", c, "logSoftmaxMean", args((Object) m(v(-2, -1, 0, 1, 2)))));
    e.add(correct(P + "test_log_softmax_2d", c, "logSoftmaxMean", args((Object) a)));
    // the test's (8, 16, 32, 64) normal draw: a (2, 5) one
    e.add(correct(P + "test_log_softmax_equivalence", c, "logSoftmaxSquareMean",
        args((Object) m(v(0.3, -1.1, 0.7, 1.9, -0.4), v(-0.8, 0.2, 1.4, -1.6, 0.5)))));
    e.add(correct(P + "test_softmax_1d", c, "softmaxMaskedMean",
        args(m(v(-2, -1, 0, 1, 2)), m(v(0, 0, 1, 0, 0)), 1)));
    double[][] mask = m(v(1, 0, 0), v(0, 1, 0));
    e.add(correct(P + "test_softmax_2d", c, "softmaxMaskedMean", args(a, mask, 1)));
    e.add(correct(P + "test_softmax_2d_0th_axis", c, "softmaxMaskedMean", args(a, mask, 0)));
    e.add(correct(P + "test_1d_normalize_axis_last", c, "normalizeExpMean", args(m(v(-2, 0, 5)), 1, 1e-5)));
    e.add(correct(P + "test_2d_normalize_axis_last", c, "normalizeExpMean",
        args(m(v(-2, 0, 5), v(1, 2, 3)), 1, 1e-5)));
    e.add(correct(P + "test_2d_normalize_axis_first", c, "normalizeExpMean",
        args(m(v(-2, 0), v(1, 2), v(4, 5)), 0, 1e-5)));
    double[][] ones = new double[8][3];
    for (double[] row : ones) java.util.Arrays.fill(row, 1);
    e.add(correct(P + "test_3d_normalize_axis_last (ones)", c, "normalizeExpMean", args(ones, 1, 1e-5)));
    double[][] t = m(v(1, 2, 3, 4), v(0, 2, 5, 10));
    e.add(correct(P + "test_std_axis_0_2d", c, "spreadMean", args(t, 0, true, 1e-8)));
    e.add(correct(P + "test_std_axis_1_2d", c, "spreadMean", args(t, 1, true, 0.0)));
    e.add(correct(P + "test_var_axis_0_2d", c, "spreadMean", args(t, 0, false, 0.0)));
    e.add(correct(P + "test_var_axis_1_2d", c, "spreadMean", args(t, 1, false, 0.0)));
    e.add(correct(P + "test_roll_3d_axis_2", c, "rollExpMean", args(v(-0.3, -0.15, 0, 0.15, 0.2), 2)));
    return e;
  }

  // ---- dfdx-core/src/losses.rs ----

  private static List<Entry> losses() {
    Class<?> c = DfdxLosses.class;
    List<Entry> e = new ArrayList<>();
    double[] x = v(0.87248087, -0.24252531, -1.0060949, 1.155084, 1.5545048);
    double[] y = v(-0.90954804, -1.0193185, -0.39221755, 2.2524886, 1.3035554);
    e.add(correct(P + "test_mse", c, "mse", args(x, y)));
    e.add(correct(P + "test_mae", c, "mae", args(x, y)));
    e.add(correct(P + "test_soft_cross_entropy", c, "crossEntropy",
        args(m(v(0.01322946, 0.7367754, -0.8874471, 0.6997109, 0.98312855),
                v(-0.19822043, 1.192167, -0.7495395, -1.5733303, -1.4898887)),
            m(v(0.3180433, 0.15164024, 0.2352255, 0.08821669, 0.20687431),
                v(0.15627657, 0.29779273, 0.10897867, 0.2879545, 0.14899758)))));
    List<Object[]> hard = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      double[] targ = new double[5];
      targ[i] = 1;
      hard.add(args(m(x.clone()), m(targ)));
    }
    e.add(correct(P + "test_hard_crossentropy", c, "crossEntropy", hard.toArray(new Object[0][])));
    e.add(correct(P + "test_kl_div", c, "klDiv",
        args(m(v(-0.2354, 0.4408, 0.9688), v(-0.2187, -0.3451, -1.5473), v(0.7420, 0.7186, 1.0785),
                v(-1.2231, 0.2536, 0.3489), v(-0.9163, -0.2289, 0.2576)),
            m(v(0.3178, 0.5344, 0.1479), v(0.1915, 0.6178, 0.1907), v(0.4834, 0.1789, 0.3377),
                v(0.5809, 0.3623, 0.0568), v(0.0166, 0.8512, 0.1322)))));
    e.add(correct(P + "test_bce", c, "binaryCrossEntropy",
        args(m(v(-0.4092005, -0.6706018, 0.9201696), v(-1.6583557, 1.6978683, -1.4827578),
                v(-0.9571696, -1.0971526, 0.8801755)),
            m(v(0.365251, 0.8322099, 0.482717), v(0.168392, 0.7987092, 0.1177533),
                v(0.7026833, 0.5563793, 0.6429267)))));
    // the test's own points: logits ±100 and 0, where max(x, 0) ties and |x| has its kink, and the loss is smooth
    e.add(correct(P + "test_bce_wide_range", c, "binaryCrossEntropy",
        args(m(v(100, 100, 100), v(-100, -100, -100), v(-1, 0, 1)),
            m(v(0, 0.5, 1), v(0, 0.5, 1), v(0, 0.5, 1)))));
    double[][] hx = m(v(1.0095837, -1.0026205, -0.1126093, -0.1539351, -0.3688708),
        v(2.6373475, 0.6761999, -1.3586733, 0.486154, -0.6206786),
        v(-1.2967702, -0.1273358, 1.3558478, 0.0787393, 1.0921133));
    double[][] hy = m(v(1.2569424, -1.2246597, 0.7995769, 0.0339246, -0.3688708),
        v(1.472675, 0.8260061, 0.7839395, -0.0541475, -0.6206786),
        v(-2.0449343, 1.8117315, 1.7505344, -1.2522424, 1.0921133));
    // the test's own points: the last column has x == y (huber's zero difference, smooth there)
    e.add(correct(P + "test_huber_loss", c, "huber", args(hx, hy, 0.5, false)));
    e.add(correct(P + "test_smooth_l1_loss", c, "huber", args(hx, hy, 0.5, true)));
    return e;
  }

  // ---- dfdx-core/src/tensor_ops: upscale2d and pool2d ----

  private static List<Entry> spatial() {
    Class<?> c = DfdxSpatial.class;
    List<Entry> e = new ArrayList<>();
    double[][][][] even = {{{{1, 0}, {2, 3}}}};
    double[][][][] uneven = {{{{1, 0, 2}, {2, 3, 4}}}};
    double[][][][] batched = new double[5][3][][];
    for (double[][][] b : batched) {
      for (int ch = 0; ch < 3; ch++) b[ch] = m(v(1, 2, 3), v(4, 5, 6));
    }
    for (String kind : List.of("nearest", "bilinear")) {
      e.add(correct(P + "test_upscale2d_" + kind + "_even", c, "upscaleExpMean", args(even, 4, 4, kind)));
      e.add(correct(P + "test_upscale2d_" + kind + "_uneven", c, "upscaleExpMean", args(uneven, 2, 7, kind)));
      e.add(correct(P + "test_upscale2d_" + kind + "_batched", c, "upscaleExpMean", args(batched, 5, 6, kind)));
    }
    // the eq_grads tests' ties (1, 1 and 0.2, 0.2 in one window; dfdx: 1 to every tied element): the edge test
    double[][][] untied = {{{1, 1.1, 0.5, 0.2}, {0.2, 0.25, 0.5, 1.2}}};
    e.add(correct(P + "test_pool2d_3d_max2d_eq_grads", c, "pool", args(untied, "max", 2, 1, 1, "sum")));
    e.add(correct(P + "test_pool2d_3d_min2d_eq_grads", c, "pool", args(untied, "min", 2, 1, 1, "sum")));
    // the tests' seeded (2, 3, 4) normal draw: a draw of the same distribution
    double[][][] normal = {
      {{1.79, -0.31, 0.52, 1.1}, {-1.1, 0.27, -0.66, -1.08}, {0.86, 0.29, 0.14, -0.45}},
      {{0.38, -0.02, 1.14, 0.21}, {0.28, -1.2, 2.26, -1.83}, {0.73, -0.57, 0.04, 0.91}}};
    e.add(correct(P + "test_pool2d_3d_max2d", c, "pool", args(normal, "max", 2, 2, 1, "exp mean")));
    e.add(correct(P + "test_pool2d_3d_min2d", c, "pool", args(normal, "min", 2, 2, 1, "exp mean")));
    // test_pool2d_4d_avg2d's (2, 4, 2, 2) draw as eight 2 x 2 planes
    double[][][] planes = new double[8][2][2];
    for (int k = 0; k < 8; k++) planes[k] = m(v(0.1 * k - 0.4, 0.3), v(-0.2 * k, 0.5));
    e.add(correct(P + "test_pool2d_4d_avg2d", c, "pool", args(planes, "avg", 1, 2, 1, "exp mean")));
    double[][][] dilated = {{{0, 1, 2, 4, 5}, {6, 7, 8, 9, 10}, {11, 12, 13, 14, 15}, {16, 17, 18, 19, 20}}};
    e.add(correct(P + "test_pool2d_dilated", c, "pool", args(dilated, "max", 2, 1, 2, "mean")));
    return e;
  }

  // ---- TensorFlow.js: tfjs-core/src/ops/*_test.ts, the gradient tests ----

  private static List<Entry> tfjs() {
    Class<?> c = TfjsGrads.class;
    List<Entry> e = new ArrayList<>();
    int[] dy4 = n(1, 2, 3, 4);
    e.add(correct(T + "abs", c, "unary", args("abs", v(4), n(8)), args("abs", v(1, 2, -3, 5), dy4),
        args("abs", v(3, -1, -2, 3), dy4)));
    e.add(correct(T + "acosh", c, "unary", args("acosh", v(1.5), n(8)), args("acosh", v(2, 3, 5, 10), dy4),
        args("acosh", v(2, 3, 5, 7), dy4)));
    e.add(correct(T + "asinh", c, "unary", args("asinh", v(0.5), n(8)), args("asinh", v(-1, 2, 3, -5), dy4),
        args("asinh", v(-3, 1, 2, 3), dy4)));
    e.add(correct(T + "atanh", c, "unary", args("atanh", v(0.5), n(8)), args("atanh", v(-0.1, 0.2, 0.3, -0.5), dy4),
        args("atanh", v(-0.3, 0.1, 0.2, 0.3), dy4)));
    // relu's and relu6's 0 (tfjs 0; Leibniz's max(x, 0) 1 at the tie) and selu's 0 (both the negative side's
    // scaleAlpha): SixteenthPeerEdgeCasesTest; beside them here
    e.add(correct(T + "relu", c, "unary", args("relu", v(3), n(5)), args("relu", v(-3), n(5)),
        args("relu", v(1, -1, 0.25, .1), dy4)));
    e.add(correct(T + "relu6", c, "unary", args("relu6", v(8), n(5)), args("relu6", v(8, -1, 0.25, .1), dy4)));
    e.add(correct(T + "leakyRelu", c, "unary", args("leakyRelu", v(-4), n(8)), args("leakyRelu", v(1, -1, 0.1), n(1, 2, 3)),
        args("leakyRelu", v(1, -1, 0.1, 0.5), dy4)));
    e.add(correct(T + "selu", c, "unary", args("selu", v(1), n(1)), args("selu", v(-1), n(2)),
        args("selu", v(1, -1, 0.25), n(1, 2, 3)), args("selu", v(1, -1, 0.25, 0.5), dy4)));
    e.add(correct(T + "elu", c, "unary", args("elu", v(1, 3, -2, 0.4), n(5, 50, 500, 5000))));
    e.add(correct(T + "sign", c, "unary", args("sign", v(5.2), n(3)), args("sign", v(-1.1, 2.6, 3, -5.9), n(-1, 1, 1, -1)),
        args("sign", v(-3, 1, 2.2, 3), dy4)));
    e.add(correct(T + "step", c, "unary", args("step", v(-4), n(8)), args("step", v(1, 2, -3, 5), dy4),
        args("step", v(3, -1, -2, 3), dy4)));
    e.add(correct(T + "softplus", c, "unary", args("softplus", v(3), n(4)), args("softplus", v(1, 2, -3, 5), dy4)));
    e.add(correct(T + "logSigmoid", c, "unary", args("logSigmoid", v(3), n(4)),
        args("logSigmoid", v(1, 2, -3, 5), dy4)));
    e.add(correct(T + "sqrt", c, "unary", args("sqrt", v(4), n(8)), args("sqrt", v(1, 2, 3, 5), dy4),
        args("sqrt", v(3, 1, 2, 3), dy4)));
    e.add(correct(T + "rsqrt", c, "unary", args("rsqrt", v(4), n(8)), args("rsqrt", v(1, 2, 3, 5), dy4),
        args("rsqrt", v(3, 1, 2, 3), dy4)));
    e.add(correct(T + "reciprocal", c, "unary", args("reciprocal", v(5), n(8)),
        args("reciprocal", v(-1, 2, 3, -5), dy4)));
    // "with max or min value": the bounds -1 and 2 (tfjs 1 at both) are the edge test's
    e.add(correct(T + "clipByValue", c, "unary", args("clipByValue", v(3, -2, 1), n(5, 50, 500)),
        args("clipByValue", v(-10), n(5))));
    double[] a1 = v(1.1, 2.6, 3, 5.9);
    double[] b1 = v(1.0, 2.7, 3.25, 5.8);
    double[] a2 = v(0.5, 0.3, 0.7, 0.9);
    double[] b2 = v(0.2, 0.4, 0.75, 0.15);
    // maximum's and minimum's ties 3 = 3 and 0.7 = 0.7 (tfjs: a's for both; Leibniz max a's, min b's): the edge test
    for (String op : List.of("maximum", "minimum")) {
      e.add(correct(T + op, c, "binary", args(op, v(5.2), v(0.6), n(3)), args(op, a1, b1, dy4),
          args(op, a2, b2, dy4)));
    }
    // squaredDifference's 3 = 3 is smooth: the tests' own points
    e.add(correct(T + "squaredDifference", c, "binary", args("squaredDifference", v(5.2), v(0.6), n(3)),
        args("squaredDifference", a1, v(1.0, 2.7, 3, 5.8), n(1, 2, 3, 1)),
        args("squaredDifference", a2, v(0.2, 0.4, 0.7, 0.15), dy4)));
    // mod's 3 % 3 and 0.7 % 0.7 are jumps of the remainder (tfjs: -floor(a / b) = -1 along b): the edge test
    e.add(correct(T + "mod", c, "binary", args("mod", v(5.2), v(0.6), n(3)), args("mod", a1, b1, dy4),
        args("mod", v(0.5, 0.3, 0.7, 0.91), b2, dy4), args("mod", v(0.7), v(0.2, 0.3, 0.4, 0.5), dy4)));
    e.add(correct(T + "atan2", c, "binary", args("atan2", v(5), v(2), n(4)), args("atan2", v(1, 2, 3), v(3, 4, 5),
        n(1, 10, 20)), args("atan2", v(3, 1, 2, 3), v(1, 3, 4, 5), n(1, 10, 15, 20))));
    e.add(correct(T + "pow Scalar ^ Scalar", c, "binary", args("pow", v(5), v(2), n(3)),
        args("pow", v(4.0), v(1.5), n(3))));
    e.add(correct(T + "pow x ^ 2 where x = 0", c, "binary", args("pow", v(0), v(2), n(1))));
    // the int32 exponent of "Tensor ^ Tensor" (a negative base): passive here; its zero gradient along the exponent
    // at negative bases ("gradient wrt exponent with negative base") is the edge test's
    e.add(correct(T + "pow Tensor ^ Tensor", c, "powInt", args(v(-1, .5, 2), n(3, 2, -1), n(1, 5, 10))));
    e.add(correct(T + "prod(tensor with zeros)", c, "prod", args(m(v(1, 2, 0), v(1, 2, 3)), 1, n(12, 12))));
    e.add(correct(T + "prod(2d) with gradient broadcasting", c, "prod", args(m(v(1, 2), v(3, 4)), -1, n(24))));
    e.add(correct(T + "prod(2d, axis=0)", c, "prod", args(m(v(1, 2), v(3, 1), v(1, 4)), 0, n(3, 8))));
    e.add(correct(T + "prod(2d, axis=1)", c, "prod", args(m(v(1, 2), v(3, 1), v(1, 4)), 1, n(4, 3, 4))));
    double[][][] zeros3 = {{{3, 4}, {5, 6}, {7, 8}}, {{3, 5}, {0, 6}, {5, 6}}};
    e.add(correct(T + "prod(multi-dimensional tensor with zeros)", c, "prodMiddle",
        args(zeros3, new int[][] {{10, 10}, {10, 10}})));
    e.add(correct(T + "prod(reduce on 2 axes)", c, "prod",
        args(m(v(3, 4), v(5, 6), v(7, 8), v(3, 5), v(0, 6), v(5, 6)), 0, n(2, 2))));
    // the "ties" tests (tfjs: every tied element; Leibniz's loop max the first, min the last) are the edge test's
    e.add(correct(T + "max gradient: 2D, axes=-1", c, "extremumRows",
        args(m(v(0, 20, 10), v(-10, -30, -20)), true, n(-1, -1))));
    e.add(correct(T + "max gradient: 3D, axes=[1, 2]", c, "extremumRows",
        args(m(v(0, 20, 10, 15), v(-10, -30, -20, -15)), true, n(-1, -1))));
    e.add(correct(T + "min gradient: 2D, axes=-1", c, "extremumRows",
        args(m(v(-0.0, -20, -10), v(10, 30, 20)), false, n(-1, -1))));
    e.add(correct(T + "min gradient: 3D, axes=[1, 2]", c, "extremumRows",
        args(m(v(0, -20, -10, -15), v(10, 30, 20, 15)), false, n(-1, -1))));
    return e;
  }
}
