package dev.leibniz.corpus.peers7;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The seventh peer round").
 * Source: TensorFlow (tensorflow/tensorflow on GitHub), tensorflow/python/ops/math_grad_test.py at commit 4d7f5c43:
 * SquaredDifferenceOpTest (broadcast [2, 4] against [3, 2, 4]), AbsOpTest (biased normals, and sigma 0.1 near the pole),
 * MinOrMaxGradientTest (reduce_min/reduce_max of concat([x, x])), MaximumOrMinimumGradientTest (maximum(x, 3),
 * minimum(x, 2)), ProdGradientTest (reduce_prod of a 2x2, whole and along axis -1), EuclideanNormGradientTest (one
 * element, two, -0.0, the zero vector, 2-D and 3-D, whole and along each axis), SegmentMinOrMaxGradientTest (segment
 * ids [0, 0, 1], and ties), FloorModGradientTest (131 mod 17), DivNoNanGradientTest, MulNoNanGradientTest, XlogyTest,
 * Xlog1pyTest, XdivyTest (each at its non-zero values and at its special zeros), PowGradTest (pow(x, 2) at -1, 0, 1) and
 * NextAfterTest (nextafter(x1, x2), both arguments).
 * Licence: Apache-2.0 (Copyright 2016 The TensorFlow Authors).
 * Translation (written here in Java; no comments copied): each op is a static method as a Java programmer writes it
 * (tensors as double[] and double[][]/double[][][], broadcasting as index arithmetic, segment ids as int[], reductions
 * along an axis writing a new array); div_no_nan, mul_no_nan, xlogy, xlog1py and xdivy are TensorFlow's definitions
 * spelt as Java ternaries on the special value (`y == 0 ? 0 : x / y`, `x == 0 ? 0 : x * Math.log(y)`); floormod of
 * doubles is x - floor(x / y) * y; nextafter is Math.nextAfter; concat([x, x]) is an array of the value twice.
 */

import dev.leibniz.Differentiable;

public final class TfMathGrad {
  private TfMathGrad() {}

  /** squared_difference of l [2][4] and r [3][2][4], broadcast over the leading axis. */
  @Differentiable
  public static double[][][] squaredDifference(double[][] l, double[][][] r) {
    double[][][] out = new double[r.length][l.length][l[0].length];
    for (int i = 0; i < r.length; i++) {
      for (int j = 0; j < l.length; j++) {
        for (int k = 0; k < l[0].length; k++) {
          double d = l[j][k] - r[i][j][k];
          out[i][j][k] = d * d;
        }
      }
    }
    return out;
  }

