package dev.leibniz.corpus;

import static dev.leibniz.corpus.Entry.args;
import static dev.leibniz.corpus.Entry.correct;

import dev.leibniz.corpus.peers10.CasadiAd;
import dev.leibniz.corpus.peers10.DiffSharpDerivatives;
import dev.leibniz.corpus.peers10.SacadoFad;
import dev.leibniz.corpus.peers10.TfCwiseOps;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The tenth peer round: functions from the test suites of AD tools that no earlier peer round used (Trilinos Sacado's
 * Fad unit tests and performance functions, TensorFlow's cwise_ops unary and binary gradient checks, CasADi's ad.py,
 * DiffSharp's TestDiffSharp and TestDerivatives), ported to Java in {@code dev.leibniz.corpus.peers10} (each file's
 * header names the source, commit and licence; the LGPL sources rewritten from what each test computes) and classified
 * by the same harness. Entry ids start with {@code peers10/}. Kept apart from {@link Corpus} so that rounds merge
 * without conflicts; {@link Corpus#entries()} appends it. Points are the tests' own unless the comment next to one says
 * why; the tests' values at points where differences cannot serve (kinks, ties, bounds, zeros) are {@code
 * TenthPeerEdgeCasesTest}'s.
 */
final class TenthPeerRound {
  private TenthPeerRound() {}

  static List<Entry> entries() {
    return Stream.of(sacado(), tensorflow(), casadi(), diffsharp()).flatMap(List::stream).toList();
  }

  private static double[] v(double... xs) {
    return xs;
  }

  private static float[] f(float... xs) {
    return xs;
  }

  private static double[] linspace(double from, double to, int n) {
    double[] a = new double[n];
    for (int i = 0; i < n; i++) a[i] = from + (to - from) * i / (n - 1);
    return a;
  }

  private static double[] plus(double[] a, double c) {
    double[] r = a.clone();
    for (int i = 0; i < r.length; i++) r[i] += c;
    return r;
  }

  // ---- Sacado: packages/sacado/test (GTestSuite/FadUnitTests.hpp, UnitTests, performance) ----

  private static List<Entry> sacado() {
    String p = "peers10/sacado/test/";
    Class<?> c = SacadoFad.class;
    // Sacado's points are urand draws in (0, 1); two such points here
    Object[] ab1 = args(0.2835, 0.7146, new double[3]);
    Object[] ab2 = args(0.6214, 0.1853, new double[3]);
    // fad_jac_fill: num_nodes 5 (mesh spacing 0.25), x at node k (0.25 k - 0.5)^2 for each equation
    Object e = Entry.inLoaderOf(SacadoFad.ElemData.class, 0.25);
    return List.of(
        correct(p + "FadUnitTests testAddition", c, "addition", ab1, ab2),
        correct(p + "FadUnitTests testSubtraction", c, "subtraction", ab1, ab2),
        correct(p + "FadUnitTests testMultiplication", c, "multiplication", ab1, ab2),
        correct(p + "FadUnitTests testDivision", c, "division", ab1, ab2),
        correct(p + "FadUnitTests testPow", c, "pow", ab1, ab2),
        correct(p + "FadUnitTests testMax", c, "max", args(0.2835, 0.7146, new double[8]),
            args(0.6214, 0.1853, new double[8])),
        correct(p + "FadUnitTests testMin", c, "min", args(0.2835, 0.7146, new double[6]),
            args(0.6214, 0.1853, new double[6])),
        correct(p + "FadUnitTests unary ops and functions", c, "unaryFunctions", args(0.2835, new double[17]),
            args(0.6214, new double[17])),
        correct(p + "FadUnitTests testPlusEquals .. testDivideEquals", c, "assignOperators",
            args(0.2835, 0.7146, new double[4]), args(0.6214, 0.1853, new double[4])),
        correct(p + "FadUnitTests testComposite1", c, "composite1", args(0.2835, 0.7146), args(0.6214, 0.1853)),
        correct(p + "FadUnitTests testPlusLR .. testDivideLR", c, "leftRight", args(0.2835, 0.7146, new double[4]),
            args(0.6214, 0.1853, new double[4])),
        // the test's a = 1.2345; its a == 0 cases are TenthPeerEdgeCasesTest's
        correct(p + "FadUnitTests testPowConstB", c, "powConstB", args(1.2345, new double[4]),
            args(0.5, new double[4])),
        // the test's 1.5; its 0 is TenthPeerEdgeCasesTest's
        correct(p + "SafeSqrtTests", c, "safeSqrt", args(1.5), args(0.3)),
        correct(p + "TernaryExprTests", c, "ternary", args(1.5), args(-1.5)),
        correct(p + "performance/fad_expr_funcs mult<5>", c, "mult5",
            args((Object) v(0.2835, 0.7146, 0.6214, 0.1853, 0.9051, 0.4422))),
        correct(p + "performance/fad_expr_funcs nest<10>", c, "nest10", args((Object) v(0.2835)),
            args((Object) v(1.3))),
        correct(p + "performance/fe_jac_fill_funcs template_element_fill", c, "elementFill",
            args(e, 2, v(0.25, 0.25, 0.0625, 0.0625), new double[4]),
            args(e, 3, v(0.25, 0.25, 0.25, 0.0625, 0.0625, 0.0625), new double[6])),
        correct(p + "performance/fe_jac_fill_funcs fad_jac_fill (element loop)", c, "residualFill",
            args(e, 2, v(0.25, 0.25, 0.0625, 0.0625, 0, 0, 0.0625, 0.0625, 0.25, 0.25), new double[10])));
  }

