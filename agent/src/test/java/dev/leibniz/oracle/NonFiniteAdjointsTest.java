package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.oracle.fixtures.NonFiniteAdjointFixtures;
import dev.leibniz.testing.Transformed;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Reverse mode's mirror of the strong zero: where an adjoint may be infinite (downstream of sqrt at
 * 0), a partial that is exactly zero contributes exactly zero, so the adjoint equals the tangent
 * (forward mode multiplies the zero partial by a finite tangent first). Before, {@code ȳ = ū·x}
 * was {@code ∞·0 = NaN} while the tangent was 0.
 */
class NonFiniteAdjointsTest {
  static final Class<?> F = Transformed.of(NonFiniteAdjointFixtures.class).type;
  static final Class<?> D = double.class;

  static ScalarFunction fn(String name, Class<?>... params) {
    return new ScalarFunction(F, name, params);
  }

  /** The gradient at {@code x} is exactly {@code expected} in both modes. */
  static void exactly(ScalarFunction f, double[] expected, double... x) {
    String at = f.name() + Arrays.toString(x);
    assertArrayEquals(expected, f.tangentGradient(x), 0, at + " tangent");
    assertArrayEquals(expected, f.gradient(x), 0, at + " adjoint");
  }

  @Test
  void passiveZeroFactorUnderSqrt() {
    ScalarFunction f = fn("sqrtOfPassiveTimes", int.class, D);
    // k = 0: the function is 0 for every y; both modes give 0 (the adjoint was NaN)
    exactly(f, new double[] {0}, 0, 2.5);
    // finite differences, tangent, adjoint and the dot product agree at the singular point too
    JacobianCheck.checkScalar(f, 0, 2.5);
    // a regular point: d sqrt(3y)/dy = 3 / (2 sqrt(3y))
    assertEquals(3 / (2 * Math.sqrt(3 * 1.2)), f.gradient(3, 1.2)[0], 1e-15);
    JacobianCheck.checkScalar(f, 3, 1.2);
  }

  @Test
  void activeFactorAtZero() {
    ScalarFunction f = fn("sqrtOfProduct", D, D);
    // at x = 0, y = 2: d/dy is 0 in both modes (tangent: du = x dy = 0, then sqrt's strong zero;
    // adjoint: ȳ = ū·x with x = 0 exactly, the strong zero on the partial); d/dx = y·sqrt'(0) = +∞ in
    // both modes (tangent: du = y dx = 2, ds = 2·∞; adjoint: x̄ = ū·y = ∞·2)
    exactly(f, new double[] {Double.POSITIVE_INFINITY, 0}, 0, 2);
    exactly(f, new double[] {0, Double.POSITIVE_INFINITY}, 2, 0);
    // the regular case: d sqrt(xy) = (y, x) / (2 sqrt(xy))
    double x = 0.8, y = 1.7, r = 2 * Math.sqrt(x * y);
    assertArrayEquals(new double[] {y / r, x / r}, f.gradient(x, y), 1e-15);
    JacobianCheck.checkScalar(f, x, y);
  }

  @Test
  void productThroughAnArrayCell() {
    ScalarFunction f = fn("sqrtThroughArray", D, D);
    exactly(f, new double[] {Double.POSITIVE_INFINITY, 0}, 0, 2);
    exactly(f, new double[] {0, Double.POSITIVE_INFINITY}, 2, 0);
    JacobianCheck.checkScalar(f, 0.8, 1.7);
  }

  @Test
  void carlsonShapeWithADivision() {
    ScalarFunction f = fn("sqrtOfPassiveTimesOver", int.class, D, D);
    // k = 0: sqrt(0·y/z) = 0 for all y, z; the divisor's partial -ū·q with q = 0 is ∞·0 too
    exactly(f, new double[] {0, 0}, 0, 1.5, 2);
    JacobianCheck.checkScalar(f, 0, 1.5, 2);
    JacobianCheck.checkScalar(f, 2, 1.5, 2);
  }

  @Test
  void zeroPartialOfANonSingularFunction() {
    ScalarFunction f = fn("sqrtOfOneMinusCos", D);
    // x = 0: cos'(0) = -sin(0) = -0; tangent 0 (1 - cos has tangent 0, then sqrt's strong zero), adjoint 0
    exactly(f, new double[] {0}, 0);
    // regular: sin x / (2 sqrt(1 - cos x))
    double x = 0.9;
    assertEquals(Math.sin(x) / (2 * Math.sqrt(1 - Math.cos(x))), f.gradient(x)[0], 1e-14);
    JacobianCheck.checkScalar(f, x);
  }
}
