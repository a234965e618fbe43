package dev.leibniz.corpus;

import static dev.leibniz.corpus.Entry.args;
import static dev.leibniz.corpus.Entry.correct;

import dev.leibniz.corpus.peers15.CandleGrad;
import dev.leibniz.corpus.peers15.MlxAutograd;
import dev.leibniz.corpus.peers15.MlxGradReference;
import dev.leibniz.corpus.peers15.MlxParams;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The fifteenth peer round: functions from the test suites of AD tools that no earlier peer round used as a source of
 * their own tests (Candle's candle-core grad_tests.rs: f32 unary ops at its points, gelu, erf, elu at its switch, silu,
 * nearest interpolation, maximum/minimum of x and 0.1 x and of x with itself, slice_scatter, a gradient-descent loop;
 * MLX's test_autograd.py and test_grad_reference.py: jvp/vjp basics, trees, captured constants, scatter and slice
 * updates by add/max/min/multiply, powers at a zero base, cumprod with zeros in all four scan modes, cummax and cummin
 * with ties, topk, sort, logsumexp, put_along_axis, in-place writes to an argument, reductions at a zero, and the float32
 * grids of fifteen unary ops, logaddexp at equal arguments and arctan2), ported to Java in {@code
 * dev.leibniz.corpus.peers15} (each file's header names the source, commit and licence) and classified by the same
 * harness. Entry ids start with {@code peers15/}. Kept apart from {@link Corpus} so that rounds merge without
 * conflicts; {@link Corpus#entries()} appends it. Points are the tests' own unless the comment next to one says why; the
 * tests' asserted values, and their points where differences cannot serve (ties, kinks, the zero base of a power, elu's
 * switch), are {@code FifteenthPeerEdgeCasesTest}'s.
 */
final class FifteenthPeerRound {
  private FifteenthPeerRound() {}

  static List<Entry> entries() {
    return Stream.of(candle(), mlx(), mlxGrids()).flatMap(List::stream).toList();
  }

  private static double[] v(double... xs) {
    return xs;
  }

  private static float[] f(float... xs) {
    return xs;
  }

  /** arange(12) as (2, r, c), candle's matmul_grad operands. */
  private static float[][][] arange3(int r, int c) {
    float[][][] t = new float[2][r][c];
    int k = 0;
    for (float[][] m : t) {
      for (float[] row : m) {
        for (int j = 0; j < c; j++) row[j] = k++;
      }
    }
    return t;
  }

  // ---- Candle: candle-core/tests/grad_tests.rs ----

  private static List<Entry> candle() {
    String p = "peers15/candle/";
    Class<?> c = CandleGrad.class;
    List<Entry> e = new ArrayList<>();
    float[] x = f(3, 1, 4, 0.15f);
    e.add(correct(p + "simple_grad", c, "simple", args((Object) f(3, 1, 4))));
    e.add(correct(p + "sum_grad", c, "sumOfSquaresTimesTwo", args((Object) f(3, 1, 4))));
    e.add(correct(p + "matmul_grad", c, "batchedMatmul", args(arange3(2, 3), arange3(3, 2))));
    e.add(correct(p + "grad_descent", c, "gradientDescent", args(0f), args(1.5f)));
    for (String op : List.of("log+1", "exp", "exp.sqr", "sin", "cos", "sqr", "sqr.sqrt", "neg", "affine", "1/x",
        "x/0.5", "powf", "tanh", "gelu", "erf", "gelu_erf", "silu")) {
      e.add(correct(p + "unary_grad " + op, c, "unary", args(op, x)));
    }
    // the test's 0 is elu's switch (candle's backward 2 = alpha exp(0), the side its forward does not take; Leibniz 1,
    // the taken side): FifteenthPeerEdgeCasesTest; 0.5 here
    e.add(correct(p + "unary_grad elu(2)", c, "elu", args(f(-1, 0.5f, -2, 3), 2f)));
    e.add(correct(p + "unary_grad interpolate1d", c, "interpolate1d",
        args(new float[][] {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}, 12)));
    e.add(correct(p + "unary_grad interpolate2d 3x3 to 6x6", c, "interpolate2d",
        args(new float[][][][] {{{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}}}, 6, 6)));
    e.add(correct(p + "unary_grad interpolate2d 2x2 to 6x6", c, "interpolate2d",
        args(new float[][][][] {{{{1, 2}, {4, 5}}}}, 6, 6)));
    e.add(correct(p + "unary_grad interpolate2d two channels", c, "interpolate2d",
        args(new float[][][][] {{{{1, 2}, {4, 5}}, {{6, 7}, {8, 9}}}}, 4, 4)));
    e.add(correct(p + "unary_grad interpolate2d batch of two", c, "interpolate2d",
        args(new float[][][][] {{{{1, 2}, {4, 5}}}, {{{6, 7}, {8, 9}}}}, 4, 4)));
    float[] b = f(3, 1, -4, -1);
    e.add(correct(p + "binary_grad maximum(x, 0.1 x)", c, "maximumOfTenth", args((Object) b)));
    e.add(correct(p + "binary_grad minimum(x, 0.1 x)", c, "minimumOfTenth", args((Object) b)));
    e.add(correct(p + "binary_grad minimum(x, x)", c, "minimumOfItself", args((Object) b)));
    e.add(correct(p + "binary_grad slice_scatter0", c, "sliceScatterSquared", args(f(3, 1, -4, -1, 5, 9), f(2, 7, 1))));
    return e;
  }

  // ---- MLX: python/tests/test_autograd.py ----

  private static List<Entry> mlx() {
    String p = "peers15/mlx/";
    Class<?> c = MlxAutograd.class;
    List<Entry> e = new ArrayList<>();
    e.add(correct(p + "test_jvp 2 * x", c, "twice", args(1.0)));
    e.add(correct(p + "test_jvp x * y", c, "product", args(4.0, 2.0), args(0.5, 2.0)));
    e.add(correct(p + "test_jvp (x * y, y * z)", c, "pairOfProducts", args(2.0, 4.0, 6.0, new double[2])));
    e.add(correct(p + "test_grad x * x", c, "square", args(0.5)));
    e.add(correct(p + "test_grad non-array argument", c, "first", args(2.0, "hello")));
    e.add(correct(p + "test_grad_trees p[x] * p[y]", c, "dictProduct", args(new MlxParams(0.5, 2.0))));
    e.add(correct(p + "test_grad_trees square(p[0][foo][2]) * b", c, "nestedSquare",
        args(new double[][] {{}, {}, {2.0}}, 0.5)));
    double[][] ones = {{1, 1}, {1, 1}};
    e.add(correct(p + "test_auxiliary_values", c, "auxiliaryLoss", args(ones, ones)));
    e.add(correct(p + "test_captured a + x", c, "capturedPlus", args(5.0)));
    e.add(correct(p + "test_captured a + a", c, "capturedOnly", args(5.0)));
    e.add(correct(p + "test_captured x + x", c, "selfSum", args(5.0)));
    double[] src = v(1, 2, 3, 4);
    e.add(correct(p + "test_scatter_add_vjp", c, "scatterAdd", args(src, v(1, 2), new double[4])));
    e.add(correct(p + "test_scatter_max_vjp", c, "scatterMax", args(src, v(1, 2), new double[4]),
        args(src, v(5, 6), new double[4])));
    e.add(correct(p + "test_scatter_min_vjp", c, "scatterMin", args(src, v(5, 6), new double[4]),
        args(src, v(1, 1), new double[4])));
    e.add(correct(p + "test_slice_update_max_vjp", c, "sliceUpdate",
        args("maximum", src, new double[][] {{1, 2}}, new double[4]),
        args("maximum", src, new double[][] {{5, 6}}, new double[4])));
    e.add(correct(p + "test_slice_update_min_vjp", c, "sliceUpdate",
        args("minimum", src, new double[][] {{5, 6}}, new double[4]),
        args("minimum", src, new double[][] {{1, 1}}, new double[4])));
    e.add(correct(p + "test_slice_update_add_vjp", c, "sliceUpdate",
        args("add", src, new double[][] {{1, 2}}, new double[4])));
    e.add(correct(p + "test_slice_update_multiply_vjp", c, "sliceUpdate",
        args("multiply", src, new double[][] {{2, 3}}, new double[4])));
    // the test's x is uniform (100, 300): a (3, 6) draw from the same distribution
    e.add(correct(p + "test_split_against_slice", c, "splitProduct",
        args((Object) new double[][] {{0.37, 0.95, 0.73, 0.6, 0.16, 0.16}, {0.06, 0.87, 0.6, 0.71, 0.02, 0.97},
            {0.83, 0.21, 0.18, 0.18, 0.3, 0.52}})));
    // x ** 2 and x ** 1.5 at the test's 0 (no left neighbour for 1.5) are FifteenthPeerEdgeCasesTest's
    e.add(correct(p + "test_power_grad x ** 2", c, "power", args(2.0, 2.0), args(0.0, 2.0)));
    e.add(correct(p + "test_power_grad x ** 1.5", c, "power", args(2.0, 1.5), args(0.5, 1.5)));
    // the test's (1, 1) is 0 ** 1, whose base x - y is negative to the left (a NaN power): FifteenthPeerEdgeCasesTest
    e.add(correct(p + "test_power_grad (x - y) ** x", c, "differencePower", args(2.0, 1.0), args(1.5, 1.0)));
    e.add(correct(p + "test_eval_in_grad", c, "broadcastSquare", args(v(1), v(2, 2)), args(v(1), v(1, 1))));
    // the zeros are the tests' own points: products are polynomials, differences serve there
    for (boolean inclusive : new boolean[] {true, false}) {
      for (boolean reverse : new boolean[] {false, true}) {
        e.add(correct(p + "test_cumprod_grad inclusive=" + inclusive + " reverse=" + reverse, c, "cumprodSum",
            args(v(2, 1, 2, 2, 3), inclusive, reverse), args(v(2, 0, 2, 2, 3), inclusive, reverse),
            args(v(2, 0, 2, 0, 3), inclusive, reverse)));
      }
    }
    // the tests' [3, 3, 1, 5, 5] ties twice (MLX: the later element, Leibniz's Math.max the earlier):
    // FifteenthPeerEdgeCasesTest; untied here
    double[] untied = v(3, 3.5, 1, 5, 5.5);
    for (boolean max : new boolean[] {true, false}) {
      for (boolean inclusive : new boolean[] {true, false}) {
        for (boolean reverse : new boolean[] {false, true}) {
          e.add(correct(p + (max ? "test_cummax_grad" : "test_cummin_grad") + " inclusive=" + inclusive + " reverse="
              + reverse, c, "cumExtremumSum", args(untied, max, inclusive, reverse)));
        }
      }
    }
    double[][] m = {{1, 3, 3.5}, {4, 2, 4.5}};
    e.add(correct(p + "test_cummax_grad axis=1", c, "cummaxRowsSum", args(m, true), args(m, false)));
    e.add(correct(p + "test_cummin_grad axis=0", c, "cumminColumnsSum", args((Object) m)));
    e.add(correct(p + "test_cummax_grad cotangent", c, "cummaxWeighted",
        args(untied, v(10, 1, 1, 100, 1000))));
    e.add(correct(p + "test_topk_grad", c, "topkSum",
        args(new double[][] {{1, 2, 6, 4, 5}, {9, 5, 6, 7, 8}}, 2)));
    e.add(correct(p + "test_sort_grad", c, "sort", args(v(3, 1, 2, 5, 4), new double[5])));
    e.add(correct(p + "test_logsumexp_grad", c, "logsumexpRows",
        args(new double[][] {{1, 2, 3}, {4, 1, 0}}, new double[2])));
    e.add(correct(p + "test_put_along_axis_grads", c, "putAlongAxis", args(new double[5], v(1, 1), new double[5])));
    e.add(correct(p + "test_slice_grads a[5:-6:-1]", c, "reversedSlice", args(v(1, 1, 1, 1, 1), new double[5])));
    e.add(correct(p + "test_slice_grads a[4:-5:-2] = b", c, "steppedSliceUpdate",
        args(v(1, 1, 1, 1), v(0, 0), new double[4])));
    e.add(correct(p + "test_grad_with_copies", c, "firstPlusLast", args((Object) v(2, 2, 2))));
    e.add(correct(p + "test_grad_ids_pre_post", c, "sumIntoSecond", args((Object) v(1, 1, 1))));
    e.add(correct(p + "test_grad_with_inplace_update", c, "overwriteThenFirst", args((Object) v(0, 1))));
    // arange(4): prod at its 0 is a polynomial (differences serve); min at 0 and max at 3 are untied
    for (String op : List.of("sum", "prod", "min", "max")) {
      e.add(correct(p + "test_reduce_jvp " + op, c, "reduce", args(op, v(0, 1, 2, 3))));
    }
    return e;
  }

  // ---- MLX: python/tests/test_grad_reference.py ----

  /** The test's _grid: 33 points from lo to hi, those within 1e-3 of 0 left out, in float32. */
  static float[] grid(double lo, double hi) {
    List<Float> xs = new ArrayList<>();
    for (int i = 0; i < 33; i++) {
      double x = lo + (hi - lo) * i / 32;
      if (Math.abs(x) > 1e-3) xs.add((float) x);
    }
    float[] g = new float[xs.size()];
    for (int i = 0; i < g.length; i++) g[i] = xs.get(i);
    return g;
  }

  private static List<Entry> mlxGrids() {
    String p = "peers15/mlx/test_grad_reference ";
    Class<?> c = MlxGradReference.class;
    List<Entry> e = new ArrayList<>();
    Object[][] unary = {
      {"sin", -1.5, 1.5}, {"sinh", -1.5, 1.5}, {"cosh", -1.5, 1.5}, {"tan", -1.0, 1.0}, {"arcsin", -0.8, 0.8},
      {"arccos", -0.8, 0.8}, {"arctan", -1.5, 1.5}, {"arcsinh", -1.5, 1.5}, {"arctanh", -0.8, 0.8},
      {"expm1", -1.5, 1.5}, {"log1p", -0.5, 1.5}, {"reciprocal", 0.5, 2.0}, {"rsqrt", 0.5, 2.0}, {"erf", -2.0, 2.0},
      {"sigmoid", -2.0, 2.0}};
    for (Object[] u : unary) {
      e.add(correct(p + u[0], c, "unarySum", args(u[0], grid((Double) u[1], (Double) u[2]))));
    }
    float[] ab = grid(-1.5, 1.5);
    e.add(correct(p + "logaddexp (a == b on the grid)", c, "logaddexpSum", args(ab, ab.clone())));
    float[] pos = grid(0.5, 2.0);
    e.add(correct(p + "arctan2", c, "arctan2Sum", args(pos, pos.clone())));
    e.add(correct(p + "test_erf_gradient_away_from_zero", c, "erfOne", args((Object) f(0)), args((Object) f(0.25f)),
        args((Object) f(0.5f)), args((Object) f(1)), args((Object) f(1.5f)), args((Object) f(2)), args((Object) f(3))));
    return e;
  }
}
