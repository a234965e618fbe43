package dev.leibniz.corpus.peers21;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The twenty-first peer round").
 * Source: Taichi (taichi-dev/taichi on GitHub) at commit ba0e81dce559fb63a5958bf82feb1d00c55c02fe:
 * tests/python/test_ad_for.py (the kernels of test_ad_sum, test_ad_sum_local_atomic, test_ad_power, test_ad_fibonacci,
 * test_ad_fibonacci_index, test_ad_global_ptr, test_integer_stack, test_double_for_loops, test_double_for_loops_more_nests,
 * test_complex_body, test_triple_for_loops_bls, test_mixed_inner_loops, test_inner_loops_local_variable_*,
 * test_more_inner_loops_local_variable_*, test_stacked_inner_loops_local_variable_*,
 * test_stacked_mixed_ib_and_non_ib_inner_loops_local_variable_*, test_large_for_loops_*, test_multiple_ib*,
 * test_ib_global_load, test_for_loop_index; test_ad_for_fwd.py has the same kernels) and tests/python/test_loop_grad.py
 * (test_loop_grad, test_loop_grad_complex).
 * Licence: Apache-2.0 (Copyright (c) 2016 The Taichi Authors). Written here in Java from the Python kernels (same
 * names); no comments or other text were copied.
 * Translation: fields are double[]s (2-d fields double[][]), i32 fields int[]s, 0-d fields a returned double; Python's
 * tuple assignment p, q = q, p + q uses a temporary; ti.cast(weight, f64) then f32 is (double) (float) weight; the
 * loops over a field's elements (for i in arr) run over the array's length; test_large_for_loops' trip counts (5, 2000,
 * 1000) are parameters (the corpus runs smaller ones); test_loop_grad's field x[k, i] is read at column 0 and written
 * along the row, as the kernel does.
 */

import dev.leibniz.Differentiable;

public final class TaichiLoops {
  private TaichiLoops() {}

  /** test_ad_sum: p[i] = 1 + b[i] a[i], by repeated addition. */
  @Differentiable
  public static void sum(double[] a, int[] b, double[] p) {
    for (int i = 0; i < a.length; i++) {
      double ret = 1.0;
      for (int j = 0; j < b[i]; j++) {
        ret = ret + a[i];
      }
      p[i] = ret;
    }
  }

  /** test_ad_sum_local_atomic: the same with +=. */
  @Differentiable
  public static void sumLocalAtomic(double[] a, int[] b, double[] p) {
    for (int i = 0; i < a.length; i++) {
      double ret = 1.0;
      for (int j = 0; j < b[i]; j++) {
        ret += a[i];
      }
      p[i] = ret;
    }
  }

  /** test_ad_power: p[i] = a[i]^b[i], by repeated multiplication. */
  @Differentiable
  public static void power(double[] a, int[] b, double[] p) {
    for (int i = 0; i < a.length; i++) {
      double ret = 1.0;
      for (int j = 0; j < b[i]; j++) {
        ret = ret * a[i];
      }
      p[i] = ret;
    }
  }

  /** test_ad_fibonacci: c[i] steps of (p, q) = (q, p + q) from (a[i], b[i]). */
  @Differentiable
  public static void fib(double[] a, double[] b, int[] c, double[] f) {
    for (int i = 0; i < a.length; i++) {
      double p = a[i];
      double q = b[i];
      for (int j = 0; j < c[i]; j++) {
        double next = p + q;
        p = q;
        q = next;
      }
      f[i] = q;
    }
  }

  /** test_ad_fibonacci_index: b[q] += a[q] at the Fibonacci numbers q, n times; f = sum of b. */
  @Differentiable
  public static double fibIndex(double[] a, double[] b, int n) {
    for (int i = 0; i < n; i++) {
      int p = 0;
      int q = 1;
      for (int j = 0; j < 5; j++) {
        int next = p + q;
        p = q;
        q = next;
        b[q] += a[q];
      }
    }
    double f = 0;
    for (int i = 0; i < b.length; i++) {
      f += b[i];
    }
    return f;
  }

