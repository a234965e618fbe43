package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.oracle.fixtures.SpecialAxisFixtures;
import dev.leibniz.testing.Transformed;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * Found on Android's {@code Matrix.setRotateM} at the axes (1, 0, 0) and (0, 0, 1), classified by the corpus harness
 * in a local round that is not committed: an exact test {@code 1.0 == x && 0.0 == y && 0.0 == z}
 * selects a formula for that axis that drops the axis, so the companions give 0 along y and z where the rotation's
 * element moves. The core warns at the test (its contract: {@code core.analysis.SpecialCases}, warned, not poisoned).
 */
class SpecialAxisTest {
  static final Transformed T = Transformed.of(SpecialAxisFixtures.class);

  private static ScalarFunction f() {
    return new ScalarFunction(T.type, "rotationElement1", double.class, double.class, double.class, double.class);
  }

  /** {@code n_x n_y (1 - cos a) + n_z sin a} with {@code n} the normalised axis, by its partials. */
  private static double[] exact(double a, double x, double y, double z) {
    double len = Math.sqrt(x * x + y * y + z * z);
    double nx = x / len, ny = y / len, nz = z / len, s = Math.sin(a), c = Math.cos(a);
    double[] d = {(1 - c) * ny * (1 - 2 * nx * nx) - s * nz * nx, (1 - c) * nx * (1 - 2 * ny * ny) - s * nz * ny,
        -(1 - c) * 2 * nx * ny * nz + s * (1 - nz * nz)};
    return new double[] {nx * ny * s + nz * c, d[0] / len, d[1] / len, d[2] / len};
  }

  /** Off the special axis both modes give the analytic gradient, and agree with finite differences and each other. */
  @Test
  void offTheSpecialAxisBothModesGiveTheAnalyticGradient() {
    ScalarFunction f = f();
    for (double[] p : new double[][] {{0.6, 1.0, 0.2, 0.1}, {-1.1, 0.3, -0.5, 0.8}}) {
      double[] exact = exact(p[0], p[1], p[2], p[3]);
      double[] g = f.gradient(p), tg = f.tangentGradient(p);
      for (int i = 0; i < 4; i++) {
        assertEquals(exact[i], g[i], 1e-12, "adjoint " + i);
        assertEquals(exact[i], tg[i], 1e-12, "tangent " + i);
      }
      JacobianCheck.checkScalarExact(f, exact, p);
    }
  }

  /**
   * The finding, not fixed: at the axis (1, 0, 0) the partials along y and z are 1 - cos a and sin a (0.181 and 0.574
   * at 35 degrees), the companions give 0. Enable when the core handles special cases that drop an input.
   */
  @Test
  @Disabled("known wrong with the core's warning: an exact test selects an axis-aligned formula that drops the axis")
  void atTheSpecialAxisTheGradientIsTheGeneralFormulas() {
    ScalarFunction f = f();
    double a = Math.toRadians(35);
    double[] exact = exact(a, 1, 0, 0);
    assertEquals(1 - Math.cos(a), exact[2], 1e-15);
    double[] g = f.gradient(a, 1, 0, 0), tg = f.tangentGradient(a, 1, 0, 0);
    for (int i = 0; i < 4; i++) {
      assertEquals(exact[i], tg[i], 1e-12, "tangent " + i);
      assertEquals(exact[i], g[i], 1e-12, "adjoint " + i);
    }
  }
}
