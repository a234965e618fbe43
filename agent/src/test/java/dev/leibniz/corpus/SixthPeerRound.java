package dev.leibniz.corpus;

import static dev.leibniz.corpus.Entry.args;
import static dev.leibniz.corpus.Entry.correct;
import static dev.leibniz.corpus.Entry.refused;

import dev.leibniz.corpus.peers6.DrJitAd;
import dev.leibniz.corpus.peers6.DrJitBallistic;
import dev.leibniz.corpus.peers6.JaxLaxElementwise;
import dev.leibniz.corpus.peers6.JaxLaxStructural;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The sixth peer round: functions from the test suites of AD tools that no earlier peer round used (JAX's
 * tests/lax_autodiff_test.py, Dr.Jit's tests/python/test_ad.py), ported to Java in {@code dev.leibniz.corpus.peers6}
 * (each file's header names the source, commit and licence) and classified by the same harness. Entry ids start with
 * {@code peers6/}. Kept apart from {@link Corpus} so that rounds merge without conflicts; {@link Corpus#entries()}
 * appends it. Points are the tests' own (Dr.Jit's linspace points) or, where the test draws them from an rng factory
 * (JAX), fixed here in that factory's range; a comment next to a point says where it differs from the test.
 */
final class SixthPeerRound {
  private SixthPeerRound() {}

  static List<Entry> entries() {
    return Stream.of(jaxElementwise(), jaxStructural(), drJit()).flatMap(List::stream).toList();
  }

  // ---- JAX: tests/lax_autodiff_test.py ----

  /** A point of an elementwise op: its arrays, then an output array of the same length. */
  private static Object[] op(double[]... in) {
    Object[] a = new Object[in.length + 1];
    for (int i = 0; i < in.length; i++) a[i] = in[i].clone();
    a[in.length] = new double[in[0].length];
    return a;
  }

  private static double[] v(double... xs) {
    return xs;
  }

  private static List<Entry> jaxElementwise() {
    String p = "peers6/jax/lax_autodiff_test/testOpGrad/";
    Class<?> c = JaxLaxElementwise.class;
    double[] uniform = v(0.13, 0.27, 0.38); // rand_uniform(0.1, 0.4)
    double[] small = v(5e-4, -1.2e-3, 1.7e-3); // rand_small: randn * 1e-3
    double[] dflt = v(-2.1, 0.7, 3.4); // rand_default: randn * 3
    double[] dflt2 = v(1.3, -2.6, 3.9);
    double[] positive = v(1.2, 1.7, 2.9); // rand_positive: (1, 3)
    double[] notSmall = v(-2.1, 0.9, 3.4), notSmall2 = v(1.3, -2.6, -0.9);
    double pi = Math.PI;
    return List.of(
        correct(p + "floor", c, "floor", op(uniform)),
        correct(p + "round", c, "round", op(uniform)),
        correct(p + "exp", c, "exp", op(small)),
        correct(p + "exp2", c, "exp2", op(small)),
        correct(p + "expm1", c, "expm1", op(dflt)),
        correct(p + "log", c, "log", op(positive)),
        correct(p + "log1p", c, "log1p", op(positive)),
        // with the special values 0 and 1000 (testOpGradSpecialValue)
        correct(p + "tanh", c, "tanh", op(dflt), op(v(0, 1000, 0.3))),
        correct(p + "sin", c, "sin", op(dflt), op(v(0, pi, pi / 2)), op(v(pi / 4, 0.5, -0.5))),
        correct(p + "cos", c, "cos", op(dflt), op(v(0, pi, pi / 2)), op(v(pi / 4, 0.5, -0.5))),
        correct(p + "tan", c, "tan", op(v(-1.1, 0.4, 1.2)), op(v(0, 0.5, -0.5))),
        // rand_uniform(-1.3, 1.3) draws outside asin's domain (NaN); the points here lie inside, with the special 0
        correct(p + "asin", c, "asin", op(v(-0.9, 0.3, 0.75)), op(v(0, 0.5, -0.5))),
        correct(p + "acos", c, "acos", op(v(-0.9, 0.3, 0.75)), op(v(0, 0.5, -0.5))),
        correct(p + "atan (special values)", c, "atan", op(v(0, 1000, -1.7))),
        correct(p + "atan2", c, "atan2", op(dflt, v(1.3, -2.6, -0.4))),
        correct(p + "erf", c, "erf", op(small), op(v(0, 10, 0.8))),
        correct(p + "erfc", c, "erfc", op(small), op(v(0, 10, 0.8))),
        // the test's rand_small, and points through Giles' second branch (w >= 5 at 0.999)
        correct(p + "erf_inv", c, "erfInv", op(small), op(v(0.9, 0.999, -0.5))),
        correct(p + "bessel_i0e", c, "besselI0e", op(dflt)),
        correct(p + "bessel_i1e", c, "besselI1e", op(dflt)),
        correct(p + "abs", c, "abs", op(positive)),
        correct(p + "pow", c, "pow", op(positive, v(1.2, 0.4, 2.3))),
        correct(p + "sqrt", c, "sqrt", op(positive)),
        correct(p + "rsqrt", c, "rsqrt", op(positive)),
        correct(p + "cbrt", c, "cbrt", op(notSmall)),
        correct(p + "logistic", c, "logistic", op(dflt)),
        correct(p + "div", c, "div", op(notSmall, notSmall2)),
        correct(p + "max", c, "max", op(dflt, dflt2)),
        correct(p + "min", c, "min", op(dflt, dflt2)),
        correct("peers6/jax/lax_autodiff_test/testPowSecondDerivative", c, "powScalar", args(4.0, 0.0)),
        correct("peers6/jax/lax_autodiff_test/testPowIntPowerAtZero", c, "powInt", args(0.0, 0)),
        correct("peers6/jax/lax_autodiff_test/testPowIntPowerAtZero2", c, "powIntAtZero2",
            args(0, 3.14), args(1, 3.14), args(2, 3.14), args(3, 3.14), args(4, 3.14)));
  }

  private static double[][] matrix(Random r, double scale, int n, int m) {
    double[][] a = new double[n][m];
    for (double[] row : a) {
      for (int j = 0; j < m; j++) row[j] = scale * r.nextGaussian();
    }
    return a;
  }

  private static double[][][] cube(Random r, double scale, int n, int m, int k) {
    double[][][] a = new double[n][][];
    for (int i = 0; i < n; i++) a[i] = matrix(r, scale, m, k);
    return a;
  }

  /** rand_unique_int: the numbers 0..count-1 shuffled, minus count / 2. */
  private static double[] uniqueInts(Random r, int count) {
    double[] a = new double[count];
    for (int i = 0; i < count; i++) a[i] = i - count / 2;
    for (int i = count - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      double t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
    return a;
  }

  private static double[][][] uniqueCube(Random r, int n, int m, int k) {
    double[] flat = uniqueInts(r, n * m * k);
    double[][][] a = new double[n][m][k];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) System.arraycopy(flat, (i * m + j) * k, a[i][j], 0, k);
    }
    return a;
  }

  private static List<Entry> jaxStructural() {
    String p = "peers6/jax/lax_autodiff_test/";
    Class<?> c = JaxLaxStructural.class;
    Random r = new Random(2020);
    double[][] operand = matrix(r, 3, 2, 3), low = new double[2][3], high = new double[2][3];
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 3; j++) {
        low[i][j] = operand[i][j] - 10;
        high[i][j] = operand[i][j] + 10;
      }
    }
    double[][][] uniqueWindow = uniqueCube(r, 1, 4, 6);
    return List.of(
        // the test's three placements of the operand among (min, x, max)
        correct(p + "testClampGrad", c, "clamp", args(operand, low, high), args(low, operand, high), args(low, high, operand)),
        correct(p + "testConcatenateGrad", c, "concatenate", args(matrix(r, 3, 3, 3), matrix(r, 3, 3, 1), matrix(r, 3, 3, 4))),
        correct(p + "testPadGrad", c, "pad", args(matrix(r, 1e-3, 2, 3), 0.0)),
        correct(p + "testReverseGrad", c, "rev", args((Object) new double[][] {{6, 5, 4}, {3, 2, 1}})),
        correct(p + "testTransposeGrad", c, "transpose", args((Object) cube(r, 3, 3, 4, 5))),
        correct(p + "testReduceGrad add", c, "reduceAdd", args((Object) cube(r, 3, 3, 4, 5))),
        correct(p + "testReduceGrad max", c, "reduceMax", args((Object) uniqueCube(r, 3, 4, 5))),
        correct(p + "testReduceGrad mul", c, "reduceMul", args((Object) cube(r, 1, 3, 4, 5))),
        correct(p + "testReducePairGrad", c, "reducePair",
            args(matrix(r, 1, 3, 4), matrix(r, 1, 3, 4), new double[3], new double[3])),
        correct(p + "testReduceWindowGrad add", c, "reduceWindowAdd", args((Object) matrix(r, 1e-3, 4, 6))),
        correct(p + "testReduceWindowGrad max", c, "reduceWindowMax", args((Object) uniqueWindow[0])),
        correct(p + "testCumulativeReduceGrad cumsum", c, "cumsum",
            args(matrix(r, 1e-3, 1, 10)[0], false), args(matrix(r, 1e-3, 1, 10)[0], true)),
        // rand_small's 1e-3 makes the products ~1e-12, below the checks' absolute floor: the scale of reduce mul (1)
        correct(p + "testCumulativeReduceGrad cumprod", c, "cumprodReversed", args((Object) matrix(r, 1, 3, 4))),
        correct(p + "testSortGrad", c, "sort", args((Object) uniqueInts(r, 5))),
        correct(p + "testSortKeyValGrad", c, "sortKeyVal", args(new double[] {2, 0, 1}, matrix(r, 3, 1, 3)[0])),
        correct(p + "testTopKGrad", c, "topK", args(new double[] {2, 0, 3, 1}, 3)),
        correct(p + "testDynamicSliceGrad", c, "dynamicSlice", args(matrix(r, 3, 5, 3), new int[] {1, 1}, new int[] {3, 1})),
        correct(p + "testDynamicUpdateSliceGrad", c, "dynamicUpdateSlice",
            args(matrix(r, 3, 5, 3), matrix(r, 3, 3, 1), new int[] {1, 1})),
        correct(p + "testGatherGrad", c, "gather", args(matrix(r, 3, 10, 5), new int[] {0, 2, 1}, 3)),
        correct(p + "testScatterAddGrad", c, "scatterAdd", args(matrix(r, 3, 1, 5)[0], new int[] {0, 2}, matrix(r, 3, 1, 2)[0])),
        correct(p + "testScatterGrad", c, "scatter", args(matrix(r, 3, 1, 5)[0], new int[] {0, 2}, matrix(r, 3, 1, 2)[0])),
        correct(p + "testSelectGrad", c, "select",
            args(new boolean[] {true, false, true}, matrix(r, 3, 1, 3)[0], matrix(r, 3, 1, 3)[0])),
        correct(p + "testDotGrad", c, "dot", args(matrix(r, 3, 3, 2), matrix(r, 3, 2, 4))),
        // bilinear: with rand_small's 1e-3 each partial (the other factor) would be ~1e-3, near the checks' absolute
        // floor of 1e-6; at scale 1 the differences check them to 1e-6 of their size
        correct(p + "testDotGeneralContractAndBatchGrads", c, "dotGeneral", args(cube(r, 1, 3, 3, 2), cube(r, 1, 3, 2, 4))),
        correct(p + "testConvGrad", c, "conv", args(cube(r, 1, 4, 2, 1), cube(r, 1, 3, 2, 1))));
  }

  // ---- Dr.Jit: tests/python/test_ad.py ----

  private static double[] lin(double min, double max, int n) {
    return DrJitAd.linspace(min, max, n);
  }

  private static List<Entry> drJit() {
    String p = "peers6/drjit/test_ad/";
    Class<?> c = DrJitAd.class;
    double[] r1 = lin(1, 2, 10);
    return List.of(
        correct(p + "test05_sub_mul", c, "subMul", args(2.0, 3.0, 4.0)),
        correct(p + "test07_hsum_0_bwd", c, "hsum0", args((Object) lin(0, 1, 10))),
        correct(p + "test09_hsum_1_bwd", c, "hsum1", args((Object) lin(0, 1, 11))),
        correct(p + "test11_hsum_2_bwd", c, "hsum2", args((Object) lin(0, 1, 11))),
        correct(p + "test13_hprod", c, "hprod", args((Object) new double[] {1, 2, 5, 8})),
        // the test's (1, 2, 8, 5, 8) ties its maximum (no derivative there: differences give 1/2 to each 8); untied here
        correct(p + "test14_hmax_bwd", c, "hmax", args((Object) new double[] {1, 2, 8, 5, 7})),
        correct(p + "test21_gather", c, "gather", args((Object) lin(-1, 1, 10))),
        correct(p + "test23_scatter_reduce_bwd", c, "scatterReduce", args(lin(0, 1, 5), lin(1, 2, 4), new double[10])),
        correct(p + "test25_scatter_bwd", c, "scatter", args(lin(0, 1, 5), lin(1, 2, 4), new double[10])),
        correct(p + "test26_scatter_fwd", c, "scatterFwd", args(4.0)),
        correct(p + "test27_scatter_fwd_permute", c, "scatterPermute", args(4.0)),
        correct(p + "test28_exp", c, "expOfSquare", op(lin(0, 1, 10))),
        correct(p + "test29_log", c, "logOfSquare", op(lin(0.01, 1, 10))),
        correct(p + "test31_csc", c, "csc", op(r1)),
        correct(p + "test32_sec", c, "sec", op(r1)),
        correct(p + "test34_cot", c, "cot", op(r1)),
        correct(p + "test43_asinh", c, "asinh", op(lin(-.9, .9, 10))),
        correct(p + "test44_acosh", c, "acosh", op(lin(1.01, 2, 10))),
        correct(p + "test45_atanh", c, "atanh", op(lin(-.99, .99, 10))),
        // linspace(0, 1, 10) and linspace(-1, 1, 10) without their ends 0 and +-1, where sqrt, acos and asin have
        // infinite derivatives (the test asserts Dr.Jit's safe_* give 0 there: a convention, not the code's derivative)
        correct(p + "test46_safe_functions", c, "safeFunctions",
            args(java.util.Arrays.copyOfRange(lin(0, 1, 10), 1, 10), java.util.Arrays.copyOfRange(lin(-1, 1, 10), 1, 9),
                java.util.Arrays.copyOfRange(lin(-1, 1, 10), 1, 9))),
        correct(p + "test50_custom_backward (Normalize)", c, "normalize", args((Object) new double[] {1, 2, 3})),
        correct(p + "test56_nan_propagation", c, "nanPropagation", args(lin(0, 9, 10), 20.0, new double[10])),
        // the test's fi = (1, 2, 3) reach fo = 10 exactly in lanes 0 and 1, where the trip count switches; 1.05 and 2.05
        // keep its trip counts (10, 5, 4) away from the switch
        correct(p + "test58_diffloop_simple_fwd", c, "diffLoop", args(new double[] {1.05, 2.05, 3}, new double[3])),
        correct(p + "test60_diffloop_masking_fwd", c, "maskedLoop", args(new double[] {1, 2}, new int[] {0, 5})),
        // the timestep's two new objects come back in an array (Python's tuple), read as next[0], next[1]: the array is
        // the values stored (core.objects.ResultArrays), so the objects are taken apart, assigned in place (test54) or
        // carried from one iteration to the next (test55)
        correct(p + "test54_loop_ballistic (Array2f.assign)", DrJitBallistic.class, "lossAssign",
            args(new double[] {1, 2, 4, 1, 2, 1}, new double[] {10, 9, 4, 5, 3, 6})),
        correct(p + "test55_loop_ballistic_2", DrJitBallistic.class, "loss",
            args(new double[] {1, 2, 4, 1, 2, 1}, new double[] {10, 9, 4, 5, 3, 6})),
        correct(p + "test53_diff_loop (elliptic K)", DrJitBallistic.class, "ellipticK", args(0.5)));
  }
}
