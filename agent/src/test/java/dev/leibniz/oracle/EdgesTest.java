package dev.leibniz.oracle;

import static dev.leibniz.oracle.ArraysAndCallsTest.callOn;
import static dev.leibniz.oracle.ArraysAndCallsTest.d;
import static dev.leibniz.oracle.ArraysAndCallsTest.one;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.oracle.fixtures.RecursionOverArray;
import dev.leibniz.oracle.fixtures.Edges;
import dev.leibniz.testing.Transformed;
import org.junit.jupiter.api.Test;

/** Signature and control-flow edge cases in both modes. */
class EdgesTest {
  static final Class<?> E = Transformed.of(Edges.class).type;

  static ScalarFunction fn(String name, Class<?>... params) {
    return new ScalarFunction(E, name, params);
  }

  static void assertBoth(ScalarFunction f, double expected, double... x) {
    String at = f.name() + java.util.Arrays.toString(x);
    assertEquals(expected, f.gradient(x)[0], 1e-13 * Math.max(1, Math.abs(expected)), at + " adjoint");
    assertEquals(expected, f.tangentGradient(x)[0], 1e-13 * Math.max(1, Math.abs(expected)), at + " tangent");
  }

  @Test
  void nanTakesTheSameBranchAsThePrimal() {
    ScalarFunction f = fn("nanComparisons", double.class);
    double[] g = new double[1];
    double y = f.adjoint(new double[] {Double.NaN}, 1, g);
    assertEquals(Double.doubleToRawLongBits(Edges.nanComparisons(Double.NaN)), Double.doubleToRawLongBits(y));
    assertEquals(Double.NaN, g[0]);
    assertEquals(Double.NaN, f.tangent(new double[] {Double.NaN}, new double[] {1}));
    assertBoth(f, -2 * -0.7, -0.7);
    assertBoth(f, 2, 0.5);
    assertBoth(f, 3 * 4.0, 2);
  }

  @Test
  void bothSignedZerosTakeTheEqualityBranch() {
    ScalarFunction f = fn("signedZeroBranch", double.class);
    assertBoth(f, 3, 0.0);
    assertBoth(f, 3, -0.0);
    assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(f.adjoint(new double[] {-0.0}, 1, new double[1])));
    assertBoth(f, 1, 0.5);
  }

  @Test
  void methodWithNoActiveInputHasNoGradientArray() {
    assertEquals(Edges.noActiveInput(5), d(callOn(null, E, "noActiveInput$adjoint", 5, 1.0)), 0);
    assertEquals(0.0, d(callOn(null, E, "noActiveInput$tangent", 5)), 0);
  }

  @Test
  void inputThatDoesNotMatterGetsZero() {
    ScalarFunction f = fn("ignoresSecond", double.class, double.class);
    assertArrayEquals(new double[] {2.6, 0}, f.gradient(1.3, 7), 0);
    assertArrayEquals(new double[] {2.6, 0}, f.tangentGradient(1.3, 7), 0);
  }

  @Test
  void emptyArray() {
    assertEquals(0.0, d(callOn(null, E, "sumOf$tangent", new double[0], new double[0])), 0);
    assertEquals(0.0, d(callOn(null, E, "sumOf$adjoint", new double[0], new double[0], 1.0)), 0);
  }

  @Test
  void recursionOverAnArray() {
    Class<?> c = Transformed.of(RecursionOverArray.class).type;
    double[] x = {0.5, -1.5, 2};
    double[] g = {2 * 0.5, 2 * -1.5 * 2, 2 * 2 * 3};
    JacobianCheck.check(
        "sumRecursive",
        x,
        v -> one(d(callOn(null, c, "sumRecursive", v, 0))),
        (v, vd) -> one(d(callOn(null, c, "sumRecursive$tangent", v, vd, 0))),
        (v, yb) -> {
          double[] xb = new double[3];
          callOn(null, c, "sumRecursive$adjoint", v, xb, 0, yb[0]);
          return xb;
        },
        new double[][] {g});
  }

  @Test
  void mutualRecursion() {
    for (int n : new int[] {0, 1, 2, 7}) JacobianCheck.checkScalar(fn("even", double.class, int.class), 0.8, n);
  }

  @Test
  void callsWithConstantArgumentsAndUnusedResults() {
    assertBoth(fn("constantArgumentAndUnusedResult", double.class), 4 + 1.3, 1.3);
  }

  @Test
  void callInABranchInsideALoop() {
    for (int n : new int[] {0, 1, 2, 4}) JacobianCheck.checkScalar(fn("callInBranchInLoop", double.class, int.class), 0.6, n);
  }

  @Test
  void instanceMethodCallingAnInstanceMethod() throws Exception {
    Object o = E.getDeclaredConstructor().newInstance();
    ScalarFunction f = new ScalarFunction(E, o, "callsInstance", double.class);
    double x = 0.7, s = 1.5;
    double exact = (2 * s * x + s * x * x) * Math.exp(x) + s * 8 * x;
    assertBoth(f, exact, x);
    JacobianCheck.checkScalar(f, x);
  }
}
