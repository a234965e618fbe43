package dev.leibniz.corpus.peers14;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The fourteenth peer round").
 * Source: Burn (tracel-ai/burn on GitHub), crates/burn-backend-tests/tests/autodiff/*.rs at commit
 * 2c06be351006851d42fdb6df16b976f4a82d9747 (abs, aggregation, cummax, cumprod, div, erf, exp, gelu, hypot, log, log1p,
 * log_sigmoid, mask, maxmin, recip, relu, remainder, round, floor, ceil, sign, sort, sqrt, sigmoid, softmax), and the
 * formulas of crates/burn-backend/src/backend/ops/activation.rs for sigmoid and log_sigmoid: the function each test
 * differentiates, as the test composes it.
 * Licence: MIT OR Apache-2.0 (MIT chosen). Copyright (c) 2022 Nathaniel Simard & Burn Framework Contributors.
 * "Permission is hereby granted, free of charge, to any person obtaining a copy of this software ... The above
 * copyright notice and this permission notice shall be included in all copies or substantial portions of the
 * Software." Written here in Java from the Rust tests.
 * Translation: a tensor is double[] or double[][] (row index first; the 3-D tensors of shape [1, 2, 2] drop their
 * leading 1); backward() of a tensor with more than one element seeds every element with 1, so each function returns
 * the sum of the test's last tensor; unsqueeze() broadcasts a per-row value along the row; a mask is a boolean[][];
 * cummax, cumprod and sort write a local array in place; an element-wise op is a small functional interface; erf is Hipparchus' Erf.erf; burn's float tensors (f32) are
 * double here, except sigmoidFloat, which keeps f32 for the "small_neg_val_should_not_cause_grad_overflow" test.
 */

import dev.leibniz.Differentiable;
import org.hipparchus.special.Erf;

public final class BurnAutodiff {
  private BurnAutodiff() {}

