package dev.leibniz.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hipparchus.special.Erf;
import org.junit.jupiter.api.Test;

/** The example functions' values against closed forms and published figures. */
class ExamplesTest {
  @Test
  void blackScholesCallMatchesTextbookValue() {
    assertEquals(10.450583572185565, BlackScholes.call(100, 100, 1, 0.05, 0.2), 1e-12);
  }

  @Test
  void normalCdfMatchesHipparchusErfc() {
    for (double x = -38; x <= 38; x += 0.01) {
      double expected = 0.5 * Erf.erfc(-x / Math.sqrt(2));
      double actual = BlackScholes.normalCdf(x);
      assertEquals(expected, actual, 1e-15 + 1e-13 * expected, "x=" + x);
    }
  }

  @Test
  void projectileFromTheGroundFliesVSquaredSinTwoThetaOverG() {
    double theta = 0.6;
    double v = 20;
    assertEquals(v * v * Math.sin(2 * theta) / Projectile.G, Projectile.range(theta, v, 0), 1e-12);
  }

  @Test
  void projectileFromAHeightFliesFurther() {
    assertTrue(Projectile.range(Math.PI / 4, 20, 5) > Projectile.range(Math.PI / 4, 20, 0));
  }

  @Test
  void rosenbrockIsZeroAtItsMinimum() {
    assertEquals(0, Rosenbrock.value(1, 1));
    assertEquals(0, Rosenbrock.extended(new double[] {1, 1, 1, 1}));
  }

  @Test
  void extendedRosenbrockSumsTheTwoVariableFunction() {
    double[] x = {-1.2, 1, 0.5, 2, 3, -1};
    double expected = 0;
    for (int i = 0; i < x.length; i += 2) {
      expected += Rosenbrock.value(x[i], x[i + 1]);
    }
    assertEquals(expected, Rosenbrock.extended(x), 1e-12);
  }
}
