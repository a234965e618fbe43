package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.oracle.FiniteDifferences.Estimate;
import dev.leibniz.oracle.fixtures.NonFiniteTangentFixtures;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Forward mode's mirror of {@link NonFiniteAdjointsTest}: where a tangent may be infinite while its
 * value is finite (downstream of {@code cbrt}, {@code sqrt} at 0, {@code asin} at 1), a partial that
 * is exactly zero contributes exactly zero, in {@code $tangent} and in {@code $tangents} (each
 * direction), so the tangent equals the adjoint. Before, {@code y·cbrt(x)} at (0, 0) along x was
 * {@code 0·∞ = NaN} in forward mode and 0 in reverse mode. A true infinite derivative (at
 * {@code y ≠ 0}) is still reported as ±∞ in both modes, and a NaN tangent still gives NaN.
 */
class NonFiniteTangentsTest {
  static final Transformed T = Transformed.of(NonFiniteTangentFixtures.class);
  static final Class<?> D = double.class;

  static ScalarFunction fn(String name, int n) {
    Class<?>[] p = new Class<?>[n];
    Arrays.fill(p, D);
    return new ScalarFunction(T.type, name, p);
  }

  /** The gradient at {@code x} is exactly {@code expected} in both modes (no NaN). */
  static void exactly(ScalarFunction f, double[] expected, double... x) {
    String at = f.name() + Arrays.toString(x);
    assertArrayEquals(expected, f.tangentGradient(x), 0, at + " tangent");
    assertArrayEquals(expected, f.gradient(x), 0, at + " adjoint");
  }

  /** Central finite differences along each coordinate agree with {@code expected} (a finite gradient). */
  static void finiteDifferences(ScalarFunction f, double[] expected, double... x) {
    for (int j = 0; j < x.length; j++) {
      double[] e = new double[x.length];
      e[j] = 1;
      Estimate est = FiniteDifferences.directional(v -> new double[] {f.value(v)}, x, e)[0];
      assertEquals(expected[j], est.value(), est.tolerance(1e-7), f.name() + Arrays.toString(x) + " finite differences along " + j);
    }
  }

  @Test
  void zeroFactorTimesCbrtAtZero() {
    ScalarFunction f = fn("timesCbrt", 2);
    exactly(f, new double[] {0, 0}, 0, 0);
    finiteDifferences(f, new double[] {0, 0}, 0, 0);
    // the true infinite derivative: y·cbrt'(0) = ±∞, not hidden
    exactly(f, new double[] {0, Double.POSITIVE_INFINITY}, 2, 0);
    exactly(f, new double[] {0, Double.NEGATIVE_INFINITY}, -2, 0);
    // a NaN tangent still propagates where its factor is not zero
    assertEquals(Double.NaN, f.tangent(new double[] {2, 0}, new double[] {0, Double.NaN}));
    assertEquals(Double.NaN, f.tangent(new double[] {2, 0.5}, new double[] {0, Double.NaN}));
    // regular: (cbrt x, y / (3 x^(2/3)))
    double y = 1.5, x = 0.7;
    assertArrayEquals(new double[] {Math.cbrt(x), y / (3 * Math.pow(x, 2.0 / 3))}, f.tangentGradient(y, x), 1e-14);
    JacobianCheck.checkScalar(f, y, x);
  }

  @Test
  void computedZeroFactorTimesSqrt() {
    ScalarFunction f = fn("computedZeroTimesSqrt", 2);
    // y = 1: f(1, x) = 1 for every x ≥ 0, ∂/∂y = sqrt(0) + 1
    exactly(f, new double[] {1, 0}, 1, 0);
    exactly(f, new double[] {1, Double.POSITIVE_INFINITY}, 2, 0);
    JacobianCheck.checkScalar(f, 2, 0.4);
  }

  @Test
  void zeroFactorTimesAsinAtOne() {
    ScalarFunction f = fn("timesAsin", 2);
    exactly(f, new double[] {Math.PI / 2, 0}, 0, 1);
    exactly(f, new double[] {Math.PI / 2, Double.POSITIVE_INFINITY}, 2, 1);
    assertArrayEquals(new double[] {Math.asin(0.5), 2 / Math.sqrt(0.75)}, f.tangentGradient(2, 0.5), 1e-14);
    JacobianCheck.checkScalar(f, 2, 0.5);
  }

  @Test
  void aMathPartialBetweenTheInfiniteTangentAndTheZeroFactor() {
    ScalarFunction f = fn("sinOfCbrtTimes", 2);
    // the reverse checks cos(cbrt x) != 0 on the adjoint's one path (SingularCones.singlePath): before, NaN
    exactly(f, new double[] {0, 0}, 0, 0);
    finiteDifferences(f, new double[] {0, 0}, 0, 0);
    JacobianCheck.checkScalar(f, 1.3, 0.6);
  }

  @Test
  void divisionAndArrayCell() {
    ScalarFunction q = fn("cbrtTimesOver", 3);
    exactly(q, new double[] {0, 0, 0}, 0, 0, 2);
    finiteDifferences(q, new double[] {0, 0, 0}, 0, 0, 2);
    JacobianCheck.checkScalar(q, 1.1, 0.5, 2);
    ScalarFunction a = fn("cbrtThroughArrayTimes", 2);
    exactly(a, new double[] {0, 0}, 0, 0); // the cell's partials are 1: the reverse's zero is y's, as forward's
    exactly(a, new double[] {0, Double.POSITIVE_INFINITY}, 2, 0); // the true infinite derivative stays
    finiteDifferences(a, new double[] {0, 0}, 0, 0);
    JacobianCheck.checkScalar(a, 1.1, 0.5);
  }

  /**
   * Vector tangents, k directions per call (a Jacobian by columns): a direction along x at y = 0
   * gives 0 in either copy of the direction loop (seeds are mostly zeros, so the plain copy runs
   * unless a factor is non-finite), y = 2 gives +∞ along x and the analytic value elsewhere.
   */
  @Test
  void vectorTangentsByDirection() throws Exception {
    Method m = T.type.getMethod("timesCbrt$tangents", D, double[].class, D, double[].class, int.class, double[].class);
    double[] dy = {1, 0, 1, 0}, dx = {0, 1, 1, 0}, out = new double[4];
    m.invoke(null, 0.0, dy, 0.0, dx, 4, out);
    assertArrayEquals(new double[] {0, 0, 0, 0}, out, 0);
    m.invoke(null, 2.0, dy, 0.0, dx, 4, out);
    assertArrayEquals(new double[] {0, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 0}, out, 0);
    double y = 1.5, x = 0.7, gx = y / (3 * Math.pow(x, 2.0 / 3));
    m.invoke(null, y, dy, x, dx, 4, out);
    assertArrayEquals(new double[] {Math.cbrt(x), gx, Math.cbrt(x) + gx, 0}, out, 1e-14);

    Method q = T.type.getMethod("cbrtTimesOver$tangents", D, double[].class, D, double[].class, D, double[].class, int.class, double[].class);
    double[] dz = {0, 0, 1, 1};
    q.invoke(null, 0.0, dy, 0.0, dx, 2.0, dz, 4, out);
    assertArrayEquals(new double[] {0, 0, 0, 0}, out, 0);
    ScalarFunction f = fn("cbrtTimesOver", 3);
    double[] at = {1.1, 0.5, 2};
    q.invoke(null, at[0], dy, at[1], dx, at[2], dz, 4, out);
    for (int d = 0; d < 4; d++) {
      assertEquals(f.tangent(at, new double[] {dy[d], dx[d], dz[d]}), out[d], 1e-14, "direction " + d);
    }
  }
}
