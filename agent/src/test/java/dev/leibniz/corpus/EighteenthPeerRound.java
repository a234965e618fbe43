package dev.leibniz.corpus;

import static dev.leibniz.corpus.Entry.args;
import static dev.leibniz.corpus.Entry.correct;

import dev.leibniz.corpus.peers18.DiffktObjects;
import dev.leibniz.corpus.peers18.DiffktScalar;
import dev.leibniz.corpus.peers18.DiffktTensor;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The eighteenth peer round: functions from the test suite of DiffKt (facebookresearch/diffkt, Kotlin automatic
 * differentiation for the JVM, forward, reverse and mixed modes): the scalar tests of ReverseScalarTest,
 * ForwardScalarTest and MixedScalarTest (products, reciprocal, sin, exp, ln, tan and the hand-written derivatives their
 * higher-order checks differentiate; the nine `functions` composed pairwise by testChain and divided by testDivision),
 * TranscendentalTests, the elementwise ops of SigmoidTest, PowerTest, AbsTest and ReluTest, PredicateTest's
 * differentiable control flow (ifThenElse), DifferentiableTest's user-defined differentiable types and
 * CustomPullbackTest's functions, ported to Java in {@code dev.leibniz.corpus.peers18} (each file's header names the
 * source, commit and licence) and classified by the same harness. Entry ids start with {@code peers18/}. Kept apart
 * from {@link Corpus} so that rounds merge without conflicts; {@link Corpus#entries()} appends it. Points are the
 * tests' own unless the comment next to one says why.
 */
final class EighteenthPeerRound {
  private EighteenthPeerRound() {}

  static List<Entry> entries() {
    return Stream.of(scalar(), composed(), transcendental(), elementwise(), objects()).flatMap(List::stream).toList();
  }

  private static double[] v(double... xs) {
    return xs;
  }

  private static final String P = "peers18/diffkt/";

  /** The `functions` array of ReverseScalarTest and MixedScalarTest, and the `values` they are tried at. */
  private static final List<String> FUNCTIONS =
      List.of("1.1/x", "3x", "sin(x)", "cos(x)", "x*x", "(x+5)/(x-5)", "exp(x)", "x+1.3", "x");
  private static final double[] VALUES = {0.2, 0.5, 1.1, 2.1};

  // ---- reverse/ReverseScalarTest.kt, forward/ForwardScalarTest.kt, MixedScalarTest.kt ----

  private static List<Entry> scalar() {
    Class<?> c = DiffktScalar.class;
    List<Entry> e = new ArrayList<>();
    e.add(correct(P + "testMul1", c, "mul1", args(3.0)));
    e.add(correct(P + "testMul2", c, "mul2", args(5.1)));
    e.add(correct(P + "testReciprocal", c, "reciprocal", args(2.1)));
    e.add(correct(P + "testSin1", c, "sin1", args(1.2)));
    e.add(correct(P + "testSin2", c, "sin2", args(1.1)));
    e.add(correct(P + "testExp", c, "exp", args(1.1)));
    e.add(correct(P + "testLn", c, "ln", args(1.1)));
    e.add(correct(P + "testTan", c, "tan", args(1.1)));
    // the derivatives the tests write by hand and differentiate again for tan's and ln's higher derivatives
    e.add(correct(P + "testTan.dtan", c, "dtan", args(1.1)));
    e.add(correct(P + "testLn.lnp", c, "lnp", args(1.1)));
    e.add(correct(P + "testLn.lnpp", c, "lnpp", args(1.1)));
    e.add(correct(P + "testLn.lnppp", c, "lnppp", args(1.1)));
    return e;
  }

  /** testChain's f(g(x)) and testDivision's g(x) / h(x): an entry per outer function, every inner one at each value. */
  private static List<Entry> composed() {
    Class<?> c = DiffktScalar.class;
    List<Entry> e = new ArrayList<>();
    for (String outer : FUNCTIONS) {
      List<Object[]> chain = new ArrayList<>();
      List<Object[]> division = new ArrayList<>();
      for (String inner : FUNCTIONS) {
        for (double x : VALUES) {
          chain.add(args(outer, inner, x));
          division.add(args(outer, inner, x));
        }
      }
      e.add(correct(P + "testChain/" + outer, c, "chain", chain.toArray(Object[][]::new)));
      e.add(correct(P + "testDivision/" + outer, c, "division", division.toArray(Object[][]::new)));
    }
    return e;
  }

  // ---- ops/TranscendentalTests.kt ----

  private static List<Entry> transcendental() {
    Class<?> c = DiffktScalar.class;
    List<Entry> e = new ArrayList<>();
    for (String op : List.of("sin", "cos", "tan", "atan", "exp", "ln", "tanh")) {
      e.add(correct(P + op + "Scalar", c, "transcendental", args(op, 0.1)));
    }
    e.add(correct(P + "pi", c, "sin1", args(Math.PI), args(Math.PI / 2)));
    return e;
  }

  // ---- ops/SigmoidTest.kt, PowerTest.kt, AbsTest.kt, ReluTest.kt, PredicateTest.kt ----

  private static List<Entry> elementwise() {
    Class<?> c = DiffktTensor.class;
    List<Entry> e = new ArrayList<>();
    e.add(correct(P + "testSigmoidReverseDerivatives", c, "sigmoid", args(v(2, -3), v(1, 1))));
    e.add(correct(P + "testReverseDerivativePow", c, "powThree", args(v(2, 3), v(1, 1))));
    e.add(correct(P + "testReverseDerivativePowNegativeBase", c, "powInt", args(v(-2, -3), 3, v(1, 1))));
    double[] ramp = new double[12];
    double[] ones = new double[12];
    for (int i = 0; i < 12; i++) {
      ramp[i] = i;
      ones[i] = 1;
    }
    // the 2x3x2 tensor 0..11: its 0 is a zero base of x^3 (derivative 0, as the test's Jacobian)
    e.add(correct(P + "testReverseDerivativePow3D", c, "powThree", args(ramp, ones)));
    e.add(correct(P + "testReverseDerivativePowInversion", c, "powInversion", args(v(2, 3), v(1, 1))));
    e.add(correct(P + "testReverseDerivativeRoot", c, "powRoot", args(v(4, 16), v(1, 1))));
    e.add(correct(P + "testPowGradientShape02", c, "powInt", args(v(1, 2, 3, 4, 5, 6), 2, v(1, 1, 1, 1, 1, 1))));
    e.add(correct(P + "powDScalar01", c, "powScalarExponent", args(v(2, 3), 2.0, v(1, 1))));
    e.add(correct(P + "powTwoTensorsReverse", c, "powTensors", args(v(2, 3), v(3, 2), v(1, 1))));
    e.add(correct(P + "powDScalar02", c, "powScalar", args(1.1, 2.2)));
    double[] signs = v(2, -2, 1, -1, 1, -1);
    e.add(correct(P + "AbsTest.testReverseDerivative", c, "abs", args(v(2, -2), v(1, 1))));
    e.add(correct(P + "AbsTest.testReverseDerivative2D", c, "abs", args(signs, v(1, 1, 1, 1, 1, 1))));
    e.add(correct(P + "ReluTest.testReverseDerivative", c, "relu", args(v(2, -2), v(1, 1))));
    e.add(correct(P + "ReluTest.testReverseDerivative2D", c, "relu", args(signs, v(1, 1, 1, 1, 1, 1))));
    // the tests' fourth pair 4.9, 4.9 is a jump of ifThenElse(x > y, 2x, y) (9.8 on one side, 4.9 on the other):
    // x moved to 4.8, the side the tie takes (y)
    e.add(correct(P + "testIfThenElseReverseDerivatives", c, "ifThenElse",
        args(v(1, 4.3, 3, 4.8, 3, 2), v(1.3, 2.5, 2.8, 4.9, 5, 6), v(1, 1, 1, 1, 1, 1))));
    return e;
  }

  // ---- DifferentiableTest.kt, reverse/CustomPullbackTest.kt ----

  private static List<Entry> objects() {
    Class<?> c = DiffktObjects.class;
    List<Entry> e = new ArrayList<>();
    e.add(correct(P + "reverseDifferentiableByInheritance.sum", c, "sum", args(2.0, 3.0)));
    e.add(correct(P + "reverseDifferentiableByInheritance.product", c, "product", args(2.0, 3.0)));
    e.add(correct(P + "reverseDifferentiableByPair", c, "pair", args(2.0, 3.0, v(1, 0)), args(2.0, 3.0, v(0, 1))));
    double[] tx = v(1, 2, 3, 4, 5, 6);
    double[] ty = v(7, 8, 9, 10, 11, 12);
    double[] w = v(1, 1, 1, 1, 1, 1);
    e.add(correct(P + "reverseDifferentiableWithTensors.sum", c, "tensors", args(tx, ty, false, w)));
    e.add(correct(P + "reverseDifferentiableWithTensors.product", c, "tensors", args(tx, ty, true, w)));
    e.add(correct(P + "testReverseDifferentiableObjectWithSamePrimal", c, "samePrimal", args(1.0, 1.0)));
    e.add(correct(P + "testReverseDifferentiableObjectWithUnusedInputs", c, "unusedInput", args(1.0, 1.0),
        args(1.0, 2.0)));
    e.add(correct(P + "CustomPullbackTest.example0a", c, "pullback", args(10.0, 100.0)));
    e.add(correct(P + "CustomPullbackTest.example1a", c, "cost", linearRegression()));
    return e;
  }

  /**
   * example1a's data: n = 1000 points on a line with a random slope and intercept, and a random first guess. The test
   * draws them with kotlin.random.Random(1234567); these are java.util.Random's draws with that seed (the same
   * distribution, uniform on [0, 1)), in the test's order.
   */
  private static Object[] linearRegression() {
    Random r = new Random(1234567);
    double slope = r.nextFloat();
    double intercept = r.nextFloat();
    int n = 1000;
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) x[i] = r.nextFloat();
    for (int i = 0; i < n; i++) y[i] = intercept + slope * x[i];
    return args((double) r.nextFloat(), (double) r.nextFloat(), x, y);
  }
}
