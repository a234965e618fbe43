package dev.leibniz.oracle;

import dev.leibniz.oracle.fixtures.UnchosenNaNSideFixtures;
import dev.leibniz.testing.Transformed;
import org.junit.jupiter.api.Test;

/**
 * A regular function ({@code sin}, {@code atan}, {@code tanh}) of a quotient that is {@code 0/0} at the point, on the
 * side a conditional does not choose ({@link UnchosenNaNSideFixtures}, CppAD's mul_cond_rev.cpp): the reverse met the
 * side's zero adjoint with the NaN partial and gave NaN, without a warning, where forward mode and the differences
 * give the chosen side's slope. A regular rule whose argument may be non-finite ({@code MathRules.mayBeNonFinite}) now
 * takes the strong zero on the adjoint. Checked at the point and at regular points on both sides: both modes against
 * finite differences and the analytic slope, and the dot-product test.
 */
class UnchosenNaNSideTest {
  static final Transformed T = Transformed.of(UnchosenNaNSideFixtures.class);

  /** Both modes against {@code expected} and central differences, and the dot-product test ({@link JacobianCheck}). */
  static void check(String name, double expected, double x) {
    JacobianCheck.checkScalarExact(new ScalarFunction(T.type, name, double.class), new double[] {expected}, x);
  }

  @Test
  void sinOfZeroOverZeroUnchosen() {
    check("sinSide", 1, 0);
    check("sinSide", 1, -0.5);
    check("sinSide", Math.cos(0.7), 0.7);
  }

  @Test
  void atanAndTanhOfZeroOverZeroUnchosen() {
    check("atanTanhSide", 2, 0);
    check("atanTanhSide", 2, -1.5);
    double t = Math.tanh(0.7);
    check("atanTanhSide", 1 / (1 + 0.49) + 1 - t * t, 0.7);
  }
}
