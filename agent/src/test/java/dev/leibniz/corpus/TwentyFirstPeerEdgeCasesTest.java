package dev.leibniz.corpus;

import static dev.leibniz.corpus.PeerJacobians.jacobians;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.corpus.peers21.TaichiBasics;
import dev.leibniz.corpus.peers21.TaichiControl;
import dev.leibniz.corpus.peers21.TaichiExamples;
import dev.leibniz.corpus.peers21.TaichiLoops;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The twenty-first peer round's asserted gradients, in both modes, at Taichi's own points (tests/python/test_ad_*.py:
 * each `assert x.grad[i] == ...` and `loss.dual[...] == ...`, to 1e-9 relative, where Taichi compares f32 values
 * exactly or to 1e-4): grad_test's lambdas at v = 0.234 against autograd's derivatives written out, the seeds and
 * cotangents the tests set (y.grad = 1 or 2, FwdMode seeds), the loops' integer gradients (test_ad_for's 15, 36, 38,
 * 56, 78, 10i, the Fibonacci numbers, the window counts of the bls test, 1e7 for the large loops at the test's trip
 * counts), and the points the corpus cannot difference: test_ad_if's x = 0, the kink of (x > 0 ? x : 2x), where both
 * Taichi and Leibniz take the else branch (2), and test_ad_if_parallel_complex's x = 0, where 1/x is not taken (0).
 */
class TwentyFirstPeerEdgeCasesTest {
  private static final Class<?> BASICS = Transformed.of(TaichiBasics.class, true).type;
  private static final Class<?> CONTROL = Transformed.of(TaichiControl.class, true).type;
  private static final Class<?> LOOPS = Transformed.of(TaichiLoops.class, true).type;
  private static final Class<?> EXAMPLES = Transformed.of(TaichiExamples.class, true).type;

  private static double[] v(double... xs) {
    return xs;
  }

