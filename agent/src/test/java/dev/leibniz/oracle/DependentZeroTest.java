package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.oracle.FiniteDifferences.Estimate;
import dev.leibniz.oracle.fixtures.DependentZeroFixtures;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The strong zero only where it is right ({@code core.analysis.SingularCones}): a zero factor that
 * depends on the singular value itself ({@code √x·√x}, {@code cos(√x)}, {@code pow(√x, 2)},
 * {@code cbrt(x)³} at 0) gives NaN, in {@code $tangent}, {@code $tangents} and {@code $adjoint}
 * (before: 0, a wrong derivative with no warning: the true ones are 1, -1/2, 1, 1); a zero factor
 * independent of it ({@code y·√x} at y = 0, a passive zero) still gives 0. Away from the
 * singular point every function matches the analytic derivative, finite differences and the
 * dot-product test.
 */
class DependentZeroTest {
  static final Transformed T = Transformed.of(DependentZeroFixtures.class);
  static final Class<?> D = double.class;

  static ScalarFunction fn(String name, int n) {
    Class<?>[] p = new Class<?>[n];
    Arrays.fill(p, D);
    return new ScalarFunction(T.type, name, p);
  }

  /** The gradient at {@code x} is {@code expected} (NaN where NaN) in both modes. */
  static void gradient(ScalarFunction f, double[] expected, double... x) {
    String at = f.name() + Arrays.toString(x);
    assertArrayEquals(expected, f.tangentGradient(x), 0, at + " tangent");
    assertArrayEquals(expected, f.gradient(x), 0, at + " adjoint");
  }

  /** At a regular point: the analytic gradient in both modes, finite differences, the dot-product test. */
  static void regular(ScalarFunction f, double[] expected, double... x) {
    String at = f.name() + Arrays.toString(x);
    assertArrayEquals(expected, f.tangentGradient(x), 1e-13, at + " tangent");
    assertArrayEquals(expected, f.gradient(x), 1e-13, at + " adjoint");
    for (int j = 0; j < x.length; j++) {
      double[] e = new double[x.length];
      e[j] = 1;
      Estimate est = FiniteDifferences.directional(v -> new double[] {f.value(v)}, x, e)[0];
      assertEquals(expected[j], est.value(), est.tolerance(1e-7), at + " finite differences along " + j);
    }
    JacobianCheck.checkScalar(f, x);
  }

  /** {@code name$tangents} of a one-argument function, directions {0, 1, -2} at {@code x}. */
  static double[] tangents(String name, double x) throws Exception {
    Method m = T.type.getMethod(name + "$tangents", D, double[].class, int.class, double[].class);
    double[] out = new double[3];
    m.invoke(null, x, new double[] {0, 1, -2}, 3, out);
    return out;
  }

  @Test
  void sqrtSquaredIsNaNAtZeroNotZero() throws Exception {
    ScalarFunction f = fn("sqrtSquared", 1);
    gradient(f, new double[] {Double.NaN}, 0);
    assertArrayEquals(new double[] {0, Double.NaN, Double.NaN}, tangents("sqrtSquared", 0), 0);
    regular(f, new double[] {1}, 0.25);
    assertArrayEquals(new double[] {0, 1, -2}, tangents("sqrtSquared", 0.25), 1e-15);
    // a zero seed (a caller that does not use the result) is an independent zero: 0, not NaN
    double[] grad = new double[1];
    f.adjoint(new double[] {0}, 0, grad);
    assertArrayEquals(new double[] {0}, grad, 0);
  }

  @Test
  void cosOfSqrtIsNaNAtZeroNotZero() throws Exception {
    ScalarFunction f = fn("cosOfSqrt", 1);
    gradient(f, new double[] {Double.NaN}, 0);
    assertArrayEquals(new double[] {0, Double.NaN, Double.NaN}, tangents("cosOfSqrt", 0), 0);
    double x = 0.3, g = -Math.sin(Math.sqrt(x)) / (2 * Math.sqrt(x));
    regular(f, new double[] {g}, x);
    assertArrayEquals(new double[] {0, g, -2 * g}, tangents("cosOfSqrt", x), 1e-15);
  }

