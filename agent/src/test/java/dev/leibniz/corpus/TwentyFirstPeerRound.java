package dev.leibniz.corpus;

import static dev.leibniz.corpus.Entry.args;
import static dev.leibniz.corpus.Entry.correct;
import static dev.leibniz.corpus.Entry.refused;

import dev.leibniz.corpus.peers21.TaichiBasics;
import dev.leibniz.corpus.peers21.TaichiControl;
import dev.leibniz.corpus.peers21.TaichiExamples;
import dev.leibniz.corpus.peers21.TaichiLoops;
import dev.leibniz.corpus.peers21.TaichiMpm;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The twenty-first peer round: functions from the autodiff tests of Taichi (taichi-dev/taichi, a language of
 * differentiable kernels over global fields, with forward and reverse mode; its tests state each kernel, the fields'
 * values and the gradients they expect): grad_test's elementary lambdas at its v = 0.234, ti.select, the kernel
 * simplicity rule's compound assignments, frac through floor and ceil, chains of fields, the loops of test_ad_for (sums,
 * powers and Fibonacci steps with data-dependent trip counts, integer weights, nests of inner loops with locals, window
 * products), the branches of test_ad_if, the autodiff examples (minimization, regression, the gravity potential over a
 * Vec2 class), the ndarray kernels, and the differentiable MLS-MPM of test_ad_gdar_diffmpm with its 2x2 polar
 * decomposition over a Mat2 class, ported to Java in {@code dev.leibniz.corpus.peers21} (each file's header names the
 * source, commit and licence) and classified by the same harness. Entry ids start with {@code peers21/}. Kept apart from
 * {@link Corpus} so that rounds merge without conflicts; {@link Corpus#entries()} appends it. Points are the tests' own
 * unless the comment next to one says why; the tests' asserted gradients, at their own points, the kinks at 0 among
 * them, are {@code TwentyFirstPeerEdgeCasesTest}'s.
 */
final class TwentyFirstPeerRound {
  private TwentyFirstPeerRound() {}

  static List<Entry> entries() {
    return Stream.of(basics(), control(), loops(), examples()).flatMap(List::stream).toList();
  }

  private static double[] v(double... xs) {
    return xs;
  }

  private static double[] filled(int n, double value) {
    double[] a = new double[n];
    java.util.Arrays.fill(a, value);
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

  private static double[] uniform(Random r, int n, double lo, double hi) {
    double[] a = new double[n];
    for (int i = 0; i < n; i++) a[i] = lo + (hi - lo) * r.nextDouble();
    return a;
  }

  /** grad_test's point. */
  static final double V = 0.234;

  private static Object[][] named(double x, String... names) {
    Object[][] points = new Object[names.length][];
    for (int k = 0; k < names.length; k++) points[k] = args(names[k], x);
    return points;
  }

  private static Object[][] numbered(int count, double x) {
    Object[][] points = new Object[count][];
    for (int k = 0; k < count; k++) points[k] = args(k, x);
    return points;
  }

  static final String[] POLY = {"x", "abs(-x)", "-x", "x*x", "x**2", "x*x*x", "x*x*x*x", "0.4*x*x-3", "(x-3)*(x-1)",
      "(x-3)*(x-1)+x*x"};
  static final String[] TRIGONOMETRIC = {"tanh", "sin", "cos", "acos", "asin"};
  static final String[] UNARY = {"sqrt", "rsqrt", "exp", "log"};
  /** test_ad_frac's randn draws: fixed values of their kind (none whole). */
  static final double[] FRAC_INPUTS = {0.4967, -0.1383, 0.6477, 1.5230, -0.2342, -1.2341, 1.5792, 0.7674, -0.4695,
      2.5426};

  private static final String B = "peers21/taichi/basics/";

  private static List<Entry> basics() {
    Class<?> c = TaichiBasics.class;
    List<Entry> e = new ArrayList<>();
    e.add(correct(B + "test_poly", c, "poly", named(V, POLY)));
    e.add(correct(B + "test_trigonometric", c, "trigonometric", named(V, TRIGONOMETRIC)));
    e.add(correct(B + "test_frac", c, "frac", numbered(3, V)));
    e.add(correct(B + "test_unary", c, "unary", named(V, UNARY)));
    e.add(correct(B + "test_minmax", c, "minmax", numbered(8, V)));
    e.add(correct(B + "test_atan2", c, "atan2", args(true, V), args(false, V)));
    e.add(correct(B + "test_pow", c, "pow", args(true, V), args(false, V)));
    e.add(correct(B + "test_select", c, "select", args(iota(5), v(0, -1, -2, -3, -4), new double[5])));
    e.add(correct(B + "test_obey_kernel_simplicity", c, "obeyKernelSimplicity", args(v(0.1), v(0))));
    e.add(correct(B + "test_violate_kernel_simplicity1", c, "violateKernelSimplicity1", args(v(0.1), v(0))));
    e.add(correct(B + "test_violate_kernel_simplicity2", c, "violateKernelSimplicity2", args(v(0.1), v(0))));
    e.add(correct(B + "test_ad_frac", c, "fracLoss", args((Object) FRAC_INPUTS.clone())));
    e.add(correct(B + "test_ad_global_store_forwarding", c, "globalStoreForwarding", args(1.0)));
    e.add(correct(B + "test_ad_set_loss_grad", c, "setLossGrad", args(1.0)));
    // the test's x is 0 (an unset field); 0.7 is not a float, so the cast rounds
    e.add(correct(B + "test_ad_precision_1", c, "precision", args(0.0), args(0.7)));
    // the test runs x = 0 (unset); 4 % 3 = 1 beside it
    e.add(correct(B + "test_mod_fwd", c, "mod", args(0.0), args(4.0)));
    e.add(correct(B + "test_ad_fwd_add", c, "fwdAdd", args(iota(5), new double[5])));
    e.add(correct(B + "test_ad_fwd_multiply", c, "fwdMultiply", args(iota(5), new double[5])));
    e.add(correct(B + "test_multiple_calls", c, "multipleCalls", args(iota(5), iota(5), new double[2])));
    e.add(correct(B + "test_ad_reduce", c, "reduce", args((Object) iota(16))));
    // the test leaves x unset (zeros): its gradient does not depend on x
    e.add(correct(B + "test_ad_tensor_store_load", c, "tensorStoreLoad", args(10.0, v(0.5, -1, 2, 3), new double[4])));
    // the test's n is zero (filled); values of its shape
    double[][][] n = new double[5][2][2];
    for (int i = 0; i < 5; i++) n[i] = new double[][] {{0.1 * i, -0.2}, {0.3, 0.5 * i}};
    e.add(correct(B + "test_matrix_non_constant_index", c, "matrixNonConstantIndex", args(n, new double[5][2][2])));
    return e;
  }

  private static final String C = "peers21/taichi/if/";

  private static List<Entry> control() {
    Class<?> c = TaichiControl.class;
    List<Entry> e = new ArrayList<>();
    // x = 1 is the test's; -1 takes the other side
    e.add(correct(C + "test_ad_if_simple", c, "ifSimple", args(1.0), args(-1.0)));
    // the test's x[0] = 0 is the kink of (x > 0 ? x : 2x): -0.5 here, 0 in TwentyFirstPeerEdgeCasesTest
    e.add(correct(C + "test_ad_if", c, "ifElse", args(v(-0.5, 1), new double[2], 0), args(v(-0.5, 1), new double[2], 1)));
    int[] labels = new int[8];
    for (int i = 0; i < 8; i++) labels[i] = i % 4;
    e.add(correct(C + "test_ad_if_nested", c, "ifNested", args(labels, filled(8, 1), new double[8])));
    e.add(correct(C + "test_ad_if_mutable", c, "ifMutable", args(v(-0.5, 1), new double[2], 0),
        args(v(-0.5, 1), new double[2], 1)));
    e.add(correct(C + "test_ad_if_parallel", c, "ifParallel", args(v(-0.5, 1), new double[2])));
    // the test's x[0] = 0 is the jump of 1/x: -0.5 here
    e.add(correct(C + "test_ad_if_parallel_complex", c, "ifParallelComplex", args(v(-0.5, 2), new double[2])));
    // the test's 10x10 grid, unset positions and t = 5: a 3x3 grid with values
    double[][][] pos = new double[3][3][3];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) pos[i][j] = v(0.1 * i, 0.2 * j, 0.05 * (i + j) - 0.1);
    }
    e.add(correct(C + "test_if_condition_depend_on_for_loop_index", c, "simulation",
        args(pos, new double[3][3][3], v(0.5), 5)));
    // simple_derivative.py's grid (-1, 1): points on either side of the guard and the floor 0.1
    e.add(correct(C + "simple_derivative.poly", c, "simpleDerivative", args(-0.5), args(-0.15), args(0.05), args(0.15),
        args(0.5)));
    return e;
  }

  private static final String L = "peers21/taichi/for/";

  private static List<Entry> loops() {
    Class<?> c = TaichiLoops.class;
    List<Entry> e = new ArrayList<>();
    e.add(correct(L + "test_ad_sum", c, "sum", args(filled(10, 3), iotaInt(10), new double[10])));
    e.add(correct(L + "test_ad_sum_local_atomic", c, "sumLocalAtomic", args(filled(10, 3), iotaInt(10), new double[10])));
    e.add(correct(L + "test_ad_power", c, "power", args(filled(10, 3), iotaInt(10), new double[10])));
    e.add(correct(L + "test_ad_fibonacci", c, "fib", args(new double[15], filled(15, 1), iotaInt(15), new double[15])));
    e.add(correct(L + "test_ad_fibonacci_index", c, "fibIndex", args(filled(10, 1), new double[10], 5)));
    e.add(correct(L + "test_ad_global_ptr", c, "globalPtr", args(iota(5), new double[5])));
    e.add(correct(L + "test_integer_stack", c, "intStack", args(filled(5, 1), filled(5, 1), iotaInt(5), new double[5])));
    e.add(correct(L + "test_double_for_loops", c, "doubleFor", args(filled(5, 2), filled(5, 1), iotaInt(5),
        new double[5])));
    int[][] counts = new int[6][3];
    for (int i = 0; i < 6; i++) for (int k = 0; k < 3; k++) counts[i][k] = i + k;
    e.add(correct(L + "test_double_for_loops_more_nests", c, "doubleForMoreNests", args(filled(6, 2), filled(6, 1), counts,
        new double[6][3])));
    e.add(correct(L + "test_complex_body", c, "complexBody", args(filled(5, 2), iotaInt(5), new double[5],
        new double[5])));
    e.add(correct(L + "test_triple_for_loops_bls", c, "tripleFor", args(filled(8, 2), iota(16), 3, new double[5][8])));
    e.add(correct(L + "test_mixed_inner_loops", c, "mixedInnerLoops", args(0.0, 5), args(0.7, 5)));
    e.add(correct(L + "test_inner_loops_local_variable", c, "innerLoopsLocalVariable", args(0.0, 2), args(0.7, 2)));
    e.add(correct(L + "test_more_inner_loops_local_variable", c, "moreInnerLoopsLocalVariable", args(0.0, 2),
        args(0.7, 2)));
    e.add(correct(L + "test_stacked_inner_loops_local_variable", c, "stackedInnerLoopsLocalVariable", args(0.0, 2),
        args(0.7, 2)));
    e.add(correct(L + "test_stacked_mixed_ib_and_non_ib_inner_loops_local_variable", c, "stackedMixedInnerLoops",
        args(0.0, 2), args(0.7, 2)));
    // the test's trip counts (5, 2000, 1000) in TwentyFirstPeerEdgeCasesTest; smaller ones for the differences
    e.add(correct(L + "test_large_for_loops", c, "largeLoop", args(0.0, 5, 20, 10), args(0.7, 5, 20, 10)));
    e.add(correct(L + "test_multiple_ib", c, "multipleIb", args(1.0)));
    e.add(correct(L + "test_multiple_ib_multiple_outermost", c, "multipleIbMultipleOutermost", args(1.0)));
    e.add(correct(L + "test_multiple_ib_multiple_outermost_mixed", c, "multipleIbMultipleOutermostMixed", args(1.0)));
    e.add(correct(L + "test_multiple_ib_mixed", c, "multipleIbMixed", args(1.0)));
    e.add(correct(L + "test_multiple_ib_deeper", c, "multipleIbDeeper", args(1.0)));
    e.add(correct(L + "test_multiple_ib_deeper_non_scalar", c, "multipleIbDeeperNonScalar", args(filled(10, 1),
        new double[10])));
    e.add(correct(L + "test_multiple_ib_inner_mixed", c, "multipleIbInnerMixed", args(1.0)));
    e.add(correct(L + "test_ib_global_load", c, "ibGlobalLoad", args(iota(10), new int[] {2, 2, 2, 2, 2, 2, 2, 2, 2, 2},
        new double[10])));
    e.add(correct(L + "test_for_loop_index", c, "forLoopIndex", args((Object) FOR_LOOP_INDEX_X)));
    // the test's 16 rows of 8, x[k, 0] = k: 4 rows here
    e.add(correct(L + "test_loop_grad", c, "loopGrad", args((Object) rowsStartingAt(4, 8))));
    e.add(correct(L + "test_loop_grad_complex", c, "loopGradComplex", args((Object) rowsStartingAt(4, 8))));
    return e;
  }

  static final double[][] FOR_LOOP_INDEX_X = {{-0.57279384, 0.7815071}, {0.45064202, -0.299493}};

  static double[][] rowsStartingAt(int n, int m) {
    double[][] x = new double[n][m];
    for (int k = 0; k < n; k++) x[k][0] = k;
    return x;
  }

  private static final String X = "peers21/taichi/examples/";
  static final String MPM_ARRAYS = "constructor call: Mat2 matrices made from active values and kept in the Block's "
      + "Mat2[] arrays";

  private static List<Entry> examples() {
    Class<?> c = TaichiExamples.class;
    Random r = new Random(2026);
    List<Entry> e = new ArrayList<>();
    // random.random() draws: java.util.Random's, seed 2026
    e.add(correct(X + "minimization.reduce", c, "minimizationLoss", args(uniform(r, 8, 0, 1), uniform(r, 8, 0, 1))));
    double[] xs = uniform(r, 8, -2.5, 2.5);
    double[] ys = new double[8];
    for (int i = 0; i < 8; i++) ys[i] = (xs[i] - 1) * (xs[i] - 2) * (xs[i] + 2) + r.nextDouble() - 0.5;
    // the example starts from zero coefficients; these are a step of its descent's kind
    e.add(correct(X + "regression.regress", c, "regress", args(v(0.1, -0.2, 0.05, 0.3), xs, ys),
        args(new double[4], xs, ys)));
    e.add(correct(X + "ad_gravity.compute_U", c, "computeU", args(uniform(r, 8, 0, 1), uniform(r, 8, 0, 1))));
    e.add(correct(X + "ndarray.test_simple_demo", c, "simpleDemo", args(uniform(r, 4, 0, 1), new double[1])));
    double[][] threes = {{3, 3}, {3, 3}, {3, 3}, {3, 3}};
    e.add(correct(X + "ndarray.test_ad_sum_vector", c, "sumVector", args(threes, new double[4][2])));
    e.add(correct(X + "ndarray.test_ad_vector_arg", c, "vectorArg", args(threes, new double[4][2], v(2.0, 3.0))));
    e.add(correct(X + "ndarray.test_hash_encoder_simple", c, "hashEncoder", args(v(0.2924), new double[][] {{0.7515}})));
    // test_gdar_mpm at init_v = 0 (the test's) and a velocity beside it: a 2x2 block, 32 cells, 4 steps (README)
    e.add(refused(X + "test_ad_gdar_diffmpm.loss (Block)", TaichiMpm.class, "loss", MPM_ARRAYS, args(v(0, 0), 2, 32, 4),
        args(v(0.5, -0.3), 2, 32, 4)));
    e.add(correct(X + "test_ad_gdar_diffmpm.loss (static kernels)", TaichiMpm.class, "lossByKernels",
        args(v(0, 0), 2, 32, 4), args(v(0.5, -0.3), 2, 32, 4)));
    return e;
  }
}
