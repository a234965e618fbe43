package dev.leibniz.corpus.peers4;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The fourth peer round").
 * Source: ChainRules.jl (JuliaDiff/ChainRules.jl on GitHub): test/rulesets/LinearAlgebra/norm.jl (commit 0331eda7:
 * norm1, norm2, normInf, normMinusInf, norm(x, p) for p = 1, 2, Inf, -Inf, 2.5 and 0, normalize, with the maximum
 * (minimum) |x| well separated as the test makes it), test/rulesets/Base/mapreduce.jl (a stored version, file id 25155397733 in the index: prod of a 3x4 array along
 * dims = 1, 2 and all, with x[1] = 0, then x[5] = 0, then x[3] = x[7] = 0 as well: one and two zeros along a slice;
 * sum of abs2) and test/rulesets/Base/evalpoly.jl (commit 26258b53: evalpoly(x, p) of a scalar x and five scalar coefficients, both
 * active), whose test_rrule compares
 * ChainRules' rules with finite differences.
 * Licence: MIT (Copyright (c) 2018 Jarrett Revels and other contributors).
 * Translation (written here in Java; no comments copied): the functions are Julia's LinearAlgebra generic_norm1,
 * generic_norm2 (scaled by the largest |x_i| when n maxabs^2 overflows or underflows to 0, an early return when maxabs
 * is 0 or infinite), generic_normInf and generic_normMinusInf (a running max/min of |x_i|), generic_normp (the same
 * scaling for |p| > 1), norm(x, p)'s dispatch on p (p == 0 counts the non-zero entries), written with java.lang.Math
 * over double[]; prod is a loop over a column-major 3x4 array held as double[12] (Julia's layout, so that x[5] and
 * x[7] are the test's entries), dims = 1 giving one product per column and dims = 2 one per row; evalpoly is Horner's
 * scheme from the last coefficient, muladd written x * ex + p[i]. norm(x, p) and normalize(x, p) take p as a double,
 * differentiable as in the test's rrule; normOf and normalizeOf call them with the test's special p as constants.
 */

import dev.leibniz.Differentiable;

public final class ChainRulesArrays {
  private ChainRulesArrays() {}

  static double normInf(double[] x) {
    double max = Math.abs(x[0]);
    for (int i = 1; i < x.length; i++) max = Math.max(max, Math.abs(x[i]));
    return max;
  }

  static double normMinusInf(double[] x) {
    double min = Math.abs(x[0]);
    for (int i = 1; i < x.length; i++) min = Math.min(min, Math.abs(x[i]));
    return min;
  }

  static double norm1(double[] x) {
    double sum = 0;
    for (double v : x) sum += Math.abs(v);
    return sum;
  }

  static double norm2(double[] x) {
    double maxabs = normInf(x);
    if (maxabs == 0 || Double.isInfinite(maxabs)) return maxabs;
    if (Double.isFinite(x.length * maxabs * maxabs) && maxabs * maxabs != 0) {
      double sum = 0;
      for (double v : x) sum += v * v;
      return Math.sqrt(sum);
    }
    double sum = 0;
    for (double v : x) {
      double s = Math.abs(v) / maxabs;
      sum += s * s;
    }
    return maxabs * Math.sqrt(sum);
  }

  static double normp(double[] x, double p) {
    double maxabs = 0;
    if (p > 1 || p < -1) {
      maxabs = p > 1 ? normInf(x) : normMinusInf(x);
      if (maxabs == 0 || Double.isInfinite(maxabs)) return maxabs;
    }
    if ((-1 <= p && p <= 1) || (Double.isFinite(x.length * Math.pow(maxabs, p)) && Math.pow(maxabs, p) != 0)) {
      double sum = 0;
      for (double v : x) sum += Math.pow(Math.abs(v), p);
      return Math.pow(sum, 1 / p);
    }
    double sum = 0;
    for (double v : x) sum += Math.pow(Math.abs(v) / maxabs, p);
    return maxabs * Math.pow(sum, 1 / p);
  }

  @Differentiable
  public static double norm(double[] x, double p) {
    if (x.length == 0) return 0;
    if (p == 2) return norm2(x);
    if (p == 1) return norm1(x);
    if (p == Double.POSITIVE_INFINITY) return normInf(x);
    if (p == Double.NEGATIVE_INFINITY) return normMinusInf(x);
    if (p == 0) {
      int count = 0;
      for (double v : x) if (v != 0) count++;
      return count;
    }
    return normp(x, p);
  }

  /** The test's p values as constants: norm(x, 2), norm(x, 1), norm(x, Inf), norm(x, -Inf), norm(x, 0), by index. */
  @Differentiable
  public static double normOf(double[] x, int which) {
    switch (which) {
      case 0: return norm(x, 2);
      case 1: return norm(x, 1);
      case 2: return norm(x, Double.POSITIVE_INFINITY);
      case 3: return norm(x, Double.NEGATIVE_INFINITY);
      default: return norm(x, 0);
    }
  }

  /** normalize(x, p) = x / norm(x, p), into out. */
  @Differentiable
  public static void normalize(double[] x, double p, double[] out) {
    double n = norm(x, p);
    for (int i = 0; i < x.length; i++) out[i] = x[i] / n;
  }

  /** prod of a column-major rows x cols array: dims 1 per column, 2 per row, 0 all (into out[0]). */
  @Differentiable
  public static void prod(double[] x, int rows, int dims, double[] out) {
    int cols = x.length / rows;
    if (dims == 0) {
      double p = 1;
      for (double v : x) p *= v;
      out[0] = p;
      return;
    }
    for (int k = 0; k < out.length; k++) out[k] = 1;
    for (int c = 0; c < cols; c++) {
      for (int r = 0; r < rows; r++) {
        int slot = dims == 1 ? c : r;
        out[slot] *= x[c * rows + r];
      }
    }
  }

  /** normalize(x, 2) and normalize(x, 1), p a constant. */
  @Differentiable
  public static void normalizeOf(double[] x, int which, double[] out) {
    normalize(x, which == 0 ? 2 : 1, out);
  }

  @Differentiable
  public static double sumAbs2(double[] x) {
    double sum = 0;
    for (double v : x) sum += Math.abs(v) * Math.abs(v);
    return sum;
  }

  /** p[0] + x p[1] + x^2 p[2] + ..., by Horner's scheme. */
  @Differentiable
  public static double evalpoly(double x, double[] p) {
    double ex = p[p.length - 1];
    for (int i = p.length - 2; i >= 0; i--) ex = x * ex + p[i];
    return ex;
  }
}
