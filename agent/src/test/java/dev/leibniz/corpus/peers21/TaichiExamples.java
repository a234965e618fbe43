package dev.leibniz.corpus.peers21;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The twenty-first peer round").
 * Source: Taichi (taichi-dev/taichi on GitHub) at commit ba0e81dce559fb63a5958bf82feb1d00c55c02fe: the autodiff
 * examples that tests/python/examples run (python/taichi/examples/autodiff/minimization.py's reduce,
 * regression.py's regress, python/taichi/examples/simulation/ad_gravity.py's compute_U) and the kernels of
 * tests/python/test_ad_ndarray.py (test_simple_demo, test_ad_sum_vector, test_ad_vector_arg, test_hash_encoder_simple).
 * Licence: Apache-2.0 (Copyright (c) 2016 The Taichi Authors). Written here in Java from the Python kernels (same
 * names); no comments or other text were copied.
 * Translation: fields and ndarrays are double[]s (fields of vec2 double[n][2]); a 0-d loss field is the returned
 * double; ti.Vector of two components is a small immutable Vec2 class with the operations the kernel uses (minus,
 * norm(eps) = sqrt(|r|^2 + eps)), the particles' coordinates two double[]s; regression's static loop over the
 * coefficients is a loop, v ** j Math.pow(v, j). Vec2 is annotated @Differentiable (README, "Objects"): without it the
 * core refuses computeU, the vectors being stored into an array ("constructor call").
 */

import dev.leibniz.Differentiable;

public final class TaichiExamples {
  private TaichiExamples() {}

  /** minimization.py's reduce: L = sum of 0.5 (x - y)^2. */
  @Differentiable
  public static double minimizationLoss(double[] x, double[] y) {
    double loss = 0;
    for (int i = 0; i < x.length; i++) {
      loss += 0.5 * Math.pow(x[i] - y[i], 2);
    }
    return loss;
  }

  /** regression.py's regress: the squared error of a polynomial of the coefficients. */
  @Differentiable
  public static double regress(double[] coeffs, double[] x, double[] y) {
    double loss = 0;
    for (int i = 0; i < x.length; i++) {
      double v = x[i];
      double est = 0.0;
      for (int j = 0; j < coeffs.length; j++) {
        est += coeffs[j] * Math.pow(v, j);
      }
      loss += 0.5 * Math.pow(y[i] - est, 2);
    }
    return loss;
  }

  /** A 2-vector as ti.Vector([a, b]); annotated so that its instances, held in an array, carry derivatives. */
  @Differentiable
  static final class Vec2 {
    final double x;
    final double y;

    Vec2(double x, double y) {
      this.x = x;
      this.y = y;
    }

    Vec2 minus(Vec2 o) {
      return new Vec2(x - o.x, y - o.y);
    }

    /** ti's r.norm(eps): sqrt(|r|^2 + eps). */
    double norm(double eps) {
      return Math.sqrt(x * x + y * y + eps);
    }
  }

  /** ad_gravity.py's compute_U: U = sum over ordered pairs (i, j) of -1 / |x_i - x_j|_eps, eps = 1e-3. */
  @Differentiable
  public static double computeU(double[] px, double[] py) {
    int n = px.length;
    Vec2[] x = new Vec2[n];
    for (int i = 0; i < n; i++) {
      x[i] = new Vec2(px[i], py[i]);
    }
    double u = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        Vec2 r = x[i].minus(x[j]);
        u += -1 / r.norm(1e-3);
      }
    }
    return u;
  }

  /** test_simple_demo: y[0] += 2 + x[i] / 3 over x. */
  @Differentiable
  public static void simpleDemo(double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) {
      double a = 2.0;
      for (int j = 0; j < 1; j++) {
        a += x[i] / 3;
      }
      y[0] += a;
    }
  }

  /** test_ad_sum_vector: p[i] = a[i] * 2 for vec2 elements. */
  @Differentiable
  public static void sumVector(double[][] a, double[][] p) {
    for (int i = 0; i < p.length; i++) {
      for (int c = 0; c < 2; c++) {
        p[i][c] = a[i][c] * 2;
      }
    }
  }

  /** test_ad_vector_arg: p[i] = a[i] * z[0], z a vec2 argument. */
  @Differentiable
  public static void vectorArg(double[][] a, double[][] p, double[] z) {
    for (int i = 0; i < p.length; i++) {
      for (int c = 0; c < 2; c++) {
        p[i][c] = a[i][c] * z[0];
      }
    }
  }

  /** test_hash_encoder_simple: a one-element local vector accumulating table[0] twice. */
  @Differentiable
  public static void hashEncoder(double[] table, double[][] outputEmbedding) {
    for (int level = 0; level < 1; level++) {
      double[] localFeatures = {0.0};
      double tmp0 = localFeatures[0] + table[0];
      localFeatures[0] = tmp0;
      if (level < 0) {
        System.out.println(1111);
      }
      double tmp1 = localFeatures[0] + table[0];
      localFeatures[0] = tmp1;
      outputEmbedding[0][0] = localFeatures[0];
    }
  }
}
