package dev.leibniz.corpus.peers;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The peer round").
 * Sources: ADOL-C (coin-or/ADOL-C on GitHub): ADOL-C/examples/powexam.cpp (power: x^n by recursive squaring, negative n
 * through 1 / power(x, -n)) and ADOL-C/examples/helm-auto-exam.cpp (the Helmholtz energy of a mixture, Griewank's
 * example); CppAD (coin-or/CppAD on GitHub): speed/src/det_by_lu.cpp with include/cppad/utility/lu_factor.hpp (the
 * determinant by LU factorisation with partial pivoting: the pivot chosen by magnitude, rows swapped in place, the
 * sign flipped per swap). DiffTests.jl (JuliaDiff/DiffTests.jl, MIT): mat2num_1(x) = det(x[1] * inv(x * x) + x), with
 * the inverse by Gauss-Jordan elimination and the determinant by the same LU.
 * Licence: ADOL-C is EPL-2.0 or GPL-2.0, CppAD EPL-2.0 or GPL-2.0-or-later: no text was copied, the functions were
 * written here in Java from what they compute (names kept). DiffTests.jl is MIT.
 * Translation: matrices are row-major double[] (n x n); the Helmholtz energy keeps the example's formula
 * RT sum x_i log(x_i / (1 - b.x)) - x.Ax / (sqrt(8) b.x) log((1 + (1 + sqrt 2) b.x) / (1 + (1 - sqrt 2) b.x)) with
 * constants chosen here (b_i = 0.02 (1 + i / n), A_ij = 1 + |i - j| / n, RT = 1.3).
 */

import dev.leibniz.Differentiable;

public final class AdolcCppadMore {
  private AdolcCppadMore() {}

  static double power(double x, int n) {
    double z = 1;
    if (n > 0) {
      int nh = n / 2;
      z = power(x, nh);
      z *= z;
      if (2 * nh != n) z *= x;
      return z;
    } else {
      if (n == 0) return z;
      else return 1.0 / power(x, -n);
    }
  }

  @Differentiable
  public static double powexam(double x, int n) {
    return power(x, n);
  }

  @Differentiable
  public static double helmholtz(double[] x) {
    int n = x.length;
    final double rt = 1.3, r = Math.sqrt(2.0);
    double bx = 0;
    for (int i = 0; i < n; i++) bx += 0.02 * (1 + (double) i / n) * x[i];
    double xax = 0;
    for (int i = 0; i < n; i++) {
      double ax = 0;
      for (int j = 0; j < n; j++) ax += (1 + Math.abs(i - j) / (double) n) * x[j];
      xax += x[i] * ax;
    }
    double tem = 1 - bx;
    double he = 0;
    for (int i = 0; i < n; i++) he += x[i] * Math.log(x[i] / tem);
    he *= rt;
    he -= xax / (r * 2 * bx) * Math.log((1 + (1 + r) * bx) / (1 + (1 - r) * bx));
    return he;
  }

  /** LU with partial pivoting of the n x n row-major a, in place; the determinant. */
  static double luDeterminant(double[] a, int n) {
    double det = 1;
    for (int k = 0; k < n; k++) {
      int p = k;
      for (int i = k + 1; i < n; i++) if (Math.abs(a[i * n + k]) > Math.abs(a[p * n + k])) p = i;
      if (p != k) {
        for (int j = 0; j < n; j++) {
          double t = a[k * n + j];
          a[k * n + j] = a[p * n + j];
          a[p * n + j] = t;
        }
        det = -det;
      }
      double pivot = a[k * n + k];
      det *= pivot;
      for (int i = k + 1; i < n; i++) {
        double factor = a[i * n + k] / pivot;
        for (int j = k; j < n; j++) a[i * n + j] -= factor * a[k * n + j];
      }
    }
    return det;
  }

  @Differentiable
  public static double det_by_lu(double[] matrix, int n) {
    double[] a = matrix.clone();
    return luDeterminant(a, n);
  }

  /** The inverse of the n x n row-major m by Gauss-Jordan elimination with partial pivoting. */
  static double[] inverse(double[] m, int n) {
    double[] a = m.clone();
    double[] inv = new double[n * n];
    for (int i = 0; i < n; i++) inv[i * n + i] = 1;
    for (int k = 0; k < n; k++) {
      int p = k;
      for (int i = k + 1; i < n; i++) if (Math.abs(a[i * n + k]) > Math.abs(a[p * n + k])) p = i;
      for (int j = 0; j < n; j++) {
        double t = a[k * n + j];
        a[k * n + j] = a[p * n + j];
        a[p * n + j] = t;
        t = inv[k * n + j];
        inv[k * n + j] = inv[p * n + j];
        inv[p * n + j] = t;
      }
      double pivot = a[k * n + k];
      for (int j = 0; j < n; j++) {
        a[k * n + j] /= pivot;
        inv[k * n + j] /= pivot;
      }
      for (int i = 0; i < n; i++) {
        if (i == k) continue;
        double factor = a[i * n + k];
        for (int j = 0; j < n; j++) {
          a[i * n + j] -= factor * a[k * n + j];
          inv[i * n + j] -= factor * inv[k * n + j];
        }
      }
    }
    return inv;
  }

  @Differentiable
  public static double mat2num_1(double[] x, int n) {
    double[] xx = new double[n * n];
    for (int i = 0; i < n; i++)
      for (int j = 0; j < n; j++)
        for (int k = 0; k < n; k++) xx[i * n + j] += x[i * n + k] * x[k * n + j];
    double[] inv = inverse(xx, n);
    double first = x[0];
    double[] m = new double[n * n];
    for (int i = 0; i < n * n; i++) m[i] = first * inv[i] + x[i];
    return luDeterminant(m, n);
  }
}
