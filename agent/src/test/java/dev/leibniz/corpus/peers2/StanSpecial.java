package dev.leibniz.corpus.peers2;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The second peer round").
 * Source: Stan Math (stan-dev/math on GitHub): stan/math/prim/fun/log_modified_bessel_first_kind.hpp (commit 0695eec7;
 * Copyright (c) 2006 Xiaogang Zhang, 2007, 2017 John Maddock, from Boost's bessel_i0/i1, Boost Software Licence 1.0,
 * in Stan Math under BSD-3-Clause), which test/unit/math/mix/fun/log_modified_bessel_first_kind_test.cpp
 * differentiates, and the double versions of stan/math/prim/fun/softmax.hpp and log_softmax.hpp.
 * Licence: BSD-3-Clause (Stan Math; Copyright (c) 2011-2024, Stan Developers and their Assignees) and BSL-1.0 (the
 * Boost rational approximations, permissive).
 * Translation (written here in Java; no comments copied): boost's evaluate_polynomial as Horner's rule over the
 * coefficient array (lowest degree first), multiply_log(a, b) as a * log(b) (0 when both are 0), lgamma as Hipparchus'
 * Gamma.logGamma, log_sum_exp and log1p_exp as StanMath's; the do-while that adds series terms until the sum stops
 * changing kept as it is (its trip count depends on the values); the check_* errors IllegalArgumentException.
 * softmax: Eigen's (v - max).exp() / sum as loops writing a new array through a helper; log_softmax: v - log_sum_exp(v)
 * calling StanLogSumExp.
 */

import dev.leibniz.Differentiable;
import org.hipparchus.special.Gamma;

public final class StanSpecial {
  private StanSpecial() {}

  static final double LOG_TWO = Math.log(2.0);
  static final double TWO_PI = 2 * Math.PI;
  static final double EPSILON = Math.ulp(1.0);

  private static final double[] I0_SMALL = {1.00000000000000000e+00, 2.49999999999999909e-01,
      2.77777777777782257e-02, 1.73611111111023792e-03, 6.94444444453352521e-05, 1.92901234513219920e-06,
      3.93675991102510739e-08, 6.15118672704439289e-10, 7.59407002058973446e-12, 7.59389793369836367e-14,
      6.27767773636292611e-16, 4.34709704153272287e-18, 2.63417742690109154e-20, 1.13943037744822825e-22,
      9.07926920085624812e-25};
  private static final double[] I0_MEDIUM = {3.98942280401425088e-01, 4.98677850604961985e-02,
      2.80506233928312623e-02, 2.92211225166047873e-02, 4.44207299493659561e-02, 1.30970574605856719e-01,
      -3.35052280231727022e+00, 2.33025711583514727e+02, -1.13366350697172355e+04, 4.24057674317867331e+05,
      -1.23157028595698731e+07, 2.80231938155267516e+08, -5.01883999713777929e+09, 7.08029243015109113e+10,
      -7.84261082124811106e+11, 6.76825737854096565e+12, -4.49034849696138065e+13, 2.24155239966958995e+14,
      -8.13426467865659318e+14, 2.02391097391687777e+15, -3.08675715295370878e+15, 2.17587543863819074e+15};
  private static final double[] I0_LARGE = {3.98942280401432905e-01, 4.98677850491434560e-02,
      2.80506308916506102e-02, 2.92179096853915176e-02, 4.53371208762579442e-02};
  private static final double[] I1_SMALL = {8.333333333333333803e-02, 6.944444444444341983e-03,
      3.472222222225921045e-04, 1.157407407354987232e-05, 2.755731926254790268e-07, 4.920949692800671435e-09,
      6.834657311305621830e-11, 7.593969849687574339e-13, 6.904822652741917551e-15, 5.220157095351373194e-17,
      3.410720494727771276e-19, 1.625212890947171108e-21, 1.332898928162290861e-23};
  private static final double[] I1_MEDIUM = {3.989422804014406054e-01, -1.496033551613111533e-01,
      -4.675104253598537322e-02, -4.090895951581637791e-02, -5.719036414430205390e-02, -1.528189554374492735e-01,
      3.458284470977172076e+00, -2.426181371595021021e+02, 1.178785865993440669e+04, -4.404655582443487334e+05,
      1.277677779341446497e+07, -2.903390398236656519e+08, 5.192386898222206474e+09, -7.313784438967834057e+10,
      8.087824484994859552e+11, -6.967602516005787001e+12, 4.614040809616582764e+13, -2.298849639457172489e+14,
      8.325554073334618015e+14, -2.067285045778906105e+15, 3.146401654361325073e+15, -2.213318202179221945e+15};
  private static final double[] I1_LARGE = {3.989422804014314820e-01, -1.496033551467584157e-01,
      -4.675105322571775911e-02, -4.090421597376992892e-02, -5.843630344778927582e-02};

