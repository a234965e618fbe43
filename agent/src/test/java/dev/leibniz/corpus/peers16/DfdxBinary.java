package dev.leibniz.corpus.peers16;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The sixteenth peer round").
 * Source: dfdx (coreylowman/dfdx on GitHub) at commit 4722a99d303f347d6088d95867d007c75ca6dd78, the `mod tests` of
 * dfdx-core/src/tensor_ops/{add, sub, mul, div, maximum, minimum, choose, huber_error, bce}: the function each test
 * differentiates, as the test composes it; maximum and minimum by `f64::max`/`min` (Math.max/min here), huber_error and
 * bce_with_logits by their cpu_kernel.rs forward formulas.
 * Licence: MIT OR Apache-2.0 (LICENSE-MIT and LICENSE-APACHE; MIT chosen). Copyright (c) 2022 Corey Lowman.
 * "Permission is hereby granted, free of charge, to any person obtaining a copy of this software ... The above
 * copyright notice and this permission notice shall be included in all copies or substantial portions of the
 * Software." Written here in Java from the Rust tests.
 * Translation: tensors are double arrays, row index first (a 0-d tensor a double); `.mean()` / `.sum()` / `.exp()` as
 * the test chains them; the binary op by its dfdx name (a passive String); choose's boolean mask a passive boolean[].
 */

import dev.leibniz.Differentiable;

public final class DfdxBinary {
  private DfdxBinary() {}

  static double apply(String op, double a, double b) {
    switch (op) {
      case "add":
        return a + b;
      case "sub":
        return a - b;
      case "mul":
        return a * b;
      case "div":
        return a / b;
      case "maximum":
        return Math.max(a, b);
      case "minimum":
        return Math.min(a, b);
      default:
        throw new IllegalArgumentException(op);
    }
  }

  /** test_add_0d, test_sub_0d, test_mul_0d, test_div_0d: r.backward() of a scalar op. */
  @Differentiable
  public static double scalar(String op, double a, double b) {
    return apply(op, a, b);
  }

  /** test_*_1d: op(a, b).mean(). */
  @Differentiable
  public static double mean1d(String op, double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) s += apply(op, a[i], b[i]);
    return s / a.length;
  }

  /** test_*_2d (mean) and test_maximum / test_minimum (sum). */
  @Differentiable
  public static double reduce2d(String op, double[][] a, double[][] b, boolean mean) {
    double s = 0;
    int n = 0;
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a[i].length; j++) {
        s += apply(op, a[i][j], b[i][j]);
        n++;
      }
    }
    return mean ? s / n : s;
  }

  /** test_scalar_{add,sub,mul,div}_{0d,1d,2d}: (x op c).exp().sum() with a passive constant c. */
  @Differentiable
  public static double scalarExpSum(String op, double[][] x, int c10) {
    double c = c10 / 10.0;
    double s = 0;
    for (double[] row : x) {
      for (double v : row) s += Math.exp(apply(op, v, c));
    }
    return s;
  }

  /** test_add_broadcast_bottom: a and b broadcast to (2, 3, 4) along a new last axis, added, mean. */
  @Differentiable
  public static double broadcastAddMean(double[][] a, double[][] b, int copies) {
    double s = 0;
    int n = 0;
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a[i].length; j++) {
        for (int k = 0; k < copies; k++) {
          s += a[i][j] + b[i][j];
          n++;
        }
      }
    }
    return s / n;
  }

  /** test_choose_1d_backward / _2d: cond.choose(a, b).exp().sum(). */
  @Differentiable
  public static double chooseExpSum(boolean[] cond, double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < cond.length; i++) s += Math.exp(cond[i] ? a[i] : b[i]);
    return s;
  }

  /** huber_error's forward formula (cpu_kernel.rs). */
  static double huberError(double x, double y, double delta) {
    double d = x - y;
    if (Math.abs(d) < delta) return d * d * 0.5;
    return Math.abs(d) * delta - 0.5 * delta * delta;
  }

  /** test_huber_error: a.huber_error(b, delta) summed (the test compares values; r2 equals (a - b)^2 / 2). */
  @Differentiable
  public static double huberErrorSum(double[][] a, double[][] b, double delta) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a[i].length; j++) s += huberError(a[i][j], b[i][j], delta);
    }
    return s;
  }

  /** bce_with_logits' forward formula (cpu_kernel.rs): max(x, 0) - x p + ln(1 + exp(-|x|)). */
  static double bce(double logit, double prob) {
    return Math.max(logit, 0) - logit * prob + Math.log(1 + Math.exp(-Math.abs(logit)));
  }

  /** test_bce (tensor_ops): a.bce_with_logits(b), summed. */
  @Differentiable
  public static double bceSum(double[][] logit, double[][] prob) {
    double s = 0;
    for (int i = 0; i < logit.length; i++) {
      for (int j = 0; j < logit[i].length; j++) s += bce(logit[i][j], prob[i][j]);
    }
    return s;
  }
}
