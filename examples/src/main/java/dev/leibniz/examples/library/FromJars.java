package dev.leibniz.examples.library;

import dev.leibniz.Differentiable;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.special.Erf;
import org.hipparchus.special.Gamma;

/**
 * Marked one-line wrappers over unmodified Hipparchus code (the hipparchus-core jar) and no user rule:
 * every derivative comes from the library's own bytecode, read through the class loader. (Library,
 * beside, has a rule for {@code Gamma.logGamma}; this class deliberately has none.)
 */
public final class FromJars {
  /** The standard deviation of {@link #normalCdf}'s distribution. */
  public static final double SIGMA = 1.5;

  private FromJars() {}

  /** Hipparchus' log Gamma (Lanczos and series branches inside); its derivative is digamma. */
  @Differentiable
  public static double logGamma(double x) {
    return Gamma.logGamma(x);
  }

  /** Hipparchus' error function (continued fractions of the regularized gamma functions inside). */
  @Differentiable
  public static double erf(double x) {
    return Erf.erf(x);
  }

  /** A normal distribution's CDF: the distribution object is created, used and dropped here. */
  @Differentiable
  public static double normalCdf(double x, double mean) {
    return new NormalDistribution(mean, SIGMA).cumulativeProbability(x);
  }
}
