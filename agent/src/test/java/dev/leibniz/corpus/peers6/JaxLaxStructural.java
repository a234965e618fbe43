package dev.leibniz.corpus.peers6;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The sixth peer round").
 * Source: JAX (jax-ml/jax on GitHub), tests/lax_autodiff_test.py at commit 00003c2d: testClampGrad, testConcatenateGrad
 * (shapes (3, 3), (3, 1), (3, 4) along dimension 1), testPadGrad ((2, 3) with [(1, 2, 1), (0, 1, 0)] and an active
 * padding value), testReverseGrad ([[6, 5, 4], [3, 2, 1]] along both dimensions), testTransposeGrad ((3, 4, 5), perm
 * (2, 1, 0)), testReduceGrad (add over (1, 2), max over (0,) of unique integers, mul over (0, 2), each of (3, 4, 5)),
 * testReducePairGrad ((x, y) -> (x0 + y0, x1 * y1) over (1,) of (3, 4)), testReduceWindowGrad (add over windows (2, 1)
 * with strides (1, 1), max over windows (2, 1) with strides (2, 1), VALID, on (4, 6)), testCumulativeReduceGrad (cumsum
 * of (10,) forward and reversed, cumprod along axis 1 of (3, 4) reversed), testSortGrad ((5,) of unique integers),
 * testSortKeyValGrad ((3,)), testTopKGrad ((4,), k = 3), testDynamicSliceGrad ((5, 3) from (1, 1), size (3, 1)),
 * testDynamicUpdateSliceGrad (the same shapes, both arguments active), testGatherGrad ((10, 5), rows [0, 2, 1], slices
 * (1, 3)), testScatterAddGrad ((5,) at [0, 2]), testScatterGrad ((5,) at unique [0, 2]), testSelectGrad ((3,) with a
 * boolean predicate), testDotGrad ((3, 2) by (2, 4)), testDotGeneralContractAndBatchGrads ((3, 3, 2) by (3, 2, 4),
 * contracting 2 with 1, batch 0 with 0), testConvGrad ((4, 2, 1) by (3, 2, 1), stride 1, VALID).
 * Licence: Apache-2.0 (Copyright 2020 The JAX Authors).
 * Translation (written here in Java; no comments copied): each lax operation is written as a Java programmer ports it,
 * with loops over nested double arrays; the sort is an insertion sort on a copy (sort_key_val moves the values with
 * their keys), top_k a selection of the largest by a loop; points are in the range of the test's rng factory and
 * fixed here.
 */

import dev.leibniz.Differentiable;

public final class JaxLaxStructural {
  private JaxLaxStructural() {}

