package dev.leibniz.corpus.peers;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The peer round").
 * Source: Clad (vgvassilev/clad on GitHub, commit 4b2c0eef), test/Gradient/FunctionCalls.C and
 * test/Gradient/Loops.C (fn20's sibling helpers are not needed).
 * Licence: Clad is LGPL-3.0. No text was copied: each function was written here, in Java, from what the C++ function
 * computes (same name, same statements in the same order).
 * Translation: C++ references to scalars (`double& i`) are double[] of length 1 made by the caller and read back;
 * a pointer into an array (`w + 1`, `xlArr + 2`) is the array plus an offset; a reference to an array element
 * (`twice(arr[i])`) is the array and index; std::max/min are Math.max/min and std::clamp(v, 3, 7) is
 * Math.max(3, Math.min(v, 7)); `float sum(...)` keeps its float accumulator.
 */

import dev.leibniz.Differentiable;

public final class CladFunctionCalls {
  private CladFunctionCalls() {}

  static double modify1(double[] i, double[] j) {
    i[0] += j[0];
    j[0] += j[0];
    double res = i[0] + j[0];
    return res;
  }

  @Differentiable
  public static double fn2(double i, double j) {
    double[] ri = {i};
    double[] rj = {j};
    double temp = 0;
    temp = modify1(ri, rj);
    temp = modify1(ri, rj);
    return ri[0];
  }

  static void update1(double[] i, double[] j) {
    i[0] += j[0];
    j[0] += j[0];
  }

  @Differentiable
  public static double fn3(double i, double j) {
    double[] ri = {i};
    double[] rj = {j};
    update1(ri, rj);
    update1(ri, rj);
    return ri[0];
  }

  static float sum(double[] arr, int n) {
    float res = 0;
    for (int i = 0; i < n; ++i) res += arr[i];
    arr[0] += 10 * arr[0];
    return res;
  }

  static void twice(double[] d, int k) {
    d[k] = 2 * d[k];
  }

  @Differentiable
  public static double fn4(double[] arr, int n) {
    double res = 0;
    res += sum(arr, n);
    for (int i = 0; i < n; ++i) {
      twice(arr, i);
      res += arr[i];
    }
    return res;
  }

  static double modify2(double[] arr) {
    arr[0] = 5 * arr[0] + arr[1];
    return 1;
  }

  @Differentiable
  public static double fn5(double[] arr, int n) {
    double temp = modify2(arr);
    return arr[0];
  }

  static double custom_max(double a, double b) {
    return a > b ? a : b;
  }

  @Differentiable
  public static double fn9(double x, double y) {
    return custom_max(x * y, y);
  }

  @Differentiable
  public static double fn10(double x, double y) {
    double out = x;
    out = Math.max(out, 0.0);
    out = Math.min(out, 10.0);
    out = Math.max(3.0, Math.min(out, 7.0));
    return out * y;
  }

  static double multiply(double[] a, int ia, double[] b, int ib) {
    return a[ia] * b[ib];
  }

  @Differentiable
  public static double fn13(double[] x, double[] w) {
    double[] wCopy = new double[2];
    for (int i = 0; i < 2; ++i) wCopy[i] = w[i];
    return multiply(x, 0, wCopy, 1);
  }

  static double recFun(double x, double y) {
    if (x > y) return recFun(x - 1, y);
    return x * y;
  }

  @Differentiable
  public static double fn16(double x, double y) {
    return recFun(x, y);
  }

  static double add(double a, double[] b) {
    return a + b[0];
  }

  @Differentiable
  public static double fn17(double x, double[] y) {
    x = add(x, y);
    x = add(x, new double[] {x});
    return x;
  }

  static double weighted_sum(double[] x, double[] w, int wOffset) {
    return w[wOffset] * x[0] + w[wOffset + 1] * x[1];
  }

  @Differentiable
  public static double fn20(double[] x, double[] w) {
    return weighted_sum(x, w, 1);
  }

  static double unused_return(double[] x) {
    return x[0] *= 2;
  }

  @Differentiable
  public static double fn24(double x) {
    double[] rx = {x};
    unused_return(rx);
    return rx[0];
  }

  static void mult(double[] x, double y) {
    for (int i = 0; i < 3; ++i) x[i] *= y;
  }

  @Differentiable
  public static double fn27(double u, double v) {
    double[] arr = {u, v, 1};
    double sum = arr[0] * arr[1] * arr[2];
    mult(arr, u);
    return sum + arr[2];
  }

  static int nested(double[] x, double y) {
    mult(x, y);
    mult(x, 3);
    return 1;
  }

  @Differentiable
  public static double fn28(double u, double v) {
    double[] arr = {u, v, 1};
    int ref = nested(arr, u);
    arr[ref] += 2;
    return arr[ref];
  }

  static void fast_interp(double[] coefs, double[] sumParam, int sumOffset, double[] diffParam, int diffOffset,
      double[] out) {
    double x = coefs[0];
    out[0] += x * (diffParam[diffOffset] + x * sumParam[sumOffset]);
  }

  @Differentiable
  public static double fn32(double[] params) {
    double[] t3 = {params[0]};
    double[] t2 = new double[1];
    double[] xlArr = {3., 4.};
    fast_interp(t3, xlArr, 0, xlArr, 1, t2);
    return t2[0];
  }
}
