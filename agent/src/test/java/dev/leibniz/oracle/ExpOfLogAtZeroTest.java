package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.oracle.fixtures.ExpOfLogFixtures;
import dev.leibniz.testing.Transformed;
import org.junit.jupiter.api.Test;

/**
 * Found by the twelfth peer round (TensorFlow Probability's {@code log_cosh} at 0): {@code exp(log x)} at {@code x = 0}
 * is 0 with a zero exp partial meeting log's infinite one, a dependent zero ({@code core.analysis.SingularCones}) as
 * {@code cbrt(x)³} at 0, whose product stands for the one-sided derivative 1. Forward mode says {@code 0 · ∞ = NaN};
 * the reverse's strong zero on log's partial took the zero adjoint as independent and said 0, silently. Now log is a
 * source of the reverse's cones too ({@code SingularCones.isAdjointSource}, {@code MathRules.infiniteWithItsValue}):
 * both modes say NaN, as for {@code cbrt(x)³} ({@code DependentZeroTest}), while an independent zero (a factor {@code y
 * = 0}, a {@code max} that selects a constant) and a log not used on the run keep the strong zero's exact 0.
 */
class ExpOfLogAtZeroTest {
  static final Transformed T = Transformed.of(ExpOfLogFixtures.class);

  private static ScalarFunction f(String name) {
    return new ScalarFunction(T.type, name, double.class);
  }

  /** Away from the singular point both modes give the analytic slope 1, as central differences do. */
  @Test
  void awayFromTheSingularPointBothModesGiveOne() {
    for (String name : new String[] {"expOfLog", "expOfLog10", "expOfLog1p"}) {
      ScalarFunction f = f(name);
      for (double x : new double[] {1e-300, 0.3, 2.5}) {
        assertEquals(1, f.tangentGradient(x)[0], 1e-12, name + " tangent at " + x);
        assertEquals(1, f.gradient(x)[0], 1e-12, name + " adjoint at " + x);
        if (x > 1e-3) {
          assertEquals(1, FiniteDifferences.derivative(v -> f.value(v), x).value(), 1e-7, name + " differences at " + x);
          JacobianCheck.checkScalar(f, x); // finite differences and the dot-product test between the modes
        }
      }
    }
  }

  /** The finding: a dependent zero (exp's partial, 0 because log's value is -∞) meets log's infinite partial. */
  @Test
  void atTheSingularPointBothModesSayNaN() {
    assertNaNInBothModes(f("expOfLog"), 0.0);
    assertNaNInBothModes(f("expOfLog10"), 0.0);
    assertNaNInBothModes(f("expOfLog1p"), -1.0);
  }

  private static void assertNaNInBothModes(ScalarFunction f, double x) {
    assertEquals(Double.NaN, f.tangentGradient(x)[0], f.name() + " tangent at " + x);
    assertEquals(Double.NaN, f.gradient(x)[0], f.name() + " adjoint at " + x);
  }

  /** {@code y · exp(log x)} at the origin: the zero is y's, independent of log; the gradient (y, x) = (0, 0) is exact. */
  @Test
  void anIndependentZeroKeepsTheStrongZero() {
    ScalarFunction f = new ScalarFunction(T.type, "scaledExpOfLog", double.class, double.class);
    assertEquals(0.0, f.gradient(0.0, 0.0)[0], 0, "adjoint in x");
    assertEquals(0.0, f.gradient(0.0, 0.0)[1], 0, "adjoint in y");
    double[] away = {0.4, 1.5};
    assertEquals(1.5, f.gradient(away)[0], 1e-12);
    assertEquals(0.4, f.gradient(away)[1], 1e-12);
    JacobianCheck.checkScalar(f, away);
  }

  /** {@code max(log x, -30)} at 0 selects the constant (slope 0 from the right): 0 in the reverse, as before. */
  @Test
  void aSelectedConstantIsAnIndependentZero() {
    assertEquals(0.0, f("flooredLog").gradient(0.0)[0], 0);
    assertEquals(1 / 0.5, f("flooredLog").gradient(0.5)[0], 1e-12);
  }

  /** log(0) computed but not used on the run: the branch taken is 3 x, slope 3, in both modes (the strong zero). */
  @Test
  void aLogNotUsedOnTheRunContributesNothing() {
    ScalarFunction f = f("logUsedAwayFromZero");
    assertEquals(3.0, f.tangentGradient(0.0)[0], 0, "tangent");
    assertEquals(3.0, f.gradient(0.0)[0], 0, "adjoint");
    assertEquals(3.0, f.gradient(0.7)[0], 1e-12);
    JacobianCheck.checkScalar(f, 0.7);
  }
}
