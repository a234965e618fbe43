package dev.leibniz.corpus.peers11;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The eleventh peer round").
 * Source: Chainer (chainer/chainer on GitHub) at commit a8e15cbe55a90854a3918b8b5a976abbbff9ec94: the functions that
 * tests/chainer_tests/functions_tests differentiate with gradient_check.check_backward — activation_tests
 * (test_clipped_relu, test_elu, test_hard_sigmoid, test_leaky_relu, test_selu, test_softplus, test_swish,
 * test_log_softmax), loss_tests (test_huber_loss, test_contrastive, test_triplet, test_hinge,
 * test_sigmoid_cross_entropy, test_squared_error, test_absolute_error), math_tests (test_cumprod, test_prod,
 * test_linear_interpolate, test_fmod, test_logsumexp, test_det, test_maximum, test_minimum, test_erfcx, test_log_ndtr,
 * test_ndtr, test_batch_l2_norm_squared, test_average, test_cumsum, test_inv) — each as its forward_expected or,
 * where the test compares to the function's own forward, as chainer/functions computes it (softplus's stable form,
 * sigmoid_cross_entropy's, contrastive's and triplet's forward).
 * Licence: MIT. Copyright (c) 2015 Preferred Infrastructure, Inc.; Copyright (c) 2015 Preferred Networks, Inc.
 * "Permission is hereby granted, free of charge, to any person obtaining a copy of this software ... The above copyright
 * notice and this permission notice shall be included in all copies or substantial portions of the Software." Written
 * here in Java from what each test computes; no code was copied.
 * Translation: ndarrays are double[] / double[][] (float16/float32 runs are the tests' dtype variants; the double one is
 * taken); numpy.where and masks are conditionals; clip is Math.min(Math.max(...)); fmod is Java's % (C's fmod); erfc is
 * Hipparchus' Erf.erfc; labels are int[] (passive); reduce='mean' divides by the batch size as the functions do.
 */

import dev.leibniz.Differentiable;
import org.hipparchus.special.Erf;

public final class ChainerFunctions {
  private ChainerFunctions() {}

  /** clipped_relu(x, z = 0.75): x.clip(0, z). */
  @Differentiable
  public static void clippedRelu(double[] x, double[] y) {
    double z = 0.75;
    for (int i = 0; i < x.length; i++) y[i] = Math.min(Math.max(x[i], 0), z);
  }

  /** elu(x, alpha): x where x >= 0, alpha * expm1(x) where x < 0. */
  @Differentiable
  public static void elu(double[] x, double alpha, double[] y) {
    for (int i = 0; i < x.length; i++) y[i] = x[i] < 0 ? alpha * Math.expm1(x[i]) : x[i];
  }

