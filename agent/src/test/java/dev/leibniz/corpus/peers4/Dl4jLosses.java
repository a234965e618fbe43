package dev.leibniz.corpus.peers4;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The fourth peer round").
 * Source: Eclipse Deeplearning4j (deeplearning4j/deeplearning4j on GitHub, commit 022badc9), file
 * nd4j/nd4j-backends/nd4j-tests/src/test/java/org/nd4j/autodiff/opvalidation/LossOpValidation.java: testLoss2d, whose
 * SameDiff gradient check differentiates each loss with respect to the predictions, the labels and the weights, under
 * the four LossReduce modes and four kinds of weights; the expected values the test computes with INDArray operations
 * are the functions ported here (absdiff, cosine, hinge, huber, log, log_poisson, log_poisson_full, mse, sigmoidxent
 * with and without label smoothing, softmaxxent with and without it, mpwse, sparsesoftmax), and testL2Loss and
 * testCosineDistance.
 * Licence: Apache-2.0 (Copyright (c) 2015-2018 Skymind, Inc.).
 * Translation (written here in Java; no comments copied): INDArray expressions become loops over double[][] (minibatch
 * rows, output columns); the weights are the test's broadcast array (wArrBroadcast) for the element-wise losses and
 * one weight per example for the losses with one value per example; the reduction is an int (LossReduce's order:
 * NONE, SUM, MEAN_BY_WEIGHT, MEAN_BY_NONZERO_WEIGHT_COUNT), and NONE returns the sum of the unreduced losses, as the
 * test's gradient check sums them; the non-zero weight count is an int counted by comparisons; the softmax is
 * shifted by the row maximum (as Transforms.softmax computes it). The log loss's eps (1e-7, an argument of the op) is a
 * constant field here: as a differentiable parameter it would be the smallest of the 121 inputs, and the harness's
 * differences along random directions scale their step to the smallest input, too small for the outputs of size 1 (a
 * limit of the oracle, README "How an entry is classified"); label smoothing stays a parameter, as in the op.
 */

import dev.leibniz.Differentiable;

public final class Dl4jLosses {
  private Dl4jLosses() {}

  public static final int NONE = 0;
  public static final int SUM = 1;
  public static final int MEAN_BY_WEIGHT = 2;
  public static final int MEAN_BY_NONZERO_WEIGHT_COUNT = 3;

  /** Weighted element losses reduced as LossReduce says. */
  static double reduce(double[][] loss, double[][] weights, int reduction) {
    double sum = 0;
    double weightSum = 0;
    int nonZero = 0;
    for (int i = 0; i < loss.length; i++) {
      for (int j = 0; j < loss[i].length; j++) {
        sum += loss[i][j] * weights[i][j];
        weightSum += weights[i][j];
        if (weights[i][j] != 0.0) nonZero++;
      }
    }
    switch (reduction) {
      case NONE:
      case SUM:
        return sum;
      case MEAN_BY_WEIGHT:
        return sum / weightSum;
      case MEAN_BY_NONZERO_WEIGHT_COUNT:
        return sum / nonZero;
      default:
        throw new IllegalArgumentException("reduction " + reduction);
    }
  }

  /** One loss per example, one weight per example. */
  static double reducePerExample(double[] loss, double[] weights, int reduction) {
    double sum = 0;
    double weightSum = 0;
    int nonZero = 0;
    for (int i = 0; i < loss.length; i++) {
      sum += loss[i] * weights[i];
      weightSum += weights[i];
      if (weights[i] != 0.0) nonZero++;
    }
    if (reduction == MEAN_BY_WEIGHT) return sum / weightSum;
    if (reduction == MEAN_BY_NONZERO_WEIGHT_COUNT) return sum / nonZero;
    return sum;
  }

  @Differentiable
  public static double absoluteDifference(double[][] labels, double[][] predictions, double[][] weights, int reduction) {
    double[][] loss = new double[labels.length][labels[0].length];
    for (int i = 0; i < labels.length; i++) {
      for (int j = 0; j < labels[i].length; j++) loss[i][j] = Math.abs(predictions[i][j] - labels[i][j]);
    }
    return reduce(loss, weights, reduction);
  }

  /** Labels 0 or 1, taken as -1 or 1. */
  @Differentiable
  public static double hinge(double[][] labels, double[][] predictions, double[][] weights, int reduction) {
    double[][] loss = new double[labels.length][labels[0].length];
    for (int i = 0; i < labels.length; i++) {
      for (int j = 0; j < labels[i].length; j++) {
        double sign = labels[i][j] * 2 - 1;
        loss[i][j] = Math.max(1 - predictions[i][j] * sign, 0);
      }
    }
    return reduce(loss, weights, reduction);
  }

  @Differentiable
  public static double huber(double[][] labels, double[][] predictions, double[][] weights, int reduction, double delta) {
    double[][] loss = new double[labels.length][labels[0].length];
    for (int i = 0; i < labels.length; i++) {
      for (int j = 0; j < labels[i].length; j++) {
        double diff = labels[i][j] - predictions[i][j];
        double absDiff = Math.abs(diff);
        if (absDiff <= delta) {
          loss[i][j] = 0.5 * diff * diff;
        } else {
          loss[i][j] = absDiff * delta - 0.5 * delta * delta;
        }
      }
    }
    return reduce(loss, weights, reduction);
  }

  /** The log loss's eps (SameDiff's default); see the header for why it is not a parameter. */
  static final double LOG_EPS = 1e-7;

