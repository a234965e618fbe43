package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.oracle.fixtures.UnchosenOutputSideFixtures;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * A singular source's path ending in a store into an output array ({@code core.analysis.SingularCones.singlePath},
 * {@link UnchosenOutputSideFixtures}, CppAD's mul_cond_rev): the caller's seed enters at a cell no load reads back as
 * a return's seed does, so the partials on the path are checked at run time and the unchosen side's zero adjoint meets
 * {@code sqrt}'s NaN partial with the strong zero. At 0 and at regular points on both sides both modes match the
 * analytic slope and central differences, with the dot-product test; a zero that is the source's own, or one that
 * comes back through a cell read again, stays NaN.
 */
class UnchosenOutputSideTest {
  static final Transformed T = Transformed.of(UnchosenOutputSideFixtures.class);

  static Method method(String name) {
    return Arrays.stream(T.type.getDeclaredMethods()).filter(m -> m.getName().equals(name)).findFirst().orElseThrow();
  }

  static Object call(String name, Object... args) {
    try {
      return method(name).invoke(null, args);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static double[] primal(String name, int m, double x) {
    double[] y = new double[m];
    call(name, x, y);
    return y;
  }

  static double[] tangent(String name, int m, double x, double xd) {
    double[] yd = new double[m];
    call(name + "$tangent", x, xd, new double[m], yd);
    return yd;
  }

  static double adjoint(String name, double x, double[] seed) {
    double[] grad = new double[1];
    call(name + "$adjoint", x, new double[seed.length], seed.clone(), grad);
    return grad[0];
  }

  static void check(String name, double x, double slope) {
    JacobianCheck.check(name + " at " + x, new double[] {x}, v -> primal(name, 1, v[0]),
        (v, vd) -> tangent(name, 1, v[0], vd[0]), (v, seed) -> new double[] {adjoint(name, v[0], seed)},
        new double[][] {{slope}});
  }

  @Test
  void anUnchosenSideStoredIntoTheOutputGetsTheChosenSlopeAtZero() {
    check("rootUnderLog", 0, UnchosenOutputSideFixtures.ROOT_SLOPE);
    check("asinhSide", 0, UnchosenOutputSideFixtures.ASINH_SLOPE);
  }

  @Test
  void onBothSidesOfZeroBothModesMatchTheSlope() {
    for (double x : new double[] {-1.5, -0.2, 0.3, 2.0}) {
      check("rootUnderLog", x, UnchosenOutputSideFixtures.ROOT_SLOPE);
      check("asinhSide", x, UnchosenOutputSideFixtures.ASINH_SLOPE);
    }
  }

  @Test
  void aZeroOfTheSourcesOwnStoredIntoTheOutputStaysNaN() {
    for (String name : new String[] {"rootSquared", "cosOfRoot"}) {
      assertTrue(Double.isNaN(adjoint(name, 0, new double[] {1})), name + " adjoint at 0");
      assertTrue(Double.isNaN(tangent(name, 1, 0, 1)[0]), name + " tangent at 0");
      // a zero seed is an independent zero: no derivative is asked for
      assertEquals(0, adjoint(name, 0, new double[] {0}), 0, name + " adjoint at 0, seed 0");
    }
    check("rootSquared", 0.7, 1);
    check("cosOfRoot", 0.7, -Math.sin(Math.sqrt(0.7)) / (2 * Math.sqrt(0.7)));
  }

  @Test
  void aCellReadBackIsNoEndOfThePath() {
    // y[1] = cos(√x): cos'(0) = 0 is √x's own zero, so NaN, though y[0]'s seed is 0
    assertTrue(Double.isNaN(adjoint("rootReadBack", 0, new double[] {0, 1})));
    assertTrue(Double.isNaN(tangent("rootReadBack", 2, 0, 1)[1]));
    double x = 0.7, r = Math.sqrt(x);
    JacobianCheck.check("rootReadBack at " + x, new double[] {x}, v -> primal("rootReadBack", 2, v[0]),
        (v, vd) -> tangent("rootReadBack", 2, v[0], vd[0]),
        (v, seed) -> new double[] {adjoint("rootReadBack", v[0], seed)},
        new double[][] {{1 / (2 * r)}, {-Math.sin(r) / (2 * r)}});
  }
}
