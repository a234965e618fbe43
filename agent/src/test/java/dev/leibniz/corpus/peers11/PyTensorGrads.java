package dev.leibniz.corpus.peers11;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The eleventh peer round").
 * Source: PyTensor (pymc-devs/pytensor on GitHub; Theano and Aesara before it) at commit
 * f857e69611b9e36be2443f8e1905f5aa484aa455: the functions its gradient tests differentiate — tests/scalar/test_basic.py
 * (test_grad_abs), tests/tensor/test_math.py (test_maximum_minimum_grad, test_clip_grad, TestClip's
 * test_clip_repeat_grad and test_clip_repeat_verify_grad, test_grad_useless_sum, test_log1mexp_grad_lim, TestMaxAndArgmax's
 * test_grad_max and test_grad_min, TestProd's test_verify_grad, test_verify_grad_with_zeros and
 * test_prod_no_zeros_in_input, TestOuter's test_grad), tests/test_gradient.py (test_grad_quadratic,
 * test_grad_quadratic_vector, test_grad_cubic, test_grad_grad_quadratic, test_grad_grad_cubic, test_grad_disconnected)
 * and tests/tensor/test_special.py (softmax and log_softmax test_grad, test_vector_grad, test_logsumexp_logaddexp_stable_grad),
 * with pytensor/scalar/math.py's Log1mexp.impl for log1mexp.
 * Licence: BSD-3-Clause. Copyright (c) 2008-2019, Theano Development Team; (c) 2020-2021, PyMC Development team;
 * (c) 2021-2022, Aesara Development Team; (c) 2022, PyMC Development team. All rights reserved. Redistribution and use
 * in source and binary forms, with or without modification, are permitted provided that the conditions of the BSD
 * 3-clause licence are met (doc/LICENSE.txt). Written here in Java from what each test computes; no code was copied.
 * Translation: tensors are double[] / double[][] / double[][][]; `grad(cost, x)` used as a function (the grad-grad
 * tests) is written out by hand as the gradient of the cost; sigmoid is 1 / (1 + exp(-x)) (PyTensor's C code);
 * maximum/minimum are Math.max/Math.min; clip(x, lo, hi) is Math.min(Math.max(x, lo), hi).
 */

import dev.leibniz.Differentiable;

public final class PyTensorGrads {
  private PyTensorGrads() {}

  /** test_grad_abs: 0.5 * (a + abs(a)), relu written with abs. */
  @Differentiable
  public static double halfAbsPlus(double a) {
    return 0.5 * (a + Math.abs(a));
  }

  /** test_maximum_minimum_grad: maximum(x, y).sum() and minimum(x, y).sum(). */
  @Differentiable
  public static void maximumMinimum(double[] x, double[] y, double[] out) {
    for (int i = 0; i < x.length; i++) {
      out[0] += Math.max(x[i], y[i]);
      out[1] += Math.min(x[i], y[i]);
    }
  }

  static double clip(double x, double lo, double hi) {
    return Math.min(Math.max(x, lo), hi);
  }

  /** test_clip_grad: clip(x, y, z) with a vector x and scalar bounds. */
  @Differentiable
  public static void clipGrad(double[] x, double y, double z, double[] out) {
    for (int i = 0; i < x.length; i++) out[i] = clip(x[i], y, z);
  }

  /** test_clip_repeat_grad: clip(x, y, x) with y < x, clip(x, x, y) with y > x, clip(x, x, x); each sum's gradient in x is 1. */
  @Differentiable
  public static void clipRepeat(double[] x, double[] yBelow, double[] yAbove, double[] out) {
    for (int i = 0; i < x.length; i++) {
      out[0] += clip(x[i], yBelow[i], x[i]);
      out[1] += clip(x[i], x[i], yAbove[i]);
      out[2] += clip(x[i], x[i], x[i]);
    }
  }

  /** test_clip_repeat_verify_grad: clip(x, 0, x), clip(x, x, 0), clip(0, x, x) element-wise. */
  @Differentiable
  public static void clipRepeatVerify(double[] x, double[][] out) {
    for (int i = 0; i < x.length; i++) {
      out[0][i] = clip(x[i], 0, x[i]);
      out[1][i] = clip(x[i], x[i], 0);
      out[2][i] = clip(0, x[i], x[i]);
    }
  }

  static double sigmoid(double x) {
    return 1.0 / (1.0 + Math.exp(-x));
  }

  /** test_grad_useless_sum: log(1 - sigmoid(x))[0] of a length-1 vector. */
  @Differentiable
  public static double logOneMinusSigmoid(double[] x) {
    return Math.log(1.0 - sigmoid(x[0]));
  }

  /** log1mexp as Log1mexp.impl computes it (test_log1mexp_grad_lim differentiates it). */
  @Differentiable
  public static double log1mexp(double x) {
    if (x < Math.log(0.5)) {
      return Math.log1p(-Math.exp(x));
    } else {
      return Math.log(-Math.expm1(x));
    }
  }

  /** test_grad_max / test_grad_min: max and min along the last axis, along axis 0, and of the flattened matrix. */
  @Differentiable
  public static void maxMinAlongAxes(double[][] v, double[] out) {
    int rows = v.length;
    int cols = v[0].length;
    int k = 0;
    for (int i = 0; i < rows; i++) {
      double m = v[i][0];
      double n = v[i][0];
      for (int j = 1; j < cols; j++) {
        if (v[i][j] > m) m = v[i][j];
        if (v[i][j] < n) n = v[i][j];
      }
      out[k++] = m;
      out[k++] = n;
    }
    for (int j = 0; j < cols; j++) {
      double m = v[0][j];
      double n = v[0][j];
      for (int i = 1; i < rows; i++) {
        m = Math.max(m, v[i][j]);
        n = Math.min(n, v[i][j]);
      }
      out[k++] = m;
      out[k++] = n;
    }
    double all = Double.NEGATIVE_INFINITY;
    for (double[] row : v) {
      for (double e : row) all = Math.max(all, e);
    }
    out[k] = all;
  }

  /** TestProd: Prod(axis=1), its square (test_verify_grad's fn) and the product of the whole matrix. */
  @Differentiable
  public static void prodAxis1(double[][] x, double[][] out) {
    double total = 1;
    for (int i = 0; i < x.length; i++) {
      double p = 1;
      for (double e : x[i]) p *= e;
      out[0][i] = p;
      out[1][i] = p * p;
      total *= p;
    }
    out[2][0] = total;
  }

  /** TestOuter test_grad: the outer product of two vectors (flattened shapes). */
  @Differentiable
  public static void outer(double[] a, double[] b, double[][] out) {
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < b.length; j++) out[i][j] = a[i] * b[j];
    }
  }

  static double[] matVec(double[][] a, double[] x) {
    double[] y = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < x.length; j++) y[i] += a[i][j] * x[j];
    }
    return y;
  }

  static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) s += a[i] * b[i];
    return s;
  }

  /** test_grad_quadratic: dot(x, dot(A, x)). */
  @Differentiable
  public static double quadratic(double[] x, double[][] a) {
    return dot(x, matVec(a, x));
  }

  /** test_grad_quadratic_vector: dot(x * x, A). */
  @Differentiable
  public static void quadraticVector(double[] x, double[][] a, double[] out) {
    for (int j = 0; j < a[0].length; j++) {
      for (int i = 0; i < x.length; i++) out[j] += x[i] * x[i] * a[i][j];
    }
  }

  /** test_grad_cubic: dot(x * x, dot(A, x)). */
  @Differentiable
  public static double cubic(double[] x, double[][] a) {
    double[] ax = matVec(a, x);
    double s = 0;
    for (int i = 0; i < x.length; i++) s += x[i] * x[i] * ax[i];
    return s;
  }

  /** test_grad_grad_quadratic: grad(dot(x, dot(A, x)), x) = (A + A') x, as a function of x and A. */
  @Differentiable
  public static void gradQuadratic(double[] x, double[][] a, double[] out) {
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < x.length; j++) out[i] += (a[i][j] + a[j][i]) * x[j];
    }
  }

  /** test_grad_grad_cubic: grad(dot(x * x, dot(A, x)), x)_k = 2 x_k (A x)_k + sum_i x_i^2 A_ik. */
  @Differentiable
  public static void gradCubic(double[] x, double[][] a, double[] out) {
    double[] ax = matVec(a, x);
    for (int k = 0; k < x.length; k++) {
      double s = 2 * x[k] * ax[k];
      for (int i = 0; i < x.length; i++) s += x[i] * x[i] * a[i][k];
      out[k] = s;
    }
  }

  /** test_grad_disconnected: alloc(total / num_elements, num_elements).sum(), the same as x.sum(). */
  @Differentiable
  public static double allocOfMean(double[] x) {
    double total = 0;
    for (double e : x) total += e;
    int n = x.length;
    double[] silly = new double[n];
    java.util.Arrays.fill(silly, total / n);
    double cost = 0;
    for (double e : silly) cost += e;
    return cost;
  }

  /** softmax along axis 1 of a (3, 4, 2) tensor, column `column` of the result (test_special's TestSoftmax.test_grad). */
  @Differentiable
  public static void softmaxColumn(double[][][] a, int column, double[][] out) {
    for (int i = 0; i < a.length; i++) {
      for (int k = 0; k < a[i][0].length; k++) {
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < a[i].length; j++) max = Math.max(max, a[i][j][k]);
        double z = 0;
        for (int j = 0; j < a[i].length; j++) z += Math.exp(a[i][j][k] - max);
        out[i][k] = Math.exp(a[i][column][k] - max) / z;
      }
    }
  }

  /** softmax(a, axis=None) of a vector. */
  @Differentiable
  public static void softmaxVector(double[] a, double[] out) {
    double max = Double.NEGATIVE_INFINITY;
    for (double e : a) max = Math.max(max, e);
    double z = 0;
    for (double e : a) z += Math.exp(e - max);
    for (int i = 0; i < a.length; i++) out[i] = Math.exp(a[i] - max) / z;
  }

  /** log_softmax along the last axis of a (3, 4) matrix, column `column` (TestLogSoftmax.test_matrix_grad). */
  @Differentiable
  public static void logSoftmaxColumn(double[][] a, int column, double[] out) {
    for (int i = 0; i < a.length; i++) {
      double max = Double.NEGATIVE_INFINITY;
      for (double e : a[i]) max = Math.max(max, e);
      double z = 0;
      for (double e : a[i]) z += Math.exp(e - max);
      out[i] = a[i][column] - max - Math.log(z);
    }
  }

  /** test_logsumexp_logaddexp_stable_grad: w * logsumexp(x) and w * logaddexp(x0, x1) in their stable forms. */
  @Differentiable
  public static void stableLogSumExp(double[] x, double w, double[] out) {
    double max = Double.NEGATIVE_INFINITY;
    for (double e : x) max = Math.max(max, e);
    double s = 0;
    for (double e : x) s += Math.exp(e - max);
    out[0] = w * (max + Math.log(s));
    double a = x[0];
    double b = x[1];
    double hi = Math.max(a, b);
    out[1] = w * (hi + Math.log1p(Math.exp(-Math.abs(a - b))));
  }
}
