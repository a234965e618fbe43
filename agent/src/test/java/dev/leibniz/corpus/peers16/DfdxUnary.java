package dev.leibniz.corpus.peers16;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The sixteenth peer round").
 * Source: dfdx (coreylowman/dfdx on GitHub) at commit 4722a99d303f347d6088d95867d007c75ca6dd78, the `mod tests` of
 * dfdx-core/src/tensor_ops/{abs, accurate_gelu, clamp, cos, exp, fast_gelu, ln, nans_to, negate, pow, prelu, recip,
 * relu, sigmoid, sin, sqrt, square, tanh}: the function each test differentiates, as the test composes it, with each
 * op's forward formula of its cpu_kernel.rs (accurate_gelu `0.5 x (1 + erf(x / sqrt 2))`, fast_gelu's tanh form with
 * 0.044715, clamp as num_traits' `clamp` (`x < min ? min : x > max ? max : x`), prelu as `x < 0 ? a x : x`, relu as
 * `x.max(0)`, nans_to as `is_nan ? v : x`, sigmoid `1 / (1 + exp(-x))`).
 * Licence: MIT OR Apache-2.0 (LICENSE-MIT and LICENSE-APACHE; MIT chosen). Copyright (c) 2022 Corey Lowman.
 * "Permission is hereby granted, free of charge, to any person obtaining a copy of this software ... The above
 * copyright notice and this permission notice shall be included in all copies or substantial portions of the
 * Software." Written here in Java from the Rust tests.
 * Translation: dfdx's test tensors (f32 by default) are double arrays, row index first; `r.mean().backward()` is the
 * mean of the op over the array, `r.exp().mean()` the mean of its exponentials (the tests add exp "to cover cases where
 * the op uses the result's gradient"); each op by its dfdx name (a passive String); erf is Hipparchus' Erf.erf.
 */

import dev.leibniz.Differentiable;
import org.hipparchus.special.Erf;

public final class DfdxUnary {
  private DfdxUnary() {}

  private static final double FRAC_1_SQRT_2 = 1 / Math.sqrt(2);
  private static final double SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);

  static double apply(String op, double x) {
    switch (op) {
      case "abs":
        return Math.abs(x);
      case "accurate_gelu":
        return 0.5 * x * (1 + Erf.erf(x * FRAC_1_SQRT_2));
      case "cos":
        return Math.cos(x);
      case "exp":
        return Math.exp(x);
      case "fast_gelu":
        {
          double alpha = x + 0.044715 * x * x * x;
          return 0.5 * x * (1 + Math.tanh(SQRT_2_OVER_PI * alpha));
        }
      case "ln":
        return Math.log(x);
      case "negate":
        return -x;
      case "recip":
        return 1 / x;
      case "relu":
        return Math.max(x, 0);
      case "sigmoid":
        return 1 / (1 + Math.exp(-x));
      case "sin":
        return Math.sin(x);
      case "sqrt":
        return Math.sqrt(x);
      case "square":
        return x * x;
      case "tanh":
        return Math.tanh(x);
      default:
        throw new IllegalArgumentException(op);
    }
  }

  /** test_abs, test_cos, test_exp, test_ln, test_recip, test_sigmoid, test_sin, test_sqrt, test_square, test_tanh. */
  @Differentiable
  public static double mean(String op, double[] x) {
    double s = 0;
    for (double v : x) s += apply(op, v);
    return s / x.length;
  }

  /** test_accurate_gelu, test_fast_gelu, test_relu, test_1d_neg: r.exp().mean(). */
  @Differentiable
  public static double expMean(String op, double[] x) {
    double s = 0;
    for (double v : x) s += Math.exp(apply(op, v));
    return s / x.length;
  }

  /** test_clamp: t.clamp(-1, 1).exp().mean() over a 2x3 tensor, num_traits' clamp. */
  @Differentiable
  public static double clampExpMean(double[][] t, double min, double max) {
    double s = 0;
    int n = 0;
    for (double[] row : t) {
      for (double x : row) {
        double c = x < min ? min : x > max ? max : x;
        s += Math.exp(c);
        n++;
      }
    }
    return s / n;
  }

  /** test_powf_positive / test_powf_negative: x.powf(p).sum(). */
  @Differentiable
  public static double powfSum(double[] t, double p) {
    double s = 0;
    for (double x : t) s += Math.pow(x, p);
    return s;
  }

  /** test_powi_positive / test_powi_negative: x.powi(n).sum() with an int exponent. */
  @Differentiable
  public static double powiSum(double[] t, int n) {
    double s = 0;
    for (double x : t) s += Math.pow(x, n);
    return s;
  }

  /** test_prelu: x.prelu(y).exp().mean(), the slope y an array of its own. */
  @Differentiable
  public static double preluExpMean(double[] x, double[] a) {
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      double r = x[i] < 0 ? a[i] * x[i] : x[i];
      s += Math.exp(r);
    }
    return s / x.length;
  }

  /** test_nans_1d: t.nans_to(0).exp().mean(). */
  @Differentiable
  public static double nansToExpMean(double[] t, double value) {
    double s = 0;
    for (double x : t) s += Math.exp(Double.isNaN(x) ? value : x);
    return s / t.length;
  }
}