  /** hard_sigmoid: (0.2 x + 0.5).clip(0, 1). */
  @Differentiable
  public static void hardSigmoid(double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) y[i] = Math.min(Math.max(x[i] * 0.2 + 0.5, 0), 1);
  }

  /** leaky_relu(x, slope): numpy.where(x >= 0, x, x * slope). */
  @Differentiable
  public static void leakyRelu(double[] x, double slope, double[] y) {
    for (int i = 0; i < x.length; i++) y[i] = x[i] >= 0 ? x[i] : x[i] * slope;
  }

  /** selu(x, alpha, scale): scale * where(x >= 0, x, alpha * (exp(x) - 1)). */
  @Differentiable
  public static void selu(double[] x, double alpha, double scale, double[] y) {
    for (int i = 0; i < x.length; i++) {
      double e = x[i] >= 0 ? x[i] : alpha * (Math.exp(x[i]) - 1);
      y[i] = e * scale;
    }
  }

  /** softplus(x, beta) as Softplus.forward_cpu: (fmax(bx, 0) + log1p(exp(-|bx|))) / beta. */
  @Differentiable
  public static void softplus(double[] x, double beta, double[] y) {
    double betaInv = 1 / beta;
    for (int i = 0; i < x.length; i++) {
      double bx = beta * x[i];
      y[i] = (Math.max(bx, 0) + Math.log1p(Math.exp(-Math.abs(bx)))) * betaInv;
    }
  }

  static double sigmoid(double x) {
    return Math.tanh(x * 0.5) * 0.5 + 0.5;
  }

  /** swish(x, beta) with x (4, 3, 2) and beta (3,) broadcast along axis 1: x * sigmoid(beta * x). */
  @Differentiable
  public static void swish(double[][][] x, double[] beta, double[][][] y) {
    for (int n = 0; n < x.length; n++) {
      for (int c = 0; c < x[n].length; c++) {
        for (int k = 0; k < x[n][c].length; k++) y[n][c][k] = x[n][c][k] * sigmoid(beta[c] * x[n][c][k]);
      }
    }
  }

  /** log_softmax along axis 1: x - max - log(sum(exp(x - max))). */
  @Differentiable
  public static void logSoftmax(double[][] x, double[][] y) {
    for (int i = 0; i < x.length; i++) {
      double m = x[i][0];
      for (double v : x[i]) m = Math.max(m, v);
      double s = 0;
      for (double v : x[i]) s += Math.exp(v - m);
      double log = m + Math.log(s);
      for (int j = 0; j < x[i].length; j++) y[i][j] = x[i][j] - log;
    }
  }

  /** huber_loss(x, t, delta=1, reduce='sum_along_second_axis'): 0.5 d^2 where |d| < 1, |d| - 0.5 elsewhere. */
  @Differentiable
  public static void huberLoss(double[][] x, double[][] t, double[] loss) {
    for (int i = 0; i < x.length; i++) {
      double s = 0;
      for (int j = 0; j < x[i].length; j++) {
        double d = x[i][j] - t[i][j];
        s += Math.abs(d) < 1 ? 0.5 * d * d : Math.abs(d) - 0.5;
      }
      loss[i] = s;
    }
  }

  /** contrastive(x0, x1, y, margin, reduce='mean') as Contrastive.forward. */
  @Differentiable
  public static double contrastive(double[][] x0, double[][] x1, int[] y, double margin) {
    double loss = 0;
    for (int i = 0; i < x0.length; i++) {
      double distSq = 0;
      for (int j = 0; j < x0[i].length; j++) {
        double diff = x0[i][j] - x1[i][j];
        distSq += diff * diff;
      }
      double dist = Math.sqrt(distSq);
      double mdist = margin - dist;
      double hinge = Math.max(mdist, 0);
      loss += (y[i] * distSq + (1 - y[i]) * hinge * hinge) * .5;
    }
    return loss / x0.length;
  }

  /** triplet(anchor, positive, negative, margin, reduce='mean') as Triplet.forward. */
  @Differentiable
  public static double triplet(double[][] a, double[][] p, double[][] n, double margin) {
    double loss = 0;
    for (int i = 0; i < a.length; i++) {
      double dist = 0;
      for (int j = 0; j < a[i].length; j++) {
        dist += (a[i][j] - p[i][j]) * (a[i][j] - p[i][j]) - (a[i][j] - n[i][j]) * (a[i][j] - n[i][j]);
      }
      loss += Math.max(dist + margin, 0);
    }
    return loss / a.length;
  }

  /** hinge(x, t, norm, reduce='mean'): the true class's score negated, max(0, 1 + x), squared for L2, summed / N. */
  @Differentiable
  public static double hinge(double[][] x, int[] t, boolean l2) {
    double loss = 0;
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < x[i].length; j++) {
        double v = j == t[i] ? -x[i][j] : x[i][j];
        double h = Math.max(0, 1 + v);
        loss += l2 ? h * h : h;
      }
    }
    return loss / x.length;
  }

  /** sigmoid_cross_entropy(x, t, normalize=True) as its forward: the stable form, ignore label -1, mean over counted. */
  @Differentiable
  public static double sigmoidCrossEntropy(double[][] x, int[][] t) {
    double loss = 0;
    int count = 0;
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < x[i].length; j++) {
        if (t[i][j] == -1) continue;
        count++;
        double xij = x[i][j];
        double positive = xij >= 0 ? 1 : 0;
        loss -= xij * (t[i][j] - positive) - Math.log1p(Math.exp(-Math.abs(xij)));
      }
    }
    return loss / Math.max(1, count);
  }

  /** squared_error and absolute_error, element-wise. */
  @Differentiable
  public static void squaredAndAbsoluteError(double[] x0, double[] x1, double[][] y) {
    for (int i = 0; i < x0.length; i++) {
      double d = x0[i] - x1[i];
      y[0][i] = d * d;
      y[1][i] = Math.abs(d);
    }
  }

  /** cumprod along axis 1 of a (2, 4) matrix. */
  @Differentiable
  public static void cumprod(double[][] x, double[][] y) {
    for (int i = 0; i < x.length; i++) {
      double p = 1;
      for (int j = 0; j < x[i].length; j++) {
        p *= x[i][j];
        y[i][j] = p;
      }
    }
  }

  /** cumsum along axis 0. */
  @Differentiable
  public static void cumsum(double[][] x, double[][] y) {
    for (int j = 0; j < x[0].length; j++) {
      double s = 0;
      for (int i = 0; i < x.length; i++) {
        s += x[i][j];
        y[i][j] = s;
      }
    }
  }

  /** prod(x, axis=0, keepdims=False) of a (3, 2, 4) array. */
  @Differentiable
  public static void prodAxis0(double[][][] x, double[][] y) {
    for (int j = 0; j < x[0].length; j++) {
      for (int k = 0; k < x[0][j].length; k++) {
        double p = 1;
        for (double[][] slab : x) p *= slab[j][k];
        y[j][k] = p;
      }
    }
  }

  /** linear_interpolate(p, x, y) = p * x + (1 - p) * y. */
  @Differentiable
  public static void linearInterpolate(double[] p, double[] x, double[] y, double[] out) {
    for (int i = 0; i < p.length; i++) out[i] = p[i] * x[i] + (1 - p[i]) * y[i];
  }

  /** fmod(x, divisor). */
  @Differentiable
  public static void fmod(double[] x, double[] divisor, double[] y) {
    for (int i = 0; i < x.length; i++) y[i] = x[i] % divisor[i];
  }

  /** logsumexp(x, axis=1): log(sum(exp(x))), with the maximum taken out as the function does. */
  @Differentiable
  public static void logsumexp(double[][] x, double[] y) {
    for (int i = 0; i < x.length; i++) {
      double m = Double.NEGATIVE_INFINITY;
      for (double v : x[i]) m = Math.max(m, v);
      double s = 0;
      for (double v : x[i]) s += Math.exp(v - m);
      y[i] = m + Math.log(s);
    }
  }

  /** det of a square matrix by Gaussian elimination with partial pivoting (batch_det over a batch of 3 x 3). */
  @Differentiable
  public static void batchDet(double[][][] x, double[] y) {
    for (int b = 0; b < x.length; b++) {
      int n = x[b].length;
      double[][] a = new double[n][];
      for (int i = 0; i < n; i++) a[i] = x[b][i].clone();
      double det = 1;
      for (int k = 0; k < n; k++) {
        int p = k;
        for (int i = k + 1; i < n; i++) {
          if (Math.abs(a[i][k]) > Math.abs(a[p][k])) p = i;
        }
        if (p != k) {
          double[] t = a[p];
          a[p] = a[k];
          a[k] = t;
          det = -det;
        }
        det *= a[k][k];
        for (int i = k + 1; i < n; i++) {
          double f = a[i][k] / a[k][k];
          for (int j = k; j < n; j++) a[i][j] -= f * a[k][j];
        }
      }
      y[b] = det;
    }
  }

  /** det of a 2 x 2 matrix by definition (TestDetSmallCase's check_by_definition). */
  @Differentiable
  public static double det2(double[][] x) {
    return x[0][0] * x[1][1] - x[0][1] * x[1][0];
  }

  /** inv of a 3 x 3 matrix by Gauss-Jordan elimination with partial pivoting. */
  @Differentiable
  public static void inv(double[][] x, double[][] y) {
    int n = x.length;
    double[][] a = new double[n][2 * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) a[i][j] = x[i][j];
      a[i][n + i] = 1;
    }
    for (int k = 0; k < n; k++) {
      int p = k;
      for (int i = k + 1; i < n; i++) {
        if (Math.abs(a[i][k]) > Math.abs(a[p][k])) p = i;
      }
      double[] t = a[p];
      a[p] = a[k];
      a[k] = t;
      double pivot = a[k][k];
      for (int j = 0; j < 2 * n; j++) a[k][j] /= pivot;
      for (int i = 0; i < n; i++) {
        if (i == k) continue;
        double f = a[i][k];
        for (int j = 0; j < 2 * n; j++) a[i][j] -= f * a[k][j];
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) y[i][j] = a[i][n + j];
    }
  }

  /** maximum and minimum element-wise. */
  @Differentiable
  public static void maximumMinimum(double[] x1, double[] x2, double[][] y) {
    for (int i = 0; i < x1.length; i++) {
      y[0][i] = Math.max(x1[i], x2[i]);
      y[1][i] = Math.min(x1[i], x2[i]);
    }
  }

  /** ndtr, log_ndtr and erfcx: 0.5 erfc(-x / sqrt 2), its log, and exp(x^2) erfc(x). */
  @Differentiable
  public static void normalFunctions(double[] x, double[][] y) {
    for (int i = 0; i < x.length; i++) {
      double ndtr = 0.5 * Erf.erfc(-x[i] / Math.sqrt(2));
      y[0][i] = ndtr;
      y[1][i] = Math.log(ndtr);
      y[2][i] = Math.exp(x[i] * x[i]) * Erf.erfc(x[i]);
    }
  }

  /** batch_l2_norm_squared: the sum of squares of each row. */
  @Differentiable
  public static void batchL2NormSquared(double[][] x, double[] y) {
    for (int i = 0; i < x.length; i++) {
      double s = 0;
      for (double v : x[i]) s += v * v;
      y[i] = s;
    }
  }

  /** average(x, axis=1, weights=w): sum(x * w) / sum(w) along the axis. */
  @Differentiable
  public static void average(double[][] x, double[] w, double[] y) {
    double ws = 0;
    for (double v : w) ws += v;
    for (int i = 0; i < x.length; i++) {
      double s = 0;
      for (int j = 0; j < w.length; j++) s += x[i][j] * w[j];
      y[i] = s / ws;
    }
  }
}
