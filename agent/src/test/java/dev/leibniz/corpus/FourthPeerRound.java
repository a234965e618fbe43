package dev.leibniz.corpus;

import static dev.leibniz.corpus.Entry.args;
import static dev.leibniz.corpus.Entry.correct;
import static dev.leibniz.corpus.Entry.knownWrong;

import dev.leibniz.corpus.peers4.AutodiffVar;
import dev.leibniz.corpus.peers4.ChainRulesArrays;
import dev.leibniz.corpus.peers4.ChainRulesScalars;
import dev.leibniz.corpus.peers4.Dl4jLosses;
import dev.leibniz.corpus.peers4.TinyAdTests;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The fourth peer round: functions from the test suites of AD tools that no earlier peer round used (Deeplearning4j's
 * SameDiff loss gradient checks, autodiff's var and gradient tests, ChainRules.jl's rule tests, TinyAD's scalar tests),
 * ported to Java in {@code dev.leibniz.corpus.peers4} (each file's header names the source, commit and licence) and
 * classified by the same harness. Entry ids start with {@code peers4/}. Kept apart from {@link Corpus} so that rounds
 * merge without conflicts; {@link Corpus#entries()} appends it. Points keep away from the functions' branch switches
 * and kinks unless the test itself is about the switch (the comment next to a point says which); the tools' answers at
 * the non-smooth points themselves are checked in {@code FourthPeerEdgeCasesTest}.
 */
final class FourthPeerRound {
  private FourthPeerRound() {}

  static List<Entry> entries() {
    return Stream.of(dl4j(), autodiff(), chainRulesScalars(), chainRulesArrays(), tinyAd())
        .flatMap(List::stream).toList();
  }

  /** A special case on an exact value of a differentiable parameter: warned by the core, wrong in that parameter. */
  static final String SMOOTHING_ZERO = "with label smoothing 0 the code skips the smoothing (`if (labelSmoothing != 0)`),"
      + " so at exactly 0 the derivative in labelSmoothing is 0, where the function's is not (the smoothed label moves"
      + " with it); the core warns at the test (an exact equality of an active value with a constant, README 'exact"
      + " equality test'), the other derivatives are exact; with smoothing 0.3 and 0.1 the entries are correct";
  static final String P_DISPATCH = "norm(x, p) dispatches on p == 2 and p == 1 to norm2 and norm1, which do not read p,"
      + " so with p a differentiable parameter the derivative in p is 0 there, where the p-norm's is not (-0.270 at"
      + " p = 2); the core warns at each test (an exact equality of an active value with a constant), the derivatives"
      + " in x are exact (the entries with p as a constant are correct)";

  // ---- Deeplearning4j: LossOpValidation.testLoss2d (minibatch 10, nOut 4) ----

  private static final int MB = 10;
  private static final int OUT = 4;

  private static double[][] randn(long seed) {
    Random r = new Random(seed);
    double[][] a = new double[MB][OUT];
    for (double[] row : a) for (int j = 0; j < OUT; j++) row[j] = r.nextGaussian();
    return a;
  }

  private static double[][] uniform(long seed) {
    Random r = new Random(seed);
    double[][] a = new double[MB][OUT];
    for (double[] row : a) for (int j = 0; j < OUT; j++) row[j] = 0.02 + 0.96 * r.nextDouble();
    return a;
  }

  private static double[][] bernoulli(long seed) {
    Random r = new Random(seed);
    double[][] a = new double[MB][OUT];
    for (double[] row : a) for (int j = 0; j < OUT; j++) row[j] = r.nextBoolean() ? 1 : 0;
    return a;
  }

  private static double[][] map(double[][] a, java.util.function.DoubleUnaryOperator f) {
    double[][] out = new double[a.length][];
    for (int i = 0; i < a.length; i++) out[i] = java.util.Arrays.stream(a[i]).map(f).toArray();
    return out;
  }

  private static double[][] normalisedRows(double[][] a) {
    double[][] out = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      double n = Math.sqrt(java.util.Arrays.stream(a[i]).map(v -> v * v).sum());
      out[i] = java.util.Arrays.stream(a[i]).map(v -> v / n).toArray();
    }
    return out;
  }

  private static double[][] oneHot() {
    double[][] a = new double[MB][OUT];
    for (int i = 0; i < MB; i++) a[i][i % OUT] = 1;
    return a;
  }

  private static final double[] PER_EXAMPLE = {0, 0, 1, 1, 2, 2, 3, 3, 4, 4};

  /** The test's four kinds of weights, broadcast to 10x4: none and scalar (1), per example, per output. */
  private static double[][] weights(String kind) {
    double[][] w = new double[MB][OUT];
    for (int i = 0; i < MB; i++) {
      for (int j = 0; j < OUT; j++) {
        switch (kind) {
          case "perExample" -> w[i][j] = PER_EXAMPLE[i];
          // the count of non-zero weights jumps where a weight leaves 0: the test masks those weights out of its
          // gradient check; here the per-example weights are lifted by 1 instead
          case "perExampleNonZero" -> w[i][j] = PER_EXAMPLE[i] + 1;
          case "perOutput" -> w[i][j] = i == 0 ? 0 : i == 1 ? (j < 2 ? 0 : 1) : i == 2 ? (j < 2 ? 1 : 0) : i < 5 ? 1 : 2;
          default -> w[i][j] = 1;
        }
      }
    }
    return w;
  }

  private static double[] exampleWeights(String kind) {
    double[] w = new double[MB];
    for (int i = 0; i < MB; i++) {
      w[i] = switch (kind) {
        case "perExample" -> PER_EXAMPLE[i];
        case "perExampleNonZero" -> PER_EXAMPLE[i] + 1;
        default -> 1;
      };
    }
    return w;
  }

  /** Points over the weights and reductions: labels and predictions made afresh for each. */
  private static Object[][] lossPoints(java.util.function.Supplier<double[][]> labels,
      java.util.function.Supplier<double[][]> predictions, Object... extra) {
    String[] kinds = {"none", "scalar", "perExample", "perOutput", "perOutput", "perExampleNonZero"};
    int[] reductions = {Dl4jLosses.NONE, Dl4jLosses.SUM, Dl4jLosses.MEAN_BY_WEIGHT, Dl4jLosses.SUM,
        Dl4jLosses.MEAN_BY_WEIGHT, Dl4jLosses.MEAN_BY_NONZERO_WEIGHT_COUNT};
    List<Object[]> points = new ArrayList<>();
    for (int k = 0; k < kinds.length; k++) {
      List<Object> a = new ArrayList<>(List.of(labels.get(), predictions.get(), weights(kinds[k]), reductions[k]));
      a.addAll(List.of(extra));
      points.add(a.toArray());
    }
    return points.toArray(new Object[0][]);
  }

  /** As lossPoints, one weight per example (the losses with one value per example; no NONE for softmax). */
  private static Object[][] examplePoints(java.util.function.Supplier<double[][]> labels,
      java.util.function.Supplier<double[][]> predictions, Object... extra) {
    String[] kinds = {"none", "scalar", "perExample", "perExampleNonZero"};
    int[] reductions = {Dl4jLosses.SUM, Dl4jLosses.SUM, Dl4jLosses.MEAN_BY_WEIGHT,
        Dl4jLosses.MEAN_BY_NONZERO_WEIGHT_COUNT};
    List<Object[]> points = new ArrayList<>();
    for (int k = 0; k < kinds.length; k++) {
      List<Object> a = new ArrayList<>(List.of(labels.get(), predictions.get(), exampleWeights(kinds[k]),
          reductions[k]));
      a.addAll(List.of(extra));
      points.add(a.toArray());
    }
    return points.toArray(new Object[0][]);
  }

  private static List<Entry> dl4j() {
    String p = "peers4/dl4j/LossOpValidation/";
    Class<?> c = Dl4jLosses.class;
    int[] sparseLabels = new int[MB];
    for (int i = 0; i < MB; i++) sparseLabels[i] = i % OUT;
    return List.of(
        correct(p + "absdiff", c, "absoluteDifference", lossPoints(() -> randn(1), () -> randn(2))),
        correct(p + "hinge", c, "hinge", lossPoints(() -> bernoulli(3), () -> randn(4))),
        correct(p + "huber", c, "huber", lossPoints(() -> randn(5), () -> randn(6), 1.0)),
        correct(p + "log", c, "logLoss", lossPoints(() -> bernoulli(7), () -> uniform(8))),
        correct(p + "log_poisson", c, "logPoisson",
            lossPoints(() -> map(randn(9), Math::abs), () -> map(randn(10), v -> Math.log(Math.abs(v))), false)),
        correct(p + "log_poisson_full", c, "logPoisson",
            lossPoints(() -> map(randn(11), Math::abs), () -> map(randn(12), v -> Math.log(Math.abs(v))), true)),
        correct(p + "mse", c, "meanSquaredError", lossPoints(() -> randn(13), () -> randn(14))),
        knownWrong(p + "sigmoidxent (label smoothing 0)", c, "sigmoidCrossEntropy", SMOOTHING_ZERO,
            lossPoints(() -> bernoulli(15), () -> randn(16), 0.0)),
        correct(p + "sigmoidxent_smooth", c, "sigmoidCrossEntropy",
            lossPoints(() -> bernoulli(17), () -> randn(18), 0.3)),
        correct(p + "cosine", c, "cosineDistance",
            examplePoints(() -> normalisedRows(randn(19)), () -> normalisedRows(randn(20)))),
        // testCosineDistance: weights (0, 1), weighted mean over dimension 1: 0.6
        correct(p + "testCosineDistance", c, "cosineDistance",
            args(new double[][] {{1.0, 2.0, 3.0}, {-1.0, 2.0, 1.0}}, new double[][] {{-0.3, -0.2, -0.1}, {0, 0.1, 0.2}},
                new double[] {0, 1}, Dl4jLosses.MEAN_BY_WEIGHT)),
        knownWrong(p + "softmaxxent (label smoothing 0)", c, "softmaxCrossEntropy", SMOOTHING_ZERO,
            examplePoints(FourthPeerRound::oneHot, () -> randn(21), 0.0)),
        correct(p + "softmaxxent_smooth", c, "softmaxCrossEntropy",
            examplePoints(FourthPeerRound::oneHot, () -> randn(22), 0.1)),
        correct(p + "mpwse", c, "meanPairwiseSquaredError", examplePoints(() -> randn(23), () -> randn(24))),
        correct(p + "sparsesoftmax", c, "sparseSoftmaxCrossEntropy", args(randn(25), sparseLabels.clone())),
        correct(p + "testL2Loss", c, "l2Loss", args((Object) new double[] {0.41, 0.92, 0.13, 0.77, 0.58})));
  }

  // ---- autodiff: var.test.cpp and gradient.test.cpp ----

  private static final double[] AUTODIFF_X = {2.0, 3.0, 5.0, 7.0, 9.0};

  private static Object[][] codes(int n, java.util.function.IntFunction<Object[]> point) {
    Object[][] points = new Object[n][];
    for (int k = 0; k < n; k++) points[k] = point.apply(k);
    return points;
  }

  private static List<Entry> autodiff() {
    String p = "peers4/autodiff/var.test/";
    Class<?> c = AutodiffVar.class;
    return List.of(
        correct(p + "identical variables", c, "identicalVariables", args(10.0)),
        correct(p + "compound assignments", c, "compoundAssignments", args(20.0, 20.0), args(3.0, -1.5)),
        correct(p + "sub-expressions", c, "subExpressions", args(100.0, 200.0)),
        // the test's x = 0.5 with a = 100 (y = 200: pow(0.5, 200) = 6e-61), and a generic point
        correct(p + "power functions", c, "powers", args(0.5, 100.0), args(1.3, 0.7)),
        correct(p + "atan2", c, "atan2s", args(1.0, 0.9), args(1.1, 0.9)),
        correct(p + "hypot2 and hypot3", c, "hypots", args(1.3, 2.3, 3.3), args(4.3, 5.3, 6.3)),
        correct(p + "condition(x > 0, x*x, x*x*x)", c, "condition", args(2.0), args(-2.0), args(3.0)),
        correct(p + "condition(x < y, x*y, x*x)", c, "conditionOfTwo", args(1.0, 2.0), args(3.0, 2.0)),
        // the test's 1 and -1 (at 0 autodiff's answer is 0: FourthPeerEdgeCasesTest)
        correct(p + "abs", c, "abs", args(1.0), args(-1.0)),
        correct(p + "sgn and erf", c, "sgnAndErf", args(0.5), args(-1.0), args(1.0)),
        correct("peers4/autodiff/gradient.test/CHECK_GRADIENT g(x)", c, "gradientOf",
            codes(8, k -> args(AUTODIFF_X.clone(), k))),
        correct("peers4/autodiff/gradient.test/CHECK_GRADIENT g(x)/g(x) - 1", c, "identicallyZero",
            codes(8, k -> args(AUTODIFF_X.clone(), k))),
        correct("peers4/autodiff/gradient.test/CHECK_JACOBIAN", c, "jacobianOf",
            codes(8, k -> args(AUTODIFF_X.clone(), k, new double[5], new double[5]))));
  }

  // ---- ChainRules.jl: base.jl and fastmath_able.jl ----

  private static Object[][] family(int from, int to, double... xs) {
    List<Object[]> points = new ArrayList<>();
    for (int k = from; k < to; k++) for (double x : xs) points.add(args(k, x));
    return points.toArray(new Object[0][]);
  }

  private static List<Entry> chainRulesScalars() {
    String p = "peers4/chainrules/base/";
    String f = "peers4/chainrules/fastmath_able/";
    Class<?> c = ChainRulesScalars.class;
    double base = 1.37;
    double xb = (4 + 0.6 * 0.5 + 0.2) * base; // (rand(0:10) + .6rand() + .2) * base: x / y = 4.5
    return List.of(
        correct(p + "Trig basics and hyperbolic at pi - 0.01", c, "trig", family(0, 8, Math.PI - 0.01)),
        correct(p + "Degrees at 45", c, "degrees", family(0, 6, 45.0)),
        correct(p + "Inverses, inverse hyperbolic, inverse degrees", c, "inverses",
            args(0, 2.0), args(1, 2.0), args(2, 2.0), args(3, 0.5), args(4, 1.5), args(5, 0.5), args(6, 0.5),
            args(7, 0.5), args(8, 1.5), args(9, 0.5), args(10, 0.5), args(11, 0.5), args(12, 2.0), args(13, 2.0),
            args(14, 2.0)),
        // the test's 0.434, and x == 0 itself, where Julia's sinc returns 1 (derivative 0, the function's)
        correct(p + "sinc", c, "sinc", args(0.434), args(0.0), args(-1.5)),
        correct(p + "Angles", c, "angles", args(-0.1), args(6.4)),
        correct(p + "ldexp", c, "ldexp", args(7.31, 0), args(7.31, 1), args(7.31, 20)),
        correct(p + "mod", c, "mod", args(7.3, 0.45), args(-7.3, 0.45), args(7.3, -0.45)),
        correct(p + "muladd and fma", c, "muladdAndFma", args(4.2, -0.7, 1.3)),
        // to the left, in the middle, to the right
        correct(p + "clamp", c, "clamp", args(1.0, 2.0, 3.0), args(2.5, 2.0, 3.0), args(4.0, 2.0, 3.0)),
        correct(f + "exponents", c, "exponents", family(0, 6, -0.1, 7.9)),
        correct(f + "exponents (x >= 0)", c, "exponents", family(6, 11, 7.9)),
        correct(f + "binary rem atan max min", c, "binary", args(0, xb, base), args(1, xb, base), args(2, xb, base),
            args(3, xb, base)),
        // a negative base to the integer 3 (the test's discontinuity case) and zero to it: 3 x^2 and 0
        correct(f + "^(x::Real, n::Int)", c, "powInt", args(-3.4, 3), args(0.0, 3), args(2.0, -2), args(-1.5, 5)),
        correct(f + "^(x::Real, n::Int) as Math.pow", c, "powIntMath", args(-3.4, 3), args(0.0, 3)),
        correct(f + "sign", c, "sign", args(-1.1), args(0.5), args(100.0)),
        correct(f + "sign itself", c, "signOnly", args(-1.1), args(0.5), args(100.0)),
        // x > 0 here; at x < 0 with y = 3 differences are NaN (FourthPeerEdgeCasesTest checks ChainRules' d/dy = 0)
        correct(f + "^(x, y) both real", c, "powReal", args(3.4, 3.0), args(0.7, 2.5)));
  }

  // ---- ChainRules.jl: norm.jl, mapreduce.jl, evalpoly.jl ----

  private static final double[] X3 = {0.31, -1.2, 0.74};

  private static double[] prodX(int zeros) {
    double[] x = new Random(31).doubles(12).map(v -> 2 * v - 1).toArray();
    if (zeros >= 1) x[0] = 0; // x[1] = 0
    if (zeros >= 2) x[4] = 0; // x[5] = 0
    if (zeros >= 3) x[2] = x[6] = 0; // x[3] = x[7] = 0
    return x;
  }

  private static Object[][] prodPoints(int dims, int outLength) {
    return codes(4, z -> args(prodX(z), 3, dims, new double[outLength]));
  }

  private static List<Entry> chainRulesArrays() {
    String p = "peers4/chainrules/norm/";
    Class<?> c = ChainRulesArrays.class;
    double[] infSeparated = {0.31, -1.2, 734.0}; // x[end] = 1000 rand()
    double[] minSeparated = {310.0, -1200.0, 0.53}; // x .*= 1000; x[end] = rand()
    return List.of(
        correct(p + "norm(x, p) at p = 2.5 and -1", c, "norm", args(X3.clone(), 2.5), args(X3.clone(), -1.0)),
        // p an active input where the code dispatches on it (p == 2, p == 1: norm2, norm1, flat in p); the core warns
        knownWrong(p + "norm(x, p) at p = 2 and 1, p differentiable", c, "norm", P_DISPATCH, args(X3.clone(), 2.0),
            args(X3.clone(), 1.0)),
        knownWrong(p + "normalize(x, p) at p = 2 and 1, p differentiable", c, "normalize", P_DISPATCH,
            args(X3.clone(), 2.0, new double[3]), args(X3.clone(), 1.0, new double[3])),
        correct(p + "norm(x, p) at p = 2, 1, Inf, -Inf, 0 as constants", c, "normOf", args(X3.clone(), 0),
            args(X3.clone(), 1), args(infSeparated.clone(), 2), args(minSeparated.clone(), 3), args(X3.clone(), 4)),
        // n maxabs^2 overflows (1e200) and underflows to 0 (1e-170): the scaled loops
        correct(p + "norm2 rescaled", c, "normOf", args(new double[] {3e200, -4e200, 1e200}, 0),
            args(new double[] {3e-170, -4e-170, 1e-170}, 0)),
        correct(p + "normp rescaled", c, "norm", args(new double[] {3e200, -4e200, 1e200}, 2.5),
            args(new double[] {3e-170, -4e-170, 1e-170}, 2.5)),
        correct(p + "normalize(x, p) at p = 2.5 and -1", c, "normalize", args(X3.clone(), 2.5, new double[3]),
            args(X3.clone(), -1.0, new double[3])),
        correct(p + "normalize(x, p) at p = 2 and 1 as constants", c, "normalizeOf", args(X3.clone(), 0, new double[3]),
            args(X3.clone(), 1, new double[3])),
        correct("peers4/chainrules/mapreduce/prod dims=1, with one and two zeros", c, "prod", prodPoints(1, 4)),
        correct("peers4/chainrules/mapreduce/prod dims=2, with one and two zeros", c, "prod", prodPoints(2, 3)),
        correct("peers4/chainrules/mapreduce/prod dims=:, with one and two zeros", c, "prod", prodPoints(0, 1)),
        correct("peers4/chainrules/mapreduce/sum abs2", c, "sumAbs2",
            args((Object) new double[] {0.3, -1.1, 0.8, 2.2, -0.4, 0.05, 1.7})),
        correct("peers4/chainrules/evalpoly", c, "evalpoly", args(0.7, new double[] {1.2, -0.5, 0.3, 2.0}),
            args(-1.9, new double[] {1.2, -0.5, 0.3, 2.0, -0.8})));
  }

  // ---- TinyAD ----

  private static List<Entry> tinyAd() {
    String p = "peers4/tinyad/";
    Class<?> c = TinyAdTests.class;
    return List.of(
        correct(p + "ScalarTestMisc/Quadratic", c, "quadratic", args(1.0)),
        correct(p + "ScalarTestMisc/Sphere", c, "sphere", args(Math.PI / 8, Math.PI / 8, new double[3])),
        correct(p + "ScalarTestMisc/MinQuadric", c, "minQuadric", args((Object) new double[] {0, 0, 0}),
            args((Object) new double[] {-0.5, 0.5, -0.5})),
        correct(p + "ScalarTestMisc/TriangleDistortion", c, "triangleDistortion",
            args(new double[] {10, 1, 15, 3, 2, 2}, new double[] {1, 1, 2, 1, 1, 2})),
        // the test's points but (-1, 0), on atan2's branch cut (FourthPeerEdgeCasesTest)
        correct(p + "ScalarTestBinaryOperators/Atan2Const", c, "atan2", args(1.0, 2.0), args(2.0, 2.0),
            args(-1.0, 2.0), args(-2.0, 3.0), args(1.0, 0.0), args(0.0, 1.0), args(0.0, -1.0)),
        correct(p + "ScalarTestBinaryOperators/Pow int and real", c, "powers", args(1.0)),
        correct(p + "ScalarTestBinaryOperators/operators", c, "operators", args(1.0)),
        correct(p + "ScalarTestUnaryOperators/Sqr", c, "sqr", args(4.0, 6.0, new double[4])));
  }
}
