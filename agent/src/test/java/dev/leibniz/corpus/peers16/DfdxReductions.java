package dev.leibniz.corpus.peers16;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The sixteenth peer round").
 * Source: dfdx (coreylowman/dfdx on GitHub) at commit 4722a99d303f347d6088d95867d007c75ca6dd78, the `mod tests` of
 * dfdx-core/src/tensor_ops/{max_to, min_to, logsumexp_to.rs, log_softmax.rs, softmax.rs, normalize.rs, stddev_to.rs,
 * var_to.rs, roll}: the function each test differentiates, as the test composes it; logsumexp shifted by the maximum,
 * log_softmax as `x - logsumexp(x)`, softmax as `exp(log_softmax)`, normalize as `(x - mean) / sqrt(var + eps)`,
 * stddev as `sqrt(var + eps)`, var the mean of squared deviations (dfdx's definitions in those files).
 * Licence: MIT OR Apache-2.0 (LICENSE-MIT and LICENSE-APACHE; MIT chosen). Copyright (c) 2022 Corey Lowman.
 * "Permission is hereby granted, free of charge, to any person obtaining a copy of this software ... The above
 * copyright notice and this permission notice shall be included in all copies or substantial portions of the
 * Software." Written here in Java from the Rust tests.
 * Translation: tensors are double arrays, row index first; a reduction along axis 1 of a 2-D tensor runs over each
 * row, along axis 0 over each column (an int axis, passive); max and min by a loop with Math.max / Math.min.
 */

import dev.leibniz.Differentiable;

public final class DfdxReductions {
  private DfdxReductions() {}

  /** The maximum (or minimum) of t along axis (0: down each column, 1: along each row), into r. */
  static void extremum(double[][] t, int axis, boolean max, double[] r) {
    int outer = axis == 0 ? t[0].length : t.length;
    int inner = axis == 0 ? t.length : t[0].length;
    for (int o = 0; o < outer; o++) {
      double m = axis == 0 ? t[0][o] : t[o][0];
      for (int i = 1; i < inner; i++) {
        double v = axis == 0 ? t[i][o] : t[o][i];
        m = max ? Math.max(m, v) : Math.min(m, v);
      }
      r[o] = m;
    }
  }

  /** test_max_axis_0_2d / test_min_axis_0_2d: r.exp().mean(); test_max_axis_1_2d / _min_: r.sum(). */
  @Differentiable
  public static double extremumAlong(double[][] t, int axis, boolean max, boolean expMean) {
    double[] r = new double[axis == 0 ? t[0].length : t.length];
    extremum(t, axis, max, r);
    double s = 0;
    for (double v : r) s += expMean ? Math.exp(v) : v;
    return expMean ? s / r.length : s;
  }

  /** logsumexp of a row, shifted by its maximum. */
  static double logsumexp(double[] x) {
    double m = x[0];
    for (double v : x) m = Math.max(m, v);
    double s = 0;
    for (double v : x) s += Math.exp(v - m);
    return m + Math.log(s);
  }

  /** test_logsumexp_1d (r.backward()) and test_logsumexp_2d (mean of the rows' values). */
  @Differentiable
  public static double logsumexpRowsMean(double[][] a) {
    double s = 0;
    for (double[] row : a) s += logsumexp(row);
    return s / a.length;
  }

  /** test_log_softmax_1d / _2d: log_softmax along the last axis, mean over all elements. */
  @Differentiable
  public static double logSoftmaxMean(double[][] a) {
    double s = 0;
    int n = 0;
    for (double[] row : a) {
      double lse = logsumexp(row);
      for (double v : row) {
        s += v - lse;
        n++;
      }
    }
    return s / n;
  }

  /** test_log_softmax_equivalence: log_softmax(t).square().mean() along the last axis. */
  @Differentiable
  public static double logSoftmaxSquareMean(double[][] a) {
    double s = 0;
    int n = 0;
    for (double[] row : a) {
      double lse = logsumexp(row);
      for (double v : row) {
        double p = v - lse;
        s += p * p;
        n++;
      }
    }
    return s / n;
  }

  /** test_softmax_1d / _2d / _2d_0th_axis: (softmax(a) * mask).mean(), softmax along axis (1 rows, 0 columns). */
  @Differentiable
  public static double softmaxMaskedMean(double[][] a, double[][] mask, int axis) {
    int rows = a.length, cols = a[0].length;
    double s = 0;
    if (axis == 1) {
      for (int i = 0; i < rows; i++) {
        double lse = logsumexp(a[i]);
        for (int j = 0; j < cols; j++) s += Math.exp(a[i][j] - lse) * mask[i][j];
      }
    } else {
      double[] column = new double[rows];
      for (int j = 0; j < cols; j++) {
        for (int i = 0; i < rows; i++) column[i] = a[i][j];
        double lse = logsumexp(column);
        for (int i = 0; i < rows; i++) s += Math.exp(a[i][j] - lse) * mask[i][j];
      }
    }
    return s / (rows * cols);
  }

  /** test_*_normalize_*: normalize along axis (1 rows, 0 columns) with epsilon, then .exp().mean(). */
  @Differentiable
  public static double normalizeExpMean(double[][] a, int axis, double epsilon) {
    int rows = a.length, cols = a[0].length;
    int outer = axis == 1 ? rows : cols;
    int inner = axis == 1 ? cols : rows;
    double s = 0;
    for (int o = 0; o < outer; o++) {
      double mean = 0;
      for (int i = 0; i < inner; i++) mean += axis == 1 ? a[o][i] : a[i][o];
      mean /= inner;
      double var = 0;
      for (int i = 0; i < inner; i++) {
        double c = (axis == 1 ? a[o][i] : a[i][o]) - mean;
        var += c * c;
      }
      double std = Math.sqrt(var / inner + epsilon);
      for (int i = 0; i < inner; i++) s += Math.exp(((axis == 1 ? a[o][i] : a[i][o]) - mean) / std);
    }
    return s / (rows * cols);
  }

  /** test_std_axis_* (epsilon >= 0) and test_var_axis_* (variance: stddev false): the reduction's mean. */
  @Differentiable
  public static double spreadMean(double[][] t, int axis, boolean stddev, double epsilon) {
    int outer = axis == 1 ? t.length : t[0].length;
    int inner = axis == 1 ? t[0].length : t.length;
    double s = 0;
    for (int o = 0; o < outer; o++) {
      double mean = 0;
      for (int i = 0; i < inner; i++) mean += axis == 1 ? t[o][i] : t[i][o];
      mean /= inner;
      double var = 0;
      for (int i = 0; i < inner; i++) {
        double d = mean - (axis == 1 ? t[o][i] : t[i][o]);
        var += d * d;
      }
      var /= inner;
      s += stddev ? Math.sqrt(var + epsilon) : var;
    }
    return s / outer;
  }

  /** test_roll_3d_axis_2: t broadcast to (2, 3, n), rolled by shift along the last axis, .exp().mean(). */
  @Differentiable
  public static double rollExpMean(double[] t, int shift) {
    int n = t.length;
    double[][][] y = new double[2][3][n];
    for (double[][] plane : y) {
      for (double[] row : plane) {
        for (int k = 0; k < n; k++) row[(k + shift) % n] = t[k];
      }
    }
    double s = 0;
    for (double[][] plane : y) {
      for (double[] row : plane) {
        for (double v : row) s += Math.exp(v);
      }
    }
    return s / (6 * n);
  }
}
