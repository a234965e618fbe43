package dev.leibniz.examples.library;

import dev.leibniz.RulesFor;
import org.hipparchus.special.Gamma;

/** A user rule: the derivative of log Gamma is digamma (README, "Rules"). */
@RulesFor(Gamma.class)
public final class GammaRules {
  private GammaRules() {}

  public static double logGamma$tangent(double x, double dx) {
    return Gamma.digamma(x) * dx;
  }

  public static double logGamma$adjoint(double x, double seed, double[] xbar) {
    xbar[0] += seed * Gamma.digamma(x);
    return Gamma.logGamma(x);
  }
}
