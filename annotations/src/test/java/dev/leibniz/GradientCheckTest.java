package dev.leibniz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The dot-product test's tolerance: rounding where the terms cancel passes, a wrong adjoint does not. */
class GradientCheckTest {
  /** Black–Scholes' gradient at (100, 95, 0.5, 0.03, 0.25) and a direction along which its terms (size 18) cancel to 6e-5. */
  private static final double[] GRADIENT = {0.6784611075370047, -0.603676162262885, 8.054870048549196, 28.674617707487037,
      25.337571944399897};
  private static final double[] V = {-0.646134222633325, 0.4556872681401577, 0.5047896274100822, -0.28762222094358564,
      0.19318532572547667};

  @Test
  void cancellingTermsWithUlpDifferencesBetweenTheModesPass() {
    // the values the run-time check once flagged: tangent and adjoint differ by 1.9e-14, 3e-10 of the result
    double[] jv = {-5.977144861191164E-5};
    assertTrue(GradientCheck.dotProductAgrees(V, new double[] {1}, jv, GRADIENT, false));
  }

  @Test
  void aWrongPartialFailsEvenWhereTheTermsCancel() {
    double[] wrong = GRADIENT.clone();
    wrong[2] *= 1 + 1e-6; // theta wrong in its sixth digit
    double[] jv = {-5.977144861191164E-5};
    assertFalse(GradientCheck.dotProductAgrees(V, new double[] {1}, jv, wrong, false));
  }
}
