package dev.leibniz.corpus.peers7;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The seventh peer round").
 * Source: Stan Math (stan-dev/math on GitHub), the double versions of the log densities and cumulative distribution
 * functions in stan/math/prim/prob that no earlier round took: cauchy_lpdf, cauchy_cdf, logistic_lpdf, logistic_cdf,
 * double_exponential_lpdf (commit 02bcffca: -log 2 - log sigma - |y - mu| / sigma), double_exponential_cdf (the branch
 * y < mu), lognormal_lpdf, lognormal_cdf (0 at y = 0, erfc otherwise), weibull_lpdf and weibull_cdf (with
 * multiply_log's `a == 0 && b == 0` case), frechet_lpdf, pareto_lpdf (LOG_ZERO below y_min), gumbel_lpdf, skew_normal_lpdf
 * (log erfc), exponential_lpdf and exponential_lccdf, rayleigh_lpdf; each with its check_* argument checks. The points
 * are the valid_values of Stan's distribution tests (test/prob/<name>/<name>_test.hpp at commits 0507776d, 02bee118,
 * 1c69ea1d, 07fa998b, 2af15f66, 07c5edb5: AgradDistributionTest differentiates each log density in every argument at
 * these points) and the points of their Cumulative tests; points on a boundary of the support (exponential_cdf at 0,
 * weibull_cdf at 0), where central differences leave the domain, are left out.
 * Licence: BSD-3-Clause (Copyright (c) 2011-2024, Stan Developers and their Assignees).
 * Translation (written here in Java; no comments copied): check_* errors as IllegalArgumentException; the scalar
 * signatures (Stan's vectorised forms reduce to these for scalars); LOG_ZERO as Double.NEGATIVE_INFINITY; LOG_PI,
 * LOG_TWO and NEG_LOG_SQRT_TWO_PI as constants; erfc through Hipparchus' Erf.erfc (Stan uses std::erfc);
 * multiply_log(a, b) as `a == 0 && b == 0 ? 0 : a * Math.log(b)`; square as x * x.
 */

import dev.leibniz.Differentiable;
import org.hipparchus.special.Erf;

public final class StanDistributions {
  private StanDistributions() {}

  static final double LOG_PI = Math.log(Math.PI);
  static final double LOG_TWO = Math.log(2.0);
  static final double NEG_LOG_SQRT_TWO_PI = -0.5 * Math.log(2 * Math.PI);
  static final double SQRT_TWO = Math.sqrt(2.0);

  static void checkFinite(String function, String name, double v) {
    if (!Double.isFinite(v)) throw new IllegalArgumentException(function + ": " + name + " is " + v + ", but must be finite!");
  }

  static void checkPositiveFinite(String function, String name, double v) {
    if (!(v > 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(function + ": " + name + " is " + v + ", but must be positive finite!");
    }
  }

  static void checkNotNan(String function, String name, double v) {
    if (Double.isNaN(v)) throw new IllegalArgumentException(function + ": " + name + " is nan");
  }

  static void checkNonnegative(String function, String name, double v) {
    if (!(v >= 0)) throw new IllegalArgumentException(function + ": " + name + " is " + v + ", but must be nonnegative!");
  }

  static double multiplyLog(double a, double b) {
    if (a == 0 && b == 0) return 0;
    return a * Math.log(b);
  }

  @Differentiable
  public static double cauchyLpdf(double y, double mu, double sigma) {
    checkNotNan("cauchy_lpdf", "Random variable", y);
    checkFinite("cauchy_lpdf", "Location parameter", mu);
    checkPositiveFinite("cauchy_lpdf", "Scale parameter", sigma);
    double z = (y - mu) / sigma;
    return -LOG_PI - Math.log(sigma) - Math.log1p(z * z);
  }

  @Differentiable
  public static double cauchyCdf(double y, double mu, double sigma) {
    checkNotNan("cauchy_cdf", "Random variable", y);
    checkFinite("cauchy_cdf", "Location parameter", mu);
    checkPositiveFinite("cauchy_cdf", "Scale parameter", sigma);
    if (y == Double.NEGATIVE_INFINITY) return 0;
    if (y == Double.POSITIVE_INFINITY) return 1;
    return Math.atan((y - mu) / sigma) / Math.PI + 0.5;
  }

  @Differentiable
  public static double logisticLpdf(double y, double mu, double sigma) {
    checkFinite("logistic_lpdf", "Random variable", y);
    checkFinite("logistic_lpdf", "Location parameter", mu);
    checkPositiveFinite("logistic_lpdf", "Scale parameter", sigma);
    double z = (y - mu) / sigma;
    return -z - Math.log(sigma) - 2.0 * Math.log1p(Math.exp(-z));
  }

  @Differentiable
  public static double logisticCdf(double y, double mu, double sigma) {
    checkNotNan("logistic_cdf", "Random variable", y);
    checkFinite("logistic_cdf", "Location parameter", mu);
    checkPositiveFinite("logistic_cdf", "Scale parameter", sigma);
    if (y == Double.NEGATIVE_INFINITY) return 0;
    return 1.0 / (1.0 + Math.exp(-(y - mu) / sigma));
  }

  @Differentiable
  public static double doubleExponentialLpdf(double y, double mu, double sigma) {
    checkFinite("double_exponential_lpdf", "Random variable", y);
    checkFinite("double_exponential_lpdf", "Location parameter", mu);
    checkPositiveFinite("double_exponential_lpdf", "Scale parameter", sigma);
    double invSigma = 1 / sigma;
    return -LOG_TWO - Math.log(sigma) - Math.abs(y - mu) * invSigma;
  }

  @Differentiable
  public static double doubleExponentialCdf(double y, double mu, double sigma) {
    checkNotNan("double_exponential_cdf", "Random variable", y);
    checkFinite("double_exponential_cdf", "Location parameter", mu);
    checkPositiveFinite("double_exponential_cdf", "Scale parameter", sigma);
    double scaled = (y - mu) / sigma;
    double expScaled = Math.exp(-Math.abs(scaled));
    if (y < mu) return 0.5 * expScaled;
    return 1.0 - 0.5 * expScaled;
  }

  @Differentiable
  public static double lognormalLpdf(double y, double mu, double sigma) {
    checkNonnegative("lognormal_lpdf", "Random variable", y);
    checkFinite("lognormal_lpdf", "Location parameter", mu);
    checkPositiveFinite("lognormal_lpdf", "Scale parameter", sigma);
    if (y == 0) return Double.NEGATIVE_INFINITY;
    double logY = Math.log(y);
    double d = logY - mu;
    return NEG_LOG_SQRT_TWO_PI - Math.log(sigma) - logY - d * d / (2.0 * sigma * sigma);
  }

  @Differentiable
  public static double lognormalCdf(double y, double mu, double sigma) {
    checkNonnegative("lognormal_cdf", "Random variable", y);
    checkFinite("lognormal_cdf", "Location parameter", mu);
    checkPositiveFinite("lognormal_cdf", "Scale parameter", sigma);
    if (y == 0) return 0;
    double scaledDiff = (Math.log(y) - mu) / (sigma * SQRT_TWO);
    return 0.5 * Erf.erfc(-scaledDiff);
  }

  @Differentiable
  public static double weibullLpdf(double y, double alpha, double sigma) {
    checkFinite("weibull_lpdf", "Random variable", y);
    checkPositiveFinite("weibull_lpdf", "Shape parameter", alpha);
    checkPositiveFinite("weibull_lpdf", "Scale parameter", sigma);
    if (y < 0) return Double.NEGATIVE_INFINITY;
    return Math.log(alpha) + multiplyLog(alpha - 1.0, y) - multiplyLog(alpha, sigma) - Math.pow(y / sigma, alpha);
  }

  @Differentiable
  public static double weibullCdf(double y, double alpha, double sigma) {
    checkNonnegative("weibull_cdf", "Random variable", y);
    checkPositiveFinite("weibull_cdf", "Shape parameter", alpha);
    checkPositiveFinite("weibull_cdf", "Scale parameter", sigma);
    return 1.0 - Math.exp(-Math.pow(y / sigma, alpha));
  }

  @Differentiable
  public static double frechetLpdf(double y, double alpha, double sigma) {
    checkPositiveFinite("frechet_lpdf", "Random variable", y);
    checkPositiveFinite("frechet_lpdf", "Shape parameter", alpha);
    checkPositiveFinite("frechet_lpdf", "Scale parameter", sigma);
    return Math.log(alpha) + multiplyLog(alpha, sigma) - multiplyLog(alpha + 1, y) - Math.pow(sigma / y, alpha);
  }

  @Differentiable
  public static double frechetCdf(double y, double alpha, double sigma) {
    checkPositiveFinite("frechet_cdf", "Random variable", y);
    checkPositiveFinite("frechet_cdf", "Shape parameter", alpha);
    checkPositiveFinite("frechet_cdf", "Scale parameter", sigma);
    return Math.exp(-Math.pow(sigma / y, alpha));
  }

  @Differentiable
  public static double paretoLpdf(double y, double yMin, double alpha) {
    checkNotNan("pareto_lpdf", "Random variable", y);
    checkPositiveFinite("pareto_lpdf", "Scale parameter", yMin);
    checkPositiveFinite("pareto_lpdf", "Shape parameter", alpha);
    if (y < yMin) return Double.NEGATIVE_INFINITY;
    return Math.log(alpha) + multiplyLog(alpha, yMin) - multiplyLog(alpha + 1.0, y);
  }

  @Differentiable
  public static double gumbelLpdf(double y, double mu, double beta) {
    checkNotNan("gumbel_lpdf", "Random variable", y);
    checkFinite("gumbel_lpdf", "Location parameter", mu);
    checkPositiveFinite("gumbel_lpdf", "Scale parameter", beta);
    double scaled = (y - mu) / beta;
    return -Math.log(beta) - scaled - Math.exp(-scaled);
  }

  @Differentiable
  public static double skewNormalLpdf(double y, double mu, double sigma, double alpha) {
    checkNotNan("skew_normal_lpdf", "Random variable", y);
    checkFinite("skew_normal_lpdf", "Location parameter", mu);
    checkPositiveFinite("skew_normal_lpdf", "Scale parameter", sigma);
    checkFinite("skew_normal_lpdf", "Shape parameter", alpha);
    double diff = (y - mu) / sigma;
    return NEG_LOG_SQRT_TWO_PI - Math.log(sigma) - 0.5 * diff * diff + Math.log(Erf.erfc(-alpha * diff / SQRT_TWO));
  }

  @Differentiable
  public static double exponentialLpdf(double y, double beta) {
    checkNonnegative("exponential_lpdf", "Random variable", y);
    checkPositiveFinite("exponential_lpdf", "Inverse scale parameter", beta);
    return Math.log(beta) - beta * y;
  }

  @Differentiable
  public static double exponentialLccdf(double y, double beta) {
    checkNonnegative("exponential_lccdf", "Random variable", y);
    checkPositiveFinite("exponential_lccdf", "Inverse scale parameter", beta);
    return -beta * y;
  }

  @Differentiable
  public static double rayleighLpdf(double y, double sigma) {
    checkPositiveFinite("rayleigh_lpdf", "Scale parameter", sigma);
    checkPositiveFinite("rayleigh_lpdf", "Random variable", y);
    double invSigma = 1 / sigma;
    double yOverSigma = y * invSigma;
    return -2.0 * Math.log(sigma) - 0.5 * yOverSigma * yOverSigma + Math.log(y);
  }
}
