package dev.leibniz.corpus.peers5;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The fifth peer round").
 * Source: Stan Math (stan-dev/math on GitHub), the double versions of functions the second peer round did not take:
 * stan/math/prim/fun/trigamma.hpp (commit 080ecada: Schneider's AS 121, the reflection formula for negative
 * non-integers by a recursive call, 1 / x^2 below 1e-4, the recurrence while z < 5, then the asymptotic series),
 * log_mix.hpp (commit 122cc6c9: the scalar form log_sum_exp(log(theta) + lambda1, log1m(theta) + lambda2) with its
 * check_bounded and check_not_nan, and the form over a vector of theta and an array of lambda vectors, the sum over
 * n of log_sum_exp(log(theta) + lambda[n])), and the one-line functions Phi_approx (inv_logit(0.07056 x^3 + 1.5976 x)),
 * inv_cloglog (1 - exp(-exp(x))), log1m_inv_logit (by the sign of u), logit and log_inv_logit_diff (x - log1p_exp(x) +
 * log1m_exp(y - x) - log1p_exp(y)); Stan's own tests (test/unit/math/mix/fun/*_test.cpp) check their gradients with
 * its autodiff at points like the ones used here.
 * Licence: BSD-3-Clause (Copyright (c) 2011-2024, Stan Developers and their Assignees).
 * Translation (written here in Java; no comments copied): check_* errors as IllegalArgumentException, the finiteness
 * check of the 2-D lambda a labelled break out of the nested loop; log1m(x) as Math.log1p(-x); inv_square(z) as
 * 1 / (z * z); log_sum_exp of two as max plus log1p(exp(-|a - b|)), of a vector by its maximum; Eigen column vectors as
 * double[], the array of lambda vectors as double[][].
 */

import dev.leibniz.Differentiable;

public final class StanMathMore {
  private StanMathMore() {}

  @Differentiable
  public static double trigamma(double x) {
    double small = 0.0001;
    double large = 5.0;
    double b2 = 1.0 / 6.0;
    double b4 = -1.0 / 30.0;
    double b6 = 1.0 / 42.0;
    double b8 = -1.0 / 30.0;
    if (x <= 0.0 && Math.floor(x) == x) {
      return Double.POSITIVE_INFINITY;
    }
    if (x <= 0 && Math.floor(x) != x) {
      double s = Math.PI / Math.sin(-Math.PI * x);
      return -trigamma(-x + 1.0) + s * s;
    }
    if (x <= small) {
      return 1.0 / (x * x);
    }
    double z = x;
    double value = 0.0;
    while (z < large) {
      value += 1.0 / (z * z);
      z += 1.0;
    }
    double y = 1.0 / (z * z);
    value += 0.5 * y + (1.0 + y * (b2 + y * (b4 + y * (b6 + y * b8)))) / z;
    return value;
  }

  static double logSumExp(double a, double b) {
    if (a == Double.NEGATIVE_INFINITY) return b;
    if (a == Double.POSITIVE_INFINITY && b == Double.POSITIVE_INFINITY) return Double.POSITIVE_INFINITY;
    return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
  }

  static double logSumExp(double[] v) {
    double max = Double.NEGATIVE_INFINITY;
    for (double e : v) if (e > max) max = e;
    if (Double.isInfinite(max)) return max;
    double s = 0;
    for (double e : v) s += Math.exp(e - max);
    return max + Math.log(s);
  }

  static void checkBounded(String function, String name, double v, double lo, double hi) {
    if (!(v >= lo && v <= hi)) {
      throw new IllegalArgumentException(function + ": " + name + " is " + v + ", but must be in [" + lo + ", " + hi + "]");
    }
  }

  @Differentiable
  public static double logMix(double theta, double lambda1, double lambda2) {
    if (Double.isNaN(lambda1) || Double.isNaN(lambda2)) throw new IllegalArgumentException("log_mix: lambda is NaN");
    checkBounded("log_mix", "theta", theta, 0, 1);
    return logSumExp(Math.log(theta) + lambda1, Math.log1p(-theta) + lambda2);
  }

  @Differentiable
  public static double logMixVectors(double[] theta, double[][] lambda) {
    for (double t : theta) checkBounded("log_mix", "theta", t, 0, 1);
    boolean finite = true;
    check:
    for (double[] column : lambda) {
      for (double l : column) {
        if (!Double.isFinite(l)) {
          finite = false;
          break check;
        }
      }
    }
    if (!finite) throw new IllegalArgumentException("log_mix: lambda is not finite");
    double total = 0;
    double[] terms = new double[theta.length];
    for (double[] column : lambda) {
      for (int m = 0; m < theta.length; m++) terms[m] = Math.log(theta[m]) + column[m];
      total += logSumExp(terms);
    }
    return total;
  }

  static double invLogit(double u) {
    if (u < 0) {
      double expU = Math.exp(u);
      return u < -36.04365338911715 ? expU : expU / (1.0 + expU);
    }
    return 1.0 / (1.0 + Math.exp(-u));
  }

  @Differentiable
  public static double phiApprox(double x) {
    return invLogit(0.07056 * Math.pow(x, 3.0) + 1.5976 * x);
  }

  @Differentiable
  public static double invCloglog(double x) {
    return 1 - Math.exp(-Math.exp(x));
  }

  @Differentiable
  public static double log1mInvLogit(double u) {
    if (u > 0.0) {
      return -u - Math.log1p(Math.exp(-u));
    }
    return -Math.log1p(Math.exp(u));
  }

  @Differentiable
  public static double logit(double u) {
    return Math.log(u / (1 - u));
  }

  static double log1pExp(double a) {
    if (a > 0.0) return a + Math.log1p(Math.exp(-a));
    return Math.log1p(Math.exp(a));
  }

  static double log1mExp(double a) {
    if (a > 0) return Double.NaN;
    if (a > -0.693147) return Math.log(-Math.expm1(a));
    return Math.log1p(-Math.exp(a));
  }

  @Differentiable
  public static double logInvLogitDiff(double x, double y) {
    return x - log1pExp(x) + log1mExp(y - x) - log1pExp(y);
  }
}
