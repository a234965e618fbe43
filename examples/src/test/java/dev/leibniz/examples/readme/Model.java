package dev.leibniz.examples.readme;

import dev.leibniz.DerivativeRules;
import dev.leibniz.Differentiable;
import org.hipparchus.special.Gamma;

/**
 * The {@code Model} of the README's snippets after its first section ("Rules", "Checking
 * derivatives in your tests", the serialisable companions of "Typed facades", "Second order and
 * Jacobians"), run by {@link ReadmeExamplesTest}; ReadmeSnippetsTest checks that the README's
 * lines are these.
 */
@DerivativeRules(GammaRules.class)
class Model {
  @Differentiable
  static double logBeta(double a, double b) {
    return Gamma.logGamma(a) + Gamma.logGamma(b) - Gamma.logGamma(a + b);
  }

  private final double stiffness;

  Model(double stiffness) {
    this.stiffness = stiffness;
  }

  /** Half the stiffness times the sum of squares; the stiffness is the receiver's, held fixed. */
  @Differentiable
  public double energy(double[] x) {
    double e = 0;
    for (double xi : x) {
      e += 0.5 * stiffness * xi * xi;
    }
    return e;
  }

  /** The squared residuals of the line w[0] + w[1] t through the points (t, data[t]), t < n. */
  @Differentiable
  static double loss(double[] w, double[] data, int n) {
    double s = 0;
    for (int t = 0; t < n; t++) {
      double r = w[0] + w[1] * t - data[t];
      s += r * r;
    }
    return s;
  }

  /** The sum over i < n of data[i] x[i]^2 x[(i + 1) % n]. */
  @Differentiable(order = 2)
  static double energy(double[] x, double[] data, int n) {
    double e = 0;
    for (int i = 0; i < n; i++) {
      e += data[i] * x[i] * x[i] * x[(i + 1) % n];
    }
    return e;
  }

  @Differentiable(order = 2)
  static double f(double a, double b) {
    return a * Math.sin(b);
  }
}
