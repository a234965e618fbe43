package dev.leibniz.badinput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.corpus.peers9.CodipackExpressions;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.oracle.ScalarFunction;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import org.hipparchus.special.Gamma;
import org.junit.jupiter.api.Test;

/**
 * A whole-number test joined to a further condition by {@code &&} ({@code x == rint(x) && x <= 0}, Hipparchus'
 * {@code Gamma.gamma}): the NaN of the warned test applies only where the whole condition holds. Where the test holds
 * and the further condition fails, the code run is the general formula a neighbouring point runs, and both modes give
 * its derivative (NaN there before: CoDiPack's tgamma at 4 in the ninth peer round), against the analytic derivative and
 * central differences; where both hold (the special value) the derivative in x stays NaN, with the warning.
 */
class WholeNumberGuardTest {
  static final String MEMBERS = """
          /** A special value at the non-positive whole numbers, x^2 sin x elsewhere. */
          @dev.leibniz.Differentiable
          static double guarded(double x) {
            if (x == Math.rint(x) && x <= 0.0) return 0.0; /*WHOLE*/
            return x * x * Math.sin(x);
          }
        """;

  private static Method tangent;
  private static Method adjoint;

  private static void load() throws Throwable {
    Subject s = Subject.ofMembers("WholeGuard", MEMBERS, "");
    assertTrue(s.result.diagnostics().stream().anyMatch(d -> d.warning() && d.reason().contains("whole (or half) number")
        && s.linesMarked("/*WHOLE*/").contains(d.line())), s.result.diagnostics()::toString);
    Class<?> c = s.loadTransformed();
    tangent = c.getDeclaredMethod("guarded$tangent", double.class, double.class);
    adjoint = c.getDeclaredMethod("guarded$adjoint", double.class, double.class, double[].class);
    tangent.setAccessible(true);
    adjoint.setAccessible(true);
  }

  private static double tangent(double x) throws Throwable {
    return (double) tangent.invoke(null, x, 1.0);
  }

  private static double adjoint(double x) throws Throwable {
    double[] g = new double[1];
    adjoint.invoke(null, x, 1.0, g);
    return g[0];
  }

  private static double analytic(double x) {
    return 2 * x * Math.sin(x) + x * x * Math.cos(x);
  }

  @Test
  void whereTheTestHoldsButTheJoinedConditionFailsBothModesGiveTheFunctionsDerivative() throws Throwable {
    load();
    for (double x : new double[] {1.0, 3.0, 4.0, 2.5, -1.5, 0.3}) {
      double d = analytic(x);
      FiniteDifferences.Estimate fd = FiniteDifferences.derivative(q -> q * q * Math.sin(q), x);
      assertEquals(d, tangent(x), 1e-14 * Math.max(1, Math.abs(d)), "tangent at " + x);
      assertEquals(d, adjoint(x), 1e-14 * Math.max(1, Math.abs(d)), "adjoint at " + x);
      assertEquals(fd.value(), tangent(x), fd.tolerance(1e-9), "tangent against differences at " + x);
    }
  }

  @Test
  void whereTheWholeConditionHoldsTheDerivativeIsNaN() throws Throwable {
    load();
    for (double x : new double[] {0.0, -2.0, -5.0}) {
      assertTrue(Double.isNaN(tangent(x)), "tangent at " + x);
      assertTrue(Double.isNaN(adjoint(x)), "adjoint at " + x);
      assertEquals(0.0, (double) adjoint.invoke(null, x, 1.0, new double[1]), 0, "value at " + x);
    }
  }

  /** Hipparchus' Gamma.gamma at whole x > 0: Gamma(x) psi(x) in both modes (CoDiPack: 7.537 at 4). */
  @Test
  void hipparchusGammaAtPositiveWholeNumbers() {
    ScalarFunction gamma = new ScalarFunction(Transformed.of(CodipackExpressions.class, true).type, "tgamma", double.class);
    for (double x : new double[] {1, 2, 3, 4, 7, 4.5}) {
      double d = Gamma.gamma(x) * Gamma.digamma(x);
      FiniteDifferences.Estimate fd = FiniteDifferences.derivative(Gamma::gamma, x);
      double byTangent = gamma.tangentGradient(x)[0];
      double byAdjoint = gamma.gradient(x)[0];
      // Hipparchus' digamma is good to a few 1e-9 (at 1: -0.5772156678 for -gamma = -0.5772156649, the companions')
      assertEquals(d, byTangent, 1e-8 * Math.max(1, Math.abs(d)), "tangent at " + x);
      assertEquals(byTangent, byAdjoint, 1e-13 * Math.max(1, Math.abs(d)), "adjoint at " + x);
      assertEquals(fd.value(), byTangent, fd.tolerance(1e-8), "differences at " + x);
    }
    assertTrue(Double.isNaN(gamma.tangentGradient(-3.0)[0]), "at a pole, where the whole condition holds");
  }
}