  /** test_ad_global_ptr: b[i] += a[p]^2 for every p; f = sum of b. */
  @Differentiable
  public static double globalPtr(double[] a, double[] b) {
    int n = a.length;
    for (int i = 0; i < n; i++) {
      int p = 0;
      for (int j = 0; j < n; j++) {
        b[i] += Math.pow(a[p], 2);
        p += 1;
      }
    }
    double f = 0;
    for (int i = 0; i < n; i++) {
      f += b[i];
    }
    return f;
  }

  /** test_integer_stack: an integer weight multiplied by 10 each trip. */
  @Differentiable
  public static void intStack(double[] a, double[] b, int[] c, double[] f) {
    for (int i = 0; i < a.length; i++) {
      int weight = 1;
      double s = 0.0;
      for (int j = 0; j < c[i]; j++) {
        s += weight * a[i] + b[i];
        weight *= 10;
      }
      f[i] = s;
    }
  }

  /** test_double_for_loops: weight = a^c, then s = 2c (weight + b). */
  @Differentiable
  public static void doubleFor(double[] a, double[] b, int[] c, double[] f) {
    for (int i = 0; i < a.length; i++) {
      double weight = 1.0;
      for (int j = 0; j < c[i]; j++) {
        weight *= a[i];
      }
      double s = 0.0;
      for (int j = 0; j < c[i] * 2; j++) {
        s += weight + b[i];
      }
      f[i] = s;
    }
  }

  /** test_double_for_loops_more_nests: the same for each of c's columns. */
  @Differentiable
  public static void doubleForMoreNests(double[] a, double[] b, int[][] c, double[][] f) {
    for (int i = 0; i < a.length; i++) {
      for (int k = 0; k < c[i].length; k++) {
        double weight = 1.0;
        for (int j = 0; j < c[i][k]; j++) {
          weight *= a[i];
        }
        double s = 0.0;
        for (int j = 0; j < c[i][k] * 2; j++) {
          s += weight + b[i];
        }
        f[i][k] = s;
      }
    }
  }

  /** test_complex_body: a passive weight updated (through an f64 and an f32 cast) while tot accumulates. */
  @Differentiable
  public static void complexBody(double[] a, int[] c, double[] f, double[] g) {
    for (int i = 0; i < a.length; i++) {
      double weight = 2.0;
      double tot = 0.0;
      double totWeight = 0.0;
      for (int j = 0; j < c[i]; j++) {
        totWeight += weight + 1;
        tot += (weight + 1) * a[i];
        weight = weight + 1;
        weight = weight * 4;
        weight = (double) (float) weight;
      }
      g[i] = totWeight;
      f[i] = tot;
    }
  }

  /** test_triple_for_loops_bls: a window product of a and a window sum of b for each row. */
  @Differentiable
  public static void tripleFor(double[] a, double[] b, int m, double[][] f) {
    int n = a.length;
    for (int i = 0; i < n - m; i++) {
      for (int k = 0; k < n; k++) {
        double weight = 1.0;
        for (int j = 0; j < m; j++) {
          weight *= a[i + j];
        }
        double s = 0.0;
        for (int j = 0; j < 2 * m; j++) {
          s += weight + b[2 * i + j];
        }
        f[i][k] = s;
      }
    }
  }

  /** test_mixed_inner_loops: sin x once, then twice sin x + 1, per element of arr. */
  @Differentiable
  public static double mixedInnerLoops(double x, int arr) {
    double loss = 0;
    for (int i = 0; i < arr; i++) {
      loss += Math.sin(x);
      for (int j = 0; j < 2; j++) {
        loss += Math.sin(x) + 1.0;
      }
    }
    return loss;
  }

  /** test_inner_loops_local_variable_*: local sums s and t reset in each middle trip. */
  @Differentiable
  public static double innerLoopsLocalVariable(double x, int arr) {
    double loss = 0;
    for (int i = 0; i < arr; i++) {
      for (int j = 0; j < 3; j++) {
        double s = 0.0;
        double t = 0.0;
        for (int k = 0; k < 3; k++) {
          s += Math.sin(x) + 1.0;
          t += Math.sin(x);
        }
        loss += s + t;
      }
    }
    return loss;
  }

