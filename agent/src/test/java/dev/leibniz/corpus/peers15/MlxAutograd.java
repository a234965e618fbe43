package dev.leibniz.corpus.peers15;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The fifteenth peer round").
 * Source: MLX (ml-explore/mlx on GitHub), python/tests/test_autograd.py at commit
 * 846d176227a0ac13d2667e58d2bb68b322109ab0 (test_jvp, test_vjp, test_grad, test_grad_trees, test_auxiliary_values,
 * test_captured, test_scatter_add_vjp, test_scatter_max_vjp, test_scatter_min_vjp, test_slice_update_*_vjp,
 * test_split_against_slice, both test_power_grad, test_eval_in_grad, test_cumprod_grad, test_cummax_grad,
 * test_cummin_grad, test_topk_grad, test_sort_grad, test_logsumexp_grad, test_put_along_axis_grads, test_slice_grads,
 * test_grad_with_copies, test_grad_ids_pre_post, test_grad_with_inplace_update, test_reduce_jvp).
 * Licence: MIT. Copyright © 2023 Apple Inc. "Permission is hereby granted, free of charge, to any person obtaining a
 * copy of this software ... The above copyright notice and this permission notice shall be included in all copies or
 * substantial portions of the Software." Written here in Java from the Python tests.
 * Translation: an mx.array is a double or a double[] / double[][] (the tests' float32 values are exact in double); a
 * function returning an array writes it into an output array `out` (a tuple: one element each); a dict is a small class
 * (MlxParams) or an array; a captured mx.array is a static final constant; `src.at[idx].op(u)` and `src.at[a:b].op(u)`
 * copy src into out and update the indexed elements (maximum and minimum by Math.max/Math.min, the current value
 * first); cumprod, cummax and cummin are the running loops a Java programmer writes (exclusive: the identity first,
 * reverse: from the end); topk is a selection of the k largest by repeated argmax; sort an insertion sort of a copy.
 */

import dev.leibniz.Differentiable;

public final class MlxAutograd {
  private MlxAutograd() {}

  /** test_captured's a = mx.array(5.0). */
  private static final double A = 5.0;

  // ---- test_jvp, test_vjp, test_grad, test_grad_trees, test_auxiliary_values, test_captured ----

  /** fun = lambda x: 2 * x. */
  @Differentiable
  public static double twice(double x) {
    return 2 * x;
  }

  /** fun = lambda x, y: x * y. */
  @Differentiable
  public static double product(double x, double y) {
    return x * y;
  }

  /** fun = lambda x, y, z: (x * y, y * z). */
  @Differentiable
  public static void pairOfProducts(double x, double y, double z, double[] out) {
    out[0] = x * y;
    out[1] = y * z;
  }

  /** fun = lambda x: x * x. */
  @Differentiable
  public static double square(double x) {
    return x * x;
  }

  /** fun = lambda x, y: x, with y = "hello": non-array arguments pass through. */
  @Differentiable
  public static double first(double x, String y) {
    return x;
  }

  /** fun = lambda p: p["x"] * p["y"]. */
  @Differentiable
  public static double dictProduct(MlxParams p) {
    return p.x * p.y;
  }

  /** fun = lambda p, b: mx.square(p[0]["foo"][2]) * b, with p = [{"foo": [[], [], 2.0]}]. */
  @Differentiable
  public static double nestedSquare(double[][] foo, double b) {
    double v = foo[2][0];
    return v * v * b;
  }

  /** test_auxiliary_values: l = (x * y).sum(). */
  @Differentiable
  public static double auxiliaryLoss(double[][] x, double[][] y) {
    double l = 0;
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < x[i].length; j++) l += x[i][j] * y[i][j];
    }
    return l;
  }

  /** test_captured: f = lambda x: a + x. */
  @Differentiable
  public static double capturedPlus(double x) {
    return A + x;
  }

  /** test_captured: g = lambda x: a + a (no dependence on x). */
  @Differentiable
  public static double capturedOnly(double x) {
    return A + A;
  }

  /** test_captured: h = lambda x: x + x. */
  @Differentiable
  public static double selfSum(double x) {
    return x + x;
  }

  // ---- scatter and slice updates ----

  /** test_scatter_add_vjp: src.at[[1, 3]].add(updates). */
  @Differentiable
  public static void scatterAdd(double[] src, double[] updates, double[] out) {
    System.arraycopy(src, 0, out, 0, src.length);
    int[] idx = {1, 3};
    for (int k = 0; k < idx.length; k++) out[idx[k]] += updates[k];
  }

  /** test_scatter_max_vjp: src.at[[1, 3]].maximum(updates). */
  @Differentiable
  public static void scatterMax(double[] src, double[] updates, double[] out) {
    System.arraycopy(src, 0, out, 0, src.length);
    int[] idx = {1, 3};
    for (int k = 0; k < idx.length; k++) out[idx[k]] = Math.max(out[idx[k]], updates[k]);
  }

  /** test_scatter_min_vjp: src.at[[1, 3]].minimum(updates). */
  @Differentiable
  public static void scatterMin(double[] src, double[] updates, double[] out) {
    System.arraycopy(src, 0, out, 0, src.length);
    int[] idx = {1, 3};
    for (int k = 0; k < idx.length; k++) out[idx[k]] = Math.min(out[idx[k]], updates[k]);
  }

  /** test_slice_update_{max,min,add,multiply}_vjp: src.at[1:3].op(updates[0]), op by its name. */
  @Differentiable
  public static void sliceUpdate(String op, double[] src, double[][] updates, double[] out) {
    System.arraycopy(src, 0, out, 0, src.length);
    for (int i = 1; i < 3; i++) {
      double u = updates[0][i - 1];
      switch (op) {
        case "maximum" -> out[i] = Math.max(out[i], u);
        case "minimum" -> out[i] = Math.min(out[i], u);
        case "add" -> out[i] += u;
        case "multiply" -> out[i] *= u;
        default -> throw new IllegalArgumentException(op);
      }
    }
  }

  /** test_split_against_slice: a, _, b = x.split(3, -1); (a * b).sum(). */
  @Differentiable
  public static double splitProduct(double[][] x) {
    int step = x[0].length / 3;
    double s = 0;
    for (double[] row : x) {
      for (int j = 0; j < step; j++) s += row[j] * row[row.length - step + j];
    }
    return s;
  }

  // ---- powers, eval in grad ----

  /** test_power_grad (first): x ** e for a constant e (2 and 1.5 in the test). */
  @Differentiable
  public static double power(double x, double e) {
    return Math.pow(x, e);
  }

  /** test_power_grad (second): res = x - y; res ** x. */
  @Differentiable
  public static double differencePower(double x, double y) {
    double res = x - y;
    return Math.pow(res, x);
  }

  /** test_eval_in_grad: x = x + y (y = [2, 2], x of shape [1] broadcast); x ** 2, vjp with ones. */
  @Differentiable
  public static double broadcastSquare(double[] x, double[] y) {
    double s = 0;
    for (double v : y) {
      double t = x[0] + v;
      s += t * t;
    }
    return s;
  }

  // ---- cumulative products and extrema ----

  /** test_cumprod_grad: mx.cumprod(y, inclusive=..., reverse=...).sum(). */
  @Differentiable
  public static double cumprodSum(double[] y, boolean inclusive, boolean reverse) {
    int n = y.length;
    double s = 0, p = 1;
    for (int k = 0; k < n; k++) {
      int i = reverse ? n - 1 - k : k;
      if (inclusive) {
        p *= y[i];
        s += p;
      } else {
        s += p;
        p *= y[i];
      }
    }
    return s;
  }

  /**
   * test_cummax_grad and test_cummin_grad: mx.cummax / mx.cummin(y, inclusive=..., reverse=...).sum(); the exclusive
   * scan's first element is MLX's identity (-inf for max, +inf for min), which the sum leaves out as it carries no
   * gradient.
   */
  @Differentiable
  public static double cumExtremumSum(double[] y, boolean max, boolean inclusive, boolean reverse) {
    int n = y.length;
    double s = 0;
    double m = 0;
    for (int k = 0; k < n; k++) {
      int i = reverse ? n - 1 - k : k;
      if (!inclusive && k > 0) s += m;
      m = k == 0 ? y[i] : max ? Math.max(m, y[i]) : Math.min(m, y[i]);
      if (inclusive) s += m;
    }
    return s;
  }

  /** test_cummax_grad's 2-D case: mx.cummax(y, axis=1, inclusive=...).sum() along each row. */
  @Differentiable
  public static double cummaxRowsSum(double[][] y, boolean inclusive) {
    double s = 0;
    for (double[] row : y) {
      double m = 0;
      for (int k = 0; k < row.length; k++) {
        if (!inclusive && k > 0) s += m;
        m = k == 0 ? row[k] : Math.max(m, row[k]);
        if (inclusive) s += m;
      }
    }
    return s;
  }

  /** test_cummin_grad's 2-D case: mx.cummin(y, axis=0).sum() down each column. */
  @Differentiable
  public static double cumminColumnsSum(double[][] y) {
    double s = 0;
    for (int j = 0; j < y[0].length; j++) {
      double m = y[0][j];
      s += m;
      for (int i = 1; i < y.length; i++) {
        m = Math.min(m, y[i][j]);
        s += m;
      }
    }
    return s;
  }

  /** The vjp of test_cummax_grad with the cotangent [10, 1, 1, 100, 1000]: the weighted inclusive scan. */
  @Differentiable
  public static double cummaxWeighted(double[] y, double[] cotangent) {
    double s = 0, m = y[0];
    for (int i = 0; i < y.length; i++) {
      if (i > 0) m = Math.max(m, y[i]);
      s += cotangent[i] * m;
    }
    return s;
  }

  // ---- topk, sort, logsumexp ----

  /** test_topk_grad: mx.topk(x, k) along each row, vjp with ones: the sum of each row's k largest. */
  @Differentiable
  public static double topkSum(double[][] x, int k) {
    double s = 0;
    for (double[] row : x) {
      boolean[] taken = new boolean[row.length];
      for (int t = 0; t < k; t++) {
        int best = -1;
        for (int j = 0; j < row.length; j++) {
          if (!taken[j] && (best < 0 || row[j] > row[best])) best = j;
        }
        taken[best] = true;
        s += row[best];
      }
    }
    return s;
  }

  /** test_sort_grad: mx.sort(a), into out. */
  @Differentiable
  public static void sort(double[] a, double[] out) {
    System.arraycopy(a, 0, out, 0, a.length);
    for (int i = 1; i < out.length; i++) {
      double v = out[i];
      int j = i - 1;
      while (j >= 0 && out[j] > v) {
        out[j + 1] = out[j];
        j--;
      }
      out[j + 1] = v;
    }
  }

  /** test_logsumexp_grad: mx.logsumexp(z, axis=-1, keepdims=True), into out (one element a row), shifted by the max. */
  @Differentiable
  public static void logsumexpRows(double[][] z, double[] out) {
    for (int i = 0; i < z.length; i++) {
      double m = Double.NEGATIVE_INFINITY;
      for (double v : z[i]) m = Math.max(m, v);
      double s = 0;
      for (double v : z[i]) s += Math.exp(v - m);
      out[i] = m + Math.log(s);
    }
  }

  // ---- put_along_axis, slices, copies, in-place updates, reductions ----

  /** test_put_along_axis_grads: mx.put_along_axis(a, [[0], [3]], b, axis=0) for a of shape (5, 1), b (2, 1). */
  @Differentiable
  public static void putAlongAxis(double[] a, double[] b, double[] out) {
    System.arraycopy(a, 0, out, 0, a.length);
    int[] idx = {0, 3};
    for (int k = 0; k < idx.length; k++) out[idx[k]] = b[k];
  }

  /** test_slice_grads: a[5:-6:-1] of a length-5 array, the whole array reversed. */
  @Differentiable
  public static void reversedSlice(double[] a, double[] out) {
    for (int i = 0; i < a.length; i++) out[i] = a[a.length - 1 - i];
  }

  /** test_slice_grads: a[4:-5:-2] = b on a length-4 array (indices 3 and 1), returning a. */
  @Differentiable
  public static void steppedSliceUpdate(double[] a, double[] b, double[] out) {
    System.arraycopy(a, 0, out, 0, a.length);
    int k = 0;
    for (int i = a.length - 1; i >= 0; i -= 2) out[i] = b[k++];
  }

  /** test_grad_with_copies: arrays = [a, a, a]; arrays[0] + arrays[2]. */
  @Differentiable
  public static double firstPlusLast(double[] arrays) {
    return arrays[0] + arrays[2];
  }

  /** test_grad_ids_pre_post: arrs[1] = sum(arrs); return arrs[1] (the parameter written in place). */
  @Differentiable
  public static double sumIntoSecond(double[] arrs) {
    double s = 0;
    for (double v : arrs) s += v;
    arrs[1] = s;
    return arrs[1];
  }

  /** test_grad_with_inplace_update: model[1] = 2.0; return model[0]. */
  @Differentiable
  public static double overwriteThenFirst(double[] model) {
    model[1] = 2.0;
    return model[0];
  }

  /** test_reduce_jvp: mx.sum, mx.prod, mx.min, mx.max of a by name. */
  @Differentiable
  public static double reduce(String op, double[] a) {
    double r = op.equals("sum") ? 0 : op.equals("prod") ? 1 : a[0];
    for (int i = 0; i < a.length; i++) {
      switch (op) {
        case "sum" -> r += a[i];
        case "prod" -> r *= a[i];
        case "min" -> r = Math.min(r, a[i]);
        case "max" -> r = Math.max(r, a[i]);
        default -> throw new IllegalArgumentException(op);
      }
    }
    return r;
  }
}
