package dev.leibniz.corpus.peers16;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The sixteenth peer round").
 * Source: dfdx (coreylowman/dfdx on GitHub) at commit 4722a99d303f347d6088d95867d007c75ca6dd78,
 * dfdx-core/src/losses.rs: mse_loss, rmse_loss, mae_loss, huber_loss, smooth_l1_loss, cross_entropy_with_logits_loss,
 * kl_div_with_logits_loss and binary_cross_entropy_with_logits_loss as losses.rs composes them (log_softmax along the
 * last axis; the element formulas of huber_error and bce_with_logits from their cpu_kernel.rs), differentiated in
 * `mod tests` in the prediction and, where the test asks, the target.
 * Licence: MIT OR Apache-2.0 (LICENSE-MIT and LICENSE-APACHE; MIT chosen). Copyright (c) 2022 Corey Lowman.
 * "Permission is hereby granted, free of charge, to any person obtaining a copy of this software ... The above
 * copyright notice and this permission notice shall be included in all copies or substantial portions of the
 * Software." Written here in Java from the Rust code.
 * Translation: tensors are double arrays, row index first; `.mean()` over all elements; the reductions by loops.
 */

import dev.leibniz.Differentiable;

public final class DfdxLosses {
  private DfdxLosses() {}

  /** mse_loss: (pred - targ).square().mean(). */
  @Differentiable
  public static double mse(double[] pred, double[] targ) {
    double s = 0;
    for (int i = 0; i < pred.length; i++) {
      double d = pred[i] - targ[i];
      s += d * d;
    }
    return s / pred.length;
  }

  /** rmse_loss: mse_loss(pred, targ).sqrt(). */
  @Differentiable
  public static double rmse(double[] pred, double[] targ) {
    return Math.sqrt(mse(pred, targ));
  }

  /** mae_loss: (pred - targ).abs().mean(). */
  @Differentiable
  public static double mae(double[] pred, double[] targ) {
    double s = 0;
    for (int i = 0; i < pred.length; i++) s += Math.abs(pred[i] - targ[i]);
    return s / pred.length;
  }

  /** huber_loss: pred.huber_error(targ, delta).mean(); smooth_l1_loss divides it by delta. */
  @Differentiable
  public static double huber(double[][] pred, double[][] targ, double delta, boolean smoothL1) {
    double s = 0;
    int n = 0;
    for (int i = 0; i < pred.length; i++) {
      for (int j = 0; j < pred[i].length; j++) {
        s += huberError(pred[i][j], targ[i][j], delta);
        n++;
      }
    }
    double mean = s / n;
    return smoothL1 ? mean / delta : mean;
  }

  /** huber_error's forward formula (huber_error/cpu_kernel.rs). */
  private static double huberError(double x, double y, double delta) {
    double d = x - y;
    if (Math.abs(d) < delta) return d * d * 0.5;
    return Math.abs(d) * delta - 0.5 * delta * delta;
  }

  /** bce_with_logits' forward formula (bce/cpu_kernel.rs): max(x, 0) - x p + ln(1 + exp(-|x|)). */
  private static double bce(double logit, double prob) {
    return Math.max(logit, 0) - logit * prob + Math.log(1 + Math.exp(-Math.abs(logit)));
  }

  /** The log_softmax of one row: x - (max + ln sum exp(x - max)). */
  static void logSoftmax(double[] x, double[] out) {
    double m = x[0];
    for (double v : x) m = Math.max(m, v);
    double s = 0;
    for (double v : x) s += Math.exp(v - m);
    double lse = m + Math.log(s);
    for (int i = 0; i < x.length; i++) out[i] = x[i] - lse;
  }

  /** cross_entropy_with_logits_loss: -(log_softmax(logits) * targ).mean() * (last axis size). */
  @Differentiable
  public static double crossEntropy(double[][] logits, double[][] targ) {
    int cols = logits[0].length;
    double[] p = new double[cols];
    double s = 0;
    for (int i = 0; i < logits.length; i++) {
      logSoftmax(logits[i], p);
      for (int j = 0; j < cols; j++) s += p[j] * targ[i][j];
    }
    return -(s / (logits.length * cols)) * cols;
  }

  /** kl_div_with_logits_loss: -((log_softmax(logits) - ln(targ)) * targ).mean() * (last axis size). */
  @Differentiable
  public static double klDiv(double[][] logits, double[][] targ) {
    int cols = logits[0].length;
    double[] p = new double[cols];
    double s = 0;
    for (int i = 0; i < logits.length; i++) {
      logSoftmax(logits[i], p);
      for (int j = 0; j < cols; j++) s += (p[j] - Math.log(targ[i][j])) * targ[i][j];
    }
    return -(s / (logits.length * cols)) * cols;
  }

  /** binary_cross_entropy_with_logits_loss: logits.bce_with_logits(targ).mean(). */
  @Differentiable
  public static double binaryCrossEntropy(double[][] logits, double[][] targ) {
    double s = 0;
    int n = 0;
    for (int i = 0; i < logits.length; i++) {
      for (int j = 0; j < logits[i].length; j++) {
        s += bce(logits[i][j], targ[i][j]);
        n++;
      }
    }
    return s / n;
  }
}