  private static void close(double[] expected, double[] got, String at) {
    assertEquals(expected.length, got.length, at + " " + Arrays.toString(got));
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], got[i], 1e-9 * Math.max(1, Math.abs(expected[i])), at + " " + Arrays.toString(got));
    }
  }

  /** Both modes' cotangent^T J over the inputs (output < 0: the result, cotangent of length 1). */
  private static void vjp(Class<?> t, String name, int output, double[] cotangent, double[] expected, Object... args)
      throws Exception {
    double[][][] j = jacobians(t, name, output, args);
    for (int mode = 0; mode < 2; mode++) {
      double[] got = new double[j[mode][0].length];
      for (int r = 0; r < cotangent.length; r++) {
        for (int c = 0; c < got.length; c++) got[c] += cotangent[r] * j[mode][r][c];
      }
      close(expected, got, name + " at " + Arrays.deepToString(args) + (mode == 0 ? " tangent" : " adjoint"));
    }
  }

  private static void gradient(Class<?> t, String name, double[] expected, Object... args) throws Exception {
    vjp(t, name, -1, v(1), expected, args);
  }

  /** Both modes' J·seed (Taichi's FwdMode), output {@code output}'s elements. */
  private static void jvp(Class<?> t, String name, int output, double[] seed, double[] expected, Object... args)
      throws Exception {
    double[][][] j = jacobians(t, name, output, args);
    for (int mode = 0; mode < 2; mode++) {
      double[] got = new double[j[mode].length];
      for (int r = 0; r < got.length; r++) {
        for (int c = 0; c < seed.length; c++) got[r] += j[mode][r][c] * seed[c];
      }
      close(expected, got, name + " at " + Arrays.deepToString(args) + (mode == 0 ? " tangent" : " adjoint"));
    }
  }

  private static double[] ones(int n) {
    double[] a = new double[n];
    Arrays.fill(a, 1);
    return a;
  }

  private static double[] filled(int n, double value) {
    double[] a = new double[n];
    Arrays.fill(a, value);
    return a;
  }

  private static double[] iota(int n) {
    double[] a = new double[n];
    for (int i = 0; i < n; i++) a[i] = i;
    return a;
  }

  private static int[] iotaInt(int n) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) a[i] = i;
    return a;
  }

  private static double[] concat(double[] a, double[] b) {
    double[] c = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  @Test
  void gradTestLambdasAtTheTestsPoint() throws Exception {
    double x = TwentyFirstPeerRound.V;
    double[] poly = {1, 1, -1, 2 * x, 2 * x, 3 * x * x, 4 * x * x * x, 0.8 * x, 2 * x - 4, 4 * x - 4};
    for (int k = 0; k < poly.length; k++) gradient(BASICS, "poly", v(poly[k]), TwentyFirstPeerRound.POLY[k], x);
    double th = Math.tanh(x), root = Math.sqrt(1 - x * x);
    double[] trig = {1 - th * th, Math.cos(x), -Math.sin(x), -1 / root, 1 / root};
    for (int k = 0; k < trig.length; k++) {
      gradient(BASICS, "trigonometric", v(trig[k]), TwentyFirstPeerRound.TRIGONOMETRIC[k], x);
    }
    double num = (x + 1) * (x + 2), den = (x - 1) * (x + 3);
    double[] frac = {-1 / (x * x), -2 / ((x - 1) * (x - 1)), ((2 * x + 3) * den - num * (2 * x + 2)) / (den * den)};
    for (int k = 0; k < frac.length; k++) gradient(BASICS, "frac", v(frac[k]), k, x);
    double[] unary = {0.5 / Math.sqrt(x), -0.5 / (x * Math.sqrt(x)), Math.exp(x), 1 / x};
    for (int k = 0; k < unary.length; k++) gradient(BASICS, "unary", v(unary[k]), TwentyFirstPeerRound.UNARY[k], x);
    // np.minimum/np.maximum at 0.234 against 0 and 1: the argument returned
    double[] minmax = {0, 1, 0, 1, 1, 0, 1, 0};
    for (int k = 0; k < minmax.length; k++) gradient(BASICS, "minmax", v(minmax[k]), k, x);
    gradient(BASICS, "atan2", v(-0.4 / (x * x + 0.16)), true, x);
    gradient(BASICS, "atan2", v(0.4 / (x * x + 0.16)), false, x);
    gradient(BASICS, "pow", v(Math.log(0.4) * Math.pow(0.4, x)), true, x);
    gradient(BASICS, "pow", v(0.4 * Math.pow(x, -0.6)), false, x);
  }

  @Test
  void basicKernels() throws Exception {
    // test_select: x.grad[i] == i % 2, y.grad[i] == not i % 2 (loss.grad = 1)
    double[] xGrad = new double[5], yGrad = new double[5];
    for (int i = 0; i < 5; i++) {
      xGrad[i] = i % 2;
      yGrad[i] = 1 - i % 2;
    }
    vjp(BASICS, "select", 2, ones(5), concat(xGrad, yGrad), iota(5), v(0, -1, -2, -3, -4), new double[5]);
    vjp(BASICS, "obeyKernelSimplicity", 1, v(1), v((42 - 5) * 3), v(0.1), v(0));
    // test_ad_frac: np.modf(x)[0] * 2
    double[] in = TwentyFirstPeerRound.FRAC_INPUTS;
    double[] modf = new double[in.length];
    for (int i = 0; i < in.length; i++) modf[i] = 2 * (in[i] - (in[i] > 0 ? Math.floor(in[i]) : Math.ceil(in[i])));
    gradient(BASICS, "fracLoss", modf, (Object) in.clone());
    gradient(BASICS, "globalStoreForwarding", v(120), 1.0);
    gradient(BASICS, "setLossGrad", v(4), 1.0);
    gradient(BASICS, "precision", v(1), 0.0);
    // test_ad_fwd_add and test_ad_fwd_multiply: loss.dual[1] along the seeds e3 and e3 + e4
    jvp(BASICS, "fwdAdd", 1, v(0, 0, 0, 1, 0), v(0, 2, 0, 0, 0), iota(5), new double[5]);
    jvp(BASICS, "fwdMultiply", 1, v(0, 0, 0, 1, 1), v(0, 7, 0, 0, 0), iota(5), new double[5]);
    // test_multiple_calls: loss_1 along a = 30, along b = 6; loss_2 along b = 16, along a = 48
    double[] alongA = concat(ones(5), new double[5]), alongB = concat(new double[5], ones(5));
    jvp(BASICS, "multipleCalls", 2, alongA, v(30, 48), iota(5), iota(5), new double[2]);
    jvp(BASICS, "multipleCalls", 2, alongB, v(6, 16), iota(5), iota(5), new double[2]);
    double[] twice = new double[16];
    for (int i = 0; i < 16; i++) twice[i] = 2 * i;
    gradient(BASICS, "reduce", twice, (Object) iota(16));
    // test_ad_tensor_store_load: y.grad = 2, x unset: x.grad == [80, 20, 20, 20] (tmp's own gradient is 2 b·... = 0)
    vjp(BASICS, "tensorStoreLoad", 2, v(2, 2, 2, 2), v(0, 80, 20, 20, 20), 10.0, new double[4], new double[4]);
    // test_matrix_non_constant_index: n.grad[i][j, k] == (j + 1)(k + 1); m is overwritten
    double[] nGrad = new double[20];
    for (int i = 0; i < 5; i++) for (int j = 0; j < 2; j++) for (int k = 0; k < 2; k++) nGrad[4 * i + 2 * j + k] = (j + 1) * (k + 1);
    gradient(BASICS, "matrixNonConstantIndex", concat(nGrad, new double[20]), new double[5][2][2], new double[5][2][2]);
  }

  @Test
  void branchesAtTheTestsPointsTheKinkAmongThem() throws Exception {
    gradient(CONTROL, "ifSimple", v(1), 1.0);
    // x = (0, 1): func(0) then func(1); at 0 the condition x > 0 fails in both tools: the else branch's 2
    vjp(CONTROL, "ifElse", 1, v(1, 1), v(2, 0), v(0, 1), new double[2], 0);
    vjp(CONTROL, "ifElse", 1, v(1, 1), v(0, 1), v(0, 1), new double[2], 1);
    vjp(CONTROL, "ifMutable", 1, v(1, 1), v(2, 0), v(0, 1), new double[2], 0);
    vjp(CONTROL, "ifMutable", 1, v(1, 1), v(0, 1), v(0, 1), new double[2], 1);
    vjp(CONTROL, "ifParallel", 1, v(1, 1), v(2, 1), v(0, 1), new double[2]);
    // 1 / x at 0 is in the branch not taken: 0, not NaN
    vjp(CONTROL, "ifParallelComplex", 1, v(1, 1), v(0, -0.25), v(0, 2), new double[2]);
    int n = 20;
    int[] labels = new int[n];
    double[] zGrad = new double[n];
    for (int i = 0; i < n; i++) {
      labels[i] = i % 4;
      zGrad[i] = i % 4;
    }
    vjp(CONTROL, "ifNested", 2, ones(n), zGrad, labels, ones(n), new double[n]);
  }

  @Test
  void loopsWithDataDependentTripCounts() throws Exception {
    int n = 10;
    double[] count = iota(n), powers = new double[n];
    for (int i = 0; i < n; i++) powers[i] = i * Math.pow(3, i - 1);
    vjp(LOOPS, "sum", 2, ones(n), count, filled(n, 3), iotaInt(n), new double[n]);
    vjp(LOOPS, "sumLocalAtomic", 2, ones(n), count, filled(n, 3), iotaInt(n), new double[n]);
    vjp(LOOPS, "power", 2, ones(n), powers, filled(n, 3), iotaInt(n), new double[n]);
    // test_ad_fibonacci: a.grad[i] == f[i - 1] (0 for i = 0), b.grad[i] == f[i]
    int m = 15;
    double[] f = new double[m];
    TaichiLoops.fib(new double[m], ones(m), iotaInt(m), f);
    double[] aGrad = new double[m];
    for (int i = 1; i < m; i++) aGrad[i] = f[i - 1];
    vjp(LOOPS, "fib", 3, ones(m), concat(aGrad, f), new double[m], ones(m), iotaInt(m), new double[m]);
    // test_ad_fibonacci_index: a.grad[i] == is_fib * N (b's own gradient, not asserted, is 1)
    double[] fibGrad = new double[10];
    for (int i : new int[] {1, 2, 3, 5, 8}) fibGrad[i] = 5;
    gradient(LOOPS, "fibIndex", concat(fibGrad, ones(10)), ones(10), new double[10], 5);
    double[] ptrGrad = new double[5];
    for (int i = 0; i < 5; i++) ptrGrad[i] = 2 * i * 5;
    gradient(LOOPS, "globalPtr", concat(ptrGrad, ones(5)), iota(5), new double[5]);
    // test_integer_stack: a.grad = 0, 1, 11, 111, 1111; b.grad[i] == i
    vjp(LOOPS, "intStack", 3, ones(5), concat(v(0, 1, 11, 111, 1111), iota(5)), ones(5), ones(5), iotaInt(5),
        new double[5]);
    double[] dfa = new double[5], dfb = new double[5];
    for (int i = 0; i < 5; i++) {
      dfa[i] = 2 * i * i * Math.pow(2, i - 1);
      dfb[i] = 2 * i;
    }
    vjp(LOOPS, "doubleFor", 3, ones(5), concat(dfa, dfb), filled(5, 2), ones(5), iotaInt(5), new double[5]);
    int[][] counts = new int[6][3];
    double[] nestA = new double[6], nestB = new double[6];
    for (int i = 0; i < 6; i++) {
      for (int k = 0; k < 3; k++) {
        counts[i][k] = i + k;
        nestA[i] += 2 * (i + k) * (i + k) * Math.pow(2, i + k - 1);
        nestB[i] += 2 * (i + k);
      }
    }
    vjp(LOOPS, "doubleForMoreNests", 3, ones(18), concat(nestA, nestB), filled(6, 2), ones(6), counts, new double[6][3]);
    // test_complex_body: a.grad[i] == g[i], the accumulated weights
    double[] g = new double[5];
    TaichiLoops.complexBody(filled(5, 2), iotaInt(5), new double[5], g);
    vjp(LOOPS, "complexBody", 2, ones(5), concat(g, new double[5]), filled(5, 2), iotaInt(5), new double[5],
        new double[5]);
    // test_triple_for_loops_bls, N = 8, M = 3
    double[] tripleA = new double[8], tripleB = new double[16];
    for (int i = 0; i < 8; i++) {
      int rows = Math.min(Math.min(8 - i - 1, i + 1), 3);
      tripleA[i] = 2 * 3 * rows * Math.pow(2, 3 - 1) * 8;
      tripleB[2 * i] = rows * 8;
      tripleB[2 * i + 1] = rows * 8;
    }
    vjp(LOOPS, "tripleFor", 3, ones(40), concat(tripleA, tripleB), filled(8, 2), iota(16), 3, new double[5][8]);
  }

  @Test
  void nestsOfInnerLoops() throws Exception {
    gradient(LOOPS, "mixedInnerLoops", v(15), 0.0, 5);
    gradient(LOOPS, "innerLoopsLocalVariable", v(36), 0.0, 2);
    gradient(LOOPS, "moreInnerLoopsLocalVariable", v(36), 0.0, 2);
    gradient(LOOPS, "stackedInnerLoopsLocalVariable", v(38), 0.0, 2);
    gradient(LOOPS, "stackedMixedInnerLoops", v(56), 0.0, 2);
    // the test's trip counts: loss == 1e7, x.grad == 1e7
    gradient(LOOPS, "largeLoop", v(1e7), 0.0, 5, 2000, 1000);
    gradient(LOOPS, "multipleIb", v(12), 1.0);
    gradient(LOOPS, "multipleIbMultipleOutermost", v(24), 1.0);
    gradient(LOOPS, "multipleIbMultipleOutermostMixed", v(42), 1.0);
    gradient(LOOPS, "multipleIbMixed", v(30), 1.0);
    gradient(LOOPS, "multipleIbDeeper", v(42), 1.0);
    gradient(LOOPS, "multipleIbInnerMixed", v(78), 1.0);
    double[] tenI = new double[10];
    for (int i = 0; i < 10; i++) tenI[i] = 10 * i;
    vjp(LOOPS, "multipleIbDeeperNonScalar", 1, ones(10), tenI, ones(10), new double[10]);
    int[] twos = new int[10];
    Arrays.fill(twos, 2);
    vjp(LOOPS, "ibGlobalLoad", 2, ones(10), iota(10), iota(10), twos, new double[10]);
    // test_for_loop_index: the test's hand-written gradient exp(row sum) for each element of the row
    double[][] x = TwentyFirstPeerRound.FOR_LOOP_INDEX_X;
    double e0 = Math.exp(x[0][0] + x[0][1]), e1 = Math.exp(x[1][0] + x[1][1]);
    gradient(LOOPS, "forLoopIndex", v(e0, e0, e1, e1), (Object) new double[][] {x[0].clone(), x[1].clone()});
  }

  private static Method method(Class<?> t, String name) {
    return PeerJacobians.method(t, name);
  }

  /** test_loop_grad: x.grad[k, m - 1] = 1 gives x.grad[k, 0] == 2^(m - 1), the test's 16 rows of 8, in both modes. */
  @Test
  void loopGradDoublesAlongTheRow() throws Exception {
    int n = 16, m = 8;
    for (int k = 0; k < n; k++) {
      double[][] dx = new double[n][m];
      dx[k][0] = 1;
      method(LOOPS, "loopGrad$tangent").invoke(null, TwentyFirstPeerRound.rowsStartingAt(n, m), dx);
      assertEquals(Math.pow(2, m - 1), dx[k][m - 1], "tangent row " + k);
      double[][] xBar = new double[n][m];
      xBar[k][m - 1] = 1;
      method(LOOPS, "loopGrad$adjoint").invoke(null, TwentyFirstPeerRound.rowsStartingAt(n, m), xBar);
      assertEquals(Math.pow(2, m - 1), xBar[k][0], "adjoint row " + k);
    }
  }

  @Test
  void ndarrayKernels() throws Exception {
    // test_hash_encoder_simple: output.grad = 2.8942e-06 gives table.grad in (5.788399e-06, 5.7884e-06)
    vjp(EXAMPLES, "hashEncoder", 1, v(2.8942e-06), v(2 * 2.8942e-06), v(0.2924), new double[][] {{0.7515}});
    double[][] threes = {{3, 3}, {3, 3}, {3, 3}, {3, 3}};
    vjp(EXAMPLES, "sumVector", 1, ones(8), filled(8, 2), threes, new double[4][2]);
    // test_ad_vector_arg: a.grad == 2 (z[0]'s own gradient, not asserted, is the sum of a's elements, 24)
    vjp(EXAMPLES, "vectorArg", 1, ones(8), concat(filled(8, 2), v(24, 0)), threes, new double[4][2], v(2.0, 3.0));
    // test_simple_demo: torch's gradcheck of y = sum(2 + x / 3)
    vjp(EXAMPLES, "simpleDemo", 1, v(1), filled(4, 1.0 / 3), v(0.1, 0.2, 0.3, 0.4), new double[1]);
  }
}
