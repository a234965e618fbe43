package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.oracle.fixtures.SignedZeroBoundaries;
import dev.leibniz.testing.Transformed;
import org.junit.jupiter.api.Test;

/**
 * log, log10, log(base, x) and sqrt at {@code -0.0}: their value there is their value at 0 (-inf, -inf, -0.0), so their slope must be
 * the one from inside the domain, +inf; the rules' {@code 1 / x} and {@code 1 / (2 y)} gave {@code 1 / -0.0 = -inf},
 * which flipped the sign of the derivative of every function reaching the boundary from below: PyTensor's
 * test_log1mexp_grad_lim asserts d/dx log(1 - e^x) = -inf at x = 0.0 (eleventh peer round), where Leibniz gave +inf. Now
 * the partials take {@code -0.0} as {@code +0.0} ({@code rules.MathRules.positiveZero}); at {@code x = -0.0} (argument
 * +0.0) and away from 0 nothing changes: both modes against the analytic derivative, differences and the dot product.
 */
class SignedZeroBoundariesTest {
  static final Class<?> T = Transformed.of(SignedZeroBoundaries.class).type;
  static final String[] NAMES = {"logOfNegated", "log10OfNegated", "log2OfNegated", "sqrtOfNegated", "log1mexp"};

  static ScalarFunction f(String name) {
    return new ScalarFunction(T, name, double.class);
  }

  static double analytic(String name, double x) {
    switch (name) {
      case "logOfNegated": return 1 / x;
      case "log10OfNegated": return 1 / (x * Math.log(10));
      case "log2OfNegated": return 1 / (x * Math.log(2));
      case "sqrtOfNegated": return -0.5 / Math.sqrt(-x);
      default: return -Math.exp(x) / -Math.expm1(x);
    }
  }

  @Test
  void atTheBoundaryReachedFromBelowTheSlopeIsMinusInfinityInBothModes() {
    for (String name : NAMES) {
      for (double x : new double[] {0.0, -0.0}) {
        double[] minusInf = {Double.NEGATIVE_INFINITY};
        assertArrayEquals(minusInf, f(name).tangentGradient(x), 0, name + " tangent at " + x);
        assertArrayEquals(minusInf, f(name).gradient(x), 0, name + " adjoint at " + x);
      }
    }
  }

  @Test
  void belowTheBoundaryBothModesMatchTheAnalyticSlopeDifferencesAndTheDotProduct() {
    for (String name : NAMES) {
      for (double x : new double[] {-0.3, -1.7, -1e-6}) {
        double exact = analytic(name, x);
        assertEquals(exact, f(name).tangentGradient(x)[0], 1e-14 * Math.abs(exact), name + " tangent at " + x);
        assertEquals(exact, f(name).gradient(x)[0], 1e-14 * Math.abs(exact), name + " adjoint at " + x);
        JacobianCheck.checkScalar(f(name), x);
      }
    }
  }
}