  /** Binary cross-entropy with eps inside both logarithms. */
  @Differentiable
  public static double logLoss(double[][] labels, double[][] predictions, double[][] weights, int reduction) {
    double eps = LOG_EPS;
    double[][] loss = new double[labels.length][labels[0].length];
    for (int i = 0; i < labels.length; i++) {
      for (int j = 0; j < labels[i].length; j++) {
        double p = predictions[i][j];
        double l = labels[i][j];
        loss[i][j] = -(l * Math.log(p + eps) + (1 - l) * Math.log(1 - p + eps));
      }
    }
    return reduce(loss, weights, reduction);
  }

  /** Predictions are log rates; with full, Stirling's term of log(label!) is added. */
  @Differentiable
  public static double logPoisson(double[][] labels, double[][] predictions, double[][] weights, int reduction,
      boolean full) {
    double[][] loss = new double[labels.length][labels[0].length];
    for (int i = 0; i < labels.length; i++) {
      for (int j = 0; j < labels[i].length; j++) {
        double p = predictions[i][j];
        double l = labels[i][j];
        double value = Math.exp(p) - l * p;
        if (full) value += l * Math.log(l) - l + 0.5 * Math.log(l * Math.PI * 2);
        loss[i][j] = value;
      }
    }
    return reduce(loss, weights, reduction);
  }

  @Differentiable
  public static double meanSquaredError(double[][] labels, double[][] predictions, double[][] weights, int reduction) {
    double[][] loss = new double[labels.length][labels[0].length];
    for (int i = 0; i < labels.length; i++) {
      for (int j = 0; j < labels[i].length; j++) {
        double d = labels[i][j] - predictions[i][j];
        loss[i][j] = d * d;
      }
    }
    return reduce(loss, weights, reduction);
  }

  /** Sigmoid cross-entropy on logits, labels smoothed towards 1/2. */
  @Differentiable
  public static double sigmoidCrossEntropy(double[][] labels, double[][] predictions, double[][] weights, int reduction,
      double labelSmoothing) {
    double[][] loss = new double[labels.length][labels[0].length];
    for (int i = 0; i < labels.length; i++) {
      for (int j = 0; j < labels[i].length; j++) {
        double l = labels[i][j];
        if (labelSmoothing != 0) l = l * (1.0 - labelSmoothing) + 0.5 * labelSmoothing;
        double x = predictions[i][j];
        loss[i][j] = x * (1.0 - l) + Math.log(Math.exp(-x) + 1.0);
      }
    }
    return reduce(loss, weights, reduction);
  }

  /** Cosine distance of rows the caller normalised: 1 - dot(prediction, label); one weight per example. */
  @Differentiable
  public static double cosineDistance(double[][] labels, double[][] predictions, double[] weights, int reduction) {
    double[] loss = new double[labels.length];
    for (int i = 0; i < labels.length; i++) {
      double dot = 0;
      for (int j = 0; j < labels[i].length; j++) dot += predictions[i][j] * labels[i][j];
      loss[i] = 1.0 - dot;
    }
    return reducePerExample(loss, weights, reduction);
  }

  /** The row's log-softmax, shifted by the row maximum. */
  static double[] logSoftmax(double[] row) {
    double max = row[0];
    for (double v : row) max = Math.max(max, v);
    double sum = 0;
    for (double v : row) sum += Math.exp(v - max);
    double logSum = Math.log(sum) + max;
    double[] out = new double[row.length];
    for (int j = 0; j < row.length; j++) out[j] = row[j] - logSum;
    return out;
  }

  /** Softmax cross-entropy with one-hot labels smoothed towards 1/n; one weight per example. */
  @Differentiable
  public static double softmaxCrossEntropy(double[][] labels, double[][] predictions, double[] weights, int reduction,
      double labelSmoothing) {
    double[] loss = new double[labels.length];
    for (int i = 0; i < labels.length; i++) {
      double[] logP = logSoftmax(predictions[i]);
      int n = labels[i].length;
      double sum = 0;
      for (int j = 0; j < n; j++) {
        double l = labels[i][j];
        if (labelSmoothing != 0) l = l * (1.0 - labelSmoothing) + labelSmoothing / n;
        sum += l * logP[j];
      }
      loss[i] = -sum;
    }
    return reducePerExample(loss, weights, reduction);
  }

  /** Mean pairwise squared error of each example's differences, over the n(n-1)/2 pairs; one weight per example. */
  @Differentiable
  public static double meanPairwiseSquaredError(double[][] labels, double[][] predictions, double[] weights,
      int reduction) {
    double[] loss = new double[labels.length];
    for (int example = 0; example < labels.length; example++) {
      double n = labels[example].length;
      for (int i = 0; i < labels[example].length; i++) {
        for (int k = 0; k < labels[example].length; k++) {
          if (i != k) {
            double yi = predictions[example][i];
            double yk = predictions[example][k];
            double qi = labels[example][i];
            double qk = labels[example][k];
            loss[example] += Math.pow((yi - yk) - (qi - qk), 2);
          }
        }
      }
      loss[example] *= 1 / ((n * (n - 1)) / 2);
    }
    return reducePerExample(loss, weights, reduction);
  }

  /** Softmax cross-entropy with integer class labels, summed over the examples. */
  @Differentiable
  public static double sparseSoftmaxCrossEntropy(double[][] predictions, int[] labels) {
    double sum = 0;
    for (int i = 0; i < predictions.length; i++) sum -= logSoftmax(predictions[i])[labels[i]];
    return sum;
  }

  @Differentiable
  public static double l2Loss(double[] x) {
    double sum = 0;
    for (double v : x) sum += v * v;
    return sum * 0.5;
  }
}
