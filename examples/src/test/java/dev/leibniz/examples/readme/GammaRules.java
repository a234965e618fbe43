package dev.leibniz.examples.readme;

import dev.leibniz.RulesFor;
import org.hipparchus.special.Gamma;

/** The README's rule (section "Rules: derivatives written by hand"), verbatim: ReadmeSnippetsTest checks it. */
@RulesFor(Gamma.class)
public final class GammaRules {
  public static double logGamma$tangent(double x, double dx) {
    return Gamma.digamma(x) * dx;
  }

  public static double logGamma$adjoint(double x, double seed, double[] xbar) {
    xbar[0] += seed * Gamma.digamma(x);      // adjoints accumulate
    return Gamma.logGamma(x);                 // the adjoint returns the primal result
  }
}
