package dev.leibniz.corpus.peers12;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The twelfth peer round").
 * Source: TensorFlow Probability (tensorflow/probability on GitHub), tensorflow_probability/python/math/generic.py at
 * commit 059d789a6db12e7b288679014c218327cceaf623 and generic_test.py at commit
 * 01e88cd7257e521949c8f824659f584fddc92e63: the functions whose gradients the tests take (SoftThresholdTest,
 * SoftplusInverseTest, LogAddExpTest, LogSubExpTest, Log1mexpTest, LogCoshTest, Smootherstep,
 * ReduceWeightedLogSumExp, LogCombinationsTest, reduce_logmeanexp, sqrt1pm1), each as generic.py computes it, with
 * TensorFlow's softplus kernel (tensorflow/core/kernels/softplus_op.h: its thresholds at log(eps) + 2).
 * Licence: Apache-2.0. Copyright 2018 The TensorFlow Probability Authors. Written here in Java from the Python
 * definitions; no code was copied verbatim.
 * Translation: tensors are double / double[] / double[][]; tf.where(c, a, b) evaluates both sides (both computed into
 * locals before the conditional, as there); tf.maximum / tf.minimum are Math.max / Math.min; tf.sign is Math.signum;
 * tf.clip_by_value(x, lo, hi) is max(min(x, hi), lo) (its minimum first); lgamma is Hipparchus' Gamma.logGamma;
 * axis = -1 of a matrix is a loop over each row; the custom gradient of log_cosh (tanh) is not ported: its
 * implementation is differentiated, as a Java user's would be.
 */

import dev.leibniz.Differentiable;
import org.hipparchus.special.Gamma;

public final class TfpMath {
  private TfpMath() {}

  /** float64's log(eps) + 2, softplus_op.h's and softplus_inverse's threshold. */
  private static final double THRESHOLD = Math.log(Math.ulp(1.0)) + 2;

  /** tf.math.softplus as softplus_op.h: x beyond -threshold, exp(x) below threshold, log1p(exp(x)) between. */
  static double tfSoftplus(double x) {
    boolean tooLarge = x > -THRESHOLD;
    boolean tooSmall = x < THRESHOLD;
    double e = Math.exp(x);
    double mid = Math.log1p(e);
    double small = tooSmall ? e : mid;
    return tooLarge ? x : small;
  }

  /** soft_threshold(x, threshold) = sign(x) * maximum(abs(x) - threshold, 0). */
  @Differentiable
  public static double softThreshold(double x, double threshold) {
    return Math.signum(x) * Math.max(Math.abs(x) - threshold, 0.0);
  }

  /** softplus_inverse: log(x) when too small, x when too large, else x' + log(-expm1(-x')) with x' = 1 there. */
  @Differentiable
  public static double softplusInverse(double x) {
    boolean tooSmall = x < Math.exp(THRESHOLD);
    boolean tooLarge = x > -THRESHOLD;
    double tooSmallValue = Math.log(x);
    double tooLargeValue = x;
    double safe = tooSmall || tooLarge ? 1.0 : x;
    double y = safe + Math.log(-Math.expm1(-safe));
    double inner = tooLarge ? tooLargeValue : y;
    return tooSmall ? tooSmallValue : inner;
  }

  /** log_add_exp(x, y) = larger + softplus((x - larger) + (y - larger)), larger = maximum(x, y). */
  @Differentiable
  public static double logAddExp(double x, double y) {
    double larger = Math.max(x, y);
    return larger + tfSoftplus((x - larger) + (y - larger));
  }

  static double log1mexpOf(double x) {
    x = Math.abs(x);
    double small = Math.log(-Math.expm1(-x));
    double large = Math.log1p(-Math.exp(-x));
    return x < Math.log(2) ? small : large;
  }

  /** log1mexp(x) = log(1 - exp(-|x|)), switching at log 2 (Mächler). */
  @Differentiable
  public static double log1mexp(double x) {
    return log1mexpOf(x);
  }

  /** log_sub_exp(x, y) = larger + log1mexp(maximum(larger - smaller, 0)). */
  @Differentiable
  public static double logSubExp(double x, double y) {
    double larger = Math.max(x, y);
    double smaller = Math.min(x, y);
    return larger + log1mexpOf(Math.max(larger - smaller, 0.0));
  }

  /** _log_cosh_impl: |x| + softplus(-2|x|) - log 2, or exp(log|x| + log1p(-x^2 / 6)) for |x| <= 45 tiny^(1/6). */
  @Differentiable
  public static double logCosh(double x) {
    double absX = Math.abs(x);
    double logcosh = absX + tfSoftplus(-2 * absX) - Math.log(2);
    double bound = 45. * Math.pow(Double.MIN_NORMAL, 1 / 6.);
    double small = Math.exp(Math.log(absX) + Math.log1p(-(absX * absX) / 6.));
    return absX <= bound ? small : logcosh;
  }

  /** smootherstep(x): x clipped to [0, 1], then x^3 (6 x^2 - 15 x + 10). */
  @Differentiable
  public static double smootherstep(double x) {
    x = Math.max(Math.min(x, 1.0), 0.0);
    return Math.pow(x, 3.) * (6. * Math.pow(x, 2.) - 15. * x + 10.);
  }

  /** sqrt1pm1(x) = expm1(0.5 * log1p(x)). */
  @Differentiable
  public static double sqrt1pm1(double x) {
    return Math.expm1(0.5 * Math.log1p(x));
  }

  /** reduce_weighted_logsumexp(logx, w, axis=-1): log|sum w exp(logx)| row by row, shifted by the row's max. */
  @Differentiable
  public static void reduceWeightedLogsumexp(double[][] logx, double[][] w, double[] out) {
    for (int i = 0; i < logx.length; i++) {
      int n = logx[i].length;
      double[] logAbsWx = new double[n];
      double max = Double.NEGATIVE_INFINITY;
      for (int j = 0; j < n; j++) {
        logAbsWx[j] = logx[i][j] + Math.log(Math.abs(w[i][j]));
        max = Math.max(max, logAbsWx[j]);
      }
      if (Double.isInfinite(max)) max = 0;
      double sum = 0;
      for (int j = 0; j < n; j++) sum += Math.signum(w[i][j]) * Math.exp(logAbsWx[j] - max);
      double sgn = Math.signum(sum);
      out[i] = max + Math.log(sgn * sum);
    }
  }

  /** reduce_logmeanexp(x) over all entries: reduce_logsumexp(x) - log(n). */
  @Differentiable
  public static double reduceLogmeanexp(double[] x) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : x) max = Math.max(max, v);
    double sum = 0;
    for (double v : x) sum += Math.exp(v - max);
    return max + Math.log(sum) - Math.log(x.length);
  }

  /** log_combinations(n, counts) = lgamma(n + 1) - sum(lgamma(counts + 1)), one n per row of counts. */
  @Differentiable
  public static void logCombinations(double[] n, double[][] counts, double[] out) {
    for (int i = 0; i < n.length; i++) {
      double total = Gamma.logGamma(n[i] + 1);
      for (double c : counts[i]) total -= Gamma.logGamma(c + 1);
      out[i] = total;
    }
  }
}
