package dev.leibniz.corpus.peers9;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The ninth peer round").
 * Source: PyTorch (pytorch/pytorch on GitHub), test/test_autograd.py (the index's version at commit
 * 0011ee059a1ed8ca92d609383f466095d1bb1fcf; the tests were read in a stored copy of the same era): the functions of
 * test_norm_subgradient (norm of degree 2, 3, 1 and 1.5), test_pow_zero_tensor_gradient (x.pow(e).sum()),
 * test_pow_scalar_base (2 ** a), test_hessian_vector (x ** 2 + y * x + y ** 2), the in-place view tests
 * test_inplace_view_backprop_base, test_inplace_view_backprop_view_of_view, test_inplace_view_of_view,
 * test_inplace_view_gradcheck, test_inplace_view_backprop_view and test_inplace_view_modify_base, and
 * _test_lerp_tensor_weights (torch.lerp).
 * Licence: BSD-3-Clause (Copyright (c) 2016- Facebook, Inc. and the PyTorch contributors).
 * Translation (written here in Java; no comments copied): tensors are double[] or double[][]; `clone()` is a copy of
 * each row; a view (`narrow`, `select`) is the same Java array seen through a row reference or an index window, so that
 * writing through the view writes the base (the aliasing the tests check); `mul_`/`add_` are compound assignments; a
 * result tensor is an output array; `.sum()` a loop; torch's norm of degree p is (sum |x_i|^p)^(1/p), of degree 2
 * sqrt(sum x_i^2).
 */

import dev.leibniz.Differentiable;

public final class TorchAutograd {
  private TorchAutograd() {}

  @Differentiable
  public static double norm2(double[] x) {
    double s = 0;
    for (double v : x) s += v * v;
    return Math.sqrt(s);
  }

  @Differentiable
  public static double norm2OfMatrix(double[][] x) {
    double s = 0;
    for (double[] row : x) {
      for (double v : row) s += v * v;
    }
    return Math.sqrt(s);
  }

  @Differentiable
  public static double normP(double[] x, double p) {
    double s = 0;
    for (double v : x) s += Math.pow(Math.abs(v), p);
    return Math.pow(s, 1 / p);
  }

  @Differentiable
  public static double powSum(double[] x, double[] exponent) {
    double s = 0;
    for (int i = 0; i < x.length; i++) s += Math.pow(x[i], exponent[i]);
    return s;
  }

  @Differentiable
  public static double powSumScalar(double[] x, double exponent) {
    double s = 0;
    for (double v : x) s += Math.pow(v, exponent);
    return s;
  }

  @Differentiable
  public static void powScalarBase(double[][] a, double[][] out) {
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a[i].length; j++) out[i][j] = Math.pow(2, a[i][j]);
    }
  }

  @Differentiable
  public static void hessianVector(double[][] x, double[][] y, double[][] z) {
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < x[i].length; j++) z[i][j] = x[i][j] * x[i][j] + y[i][j] * x[i][j] + y[i][j] * y[i][j];
    }
  }

  private static double[][] cloneOf(double[][] root) {
    double[][] x = new double[root.length][];
    for (int i = 0; i < root.length; i++) x[i] = root[i].clone();
    return x;
  }

  private static double sum(double[][] x) {
    double s = 0;
    for (double[] row : x) {
      for (double v : row) s += v;
    }
    return s;
  }

  /** x = root.clone(); x.narrow(0, 0, 1).mul_(2); x.sum(): the view is x's first row. */
  @Differentiable
  public static double inplaceViewBackpropBase(double[][] root) {
    double[][] x = cloneOf(root);
    double[] v1 = x[0];
    for (int j = 0; j < v1.length; j++) v1[j] *= 2;
    return sum(x);
  }

  /** Two views of the same row; the first is scaled in place, the second summed. */
  @Differentiable
  public static double inplaceViewBackpropViewOfView(double[][] root) {
    double[][] x = cloneOf(root);
    double[] v1 = x[0];
    double[] v2 = x[0];
    for (int j = 0; j < v1.length; j++) v1[j] *= 2;
    double s = 0;
    for (double v : v2) s += v;
    return s;
  }

  /** A view of a view (row 0, column 1) scaled in place, then the base summed. */
  @Differentiable
  public static double inplaceViewOfView(double[][] root) {
    double[][] x = cloneOf(root);
    double[] v1 = x[0];
    v1[1] *= 2;
    return sum(x);
  }

  /** Multiplies the 2x2 window of x at (row, col) by b in place. */
  private static void narrowMul(double[][] x, int row, int col, double[][] b) {
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 2; j++) x[row + i][col + j] *= b[i][j];
    }
  }

  /** func(root, b) of test_inplace_view_gradcheck: two windows of a clone multiplied by the same b; x is the result. */
  @Differentiable
  public static void inplaceViewGradcheck(double[][] root, double[][] b, double[][] out) {
    double[][] x = cloneOf(root);
    narrowMul(x, 1, 2, b);
    narrowMul(x, 1, 0, b);
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < x[i].length; j++) out[i][j] = x[i][j];
    }
  }

  /** a = [2, 5] (no gradient), res = a.narrow(0, 1, 1).mul_(b), res.sum(): b's gradient is 5. */
  @Differentiable
  public static double inplaceViewBackpropView(double b) {
    double[] a = {2, 5};
    a[1] *= b;
    return a[1];
  }

  /** x = ones(5); v = x.select(0, 1); x.add_(r); v: the view sees the in-place add on its base. */
  @Differentiable
  public static double inplaceViewModifyBase(double r) {
    double[] x = {1, 1, 1, 1, 1};
    for (int i = 0; i < x.length; i++) x[i] += r;
    return x[1];
  }

  @Differentiable
  public static void lerp(double[] start, double[] end, double[] weight, double[] out) {
    for (int i = 0; i < out.length; i++) out[i] = start[i] + weight[i] * (end[i] - start[i]);
  }
}
