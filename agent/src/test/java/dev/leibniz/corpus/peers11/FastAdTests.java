package dev.leibniz.corpus.peers11;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The eleventh peer round").
 * Source: FastAD (JamesYang007/FastAD on GitHub) at commit 36e3c863dc15c4609b963fab8cf003cfed1df4ee: the expressions its
 * reverse-mode tests differentiate — test/integration/node_inttest.cpp (leaf/unary/binary/eq/glue chains, the compound
 * assignments of leaf_opeq_many_nested and leaf_opeq_head_tail, sumnode, foreach, mat_scl_reduction, dot_sum_norm),
 * test/integration/ad_inttest.cpp (F_lmda, G_lmda, H_lmda, PHI_lmda), test/reverse/core/if_else_unittest.cpp,
 * pow_unittest.cpp (PowNode<2>, <-1>, <0> of MockUnary's 2x), prod_unittest.cpp, norm_unittest.cpp (squared norm),
 * det_unittest.cpp and log_det_unittest.cpp (full-pivot LU and Cholesky), test/reverse/stat/normal_unittest.cpp and
 * cauchy_unittest.cpp (the log-densities without their fixed constants, -inf out of range), with the fixtures' values
 * (base_fixture: 2.31, [3.1, -2.3, 1.3, 0, 5.1], the 2 x 3 matrix).
 * Licence: MIT. Copyright (c) 2019 JamesYang007. "Permission is hereby granted, free of charge, to any person obtaining a
 * copy of this software ... The above copyright notice and this permission notice shall be included in all copies or
 * substantial portions of the Software." Written here in Java from what each test computes; no code was copied.
 * Translation: a Var is a double (a VarView into a caller's array is a double[] element); `w = expr` glue chains are
 * locals or array elements written in order; Eigen vectors and matrices are double[] and double[][]; ad::sum and
 * ad::prod over a range with a lambda take a DoubleUnaryOperator; if_else is the conditional operator; the
 * decompositions are written out (full pivoting for FullPivLU, Cholesky for LLT); a self-adjoint sigma reads its lower
 * triangle as Eigen's selfadjointView<Lower> does.
 */

import dev.leibniz.Differentiable;
import java.util.function.DoubleUnaryOperator;

public final class FastAdTests {
  private FastAdTests() {}

  // ---- node_inttest.cpp ----

  @Differentiable
  public static double leafUnary(double x) {
    return Math.sin(x);
  }

  @Differentiable
  public static double leafUnaryMinus(double x) {
    return -x;
  }

  @Differentiable
  public static double leafUnaryUnary(double x) {
    return Math.sin(Math.log(x));
  }

  @Differentiable
  public static double leafLeafBinary(double x, double y, double z) {
    return (x + y) - z;
  }

  /** leaf_unary_binary: VarViews into the caller's values x[0..2]. */
  @Differentiable
  public static double leafUnaryBinary(double[] x) {
    return x[0] + Math.sin(x[1] + x[2]);
  }

  @Differentiable
  public static double leafUnaryBinary2(double x1, double x2) {
    return x1 * x2 + Math.sin(x1);
  }

  @Differentiable
  public static double leafUnaryBinary3(double x1, double x2) {
    return x1 * x2 + Math.sin(x1 + x2) * x2 - x1 / x2;
  }

  @Differentiable
  public static double leafUnaryBinary4(double x1, double x2, double x3) {
    return x1 * x3 + Math.sin(Math.cos(x1 + x2)) * x2 - x1 / Math.exp(x3);
  }

  /** leaf_unary_eq: (x = tan(y)) with x a variable of its own, here the caller's cell x[0]. */
  @Differentiable
  public static double leafUnaryEq(double[] x, double y) {
    x[0] = Math.tan(y);
    return x[0];
  }

  /** leaf_opeq_many_nested: the compound assignments on a vector and a scalar, in the test's order, then the sum. */
  @Differentiable
  public static double opEqManyNested(double[] vec, double[] scl) {
    int n = vec.length;
    for (int i = 0; i < n; i++) vec[i] *= scl[0];
    double[] diff = new double[n];
    for (int i = 0; i < n; i++) diff[i] = vec[i] - scl[0];
    for (int i = 0; i < n; i++) vec[i] += diff[i];
    scl[0] *= scl[0] - 2.;
    scl[0] /= 1.;
    double[] twice = new double[n];
    for (int i = 0; i < n; i++) twice[i] = 2. * vec[i];
    for (int i = 0; i < n; i++) vec[i] -= twice[i];
    for (int i = 0; i < n; i++) vec[i] *= -1.;
    for (int i = 0; i < n; i++) vec[i] -= scl[0];
    for (int i = 0; i < n; i++) vec[i] /= scl[0];
    double sum = 0;
    for (double v : vec) sum += v;
    return sum;
  }

  /** leaf_opeq_head_tail: tail += scl * head (the product evaluated first, as FastAD's node caches it), sum(tail). */
  @Differentiable
  public static double opEqHeadTail(double[] vec, double scl) {
    int m = vec.length - 1;
    double[] scaledHead = new double[m];
    for (int i = 0; i < m; i++) scaledHead[i] = scl * vec[i];
    for (int i = 0; i < m; i++) vec[i + 1] += scaledHead[i];
    double sum = 0;
    for (int i = 1; i <= m; i++) sum += vec[i];
    return sum;
  }

  /** leaf_binary_eq_glue: (w3 = w1 * w2, w4 = w3 * w3) into the caller's w[2], w[3]. */
  @Differentiable
  public static double binaryEqGlue(double[] w) {
    w[2] = w[0] * w[1];
    w[3] = w[2] * w[2];
    return w[3];
  }

  @Differentiable
  public static double unaryBinaryEqGlue(double w1, double w2) {
    double w3 = w1 * Math.sin(w2);
    double w4 = w3 + w1 * w2;
    double w5 = Math.exp(w4 * w3);
    return w5;
  }

  static double sum(double[] x, DoubleUnaryOperator f) {
    double s = 0;
    for (double v : x) s += f.applyAsDouble(v);
    return s;
  }

  static double prod(double[] x, DoubleUnaryOperator f) {
    double p = 1;
    for (double v : x) p *= f.applyAsDouble(v);
    return p;
  }

  /** sumnode: ad::sum over the range with the lambda cos(sin(v) * v). */
  @Differentiable
  public static double sumNode(double[] vec) {
    return sum(vec, v -> Math.cos(Math.sin(v) * v));
  }

  /** foreach: prod[k] = prod[k - 1] * vec[k] over the range, then res = prod[last], w4 = res * res + vec[0]. */
  @Differentiable
  public static double forEachProduct(double[] vec) {
    double[] prod = new double[vec.length];
    prod[0] = vec[0];
    for (int k = 1; k < vec.length; k++) prod[k] = prod[k - 1] * vec[k];
    double res = prod[vec.length - 1];
    return res * res + vec[0];
  }

  /** mat_scl_reduction: w = v * v element-wise (3 x 2), x = sum(w). */
  @Differentiable
  public static double matSclReduction(double[][] v) {
    double[][] w = new double[v.length][v[0].length];
    double x = 0;
    for (int i = 0; i < v.length; i++) {
      for (int j = 0; j < v[i].length; j++) {
        w[i][j] = v[i][j] * v[i][j];
        x += w[i][j];
      }
    }
    return x;
  }

  /** dot_sum_norm: v = M x, w = norm(v) (FastAD's squared norm) + sum(v - c) with the constant c = 3. */
  @Differentiable
  public static double dotSumNorm(double[][] m, double[] x) {
    double c = 3.;
    double[] v = new double[m.length];
    for (int i = 0; i < m.length; i++) {
      for (int j = 0; j < x.length; j++) v[i] += m[i][j] * x[j];
    }
    double norm = 0;
    double sum = 0;
    for (double vi : v) {
      norm += vi * vi;
      sum += vi - c;
    }
    return norm + sum;
  }

  // ---- ad_inttest.cpp ----

  @Differentiable
  public static double fLambda(double[] x, double[] w) {
    w[0] = Math.sin(x[0]) * Math.cos(x[1]);
    w[1] = x[2] + x[3] * x[4];
    w[2] = w[0] + w[1];
    return w[2];
  }

  /** F_with_constant_test: the same glue with ad::constant(3.14) added at the end. */
  @Differentiable
  public static double fWithConstant(double[] x, double[] w) {
    w[0] = Math.sin(x[0]) * Math.cos(x[1]);
    w[1] = x[2] + x[3] * x[4];
    w[2] = w[0] + w[1] + 3.14;
    return w[2];
  }

  @Differentiable
  public static double gLambda(double[] x, double[] w) {
    w[0] = sum(x, Math::sin);
    w[1] = w[0] * w[0] - sum(x, Math::cos);
    return w[1];
  }

  @Differentiable
  public static double hLambda(double[] x, double[] w) {
    w[0] = x[0] * x[4];
    return w[0];
  }

  /** PHI_lmda (function_vector_complex): seven glued lines of sums and a product over x with lambdas. */
  @Differentiable
  public static double phiLambda(double[] x, double[] w) {
    w[0] = Math.sin(x[0]) * Math.cos(Math.exp(x[1])) + Math.exp(x[0]) - x[1];
    w[1] = Math.sin(w[0]) - sum(x, v -> Math.cos(v) * Math.exp(v));
    w[2] = Math.sin(w[1]) + sum(x, v -> Math.sin(v) * Math.exp(v));
    w[3] = Math.sin(w[2]) + prod(x, Math::cos);
    w[4] = Math.sin(w[3]) + sum(x, v -> Math.sin(v) * Math.exp(v));
    w[5] = Math.sin(w[4]) + sum(x, v -> Math.cos(v) * Math.exp(v));
    w[6] = Math.sin(w[5]) + sum(x, v -> Math.sin(v) * Math.exp(v));
    return w[6];
  }

  // ---- if_else_unittest.cpp ----

  @Differentiable
  public static double ifElseSimple(double x, double y) {
    return x < y ? x : y;
  }

  @Differentiable
  public static double ifElseSimpleNegated(double x, double y) {
    return x >= y ? x : y;
  }

  @Differentiable
  public static double ifElseComplicated(double x, double y, double z, double w) {
    return (x < y) && (z < w) ? x * y + z : x;
  }

  /** if_else_complicated_vec: the scalar condition picks vx * vy + vz or vx for the whole vector. */
  @Differentiable
  public static void ifElseComplicatedVec(double x, double y, double z, double w, double[] vx, double[] vy,
      double[] vz, double[] out) {
    boolean cond = (x < y) && (z < w);
    for (int i = 0; i < out.length; i++) out[i] = cond ? vx[i] * vy[i] + vz[i] : vx[i];
  }

  @Differentiable
  public static double ifOnIf(double x, double y, double z, double w) {
    return x < y ? (z < w ? x * y + z : x) : 0.;
  }

  // ---- pow_unittest.cpp, prod_unittest.cpp, norm_unittest.cpp (MockUnary f(x) = 2x inside) ----

  static double mockUnary(double x) {
    return 2. * x;
  }

  /** PowNode<2>, <-1>, <0> of 2x (FastAD's inv returns +inf at 0), scalar. */
  @Differentiable
  public static void powScalar(double x, double[] out) {
    double u = mockUnary(x);
    out[0] = u * u;
    out[1] = u == 0 ? Double.POSITIVE_INFINITY : 1. / u;
    out[2] = 1.;
  }

  /** The vector PowNodes, element-wise. */
  @Differentiable
  public static void powVector(double[] x, double[][] out) {
    for (int i = 0; i < x.length; i++) {
      double u = mockUnary(x[i]);
      out[0][i] = u * u;
      out[1][i] = u == 0 ? Double.POSITIVE_INFINITY : 1. / u;
      out[2][i] = 1.;
    }
  }

  /** prod of MockUnary over a vector (vec_expr_beval) and over a matrix (mat_expr_beval). */
  @Differentiable
  public static void prodOfUnary(double[] v, double[][] m, double[] out) {
    out[0] = prod(v, FastAdTests::mockUnary);
    double p = 1;
    for (double[] row : m) {
      for (double e : row) p *= mockUnary(e);
    }
    out[1] = p;
  }

  /** norm of MockUnary over a vector and over a matrix: FastAD's norm is the squared norm. */
  @Differentiable
  public static void squaredNormOfUnary(double[] v, double[][] m, double[] out) {
    double s = 0;
    for (double e : v) s += mockUnary(e) * mockUnary(e);
    out[0] = s;
    double t = 0;
    for (double[] row : m) {
      for (double e : row) {
        double u = mockUnary(e);
        t += u * u;
      }
    }
    out[1] = t;
  }

  // ---- det_unittest.cpp, log_det_unittest.cpp ----

  /** The determinant by LU with full pivoting (Eigen's FullPivLU): row and column swaps each flip the sign. */
  @Differentiable
  public static double detFullPivLu(double[][] a) {
    int n = a.length;
    double[][] lu = new double[n][];
    for (int i = 0; i < n; i++) lu[i] = a[i].clone();
    double det = 1;
    for (int k = 0; k < n; k++) {
      int pr = k;
      int pc = k;
      double biggest = -1;
      for (int i = k; i < n; i++) {
        for (int j = k; j < n; j++) {
          if (Math.abs(lu[i][j]) > biggest) {
            biggest = Math.abs(lu[i][j]);
            pr = i;
            pc = j;
          }
        }
      }
      if (pr != k) {
        double[] t = lu[pr];
        lu[pr] = lu[k];
        lu[k] = t;
        det = -det;
      }
      if (pc != k) {
        for (int i = 0; i < n; i++) {
          double t = lu[i][pc];
          lu[i][pc] = lu[i][k];
          lu[i][k] = t;
        }
        det = -det;
      }
      double pivot = lu[k][k];
      if (pivot == 0) return 0;
      det *= pivot;
      for (int i = k + 1; i < n; i++) {
        double f = lu[i][k] / pivot;
        for (int j = k + 1; j < n; j++) lu[i][j] -= f * lu[k][j];
      }
    }
    return det;
  }

  /** The lower Cholesky factor of a symmetric positive definite matrix, reading its lower triangle. */
  static double[][] cholesky(double[][] a) {
    int n = a.length;
    double[][] l = new double[n][n];
    for (int j = 0; j < n; j++) {
      double d = a[j][j];
      for (int k = 0; k < j; k++) d -= l[j][k] * l[j][k];
      l[j][j] = Math.sqrt(d);
      for (int i = j + 1; i < n; i++) {
        double s = a[i][j];
        for (int k = 0; k < j; k++) s -= l[i][k] * l[j][k];
        l[i][j] = s / l[j][j];
      }
    }
    return l;
  }

  /** DetLLT: the determinant as the squared product of the Cholesky factor's diagonal. */
  @Differentiable
  public static double detLlt(double[][] a) {
    double[][] l = cholesky(a);
    double p = 1;
    for (int i = 0; i < l.length; i++) p *= l[i][i];
    return p * p;
  }

  /** log_det by FullPivLU: the log of the determinant's absolute value. */
  @Differentiable
  public static double logDetFullPivLu(double[][] a) {
    return Math.log(Math.abs(detFullPivLu(a)));
  }

  /** LogDetLLT: twice the sum of the logs of the Cholesky factor's diagonal. */
  @Differentiable
  public static double logDetLlt(double[][] a) {
    double[][] l = cholesky(a);
    double s = 0;
    for (int i = 0; i < l.length; i++) s += Math.log(l[i][i]);
    return 2 * s;
  }

  // ---- stat/normal_unittest.cpp: the normal log-density without -n/2 log(2 pi) ----

  @Differentiable
  public static double normalSss(double x, double mu, double sigma) {
    if (sigma <= 0) return Double.NEGATIVE_INFINITY;
    double z = (x - mu) / sigma;
    return -0.5 * z * z - Math.log(sigma);
  }

  @Differentiable
  public static double normalVss(double[] x, double mu, double sigma) {
    if (sigma <= 0) return Double.NEGATIVE_INFINITY;
    double sq = 0;
    for (double xi : x) sq += (xi - mu) * (xi - mu);
    return -0.5 * sq / (sigma * sigma) - x.length * Math.log(sigma);
  }

  @Differentiable
  public static double normalVvs(double[] x, double[] mu, double sigma) {
    if (sigma <= 0) return Double.NEGATIVE_INFINITY;
    double sq = 0;
    for (int i = 0; i < x.length; i++) sq += (x[i] - mu[i]) * (x[i] - mu[i]);
    return -0.5 * sq / (sigma * sigma) - x.length * Math.log(sigma);
  }

  @Differentiable
  public static double normalVsv(double[] x, double mu, double[] sigma) {
    double res = 0;
    for (int i = 0; i < x.length; i++) {
      if (sigma[i] <= 0) return Double.NEGATIVE_INFINITY;
      double z = (x[i] - mu) / sigma[i];
      res += -0.5 * z * z - Math.log(sigma[i]);
    }
    return res;
  }

  @Differentiable
  public static double normalVvv(double[] x, double[] mu, double[] sigma) {
    double res = 0;
    for (int i = 0; i < x.length; i++) {
      if (sigma[i] <= 0) return Double.NEGATIVE_INFINITY;
      double z = (x[i] - mu[i]) / sigma[i];
      res += -0.5 * z * z - Math.log(sigma[i]);
    }
    return res;
  }

  /** vsm: a covariance matrix (lower triangle read): -(x - mu)' S^-1 (x - mu) / 2 - log det(S) / 2 by Cholesky. */
  @Differentiable
  public static double normalVsm(double[] x, double mu, double[][] sigma) {
    double[][] l = cholesky(sigma);
    int n = x.length;
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      double s = x[i] - mu;
      for (int k = 0; k < i; k++) s -= l[i][k] * y[k];
      y[i] = s / l[i][i];
    }
    double quad = 0;
    double logDet = 0;
    for (int i = 0; i < n; i++) {
      quad += y[i] * y[i];
      logDet += Math.log(l[i][i]);
    }
    return -0.5 * quad - logDet;
  }

  // ---- stat/cauchy_unittest.cpp: the Cauchy log-density without -log(pi) ----

  static double cauchyTerm(double x, double loc, double scale) {
    double z = (x - loc) / scale;
    return -Math.log(scale) - Math.log1p(z * z);
  }

  @Differentiable
  public static double cauchySss(double x, double loc, double scale) {
    if (scale <= 0) return Double.NEGATIVE_INFINITY;
    return cauchyTerm(x, loc, scale);
  }

  @Differentiable
  public static double cauchyVss(double[] x, double loc, double scale) {
    if (scale <= 0) return Double.NEGATIVE_INFINITY;
    double res = 0;
    for (double xi : x) res += cauchyTerm(xi, loc, scale);
    return res;
  }

  @Differentiable
  public static double cauchyVsv(double[] x, double loc, double[] scale) {
    double res = 0;
    for (int i = 0; i < x.length; i++) {
      if (scale[i] <= 0) return Double.NEGATIVE_INFINITY;
      res += cauchyTerm(x[i], loc, scale[i]);
    }
    return res;
  }

  @Differentiable
  public static double cauchyVvs(double[] x, double[] loc, double scale) {
    if (scale <= 0) return Double.NEGATIVE_INFINITY;
    double res = 0;
    for (int i = 0; i < x.length; i++) res += cauchyTerm(x[i], loc[i], scale);
    return res;
  }

  @Differentiable
  public static double cauchyVvv(double[] x, double[] loc, double[] scale) {
    double res = 0;
    for (int i = 0; i < x.length; i++) {
      if (scale[i] <= 0) return Double.NEGATIVE_INFINITY;
      res += cauchyTerm(x[i], loc[i], scale[i]);
    }
    return res;
  }
}
