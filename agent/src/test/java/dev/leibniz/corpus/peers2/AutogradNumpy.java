package dev.leibniz.corpus.peers2;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The second peer round").
 * Source: HIPS autograd (HIPS/autograd on GitHub, commit 027429f9), tests/test_numpy.py (test_max, test_max_axis,
 * test_index_slice_fanout, test_rot90, test_trace (with offset), test_cumsum_axis1,
 * test_roll, test_triu, test_clip, test_prod_1, test_var_ddof, test_std_ddof, test_where, test_index_dot_slices,
 * test_cast_to_int, test_nan_to_num) and tests/test_binary_ops.py (commit 06394705, test_pow: x ** y broadcast over a
 * matrix and a vector, test_util's to_scalar reduction written as a plain sum; the test's make_positive and np.round
 * are applied to the arguments before the check, so the points hold positive bases and whole exponents), and
 * tests/test_scalar_ops.py (commit 06394705, test_abs and test_sign: 3.0 * np.abs(x), 3.0 * np.sign(x) at +-1.1).
 * Licence: MIT (Copyright (c) 2014 by the Authors of autograd).
 * Translation (written here in Java from the Python test functions; no comments copied): what each lambda `fun`
 * computes, with numpy's semantics spelt out as a Java programmer would: matrices are double[][] (row-major), results
 * of the same shape are new arrays, np.max/np.prod/np.var/np.std are loops (var and std with numpy's ddof divisor
 * N - ddof, std calling var), np.where takes a boolean[][] mask, np.int64 of a float truncates toward zero and a
 * negative index counts from the end as in numpy (cast_to_int), np.nan_to_num replaces NaN by 0 and +-inf by
 * +-Double.MAX_VALUE, np.clip is Math.min(Math.max(...)), np.roll and np.triu index arithmetic.
 */

import dev.leibniz.Differentiable;

public final class AutogradNumpy {
  private AutogradNumpy() {}

  @Differentiable
  public static double max(double[][] x) {
    double m = Double.NEGATIVE_INFINITY;
    for (double[] row : x) {
      for (double v : row) {
        if (v > m) {
          m = v;
        }
      }
    }
    return m;
  }

  @Differentiable
  public static double[][] cumsum_axis1(double[][] x) {
    double[][] out = new double[x.length][];
    for (int i = 0; i < x.length; i++) {
      out[i] = new double[x[i].length];
      double running = 0;
      for (int j = 0; j < x[i].length; j++) {
        running += x[i][j];
        out[i][j] = running;
      }
    }
    return out;
  }

  @Differentiable
  public static double[][] roll(double[][] x) {
    int shift = 2;
    double[][] out = new double[x.length][];
    for (int i = 0; i < x.length; i++) {
      int n = x[i].length;
      out[i] = new double[n];
      for (int j = 0; j < n; j++) {
        out[i][(j + shift) % n] = x[i][j];
      }
    }
    return out;
  }

  @Differentiable
  public static double[][] triu(double[][] x) {
    int k = 2;
    double[][] out = new double[x.length][x[0].length];
    for (int i = 0; i < x.length; i++) {
      for (int j = i + k; j < x[i].length; j++) {
        out[i][j] = x[i][j];
      }
    }
    return out;
  }

  @Differentiable
  public static double[][] clip(double[][] x) {
    double aMin = 0.1, aMax = 1.1;
    double[][] out = new double[x.length][];
    for (int i = 0; i < x.length; i++) {
      out[i] = new double[x[i].length];
      for (int j = 0; j < x[i].length; j++) {
        out[i][j] = Math.min(Math.max(x[i][j], aMin), aMax);
      }
    }
    return out;
  }

  @Differentiable
  public static double prod(double[][] x) {
    double p = 1.0;
    for (double[] row : x) {
      for (double v : row) {
        p *= v;
      }
    }
    return p;
  }

  @Differentiable
  public static double var(double[][] x, int ddof) {
    int n = 0;
    double sum = 0;
    for (double[] row : x) {
      for (double v : row) {
        sum += v;
        n++;
      }
    }
    double mean = sum / n;
    double ss = 0;
    for (double[] row : x) {
      for (double v : row) {
        double d = v - mean;
        ss += d * d;
      }
    }
    return ss / (n - ddof);
  }

