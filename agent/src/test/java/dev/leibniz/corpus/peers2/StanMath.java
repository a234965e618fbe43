package dev.leibniz.corpus.peers2;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The second peer round").
 * Source: Stan Math (stan-dev/math on GitHub), the double versions of stan/math/prim/fun/log1p_exp.hpp (commit
 * 03a40b55), inv_logit.hpp, log_diff_exp.hpp, binary_log_loss.hpp, log_inv_logit.hpp and log1m_exp.hpp and Phi.hpp (commit 0507776d), log_sum_exp.hpp (commit 0afdadda: the
 * two-argument form; the vector form is in StanLogSumExp, since the harness finds an entry by its name), lbeta.hpp (commit 0a2f7fd8) with lgamma_stirling_diff.hpp (commit 0a93fdcf)
 * and lgamma_stirling, and the values the densities stan/math/prim/prob/student_t_lpdf.hpp (commit 02bcffca),
 * bernoulli_logit_lpmf.hpp (commit 0f39490b), normal_lpdf, gamma_lpdf and poisson_log_lpmf compute; Stan's own unit
 * tests (test/unit/math/mix/...) check these functions' gradients with its autodiff.
 * Licence: BSD-3-Clause (Copyright (c) 2011-2024, Stan Developers and their Assignees).
 * Translation (written here in Java; no comments copied): each double function as it reads, with std::lgamma,
 * erf and erfc from Hipparchus (Gamma.logGamma, Erf.erf, Erf.erfc), log1m(x) as Math.log1p(-x), check_* errors as
 * IllegalArgumentException; the densities keep only the value (their hand-written partials are what this harness
 * checks the generated derivative against, by differences), vectorised over arrays with loops (bernoulli_logit's
 * Eigen select as if/else on each element, its n in {0, 1} an int[] turned into the sign 2n - 1); propto is false.
 */

import dev.leibniz.Differentiable;
import org.hipparchus.special.Erf;
import org.hipparchus.special.Gamma;

public final class StanMath {
  private StanMath() {}

