package dev.leibniz.corpus.peers10;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The tenth peer round").
 * Source: CasADi (casadi/casadi on GitHub), test/python/ad.py at commit 444ca7d411d1fb927b2679f4bf7d6dfbf71fb1f0: the
 * function of ADtests.setUp that test_fwd, test_adj and the Jacobian tests differentiate ([x, x + 2y^2, x + 2y^3 + 3z^4,
 * w] as a dense column, as a sparse 6-vector with structural zeros and reshaped into a 2 x 2 matrix), and expressions
 * of test_MX's list with their expected Jacobians at x = [1.1, 1.3], y = [[0.7, 1.5], [2.1, 0.9]] (in-place updates of
 * a copy of x through single, repeated and permuted indices, a column of a copy of y assigned, matrix products, repmat,
 * repsum, diagcat, dot, mac into a sparse accumulator, nonzero indexing, vertsplit, and a call of the Function f1).
 * Licence: LGPL-3.0-or-later. Rewritten here from what each test computes (the expression and its Jacobian), never
 * copied; no comments or code taken.
 * Translation: an SX/MX column is double[], a matrix double[][] (row index first; CasADi's column-major reshape and
 * nonzero order spelt out by index); `w = x[:]` is a clone and `w[i] *= v` an in-place update of it, with the right side
 * read before any element changes (CasADi's semantics, also for repeated indices); a result is written into an output
 * array, untouched where CasADi's sparsity has a structural zero; the Function f1 is a helper method.
 */

import dev.leibniz.Differentiable;

public final class CasadiAd {
  private CasadiAd() {}

  @Differentiable
  public static void denseColumn(double[] xyzw, double[] out) {
    double x = xyzw[0], y = xyzw[1], z = xyzw[2], w = xyzw[3];
    out[0] = x;
    out[1] = x + 2 * y * y;
    out[2] = x + 2 * y * y * y + 3 * z * z * z * z;
    out[3] = w;
  }

  /** The sparse input (rows 0, 2, 4, 5 of 6) to the sparse output with structural zeros in rows 1 and 3. */
  @Differentiable
  public static void sparseColumn(double[] inp, double[] out) {
    double x = inp[0], y = inp[2], z = inp[4], w = inp[5];
    out[0] = x;
    out[2] = x + 2 * y * y;
    out[4] = x + 2 * y * y * y + 3 * z * z * z * z;
    out[5] = w;
  }

  /** Input and output reshaped to 2 x 2, column-major: x = m[0][0], y = m[1][0], z = m[0][1], w = m[1][1]. */
  @Differentiable
  public static void matrix(double[][] m, double[][] out) {
    double x = m[0][0], y = m[1][0], z = m[0][1], w = m[1][1];
    out[0][0] = x;
    out[1][0] = x + 2 * y * y;
    out[0][1] = x + 2 * y * y * y + 3 * z * z * z * z;
    out[1][1] = w;
  }

  private static void copyInto(double[] from, double[] to) {
    for (int i = 0; i < from.length; i++) to[i] = from[i];
  }

  /** w = x[:]; w[1] *= 2. */
  @Differentiable
  public static void scaleOne(double[] x, double[] out) {
    double[] w = x.clone();
    w[1] *= 2;
    copyInto(w, out);
  }

  /** w2 = x[:]; w2[1] *= x[0]. */
  @Differentiable
  public static void scaleByFirst(double[] x, double[] out) {
    double[] w = x.clone();
    w[1] *= x[0];
    copyInto(w, out);
  }

  /** ww = x[:]; ww[[0, 1]] *= x. */
  @Differentiable
  public static void squareInPlace(double[] x, double[] out) {
    double[] w = x.clone();
    int[] idx = {0, 1};
    for (int k = 0; k < idx.length; k++) w[idx[k]] *= x[k];
    copyInto(w, out);
  }

  /** wwf = x[:]; wwf[[1, 0]] *= x: Jacobian rows [x1, x0] twice. */
  @Differentiable
  public static void swappedProducts(double[] x, double[] out) {
    double[] w = x.clone();
    int[] idx = {1, 0};
    for (int k = 0; k < idx.length; k++) w[idx[k]] *= x[k];
    copyInto(w, out);
  }

  /** wwr = x[:]; wwr[[0, 0, 1, 1]] *= 2: each element doubled once (Jacobian 2 I). */
  @Differentiable
  public static void repeatedIndices(double[] x, double[] out) {
    double[] w = x.clone();
    double[] before = w.clone();
    int[] idx = {0, 0, 1, 1};
    for (int k = 0; k < idx.length; k++) w[idx[k]] = before[idx[k]] * 2;
    copyInto(w, out);
  }

  private static void copyInto(double[][] from, double[][] to) {
    for (int i = 0; i < from.length; i++) copyInto(from[i], to[i]);
  }

  private static double[][] copyOf(double[][] y) {
    double[][] c = new double[y.length][];
    for (int i = 0; i < y.length; i++) c[i] = y[i].clone();
    return c;
  }

  /** yy = y[:, :]; yy[:, 0] = x (and yy2[:, 0] = x^2 when squared). */
  @Differentiable
  public static void columnAssign(double[] x, double[][] y, boolean squared, double[][] out) {
    double[][] yy = copyOf(y);
    for (int i = 0; i < 2; i++) yy[i][0] = squared ? x[i] * x[i] : x[i];
    copyInto(yy, out);
  }

  /** yyy = y[:, :]; yyy[[1, 0], 0] = x. */
  @Differentiable
  public static void columnAssignPermuted(double[] x, double[][] y, double[][] out) {
    double[][] yy = copyOf(y);
    int[] rows = {1, 0};
    for (int k = 0; k < rows.length; k++) yy[rows[k]][0] = x[k];
    copyInto(yy, out);
  }

  private static double[] mtimes(double[][] a, double[] v) {
    double[] r = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < v.length; j++) r[i] += a[i][j] * v[j];
    }
    return r;
  }

  /** mtimes(y, x). */
  @Differentiable
  public static void matVec(double[] x, double[][] y, double[] out) {
    copyInto(mtimes(y, x), out);
  }

  /** The Function f1(x, y) = [x + y[0, 0], mtimes(y, x)], its outputs written into first and second. */
  static void f1(double[] x, double[][] y, double[] first, double[] second) {
    for (int i = 0; i < x.length; i++) first[i] = x[i] + y[0][0];
    copyInto(mtimes(y, x), second);
  }

  /** f1.call([x**2, y])[1]: Jacobian y * 2 [x^T; x^T]. */
  @Differentiable
  public static void f1OfSquares(double[] x, double[][] y, double[] out) {
    double[] sq = new double[x.length];
    for (int i = 0; i < x.length; i++) sq[i] = x[i] * x[i];
    double[] first = new double[x.length];
    f1(sq, y, first, out);
  }

  /** sin(repmat(x**2, 1, 3)): a 2 x 3 matrix of copies of the column. */
  @Differentiable
  public static void sinRepmat(double[] x, double[][] out) {
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 3; j++) out[i][j] = Math.sin(x[i] * x[i]);
    }
  }

  /** sin(repsum((x**2).T, 1, 2)) = sin(x0^2 + x1^2). */
  @Differentiable
  public static double sinRepsum(double[] x) {
    double[] row = {x[0] * x[0], x[1] * x[1]};
    double s = 0;
    for (double v : row) s += v;
    return Math.sin(s);
  }

  /** diagcat(x[1]**2, y, x[0]**2): a 4 x 4 block diagonal. */
  @Differentiable
  public static void diagcat(double[] x, double[][] y, double[][] out) {
    out[0][0] = x[1] * x[1];
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 2; j++) out[1 + i][1 + j] = y[i][j];
    }
    out[3][3] = x[0] * x[0];
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) s += a[i] * b[i];
    return s;
  }

  /** dot(x, x), dot(x**2, x) and dot(x, y[:, 0]). */
  @Differentiable
  public static void dots(double[] x, double[][] y, double[] out) {
    double[] sq = {x[0] * x[0], x[1] * x[1]};
    double[] column = {y[0][0], y[1][0]};
    out[0] = dot(x, x);
    out[1] = dot(sq, x);
    out[2] = dot(x, column);
  }

  /** mac(y, x, z) with z's sparsity only row 1: z[1] += y[1, :] x, row 0 a structural zero. */
  @Differentiable
  public static void macSparse(double[] x, double[][] y, double[] z) {
    for (int j = 0; j < 2; j++) z[1] += y[1][j] * x[j];
  }

  /** x.nz[[1, 0]].T * y.nz[[0, 2]] (y's nonzeros column-major: nz 0 is y[0][0], nz 2 is y[0][1]). */
  @Differentiable
  public static void nonzeroProducts(double[] x, double[][] y, double[] out) {
    double[] ynz = {y[0][0], y[1][0], y[0][1], y[1][1]};
    int[] xi = {1, 0};
    int[] yi = {0, 2};
    for (int k = 0; k < 2; k++) out[k] = x[xi[k]] * ynz[yi[k]];
  }

  /** vertsplit(x**2, [0, 1, 2])[1]**3 = x1^6. */
  @Differentiable
  public static double vertsplitCubed(double[] x) {
    double[] parts = {x[0] * x[0], x[1] * x[1]};
    double second = parts[1];
    return second * second * second;
  }
}
