package dev.leibniz.corpus.peers8;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The eighth peer round").
 * Source: tinygrad (tinygrad/tinygrad on GitHub) at commit a9069c177a9da9cca18593edf55acd2e6073cca6: the ops that
 * test/backend/test_ops.py differentiates at its own values (`vals=`) and checks against PyTorch's gradients — relu as
 * tinygrad defines it and relu as maximum(x, 0) (test_relu_exact, test_relu_maximum_exact), maximum against a scalar and
 * an array, minimum against an array, prod with zeros, max() * 0.5 with ties, clip, sign, softsign, logaddexp, logcumsumexp,
 * the rounding quantiser x + 0.125 (round(x) - x), lerp, 0.7 ** x, x ** y and x ** c at zeros (test_pow_zero_tensor,
 * test_pow_zero_const), sqrt at 0, and erf — each op as tinygrad/mixin/elementwise.py and tinygrad/mixin/op.py define it
 * (relu `(x > 0).where(x, 0)`, clamp `(x < lo).where(lo, x)` then `(r > hi).where(hi, r)`, softsign `x / (1 + |x|)`,
 * logaddexp `log(exp(a - m) + exp(b - m)) + m` with m = maximum(a, b), logcumsumexp over a detached running maximum,
 * lerp `x + (y - x) * w`, erf by Abramowitz and Stegun 7.1.26 times sign(x)).
 * Licence: MIT (Copyright (c) 2024, the tiny corp).
 * Translation (written here in Java; no comments copied): tensors are double[] (double[][] for max over a 2-D array)
 * with an output array, broadcasting as a scalar parameter or index arithmetic; `where` is a ternary; sign is
 * Math.signum, round Math.rint (half to even as tinygrad's), `**` Math.pow; the detached cumulative maximum is computed
 * in the same loop (Java has no detach: its derivative cancels in the formula, as in tinygrad's).
 */

import dev.leibniz.Differentiable;

public final class TinygradOps {
  private TinygradOps() {}

  @Differentiable
  public static void relu(double[] x, double[] out) {
    for (int i = 0; i < x.length; i++) out[i] = x[i] > 0 ? x[i] : 0;
  }

  @Differentiable
  public static void reluByMaximum(double[] x, double[] out) {
    for (int i = 0; i < x.length; i++) out[i] = Math.max(x[i], 0);
  }

  @Differentiable
  public static void maximumScalar(double[] x, double y, double[] out) {
    for (int i = 0; i < x.length; i++) out[i] = Math.max(x[i], y);
  }

  @Differentiable
  public static void maximum(double[] x, double[] y, double[] out) {
    for (int i = 0; i < x.length; i++) out[i] = Math.max(x[i], y[i]);
  }

  @Differentiable
  public static void minimum(double[] x, double[] y, double[] out) {
    for (int i = 0; i < x.length; i++) out[i] = Math.min(x[i], y[i]);
  }

  @Differentiable
  public static double prod(double[] x) {
    double p = 1;
    for (double v : x) p *= v;
    return p;
  }

  @Differentiable
  public static double maxHalf(double[][] x) {
    double max = Double.NEGATIVE_INFINITY;
    for (double[] row : x) {
      for (double v : row) {
        if (v > max) max = v;
      }
    }
    return max * 0.5;
  }

  @Differentiable
  public static void clip(double[] x, double lo, double hi, double[] out) {
    for (int i = 0; i < x.length; i++) {
      double r = x[i] < lo ? lo : x[i];
      out[i] = r > hi ? hi : r;
    }
  }

  @Differentiable
  public static void sign(double[] x, double[] out) {
    for (int i = 0; i < x.length; i++) out[i] = Math.signum(x[i]);
  }

  @Differentiable
  public static void softsign(double[] x, double[] out) {
    for (int i = 0; i < x.length; i++) out[i] = x[i] / (1 + Math.abs(x[i]));
  }

  /** logaddexp(a, b) with a of one element broadcast against b, or elementwise when both have b's length. */
  @Differentiable
  public static void logaddexp(double[] a, double[] b, double[] out) {
    for (int i = 0; i < b.length; i++) {
      double ai = a.length == 1 ? a[0] : a[i];
      double m = Math.max(ai, b[i]);
      out[i] = Math.log(Math.exp(ai - m) + Math.exp(b[i] - m)) + m;
    }
  }

  @Differentiable
  public static void logcumsumexp(double[] x, double[] out) {
    double cummax = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < x.length; i++) {
      cummax = Math.max(cummax, x[i]);
      double s = 0;
      for (int j = 0; j <= i; j++) s += Math.exp(x[j] - cummax);
      out[i] = Math.log(s) + cummax;
    }
  }

  @Differentiable
  public static void roundQuantization(double[] x, double[] out) {
    for (int i = 0; i < x.length; i++) out[i] = x[i] + 0.125 * (Math.rint(x[i]) - x[i]);
  }

  @Differentiable
  public static void lerp(double[] x, double[] y, double w, double[] out) {
    for (int i = 0; i < x.length; i++) out[i] = x[i] + (y[i] - x[i]) * w;
  }

  @Differentiable
  public static void powOfConstantBase(double[] x, double base, double[] out) {
    for (int i = 0; i < x.length; i++) out[i] = Math.pow(base, x[i]);
  }

  @Differentiable
  public static double pow(double x, double y) {
    return Math.pow(x, y);
  }

  @Differentiable
  public static void powConst(double[] x, double c, double[] out) {
    for (int i = 0; i < x.length; i++) out[i] = Math.pow(x[i], c);
  }

  @Differentiable
  public static void sqrt(double[] x, double[] out) {
    for (int i = 0; i < x.length; i++) out[i] = Math.sqrt(x[i]);
  }

  static double polyN(double t, double[] coefficients) {
    double acc = 0;
    for (double c : coefficients) acc = acc * t + c;
    return acc;
  }

  private static final double[] ERF_COEFFICIENTS = {1.061405429, -1.453152027, 1.421413741, -0.284496736, 0.254829592};

  @Differentiable
  public static void erf(double[] x, double[] out) {
    for (int i = 0; i < x.length; i++) {
      double t = 1.0 / (1.0 + 0.3275911 * Math.abs(x[i]));
      out[i] = Math.signum(x[i]) * (1.0 - t * polyN(t, ERF_COEFFICIENTS) * Math.exp(-(x[i] * x[i])));
    }
  }
}
