package dev.leibniz.corpus;

import static dev.leibniz.corpus.Entry.args;
import static dev.leibniz.corpus.Entry.correct;
import static dev.leibniz.corpus.Entry.refused;

import dev.leibniz.corpus.peers17.NxControlFlow;
import dev.leibniz.corpus.peers17.NxElementwise;
import dev.leibniz.corpus.peers17.NxLinAlg;
import dev.leibniz.corpus.peers17.NxTensors;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The seventeenth peer round: functions from the test suite of an AD tool that no earlier peer round used as a source of
 * its tests (Nx, Elixir's numerical library, whose `Nx.Defn.Grad` is a reverse-mode transformation of defn expressions:
 * nx/test/nx/defn/grad_test.exs, its rules for arithmetic, remainder, atan2, the unary functions, dot products, axes,
 * broadcast, concatenate, pad, slice, reverse, abs, max/min, select, clip, reduce_max/min with ties, product with zeros,
 * sort, if and while (the loops of Nx issue 1747) and invert, determinant, solve and cholesky), ported to Java in
 * {@code dev.leibniz.corpus.peers17} (each file's header names the source, commit and licence) and classified by the same
 * harness. Entry ids start with {@code peers17/}. Kept apart from {@link Corpus} so that rounds merge without conflicts;
 * {@link Corpus#entries()} appends it. Points are the tests' own where they are fixed; the tests drawing
 * `random_uniform(min, max)` points get fixed draws from the same ranges; kinks, ties and jumps of the tests' points
 * are {@code SeventeenthPeerEdgeCasesTest}'s, with the tests' asserted values.
 */
final class SeventeenthPeerRound {
  private SeventeenthPeerRound() {}

  static List<Entry> entries() {
    return Stream.of(elementwise(), tensors(), controlFlow(), linAlg()).flatMap(List::stream).toList();
  }

  private static double[] v(double... xs) {
    return xs;
  }

  private static double[][] m(double[]... rows) {
    return rows;
  }

  private static int[] n(int... xs) {
    return xs;
  }

  private static Object[][] each(Object first, double... points) {
    Object[][] r = new Object[points.length][];
    for (int i = 0; i < points.length; i++) r[i] = first == null ? args(points[i]) : args(first, points[i]);
    return r;
  }

  /** Nx.iota(shape) as a matrix: 0, 1, 2, ... row-major. */
  static double[][] iota(int rows, int cols) {
    double[][] r = new double[rows][cols];
    for (int i = 0; i < rows * cols; i++) r[i / cols][i % cols] = i;
    return r;
  }

  static double[][][] iota(int a, int b, int c) {
    double[][][] r = new double[a][b][c];
    for (int i = 0; i < a * b * c; i++) r[i / (b * c)][i / c % b][i % c] = i;
    return r;
  }

  private static final String P = "peers17/nx/";

  // ---- grad_test.exs: the scalar rules and the unary functions ----

  private static List<Entry> elementwise() {
    Class<?> c = NxElementwise.class;
    List<Entry> e = new ArrayList<>();
    // the tests' asserted point, then fixed draws of their random_uniform ranges
    e.add(correct(P + "addition rule", c, "additionRule", each(null, 1.0, -4.3, -0.8, 0.6, 2.6)));
    e.add(correct(P + "product rule", c, "productRule", each(null, 1.0, -0.41, 0.23)));
    e.add(correct(P + "product rule for tensors", c, "sumProductRule", args((Object) m(v(1, 2), v(3, 4)))));
    e.add(correct(P + "division rule", c, "divisionRule", each("division_rule", 1.0, 0.62, 4.8, 9.3)));
    e.add(correct(P + "division rule, constant denominator", c, "divisionRule", each("division_num_rule", 0.62, 4.8)));
    e.add(correct(P + "division rule, constant numerator", c, "divisionRule", each("division_den_rule", 0.62, 4.8)));
    e.add(correct(P + "remainder rule", c, "remainderRule", each("remainder_rule", 1.0, 0.62, 4.8)));
    e.add(correct(P + "remainder rule, constant denominator", c, "remainderRule",
        each("remainder_num_rule", 0.62, 4.8)));
    e.add(correct(P + "remainder rule, constant numerator", c, "remainderRule",
        each("remainder_den_rule", 0.05, 0.62, 4.8)));
    e.add(correct(P + "power rule", c, "powerRule", each(null, 5.0, 0.7, 8.8)));
    e.add(correct(P + "exponential rule", c, "expRule", each(null, 1.0, 0.3, 6.5)));
    e.add(correct(P + "atan2 rule", c, "atan2Rule", each(null, 1.0, 0.45, 7.7)));
    e.add(correct(P + "chain rule", c, "tanhExp", each(null, 1.0, 0.2, 3.1)));
    e.add(correct(P + "grad grad", c, "gradTanhBase", each(null, 1.0, 0.7, 5.5)));
    e.add(correct(P + "tuples as patterns", c, "tuplePattern", each(null, 1.0)));
    e.add(correct(P + "tuples as multiple inputs (2)", c, "tupleInput2", args(1.0, 1.0), args(0.8, -1.3)));
    e.add(correct(P + "tuples as multiple inputs (3)", c, "tupleInput3", args(1.0, 1.0, 1.0), args(0.8, -1.3, 1.1)));
    e.add(correct(P + "tuples, an unused input", c, "tupleUnused", args(1.0, 1.0), args(2.5, 0.3)));
    for (String op : List.of("cbrt", "cos", "exp", "expm1", "log", "log1p", "sigmoid", "mean", "negate", "rsqrt", "sin",
        "sqrt", "sum", "tanh")) {
      e.add(correct(P + op, c, "unary", each(op, 0.37, 2.9, 7.41)));
    }
    // 3.14159 * multiplier + offset, clear of tan's asymptotes
    e.add(correct(P + "tan", c, "unary", each("tan", 0.35, 3.14159 * 2 + 0.83, 3.14159 * 7 - 1.21)));
    double[] inside = {-0.93, -0.27, 0.58, 0.97};
    e.add(correct(P + "asin", c, "unary", each("asin", inside)));
    e.add(correct(P + "acos", c, "unary", each("acos", inside)));
    e.add(correct(P + "atan", c, "unary", each("atan", -0.93, -0.27, 0.58, 0.97, -930, 580)));
    e.add(correct(P + "sinh", c, "unary", each("sinh", -8.6, -0.4, 3.3, 9.7)));
    e.add(correct(P + "cosh", c, "unary", each("cosh", -8.6, -0.4, 3.3, 9.7)));
    e.add(correct(P + "asinh", c, "unary", each("asinh", -73.4, -0.6, 12.5, 99.1)));
    e.add(correct(P + "acosh", c, "unary", each("acosh", 1.03, 4.7, 88.2)));
    e.add(correct(P + "atanh", c, "unary", each("atanh", inside)));
    e.add(correct(P + "erf", c, "unary", each("erf", -61.2, -3.1, 0.44, 2.2, 47.9)));
    e.add(correct(P + "erfc", c, "unary", each("erfc", -61.2, -3.1, 0.44, 2.2, 47.9)));
    e.add(correct(P + "erf_inv close to 0.0", c, "unary", each("erf_inv", 0.12, 0.63, 0.88)));
    e.add(correct(P + "erf_inv between 0.9 and 0.98", c, "unary", each("erf_inv", 0.917, 0.946, 0.957, 0.976)));
    e.add(correct(P + "erf_inv approaching 1.0", c, "unary",
        each("erf_inv", 0.9, 0.98, 0.99, 0.991, 0.992, 0.993, 0.994, 0.995, 0.999)));
    return e;
  }

  // ---- grad_test.exs: tensors ----

  private static List<Entry> tensors() {
    Class<?> c = NxTensors.class;
    List<Entry> e = new ArrayList<>();
    e.add(correct(P + "dot rule lhs/rhs", c, "sumDot", args(m(v(1), v(2), v(3)), m(v(1, 2, 3, 4, 5))),
        args(m(v(1, 2), v(3, 4), v(5, 6)), m(v(1), v(2))), args(m(v(1, 2)), m(v(1, 2, 3), v(4, 5, 6)))));
    e.add(correct(P + "dot rule both sides (vector)", c, "dotBothVector", args((Object) v(1, 2, 3))));
    e.add(correct(P + "dot rule both sides (iota {3, 3, 3})", c, "dotBothRank3", args((Object) iota(3, 3, 3))));
    e.add(correct(P + "dot after dot", c, "dotDot",
        args(iota(5, 4), iota(4, 3), v(0, 1, 2), iota(3, 2), v(0, 1), iota(5, 2))));
    e.add(correct(P + "dot with implicit broadcast", c, "dotImplicitBroadcast",
        args(v(0, 1, 2), iota(3, 2), iota(5, 2))));
    double[][][] t1 = iota(3, 2, 4);
    double[][][] t2 = iota(3, 3, 2);
    e.add(correct(P + "dot with batching", c, "batchedDot", args(t1, t2)));
    double[][] a = m(v(1, 2, 3), v(4, 5, 6));
    e.add(correct(P + "log + sum(axis) + sin + sum", c, "logSumAxisSinSum", args(a, 0), args(a, 1)));
    e.add(correct(P + "sum(axis) + mean, mean(axis) + sum", c, "reduceThenReduce", args(a, 0, true), args(a, 1, true),
        args(a, 0, false), args(a, 1, false)));
    e.add(correct(P + "log + reshape + mean(axis) + sum", c, "logReshapeMeanSum", args(a, 0), args(a, 1),
        args(m(v(1, 2, 3, 4, 5, 6)), 0)));
    e.add(correct(P + "log + transpose + mean(axis) + sum", c, "logTransposeMeanSum", args(a, 0), args(a, 1)));
    List<Object[]> shapes = new ArrayList<>();
    for (int[] s : new int[][] {{3, 2, 2}, {1, 2, 2}, {3, 1, 2}, {3, 2, 1}, {3, 1, 1}, {1, 1, 1}}) {
      shapes.add(args((Object) iota(s[0], s[1], s[2])));
    }
    e.add(correct(P + "broadcast", c, "sumBroadcast", shapes.toArray(new Object[0][])));
    for (String form : List.of("concatenate_grad", "concatenate_grad_power")) {
      e.add(correct(P + form, c, "concatenateSum", args(form, m(v(1))), args(form, m(v(1, 2), v(3, 4)))));
    }
    for (String form : List.of("concatenate_grad_composed", "concatenate_grad_log1p")) {
      e.add(correct(P + form, c, "concatenateSum", args(form, m(v(1, 2), v(3, 4), v(5, 6)))));
    }
    e.add(correct(P + "stack", c, "stackSum", args((Object) m(v(2)))));
    e.add(correct(P + "pad", c, "sumPad", args(m(v(1, 2), v(1, 2)), n(-1, 1, 0, 1, 1, 0)),
        args(a, n(0, 0, 1, 0, 0, 1)), args(a, n(-2, 1, 4, 1, 3, 2))));
    e.add(correct(P + "pad with pad value from tensor", c, "meanPadMeanCos", args(a, n(-2, 1, 4, 1, 3, 2))));
    e.add(correct(P + "slice", c, "reduceSlice", args(a, 0, 1, 1, 2, 1, 2, true), args(a, 1, 0, 1, 2, 1, 1, false)));
    e.add(correct(P + "slice and pad", c, "sumPadSlice", args((Object) a)));
    e.add(correct(P + "reverse", c, "sumReverse", args(a, true), args(a, false)));
    e.add(correct(P + "abs", c, "sumAbs", args((Object) m(v(1, 2), v(3, 4))), args((Object) m(v(-1, 2), v(-3, 4)))));
    // the tests' 1.0, where x^2 = x^3 ties (Nx: the mean of the two slopes), is the edge test's
    double[][] powers = m(v(1.25, 2.5, 2.75), v(0.5, 4, 6), v(2, 3, 2));
    e.add(correct(P + "max", c, "sumMaxOfPowers", args(m(v(2), v(3)), true), args(powers, true)));
    e.add(correct(P + "min", c, "sumMaxOfPowers", args(m(v(2), v(3)), false), args(powers, false)));
    // the tests' 0.0, where the select switches from cos to exp (a kink), is the edge test's
    double[][] sel = m(v(-2, 1, 0.4, 3, -3), v(1, 2, -0.7, 5, -1));
    e.add(correct(P + "sum+select", c, "sumSelect", args((Object) sel)));
    e.add(correct(P + "max+select", c, "maxSelect", args((Object) sel)));
    e.add(correct(P + "sum+select+sum", c, "sumSelectSum", args((Object) sel)));
    e.add(correct(P + "sum+select+select", c, "nestedSelect", args((Object) v(-2, -1, 0.3, 1, 2))));
    e.add(correct(P + "select, pred only", c, "predSelect", args((Object) v(-2, -1, 0.5, 1, 2))));
    // the bounds (Nx: the operand's, inclusive) are the edge test's
    e.add(correct(P + "clip", c, "sumClip", args(v(0.5, 2, 3, 4.5, 5, 6), 1.0, 4.0)));
    e.add(correct(P + "clip wrt lower and upper lim", c, "sumClip", args(v(0, 1, 2, 3, 4), 2.5, 10.0),
        args(v(0, 1, 2, 3, 4), -10.0, 2.5)));
    double[] logits = v(-2.0, 0.5, 3.0, -70.0, 65.0, 1.0, -1.0, 0.25);
    double[] targets = v(0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0, 0.0);
    for (String form : List.of("mean", "mult", "max", "softplus", "bce", "bce_min_max")) {
      e.add(correct(P + "clip through " + form, c, "meanClip", args(form, logits, targets)));
    }
    // the tests' ties (Nx: the gradient split evenly among tied elements) are the edge test's; one element of each
    // tie moved here
    double[][] r = m(v(1, 2, 3, 4), v(2.2, 1, 3.1, 1.3));
    for (boolean max : new boolean[] {true, false}) {
      String w = max ? "reduce_max " : "reduce_min ";
      e.add(correct(P + w + "of cos(exp)", c, "reduceCosExp", args(r, max)));
      e.add(correct(P + w + "with sum", c, "sumReduceRows", args(r, max, false)));
      e.add(correct(P + w + "with sum+cos", c, "sumReduceRows", args(r, max, true)));
      e.add(correct(P + w + "of row sums", c, "reduceRowSums", args(r, max)));
      e.add(correct(P + w + "of column extrema", c, "reduceOfColumnExtrema", args(r, max)));
      e.add(correct(P + w + "of extrema of sums", c, "reduceOfExtremaOfSums",
          args(new double[][][] {{{1, 0, 2}, {3, 4.5, 2.3}}, {{5, 2, 3}, {4, 2.2, 1.4}}}, max)));
    }
    double[][] p = m(v(1, 2, 3, 4), v(2, 1, 3, -1));
    e.add(correct(P + "product", c, "productSum", args(p, -1), args(m(v(1, 2, 3, 4), v(2, 1, 3, -1), v(3, 2, 3, 0)), -1)));
    e.add(correct(P + "product with axes option", c, "productSum",
        args(m(v(1, 2, 3, 4), v(2, 1, 3, -1), v(3, 2, 3, 0), v(0, 2, 3, 0)), 1), args(p, 1)));
    e.add(correct(P + "product composed", c, "composedProduct", args((Object) p)));
    double[] t = v(4, 8, 15, 16, 23, 42);
    e.add(correct(P + "sort", c, "sortSum", args("sum_sort", t), args("sum_sort_power", v(1, 2, 3, 4)),
        args("sum_power_sort", v(1, 2, 3, 4)), args("sum_log_power_sort_cos", v(4, 3, 2, 1))));
    e.add(correct(P + "sort with slicing", c, "sortSum", args("sum_slice_sort", t), args("sum_slice_chain_sort", t)));
    e.add(correct(P + "sort along axis", c, "logPowerSortCosColumns", args((Object) m(v(4, 3, 2, 1), v(1, 2, 3, 4)))));
    return e;
  }

  // ---- grad_test.exs: if and while ----

  private static List<Entry> controlFlow() {
    Class<?> c = NxControlFlow.class;
    List<Entry> e = new ArrayList<>();
    // the test's -1, where t + 1 is 0 (a jump from t^2 to t^3), is the edge test's
    e.add(correct(P + "if", c, "gradIf", each(null, 1.0, -2.5, 0.4)));
    // the test's [-1, 0, 1] (its 0 a jump of Nx.all) is the edge test's
    e.add(correct(P + "if with sum", c, "sumIf", args(v(1, 2, 3), false), args(v(1, 2, 3), true),
        args(v(-1, 0.5, 1), true)));
    e.add(correct(P + "if with tuple", c, "ifTuple", each(null, 1.0, 2.0, -1.0, -2.0)));
    e.add(correct(P + "while, constant loop", c, "whileConstant", args((Object) v(-2.5, -1.0, 0.0, 1.0, 1.5))));
    e.add(correct(P + "while, unrelated param", c, "whileParam", args(1.0, 2.0)));
    e.add(correct(P + "while, single var", c, "whileSingleVar", each(null, 2.0)));
    e.add(correct(P + "while, single var unrolled", c, "whileSingleVarUnroll", each(null, 2.0)));
    e.add(correct(P + "while with additional var", c, "while3xSin", args((Object) v(-2.5, -1.0, 0.0, 1.0, 1.5))));
    for (String form : List.of("square", "power", "shifted", "sum", "generator")) {
      e.add(correct(P + "while (issue 1747) " + form, c, "viaWhile", args(form, 0.5f)));
    }
    return e;
  }

  // ---- grad_test.exs: Nx.LinAlg ----

  private static List<Entry> linAlg() {
    Class<?> c = NxLinAlg.class;
    List<Entry> e = new ArrayList<>();
    double[][] u = m(v(1, 2, 3), v(0, 4, 5), v(0, 0, -6));
    double[][] b = m(v(2, 0, 1), v(1, 3, 0), v(0, 1, 4));
    // partial pivoting swaps row references of a local copy (`m[i] = m[j]`) in a loop the adjoint checkpoints: the
    // checkpoint's call makes the shadow rows follow the primal ones (core.reverse.MovedRows)
    e.add(correct(P + "invert sum", c, "invertSum", args("sum", u), args("sum", b)));
    // the test's u is a kink of abs: its inverse has zeros below the diagonal (the edge test); b's has none
    e.add(correct(P + "invert abs", c, "invertSum", args("abs", b)));
    e.add(correct(P + "invert composed", c, "invertSum", args("composed", u), args("composed", b)));
    e.add(correct(P + "determinant", c, "determinant",
        args((Object) m(v(5, 1, 2, 3), v(4, 10, 6, 7), v(8, 9, 15, 11), v(12, 13, 14, 20))),
        args((Object) m(v(2, 0, 1, 0), v(1, 3, 0, 1), v(0, 1, 4, 0), v(1, 0, 0, 5)))));
    double[][] a = m(v(1, 0, 1), v(0, 1, 0), v(-1, 0, 1));
    e.add(correct(P + "solve", c, "solveSum", args(a, v(4, 3, 2)),
        args(m(v(4, 1, 0.5), v(1, 3, 0.2), v(0.5, 0.2, 2)), v(4, 3, 2)),
        args(m(v(4, 1, 0), v(1, 5, 0), v(0, 0, 6)), v(1, 1, 1)), args(m(v(9, 1, 0), v(1, 10, 0), v(0, 0, 11)), v(1, 1, 1))));
    e.add(correct(P + "solve with operations before", c, "solveSumAdd", args(v(0, 0, 0), a, v(4, 3, 2))));
    double[][] s = m(v(1, 2), v(2, 5));
    e.add(correct(P + "cholesky", c, "choleskySum", args("sum", s), args("sum", m(v(4, 2), v(2, 5))),
        args("sum", m(v(9, 3), v(3, 10)))));
    e.add(correct(P + "cholesky composed", c, "choleskySum", args("cos", s), args("exp", s)));
    return e;
  }
}
