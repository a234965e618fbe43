package dev.leibniz.corpus.peers17;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The seventeenth peer round").
 * Source: Nx (elixir-nx/nx on GitHub) at commit 37901d749105076e2882fdea89a6e18393eecc0f, nx/test/nx/defn/grad_test.exs:
 * the functions of its describe blocks "invert", "determinant", "solve" and "cholesky", each as the test's defn composes
 * it with Nx.LinAlg.
 * Licence: Apache-2.0 (nx/LICENSE). Copyright (c) 2020 Dashbit and the Nx contributors. Licensed under the Apache
 * License, Version 2.0 (http://www.apache.org/licenses/LICENSE-2.0); changes: the Elixir defn functions rewritten in
 * Java.
 * Translation: Nx.LinAlg's factorisations as textbook loops: invert by Gauss-Jordan elimination and determinant and
 * solve by Gaussian elimination, each with partial pivoting (the row of largest magnitude), cholesky the
 * Cholesky-Banachiewicz recurrence reading the lower triangle; matrices are double[][], row index first.
 */

import dev.leibniz.Differentiable;

public final class NxLinAlg {
  private NxLinAlg() {}

  static void swap(double[][] m, int i, int j) {
    double[] r = m[i];
    m[i] = m[j];
    m[j] = r;
  }

  static int pivot(double[][] a, int k) {
    int p = k;
    for (int i = k + 1; i < a.length; i++) {
      if (Math.abs(a[i][k]) > Math.abs(a[p][k])) p = i;
    }
    return p;
  }

  static double[][] copy(double[][] t) {
    double[][] r = new double[t.length][];
    for (int i = 0; i < t.length; i++) r[i] = t[i].clone();
    return r;
  }

  /** Nx.LinAlg.invert: Gauss-Jordan elimination on [a | I] with partial pivoting. */
  static double[][] invert(double[][] t) {
    int n = t.length;
    double[][] a = copy(t);
    double[][] inv = new double[n][n];
    for (int i = 0; i < n; i++) inv[i][i] = 1;
    for (int k = 0; k < n; k++) {
      int p = pivot(a, k);
      swap(a, k, p);
      swap(inv, k, p);
      double d = a[k][k];
      for (int j = 0; j < n; j++) {
        a[k][j] /= d;
        inv[k][j] /= d;
      }
      for (int i = 0; i < n; i++) {
        if (i == k) continue;
        double f = a[i][k];
        for (int j = 0; j < n; j++) {
          a[i][j] -= f * a[k][j];
          inv[i][j] -= f * inv[k][j];
        }
      }
    }
    return inv;
  }

  /**
   * invert_grad: t |> invert |> sum; invert_abs_grad: t |> invert |> abs |> sum; composed_invert_grad: t |> exp |>
   * sin |> invert |> cos |> log |> sum.
   */
  @Differentiable
  public static double invertSum(String form, double[][] t) {
    double[][] m = t;
    if (form.equals("composed")) {
      m = new double[t.length][t.length];
      for (int i = 0; i < t.length; i++) {
        for (int j = 0; j < t.length; j++) m[i][j] = Math.sin(Math.exp(t[i][j]));
      }
    }
    double s = 0;
    for (double[] row : invert(m)) {
      for (double v : row) {
        s += form.equals("sum") ? v : form.equals("abs") ? Math.abs(v) : Math.log(Math.cos(v));
      }
    }
    return s;
  }

  /** determinant_grad: Nx.LinAlg.determinant(t) by Gaussian elimination with partial pivoting. */
  @Differentiable
  public static double determinant(double[][] t) {
    int n = t.length;
    double[][] a = copy(t);
    double det = 1;
    for (int k = 0; k < n; k++) {
      int p = pivot(a, k);
      if (p != k) {
        swap(a, k, p);
        det = -det;
      }
      det *= a[k][k];
      for (int i = k + 1; i < n; i++) {
        double f = a[i][k] / a[k][k];
        for (int j = k; j < n; j++) a[i][j] -= f * a[k][j];
      }
    }
    return det;
  }

  /** Nx.LinAlg.solve(a, b): Gaussian elimination with partial pivoting and back substitution. */
  static double[] solve(double[][] t, double[] rhs) {
    int n = t.length;
    double[][] a = copy(t);
    double[] b = rhs.clone();
    for (int k = 0; k < n; k++) {
      int p = pivot(a, k);
      swap(a, k, p);
      double tmp = b[k];
      b[k] = b[p];
      b[p] = tmp;
      for (int i = k + 1; i < n; i++) {
        double f = a[i][k] / a[k][k];
        for (int j = k; j < n; j++) a[i][j] -= f * a[k][j];
        b[i] -= f * b[k];
      }
    }
    double[] x = new double[n];
    for (int i = n - 1; i >= 0; i--) {
      double s = b[i];
      for (int j = i + 1; j < n; j++) s -= a[i][j] * x[j];
      x[i] = s / a[i][i];
    }
    return x;
  }

  /** solve_grad_wrt_a: a |> Nx.LinAlg.solve(b) |> Nx.sum. */
  @Differentiable
  public static double solveSum(double[][] a, double[] b) {
    double s = 0;
    for (double v : solve(a, b)) s += v;
    return s;
  }

  /** solve_grad_wrt_add: w |> Nx.add(a) (w broadcast along each row) |> Nx.LinAlg.solve(b) |> Nx.sum. */
  @Differentiable
  public static double solveSumAdd(double[] w, double[][] a, double[] b) {
    double[][] m = new double[a.length][a.length];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a.length; j++) m[i][j] = w[j] + a[i][j];
    }
    return solveSum(m, b);
  }

  /** Nx.LinAlg.cholesky: the lower factor L with L L^T = a, from a's lower triangle. */
  static double[][] cholesky(double[][] a) {
    int n = a.length;
    double[][] l = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double s = a[i][j];
        for (int k = 0; k < j; k++) s -= l[i][k] * l[j][k];
        l[i][j] = i == j ? Math.sqrt(s) : s / l[j][j];
      }
    }
    return l;
  }

  /**
   * cholesky_grad: x |> cholesky |> sum; cholesky_cos_grad: x |> cholesky |> cos |> sum; exp_cholesky_grad: x |> exp
   * |> cholesky |> sum.
   */
  @Differentiable
  public static double choleskySum(String form, double[][] t) {
    double[][] m = t;
    if (form.equals("exp")) {
      m = new double[t.length][t.length];
      for (int i = 0; i < t.length; i++) {
        for (int j = 0; j < t.length; j++) m[i][j] = Math.exp(t[i][j]);
      }
    }
    double s = 0;
    for (double[] row : cholesky(m)) {
      for (double v : row) s += form.equals("cos") ? Math.cos(v) : v;
    }
    return s;
  }
}