  // ---- TensorFlow: kernel_tests/math_ops/cwise_ops_unary_test.py and cwise_ops_binary_test.py ----

  private static List<Entry> tensorflow() {
    String p = "peers10/tensorflow/math_ops/";
    Class<?> c = TfCwiseOps.class;
    double[] x = v(-3, -2, -1, 0, 1, 2);
    double[] bx = linspace(-5, 20, 15);
    double[] by = linspace(20, -5, 15);
    Random r = new Random(10);
    double[] r1 = new double[28];
    double[] r2 = new double[28];
    for (int i = 0; i < 28; i++) {
      r1[i] = r.nextGaussian();
      r2[i] = r.nextGaussian();
      // the test's floor: atan2's gradient is flaky near the origin
      if (Math.abs(r1[i]) < 0.5) r1[i] = Math.copySign(0.5, r1[i]);
      if (Math.abs(r2[i]) < 0.5) r2[i] = Math.copySign(0.5, r2[i]);
    }
    double[] bx10 = plus(linspace(0, 5, 10), 1);
    double[] by6 = plus(linspace(0, 5, 6), 1);
    double[][][] powX = new double[2][1][5];
    double[][][] powY = new double[2][3][1];
    for (int i = 0; i < 10; i++) powX[i / 5][0][i % 5] = bx10[i];
    for (int i = 0; i < 6; i++) powY[i / 3][i % 3][0] = by6[i];
    double[] by3 = plus(linspace(0, 5, 3), 1);
    double[][] divX = {{by6[0], by6[1]}, {by6[2], by6[3]}, {by6[4], by6[5]}};
    double[][] divY = {{by3[0]}, {by3[1]}, {by3[2]}};
    return List.of(
        correct(p + "cwise_ops_unary_test testDoubleBasic (x)", c, "unaryOnX", args(x, new double[15][6])),
        // x's 0 is abs's and bessel_i0e's kink (TensorFlow 0 there, TenthPeerEdgeCasesTest): moved to 0.5
        correct(p + "cwise_ops_unary_test testDoubleBasic abs", c, "abs", args(v(-3, -2, -1, 0.5, 1, 2), new double[6])),
        correct(p + "cwise_ops_unary_test testDoubleBasic bessel_i0e", c, "i0e",
            args(v(-3, -2, -1, 0.5, 1, 2), new double[6])),
        correct(p + "cwise_ops_unary_test testDoubleBasic (y)", c, "unaryOnY", args(plus(x, 0.5), new double[3][6])),
        correct(p + "cwise_ops_unary_test testDoubleBasic (z)", c, "unaryOnZ", args(plus(x, 15.5), new double[4][6])),
        correct(p + "cwise_ops_unary_test testDoubleBasic acosh (w)", c, "acosh", args(plus(x, 4.02), new double[6])),
        correct(p + "cwise_ops_unary_test testDoubleBasic (k)", c, "unaryOnK",
            args(v(-0.9, -0.55, -0.2, 0.15, 0.5, 0.85), new double[4][6])),
        correct(p + "cwise_ops_unary_test testFloatBasic log_sigmoid", c, "logSigmoid",
            args(f(-3, -2, -1, 0, 1, 2), new float[6])),
        correct(p + "cwise_ops_unary_test testFloatTanhEdge", c, "tanhFloat", args(f(40, 41, 42, 43, 44, 45), new float[6]),
            args(f(-40, -39, -38, -37, -36, -35), new float[6])),
        correct(p + "cwise_ops_binary_test testDoubleBasic add, subtract, multiply", c, "arithmetic",
            args(bx, by, new double[3][15])),
        correct(p + "cwise_ops_binary_test testDoubleBasic truediv", c, "truediv", args(bx, plus(by, 0.1), new double[15])),
        correct(p + "cwise_ops_binary_test testDoubleBasic atan2", c, "atan2", args(bx, by, new double[15]),
            args(r1, r2, new double[28])),
        correct(p + "cwise_ops_binary_test testDoubleBasic igamma, igammac", c, "igamma",
            args(linspace(0.1, 2, 15), linspace(0.1, 10, 15), new double[2][15])),
        correct(p + "cwise_ops_binary_test testFloatDifferentShapes atan2", c, "atan2Broadcast",
            args(new double[][] {{1}, {2}}, new double[][] {{1, 2}, {3, 4}}, new double[2][2])),
        correct(p + "cwise_ops_binary_test testFloatDifferentShapes reduce_sum(x * y)", c, "sumOfBroadcastProduct",
            args(new double[][] {{1, 2}, {3, 4}}, new double[][] {{1}, {2}})),
        correct(p + "cwise_ops_binary_test testBCast_8B pow", c, "powBroadcast", args(powX, powY, new double[2][3][5])),
        correct(p + "cwise_ops_binary_test testBCast_3D truediv", c, "truedivBroadcast",
            args(divX, divY, new double[3][2])),
        correct(p + "cwise_ops_binary_test testZeroPowGrad", c, "zeroPow", args(2.0), args(0.5), args(3.0)));
  }

