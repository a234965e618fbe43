package dev.leibniz.corpus.peers21;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The twenty-first peer round").
 * Source: Taichi (taichi-dev/taichi on GitHub) at commit ba0e81dce559fb63a5958bf82feb1d00c55c02fe:
 * tests/python/test_ad_if.py (test_ad_if_simple, test_ad_if, test_ad_if_nested, test_ad_if_mutable,
 * test_ad_if_parallel, test_ad_if_parallel_complex, test_if_condition_depend_on_for_loop_index) and
 * python/taichi/examples/autodiff/simple_derivative.py (poly, run by tests/python/examples/autodiff).
 * Licence: Apache-2.0 (Copyright (c) 2016 The Taichi Authors). Written here in Java from the Python kernels (same
 * names); no comments or other text were copied.
 * Translation: fields are double[]s (a 0-d field the returned double); a kernel taking the index i is a method taking
 * the int; test_ad_if_nested's x, which holds the labels i % 4 and is only compared, is an int[]; the Vector fields of
 * test_if_condition_depend_on_for_loop_index are double[rows][cols][3] and its grid a parameter (the test's is 10x10).
 */

import dev.leibniz.Differentiable;

public final class TaichiControl {
  private TaichiControl() {}

  /** test_ad_if_simple: y stays 0 unless x > 0. */
  @Differentiable
  public static double ifSimple(double x) {
    double y = 0;
    if (x > 0.0) {
      y = x;
    }
    return y;
  }

  /** test_ad_if: func(i) writes y[i] from x[i] by a branch. */
  @Differentiable
  public static void ifElse(double[] x, double[] y, int i) {
    if (x[i] > 0) {
      y[i] = x[i];
    } else {
      y[i] = 2 * x[i];
    }
  }

  /** test_ad_if_nested: y[i] from z[i] by the label x[i] in 0..3. */
  @Differentiable
  public static void ifNested(int[] x, double[] z, double[] y) {
    for (int i = 0; i < x.length; i++) {
      if (x[i] < 2) {
        if (x[i] == 0) {
          y[i] = 0;
        } else {
          y[i] = z[i] * 1;
        }
      } else {
        if (x[i] == 2) {
          y[i] = z[i] * 2;
        } else {
          y[i] = z[i] * 3;
        }
      }
    }
  }

  /** test_ad_if_mutable: the branch on a local copy t of x[i]. */
  @Differentiable
  public static void ifMutable(double[] x, double[] y, int i) {
    double t = x[i];
    if (t > 0) {
      y[i] = t;
    } else {
      y[i] = 2 * t;
    }
  }

  /** test_ad_if_parallel: the same over every element. */
  @Differentiable
  public static void ifParallel(double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) {
      double t = x[i];
      if (t > 0) {
        y[i] = t;
      } else {
        y[i] = 2 * t;
      }
    }
  }

  /** test_ad_if_parallel_complex: y = 1 / x where x > 0, else 0. */
  @Differentiable
  public static void ifParallelComplex(double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) {
      double t = 0.0;
      if (x[i] > 0) {
        t = 1 / x[i];
      }
      y[i] = t;
    }
  }

  /** test_if_condition_depend_on_for_loop_index: simulation(t) over a grid of positions. */
  @Differentiable
  public static void simulation(double[][][] pos, double[][][] force, double[] fBend, int t) {
    for (int i = 0; i < pos.length; i++) {
      for (int j = 0; j < pos[i].length; j++) {
        for (int n = 0; n < 12; n++) {
          double[] f = {0.0, 0.0, 0.0};
          if (n < 4) {
            f = new double[] {1.0, 1.0, 1.0};
          } else {
            for (int c = 0; c < 3; c++) {
              f[c] = fBend[0] * pos[i][j][c];
            }
          }
          for (int c = 0; c < 3; c++) {
            force[i][j][c] += f[c];
          }
        }
        for (int c = 0; c < 3; c++) {
          pos[i][j][c] += 1.0 * t;
        }
      }
    }
  }

  /** simple_derivative.py's poly: 4 / max(v, 0.1) outside the guard band |v| <= 0.2, else 0. */
  @Differentiable
  public static double simpleDerivative(double v) {
    double ret;
    double guard = 0.2;
    if (v < -guard || v > guard) {
      ret = 4 / Math.max(v, 0.1);
    } else {
      ret = 0;
    }
    return ret;
  }
}
