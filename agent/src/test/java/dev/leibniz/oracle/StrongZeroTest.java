package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.oracle.fixtures.Singularities;
import dev.leibniz.testing.Transformed;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The strong-zero rule in both modes: a value computed at a singular point of its derivative and
 * then not used contributes exactly zero (not {@code 0·∞ = NaN}); away from the singular point
 * every function matches finite differences, the analytic derivative and the dot-product test.
 */
class StrongZeroTest {
  static final Class<?> S = Transformed.of(Singularities.class).type;

  static ScalarFunction fn(String name, Class<?>... params) {
    return new ScalarFunction(S, name, params);
  }

  /** The gradient at {@code x} is exactly {@code expected} in both modes (no NaN). */
  static void exactly(ScalarFunction f, double[] expected, double... x) {
    String at = f.name() + Arrays.toString(x);
    assertArrayEquals(expected, f.gradient(x), 0, at + " adjoint");
    assertArrayEquals(expected, f.tangentGradient(x), 0, at + " tangent");
  }

  /** The gradient at a regular point {@code x} matches {@code expected} in both modes. */
  static void near(ScalarFunction f, double[] expected, double... x) {
    String at = f.name() + Arrays.toString(x);
    assertArrayEquals(expected, f.gradient(x), 1e-14, at + " adjoint");
    assertArrayEquals(expected, f.tangentGradient(x), 1e-14, at + " tangent");
  }

  static final Class<?> D = double.class;

  @Test
  void guardedLengthAtTheOrigin() {
    ScalarFunction f = fn("normalisedX", D, D);
    exactly(f, new double[] {0, 0}, 0, 0);
    // away from the origin: d(x/r)/dx = y²/r³, d(x/r)/dy = -xy/r³
    double x = 0.6, y = -0.8;
    near(f, new double[] {y * y, -x * y}, x, y);
    JacobianCheck.checkScalar(f, 0.3, 1.7);
  }

  @Test
  void logFamilyAtZero() {
    exactly(fn("logComputedUnused", D), new double[] {2}, 0);
    exactly(fn("logComputedUnused", D), new double[] {2}, -1);
    assertEquals(1 / 2.5, fn("logComputedUnused", D).gradient(2.5)[0], 1e-15);
    JacobianCheck.checkScalar(fn("logComputedUnused", D), 2.5);
    exactly(fn("log10AndLog1pUnused", D), new double[] {3}, 0);
    JacobianCheck.checkScalar(fn("log10AndLog1pUnused", D), 1.5);
  }

  @Test
  void divisionByZero() {
    exactly(fn("reciprocalUnused", D), new double[] {1}, 0);
    near(fn("reciprocalUnused", D), new double[] {-1 / 4.0}, 2);
    exactly(fn("quotientUnused", D, D), new double[] {1, 0}, 3, 0);
    near(fn("quotientUnused", D, D), new double[] {0.5, -3 / 4.0}, 3, 2);
    JacobianCheck.checkScalar(fn("quotientUnused", D, D), 1.3, -0.7);
    ScalarFunction g = fn("floatQuotientUnused", float.class, float.class);
    exactly(g, new double[] {1, 0}, 3, 0);
  }

  @Test
  void inverseTrigonometryAtOne() {
    ScalarFunction f = fn("asinAcosAtOneUnused", D);
    exactly(f, new double[] {5}, 1);
    assertEquals(2 / Math.sqrt(1 - 0.25), f.gradient(0.5)[0], 1e-15);
    JacobianCheck.checkScalar(f, 0.5);
  }

  @Test
  void powAndCbrtAtZero() {
    ScalarFunction f = fn("powAndCbrtAtZeroUnused", D);
    exactly(f, new double[] {4}, 0);
    JacobianCheck.checkScalar(f, 0.7);
  }

  @Test
  void atan2AndHypotAtTheOrigin() {
    ScalarFunction f = fn("atan2AndHypotAtOriginUnused", D, D);
    exactly(f, new double[] {1, 2}, 0, 0);
    JacobianCheck.checkScalar(f, 0.4, -1.1);
  }

  @Test
  void productWithAnInfiniteFactor() {
    ScalarFunction f = fn("productWithInfiniteFactorUnused", D, D);
    exactly(f, new double[] {1, 0}, 2, 0);
    near(f, new double[] {Math.log(3), 2 / 3.0}, 2, 3);
    JacobianCheck.checkScalar(f, 1.2, 0.8);
  }

  @Test
  void remainderByZero() {
    ScalarFunction f = fn("remainderByZeroUnused", D, D);
    exactly(f, new double[] {1, 0}, 3, 0);
    JacobianCheck.checkScalar(f, 5.3, 1.7);
  }

  @Test
  void forwardModeAlongAnotherDirection() {
    ScalarFunction f = fn("plusSqrt", D, D);
    assertEquals(1.0, f.tangent(new double[] {2, 0}, new double[] {1, 0}), 0);
    assertEquals(Double.POSITIVE_INFINITY, f.tangent(new double[] {2, 0}, new double[] {0, 1}));
    assertArrayEquals(new double[] {1, Double.POSITIVE_INFINITY}, f.gradient(2, 0));
  }

  @Test
  void nanInputsStillGiveNan() {
    ScalarFunction f = fn("plusSqrt", D, D);
    assertEquals(Double.NaN, f.tangent(new double[] {2, 0}, new double[] {Double.NaN, 0}));
    assertEquals(Double.NaN, f.gradient(2, Double.NaN)[1]);
  }

  @Test
  void guardedInALoop() throws Exception {
    double[] v = {0, 2, -3, 0};
    double[] vb = new double[4];
    double y = (double) S.getMethod("guardedInLoop$adjoint", double[].class, double[].class, int.class, double.class)
        .invoke(null, v, vb, 4, 1.0);
    assertEquals(Singularities.guardedInLoop(v, 4), y, 0);
    assertArrayEquals(new double[] {0, 0, 0, 0}, vb, 0);
    double[] dv = {1, 1, 1, 1};
    double t = (double) S.getMethod("guardedInLoop$tangent", double[].class, double[].class, int.class)
        .invoke(null, v, dv, 4);
    assertEquals(0.0, t, 0);
  }
}
