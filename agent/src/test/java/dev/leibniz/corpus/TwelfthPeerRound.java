package dev.leibniz.corpus;

import static dev.leibniz.corpus.Entry.args;
import static dev.leibniz.corpus.Entry.correct;
import static dev.leibniz.corpus.Entry.knownWrong;

import dev.leibniz.corpus.peers12.NnlibActivations;
import dev.leibniz.corpus.peers12.NumDualTests;
import dev.leibniz.corpus.peers12.TfpMath;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The twelfth peer round: functions from the test suites of AD tools that no earlier peer round used (num-dual's dual
 * number tests and doc tests, NNlib.jl's activation and softmax gradient tests, TensorFlow Probability's math
 * gradient tests), ported to Java in
 * {@code dev.leibniz.corpus.peers12} (each file's header names the source, commit and licence) and classified by the
 * same harness. Entry ids start with {@code peers12/}. Kept apart from {@link Corpus} so that rounds merge without
 * conflicts; {@link Corpus#entries()} appends it. Points are the tests' own (random draws are fixed draws from the
 * tests' distributions) unless the comment next to one says why; the tests' asserted values, and their points where
 * differences cannot serve (kinks, exact switches, overflowing branches), are {@code TwelfthPeerEdgeCasesTest}'s.
 */
final class TwelfthPeerRound {
  private TwelfthPeerRound() {}

  static List<Entry> entries() {
    return Stream.of(numDual(), nnlib(), tfp()).flatMap(List::stream).toList();
  }

  private static double[] v(double... xs) {
    return xs;
  }

  // ---- num-dual: tests/test_dual.rs, src/explicit.rs, README.md ----

  private static List<Entry> numDual() {
    String p = "peers12/num-dual/";
    Class<?> c = NumDualTests.class;
    List<Entry> e = new ArrayList<>();
    // test_dual.rs: every function at 1.2 unless the test takes 0.2 (asin, acos, atan, atanh)
    for (String f : List.of("recip", "exp", "expM1", "exp2", "ln", "log42", "ln1p", "log2", "log10", "sqrt", "cbrt",
        "powf42", "sin", "cos", "tan", "sinh", "cosh", "tanh", "asinh", "acosh")) {
      e.add(correct(p + "test_dual " + f, c, f, args(1.2)));
    }
    for (String f : List.of("asin", "acos", "atan", "atanh")) e.add(correct(p + "test_dual " + f, c, f, args(0.2)));
    // test_dual_powf_0 ... _4 at 0 (smooth there: differences serve), and 1.2 besides
    for (String f : List.of("powf0", "powf1", "powf2", "powf3", "powf4")) {
      e.add(correct(p + "test_dual " + f + " (x = 0)", c, f, args(0.0), args(1.2)));
    }
    e.add(correct(p + "test_dual powi, powi_0 ... powi_4", c, "powi", args(1.2, 6), args(0.0, 0), args(0.0, 1),
        args(0.0, 2), args(0.0, 3), args(0.0, 4)));
    e.add(correct(p + "test_dual atan2_1 ... atan2_4", c, "atan2", args(0.2, 0.4), args(-0.2, 0.4), args(0.2, -0.4),
        args(-0.2, -0.4)));
    // sph_j*: the test's 1.2; the series branch below machine epsilon is TwelfthPeerEdgeCasesTest's (at 0)
    for (String f : List.of("sphJ0", "sphJ1", "sphJ2")) e.add(correct(p + "test_dual " + f, c, f, args(1.2)));
    // bessel_j*_0 ... _4: 0, 1.2, 7.2, -1.2, -7.2 (0 is smooth for all three: differences serve)
    for (String f : List.of("besselJ0", "besselJ1", "besselJ2")) {
      e.add(correct(p + "test_dual " + f + " (0, +-1.2, +-7.2)", c, f, args(0.0), args(1.2), args(7.2), args(-1.2),
          args(-7.2)));
    }
    e.add(correct(p + "explicit first_derivative (x^2)", c, "square", args(5.0)));
    e.add(correct(p + "explicit gradient (SVector norm)", c, "norm2", args((Object) v(4.0, 3.0))));
    e.add(correct(p + "explicit gradient (DVector norm)", c, "normDyn", args((Object) v(2.0, 2.0, 2.0, 2.0))));
    e.add(correct(p + "explicit jacobian", c, "jacobian", args(v(5.0, 3.0, 2.0), new double[2])));
    e.add(correct(p + "explicit partial_hessian", c, "partialHessian", args(v(4.0, 3.0), v(5.0))));
    e.add(correct(p + "README f = x^3 y^2", c, "readme", args(5.0, 4.0)));
    return e;
  }

  // ---- NNlib.jl: test/activations.jl, test/softmax.jl ----

  private static List<Entry> nnlib() {
    String p = "peers12/nnlib/";
    Class<?> c = NnlibActivations.class;
    Random rng = new Random(17); // StableRNG(17): fixed draws of rand()
    List<Entry> e = new ArrayList<>();
    // gradtest(f, +2 + rand(rng)), gradtest(f, -2 - rand(rng))
    for (String f : List.of("sigmoid", "hardsigmoid", "softplus", "logsigmoid", "hardtanh", "relu", "relu6",
        "geluTanh", "geluSigmoid", "geluErf", "swish", "hardswish", "lisht", "selu", "softsign", "logcosh", "mish",
        "tanhshrink", "tanhFast", "sigmoidFast")) {
      e.add(correct(p + "activations gradtest " + f, c, f, args(2 + rng.nextDouble()), args(-2 - rng.nextDouble())));
    }
    // binary activations: gradtest(x -> f(x, 0.2), 1 + rand), (x -> f(x, 0.7), 1 + rand), and -2 + rand for both
    for (String f : List.of("leakyrelu", "elu", "celu", "trelu", "softshrink")) {
      e.add(correct(p + "activations gradtest " + f + " (binary)", c, f, args(1 + rng.nextDouble(), 0.2),
          args(1 + rng.nextDouble(), 0.7), args(-2 + rng.nextDouble(), 0.2), args(-2 + rng.nextDouble(), 0.7)));
    }
    // "saturated gradients" of hardσ, hardtanh, relu6, hardswish at -50, 50, -7, 7
    for (String f : List.of("hardsigmoid", "hardtanh", "relu6", "hardswish")) {
      e.add(correct(p + "activations saturated gradients " + f, c, f, args(-50.0), args(50.0), args(-7.0),
          args(7.0)));
    }
    // "Gradient inference" points -10, -1, 1, 10 (0 is a kink for several: TwelfthPeerEdgeCasesTest), and the
    // Float32 tanh_fast's rational and saturated regions
    e.add(correct(p + "activations gradient inference tanh_fast (Float32)", c, "tanhFast32", args(-10f), args(-1f),
        args(0.3f), args(1f), args(2.5f)));
    e.add(correct(p + "activations gradient inference tanh_fast (Float64, all three branches)", c, "tanhFast",
        args(-10.0), args(-1.0), args(0.1), args(1.0), args(10.0), args(31.0)));
    e.add(correct(p + "activations gradient inference sigmoid_fast (clamped)", c, "sigmoidFast", args(-90.0),
        args(-10.0), args(10.0), args(50.0)));
    // Zygote issue 758: selu and elu at 1000 and 10000, elu(x, 2) at -1
    e.add(correct(p + "activations Zygote issue 758 selu", c, "selu", args(1000.0), args(10000.0), args(100.0),
        args(10.0)));
    e.add(correct(p + "activations Zygote issue 758 elu", c, "elu", args(1000.0, 2.0), args(-1.0, 2.0),
        args(100.0, 3.5), args(10000.0, 3.5)));
    // Flux-like usage: gradtest((x, W, b) -> act.(W*x .+ b), 5, (2,5), 2) and (5,3)
    e.add(correct(p + "activations Flux-like usage σ", c, "denseSigmoid",
        args(draws(rng, 5), matrix(rng, 2, 5), draws(rng, 2), new double[2])));
    e.add(correct(p + "activations Flux-like usage relu (5, 3)", c, "denseRelu",
        args(matrix(rng, 5, 3), matrix(rng, 2, 5), draws(rng, 2), new double[2][3])));
    e.add(correct(p + "activations Flux-like usage selu, elu, logσ, leakyrelu", c, "denseOthers",
        args(draws(rng, 5), matrix(rng, 2, 5), draws(rng, 2), new double[4][2])));
    // test/softmax.jl AutoDiff: gradtest(softmax, (3, 4)), x -> softmax(x) .* (1:3) at (3, 5), logsumexp
    // the test's [-100000, -100000] is TwelfthPeerEdgeCasesTest's (a step scaled to 1e5 crosses the whole sigmoid)
    e.add(correct(p + "softmax gradtest softmax (3, 4)", c, "softmax", args(matrix(rng, 3, 4), new double[3][4])));
    e.add(correct(p + "softmax gradtest softmax .* (1:3)", c, "softmaxTimesRange",
        args(matrix(rng, 3, 5), new double[3][5])));
    e.add(correct(p + "softmax gradtest logsoftmax (Float32)", c, "logsoftmax32",
        args(new float[][] {{1, 2, 3}, {1000, 2000, 3000}}, new float[2][3]),
        args(new float[][] {{1}, {2}, {3000}}, new float[3][1])));
    e.add(correct(p + "softmax logsumexp", c, "logsumexp", args((Object) matrix(rng, 3, 4))));
    return e;
  }

  // ---- TensorFlow Probability: tensorflow_probability/python/math/generic_test.py ----

  private static List<Entry> tfp() {
    String p = "peers12/tfp/generic_test/";
    Class<?> c = TfpMath.class;
    double l3 = Math.log(3);
    return List.of(
        // SoftThresholdTest's rows away from the kinks; (5, 5), (-1, 1), (0, 0) are TwelfthPeerEdgeCasesTest's
        correct(p + "SoftThresholdTest", c, "softThreshold", args(2.0, 5.0), args(-2.0, 5.0), args(3.0, 2.5),
            args(-3.0, 2.5), args(-6.0, 5.0)),
        // testInverseSoftplusGradientNeverNan: logspace(-8, 6), through all three branches
        correct(p + "SoftplusInverseTest testInverseSoftplusGradientNeverNan", c, "softplusInverse", args(1e-8),
            args(0.01), args(1.0), args(30.0), args(1e6)),
        correct(p + "LogAddExpTest (small, medium, big, equal_arguments)", c, "logAddExp", args(-2.0, -1000.0),
            args(-1000.0, -3.0), args(-2.0, -3.0), args(-3.0, 2.0), args(2.0, 1000.0), args(1000.0, 3.0),
            args(l3, l3)),
        // log1mexp(0) = -inf is TwelfthPeerEdgeCasesTest's
        correct(p + "Log1mexpTest", c, "log1mexp", args(0.1), args(0.5), args(5.0), args(20.0), args(-0.1),
            args(-20.0)),
        correct(p + "LogSubExpTest (small, medium, big)", c, "logSubExp", args(-2.0, -1000.0), args(-2.0, -3.0),
            args(-3.0, -5.0), args(-5.0, -3.0), args(-3.0, -2.0), args(1000.0, 2.0), args(-3.0, 1000.0)),
        correct(p + "LogCoshTest testLogCoshGrad, testLogCosh (small)", c, "logCosh", args(-30.0), args(-2.1),
            args(0.3), args(12.0), args(30.0), args(1e-10), args(1e-2)),
        // ±inf, 0 and 1 are TwelfthPeerEdgeCasesTest's
        correct(p + "Smootherstep test_gradient_matrix", c, "smootherstep", args(-20.0), args(0.5), args(20.0),
            args(0.3)),
        correct(p + "sqrt1pm1", c, "sqrt1pm1", args(0.5), args(1e-3), args(10.0)),
        correct(p + "ReduceWeightedLogSumExp testNoWeights", c, "reduceWeightedLogsumexp",
            args(new double[][] {{0., -1, 1000.}, {0, 1, -1000.}, {-5, 0, 5}},
                new double[][] {{1, 1, 1}, {1, 1, 1}, {1, 1, 1}}, new double[3])),
        // testNegativeWeights' w = 0 (row 3): the program's sign(w) exp(logx + log|w| - m) is w exp(logx - m), but its
        // chain rule meets 0 · ∞ there (signum' 0, log|w|' ∞): the tangent says NaN, the adjoint 0, differences
        // exp(logx - m) / sum; the core warns at the line (Math.signum of an active value times an active value)
        knownWrong(p + "ReduceWeightedLogSumExp testNegativeWeights", c, "reduceWeightedLogsumexp",
            "w = 0: sign(w) * exp(log|w| + ...) has no derivative by the chain rule there (0 * inf); the core warns at"
                + " the line (Math.signum(x) of an active x times an active value g)",
            args(new double[][] {{0., -1, 1000.}, {0, 1, -1000.}, {-5, 0, 5}},
                new double[][] {{1., 1, -1}, {1, -2, 1}, {1, 0, 1}}, new double[3])),
        correct(p + "reduce_logmeanexp", c, "reduceLogmeanexp", args((Object) v(0.3, -1.2, 2.0, 0.7))),
        correct(p + "LogCombinationsTest testLogCombinationsBinomial", c, "logCombinations",
            args(v(2, 5, 12, 15), new double[][] {{1, 1}, {2, 3}, {4, 8}, {11, 4}}, new double[4])));
  }

  private static double[] draws(Random rng, int n) {
    double[] a = new double[n];
    for (int i = 0; i < n; i++) a[i] = rng.nextDouble();
    return a;
  }

  private static double[][] matrix(Random rng, int rows, int cols) {
    double[][] m = new double[rows][];
    for (int i = 0; i < rows; i++) m[i] = draws(rng, cols);
    return m;
  }
}