  static final double LOG_SQRT_PI = 0.5 * Math.log(Math.PI);
  static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);
  static final double INV_SQRT_TWO = 1.0 / Math.sqrt(2.0);
  static final double LOG_ZERO = Double.NEGATIVE_INFINITY;
  static final double LGAMMA_STIRLING_DIFF_USEFUL = 10;

  private static final double[] STIRLING_SERIES = {
    0.0833333333333333333333333, -0.00277777777777777777777778,
    0.000793650793650793650793651, -0.000595238095238095238095238,
    0.000841750841750841750841751, -0.00191752691752691752691753,
    0.00641025641025641025641026, -0.0295506535947712418300654
  };

  @Differentiable
  public static double log1p_exp(double a) {
    if (a > 0.0) {
      return a + Math.log1p(Math.exp(-a));
    }
    return Math.log1p(Math.exp(a));
  }

  @Differentiable
  public static double log_inv_logit(double u) {
    if (u < 0.0) {
      return u - Math.log1p(Math.exp(u));
    }
    return -Math.log1p(Math.exp(-u));
  }

  @Differentiable
  public static double log1m_exp(double a) {
    if (a >= 0) {
      return Double.NaN;
    } else if (a > -0.693147) {
      return Math.log(-Math.expm1(a));
    } else {
      return log1m(Math.exp(a));
    }
  }

  static double log1m(double x) {
    if (x > 1) {
      throw new IllegalArgumentException("log1m: x must be <= 1, but is " + x);
    }
    return Math.log1p(-x);
  }

  static final double LOG_EPSILON = Math.log(Math.ulp(1.0));

  @Differentiable
  public static double inv_logit(double a) {
    if (a < 0) {
      double expA = Math.exp(a);
      if (a < LOG_EPSILON) {
        return expA;
      }
      return expA / (1 + expA);
    }
    return 1 / (1 + Math.exp(-a));
  }

  @Differentiable
  public static double log_diff_exp(double x, double y) {
    if (x <= y) {
      return (x < Double.POSITIVE_INFINITY && x == y) ? Double.NEGATIVE_INFINITY : Double.NaN;
    }
    return x + log1m_exp(y - x);
  }

  @Differentiable
  public static double binary_log_loss(int y, double yHat) {
    return y != 0 ? -Math.log(yHat) : -log1m(yHat);
  }

  @Differentiable
  public static double log_sum_exp(double a, double b) {
    if (a == Double.NEGATIVE_INFINITY) {
      return b;
    }
    if (a == Double.POSITIVE_INFINITY && b == Double.POSITIVE_INFINITY) {
      return Double.POSITIVE_INFINITY;
    }
    if (a > b) {
      return a + log1p_exp(b - a);
    }
    return b + log1p_exp(a - b);
  }

  @Differentiable
  public static double Phi(double x) {
    if (Double.isNaN(x)) {
      throw new IllegalArgumentException("Phi: x is nan");
    }
    if (x < -37.5) {
      return 0;
    } else if (x < -5.0) {
      return 0.5 * Erf.erfc(-INV_SQRT_TWO * x);
    } else if (x > 8.25) {
      return 1;
    } else {
      return 0.5 * (1.0 + Erf.erf(INV_SQRT_TWO * x));
    }
  }

  static double lgamma_stirling(double x) {
    return HALF_LOG_TWO_PI + (x - 0.5) * Math.log(x) - x;
  }

  static double lgamma_stirling_diff(double x) {
    if (Double.isNaN(x)) {
      return Double.NaN;
    }
    if (x < 0) {
      throw new IllegalArgumentException("lgamma_stirling_diff: argument is " + x + ", but must be nonnegative");
    }
    if (x == 0) {
      return Double.POSITIVE_INFINITY;
    }
    if (x < LGAMMA_STIRLING_DIFF_USEFUL) {
      return Gamma.logGamma(x) - lgamma_stirling(x);
    }
    final int nStirlingTerms = 6;
    double result = 0.0;
    double multiplier = 1 / x;
    double invXSquared = 1 / (x * x);
    for (int n = 0; n < nStirlingTerms; n++) {
      if (n > 0) {
        multiplier *= invXSquared;
      }
      result += STIRLING_SERIES[n] * multiplier;
    }
    return result;
  }

  @Differentiable
  public static double lbeta(double a, double b) {
    if (Double.isNaN(a) || Double.isNaN(b)) {
      return Double.NaN;
    }
    if (a < 0 || b < 0) {
      throw new IllegalArgumentException("lbeta: arguments must be nonnegative");
    }
    double x;
    double y;
    if (a < b) {
      x = a;
      y = b;
    } else {
      x = b;
      y = a;
    }
    if (x == 0) {
      return Double.POSITIVE_INFINITY;
    }
    if (Double.isInfinite(y)) {
      return Double.NEGATIVE_INFINITY;
    }
    if (y < LGAMMA_STIRLING_DIFF_USEFUL) {
      return Gamma.logGamma(x) + Gamma.logGamma(y) - Gamma.logGamma(x + y);
    }
    double xOverXy = x / (x + y);
    if (x < LGAMMA_STIRLING_DIFF_USEFUL) {
      double stirlingDiff = lgamma_stirling_diff(y) - lgamma_stirling_diff(x + y);
      double stirling = (y - 0.5) * log1m(xOverXy) + x * (1 - Math.log(x + y));
      return stirling + Gamma.logGamma(x) + stirlingDiff;
    }
    double stirlingDiff = lgamma_stirling_diff(x) + lgamma_stirling_diff(y) - lgamma_stirling_diff(x + y);
    double stirling = (x - 0.5) * Math.log(xOverXy) + y * log1m(xOverXy) + HALF_LOG_TWO_PI - 0.5 * Math.log(y);
    return stirling + stirlingDiff;
  }

  private static void checkPositiveFinite(String what, double v) {
    if (!(v > 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(what + " is " + v + ", but must be positive finite!");
    }
  }

  @Differentiable
  public static double student_t_lpdf(double y, double nu, double mu, double sigma) {
    if (Double.isNaN(y)) {
      throw new IllegalArgumentException("student_t_lpdf: Random variable is nan");
    }
    checkPositiveFinite("Degrees of freedom parameter", nu);
    if (Double.isInfinite(mu) || Double.isNaN(mu)) {
      throw new IllegalArgumentException("student_t_lpdf: Location parameter is " + mu);
    }
    checkPositiveFinite("Scale parameter", sigma);
    double halfNu = 0.5 * nu;
    double z = (y - mu) / sigma;
    double squareYScaledOverNu = z * z / nu;
    double log1pVal = Math.log1p(squareYScaledOverNu);
    double logp = -(halfNu + 0.5) * log1pVal;
    logp -= LOG_SQRT_PI;
    logp += Gamma.logGamma(halfNu + 0.5) - Gamma.logGamma(halfNu) - 0.5 * Math.log(nu);
    logp -= Math.log(sigma);
    return logp;
  }

  @Differentiable
  public static double normal_lpdf(double[] y, double mu, double sigma) {
    checkPositiveFinite("Scale parameter", sigma);
    double logp = 0;
    for (double yi : y) {
      double z = (yi - mu) / sigma;
      logp -= 0.5 * z * z;
    }
    logp -= y.length * HALF_LOG_TWO_PI;
    logp -= y.length * Math.log(sigma);
    return logp;
  }

  @Differentiable
  public static double gamma_lpdf(double[] y, double alpha, double beta) {
    checkPositiveFinite("Shape parameter", alpha);
    checkPositiveFinite("Inverse scale parameter", beta);
    for (double yi : y) {
      if (yi < 0) {
        return LOG_ZERO;
      }
    }
    int n = y.length;
    double logp = -n * Gamma.logGamma(alpha) + n * alpha * Math.log(beta);
    for (double yi : y) {
      logp += (alpha - 1.0) * Math.log(yi) - beta * yi;
    }
    return logp;
  }

  @Differentiable
  public static double poisson_log_lpmf(int[] n, double[] alpha) {
    double logp = 0;
    for (int i = 0; i < n.length; i++) {
      if (n[i] < 0) {
        throw new IllegalArgumentException("poisson_log_lpmf: Random variable is " + n[i]);
      }
      if (alpha[i] == Double.POSITIVE_INFINITY) {
        return LOG_ZERO;
      }
      if (alpha[i] == Double.NEGATIVE_INFINITY && n[i] != 0) {
        return LOG_ZERO;
      }
    }
    for (int i = 0; i < n.length; i++) {
      logp -= Gamma.logGamma(n[i] + 1.0);
      logp += n[i] * alpha[i] - Math.exp(alpha[i]);
    }
    return logp;
  }

  @Differentiable
  public static double bernoulli_logit_lpmf(int[] n, double[] theta) {
    final double cutoff = 20.0;
    double logp = 0;
    for (int i = 0; i < n.length; i++) {
      if (n[i] < 0 || n[i] > 1) {
        throw new IllegalArgumentException("bernoulli_logit_lpmf: n is " + n[i] + ", but must be in [0, 1]");
      }
      int sign = 2 * n[i] - 1;
      double ntheta = sign * theta[i];
      double expMNtheta = Math.exp(-ntheta);
      if (ntheta > cutoff) {
        logp += -expMNtheta;
      } else if (ntheta < -cutoff) {
        logp += ntheta;
      } else {
        logp += -Math.log1p(expMNtheta);
      }
    }
    return logp;
  }
}
