package dev.leibniz.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The typed facade {@code RegressionDerivatives} (written by the annotation processor) over the
 * companions the build wrote into {@code Regression}, in a JVM without the agent: the same
 * results as the direct calls that {@link RegressionTest} checks against the analytic gradient.
 */
class RegressionFacadeTest {
  @Test
  void facadeGivesTheDirectCallsResults() {
    double[] w = RegressionTest.W, x = RegressionTest.X, y = RegressionTest.Y;
    int n = RegressionTest.N, d = RegressionTest.D;
    double b = RegressionTest.B;
    double[] gw = new double[d], gb = new double[1], fw = new double[d], fb = new double[1];
    double direct = Regression.logLoss$adjoint(w, gw, b, x, null, y, null, n, d, 1.0, gb);
    double facade = RegressionDerivatives.logLossAdjoint(w, fw, b, x, null, y, null, n, d, 1.0, fb);
    assertEquals(direct, facade, 0);
    assertArrayEquals(gw, fw, 0);
    assertArrayEquals(gb, fb, 0);
    assertEquals(Regression.meanSquaredError$tangent(w, RegressionTest.V, b, 1, x, null, y, null, n, d),
        RegressionDerivatives.meanSquaredErrorTangent(w, RegressionTest.V, b, 1, x, null, y, null, n, d), 0);
  }

  @Test
  void loopFreeFacadeAgainstTheFormulaAndCentralDifferences() {
    double m = 0.8, y = 1;
    double[] grad = new double[2];
    assertEquals(PointLoss.logistic(m, y), PointLossDerivatives.logisticAdjoint(m, y, 1.0, grad), 0);
    assertEquals(1 / (1 + Math.exp(-m)) - y, grad[0], 1e-15);
    assertEquals(-m, grad[1], 1e-15);
    double h = 1e-6;
    assertEquals((PointLoss.logistic(m + h, y) - PointLoss.logistic(m - h, y)) / (2 * h), grad[0], 1e-9);
    assertEquals(grad[0], PointLossDerivatives.logisticTangent(m, 1, y, 0), 1e-15);
  }
}