  /** lax.clamp(min, x, max) elementwise on (2, 3). */
  @Differentiable
  public static double[][] clamp(double[][] min, double[][] x, double[][] max) {
    double[][] out = new double[x.length][x[0].length];
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < x[0].length; j++) out[i][j] = Math.min(Math.max(x[i][j], min[i][j]), max[i][j]);
    }
    return out;
  }

  /** lax.concatenate((a, b, c), 1). */
  @Differentiable
  public static double[][] concatenate(double[][] a, double[][] b, double[][] c) {
    double[][][] parts = {a, b, c};
    int width = a[0].length + b[0].length + c[0].length;
    double[][] out = new double[a.length][width];
    for (int i = 0; i < a.length; i++) {
      int col = 0;
      for (double[][] part : parts) {
        System.arraycopy(part[i], 0, out[i], col, part[i].length);
        col += part[i].length;
      }
    }
    return out;
  }

  /** lax.pad(x, value, [(1, 2, 1), (0, 1, 0)]): low, high and interior padding per dimension. */
  @Differentiable
  public static double[][] pad(double[][] x, double value) {
    int[][] pads = {{1, 2, 1}, {0, 1, 0}};
    int rows = pads[0][0] + x.length + (x.length - 1) * pads[0][2] + pads[0][1];
    int cols = pads[1][0] + x[0].length + (x[0].length - 1) * pads[1][2] + pads[1][1];
    double[][] out = new double[rows][cols];
    for (double[] row : out) java.util.Arrays.fill(row, value);
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < x[0].length; j++) out[pads[0][0] + i * (pads[0][2] + 1)][pads[1][0] + j * (pads[1][2] + 1)] = x[i][j];
    }
    return out;
  }

  /** lax.rev(x, (0, 1)). */
  @Differentiable
  public static double[][] rev(double[][] x) {
    int n = x.length, m = x[0].length;
    double[][] out = new double[n][m];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) out[i][j] = x[n - 1 - i][m - 1 - j];
    }
    return out;
  }

  /** lax.transpose(x, (2, 1, 0)). */
  @Differentiable
  public static double[][][] transpose(double[][][] x) {
    double[][][] out = new double[x[0][0].length][x[0].length][x.length];
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < x[0].length; j++) {
        for (int k = 0; k < x[0][0].length; k++) out[k][j][i] = x[i][j][k];
      }
    }
    return out;
  }

  /** lax.reduce(x, 0, add, (1, 2)). */
  @Differentiable
  public static double[] reduceAdd(double[][][] x) {
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double s = 0;
      for (double[] row : x[i]) {
        for (double v : row) s += v;
      }
      out[i] = s;
    }
    return out;
  }

  /** lax.reduce(x, -inf, max, (0,)). */
  @Differentiable
  public static double[][] reduceMax(double[][][] x) {
    double[][] out = new double[x[0].length][x[0][0].length];
    for (double[] row : out) java.util.Arrays.fill(row, Double.NEGATIVE_INFINITY);
    for (double[][] plane : x) {
      for (int j = 0; j < plane.length; j++) {
        for (int k = 0; k < plane[j].length; k++) out[j][k] = Math.max(out[j][k], plane[j][k]);
      }
    }
    return out;
  }

  /** lax.reduce(x, 1, mul, (0, 2)). */
  @Differentiable
  public static double[] reduceMul(double[][][] x) {
    double[] out = new double[x[0].length];
    java.util.Arrays.fill(out, 1);
    for (double[][] plane : x) {
      for (int j = 0; j < plane.length; j++) {
        for (double v : plane[j]) out[j] *= v;
      }
    }
    return out;
  }

  /** lax.reduce((xs, ys), (0, 1), (a, b) -> (a0 + b0, a1 * b1), (1,)): sums into sums, products into prods. */
  @Differentiable
  public static void reducePair(double[][] xs, double[][] ys, double[] sums, double[] prods) {
    for (int i = 0; i < xs.length; i++) {
      double s = 0, p = 1;
      for (int j = 0; j < xs[i].length; j++) {
        s += xs[i][j];
        p *= ys[i][j];
      }
      sums[i] = s;
      prods[i] = p;
    }
  }

  /** lax.reduce_window(x, 0, add, (2, 1), (1, 1), VALID). */
  @Differentiable
  public static double[][] reduceWindowAdd(double[][] x) {
    int wr = 2, wc = 1;
    double[][] out = new double[x.length - wr + 1][x[0].length - wc + 1];
    for (int i = 0; i < out.length; i++) {
      for (int j = 0; j < out[0].length; j++) {
        double s = 0;
        for (int a = 0; a < wr; a++) {
          for (int b = 0; b < wc; b++) s += x[i + a][j + b];
        }
        out[i][j] = s;
      }
    }
    return out;
  }

  /** lax.reduce_window(x, -inf, max, (2, 1), (2, 1), VALID). */
  @Differentiable
  public static double[][] reduceWindowMax(double[][] x) {
    int wr = 2, sr = 2;
    double[][] out = new double[(x.length - wr) / sr + 1][x[0].length];
    for (int i = 0; i < out.length; i++) {
      for (int j = 0; j < out[0].length; j++) {
        double m = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < wr; a++) m = Math.max(m, x[i * sr + a][j]);
        out[i][j] = m;
      }
    }
    return out;
  }

  /** lax.cumsum(x, 0, reverse). */
  @Differentiable
  public static double[] cumsum(double[] x, boolean reverse) {
    double[] out = new double[x.length];
    double s = 0;
    for (int k = 0; k < x.length; k++) {
      int i = reverse ? x.length - 1 - k : k;
      s += x[i];
      out[i] = s;
    }
    return out;
  }

  /** lax.cumprod(x, 1, reverse=True) of a 2-D array. */
  @Differentiable
  public static double[][] cumprodReversed(double[][] x) {
    double[][] out = new double[x.length][x[0].length];
    for (int i = 0; i < x.length; i++) {
      double p = 1;
      for (int j = x[i].length - 1; j >= 0; j--) {
        p *= x[i][j];
        out[i][j] = p;
      }
    }
    return out;
  }

  /** lax.sort(x): an insertion sort on a copy. */
  @Differentiable
  public static double[] sort(double[] x) {
    double[] a = x.clone();
    for (int i = 1; i < a.length; i++) {
      double v = a[i];
      int j = i - 1;
      while (j >= 0 && a[j] > v) {
        a[j + 1] = a[j];
        j--;
      }
      a[j + 1] = v;
    }
    return a;
  }

  /** lax.sort_key_val(keys, values): sorts copies in place, the values following their keys. */
  @Differentiable
  public static void sortKeyVal(double[] keys, double[] values) {
    for (int i = 1; i < keys.length; i++) {
      double k = keys[i], v = values[i];
      int j = i - 1;
      while (j >= 0 && keys[j] > k) {
        keys[j + 1] = keys[j];
        values[j + 1] = values[j];
        j--;
      }
      keys[j + 1] = k;
      values[j + 1] = v;
    }
  }

  /** lax.top_k(x, k)[0]: the k largest, largest first, by repeated selection. */
  @Differentiable
  public static double[] topK(double[] x, int k) {
    boolean[] taken = new boolean[x.length];
    double[] out = new double[k];
    for (int r = 0; r < k; r++) {
      int best = -1;
      for (int i = 0; i < x.length; i++) {
        if (!taken[i] && (best < 0 || x[i] > x[best])) best = i;
      }
      taken[best] = true;
      out[r] = x[best];
    }
    return out;
  }

  /** lax.dynamic_slice(x, start, size) of a 2-D array. */
  @Differentiable
  public static double[][] dynamicSlice(double[][] x, int[] start, int[] size) {
    double[][] out = new double[size[0]][size[1]];
    for (int i = 0; i < size[0]; i++) {
      for (int j = 0; j < size[1]; j++) out[i][j] = x[start[0] + i][start[1] + j];
    }
    return out;
  }

  /** lax.dynamic_update_slice(x, update, start) of a 2-D array, into a copy. */
  @Differentiable
  public static double[][] dynamicUpdateSlice(double[][] x, double[][] update, int[] start) {
    double[][] out = new double[x.length][];
    for (int i = 0; i < x.length; i++) out[i] = x[i].clone();
    for (int i = 0; i < update.length; i++) {
      for (int j = 0; j < update[0].length; j++) out[start[0] + i][start[1] + j] = update[i][j];
    }
    return out;
  }

  /** lax.gather of rows idx with slices (1, width), index clipped as mode="clip". */
  @Differentiable
  public static double[][] gather(double[][] x, int[] idx, int width) {
    double[][] out = new double[idx.length][width];
    for (int r = 0; r < idx.length; r++) {
      int row = Math.max(0, Math.min(x.length - 1, idx[r]));
      for (int j = 0; j < width; j++) out[r][j] = x[row][j];
    }
    return out;
  }

  /** lax.scatter_add(x, idx, y) into a copy. */
  @Differentiable
  public static double[] scatterAdd(double[] x, int[] idx, double[] y) {
    double[] out = x.clone();
    for (int k = 0; k < idx.length; k++) out[idx[k]] += y[k];
    return out;
  }

  /** lax.scatter(x, idx, y) into a copy. */
  @Differentiable
  public static double[] scatter(double[] x, int[] idx, double[] y) {
    double[] out = x.clone();
    for (int k = 0; k < idx.length; k++) out[idx[k]] = y[k];
    return out;
  }

  /** lax.select(pred, onTrue, onFalse). */
  @Differentiable
  public static double[] select(boolean[] pred, double[] onTrue, double[] onFalse) {
    double[] out = new double[pred.length];
    for (int i = 0; i < pred.length; i++) out[i] = pred[i] ? onTrue[i] : onFalse[i];
    return out;
  }

  /** lax.dot of (n, k) by (k, m). */
  @Differentiable
  public static double[][] dot(double[][] a, double[][] b) {
    double[][] out = new double[a.length][b[0].length];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < b[0].length; j++) {
        double s = 0;
        for (int k = 0; k < b.length; k++) s += a[i][k] * b[k][j];
        out[i][j] = s;
      }
    }
    return out;
  }

  /** lax.dot_general: batch 0 with 0, contract lhs 2 with rhs 1: (b, n, k) by (b, k, m) to (b, n, m). */
  @Differentiable
  public static double[][][] dotGeneral(double[][][] lhs, double[][][] rhs) {
    double[][][] out = new double[lhs.length][][];
    for (int b = 0; b < lhs.length; b++) out[b] = dot(lhs[b], rhs[b]);
    return out;
  }

  /** lax.conv of (N, C, W) by (O, C, K), stride 1, VALID. */
  @Differentiable
  public static double[][][] conv(double[][][] lhs, double[][][] rhs) {
    int n = lhs.length, c = lhs[0].length, w = lhs[0][0].length, o = rhs.length, k = rhs[0][0].length;
    double[][][] out = new double[n][o][w - k + 1];
    for (int b = 0; b < n; b++) {
      for (int f = 0; f < o; f++) {
        for (int x = 0; x + k <= w; x++) {
          double s = 0;
          for (int ch = 0; ch < c; ch++) {
            for (int t = 0; t < k; t++) s += lhs[b][ch][x + t] * rhs[f][ch][t];
          }
          out[b][f][x] = s;
        }
      }
    }
    return out;
  }
}
