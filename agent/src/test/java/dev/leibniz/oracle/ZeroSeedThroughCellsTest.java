package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.oracle.FiniteDifferences.Estimate;
import dev.leibniz.oracle.fixtures.ZeroSeedFixtures;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The reverse's strong zero for a singular output stored into an array ({@code core.analysis.SingularCones} with
 * {@code CellReads}): CoDiPack's {@code y[0] = exp(x[0]); y[1] = cbrt(x[0])} at x = 0, seeded on y[0] alone, gave the
 * adjoint NaN (the zero seed of y[1] times {@code cbrt'(0) = ∞}) where the derivative of y[0] is exp(0) = 1 and the
 * tangent said so (ninth peer round): the loads of x[0] before the store of cbrt's value were taken as reading it back,
 * so its adjoint counted as dependent on its own cone. Now only a load that may run after the store and address the
 * same cell counts; one that does (cbrt stored, read back and cubed) keeps the honest NaN. Away from 0 both modes match
 * the analytic Jacobian, finite differences and the dot-product test.
 */
class ZeroSeedThroughCellsTest {
  static final Transformed T = Transformed.of(ZeroSeedFixtures.class);

  static Method method(String name) {
    return Arrays.stream(T.type.getDeclaredMethods()).filter(m -> m.getName().equals(name)).findFirst().orElseThrow();
  }

  static double[] primal(String name, double[] x) {
    double[] y = new double[2];
    try {
      method(name).invoke(null, x.clone(), y);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
    return y;
  }

  static double[] tangent(String name, double[] x, double[] xd) {
    double[] yd = new double[2];
    try {
      method(name + "$tangent").invoke(null, x.clone(), xd.clone(), new double[2], yd);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
    return yd;
  }

  static double[] adjoint(String name, double[] x, double[] seed) {
    double[] xb = new double[x.length];
    try {
      method(name + "$adjoint").invoke(null, x.clone(), xb, new double[2], seed.clone());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
    return xb;
  }

  static void regular(String name, double x, double[][] exact) {
    JacobianCheck.check(name + " at " + x, new double[] {x}, v -> primal(name, v), (v, vd) -> tangent(name, v, vd),
        (v, seed) -> adjoint(name, v, seed), exact);
  }

  @Test
  void theSmoothOutputsDerivativeAtTheSingularPointIsFiniteInBothModes() {
    for (String name : new String[] {"expAndCbrt", "cbrtThenExp"}) {
      double[] zero = {0.0};
      Estimate fd = FiniteDifferences.directional(v -> new double[] {primal(name, v)[0]}, zero, new double[] {1})[0];
      assertEquals(1, fd.value(), fd.tolerance(1e-7), name + ": differences of y[0] = exp(x) at 0");
      assertArrayEquals(new double[] {1}, adjoint(name, zero, new double[] {1, 0}), 0, name + " adjoint of y[0]");
      assertEquals(1, tangent(name, zero, new double[] {1})[0], 0, name + " tangent of y[0]");
      // y[1] = cbrt(x): +inf in both modes, as cbrt'(0)
      assertArrayEquals(new double[] {Double.POSITIVE_INFINITY}, adjoint(name, zero, new double[] {0, 1}), 0, name);
      assertEquals(Double.POSITIVE_INFINITY, tangent(name, zero, new double[] {1})[1], 0, name);
    }
  }

  @Test
  void aSingularValueReadBackFromItsCellKeepsTheHonestNaN() {
    // d(u^3)/dx = 1 but 3 u^2 = 0 meets u' = inf: the zero depends on u, so NaN, not 0, in both modes
    assertTrue(Double.isNaN(adjoint("cbrtCubedThroughTheCell", new double[] {0}, new double[] {0, 1})[0]));
    assertTrue(Double.isNaN(tangent("cbrtCubedThroughTheCell", new double[] {0}, new double[] {1})[1]));
  }

  @Test
  void awayFromZeroBothModesMatchTheAnalyticJacobianDifferencesAndTheDotProduct() {
    for (double x : new double[] {-1.5, 0.3, 2.0}) {
      double cbrtSlope = 1 / (3 * Math.cbrt(x) * Math.cbrt(x));
      regular("expAndCbrt", x, new double[][] {{Math.exp(x)}, {cbrtSlope}});
      regular("cbrtThenExp", x, new double[][] {{Math.exp(x)}, {cbrtSlope}});
      regular("cbrtCubedThroughTheCell", x, new double[][] {{cbrtSlope}, {1}});
    }
  }
}