  @Differentiable
  public static double std(double[][] x, int ddof) {
    return Math.sqrt(var(x, ddof));
  }

  @Differentiable
  public static double[][] where(boolean[][] c, double[][] x, double[][] y) {
    double[][] b = new double[c.length][];
    for (int i = 0; i < c.length; i++) {
      b[i] = new double[c[i].length];
      for (int j = 0; j < c[i].length; j++) {
        b[i][j] = c[i][j] ? x[i][j] : y[i][j];
      }
    }
    return b;
  }

  @Differentiable
  public static double index_dot_slices(double[] x) {
    int half = 2;
    double s = 0;
    for (int i = 0; i < half; i++) {
      s += x[i] * x[half + i];
    }
    return s;
  }

  @Differentiable
  public static double cast_to_int(double[][] W) {
    int rows = W.length, cols = W[0].length;
    double[][] newW = new double[rows][cols - 1];
    long[] newInds = new long[rows];
    for (int r = 0; r < rows; r++) {
      System.arraycopy(W[r], 0, newW[r], 0, cols - 1);
      newInds[r] = (long) W[r][cols - 1];
    }
    double s = 0;
    for (int r = 0; r < rows; r++) {
      int k = (int) newInds[r];
      if (k < 0) {
        k += rows;
      }
      for (double v : newW[k]) {
        s += v;
      }
    }
    return s;
  }

  private static double nanToNum(double v) {
    if (Double.isNaN(v)) {
      return 0.0;
    }
    if (v == Double.POSITIVE_INFINITY) {
      return Double.MAX_VALUE;
    }
    if (v == Double.NEGATIVE_INFINITY) {
      return -Double.MAX_VALUE;
    }
    return v;
  }

  @Differentiable
  public static double nan_to_num(double[] x) {
    double[] y = {0., Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      s += Math.sin(nanToNum(x[i] + y[i]));
    }
    return s;
  }

  @Differentiable
  public static double pow(double[][] x, double[] y) {
    double s = 0;
    for (double[] row : x) {
      for (int j = 0; j < row.length; j++) {
        s += Math.pow(row[j], y[j]);
      }
    }
    return s;
  }

  @Differentiable
  public static double[][] max_axis(double[][][] x) {
    double[][] out = new double[x.length][];
    for (int i = 0; i < x.length; i++) {
      int k = x[i][0].length;
      out[i] = new double[k];
      for (int c = 0; c < k; c++) {
        double m = x[i][0][c];
        for (int j = 1; j < x[i].length; j++) {
          m = Math.max(m, x[i][j][c]);
        }
        out[i][c] = m;
      }
    }
    return out;
  }

  /** x[::-1, from:from + 2, :] as a new array. */
  private static double[][][] flipSlice(double[][][] x, int from) {
    double[][][] out = new double[x.length][2][];
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < 2; j++) {
        out[i][j] = x[x.length - 1 - i][from + j].clone();
      }
    }
    return out;
  }

  @Differentiable
  public static double[][][] index_slice_fanout(double[][][] x) {
    double[][][] y = flipSlice(x, 2);
    double[][][] z = flipSlice(x, 3);
    for (int i = 0; i < y.length; i++) {
      for (int j = 0; j < y[i].length; j++) {
        for (int k = 0; k < y[i][j].length; k++) {
          y[i][j][k] += z[i][j][k];
        }
      }
    }
    return y;
  }

  @Differentiable
  public static double[][] rot90(double[][] x) {
    int rows = x.length, cols = x[0].length;
    double[][] out = new double[cols][rows];
    for (int i = 0; i < cols; i++) {
      for (int j = 0; j < rows; j++) {
        out[i][j] = x[j][cols - 1 - i];
      }
    }
    return out;
  }

  @Differentiable
  public static double trace(double[][] x, int offset) {
    double t = 0;
    for (int i = 0; i < x.length; i++) {
      int j = i + offset;
      if (j >= 0 && j < x[i].length) {
        t += x[i][j];
      }
    }
    return t;
  }

  @Differentiable
  public static double abs(double x) {
    return 3.0 * Math.abs(x);
  }

  @Differentiable
  public static double sign(double x) {
    return 3.0 * Math.signum(x);
  }
}
