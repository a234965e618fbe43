package dev.leibniz.corpus;

import static dev.leibniz.corpus.Entry.args;
import static dev.leibniz.corpus.Entry.correct;

import dev.leibniz.corpus.peers11.ChainerFunctions;
import dev.leibniz.corpus.peers11.FastAdTests;
import dev.leibniz.corpus.peers11.PyTensorGrads;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The eleventh peer round: functions from the test suites of AD tools that no earlier peer round used (FastAD's
 * reverse-mode unit and integration tests, PyTensor's gradient tests, Chainer's gradient_check function tests), ported
 * to Java in {@code dev.leibniz.corpus.peers11} (each file's header names the source, commit and licence) and classified
 * by the same harness. Entry ids start with {@code peers11/}. Kept apart from {@link Corpus} so that rounds merge without
 * conflicts; {@link Corpus#entries()} appends it. Points are the tests' own (the fixtures' values; random draws are fixed
 * draws from the tests' distributions) unless the comment next to one says why; the tests' values at points where
 * differences cannot serve (kinks, ties, singular points, -inf out of range) are {@code EleventhPeerEdgeCasesTest}'s.
 */
final class EleventhPeerRound {
  private EleventhPeerRound() {}

  static List<Entry> entries() {
    return Stream.of(fastad(), pytensor(), chainer()).flatMap(List::stream).toList();
  }

  private static double[] v(double... xs) {
    return xs;
  }

  /** n draws uniform in [lo, hi) from a fixed seed (the tests' numpy.random.uniform draws, fixed here). */
  static double[] uniform(long seed, int n, double lo, double hi) {
    Random r = new Random(seed);
    double[] a = new double[n];
    for (int i = 0; i < n; i++) a[i] = lo + (hi - lo) * r.nextDouble();
    return a;
  }

  static double[][] matrix(double[] flat, int rows, int cols) {
    double[][] m = new double[rows][cols];
    for (int i = 0; i < rows; i++) System.arraycopy(flat, i * cols, m[i], 0, cols);
    return m;
  }

  static double[][][] tensor(double[] flat, int a, int b, int c) {
    double[][][] t = new double[a][b][c];
    for (int i = 0; i < a; i++) t[i] = matrix(java.util.Arrays.copyOfRange(flat, i * b * c, (i + 1) * b * c), b, c);
    return t;
  }

  // ---- FastAD: test/integration and test/reverse ----

  private static List<Entry> fastad() {
    String p = "peers11/fastad/";
    Class<?> c = FastAdTests.class;
    double[] vec = v(3.1, -2.3, 1.3, 0., 5.1); // base_fixture::vec_initialize
    double[][] mat = {{3.1, -2.3, 1.3}, {0.2, 5.1, -0.9}}; // base_fixture::mat_initialize
    double[] val = v(0.1, 2.3, -1., 4.1, -5.21); // ad_fixture
    double[][] fplu = {{2, 3, 1, 5}, {3, 5, -1, 3}, {-2, 3, 1, 0}, {-1, -1, 2, 7}};
    double[][] llt = {{8, 3, 1, 5}, {3, 5, 1, 3}, {1, 1, 1, 0}, {5, 3, 0, 7}};
    double[] nx = v(3.1, -2.3, 1.3);
    double[] normalMu = v(-0.3, -2.3, -1.2);
    double[] normalSigma = v(0.01, 1.03, 2.41);
    double[][] sigmaLower = {{1.0, 0, 0}, {0.3, 2.0, 0}, {0.2, -0.3, 3.0}}; // normal_fixture::mat_initialize
    double[] cx = v(0.5, -1.3, -3.2414999);
    double[] cloc = v(0.4, -2.30000001, -10.32);
    double[] cscale = v(0.51, 0.01, 3.4);
    Random normals = new Random(1000);
    double[] phiX = new double[10]; // function_vector_complex draws 1000 standard normals; ten here
    for (int i = 0; i < phiX.length; i++) phiX[i] = normals.nextGaussian();
    // the vector's 0 is PowNode<-1>'s singular point (FastAD -inf there, EleventhPeerEdgeCasesTest): 0.7 here
    double[] vecNonZero = v(3.1, -2.3, 1.3, 0.7, 5.1);
    return List.of(
        correct(p + "node_inttest leaf_unary", c, "leafUnary", args(3.1)),
        correct(p + "node_inttest leaf_unary_minus", c, "leafUnaryMinus", args(3.1)),
        correct(p + "node_inttest leaf_unary_unary", c, "leafUnaryUnary", args(3.1)),
        correct(p + "node_inttest leaf_leaf_binary", c, "leafLeafBinary", args(1., 2., 3.)),
        correct(p + "node_inttest leaf_unary_binary", c, "leafUnaryBinary", args((Object) v(2.0, 1.31, -3.14))),
        correct(p + "node_inttest leaf_unary_binary_2", c, "leafUnaryBinary2", args(1.2041, -2.2314)),
        correct(p + "node_inttest leaf_unary_binary_3", c, "leafUnaryBinary3", args(1.2041, -2.2314)),
        correct(p + "node_inttest leaf_unary_binary_4", c, "leafUnaryBinary4", args(1.5928, -0.291, 5.1023)),
        correct(p + "node_inttest leaf_unary_eq", c, "leafUnaryEq", args(v(1.), 2.)),
        correct(p + "node_inttest leaf_opeq_many_nested", c, "opEqManyNested", args(vec, v(2.31))),
        correct(p + "node_inttest leaf_opeq_head_tail", c, "opEqHeadTail", args(vec, 2.31)),
        correct(p + "node_inttest leaf_binary_eq_glue", c, "binaryEqGlue", args((Object) v(1., 2., 3., 4.))),
        correct(p + "node_inttest leaf_unary_binary_eq_glue", c, "unaryBinaryEqGlue", args(-0.201, 1.2241)),
        correct(p + "node_inttest sumnode", c, "sumNode", args((Object) v(0.203104, 1.4231, -1.231))),
        correct(p + "node_inttest foreach", c, "forEachProduct", args((Object) v(100., 20., -10., 1e-3))),
        correct(p + "node_inttest mat_scl_reduction", c, "matSclReduction",
            args((Object) new double[][] {{2, 0}, {3, 0}, {4, 0}})),
        // the test sets x(0) three times (1, 0, 2); the other entries stay 0
        correct(p + "node_inttest dot_sum_norm", c, "dotSumNorm", args(mat, v(2., 0., 0.))),
        correct(p + "ad_inttest F_test", c, "fLambda", args(val, new double[3])),
        correct(p + "ad_inttest F_with_constant_test", c, "fWithConstant", args(val, new double[3])),
        correct(p + "ad_inttest G_test", c, "gLambda", args(val, new double[2])),
        correct(p + "ad_inttest H_test", c, "hLambda", args(val, new double[1])),
        correct(p + "ad_inttest function_vector_complex (PHI_lmda)", c, "phiLambda", args(phiX, new double[7])),
        correct(p + "if_else_unittest if_else_simple", c, "ifElseSimple", args(1., 2.), args(2., 1.)),
        correct(p + "if_else_unittest if_else_simple_negated", c, "ifElseSimpleNegated", args(1., 2.), args(2., 1.)),
        correct(p + "if_else_unittest if_else_complicated", c, "ifElseComplicated", args(1., 2., 3., 4.),
            args(1., 2., 4., 3.)),
        correct(p + "if_else_unittest if_else_complicated_vec", c, "ifElseComplicatedVec",
            args(1., 2., 3., 4., vec, vec.clone(), vec.clone(), new double[5])),
        correct(p + "if_else_unittest if_on_if", c, "ifOnIf", args(1., 2., 3., 4.), args(1., 2., 4., 3.),
            args(2., 1., 3., 4.)),
        correct(p + "pow_unittest PowNode<2, -1, 0> scl", c, "powScalar", args(2.31, new double[3])),
        correct(p + "pow_unittest PowNode<2, -1, 0> vec", c, "powVector", args(vecNonZero, new double[3][5])),
        correct(p + "prod_unittest vec_expr, mat_expr", c, "prodOfUnary", args(vec, mat, new double[2])),
        correct(p + "norm_unittest vec_expr, mat_expr", c, "squaredNormOfUnary", args(vec, mat, new double[2])),
        correct(p + "det_unittest det_fplu", c, "detFullPivLu", args((Object) fplu)),
        correct(p + "det_unittest det_llt", c, "detLlt", args((Object) llt)),
        correct(p + "log_det_unittest log_det_fplu", c, "logDetFullPivLu", args((Object) fplu)),
        correct(p + "log_det_unittest log_det_llt", c, "logDetLlt", args((Object) llt)),
        correct(p + "stat/normal_unittest sss", c, "normalSss", args(2.31, -0.2, 0.01)),
        correct(p + "stat/normal_unittest vss", c, "normalVss", args(nx, -0.2, 0.01)),
        correct(p + "stat/normal_unittest vvs", c, "normalVvs", args(nx, normalMu, 0.01)),
        correct(p + "stat/normal_unittest vsv", c, "normalVsv", args(nx, -0.2, normalSigma)),
        correct(p + "stat/normal_unittest vvv", c, "normalVvv", args(nx, normalMu, normalSigma)),
        correct(p + "stat/normal_unittest vsm", c, "normalVsm", args(nx, -0.2, sigmaLower)),
        correct(p + "stat/cauchy_unittest sss", c, "cauchySss", args(0.421, 0.341, 2.132)),
        correct(p + "stat/cauchy_unittest vss", c, "cauchyVss", args(cx, 0.341, 2.132)),
        correct(p + "stat/cauchy_unittest vsv", c, "cauchyVsv", args(cx, 0.341, cscale)),
        correct(p + "stat/cauchy_unittest vvs", c, "cauchyVvs", args(cx, cloc, 2.132)),
        correct(p + "stat/cauchy_unittest vvv", c, "cauchyVvv", args(cx, cloc, cscale)));
  }

  // ---- PyTensor: tests/scalar, tests/tensor, tests/test_gradient.py ----

  private static List<Entry> pytensor() {
    String p = "peers11/pytensor/";
    Class<?> c = PyTensorGrads.class;
    Random r = new Random(2012);
    double[] vx = {r.nextGaussian(), r.nextGaussian()}; // rng.standard_normal(2)
    double[][] vA = {{r.nextGaussian(), r.nextGaussian()}, {r.nextGaussian(), r.nextGaussian()}};
    double[] x50 = uniform(3, 6, 0, 1); // test_clip_repeat_grad: rng.random(nvals), six of its fifty
    double[] below = uniform(4, 6, -1, 0);
    double[] above = uniform(5, 6, 1, 2);
    return List.of(
        // the test's 0 is the kink (PyTensor 0.5, EleventhPeerEdgeCasesTest)
        correct(p + "scalar/test_basic test_grad_abs", c, "halfAbsPlus", args(0.7), args(-0.7)),
        // the test's [1], [1] is the tie (EleventhPeerEdgeCasesTest)
        correct(p + "tensor/test_math test_maximum_minimum_grad", c, "maximumMinimum",
            args(v(1.2, -0.3, 0.5), v(0.4, 0.9, -1.1), new double[2])),
        correct(p + "tensor/test_math test_clip_grad", c, "clipGrad", args(v(-1.0, 0.5, 2.0), 0.0, 1.0, new double[3])),
        correct(p + "tensor/test_math test_clip_repeat_grad", c, "clipRepeat", args(x50, below, above, new double[3])),
        correct(p + "tensor/test_math test_clip_repeat_verify_grad", c, "clipRepeatVerify",
            args(v(0.61, -0.43, 1.32, -0.97), new double[3][4])),
        // the test's -100 and 100 are EleventhPeerEdgeCasesTest's (1 - sigmoid(100) is 0 in double)
        correct(p + "tensor/test_math test_grad_useless_sum", c, "logOneMinusSigmoid", args((Object) v(-1.)),
            args((Object) v(0.)), args((Object) v(1.))),
        // the test's 0, -0, -1e-309, -1e-308 are EleventhPeerEdgeCasesTest's; here both branches of Log1mexp.impl
        correct(p + "tensor/test_math test_log1mexp_grad_lim", c, "log1mexp", args(-0.3), args(-2.0)),
        correct(p + "tensor/test_math test_grad_max, test_grad_min", c, "maxMinAlongAxes",
            args(matrix(uniform(6, 6, 0, 1), 2, 3), new double[11])),
        correct(p + "tensor/test_math TestProd test_verify_grad", c, "prodAxis1",
            args(new double[][] {{0.1, 0.2, 0.3}, {0.4, 0.5, 0.6}, {0.7, 0.8, 0.9}}, new double[3][3])),
        correct(p + "tensor/test_math TestProd test_verify_grad_with_zeros", c, "prodAxis1",
            args(new double[][] {{1, 2, 3}, {0, 5, 6}, {0, 0, 9}}, new double[3][3])),
        correct(p + "tensor/test_math TestProd test_prod_no_zeros_in_input", c, "prodAxis1",
            args(new double[][] {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}, new double[3][3])),
        correct(p + "tensor/test_math TestOuter test_grad", c, "outer", args(v(0.3, 0.8, 0.1), v(0.5, 0.2),
            new double[3][2]), args(uniform(7, 6, 0, 1), uniform(8, 20, 0, 1), new double[6][20])),
        correct(p + "test_gradient test_grad_quadratic", c, "quadratic", args(vx, vA)),
        correct(p + "test_gradient test_grad_quadratic_vector", c, "quadraticVector", args(vx, vA, new double[2])),
        correct(p + "test_gradient test_grad_cubic", c, "cubic", args(vx, vA)),
        correct(p + "test_gradient test_grad_grad_quadratic", c, "gradQuadratic", args(vx, vA, new double[2])),
        correct(p + "test_gradient test_grad_grad_cubic", c, "gradCubic", args(vx, vA, new double[2])),
        correct(p + "test_gradient test_grad_disconnected", c, "allocOfMean", args((Object) v(0.31, -1.22, 0.84))),
        correct(p + "tensor/test_special TestSoftmax test_grad", c, "softmaxColumn",
            args(tensor(uniform(9, 24, 0, 1), 3, 4, 2), 1, new double[3][2]),
            args(tensor(uniform(10, 24, 0, 1), 3, 4, 2), 3, new double[3][2])),
        correct(p + "tensor/test_special TestSoftmax test_vector_grad", c, "softmaxVector",
            args(uniform(11, 4, 0, 1), new double[4])),
        correct(p + "tensor/test_special TestLogSoftmax test_matrix_grad", c, "logSoftmaxColumn",
            args(matrix(uniform(12, 12, 0, 1), 3, 4), 0, new double[3])),
        correct(p + "tensor/test_special test_logsumexp_logaddexp_stable_grad", c, "stableLogSumExp",
            args(v(1000.0, 1001.0), 2.0, new double[2]), args(v(-800.0, -805.0), 2.0, new double[2])));
  }

  // ---- Chainer: tests/chainer_tests/functions_tests ----

  private static List<Entry> chainer() {
    String p = "peers11/chainer/functions_tests/";
    Class<?> c = ChainerFunctions.class;
    double[] x6 = v(-0.62, 0.31, 0.93, -0.17, 0.55, -0.88); // uniform(-1, 1), shape (3, 2)
    double[] x12 = v(-0.62, 0.31, 0.93, -0.17, 0.55, -0.88, 0.44, 0.12, -0.35, 0.71, -0.96, 0.27);
    // contrastive: batch 5, dim 3, margin 1, rows redrawn as the test does until every distance is above 3e-2 and
    // 1e-2 away from the margin
    double[][] x0;
    double[][] x1;
    long seed = 20;
    while (true) {
      x0 = matrix(uniform(seed, 15, -1, 1), 5, 3);
      x1 = matrix(uniform(seed + 1000, 15, -1, 1), 5, 3);
      boolean ok = true;
      for (int i = 0; i < 5; i++) {
        double d = 0;
        for (int j = 0; j < 3; j++) d += (x0[i][j] - x1[i][j]) * (x0[i][j] - x1[i][j]);
        d = Math.sqrt(d);
        ok &= d > 3e-2 && Math.abs(d - 1) > 1e-2;
      }
      if (ok) break;
      seed++;
    }
    double[][] hingeX = matrix(uniform(30, 20, -1, 1), 4, 5);
    double[][] detX = {{0.91, 0.55, 0.62}, {0.58, 0.97, 0.71}, {0.66, 0.52, 0.88}};
    double[][] detY = {{0.74, 0.96, 0.51}, {0.83, 0.57, 0.69}, {0.52, 0.78, 0.93}};
    return List.of(
        // z = 0.75 and 0 are the kinks the test dodges (dodge_nondifferentiable); the draw is away from them
        correct(p + "activation_tests test_clipped_relu", c, "clippedRelu", args(x6, new double[6])),
        correct(p + "activation_tests test_elu", c, "elu", args(x6, 1.37, new double[6]), args(x6, -0.81,
            new double[6]), args(x6, 0.0, new double[6])),
        correct(p + "activation_tests test_hard_sigmoid", c, "hardSigmoid", args(x12, new double[12]),
            args(v(-3.1, 2.8, -0.4), new double[3])),
        correct(p + "activation_tests test_leaky_relu", c, "leakyRelu", args(x6, 0.2, new double[6]),
            args(x6, 0.6337, new double[6])),
        correct(p + "activation_tests test_selu", c, "selu", args(x6, 0.5488, 0.7152, new double[6])),
        correct(p + "activation_tests test_softplus", c, "softplus",
            args(v(-0.31, 0.155, 0.465, -0.085, 0.275, -0.44), 1.602, new double[6])),
        correct(p + "activation_tests test_swish", c, "swish",
            args(tensor(uniform(31, 24, -1, 1), 4, 3, 2), uniform(32, 3, -1, 1), new double[4][3][2])),
        correct(p + "activation_tests test_log_softmax", c, "logSoftmax",
            args(matrix(uniform(33, 6, -1, 1), 2, 3), new double[2][3])),
        correct(p + "loss_tests test_huber_loss (sum_along_second_axis)", c, "huberLoss",
            args(new double[][] {{-1.32, 0.41, 1.07, -0.26}, {0.88, -1.44, 0.12, 1.39}},
                new double[][] {{0.21, -0.33, 0.46, 0.05}, {-0.17, 0.38, -0.42, 0.11}}, new double[2])),
        correct(p + "loss_tests test_contrastive (reduce mean)", c, "contrastive",
            args(x0, x1, new int[] {1, 0, 0, 1, 0}, 1.0), args(x0, x1, new int[] {0, 0, 1, 0, 0}, 2.0)),
        correct(p + "loss_tests test_triplet (reduce mean)", c, "triplet",
            args(matrix(uniform(34, 15, -1, 1), 5, 3), matrix(uniform(35, 15, -1, 1), 5, 3),
                matrix(uniform(36, 15, -1, 1), 5, 3), 0.5)),
        correct(p + "loss_tests test_hinge (L1, L2)", c, "hinge", args(hingeX, new int[] {1, 4, 0, 2}, false),
            args(hingeX, new int[] {1, 4, 0, 2}, true)),
        correct(p + "loss_tests test_sigmoid_cross_entropy", c, "sigmoidCrossEntropy",
            args(matrix(uniform(37, 12, -1, 1), 4, 3), new int[][] {{1, 0, -1}, {0, 1, 1}, {-1, 0, 1}, {1, -1, 0}})),
        correct(p + "loss_tests test_squared_error, test_absolute_error", c, "squaredAndAbsoluteError",
            args(uniform(38, 6, -1, 1), uniform(39, 6, -1, 1), new double[2][6])),
        // contain_zero: one entry 0 (the products stay smooth there)
        correct(p + "math_tests test_cumprod (contain_zero)", c, "cumprod",
            args(new double[][] {{1.3, -0.7, 0.0, 1.9}, {-1.6, 0.4, 1.1, -0.8}}, new double[2][4])),
        correct(p + "math_tests test_cumsum", c, "cumsum", args(matrix(uniform(40, 6, -1, 1), 3, 2),
            new double[3][2])),
        correct(p + "math_tests test_prod (axis 0, contain_zero)", c, "prodAxis0",
            args(tensor(withZero(uniform(41, 24, -1, 1), 5), 3, 2, 4), new double[2][4])),
        correct(p + "math_tests test_linear_interpolate", c, "linearInterpolate",
            args(uniform(42, 4, 0, 1), uniform(43, 4, -1, 1), uniform(44, 4, -1, 1), new double[4])),
        // the test's fixed pair (0.5, 0.3) and draws with |divisor| >= 0.1 and a margin from the jumps
        correct(p + "math_tests test_fmod", c, "fmod", args(v(0.5, -0.83, 0.71, 0.26), v(0.3, 0.47, -0.52, -0.9),
            new double[4])),
        correct(p + "math_tests test_logsumexp (axis 1)", c, "logsumexp", args(matrix(uniform(45, 12, -1, 1), 3, 4),
            new double[3])),
        correct(p + "math_tests test_det (batched)", c, "batchDet", args(new double[][][] {detX, detY},
            new double[2])),
        correct(p + "math_tests test_det (2 x 2 by definition)", c, "det2",
            args((Object) new double[][] {{0.83, 0.61}, {0.57, 0.94}})),
        correct(p + "math_tests test_inv", c, "inv", args(new double[][] {{2.1, 0.3, -0.5}, {0.4, 1.7, 0.2},
            {-0.6, 0.1, 1.9}}, new double[3][3])),
        correct(p + "math_tests test_maximum, test_minimum", c, "maximumMinimum",
            args(uniform(46, 5, -1, 1), uniform(47, 5, -1, 1), new double[2][5])),
        correct(p + "math_tests test_ndtr, test_log_ndtr, test_erfcx", c, "normalFunctions",
            args(v(-2.1, -0.6, 0.3, 1.4, 2.7), new double[3][5])),
        correct(p + "math_tests test_batch_l2_norm_squared", c, "batchL2NormSquared",
            args(matrix(uniform(48, 8, -1, 1), 2, 4), new double[2])),
        correct(p + "math_tests test_average (axis 1, weights)", c, "average",
            args(matrix(uniform(49, 6, -1, 1), 2, 3), uniform(50, 3, 0.5, 1), new double[2])));
  }

  private static double[] withZero(double[] a, int index) {
    a[index] = 0;
    return a;
  }
}