  private static double[][] matmul(double[][] a, double[][] b) {
    int n = a.length, k = b.length, m = b[0].length;
    double[][] c = new double[n][m];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        double s = 0;
        for (int l = 0; l < k; l++) s += a[i][l] * b[l][j];
        c[i][j] = s;
      }
    }
    return c;
  }

  private static double sum(double[][] a) {
    double s = 0;
    for (double[] row : a) {
      for (double v : row) s += v;
    }
    return s;
  }

  private static double sum(double[] a) {
    double s = 0;
    for (double v : a) s += v;
    return s;
  }

  /** An element-wise function of a double (public: the tests load this class apart from its nested types). */
  public interface Elementwise {
    double apply(double x);
  }

  /** An element-wise function of a matrix into a new matrix. */
  private static double[][] map(double[][] a, Elementwise f) {
    double[][] r = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      r[i] = new double[a[i].length];
      for (int j = 0; j < a[i].length; j++) r[i][j] = f.apply(a[i][j]);
    }
    return r;
  }

  /** The tests' common shape: sum(t1.matmul(op(t2)).matmul(t2)). */
  private static double chain(double[][] t1, double[][] t2, Elementwise op) {
    return sum(matmul(matmul(t1, map(t2, op)), t2));
  }

  // ---- abs.rs ----

  /** should_diff_abs. */
  @Differentiable
  public static double abs(double[][] t1, double[][] t2) {
    return chain(t1, t2, Math::abs);
  }

  /** should_diff_abs_no_nans: t1.matmul(t2.abs()), with a 0 in t2. */
  @Differentiable
  public static double absNoNans(double[][] t1, double[][] t2) {
    return sum(matmul(t1, map(t2, Math::abs)));
  }

  // ---- aggregation.rs ----

  /** should_diff_mean: t1 * mean(t1 t2). */
  @Differentiable
  public static double mean(double[][] t1, double[][] t2) {
    double[][] t3 = matmul(t1, t2);
    double m = sum(t3) / (t3.length * t3[0].length);
    double s = 0;
    for (double[] row : t1) {
      for (double v : row) s += v * m;
    }
    return s;
  }

  /** should_diff_sum_1: t1 * sum(t1 t2). */
  @Differentiable
  public static double sum1(double[][] t1, double[][] t2) {
    double total = sum(matmul(t1, t2));
    double s = 0;
    for (double[] row : t1) {
      for (double v : row) s += v * total;
    }
    return s;
  }

  /** should_diff_sum_2: (t3.sum_dim(1) * t3).sum() with t3 = t1 t2. */
  @Differentiable
  public static double sum2(double[][] t1, double[][] t2) {
    double[][] t3 = matmul(t1, t2);
    double s = 0;
    for (double[] row : t3) {
      double rowSum = 0;
      for (double v : row) rowSum += v;
      for (double v : row) s += rowSum * v;
    }
    return s;
  }

  /** should_diff_mean_dim (divide = true) and should_diff_sum_dim: t1 * t3.mean_dim(1) or t3.sum_dim(1). */
  private static double rowReduced(double[][] t1, double[][] t2, boolean divide) {
    double[][] t3 = matmul(t1, t2);
    double s = 0;
    for (int i = 0; i < t1.length; i++) {
      double r = 0;
      for (double v : t3[i]) r += v;
      if (divide) r /= t3[i].length;
      for (double v : t1[i]) s += v * r;
    }
    return s;
  }

  @Differentiable
  public static double meanDim(double[][] t1, double[][] t2) {
    return rowReduced(t1, t2, true);
  }

  @Differentiable
  public static double sumDim(double[][] t1, double[][] t2) {
    return rowReduced(t1, t2, false);
  }

  /** should_diff_prod, _with_negatives, _single_zero, _multiple_zeros: the product of all elements. */
  @Differentiable
  public static double prod(double[] x) {
    double p = 1;
    for (double v : x) p *= v;
    return p;
  }

  /** should_diff_prod_dim: prod_dim(1), summed. */
  @Differentiable
  public static double prodDim1(double[][] x) {
    double s = 0;
    for (double[] row : x) {
      double p = 1;
      for (double v : row) p *= v;
      s += p;
    }
    return s;
  }

  /** should_diff_prod_dim_with_negatives: prod_dim(0), summed. */
  @Differentiable
  public static double prodDim0(double[][] x) {
    double s = 0;
    for (int j = 0; j < x[0].length; j++) {
      double p = 1;
      for (double[] row : x) p *= row[j];
      s += p;
    }
    return s;
  }

  // ---- cummax.rs, cumprod.rs ----

  private static void cummaxInPlace(double[] r) {
    for (int i = 1; i < r.length; i++) r[i] = Math.max(r[i - 1], r[i]);
  }

  /** should_diff_cummax, _duplicate_values, _all_same, _increasing: cummax(0).sum(). */
  @Differentiable
  public static double cummax(double[] x) {
    double[] r = x.clone();
    cummaxInPlace(r);
    return sum(r);
  }

  /** should_diff_cummax_2d, _2d_duplicates: cummax(1).sum(). */
  @Differentiable
  public static double cummax2d(double[][] x) {
    double s = 0;
    for (double[] row : x) {
      double[] r = row.clone();
      cummaxInPlace(r);
      s += sum(r);
    }
    return s;
  }

  /** should_diff_cumprod and its zero cases (#3864): cumprod(0).sum(). */
  @Differentiable
  public static double cumprod(double[] x) {
    double[] r = new double[x.length];
    double p = 1;
    for (int i = 0; i < x.length; i++) {
      p *= x[i];
      r[i] = p;
    }
    return sum(r);
  }

  /** should_diff_cumprod_2d: cumprod(1).sum(). */
  @Differentiable
  public static double cumprod2d(double[][] x) {
    double s = 0;
    for (double[] row : x) {
      double[] r = row.clone();
      for (int j = 1; j < r.length; j++) r[j] *= r[j - 1];
      s += sum(r);
    }
    return s;
  }

  // ---- div.rs ----

  /** should_diff_div. */
  @Differentiable
  public static double div(double[] t1, double[] t2) {
    double s = 0;
    for (int i = 0; i < t1.length; i++) s += t1[i] / t2[i];
    return s;
  }

  /** should_diff_div_scalar. */
  @Differentiable
  public static double divScalar(double[] t) {
    double s = 0;
    for (double v : t) s += v / 4.0;
    return s;
  }

  /** test_div_complex_1: t1 / t2 / t3. */
  @Differentiable
  public static double divComplex1(double[][] t1, double[][] t2, double[][] t3) {
    double s = 0;
    for (int i = 0; i < t1.length; i++) {
      for (int j = 0; j < t1[i].length; j++) s += t1[i][j] / t2[i][j] / t3[i][j];
    }
    return s;
  }

  /** test_div_complex_2: t1.matmul(t2) / t2. */
  @Differentiable
  public static double divComplex2(double[][] t1, double[][] t2) {
    double[][] t3 = matmul(t1, t2);
    double s = 0;
    for (int i = 0; i < t3.length; i++) {
      for (int j = 0; j < t3[i].length; j++) s += t3[i][j] / t2[i][j];
    }
    return s;
  }

  // ---- erf.rs, exp.rs, gelu.rs, hypot.rs, log.rs, log1p.rs, sqrt.rs ----

  @Differentiable
  public static double erf(double[][] t1, double[][] t2) {
    return chain(t1, t2, Erf::erf);
  }

  /** should_diff_exp: t1.matmul(t2.exp()). */
  @Differentiable
  public static double exp(double[][] t1, double[][] t2) {
    return sum(matmul(t1, map(t2, Math::exp)));
  }

  private static double gelu(double x) {
    return x * 0.5 * (1 + Erf.erf(x / Math.sqrt(2)));
  }

  /** should_diff_gelu: t1.matmul(t1.matmul(gelu(t2))). */
  @Differentiable
  public static double gelu(double[][] t1, double[][] t2) {
    return sum(matmul(t1, matmul(t1, map(t2, BurnAutodiff::gelu))));
  }

  @Differentiable
  public static double hypot(double[][] a, double[][] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a[i].length; j++) s += Math.hypot(a[i][j], b[i][j]);
    }
    return s;
  }

  @Differentiable
  public static double log(double[][] t1, double[][] t2) {
    return chain(t1, t2, Math::log);
  }

  @Differentiable
  public static double log1p(double[][] t1, double[][] t2) {
    return chain(t1, t2, Math::log1p);
  }

  @Differentiable
  public static double sqrt(double[][] t1, double[][] t2) {
    return chain(t1, t2, Math::sqrt);
  }

  // ---- log_sigmoid.rs, sigmoid.rs (activation.rs's formulas) ----

  /** log(sigmoid(x)) = -(max(-x, 0) + log(exp(-max(-x, 0)) + exp(-x - max(-x, 0)))). */
  @Differentiable
  public static double logSigmoid(double[][] x) {
    double s = 0;
    for (double[] row : x) {
      for (double v : row) {
        double m = Math.max(-v, 0);
        s += -(m + Math.log(Math.exp(-m) + Math.exp(-v - m)));
      }
    }
    return s;
  }

  /** sigmoid(x) = exp(-log(exp(-x) + 1)). */
  @Differentiable
  public static double sigmoid(double x) {
    return Math.exp(-Math.log(Math.exp(-x) + 1.0));
  }

  /** The same in f32, as burn computes it: exp(90) overflows to infinity at x = -90. */
  @Differentiable
  public static float sigmoidFloat(float x) {
    return (float) Math.exp(-(float) Math.log((float) Math.exp(-x) + 1.0f));
  }

  // ---- mask.rs ----

  /** should_diff_mask_fill: (t1 t2).mask_fill(mask, 2.0). */
  @Differentiable
  public static double maskFill(double[][] t1, double[][] t2, boolean[][] mask) {
    double[][] t3 = matmul(t1, t2);
    for (int i = 0; i < t3.length; i++) {
      for (int j = 0; j < t3[i].length; j++) {
        if (mask[i][j]) t3[i][j] = 2.0;
      }
    }
    return sum(t3);
  }

  /** should_diff_mask_where: ((t1 t2) t3).mask_where(mask, t3). */
  @Differentiable
  public static double maskWhere(double[][] t1, double[][] t2, double[][] t3, boolean[][] mask) {
    double[][] t5 = matmul(matmul(t1, t2), t3);
    for (int i = 0; i < t5.length; i++) {
      for (int j = 0; j < t5[i].length; j++) {
        if (mask[i][j]) t5[i][j] = t3[i][j];
      }
    }
    return sum(t5);
  }

  // ---- maxmin.rs, sort.rs ----

  /** should_diff_max_dim (max = true) and should_diff_min_dim: t1 * (t1 t2).max_dim(1). */
  private static double rowExtreme(double[][] t1, double[][] t2, boolean max) {
    double[][] t3 = matmul(t1, t2);
    double s = 0;
    for (int i = 0; i < t3.length; i++) {
      double e = t3[i][0];
      for (int j = 1; j < t3[i].length; j++) e = max ? Math.max(e, t3[i][j]) : Math.min(e, t3[i][j]);
      for (double v : t1[i]) s += v * e;
    }
    return s;
  }

  @Differentiable
  public static double maxDim(double[][] t1, double[][] t2) {
    return rowExtreme(t1, t2, true);
  }

  @Differentiable
  public static double minDim(double[][] t1, double[][] t2) {
    return rowExtreme(t1, t2, false);
  }

  /** should_diff_min_dim_3d_dim1: (t1 * t2).min_dim(1) of [1, 2, 2] tensors: the minimum of each column. */
  @Differentiable
  public static double minDim3d(double[][] t1, double[][] t2) {
    double s = 0;
    for (int j = 0; j < t1[0].length; j++) {
      double m = Double.POSITIVE_INFINITY;
      for (int i = 0; i < t1.length; i++) {
        double p = t1[i][j] * t2[i][j];
        if (p < m) m = p;
      }
      s += m;
    }
    return s;
  }

  /** should_diff_sort and should_diff_sort_with_indices: t1 * (t1 t2).sort(1), an insertion sort of each row. */
  @Differentiable
  public static double sortRows(double[][] t1, double[][] t2) {
    double[][] t3 = matmul(t1, t2);
    double s = 0;
    for (int i = 0; i < t3.length; i++) {
      double[] r = t3[i];
      for (int j = 1; j < r.length; j++) {
        double key = r[j];
        int k = j - 1;
        while (k >= 0 && r[k] > key) {
          r[k + 1] = r[k];
          k--;
        }
        r[k + 1] = key;
      }
      for (int j = 0; j < r.length; j++) s += t1[i][j] * r[j];
    }
    return s;
  }

  /** should_diff_sort_3d_dim1: t1 * (t1 t2).sort(1) of [1, 2, 2] tensors: each column sorted. */
  @Differentiable
  public static double sortColumns(double[][] t1, double[][] t2) {
    double[][] t3 = matmul(t1, t2);
    for (int j = 0; j < t3[0].length; j++) {
      if (t3[0][j] > t3[1][j]) {
        double tmp = t3[0][j];
        t3[0][j] = t3[1][j];
        t3[1][j] = tmp;
      }
    }
    double s = 0;
    for (int i = 0; i < t3.length; i++) {
      for (int j = 0; j < t3[i].length; j++) s += t1[i][j] * t3[i][j];
    }
    return s;
  }

  // ---- recip.rs, relu.rs, remainder.rs, round.rs, floor.rs, ceil.rs, sign.rs ----

  @Differentiable
  public static double recip(double[] x) {
    double s = 0;
    for (double v : x) s += 1 / v;
    return s;
  }

  /** should_diff_relu: relu(t1 t2).matmul(t2). */
  @Differentiable
  public static double relu(double[][] t1, double[][] t2) {
    return sum(matmul(map(matmul(t1, t2), v -> Math.max(v, 0)), t2));
  }

  /** should_diff_remainder: Java's % (the test's values are positive, where it is burn's remainder). */
  @Differentiable
  public static double remainder(double[] x, double[] y) {
    double s = 0;
    for (int i = 0; i < x.length; i++) s += x[i] % y[i];
    return s;
  }

  @Differentiable
  public static double round(double[][] x) {
    return sum(map(x, Math::rint));
  }

  @Differentiable
  public static double floor(double[][] x) {
    return sum(map(x, Math::floor));
  }

  @Differentiable
  public static double ceil(double[][] x) {
    return sum(map(x, Math::ceil));
  }

  @Differentiable
  public static double sign(double[] x) {
    double s = 0;
    for (double v : x) s += Math.signum(v);
    return s;
  }

  // ---- softmax.rs ----

  private static double[][] softmaxRows(double[][] x, boolean log) {
    double[][] r = new double[x.length][];
    for (int i = 0; i < x.length; i++) {
      double max = Double.NEGATIVE_INFINITY;
      for (double v : x[i]) max = Math.max(max, v);
      double z = 0;
      for (double v : x[i]) z += Math.exp(v - max);
      r[i] = new double[x[i].length];
      for (int j = 0; j < x[i].length; j++) {
        r[i][j] = log ? x[i][j] - max - Math.log(z) : Math.exp(x[i][j] - max) / z;
      }
    }
    return r;
  }

  /** test_softmax_grad (and test_quiet_softmax_grad): softmax(t1 t2, 1).matmul(t2). */
  @Differentiable
  public static double softmax(double[][] t1, double[][] t2) {
    return sum(matmul(softmaxRows(matmul(t1, t2), false), t2));
  }

  /** test_log_softmax_grad. */
  @Differentiable
  public static double logSoftmax(double[][] t1, double[][] t2) {
    return sum(matmul(softmaxRows(matmul(t1, t2), true), t2));
  }
}