  /** test_more_inner_loops_local_variable_*: a fourth level with its own local u. */
  @Differentiable
  public static double moreInnerLoopsLocalVariable(double x, int arr) {
    double loss = 0;
    for (int i = 0; i < arr; i++) {
      for (int j = 0; j < 2; j++) {
        double s = 0.0;
        for (int k = 0; k < 3; k++) {
          double u = 0.0;
          s += Math.sin(x) + 1.0;
          for (int l = 0; l < 2; l++) {
            u += Math.sin(x);
          }
          loss += u;
        }
        loss += s;
      }
    }
    return loss;
  }

  /** test_stacked_inner_loops_local_variable_*: two nests side by side after a single term. */
  @Differentiable
  public static double stackedInnerLoopsLocalVariable(double x, int arr) {
    double loss = 0;
    for (int i = 0; i < arr; i++) {
      loss += Math.sin(x);
      for (int j = 0; j < 3; j++) {
        double s = 0.0;
        for (int k = 0; k < 3; k++) {
          s += Math.sin(x) + 1.0;
        }
        loss += s;
      }
      for (int j = 0; j < 3; j++) {
        double s = 0.0;
        for (int k = 0; k < 3; k++) {
          s += Math.sin(x) + 1.0;
        }
        loss += s;
      }
    }
    return loss;
  }

  /** test_stacked_mixed_ib_and_non_ib_inner_loops_local_variable_*: nests with and without a local. */
  @Differentiable
  public static double stackedMixedInnerLoops(double x, int arr) {
    double loss = 0;
    for (int i = 0; i < arr; i++) {
      loss += Math.sin(x);
      for (int j = 0; j < 3; j++) {
        for (int k = 0; k < 3; k++) {
          loss += Math.sin(x) + 1.0;
        }
      }
      for (int j = 0; j < 3; j++) {
        double s = 0.0;
        for (int k = 0; k < 3; k++) {
          s += Math.sin(x) + 1.0;
        }
        loss += s;
      }
      for (int j = 0; j < 3; j++) {
        for (int k = 0; k < 3; k++) {
          loss += Math.sin(x) + 1.0;
        }
      }
    }
    return loss;
  }

  /** test_large_for_loops_*: sin x + 1 summed over three nested loops. */
  @Differentiable
  public static double largeLoop(double x, int outer, int middle, int inner) {
    double loss = 0;
    for (int i = 0; i < outer; i++) {
      for (int j = 0; j < middle; j++) {
        for (int k = 0; k < inner; k++) {
          loss += Math.sin(x) + 1.0;
        }
      }
    }
    return loss;
  }

  /** test_multiple_ib: two inner loops in one outer loop. */
  @Differentiable
  public static double multipleIb(double x) {
    double y = 0;
    for (int j = 0; j < 2; j++) {
      for (int i = 0; i < 3; i++) {
        y += x;
      }
      for (int i = 0; i < 3; i++) {
        y += x;
      }
    }
    return y;
  }

  /** test_multiple_ib_multiple_outermost: the same nest twice. */
  @Differentiable
  public static double multipleIbMultipleOutermost(double x) {
    double y = 0;
    for (int j = 0; j < 2; j++) {
      for (int i = 0; i < 3; i++) {
        y += x;
      }
      for (int i = 0; i < 3; i++) {
        y += x;
      }
    }
    for (int j = 0; j < 2; j++) {
      for (int i = 0; i < 3; i++) {
        y += x;
      }
      for (int i = 0; i < 3; i++) {
        y += x;
      }
    }
    return y;
  }

  /** test_multiple_ib_multiple_outermost_mixed: the second nest with a third level. */
  @Differentiable
  public static double multipleIbMultipleOutermostMixed(double x) {
    double y = 0;
    for (int j = 0; j < 2; j++) {
      for (int i = 0; i < 3; i++) {
        y += x;
      }
      for (int i = 0; i < 3; i++) {
        y += x;
      }
    }
    for (int j = 0; j < 2; j++) {
      for (int i = 0; i < 3; i++) {
        y += x;
      }
      for (int i = 0; i < 3; i++) {
        y += x;
        for (int ii = 0; ii < 3; ii++) {
          y += x;
        }
      }
    }
    return y;
  }