  // ---- CasADi: test/python/ad.py ----

  private static List<Entry> casadi() {
    String p = "peers10/casadi/ad.py/";
    Class<?> c = CasadiAd.class;
    double[] x = v(1.1, 1.3);
    double[][] y = {{0.7, 1.5}, {2.1, 0.9}};
    return List.of(
        correct(p + "test_fwd, test_adj (dense column)", c, "denseColumn", args(v(1.2, 2.3, 7, 1.4), new double[4]),
            args(v(1.2, 2.3, 7, 4.6), new double[4])),
        correct(p + "test_fwd, test_adj (sparse column)", c, "sparseColumn",
            args(v(1.2, 0, 2.3, 0, 7, 1.4), new double[6])),
        correct(p + "test_fwd, test_adj (matrix)", c, "matrix", args(new double[][] {{1.2, 7}, {2.3, 1.4}},
            new double[2][2])),
        correct(p + "test_MX w[1] *= 2", c, "scaleOne", args(x, new double[2])),
        correct(p + "test_MX w2[1] *= x[0]", c, "scaleByFirst", args(x, new double[2])),
        correct(p + "test_MX ww[[0, 1]] *= x", c, "squareInPlace", args(x, new double[2])),
        correct(p + "test_MX wwf[[1, 0]] *= x", c, "swappedProducts", args(x, new double[2])),
        correct(p + "test_MX wwr[[0, 0, 1, 1]] *= 2", c, "repeatedIndices", args(x, new double[2])),
        correct(p + "test_MX yy[:, 0] = x, yy2[:, 0] = x**2", c, "columnAssign", args(x, y, false, new double[2][2]),
            args(x, y, true, new double[2][2])),
        correct(p + "test_MX yyy[[1, 0], 0] = x", c, "columnAssignPermuted", args(x, y, new double[2][2])),
        correct(p + "test_MX mtimes(y, x)", c, "matVec", args(x, y, new double[2])),
        correct(p + "test_MX f1.call([x**2, y])[1]", c, "f1OfSquares", args(x, y, new double[2])),
        correct(p + "test_MX sin(repmat(x**2, 1, 3))", c, "sinRepmat", args(x, new double[2][3])),
        correct(p + "test_MX sin(repsum((x**2).T, 1, 2))", c, "sinRepsum", args((Object) x)),
        correct(p + "test_MX diagcat(x[1]**2, y, x[0]**2)", c, "diagcat", args(x, y, new double[4][4])),
        correct(p + "test_MX dot(x, x), dot(x**2, x), dot(x, y[:, 0])", c, "dots", args(x, y, new double[3])),
        correct(p + "test_MX mac(y, x, sparse z)", c, "macSparse", args(x, y, new double[2])),
        correct(p + "test_MX x.nz[[1, 0]].T * y.nz[[0, 2]]", c, "nonzeroProducts", args(x, y, new double[2])),
        correct(p + "test_MX vertsplit(x**2, [0, 1, 2])[1]**3", c, "vertsplitCubed", args((Object) x)));
  }