  @Differentiable
  public static double[][] abs(double[][] x) {
    double[][] out = new double[x.length][x[0].length];
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < x[i].length; j++) out[i][j] = Math.abs(x[i][j]);
    }
    return out;
  }

  @Differentiable
  public static double reduceMinOfConcat(double x) {
    double[] both = {x, x};
    double min = Double.POSITIVE_INFINITY;
    for (double v : both) min = Math.min(min, v);
    return min;
  }

  @Differentiable
  public static double reduceMaxOfConcat(double x) {
    double[] both = {x, x};
    double max = Double.NEGATIVE_INFINITY;
    for (double v : both) {
      if (v > max) max = v;
    }
    return max;
  }

  @Differentiable
  public static void maximum(double[] x, double y, double[] out) {
    for (int i = 0; i < x.length; i++) out[i] = Math.max(x[i], y);
  }

  @Differentiable
  public static void minimum(double[] x, double y, double[] out) {
    for (int i = 0; i < x.length; i++) out[i] = Math.min(x[i], y);
  }

  @Differentiable
  public static double reduceProd(double[][] x) {
    double p = 1;
    for (double[] row : x) {
      for (double v : row) p *= v;
    }
    return p;
  }

  /** reduce_prod(x, -1): along the last axis. */
  @Differentiable
  public static double[] reduceProdLastAxis(double[][] x) {
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double p = 1;
      for (double v : x[i]) p *= v;
      out[i] = p;
    }
    return out;
  }

  @Differentiable
  public static double euclideanNorm(double[] x) {
    double s = 0;
    for (double v : x) s += v * v;
    return Math.sqrt(s);
  }

  /** The norm of a pair, for the signed zeros of testNegativeZero and testZeros. */
  @Differentiable
  public static double euclideanNormPair(double x0, double x1) {
    return euclideanNorm(new double[] {x0, x1});
  }

  @Differentiable
  public static double euclideanNorm2d(double[][] x) {
    double s = 0;
    for (double[] row : x) {
      for (double v : row) s += v * v;
    }
    return Math.sqrt(s);
  }

  /** reduce_euclidean_norm(x, axis) of a 2-D array. */
  @Differentiable
  public static double[] euclideanNorm2dAlong(double[][] x, int axis) {
    int n = axis == 0 ? x[0].length : x.length;
    double[] out = new double[n];
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < x[i].length; j++) out[axis == 0 ? j : i] += x[i][j] * x[i][j];
    }
    for (int k = 0; k < n; k++) out[k] = Math.sqrt(out[k]);
    return out;
  }

  /** reduce_euclidean_norm(x, axis) of a 3-D array: the result has the other two axes. */
  @Differentiable
  public static double[][] euclideanNorm3dAlong(double[][][] x, int axis) {
    int[] shape = {x.length, x[0].length, x[0][0].length};
    int rows = axis == 0 ? shape[1] : shape[0];
    int cols = axis == 2 ? shape[1] : shape[2];
    double[][] out = new double[rows][cols];
    for (int i = 0; i < shape[0]; i++) {
      for (int j = 0; j < shape[1]; j++) {
        for (int k = 0; k < shape[2]; k++) {
          double v = x[i][j][k];
          if (axis == 0) out[j][k] += v * v;
          else if (axis == 1) out[i][k] += v * v;
          else out[i][j] += v * v;
        }
      }
    }
    for (double[] row : out) {
      for (int c = 0; c < cols; c++) row[c] = Math.sqrt(row[c]);
    }
    return out;
  }

  @Differentiable
  public static double[] segmentMin(double[] data, int[] segmentIds) {
    double[] out = new double[segmentIds[segmentIds.length - 1] + 1];
    java.util.Arrays.fill(out, Double.POSITIVE_INFINITY);
    for (int i = 0; i < data.length; i++) {
      if (data[i] < out[segmentIds[i]]) out[segmentIds[i]] = data[i];
    }
    return out;
  }

  @Differentiable
  public static double[] segmentMax(double[] data, int[] segmentIds) {
    double[] out = new double[segmentIds[segmentIds.length - 1] + 1];
    java.util.Arrays.fill(out, Double.NEGATIVE_INFINITY);
    for (int i = 0; i < data.length; i++) out[segmentIds[i]] = Math.max(out[segmentIds[i]], data[i]);
    return out;
  }

  /** segment_min of concat([x, x]) with segment ids [0, 0]: a tie. */
  @Differentiable
  public static double segmentMinWithTies(double x) {
    return segmentMin(new double[] {x, x}, new int[] {0, 0})[0];
  }

  @Differentiable
  public static double segmentMaxWithTies(double x) {
    return segmentMax(new double[] {x, x}, new int[] {0, 0})[0];
  }

  @Differentiable
  public static double floorMod(double x, double y) {
    return x - Math.floor(x / y) * y;
  }

  static double divNoNan(double x, double y) {
    return y == 0 ? 0 : x / y;
  }

  static double mulNoNan(double x, double y) {
    return y == 0 ? 0 : x * y;
  }

  /** div_no_nan(x, 1 + |x|) elementwise. */
  @Differentiable
  public static void divNoNanBasic(double[] x, double[] out) {
    for (int i = 0; i < x.length; i++) out[i] = divNoNan(x[i], 1 + Math.abs(x[i]));
  }

  @Differentiable
  public static void mulNoNanBasic(double[] x, double[] out) {
    for (int i = 0; i < x.length; i++) out[i] = mulNoNan(x[i], 1 + Math.abs(x[i]));
  }

  @Differentiable
  public static double divNoNanScalar(double x, double y) {
    return divNoNan(x, y);
  }

  @Differentiable
  public static double mulNoNanScalar(double x, double y) {
    return mulNoNan(x, y);
  }

  @Differentiable
  public static double xlogy(double x, double y) {
    return x == 0 ? 0 : x * Math.log(y);
  }

  @Differentiable
  public static double xlog1py(double x, double y) {
    return x == 0 ? 0 : x * Math.log1p(y);
  }

  @Differentiable
  public static double xdivy(double x, double y) {
    return x == 0 ? 0 : x / y;
  }

  @Differentiable
  public static void powSquare(double[] x, double[] out) {
    for (int i = 0; i < x.length; i++) out[i] = Math.pow(x[i], 2);
  }

  @Differentiable
  public static double nextAfter(double x1, double x2) {
    return Math.nextAfter(x1, x2);
  }

  @Differentiable
  public static void nextAfterTwo(double[] x1, double[] out) {
    for (int i = 0; i < x1.length; i++) out[i] = Math.nextAfter(x1[i], 2.0);
  }
}