  /** test_multiple_ib_mixed: three inner loops, the middle one nested. */
  @Differentiable
  public static double multipleIbMixed(double x) {
    double y = 0;
    for (int j = 0; j < 2; j++) {
      for (int i = 0; i < 3; i++) {
        y += x;
      }
      for (int i = 0; i < 3; i++) {
        y += x;
        for (int k = 0; k < 2; k++) {
          y += x;
        }
      }
      for (int i = 0; i < 3; i++) {
        y += x;
      }
    }
    return y;
  }

  /** test_multiple_ib_deeper: inner loops of depth one, two and three. */
  @Differentiable
  public static double multipleIbDeeper(double x) {
    double y = 0;
    for (int j = 0; j < 2; j++) {
      for (int i = 0; i < 3; i++) {
        y += x;
      }
      for (int i = 0; i < 3; i++) {
        for (int ii = 0; ii < 2; ii++) {
          y += x;
        }
      }
      for (int i = 0; i < 3; i++) {
        for (int ii = 0; ii < 2; ii++) {
          for (int iii = 0; iii < 2; iii++) {
            y += x;
          }
        }
      }
    }
    return y;
  }

  /** test_multiple_ib_deeper_non_scalar: trip counts that depend on the element's index j. */
  @Differentiable
  public static void multipleIbDeeperNonScalar(double[] x, double[] y) {
    for (int j = 0; j < x.length; j++) {
      for (int i = 0; i < j; i++) {
        y[j] += x[j];
      }
      for (int i = 0; i < 3; i++) {
        for (int ii = 0; ii < j; ii++) {
          y[j] += x[j];
        }
      }
      for (int i = 0; i < 3; i++) {
        for (int ii = 0; ii < 2; ii++) {
          for (int iii = 0; iii < j; iii++) {
            y[j] += x[j];
          }
        }
      }
    }
  }

  /** test_multiple_ib_inner_mixed: an inner loop holding two loops, one of them nested. */
  @Differentiable
  public static double multipleIbInnerMixed(double x) {
    double y = 0;
    for (int j = 0; j < 2; j++) {
      for (int i = 0; i < 3; i++) {
        y += x;
      }
      for (int i = 0; i < 3; i++) {
        for (int ii = 0; ii < 2; ii++) {
          y += x;
        }
        for (int iii = 0; iii < 2; iii++) {
          y += x;
          for (int iiii = 0; iiii < 2; iiii++) {
            y += x;
          }
        }
      }
      for (int i = 0; i < 3; i++) {
        for (int ii = 0; ii < 2; ii++) {
          for (int iii = 0; iii < 2; iii++) {
            y += x;
          }
        }
      }
    }
    return y;
  }

  /** test_ib_global_load: a value read before a loop that accumulates into p, which is then overwritten. */
  @Differentiable
  public static void ibGlobalLoad(double[] a, int[] b, double[] p) {
    for (int i = 0; i < a.length; i++) {
      double val = a[i];
      for (int j = 0; j < b[i]; j++) {
        p[i] += i;
      }
      p[i] = val * i;
    }
  }

  /** test_for_loop_index: loss = sum over rows of exp(row sum). */
  @Differentiable
  public static double forLoopIndex(double[][] x) {
    double loss = 0;
    for (int i = 0; i < x.length; i++) {
      double xSum = 0.0;
      for (int j = 0; j < x[i].length; j++) {
        xSum += x[i][j];
      }
      loss += Math.exp(xSum);
    }
    return loss;
  }

  /** test_loop_grad: each row doubled along itself, x[k][i + 1] = 2 x[k][i]. */
  @Differentiable
  public static void loopGrad(double[][] x) {
    for (int k = 0; k < x.length; k++) {
      for (int i = 0; i < x[k].length - 1; i++) {
        x[k][i + 1] = x[k][i] * 2;
      }
    }
  }

  /** test_loop_grad_complex (returned early, "not supported yet", in Taichi): a row offset tt = 2 k^2 added. */
  @Differentiable
  public static void loopGradComplex(double[][] x) {
    for (int k = 0; k < x.length; k++) {
      int t = k * k;
      int tt = t * 2;
      for (int i = 0; i < x[k].length - 1; i++) {
        x[k][i + 1] = x[k][i] * 2 + tt;
      }
    }
  }
}
