package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.oracle.fixtures.ExpOfLogFixtures;
import dev.leibniz.testing.Transformed;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * Known, found by the twelfth peer round (TensorFlow Probability's {@code log_cosh} at 0): {@code exp(log x)} at
 * {@code x = 0} is 0 with a zero exp partial meeting log's infinite one. Forward mode says {@code 0 · ∞ = NaN}; the
 * reverse's strong zero on log's partial takes the zero adjoint as independent and says 0, silently, where the
 * one-sided derivative is 1. A dependent zero ({@code core.analysis.SingularCones}) as {@code cbrt(x)³} at 0, but the
 * cones start only at functions whose partial is infinite where their value is finite ({@code
 * MathRules.infiniteAtFinitePoint}: not log, whose value is infinite too), so the reverse does not see it. Both modes
 * should say NaN, as for {@code cbrt(x)³} ({@code DependentZeroTest}).
 */
class ExpOfLogAtZeroTest {
  static final Transformed T = Transformed.of(ExpOfLogFixtures.class);

  @Test
  void awayFromZeroBothModesGiveOne() {
    ScalarFunction f = new ScalarFunction(T.type, "expOfLog", double.class);
    for (double x : new double[] {1e-300, 0.3, 2.5}) {
      assertEquals(1, f.tangentGradient(x)[0], 1e-12, "tangent at " + x);
      assertEquals(1, f.gradient(x)[0], 1e-12, "adjoint at " + x);
      JacobianCheck.checkScalar(f, x);
    }
  }

  @Test
  void atZeroTheTangentIsNaN() {
    ScalarFunction f = new ScalarFunction(T.type, "expOfLog", double.class);
    assertEquals(Double.NaN, f.tangentGradient(0.0)[0]);
  }

  @Test
  @Disabled("known: the adjoint gives 0 at x = 0 without a warning (log is not a source of the dependent-zero cones)")
  void atZeroBothModesSayNaN() {
    ScalarFunction f = new ScalarFunction(T.type, "expOfLog", double.class);
    assertEquals(Double.NaN, f.gradient(0.0)[0]);
  }
}
