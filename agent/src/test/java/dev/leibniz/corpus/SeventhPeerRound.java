package dev.leibniz.corpus;

import static dev.leibniz.corpus.Entry.args;
import static dev.leibniz.corpus.Entry.correct;
import static dev.leibniz.corpus.Entry.knownWrong;

import dev.leibniz.corpus.peers7.ForwardDiffTests;
import dev.leibniz.corpus.peers7.JuliaGivens;
import dev.leibniz.corpus.peers7.StanDistributions;
import dev.leibniz.corpus.peers7.TfMathGrad;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The seventh peer round: functions from the test suites of AD tools that no earlier peer round used (TensorFlow's
 * tensorflow/python/ops/math_grad_test.py, ForwardDiff.jl's test/DerivativeTest.jl and test/MiscTest.jl with Julia's
 * givensAlgorithm) and Stan Math's log densities and distribution functions that no earlier round took, ported to Java
 * in {@code dev.leibniz.corpus.peers7} (each file's header names the source, commit and licence) and classified by the
 * same harness. Entry ids start with {@code peers7/}. Kept apart from {@link Corpus} so that rounds merge without
 * conflicts; {@link Corpus#entries()} appends it. Points are the tests' own (fixed here where the test draws them at
 * random) unless the comment next to one says why.
 */
final class SeventhPeerRound {
  private SeventhPeerRound() {}

  static List<Entry> entries() {
    return Stream.of(tensorFlow(), forwardDiff(), givens(), stan()).flatMap(List::stream).toList();
  }

  static final String X_AT_ZERO = "TensorFlow's definition `x == 0 ? 0 : x * log(y)` (and x * log1p(y), x / y): at x = 0"
      + " the special case drops x, so the derivative in x is 0 (TensorFlow's own gradient there, which its test asserts)"
      + " where the function's is log(y) (log1p(y), 1 / y); the core warns at the test";

  static final String MUL_NO_NAN_AT_ZERO = "mul_no_nan `y == 0 ? 0 : x * y`: at y = 0 the special case drops y, so the"
      + " derivative in y is 0 where the function's is x (TensorFlow's gradient, asserted by its test, is x); the core warns"
      + " at the test";

  static final String GIVENS_AT_G_ZERO = "givensAlgorithm's special case `g == 0` returns (1, 0, f): the derivative of"
      + " sn in g is 0 there where the function's is 1 / f (ForwardDiff's Dual `==` compares the partials too, so it"
      + " takes the general branch and its test asserts the finite differences' value); the core warns at the test";

  private static double[] v(double... xs) {
    return xs;
  }

  /** A point of an elementwise op: its array, then an output array of the same length. */
  private static Object[] op(double[] x) {
    return args(x.clone(), new double[x.length]);
  }

  /**
   * AbsOpTest's _biasedRandN: normals times sigma, pushed bias away from 0 by their sign (drawn from java.util.Random,
   * not numpy's stream: the test's seed 7 fixes only its own draws).
   */
  private static double[][] biasedRandN(Random r, double bias, double sigma) {
    double[][] a = new double[3][3];
    for (double[] row : a) {
      for (int j = 0; j < 3; j++) {
        double value = r.nextGaussian() * sigma;
        row[j] = value + Math.signum(value) * bias;
      }
    }
    return a;
  }

  private static double[][] randn(Random r, int n, int m) {
    double[][] a = new double[n][m];
    for (double[] row : a) {
      for (int j = 0; j < m; j++) row[j] = r.nextGaussian();
    }
    return a;
  }

  // ---- TensorFlow: tensorflow/python/ops/math_grad_test.py ----

  private static List<Entry> tensorFlow() {
    String p = "peers7/tf/math_grad_test/";
    Class<?> c = TfMathGrad.class;
    Random r = new Random(7);
    double[][][] right = {randn(r, 2, 4), randn(r, 2, 4), randn(r, 2, 4)};
    double[] arange = v(-3, -2, -1, 0, 1, 2);
    double[][] twoByTwo = {{-3, 5}, {7, 11}};
    double[][][] cube = {{{-3, 5}, {7, 11}}, {{13, 17}, {19, 23}}};
    return List.of(
        correct(p + "SquaredDifferenceOpTest", c, "squaredDifference", args(randn(r, 2, 4), right)),
        correct(p + "AbsOpTest (bias 0.1)", c, "abs", args((Object) biasedRandN(r, 0.1, 1.0))),
        correct(p + "AbsOpTest (near the pole)", c, "abs", args((Object) biasedRandN(r, 0.0, 0.1))),
        correct(p + "MinOrMaxGradientTest min", c, "reduceMinOfConcat", args(1.0)),
        correct(p + "MinOrMaxGradientTest max", c, "reduceMaxOfConcat", args(1.0)),
        // the test's [1, 2, 3, 4] against 3 (and 2) ties at one element, where max and min have no derivative
        // (differences give 1/2, TensorFlow's rule 1): that element is moved off the tie by 0.5
        correct(p + "MaximumOrMinimumGradientTest maximum", c, "maximum", args(v(1, 2, 3.5, 4), 3.0, new double[4])),
        correct(p + "MaximumOrMinimumGradientTest minimum", c, "minimum", args(v(1, 2.5, 3, 4), 2.0, new double[4])),
        correct(p + "ProdGradientTest", c, "reduceProd", args((Object) new double[][] {{1, 2}, {3, 4}})),
        correct(p + "ProdGradientTest axis -1", c, "reduceProdLastAxis", args((Object) new double[][] {{1, 2}, {3, 4}})),
        correct(p + "EuclideanNormGradientTest", c, "euclideanNorm",
            args((Object) v(3)), args((Object) v(-3)), args((Object) v(3, -4)), args((Object) v(1.0, -0.0))),
        // TensorFlow asserts NaN here; the code's derivative (a norm at the origin) is 0, README "Roots of squares"
        correct(p + "EuclideanNormGradientTest zeros", c, "euclideanNorm", args((Object) v(0.0, -0.0))),
        correct(p + "EuclideanNormGradientTest 2-D", c, "euclideanNorm2d", args((Object) twoByTwo)),
        correct(p + "EuclideanNormGradientTest 2-D along an axis", c, "euclideanNorm2dAlong",
            args(twoByTwo, 0), args(twoByTwo, 1), args(new double[][] {{3}, {4}}, 1)),
        correct(p + "EuclideanNormGradientTest 3-D along an axis", c, "euclideanNorm3dAlong",
            args(cube, 0), args(cube, 1), args(cube, 2)),
        correct(p + "SegmentMinOrMaxGradientTest min", c, "segmentMin", args(v(1, 2, 3), new int[] {0, 0, 1})),
        correct(p + "SegmentMinOrMaxGradientTest max", c, "segmentMax", args(v(1, 2, 3), new int[] {0, 0, 1})),
        correct(p + "SegmentMinOrMaxGradientTest min with ties", c, "segmentMinWithTies", args(1.0)),
        correct(p + "SegmentMinOrMaxGradientTest max with ties", c, "segmentMaxWithTies", args(1.0)),
        correct(p + "FloorModGradientTest", c, "floorMod", args(131.0, 17.0)),
        correct(p + "DivNoNanGradientTest", c, "divNoNanBasic", op(arange)),
        correct(p + "MulNoNanGradientTest", c, "mulNoNanBasic", op(arange)),
        // (0, 0) for xlogy and xdivy and (0, -1) for xlog1py sit on log's pole and the division's: the differences in x
        // are not finite there, and TensorFlow's asserted (0, 0) is SeventhPeerEdgeCasesTest's
        // at y = 0 and x != 0 div_no_nan jumps (x / y on either side): the differences diverge there, so only the
        // point x = 0 is checked here; TensorFlow's asserted (0, 0) at the others is SeventhPeerEdgeCasesTest's
        correct(p + "DivNoNanGradientTest denominator zero", c, "divNoNanScalar", args(0.0, 0.0)),
        correct(p + "MulNoNanGradientTest rhs zero (x = 0)", c, "mulNoNanScalar", args(0.0, 0.0)),
        knownWrong(p + "MulNoNanGradientTest rhs zero (x = 1)", c, "mulNoNanScalar", MUL_NO_NAN_AT_ZERO, args(1.0, 0.0)),
        correct(p + "XlogyTest non-zero", c, "xlogy", args(0.1, 3.1)),
        knownWrong(p + "XlogyTest zero x", c, "xlogy", X_AT_ZERO, args(0.0, 3.1)),
        correct(p + "Xlog1pyTest non-zero", c, "xlog1py", args(0.1, 3.1)),
        knownWrong(p + "Xlog1pyTest zero x", c, "xlog1py", X_AT_ZERO, args(0.0, 3.1)),
        correct(p + "XdivyTest non-zero", c, "xdivy", args(0.1, 3.1)),
        knownWrong(p + "XdivyTest zero x", c, "xdivy", X_AT_ZERO, args(0.0, 3.1)),
        correct(p + "PowGradTest", c, "powSquare", op(v(-1, 0, 1))),
        correct(p + "NextAfterTest", c, "nextAfter", args(0.1, 3.1)),
        correct(p + "NextAfterTest gradient checker", c, "nextAfterTwo", op(v(-1, 0, 1, 2, 3))));
  }

  // ---- ForwardDiff.jl: test/DerivativeTest.jl, test/MiscTest.jl ----

  private static double[][] rand(Random r, int n, int m) {
    double[][] a = new double[n][m];
    for (double[] row : a) {
      for (int j = 0; j < m; j++) row[j] = r.nextDouble();
    }
    return a;
  }

  private static List<Entry> forwardDiff() {
    String p = "peers7/forwarddiff/";
    Class<?> c = ForwardDiffTests.class;
    Random r = new Random(1);
    List<Entry> entries = new ArrayList<>(List.of(
        // "exponential function at base zero": the points y = 0.5 and 1.5 (derivative 0); at y = 0 and -0.5 the
        // function jumps (0^y is 1 at 0 and infinite below), where ForwardDiff asserts -Inf
        correct(p + "DerivativeTest/exponential function at base zero", c, "powOfZeroBase", args(0.5), args(1.5)),
        correct(p + "DerivativeTest/NaNMath.pow(1.0, x)", c, "powOne", args(1.0)),
        correct(p + "DerivativeTest/x^2.0", c, "squareByPow", args(2.0)),
        correct(p + "MiscTest/README example", c, "readmeExample", args((Object) rand(r, 1, 5)[0])),
        correct(p + "MiscTest/issue 59", c, "issue59Nested", args((Object) rand(r, 1, 2)[0])),
        correct(p + "MiscTest/jacobian of inv", c, "inv", args((Object) rand(r, 5, 5))),
        correct(p + "MiscTest/hypot sum (Partials{0})", c, "hypotSum", args(rand(r, 1, 3)[0], rand(r, 1, 3)[0])),
        correct(p + "MiscTest/NaNMath.pow(-2, 2)", c, "nanMathPow", args(-2.0)),
        correct(p + "MiscTest/issue 290 rem2pi RoundUp", c, "rem2piRoundUp", args(r.nextDouble())),
        correct(p + "MiscTest/issue 290 rem2pi RoundDown", c, "rem2piRoundDown", args(r.nextDouble()))));
    for (String op : List.of(".-", ".+", "./", ".*")) {
      entries.add(correct(p + "MiscTest/element-wise " + op, c, "elementwise", args(v(1, 1, 1, 1), op)));
    }
    return entries;
  }

  private static List<Entry> givens() {
    String p = "peers7/forwarddiff/DerivativeTest/Givens rotations/";
    Class<?> c = JuliaGivens.class;
    double[] fs = {0.7323, -1.4567}; // randexp() and -randexp(), fixed
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      List<Object[]> points = new ArrayList<>();
      for (double f : fs) {
        for (double g : v(f / 2, 2 * f, -f / 2, -2 * f)) points.add(args(f, g, i));
      }
      entries.add(correct(p + "result " + (i + 1), c, "givens", points.toArray(new Object[0][])));
      // not in the test: the scaling loops of dlartg above safmx2 and below safmn2
      entries.add(correct(p + "result " + (i + 1) + " scaled", c, "givens",
          args(3e300, -4e300, i), args(-3e-300, 4e-300, i)));
      Object[][] atZero = {args(fs[0], 0.0, i), args(fs[1], 0.0, i)};
      entries.add(i == 1
          ? knownWrong(p + "result 2 at g = 0", c, "givens", GIVENS_AT_G_ZERO, atZero)
          : correct(p + "result " + (i + 1) + " at g = 0", c, "givens", atZero));
    }
    return entries;
  }

  // ---- Stan Math: stan/math/prim/prob, points of test/prob ----

  private static List<Entry> stan() {
    String p = "peers7/stan/prob/";
    Class<?> c = StanDistributions.class;
    return List.of(
        correct(p + "cauchy_lpdf", c, "cauchyLpdf", args(1.0, 0.0, 1.0), args(-1.5, 0.0, 1.0), args(-1.5, -1.0, 1.0)),
        correct(p + "cauchy_cdf", c, "cauchyCdf", args(1.0, 0.0, 1.0), args(-1.5, 0.0, 1.0), args(-2.5, -1.0, 1.0)),
        correct(p + "logistic_lpdf", c, "logisticLpdf", args(1.2, 0.3, 2.0), args(-1.0, 0.2, 0.25)),
        correct(p + "logistic_cdf", c, "logisticCdf", args(-3.45, 5.235, 2.89)),
        // the test's first point y = mu = 1 is |y - mu|'s kink (Stan's sign(0) = 0 there; differences 0, the README's
        // abs'(+0.0) = +1): left out
        correct(p + "double_exponential_lpdf", c, "doubleExponentialLpdf",
            args(2.0, 1.0, 1.0), args(-3.0, 2.0, 1.0), args(1.0, 0.0, 2.0), args(1.9, 2.3, 0.5), args(1.9, 2.3, 0.25)),
        correct(p + "double_exponential_cdf", c, "doubleExponentialCdf",
            args(2.0, 1.0, 1.0), args(-3.0, 2.0, 1.0), args(1.0, 0.0, 2.0), args(1.9, 2.3, 0.5), args(1.9, 2.3, 0.25)),
        correct(p + "lognormal_lpdf", c, "lognormalLpdf", args(1.2, 0.3, 1.5), args(12.0, 3.0, 0.9)),
        correct(p + "lognormal_cdf", c, "lognormalCdf", args(1.2, 0.3, 1.5), args(12.0, 3.0, 0.9)),
        correct(p + "weibull_lpdf", c, "weibullLpdf", args(2.0, 1.0, 1.0), args(0.25, 2.9, 1.8), args(3.9, 1.7, 0.25)),
        correct(p + "weibull_cdf", c, "weibullCdf", args(2.0, 1.0, 1.0), args(0.25, 2.9, 1.8), args(3.9, 1.7, 0.25)),
        correct(p + "frechet_lpdf", c, "frechetLpdf", args(2.0, 1.0, 1.0), args(0.8, 2.9, 1.8), args(0.25, 3.9, 1.7)),
        correct(p + "frechet_cdf", c, "frechetCdf", args(2.0, 1.0, 1.0), args(0.8, 2.9, 1.8)),
        correct(p + "pareto_lpdf", c, "paretoLpdf", args(1.5, 0.5, 2.0), args(19.5, 0.15, 5.0)),
        correct(p + "gumbel_lpdf", c, "gumbelLpdf",
            args(0.0, 0.0, 1.0), args(1.0, 0.0, 1.0), args(-2.0, 0.0, 1.0), args(-3.5, 1.9, 7.2)),
        correct(p + "skew_normal_lpdf", c, "skewNormalLpdf",
            args(1.0, 0.0, 1.0, 1.0), args(-2.0, 0.0, 1.0, 2.0), args(-3.5, 1.9, 7.2, 2.9)),
        // at y = mu Hipparchus' erfc takes its constant case x == 0.0 (known wrong before the rule for Erf.erfc)
        correct(p + "skew_normal_lpdf at y = mu", c, "skewNormalLpdf", args(0.0, 0.0, 1.0, 1.0)),
        correct(p + "exponential_lpdf", c, "exponentialLpdf", args(2.0, 1.5), args(15.0, 3.9), args(1e-8, 3.9)),
        correct(p + "exponential_lccdf", c, "exponentialLccdf", args(2.0, 1.5), args(15.0, 3.9), args(0.25, 3.9)),
        correct(p + "rayleigh_lpdf", c, "rayleighLpdf", args(4.0, 1.0), args(1.0, 1.0), args(2.0, 1.0), args(3.5, 7.2)));
  }
}
