package dev.leibniz.corpus.peers17;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The seventeenth peer round").
 * Source: Nx (elixir-nx/nx on GitHub) at commit 37901d749105076e2882fdea89a6e18393eecc0f, nx/test/nx/defn/grad_test.exs:
 * the tensor functions of its describe blocks "dot rule", "axes", "broadcast", "concatenate", "stack", "pad", "slice",
 * "reverse", "abs", "max", "min", "select rule", "clip", "reduce_max rule", "reduce_min rule", "product" and "sort",
 * each as the test's defn composes it.
 * Licence: Apache-2.0 (nx/LICENSE). Copyright (c) 2020 Dashbit and the Nx contributors. Licensed under the Apache
 * License, Version 2.0 (http://www.apache.org/licenses/LICENSE-2.0); changes: the Elixir defn functions rewritten in
 * Java.
 * Translation: tensors are double arrays, row index first; leading axes of size 1 dropped where the test's shape has
 * them ({1, 1, 3, 2} is a 3 x 2 matrix, its axis 3 the last); a vector operand of Nx.dot is a one-row (left) or
 * one-column (right) matrix; Nx.clip(x, min, max) is Math.min(Math.max(x, min), max); Nx.select(p, a, b) is p ? a : b;
 * reductions are loops (reduce_max/min from -inf/+inf with Math.max/Math.min), Nx.sort an insertion sort; axes and
 * modes are passive ints, booleans and Strings.
 */

import dev.leibniz.Differentiable;

public final class NxTensors {
  private NxTensors() {}

  // ---- "dot rule" ----

  static double[][] dot(double[][] x, double[][] y) {
    double[][] r = new double[x.length][y[0].length];
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < y[0].length; j++) {
        double s = 0;
        for (int k = 0; k < y.length; k++) s += x[i][k] * y[k][j];
        r[i][j] = s;
      }
    }
    return r;
  }

  static double sum(double[][] t) {
    double s = 0;
    for (double[] row : t) {
      for (double v : row) s += v;
    }
    return s;
  }

  /** grad_dot_lhs_rule / grad_dot_rhs_rule: Nx.sum(Nx.dot(x, y)). */
  @Differentiable
  public static double sumDot(double[][] x, double[][] y) {
    return sum(dot(x, y));
  }

  /** grad_dot_both_rule on a vector: Nx.sum(Nx.dot(Nx.pow(x, 2), Nx.pow(x, 3))). */
  @Differentiable
  public static double dotBothVector(double[] x) {
    double s = 0;
    for (double v : x) s += Math.pow(v, 2) * Math.pow(v, 3);
    return s;
  }

  /**
   * grad_dot_both_rule on Nx.iota({3, 3, 3}): Nx.dot of two rank-3 tensors contracts the last axis of the first with
   * the second-to-last of the second, dot[i][j][k][l] = sum_m a[i][j][m] b[k][m][l]; then Nx.sum.
   */
  @Differentiable
  public static double dotBothRank3(double[][][] x) {
    int n = x.length;
    double[][][] a = new double[n][n][n];
    double[][][] b = new double[n][n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        for (int k = 0; k < n; k++) {
          a[i][j][k] = Math.pow(x[i][j][k], 2);
          b[i][j][k] = Math.pow(x[i][j][k], 3);
        }
      }
    }
    double s = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        for (int k = 0; k < n; k++) {
          for (int l = 0; l < n; l++) {
            double d = 0;
            for (int m = 0; m < n; m++) d += a[i][j][m] * b[k][m][l];
            s += d;
          }
        }
      }
    }
    return s;
  }

  /** grad_dot_dot_rule: x |> dot(w1) |> add(b1) |> dot(w2) |> add(b2) |> multiply(labels) |> sum. */
  @Differentiable
  public static double dotDot(double[][] x, double[][] w1, double[] b1, double[][] w2, double[] b2,
      double[][] labels) {
    double[][] h = dot(x, w1);
    for (double[] row : h) {
      for (int j = 0; j < row.length; j++) row[j] += b1[j];
    }
    double[][] o = dot(h, w2);
    double s = 0;
    for (int i = 0; i < o.length; i++) {
      for (int j = 0; j < o[i].length; j++) s += (o[i][j] + b2[j]) * labels[i][j];
    }
    return s;
  }

  /** grad_dot_implicit_bcast_rule: b1 |> dot(w2) |> multiply(labels) (broadcast over its rows) |> sum. */
  @Differentiable
  public static double dotImplicitBroadcast(double[] b1, double[][] w2, double[][] labels) {
    double[] d = new double[w2[0].length];
    for (int j = 0; j < d.length; j++) {
      for (int k = 0; k < b1.length; k++) d[j] += b1[k] * w2[k][j];
    }
    double s = 0;
    for (double[] row : labels) {
      for (int j = 0; j < d.length; j++) s += d[j] * row[j];
    }
    return s;
  }

  /**
   * grad_batched_dot_rule_lhs: Nx.sum(Nx.dot(t1, [1], [0], t2, [2], [0])), contracting t1's axis 1 with t2's axis 2
   * over the batch axis 0: r[b][i][j] = sum_k t1[b][k][i] t2[b][j][k].
   */
  @Differentiable
  public static double batchedDot(double[][][] t1, double[][][] t2) {
    double s = 0;
    for (int b = 0; b < t1.length; b++) {
      for (int i = 0; i < t1[b][0].length; i++) {
        for (int j = 0; j < t2[b].length; j++) {
          double d = 0;
          for (int k = 0; k < t1[b].length; k++) d += t1[b][k][i] * t2[b][j][k];
          s += d;
        }
      }
    }
    return s;
  }

  // ---- "axes" ----

  /** The sum (or mean) of t along axis (0: down each column, 1: along each row). */
  static double[] reduceAxis(double[][] t, int axis, boolean mean) {
    int outer = axis == 0 ? t[0].length : t.length;
    int inner = axis == 0 ? t.length : t[0].length;
    double[] r = new double[outer];
    for (int o = 0; o < outer; o++) {
      double s = 0;
      for (int i = 0; i < inner; i++) s += axis == 0 ? t[i][o] : t[o][i];
      r[o] = mean ? s / inner : s;
    }
    return r;
  }

  static double sum(double[] v) {
    double s = 0;
    for (double x : v) s += x;
    return s;
  }

  static double[][] log(double[][] t) {
    double[][] r = new double[t.length][];
    for (int i = 0; i < t.length; i++) {
      r[i] = new double[t[i].length];
      for (int j = 0; j < t[i].length; j++) r[i][j] = Math.log(t[i][j]);
    }
    return r;
  }

  /** grad_log_sum_0/1_sin_sum (and keep_axes): log |> sum(axes: [axis]) |> sin |> sum. */
  @Differentiable
  public static double logSumAxisSinSum(double[][] t, int axis) {
    double s = 0;
    for (double v : reduceAxis(log(t), axis, false)) s += Math.sin(v);
    return s;
  }

  /** grad_sum_0/1_mean: sum(axes: [axis]) |> mean; grad_mean_0/1_sum: mean(axes: [axis]) |> sum. */
  @Differentiable
  public static double reduceThenReduce(double[][] t, int axis, boolean sumFirst) {
    double[] r = reduceAxis(t, axis, !sumFirst);
    return sumFirst ? sum(r) / r.length : sum(r);
  }

  /** grad_reshape_mean_0/1_sum: log |> reshape({3, 2}) (row-major) |> mean(axes: [axis]) |> sum. */
  @Differentiable
  public static double logReshapeMeanSum(double[][] t, int axis) {
    double[][] l = log(t);
    double[][] r = new double[3][2];
    int k = 0;
    for (double[] row : l) {
      for (double v : row) {
        r[k / 2][k % 2] = v;
        k++;
      }
    }
    return sum(reduceAxis(r, axis, true));
  }

  /** grad_transpose_mean_0/1_sum: log |> transpose |> mean(axes: [axis]) |> sum. */
  @Differentiable
  public static double logTransposeMeanSum(double[][] t, int axis) {
    double[][] l = log(t);
    double[][] r = new double[l[0].length][l.length];
    for (int i = 0; i < l.length; i++) {
      for (int j = 0; j < l[i].length; j++) r[j][i] = l[i][j];
    }
    return sum(reduceAxis(r, axis, true));
  }

  // ---- "broadcast", "concatenate", "stack" ----

  /** grad_sum_broadcast: Nx.sum(Nx.broadcast(t, {3, 2, 2})), an axis of size 1 repeated. */
  @Differentiable
  public static double sumBroadcast(double[][][] t) {
    double s = 0;
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 2; j++) {
        for (int k = 0; k < 2; k++) {
          s += t[t.length == 1 ? 0 : i][t[0].length == 1 ? 0 : j][t[0][0].length == 1 ? 0 : k];
        }
      }
    }
    return s;
  }

  static double[][] map(double[][] t, int power, boolean log) {
    double[][] r = new double[t.length][];
    for (int i = 0; i < t.length; i++) {
      r[i] = new double[t[i].length];
      for (int j = 0; j < t[i].length; j++) {
        double p = Math.pow(t[i][j], power);
        r[i][j] = log ? Math.log(p) : p;
      }
    }
    return r;
  }

  /** Nx.concatenate([a, b], axis: axis) of two matrices. */
  static double[][] concatenate(double[][] a, double[][] b, int axis) {
    if (axis == 0) {
      double[][] r = new double[a.length + b.length][];
      for (int i = 0; i < a.length; i++) r[i] = a[i].clone();
      for (int i = 0; i < b.length; i++) r[a.length + i] = b[i].clone();
      return r;
    }
    double[][] r = new double[a.length][a[0].length + b[0].length];
    for (int i = 0; i < a.length; i++) {
      System.arraycopy(a[i], 0, r[i], 0, a[i].length);
      System.arraycopy(b[i], 0, r[i], a[i].length, b[i].length);
    }
    return r;
  }

  /**
   * "concatenate": concatenate_grad sum(concat([t, t], axis: 0)); concatenate_grad_power sum(concat([t^2, t^3], axis:
   * 0)); concatenate_grad_composed sum(concat([log(t^2), log(t^3)], axis: 3)); concatenate_grad_log1p
   * sum(log1p(concat([t^2, t^3], axis: 3))).
   */
  @Differentiable
  public static double concatenateSum(String form, double[][] t) {
    switch (form) {
      case "concatenate_grad":
        return sum(concatenate(t, t, 0));
      case "concatenate_grad_power":
        return sum(concatenate(map(t, 2, false), map(t, 3, false), 0));
      case "concatenate_grad_composed":
        return sum(concatenate(map(t, 2, true), map(t, 3, true), 1));
      default:
        double[][] c = concatenate(map(t, 2, false), map(t, 3, false), 1);
        double s = 0;
        for (double[] row : c) {
          for (double v : row) s += Math.log1p(v);
        }
        return s;
    }
  }

  /** "stack": Nx.stack([t^2, t^3, t^4], axis: 1) |> Nx.sum, t of shape {1, 1}. */
  @Differentiable
  public static double stackSum(double[][] t) {
    double[][][] s = new double[t.length][3][t[0].length];
    for (int i = 0; i < t.length; i++) {
      for (int j = 0; j < t[i].length; j++) {
        s[i][0][j] = Math.pow(t[i][j], 2);
        s[i][1][j] = Math.pow(t[i][j], 3);
        s[i][2][j] = Math.pow(t[i][j], 4);
      }
    }
    double r = 0;
    for (double[][] m : s) r += sum(m);
    return r;
  }

  // ---- "pad", "slice", "reverse" ----

  /**
   * Nx.pad(t, value, [{lo0, hi0, in0}, {lo1, hi1, in1}]): interior padding in between elements, then edge padding lo
   * and hi on each side, a negative one cropping.
   */
  static double[][] pad(double[][] t, double value, int[] c) {
    int rows = t.length + c[0] + c[1] + (t.length - 1) * c[2];
    int cols = t[0].length + c[3] + c[4] + (t[0].length - 1) * c[5];
    double[][] r = new double[rows][cols];
    for (double[] row : r) java.util.Arrays.fill(row, value);
    for (int i = 0; i < t.length; i++) {
      int ri = c[0] + i * (c[2] + 1);
      if (ri < 0 || ri >= rows) continue;
      for (int j = 0; j < t[i].length; j++) {
        int cj = c[3] + j * (c[5] + 1);
        if (cj >= 0 && cj < cols) r[ri][cj] = t[i][j];
      }
    }
    return r;
  }

  /** grad_sum_pad, grad_interior_pad, grad_lots_of_pad: Nx.sum(Nx.pad(t, 2.0, config)). */
  @Differentiable
  public static double sumPad(double[][] t, int[] config) {
    return sum(pad(t, 2.0, config));
  }

  /** grad_pad_fun: Nx.mean(Nx.pad(t, Nx.mean(Nx.cos(t)), config)). */
  @Differentiable
  public static double meanPadMeanCos(double[][] t, int[] config) {
    double c = 0;
    int n = 0;
    for (double[] row : t) {
      for (double v : row) {
        c += Math.cos(v);
        n++;
      }
    }
    double[][] p = pad(t, c / n, config);
    return sum(p) / (p.length * p[0].length);
  }

  /** Nx.slice(t, [r0, c0], [len0, len1], strides: [s0, s1]). */
  static double[][] slice(double[][] t, int r0, int c0, int len0, int len1, int s0, int s1) {
    double[][] r = new double[(len0 + s0 - 1) / s0][(len1 + s1 - 1) / s1];
    for (int i = 0; i < r.length; i++) {
      for (int j = 0; j < r[i].length; j++) r[i][j] = t[r0 + i * s0][c0 + j * s1];
    }
    return r;
  }

  /** grad_mean_slice / grad_sum_slice (and their dynamic forms, the start indices as passive ints). */
  @Differentiable
  public static double reduceSlice(double[][] t, int r0, int c0, int len0, int len1, int s0, int s1, boolean mean) {
    double[][] s = slice(t, r0, c0, len0, len1, s0, s1);
    return mean ? sum(s) / (s.length * s[0].length) : sum(s);
  }

  /** grad_sum_pad_slice: Nx.slice(t, [1, 0], [1, 2]) |> Nx.pad(Nx.mean(Nx.sin(t)), [{2, 1, 2}, {-1, 2, 0}]) |> sum. */
  @Differentiable
  public static double sumPadSlice(double[][] t) {
    double m = 0;
    int n = 0;
    for (double[] row : t) {
      for (double v : row) {
        m += Math.sin(v);
        n++;
      }
    }
    return sum(pad(slice(t, 1, 0, 1, 2, 1, 1), m / n, new int[] {2, 1, 2, -1, 2, 0}));
  }

  /** grad_sum_reverse_exp: sum(reverse(exp(t))); grad_sum_exp_reverse: sum(exp(reverse(t))); all axes reversed. */
  @Differentiable
  public static double sumReverse(double[][] t, boolean expFirst) {
    int rows = t.length;
    int cols = t[0].length;
    double[][] r = new double[rows][cols];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        double v = t[rows - 1 - i][cols - 1 - j];
        r[i][j] = expFirst ? Math.exp(v) : v;
      }
    }
    double s = 0;
    for (double[] row : r) {
      for (double v : row) s += expFirst ? v : Math.exp(v);
    }
    return s;
  }

  // ---- "abs", "max", "min", "select rule" ----

  /** grad_abs: Nx.sum(Nx.abs(t)). */
  @Differentiable
  public static double sumAbs(double[][] t) {
    double s = 0;
    for (double[] row : t) {
      for (double v : row) s += Math.abs(v);
    }
    return s;
  }

  /** grad_max / grad_min: Nx.sum(Nx.max(Nx.pow(t, 2), Nx.pow(t, 3))), with Nx.min. */
  @Differentiable
  public static double sumMaxOfPowers(double[][] t, boolean max) {
    double s = 0;
    for (double[] row : t) {
      for (double v : row) {
        s += max ? Math.max(Math.pow(v, 2), Math.pow(v, 3)) : Math.min(Math.pow(v, 2), Math.pow(v, 3));
      }
    }
    return s;
  }

  static double selectExpCos(double v) {
    return v > 0.0 ? Math.exp(v) : Math.cos(v);
  }

  /** grad_sum_select: Nx.sum(Nx.select(Nx.greater(t, 0.0), Nx.exp(t), Nx.cos(t))). */
  @Differentiable
  public static double sumSelect(double[][] t) {
    double s = 0;
    for (double[] row : t) {
      for (double v : row) s += selectExpCos(v);
    }
    return s;
  }

  /** grad_max_select: Nx.reduce_max(Nx.select(Nx.greater(t, 0.0), Nx.exp(t), Nx.cos(t))). */
  @Differentiable
  public static double maxSelect(double[][] t) {
    double m = Double.NEGATIVE_INFINITY;
    for (double[] row : t) {
      for (double v : row) m = Math.max(m, selectExpCos(v));
    }
    return m;
  }

  /** grad_sum_select_sum: s = Nx.sum(t, axes: [0]); Nx.sum(Nx.select(Nx.greater(s, 0.0), s, 0.0)). */
  @Differentiable
  public static double sumSelectSum(double[][] t) {
    double r = 0;
    for (double s : reduceAxis(t, 0, false)) r += s > 0.0 ? s : 0.0;
    return r;
  }

  static double leakyRelu(double t) {
    return t > 0 ? t : t * 0.1;
  }

  /** grad_nested_select: Nx.sum(leaky_relu(leaky_relu(t))), leaky_relu(t) = Nx.select(t > 0, t, t * 0.1). */
  @Differentiable
  public static double nestedSelect(double[] t) {
    double s = 0;
    for (double v : t) s += leakyRelu(leakyRelu(v));
    return s;
  }

  /** grad_pred_select: Nx.sum(Nx.select(t * t, 1.0, -1.0)), the predicate a nonzero test. */
  @Differentiable
  public static double predSelect(double[] t) {
    double s = 0;
    for (double v : t) s += v * v != 0 ? 1.0 : -1.0;
    return s;
  }

  // ---- "clip" ----

  static double clip(double x, double min, double max) {
    return Math.min(Math.max(x, min), max);
  }

  /** grad_sum_clip, grad_sum_clip_wrt_to_lower_lim / _upper_lim, grad_clip_x_and_lower_lim: sum(clip(t, lo, hi)). */
  @Differentiable
  public static double sumClip(double[] t, double lo, double hi) {
    double s = 0;
    for (double v : t) s += clip(v, lo, hi);
    return s;
  }

  /**
   * The clip tests through means: grad_mean_clip mean(clip(t, -60, 60)); grad_mean_clip_mult mean(clip * u);
   * grad_mean_max_clip mean(max(clip, 0)); grad_mean_softplus_neg_abs_clip mean(log(1 + exp(-|clip|))); grad_bce_clip
   * and grad_bce_min_max the stable-form binary cross-entropy mean(max(x, 0) - x u + log(1 + exp(-|x|))) of clip(t)
   * and of Nx.min(Nx.max(t, -60.0), 60.0), u the targets.
   */
  @Differentiable
  public static double meanClip(String form, double[] t, double[] u) {
    double s = 0;
    for (int i = 0; i < t.length; i++) {
      double c = form.equals("bce_min_max") ? Math.min(Math.max(t[i], -60.0), 60.0) : clip(t[i], -60.0, 60.0);
      switch (form) {
        case "mean":
          s += c;
          break;
        case "mult":
          s += c * u[i];
          break;
        case "max":
          s += Math.max(c, 0);
          break;
        case "softplus":
          s += Math.log(1 + Math.exp(-Math.abs(c)));
          break;
        default:
          s += Math.max(c, 0) - c * u[i] + Math.log(1 + Math.exp(-Math.abs(c)));
      }
    }
    return s / t.length;
  }

  // ---- "reduce_max rule", "reduce_min rule" ----

  static double extremum(double m, double v, boolean max) {
    return max ? Math.max(m, v) : Math.min(m, v);
  }

  static double start(boolean max) {
    return max ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
  }

  /** grad_reduce_max / grad_reduce_min: Nx.reduce_max(Nx.cos(Nx.exp(t))). */
  @Differentiable
  public static double reduceCosExp(double[][] t, boolean max) {
    double m = start(max);
    for (double[] row : t) {
      for (double v : row) m = extremum(m, Math.cos(Math.exp(v)), max);
    }
    return m;
  }

  /** grad_sum_reduce_max(_cos) / _min: Nx.sum(Nx.reduce_max(t or Nx.cos(t), axes: [1])). */
  @Differentiable
  public static double sumReduceRows(double[][] t, boolean max, boolean cos) {
    double s = 0;
    for (double[] row : t) {
      double m = start(max);
      for (double v : row) m = extremum(m, cos ? Math.cos(v) : v, max);
      s += m;
    }
    return s;
  }

  /** grad_reduce_max_sum / grad_reduce_min_sum: Nx.reduce_max(Nx.sum(t, axes: [1])). */
  @Differentiable
  public static double reduceRowSums(double[][] t, boolean max) {
    double m = start(max);
    for (double s : reduceAxis(t, 1, false)) m = extremum(m, s, max);
    return m;
  }

  /** grad_reduce_max_min: Nx.reduce_max(Nx.reduce_min(t, axes: [0])); grad_reduce_min_max the other way round. */
  @Differentiable
  public static double reduceOfColumnExtrema(double[][] t, boolean max) {
    double m = start(max);
    for (int j = 0; j < t[0].length; j++) {
      double c = start(!max);
      for (double[] row : t) c = extremum(c, row[j], !max);
      m = extremum(m, c, max);
    }
    return m;
  }

  /** grad_reduce_max_min_sum: Nx.reduce_max(Nx.reduce_min(Nx.sum(t, axes: [1]), axes: [0])); and min of max. */
  @Differentiable
  public static double reduceOfExtremaOfSums(double[][][] t, boolean max) {
    double[][] s = new double[t.length][];
    for (int i = 0; i < t.length; i++) s[i] = reduceAxis(t[i], 0, false);
    return reduceOfColumnExtrema(s, max);
  }

  // ---- "product" ----

  /** grad_product: Nx.product(t) |> Nx.sum (axis -1: all elements; 1: along each row, the test's axes: [3]). */
  @Differentiable
  public static double productSum(double[][] t, int axis) {
    if (axis < 0) {
      double p = 1;
      for (double[] row : t) {
        for (double v : row) p *= v;
      }
      return p;
    }
    double s = 0;
    for (double[] row : t) {
      double p = 1;
      for (double v : row) p *= v;
      s += p;
    }
    return s;
  }

  /** composed_grad_product: t |> Nx.cos |> Nx.product |> Nx.sin |> Nx.sum. */
  @Differentiable
  public static double composedProduct(double[][] t) {
    double p = 1;
    for (double[] row : t) {
      for (double v : row) p *= Math.cos(v);
    }
    return Math.sin(p);
  }

  // ---- "sort" ----

  /** Nx.sort of a copy, ascending or descending: an insertion sort. */
  static double[] sort(double[] t, boolean desc) {
    double[] a = t.clone();
    for (int i = 1; i < a.length; i++) {
      double v = a[i];
      int j = i - 1;
      while (j >= 0 && (desc ? a[j] < v : a[j] > v)) {
        a[j + 1] = a[j];
        j--;
      }
      a[j + 1] = v;
    }
    return a;
  }

  static double[] pow(double[] t, int n) {
    double[] r = new double[t.length];
    for (int i = 0; i < t.length; i++) r[i] = Math.pow(t[i], n);
    return r;
  }

  /**
   * "sort": grad_sum_sort sum(sort(t, :desc)); grad_sum_sort_power sum(sort(t^2, :desc)); grad_sum_power_sort
   * sum(sort(t, :desc)^2); grad_sum_slice_sort sum(slice_along_axis(sort(t, :desc), 2, 3)); grad_sum_slice_chain_sort
   * sum(cos(slice_along_axis(sort(t^2, :desc), 2, 3))); grad_sum_log_power_sort_cos sum(log(sort(cos(t))^2)).
   */
  @Differentiable
  public static double sortSum(String form, double[] t) {
    double s = 0;
    switch (form) {
      case "sum_sort":
        return sum(sort(t, true));
      case "sum_sort_power":
        return sum(sort(pow(t, 2), true));
      case "sum_power_sort":
        return sum(pow(sort(t, true), 2));
      case "sum_slice_sort":
        double[] d = sort(t, true);
        for (int i = 2; i < 5; i++) s += d[i];
        return s;
      case "sum_slice_chain_sort":
        double[] p = sort(pow(t, 2), true);
        for (int i = 2; i < 5; i++) s += Math.cos(p[i]);
        return s;
      default:
        double[] c = new double[t.length];
        for (int i = 0; i < t.length; i++) c[i] = Math.cos(t[i]);
        for (double v : pow(sort(c, false), 2)) s += Math.log(v);
        return s;
    }
  }

  /** grad_sum_log_power_sort_cos(t, axis: 1) of a {1, 2, 4} tensor: each column of the 2 x 4 matrix sorted. */
  @Differentiable
  public static double logPowerSortCosColumns(double[][] t) {
    double s = 0;
    for (int j = 0; j < t[0].length; j++) {
      double[] c = new double[t.length];
      for (int i = 0; i < t.length; i++) c[i] = Math.cos(t[i][j]);
      for (double v : pow(sort(c, false), 2)) s += Math.log(v);
    }
    return s;
  }
}