  // ---- DiffSharp: tests/DiffSharp.Tests/TestDiffSharp.fs and TestDerivatives.fs ----

  private static List<Entry> diffsharp() {
    String p = "peers10/diffsharp/";
    Class<?> c = DiffSharpDerivatives.class;
    return List.of(
        correct(p + "TestDiffSharp TestGrad rosenbrock", c, "rosenbrock", args((Object) v(1.5, 2.5))),
        correct(p + "TestDiffSharp TestGradScalarToScalar", c, "fscalarscalar", args(1.5)),
        correct(p + "TestDiffSharp TestDiff fscalarvect3", c, "fscalarvect3", args(1.5, new double[3])),
        correct(p + "TestDiffSharp TestJacobian fvect2vect2", c, "fvect2vect2", args(v(0, 1), new double[2]),
            args(v(1.5, 2.5), new double[2])),
        correct(p + "TestDiffSharp TestJacobian(v) fvect3vect2", c, "fvect3vect2", args(v(0, 1, 2), new double[2]),
            args(v(1.5, 2.5, 3), new double[2])),
        correct(p + "TestDiffSharp TestJacobian fvect3vect3", c, "fvect3vect3", args(v(0, 1, 2), new double[3])),
        correct(p + "TestDiffSharp TestJacobian fvect3vect4", c, "fvect3vect4", args(v(0, 1, 2), new double[4])),
        correct(p + "TestDerivatives TestDerivativePowTT", c, "powTT", args(f(1, 2, 3), f(4, 5, 6), new float[3])),
        correct(p + "TestDerivatives TestDerivativeMaxBinary", c, "maxBinary",
            args(f(19.3520f, 8.9730f, -23.6274f, -3.5977f, -20.3245f), f(-17.1885f, -4.0684f, 4.2405f, -21.7158f,
                12.2048f), new float[5])),
        // the test's -2 and 3 are the bounds (DiffSharp: 1 and 0 there, TenthPeerEdgeCasesTest): moved outward by 0.5
        correct(p + "TestDerivatives TestDerivativeClampT", c, "clamp",
            args(f(-4, -3, -2.5f, -1, 0, 1, 2, 3.5f, 4), new float[9])),
        // abs, sign, relu and leakyRelu at the tests' [-1, -2, 0, 3, 10] with 0 (their kink) moved to 0.5
        correct(p + "TestDerivatives TestDerivativeAbsT, SignT, ReluT, LeakyRelu", c, "piecewise",
            args(f(-1, -2, 0.5f, 3, 10), new float[4][5])),
        correct(p + "TestDerivatives TestDerivativeSoftplusT", c, "softplus",
            args(f(-1.9908e-01f, 9.0179e-01f, -5.7899e-01f, 1.2083e+00f, -4.0689e+04f, 2.8907e+05f, -6.5848e+05f,
                -1.2992e+05f), new float[8])),
        correct(p + "TestDerivatives Sigmoid, Exp, Log, Log10, Sin, Cos, Tan", c, "elementwise",
            args(f(0.9473f, 1.4891f, 0.2015f, 0.5818f, 0.8439f), new float[7][5])),
        correct(p + "TestDerivatives TestDerivativeSqrtT", c, "sqrt",
            args(f(54.7919f, 70.6440f, 16.0868f, 74.5486f, 82.9318f), new float[5])),
        correct(p + "TestDerivatives TestDerivativeSoftmax", c, "softmax",
            args(new float[][] {{4.6815f, 5.6441f, 7.4689f}, {9.1976f, 8.1241f, 7.4521f}}, new float[2][3])),
        correct(p + "TestDerivatives TestDerivativeVariance", c, "variance", args((Object) f(1, 2, 3))),
        correct(p + "TestDerivatives TestDerivativeStddev", c, "stddev", args((Object) f(1, 2, 3))));
  }
}