  static double evaluate_polynomial(double[] p, double x) {
    double r = p[p.length - 1];
    for (int i = p.length - 2; i >= 0; i--) {
      r = r * x + p[i];
    }
    return r;
  }

  static double multiply_log(double a, double b) {
    if (b == 0.0 && a == 0.0) {
      return 0.0;
    }
    return a * Math.log(b);
  }

  @Differentiable
  public static double log_modified_bessel_first_kind(double v, double z) {
    if (Double.isNaN(v) || Double.isNaN(z)) {
      throw new IllegalArgumentException("log_modified_bessel_first_kind: argument is nan");
    }
    if (z < 0) {
      throw new IllegalArgumentException("log_modified_bessel_first_kind: second argument is " + z);
    }
    if (v < -1) {
      throw new IllegalArgumentException("log_modified_bessel_first_kind: first argument is " + v);
    }
    if (z == 0) {
      if (v == 0) {
        return 0.0;
      }
      if (v > 0) {
        return Double.NEGATIVE_INFINITY;
      }
      return Double.POSITIVE_INFINITY;
    }
    if (Double.isInfinite(z)) {
      return z;
    }
    if (v == 0) {
      if (z < 7.75) {
        return StanMath.log1p_exp(multiply_log(2, z) - Math.log(4.0)
            + Math.log(evaluate_polynomial(I0_SMALL, 0.25 * z * z)));
      }
      if (z < 500) {
        return z + Math.log(evaluate_polynomial(I0_MEDIUM, 1 / z)) - multiply_log(0.5, z);
      }
      return z + Math.log(evaluate_polynomial(I0_LARGE, 1 / z)) - multiply_log(0.5, z);
    }
    if (v == 1) {
      if (z < 7.75) {
        double a = z * z * 0.25;
        double[] q = {1, 0.5, evaluate_polynomial(I1_SMALL, a)};
        return Math.log(z) + Math.log(evaluate_polynomial(q, a)) - LOG_TWO;
      }
      if (z < 500) {
        return z + Math.log(evaluate_polynomial(I1_MEDIUM, 1 / z)) - multiply_log(0.5, z);
      }
      return z + Math.log(evaluate_polynomial(I1_LARGE, 1 / z)) - multiply_log(0.5, z);
    }
    if (z > 100) {
      double lim = Math.pow((v * v + 2.5) / (2 * z), 3) / 24;
      if (lim < (EPSILON * 10)) {
        double s = 1;
        double mu = 4 * v * v;
        double ex = 8 * z;
        double num = mu - 1;
        double denom = ex;
        s -= num / denom;
        num *= mu - 9;
        denom *= ex * 2;
        s += num / denom;
        num *= mu - 25;
        denom *= ex * 3;
        s -= num / denom;
        s = z - Math.log(Math.sqrt(z * TWO_PI)) + Math.log(s);
        return s;
      }
    }
    double logHalfZ = Math.log(0.5 * z);
    double lgam = v > -1 ? Gamma.logGamma(v + 1.0) : 0;
    double lcons = (2.0 + v) * logHalfZ;
    double out;
    if (v > -1) {
      out = StanMath.log_sum_exp(v * logHalfZ - lgam, lcons - Gamma.logGamma(v + 2));
      lgam += Math.log1p(v);
    } else {
      out = lcons;
    }
    double m = 2;
    double lfac = 0;
    double oldOut;
    do {
      lfac += Math.log(m);
      lgam += Math.log(v + m);
      lcons += 2 * logHalfZ;
      oldOut = out;
      out = StanMath.log_sum_exp(out, lcons - lfac - lgam);
      m++;
    } while (out > oldOut || out < oldOut);
    return out;
  }

  private static void expShifted(double[] v, double shift, double[] out) {
    for (int i = 0; i < v.length; i++) {
      out[i] = Math.exp(v[i] - shift);
    }
  }

  @Differentiable
  public static double[] softmax(double[] v) {
    if (v.length == 0) {
      return v;
    }
    double max = v[0];
    for (int i = 1; i < v.length; i++) {
      if (v[i] > max) {
        max = v[i];
      }
    }
    double[] theta = new double[v.length];
    expShifted(v, max, theta);
    double sum = 0;
    for (double t : theta) {
      sum += t;
    }
    for (int i = 0; i < theta.length; i++) {
      theta[i] = theta[i] / sum;
    }
    return theta;
  }

  @Differentiable
  public static double[] log_softmax(double[] v) {
    double lse = StanLogSumExp.log_sum_exp(v);
    double[] out = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = v[i] - lse;
    }
    return out;
  }
}
