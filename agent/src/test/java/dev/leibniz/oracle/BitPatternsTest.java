package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.oracle.fixtures.BitTricks;
import dev.leibniz.testing.Transformed;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Bit-pattern idioms that compute a differentiable function (sign flip, abs, float round trip)
 * are differentiated as the arithmetic they stand for: both modes against the analytic
 * derivative, finite differences and the dot-product test; the primal is unchanged.
 */
class BitPatternsTest {
  static final Class<?> B = Transformed.of(BitTricks.class).type;
  static final Class<?> D = double.class;

  static ScalarFunction fn(String name, Class<?>... params) {
    return new ScalarFunction(B, name, params);
  }

  static void analytic(ScalarFunction f, double[] expected, double... x) {
    String at = f.name() + Arrays.toString(x);
    assertArrayEquals(expected, f.gradient(x), 1e-6 * (1 + Math.abs(expected[0])), at + " adjoint");
    assertArrayEquals(expected, f.tangentGradient(x), 1e-6 * (1 + Math.abs(expected[0])), at + " tangent");
    JacobianCheck.checkScalar(f, x);
  }

  /** For float arithmetic: the modes agree to float precision, and with finite differences. */
  static void analyticFloat(ScalarFunction f, double expected, double x) {
    String at = f.name() + "(" + x + ")";
    assertEquals(expected, f.gradient(x)[0], 1e-6 * (1 + Math.abs(expected)), at + " adjoint");
    assertEquals(expected, f.tangentGradient(x)[0], 1e-6 * (1 + Math.abs(expected)), at + " tangent");
    FiniteDifferences.Estimate fd = FiniteDifferences.derivative(v -> f.value(v), x);
    assertEquals(fd.value(), expected, 1e-3 * (1 + Math.abs(expected)), at + " finite differences " + fd);
  }

  @Test
  void signFlip() {
    analytic(fn("negatedTimes", D, D), new double[] {-0.5, -1.3}, 1.3, 0.5);
    analytic(fn("negatedConstantFirst", D), new double[] {-2 * 0.7}, 0.7);
    assertEquals(-1.3 * 0.5, fn("negatedTimes", D, D).value(1.3, 0.5), 0);
  }

  /** Julia's flipsign by the bits: {@code x |y|} has gradient {@code (|y|, x sign(y))}; the primal is unchanged. */
  @Test
  void flipsignBySignBit() {
    ScalarFunction f = fn("flipsignTimes", D, D);
    for (double[] p : new double[][] {{0.8, 2.3}, {0.8, -0.7}, {-1.4, 2.3}, {-1.4, -0.7}}) {
      analytic(f, new double[] {Math.abs(p[1]), p[0] * Math.signum(p[1])}, p);
      assertEquals(BitTricks.flipsignTimes(p[0], p[1]), f.value(p), 0);
    }
    // at y = -0.0 the sign bit is set: x flips, and the product's slope along x is |y| = 0, along y -x
    assertArrayEquals(new double[] {0, -0.8}, f.gradient(0.8, -0.0), 0);
    ScalarFunction g = fn("flipsignFloat", float.class, float.class);
    assertArrayEquals(new double[] {0.7, -1.25}, g.gradient(1.25, -0.7), 1e-6);
    assertArrayEquals(new double[] {0.7, -1.25}, g.tangentGradient(1.25, -0.7), 1e-6);
  }

  @Test
  void absoluteValue() {
    analytic(fn("absolute", D), new double[] {1 + 2 * 1.3}, 1.3);
    analytic(fn("absolute", D), new double[] {-1 - 2 * 1.3}, -1.3);
    analytic(fn("bitsAlsoTested", D), new double[] {3}, -0.8);
    analytic(fn("bitsAlsoTested", D), new double[] {2 * 0.8}, 0.8);
  }

  @Test
  void identityAndFloatRoundTrips() {
    analytic(fn("identityRoundTrip", D), new double[] {2 * 1.3}, 1.3);
    double x = 1.3;
    analyticFloat(fn("floatRoundTrip", D), (float) x + x, x);
    // f(x) = -x |x|: f'(x) = -2|x|
    analyticFloat(fn("floatNegatedAndAbs", float.class), -2 * 1.5, 1.5);
    analyticFloat(fn("floatNegatedAndAbs", float.class), -2 * 0.75, -0.75);
  }

  @Test
  void mantissaTruncationIsPiecewiseConstant() {
    analytic(fn("splitSum", D), new double[] {3}, 1.2345678901234);
  }

  @Test
  void inAnotherClassesMethod() {
    analytic(fn("callsOtherClass", D), new double[] {-2 * 1.25}, 1.25);
  }

  @Test
  void inALoop() throws Exception {
    double[] v = {1.5, -2, 0.25};
    double[] vb = new double[3];
    double y = (double) B.getMethod("sumOfAbs$adjoint", double[].class, double[].class, double.class).invoke(null, v, vb, 1.0);
    assertEquals(BitTricks.sumOfAbs(v), y, 0);
    assertArrayEquals(new double[] {1, -1, 1}, vb, 0);
    double t = (double) B.getMethod("sumOfAbs$tangent", double[].class, double[].class).invoke(null, v, new double[] {1, 2, 3});
    assertEquals(1 - 2 + 3, t, 0);
  }

  @Test
  void splitBetweenTheMethodAndItsHelpers() {
    analytic(fn("flipThroughHelpers", D), new double[] {-2 * 1.3}, 1.3);
    analytic(fn("roundTripThroughHelpers", D), new double[] {2 * 1.3}, 1.3);
    analytic(fn("absThroughHelper", D), new double[] {2 * 1.3}, 1.3);
    analytic(fn("absThroughHelper", D), new double[] {2 * 1.3}, -1.3);
    assertEquals(-1.3 * 1.3, fn("flipThroughHelpers", D).value(1.3), 0);
  }
}
