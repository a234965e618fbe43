package dev.leibniz.corpus;

import static dev.leibniz.corpus.Entry.args;
import static dev.leibniz.corpus.Entry.correct;

import dev.leibniz.corpus.peers14.BurnAutodiff;
import dev.leibniz.corpus.peers14.CppadTestMore;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The fourteenth peer round: functions from the test suites of AD tools that no earlier peer round used as a source of
 * their own tests (Burn's autodiff tests: matrix chains through abs, sqrt, log, erf, gelu, softmax, ties of cummax and
 * zeros of cumprod and prod, masks, sorts, max/min along a dimension, remainder, rounding; CppAD's test_more/general:
 * pow at a zero base and exponent, conditional expressions whose unchosen side is computed and infinite or NaN,
 * comparisons, arrays indexed and written at indices computed from active values, Romberg integration), ported to Java
 * in {@code dev.leibniz.corpus.peers14} (each file's header names the source, commit and licence) and classified by the
 * same harness. Entry ids start with {@code peers14/}. Kept apart from {@link Corpus} so that rounds merge without
 * conflicts; {@link Corpus#entries()} appends it. Points are the tests' own unless the comment next to one says why; the
 * tests' asserted values, and their points where differences cannot serve (ties, kinks, zeros of abs and sign, the
 * switches of comparisons, a NaN or infinite input), are {@code FourteenthPeerEdgeCasesTest}'s.
 */
final class FourteenthPeerRound {
  private FourteenthPeerRound() {}

  static List<Entry> entries() {
    return Stream.of(burn(), cppad()).flatMap(List::stream).toList();
  }

  private static double[] v(double... xs) {
    return xs;
  }

  private static double[][] m(double a, double b, double c, double d) {
    return new double[][] {{a, b}, {c, d}};
  }

  /** The tests' most common pair, [[0, 1], [3, 4]] and [[6, 7], [9, 10]]. */
  private static Object[] pairA() {
    return args(m(0, 1, 3, 4), m(6, 7, 9, 10));
  }

  /** The other common pair, [[1, 7], [-2, -3]] and [[4, -7], [2, 3]]. */
  private static Object[] pairB() {
    return args(m(1, 7, -2, -3), m(4, -7, 2, 3));
  }

  // ---- Burn: crates/burn-backend-tests/tests/autodiff ----

  private static List<Entry> burn() {
    String p = "peers14/burn/";
    Class<?> c = BurnAutodiff.class;
    List<Entry> e = new ArrayList<>();
    e.add(correct(p + "abs should_diff_abs", c, "abs", args(m(0, -1, 3, 4), m(6, 7, 9, -10))));
    // the test's t2 has |0| at [0][0], a kink (FourteenthPeerEdgeCasesTest: burn 0, Leibniz +1): 0.5 here
    e.add(correct(p + "abs should_diff_abs_no_nans", c, "absNoNans", args(m(6, 7, 9, -10), m(0.5, -1, 3, 4))));
    e.add(correct(p + "aggregation should_diff_mean", c, "mean", pairB()));
    e.add(correct(p + "aggregation should_diff_sum_1", c, "sum1", pairB()));
    e.add(correct(p + "aggregation should_diff_sum_2", c, "sum2", pairA()));
    e.add(correct(p + "aggregation should_diff_mean_dim", c, "meanDim", pairB()));
    e.add(correct(p + "aggregation should_diff_sum_dim", c, "sumDim", pairB()));
    e.add(correct(p + "aggregation should_diff_prod", c, "prod", args((Object) v(2, 3, 4))));
    e.add(correct(p + "aggregation should_diff_prod_with_negatives", c, "prod", args((Object) v(2, -3, 4))));
    e.add(correct(p + "aggregation should_diff_prod_single_zero", c, "prod", args((Object) v(2, 0, 3, 4))));
    e.add(correct(p + "aggregation should_diff_prod_multiple_zeros", c, "prod", args((Object) v(2, 0, 3, 0, 5))));
    e.add(correct(p + "aggregation should_diff_prod_dim", c, "prodDim1",
        args((Object) new double[][] {{1, 2, 3}, {4, 5, 6}})));
    e.add(correct(p + "aggregation should_diff_prod_dim_with_negatives", c, "prodDim0",
        args((Object) new double[][] {{1, -2, 3}, {-4, 5, 6}})));
    // the ties of should_diff_cummax_duplicate_values, _all_same and _2d_duplicates are FourteenthPeerEdgeCasesTest's
    e.add(correct(p + "cummax should_diff_cummax", c, "cummax", args((Object) v(1, 3, 2))));
    e.add(correct(p + "cummax should_diff_cummax_increasing", c, "cummax", args((Object) v(1, 2, 3, 4))));
    e.add(correct(p + "cummax should_diff_cummax_2d", c, "cummax2d",
        args((Object) new double[][] {{1, 3, 2}, {2, 5, 4}})));
    e.add(correct(p + "cumprod should_diff_cumprod", c, "cumprod", args((Object) v(2, 3, 4))));
    e.add(correct(p + "cumprod should_diff_cumprod_zero_in_middle", c, "cumprod", args((Object) v(2, 0, 3, 4))));
    e.add(correct(p + "cumprod should_diff_cumprod_zero_at_start", c, "cumprod", args((Object) v(0, 2, 3, 4))));
    e.add(correct(p + "cumprod should_diff_cumprod_zero_at_end", c, "cumprod", args((Object) v(2, 3, 4, 0))));
    e.add(correct(p + "cumprod should_diff_cumprod_multiple_zeros", c, "cumprod", args((Object) v(2, 0, 3, 0, 5))));
    e.add(correct(p + "cumprod should_diff_cumprod_2d", c, "cumprod2d",
        args((Object) new double[][] {{1, 2, 3}, {4, 5, 6}})));
    e.add(correct(p + "div should_diff_div", c, "div", args(v(1, 7), v(4, 7))));
    e.add(correct(p + "div should_diff_div_scalar", c, "divScalar", args((Object) v(1, 7))));
    e.add(correct(p + "div test_div_complex_1", c, "divComplex1",
        args(m(1, 7, 13, -3), m(4, 7, 2, 3), m(2, 2, 2, 2))));
    e.add(correct(p + "div test_div_complex_2", c, "divComplex2", pairA()));
    e.add(correct(p + "erf should_diff_erf", c, "erf", pairA()));
    e.add(correct(p + "exp should_diff_exp", c, "exp", pairB()));
    e.add(correct(p + "gelu should_diff_gelu", c, "gelu", args(m(0, 1, -3, 4), m(6, -0.5, 9, 10))));
    e.add(correct(p + "hypot should_diff_hypot", c, "hypot", args(m(3, 4, 5, 12), m(4, 3, 12, 5))));
    e.add(correct(p + "log should_diff_log", c, "log", pairA()));
    e.add(correct(p + "log1p should_diff_log1p", c, "log1p", pairA()));
    e.add(correct(p + "sqrt should_diff_sqrt", c, "sqrt", pairA()));
    e.add(correct(p + "log_sigmoid should_diff_log_sigmoid", c, "logSigmoid",
        args((Object) m(0.8762, -0.1423, -300, 200))));
    e.add(correct(p + "sigmoid should_diff_sigmoid", c, "sigmoid", args(0.8762), args(-90.0)));
    e.add(correct(p + "sigmoid small_neg_val_should_not_cause_grad_overflow (f32)", c, "sigmoidFloat", args(0.8762f),
        args(-90.0f)));
    boolean[][] mask = {{true, false}, {false, true}};
    e.add(correct(p + "mask should_diff_mask_fill", c, "maskFill", args(m(1, 7, 2, 3), m(4, 7, 2, 3), mask)));
    e.add(correct(p + "mask should_diff_mask_where", c, "maskWhere",
        args(m(1, 7, 2, 3), m(4, 7, 2, 3), m(8.8, 9.8, 10.8, 11.8), mask)));
    e.add(correct(p + "maxmin should_diff_max_dim", c, "maxDim", pairB()));
    e.add(correct(p + "maxmin should_diff_min_dim", c, "minDim", pairB()));
    e.add(correct(p + "maxmin should_diff_min_dim_3d_dim1", c, "minDim3d", pairB()));
    e.add(correct(p + "sort should_diff_sort (and _with_indices)", c, "sortRows", pairB()));
    e.add(correct(p + "sort should_diff_sort_3d_dim1", c, "sortColumns", pairB()));
    e.add(correct(p + "recip should_diff_recip", c, "recip", args((Object) v(2, 5, 0.4))));
    e.add(correct(p + "relu should_diff_relu", c, "relu", pairB()));
    e.add(correct(p + "remainder should_diff_remainder", c, "remainder",
        args(v(0.9742, 0.3676, 0.0905, 0.8066, 0.7072, 0.7883, 0.6987, 0.1560, 0.7179, 0.7874, 0.9032, 0.1845),
            v(0.3357, 0.0285, 0.4115, 0.5511, 0.8637, 0.3593, 0.3885, 0.2569, 0.0936, 0.7172, 0.4792, 0.4898))));
    double[][] rounded = {{-1.9751, 0.0714, 0.0643, 0.2406}, {-1.3172, 0.1252, -0.1119, -0.0127}};
    e.add(correct(p + "round should_diff_round", c, "round", args((Object) rounded)));
    e.add(correct(p + "floor should_diff_floor", c, "floor", args((Object) rounded)));
    e.add(correct(p + "ceil should_diff_ceil", c, "ceil", args((Object) rounded)));
    // the test's 0 is sign's jump (FourteenthPeerEdgeCasesTest): 0.5 here
    e.add(correct(p + "sign should_diff_sign", c, "sign", args((Object) v(-2, -1, 0.5, 1, 2))));
    e.add(correct(p + "softmax test_softmax_grad", c, "softmax", pairA()));
    e.add(correct(p + "softmax test_log_softmax_grad", c, "logSoftmax", pairA()));
    return e;
  }

  // ---- CppAD: test_more/general ----

  private static List<Entry> cppad() {
    String p = "peers14/cppad/";
    Class<?> c = CppadTestMore.class;
    List<Entry> e = new ArrayList<>();
    e.add(correct(p + "pow PowTestOne", c, "powOne", args(0.5, 2.0, 0.5, 2.0, new double[3])));
    e.add(correct(p + "pow PowTestTwo", c, "powTwo", args(2.0, 3.0, new double[2])));
    e.add(correct(p + "pow PowTestThree (pow(0, x), pow(x, 0), ...)", c, "powThree", args(2.0, new double[4])));
    e.add(correct(p + "pow PowTestFour (pow(x, int) at -2)", c, "powFour", args(-2.0, new double[5])));
    e.add(correct(p + "pow PowTestFive", c, "powFive", args(-1.0)));
    // PowTestNine's x = 0 has no left neighbour in the domain of x^2.5 (FourteenthPeerEdgeCasesTest)
    e.add(correct(p + "pow PowTestSix and PowTestNine (x^2.5)", c, "powTwoAndHalf", args(1.5), args(1.0), args(2.0)));
    e.add(correct(p + "pow PowTestEight", c, "powEight", args(-2.0, new double[2])));
    e.add(correct(p + "pow PowTestTen", c, "powTen", args(v(1.5, 2.5, 3.5), new double[3])));
    // case A recorded at y = 0 and evaluated at (2, 3) and (3, 2); case B's base recorded at 0
    e.add(correct(p + "pow dynamic_zero", c, "powDynamicExponent", args(2.0, 0.0), args(2.0, 3.0), args(3.0, 2.0),
        args(0.0, 3.0)));
    e.add(correct(p + "pow_int u^5, u^-5", c, "powIntFivePair", args(2.0, new double[2])));
    // fabs at 0 is FourteenthPeerEdgeCasesTest's (CppAD 0, Leibniz 1)
    e.add(correct(p + "fabs", c, "fabs", args(1.0), args(-1.0)));
    e.add(correct(p + "atan2 general (four quadrants)", c, "atan2OfSinCos", args(1.0), args(3.0), args(-3.0),
        args(-1.0)));
    e.add(correct(p + "sqrt SqrtTestOne", c, "sqrtOne", args(4.0, new double[2])));
    e.add(correct(p + "sqrt SqrtTestTwo sqrt(u * u)", c, "sqrtOfSquare", args(2.0), args(-2.0)));
    e.add(correct(p + "sqrt SqrtTestThree sqrt(exp(x))", c, "sqrtOfExp", args(4.0)));
    e.add(correct(p + "erf old_example and hessian", c, "erfOfTwice", args(0.75), args(0.5)));
    e.add(correct(p + "asinh", c, "asinhOfSinh", args(0.5)));
    e.add(correct(p + "atanh", c, "atanhOfTanh", args(0.5)));
    e.add(correct(p + "acosh", c, "acoshOfCosh", args(0.5)));
    e.add(correct(p + "std_math", c, "stdMath", args(1.0, Math.PI / 4, 10.0, new double[6])));
    e.add(correct(p + "cond_exp CondExp_ppvv", c, "condExpPpvv", args(0.0, 1.0, 2.0, 3.0, new double[5]),
        args(1.0, 0.0, 2.0, 3.0, new double[5])));
    for (String kind : List.of("Pvvv", "Vpvv", "Vvpv", "Vvvp")) {
      e.add(correct(p + "cond_exp CondExp_" + kind.toLowerCase(), c, "condExp" + kind,
          args(v(0, 1, 2), new double[5]), args(v(2, 1, 0), new double[5])));
    }
    e.add(correct(p + "cond_exp SecondOrderReverse", c, "condExpSquares", args(2.0, new double[2]),
        args(0.5, new double[2])));
    // the test's second point has zeros (log of 0 computed on the unchosen sides): FourteenthPeerEdgeCasesTest
    e.add(correct(p + "cond_exp OldExample", c, "condExpLogs", args((Object) v(-1, 2, -3, 4, -5))));
    // the test's x1 is NaN (FourteenthPeerEdgeCasesTest); 0.3 is inside every function's domain
    e.add(correct(p + "cond_exp_rev", c, "condExpRev", args(1.0, 0.3, new double[28])));
    // the test's second point 0 (1/x infinite, NaN sides) is FourteenthPeerEdgeCasesTest's
    e.add(correct(p + "mul_cond_rev", c, "mulCondRev", args(2.0, new double[25]), args(5.0, new double[25])));
    // the test's (1, 2) sits on CondExpEq's exact test (FourteenthPeerEdgeCasesTest)
    e.add(correct(p + "mul_cskip", c, "mulCskip", args(0.0, 1.0), args(3.0, 2.0)));
    // x = 0 and y = 0 take the tests' special cases at exact tests (FourteenthPeerEdgeCasesTest)
    e.add(correct(p + "div_zero_one", c, "divZeroOne", args(1.0, 1.0, new double[2]), args(2.0, 2.0, new double[2]),
        args(1.0, 2.0, new double[2])));
    e.add(correct(p + "mul_zero_one", c, "mulZeroOne", args(0.0, 0.0, new double[2]), args(1.0, 2.0, new double[2]),
        args(2.0, 1.0, new double[2])));
    // azmul at (0, inf) is FourteenthPeerEdgeCasesTest's
    e.add(correct(p + "azmul", c, "azmulThree", args(3.0, 4.0, 3.0, 4.0, new double[3])));
    // the tests' (3, 4) and (4, 3) sit on the comparisons with the parameters 3 and 4: a quarter beside them here
    for (String rel : List.of("Less", "Greater", "LessEqual", "GreaterEqual")) {
      e.add(correct(p + "compare_change CompareChange_one " + rel, c, "compare" + rel,
          args(3.25, 4.25, new double[6]), args(4.25, 3.25, new double[6])));
    }
    // VecADTestOne reads V[x] at x = 0, 1, 2, where (int) x jumps: half-way between here
    e.add(correct(p + "vec_ad VecADTestOne", c, "vecAdOne", args(0.5), args(1.5), args(2.5)));
    e.add(correct(p + "vec_ad VecADTestTwo", c, "vecAdTwo", args(2 * Math.PI / 9 / 2), args(2.0)));
    e.add(correct(p + "vec_ad SecondOrderReverse", c, "vecAdWrittenAtActiveIndex", args(2.0, new double[2]),
        args(2.5, new double[2])));
    e.add(correct(p + "romberg_one", c, "rombergOne", args(0.0, 1.0, 4, 0), args(0.0, 1.0, 4, 1),
        args(0.0, 1.0, 4, 2), args(0.0, 1.0, 4, 3)));
    e.add(correct(p + "poly", c, "poly", args(v(1, 1, 1, 1, 1), 3.0)));
    e.add(correct(p + "rev_two", c, "revTwo", args(0.5, 1.5)));
    return e;
  }
}