  @Test
  void powOfSqrtTimesIsNaNAlongXAtZero() throws Exception {
    ScalarFunction f = fn("powOfSqrtTimes", 2);
    gradient(f, new double[] {Double.NaN, 1}, 0, 1);
    Method m = T.type.getMethod("powOfSqrtTimes$tangents", D, double[].class, D, double[].class, int.class, double[].class);
    double[] out = new double[3];
    m.invoke(null, 0.0, new double[] {1, 0, 0}, 1.0, new double[] {0, 1, 0}, 3, out);
    assertArrayEquals(new double[] {Double.NaN, 1, 0}, out, 0);
    regular(f, new double[] {1.5, 1.7}, 0.7, 1.5);
  }

  @Test
  void cbrtCubedIsNaNAtZeroNotZero() throws Exception {
    ScalarFunction f = fn("cbrtCubed", 1);
    gradient(f, new double[] {Double.NaN}, 0);
    assertArrayEquals(new double[] {0, Double.NaN, Double.NaN}, tangents("cbrtCubed", 0), 0);
    regular(f, new double[] {1}, -0.4);
  }

  @Test
  void anIndependentZeroFactorKeepsTheStrongZero() throws Exception {
    ScalarFunction f = fn("timesSqrt", 2);
    gradient(f, new double[] {0, 0}, 0, 0);
    gradient(f, new double[] {0, Double.POSITIVE_INFINITY}, 2, 0); // a true infinite derivative
    regular(f, new double[] {Math.sqrt(0.5), 1.5 / (2 * Math.sqrt(0.5))}, 1.5, 0.5);
    ScalarFunction k = fn("passiveZeroTimesSqrt", 1);
    gradient(k, new double[] {1}, 0);
    assertArrayEquals(new double[] {0, 1, -2}, tangents("passiveZeroTimesSqrt", 0), 0);
    regular(k, new double[] {1}, 0.5);
  }

  /** An untaken use in one trip, a taken one in the next: the flag is per trip. */
  @Test
  void aSourceInALoopIsJudgedPerTrip() {
    ScalarFunction f = fn("sourceInALoop", 2);
    gradient(f, new double[] {0, 1}, 0, 1);
    regular(f, new double[] {1, 1}, 0.7, 1.3);
  }

  @Test
  void hypotOfSqrtIsNaNAlongXAtZero() {
    ScalarFunction f = fn("hypotOfSqrt", 2);
    gradient(f, new double[] {Double.NaN, 1}, 0, 1);
    double x = 0.6, y = 1.2, h = Math.sqrt(x + y * y);
    regular(f, new double[] {1 / (2 * h), y / h}, x, y);
  }

  /** A zero partial in the cone of hypot's NaN (a finite directional derivative) clears it: was NaN in tangent mode only. */
  @Test
  void hypotOfHypotIsExactAtTheInnerOrigin() throws Exception {
    ScalarFunction f = fn("hypotOfHypot", 3);
    gradient(f, new double[] {0, 0, 1}, 0, 0, 2);
    gradient(f, new double[] {0, 0, -1}, 0, 0, -0.5);
    double[] at = {0, 0, 2};
    for (int j = 0; j < 3; j++) {
      double[] e = new double[3];
      e[j] = 1;
      Estimate est = FiniteDifferences.directional(v -> new double[] {f.value(v)}, at, e)[0];
      assertEquals(j == 2 ? 1 : 0, est.value(), est.tolerance(1e-7), "finite differences along " + j);
    }
    JacobianCheck.checkScalar(f, at);
    double x = 0.3, y = -0.4, z = 1.2, r = Math.sqrt(x * x + y * y + z * z);
    regular(f, new double[] {x / r, y / r, z / r}, x, y, z);
  }

  @Test
  void hypotSquaredIsZeroAtTheOrigin() {
    ScalarFunction f = fn("hypotSquared", 2);
    gradient(f, new double[] {0, 0}, 0, 0);
    regular(f, new double[] {1.2, -0.8}, 0.6, -0.4);
  }
}
