package dev.leibniz.corpus;

import static dev.leibniz.corpus.Entry.args;
import static dev.leibniz.corpus.Entry.correct;

import dev.leibniz.corpus.peers20.AutodiffDual;
import dev.leibniz.corpus.peers20.AutodiffEigen;
import dev.leibniz.corpus.peers20.AutodiffReal;
import dev.leibniz.corpus.peers20.AutodiffVar;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The twentieth peer round: functions from the test suite of autodiff (autodiff/autodiff, a C++ library of forward
 * (dual, real) and reverse (var) automatic differentiation; its tests state each expression, its point and the
 * derivatives it expects): unary and binary operators, compound assignments, the elementary functions, atan2, hypot
 * of two and three values, erf, conditions, min, max and sgn, expressions equivalent to a constant, the Rosenbrock
 * function through lambdas, an expression graph of nodes, and the vector functions of its Eigen and gradient tests
 * (sums, products, norms, differences, normalisation, packed arguments, a matrix-vector product, Eigen-style array
 * expressions through a small array class with lambdas), ported to Java in {@code dev.leibniz.corpus.peers20} (each
 * file's header names the source, commit and licence) and classified by the same harness. Entry ids start with
 * {@code peers20/}. Kept apart from {@link Corpus} so that rounds merge without conflicts; {@link Corpus#entries()}
 * appends it. Points are the tests' own unless the comment next to one says why; the tests' asserted derivatives, at
 * their own points, the kinks of abs and sgn at zero among them, are {@code TwentiethPeerEdgeCasesTest}'s.
 */
final class TwentiethPeerRound {
  private TwentiethPeerRound() {}

  static List<Entry> entries() {
    return Stream.of(dual(), var(), eigen(), real()).flatMap(List::stream).toList();
  }

  private static double[] v(double... xs) {
    return xs;
  }

  private static Object[][] cases(int count, Object... rest) {
    Object[][] points = new Object[count][];
    for (int k = 0; k < count; k++) {
      Object[] p = new Object[rest.length + 1];
      p[0] = k;
      for (int i = 0; i < rest.length; i++) {
        p[i + 1] = rest[i] instanceof double[] a ? a.clone() : rest[i];
      }
      points[k] = p;
    }
    return points;
  }

  private static final String D = "peers20/autodiff/dual/";

  private static List<Entry> dual() {
    Class<?> c = AutodiffDual.class;
    List<Entry> e = new ArrayList<>();
    e.add(correct(D + "negSoftplusTwice", c, "negSoftplusTwice", args(100.0)));
    e.add(correct(D + "negSoftplus", c, "negSoftplus", args(100.0)));
    e.add(correct(D + "negThree", c, "negThree", args(100.0)));
    String[] inverses = {"reciprocal", "self", "doubleInverse", "scaled"};
    for (int k = 0; k < inverses.length; k++) {
      e.add(correct(D + "inverse." + inverses[k], c, "inverse", args(k, 100.0)));
    }
    for (String binary : List.of("sumOfNegatives", "twiceProduct", "sumOfInverses", "differenceOfInverses",
        "cancellingProducts", "productOfInverses", "productOfNegatives", "quotient")) {
      e.add(correct(D + binary, c, binary, args(100.0, 10.0)));
    }
    e.add(correct(D + "operator+=", c, "plusAssign", cases(8, 100.0, 10.0)));
    e.add(correct(D + "operator-=", c, "minusAssign", cases(8, 100.0, 10.0)));
    e.add(correct(D + "operator*=", c, "timesAssign", cases(8, 100.0, 10.0)));
    e.add(correct(D + "operator/=", c, "divideAssign", cases(7, 100.0, 10.0)));
    e.add(correct(D + "equivalentToOne", c, "equivalentToOne", args(100.0, 10.0)));
    e.add(correct(D + "powTwiceSelf", c, "powTwiceSelf", args(0.5)));
    e.add(correct(D + "atan2Expr", c, "atan2Expr", args(1.1, 0.9)));
    e.add(correct(D + "hypotScaled", c, "hypotScaled", args(1.1, 0.9)));
    e.add(correct(D + "hypot3Const", c, "hypot3Const", args(0, 1.5), args(1, 2.5), args(2, 3.5)));
    e.add(correct(D + "hypot3Pair", c, "hypot3Pair", args(0, 1.4, 2.4), args(1, 2.4, 3.4), args(2, 3.4, 4.4)));
    e.add(correct(D + "hypot3", c, "hypot3", args(1.6, 2.6, 3.6)));
    e.add(correct(D + "hypot3Scaled", c, "hypot3Scaled", args(2.6, 3.6, 4.6)));
    e.add(correct(D + "erf", c, "erfOf", args(1.0), args(-1.4)));
    e.add(correct(D + "trigZero", c, "trigZero", args(0.5, 0.8)));
    e.add(correct(D + "logExpZero", c, "logExpZero", args(0.5, 0.8)));
    e.add(correct(D + "cubeOfSum", c, "cubeOfSum", args(1.0, 2.0)));
    e.add(correct(D + "expLogProduct", c, "expLogProduct", args(1.0, 2.0)));
    e.add(correct(D + "pythagoras", c, "pythagoras", args(1.0, 2.0)));
    e.add(correct(D + "tanZero", c, "tanZero", args(1.0, 2.0)));
    e.add(correct(D + "rosenbrock", c, "rosenbrock", args(-0.3, 0.5)));
    return e;
  }

  private static final String V = "peers20/autodiff/var/";

  private static Object[][] named(double x, String... names) {
    Object[][] points = new Object[names.length][];
    for (int k = 0; k < names.length; k++) points[k] = args(names[k], x);
    return points;
  }

  private static List<Entry> var() {
    Class<?> c = AutodiffVar.class;
    List<Entry> e = new ArrayList<>();
    e.add(correct(V + "subExpression", c, "subExpression", args(100.0, 200.0)));
    e.add(correct(V + "trigonometric", c, "elementary", named(0.5, "sin", "cos", "tan", "asin", "acos", "atan")));
    e.add(correct(V + "hyperbolic", c, "elementary", named(0.5, "sinh", "cosh", "tanh")));
    e.add(correct(V + "exponential", c, "elementary", named(0.5, "log", "log10", "exp")));
    e.add(correct(V + "power", c, "elementary", named(0.5, "sqrt", "square", "exp2", "self")));
    // the test's third point, x = 0, is the kink of abs: TwentiethPeerEdgeCasesTest
    e.add(correct(V + "abs", c, "elementary", args("abs", 1.0), args("abs", -1.0)));
    // a = 10 where the test computes y = 2 * a
    e.add(correct(V + "powOfScaled", c, "powOfScaled", args(0.5, 10.0)));
    e.add(correct(V + "atan2Const", c, "atan2Const", args(false, 1.0), args(true, 1.0)));
    e.add(correct(V + "atan2", c, "atan2", args(0.9, 1.1)));
    e.add(correct(V + "atan2Expr", c, "atan2Expr", args(1.1, 0.9)));
    e.add(correct(V + "hypotConst", c, "hypotConst", args(true, 1.8), args(false, 1.5)));
    e.add(correct(V + "hypot", c, "hypot", args(1.3, 2.3)));
    e.add(correct(V + "hypot3", c, "hypot3", args(1.3, 2.3, 2.0), args(2.0, 2.3, 3.3), args(3.3, 2.0, 4.3),
        args(4.3, 5.3, 6.3)));
    e.add(correct(V + "hypot3Scaled", c, "hypot3Scaled", args(4.3, 5.3, 6.3)));
    e.add(correct(V + "hypot3Const", c, "hypot3Const", args(0, 1.5), args(1, 1.8), args(2, 1.9)));
    e.add(correct(V + "condition", c, "condition", args(2.0), args(-2.0), args(3.0)));
    e.add(correct(V + "square", c, "square", args(3.0), args(0.5), args(-1.0)));
    e.add(correct(V + "min", c, "minMaxSgn", args(0, 1.0, 2.0)));
    e.add(correct(V + "max", c, "minMaxSgn", args(1, 1.0, 2.0)));
    // the test's third point, x = 0, is the jump of sgn: TwentiethPeerEdgeCasesTest
    e.add(correct(V + "sgn", c, "minMaxSgn", args(2, 1.0, 2.0), args(2, -1.0, 2.0)));
    e.add(correct(V + "conditionalGraph", c, "conditionalGraph", args(1.0, 2.0), args(3.0, 2.0)));
    // x = 1, y = 2, then x.update(3.0): the test's sequence; and an update that keeps x < y
    e.add(correct(V + "updatedConditional", c, "updatedConditional", args(1.0, 2.0, 3.0), args(1.0, 2.0, 1.5)));
    // erf calls AutodiffDual's series: that class differentiated and loaded with it
    e.add(correct(V + "erf", c, "erf", args(0.5)).with(AutodiffDual.class));
    e.add(correct(V + "reciprocal", c, "reciprocal", args(0.5)));
    e.add(correct(V + "secondOrder", c, "secondOrder", cases(9, 0.5)));
    return e;
  }

  private static final String E = "peers20/autodiff/eigen/";
  private static final double[] X5 = {2.0, 3.0, 5.0, 7.0, 9.0};
  private static final String[] EXPRESSIONS = {"x", "exp", "log", "tan", "xx", "sinExp", "xLogx", "sinCos"};

  private static List<Entry> eigen() {
    Class<?> c = AutodiffEigen.class;
    List<Entry> e = new ArrayList<>();
    e.add(correct(E + "sum", c, "sum", args(v(1, 2, 3, 4, 5))));
    e.add(correct(E + "squaredNorm", c, "squaredNorm", args(v(1, 2, 3, 4, 5))));
    e.add(correct(E + "prodSin", c, "prodSin", args(v(1, 2, 3, 4, 5))));
    e.add(correct(E + "sumDiffSquared", c, "sumDiffSquared", args(v(1, 1, 1, 1, 1))));
    e.add(correct(E + "halfSquaredNorm", c, "halfSquaredNorm", args(v(1, 2, 3))));
    e.add(correct(E + "normalize", c, "normalize", args(v(0.5, 0.2, 0.3), new double[3])));
    e.add(correct(E + "packed", c, "packed", args(v(1, 2), 3.0, v(4)), args(v(1, 2, 3), 2.0, v(1, 2, 3, 4))));
    e.add(correct(E + "packedVector", c, "packedVector", args(v(0.5, 0.2, 0.3), 2.0, v(1, 2, 3), new double[6])));
    // the test seeds x's derivatives only, A * x is linear: x = (1, 2)
    e.add(correct(E + "matVec", c, "matVec", args(new double[][] {{1, 3}, {5, 7}}, v(1, 2), new double[2])));
    for (int k = 0; k < EXPRESSIONS.length; k++) {
      e.add(correct(E + "gradient." + EXPRESSIONS[k], c, "gradientExpr", args(k, X5.clone())));
      e.add(correct(E + "jacobian." + EXPRESSIONS[k], c, "jacobianExpr", args(k, X5.clone(), new double[5])));
    }
    e.add(correct(E + "gradient.zero", c, "gradientZero", cases(8, X5)));
    e.add(correct(E + "jacobian.zero", c, "jacobianZero", cases(8, X5, new double[5])));
    return e;
  }

  private static final String R = "peers20/autodiff/real/";
  private static final double[] X = {1, -3, 5, -7, 11};
  private static final double[] Y = {0.5, 3.0, -5.0, -15.0, 11.0};

  private static List<Entry> real() {
    Class<?> c = AutodiffReal.class;
    List<Entry> e = new ArrayList<>();
    e.add(correct(R + "multiplication", c, "taylorProduct", args(X.clone(), Y.clone(), new double[5])));
    e.add(correct(R + "division", c, "taylorQuotient", args(X.clone(), Y.clone(), new double[5])));
    e.add(correct(R + "numDivReal", c, "taylorReciprocal", args(Y.clone(), new double[5])));
    e.add(correct(R + "exp", c, "taylorExp", args(Y.clone(), new double[5])));
    e.add(correct(R + "log", c, "taylorLog", args(false, Y.clone(), new double[5])));
    e.add(correct(R + "log10", c, "taylorLog", args(true, Y.clone(), new double[5])));
    e.add(correct(R + "sqrt", c, "taylorSqrt", args(Y.clone(), new double[5])));
    e.add(correct(R + "powSelf", c, "taylorPowSelf", args(Y.clone(), new double[5])));
    e.add(correct(R + "sinCos", c, "taylorSinCos", args(Y.clone(), new double[5], new double[5])));
    e.add(correct(R + "tan", c, "taylorTan", args(Y.clone(), new double[5])));
    // CHECK_DERIVATIVES_REAL4TH_WRT's x = 5, y = 7 seeded along (3, 5)
    e.add(correct(R + "expLogDirectional", c, "taylorExpLog", args(v(5, 3, 0, 0, 0), v(7, 5, 0, 0, 0))));
    e.add(correct(R + "asinh", c, "inverseHyperbolic", args(0, 0.5)));
    e.add(correct(R + "acosh", c, "inverseHyperbolic", args(1, 0.5)));
    e.add(correct(R + "atanh", c, "inverseHyperbolic", args(2, 0.5)));
    e.add(correct(R + "cbrt", c, "cbrt", args(1.234), args(0.5)));
    e.add(correct(R + "powPi", c, "powPi", args(false, 0.5), args(true, 0.5)));
    e.add(correct(R + "atan2OfAtan2", c, "atan2OfAtan2", args(0.5)));
    e.add(correct(R + "abs", c, "absOf", args(false, 0.5), args(true, 0.5)));
    // the cases whose constant is 0.5, x's value, are ties: TwentiethPeerEdgeCasesTest
    e.add(correct(R + "minMaxConst", c, "minMaxConst", args(0, 0.5), args(1, 0.5), args(4, 0.5), args(5, 0.5),
        args(6, 0.5), args(7, 0.5), args(10, 0.5), args(11, 0.5)));
    e.add(correct(R + "minMaxPair", c, "minMaxPair", cases(4, 0.5, 4.5)));
    e.add(correct(R + "directional", c, "directional", cases(3, 5.0, 7.0)));
    // the test's t = 0, 1, 2, -1, -2 with a polynomial of its kind
    e.add(correct(R + "taylorProjection", c, "taylorProjection", args(v(1.5, -2, 3, 0.5, -1), 0.0),
        args(v(1.5, -2, 3, 0.5, -1), 1.0), args(v(1.5, -2, 3, 0.5, -1), 2.0), args(v(1.5, -2, 3, 0.5, -1), -1.0),
        args(v(1.5, -2, 3, 0.5, -1), -2.0)));
    e.add(correct(R + "sinExpAlong", c, "sinExpAlong", args(v(1, 2, 3), v(3, 5, 7), 0.0),
        args(v(1, 2, 3), v(3, 5, 7), 1.0)));
    return e;
  }
}
