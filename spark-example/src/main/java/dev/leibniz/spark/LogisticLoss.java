package dev.leibniz.spark;

import dev.leibniz.Differentiable;

/**
 * The loss of one record of a logistic regression, labels in {0, 1}: {@code log(1 + e^m) - y m}
 * with {@code m = w . x}, the same loss as MLlib's {@code LogisticGradient} (binary). The build
 * (leibniz:transform) adds {@code pointLoss$adjoint(w, wbar, x, xbar, y, seed, ybar)}, which
 * returns the loss and adds {@code seed * dloss/dw} into {@code wbar}: the shape of a
 * {@code treeAggregate} sequence operation.
 */
public final class LogisticLoss {
  private LogisticLoss() {}

  @Differentiable
  public static double pointLoss(double[] w, double[] x, double y) {
    double m = 0;
    for (int j = 0; j < w.length; j++) {
      m += w[j] * x[j];
    }
    // log(1 + e^m) without overflow, as MLUtils.log1pExp
    return Math.max(m, 0) + Math.log1p(Math.exp(-Math.abs(m))) - y * m;
  }
}
