package dev.leibniz.sample;

import dev.leibniz.Differentiable;

/**
 * Losses of a linear model over {@code n} points of dimension {@code d} (row-major {@code x}).
 * The build adds {@code meanSquaredError$adjoint}, {@code logLoss$tangent}, ... to this class file.
 */
public final class Regression {
  private Regression() {}

  /** {@code (1/n) sum_i (w . x_i + b - y_i)^2}. */
  @Differentiable
  public static double meanSquaredError(double[] w, double b, double[] x, double[] y, int n, int d) {
    double sum = 0;
    for (int i = 0; i < n; i++) {
      double r = predict(w, b, x, i, d) - y[i];
      sum += r * r;
    }
    return sum / n;
  }

  /** The logistic log-loss, labels in {0, 1}: {@code (1/n) sum_i log(1 + e^m_i) - y_i m_i}, {@code m_i = w . x_i + b}. */
  @Differentiable
  public static double logLoss(double[] w, double b, double[] x, double[] y, int n, int d) {
    double sum = 0;
    for (int i = 0; i < n; i++) {
      double m = predict(w, b, x, i, d);
      sum += Math.max(m, 0) + Math.log1p(Math.exp(-Math.abs(m))) - y[i] * m;
    }
    return sum / n;
  }

  /** An un-annotated helper: differentiated too, with private companions. */
  static double predict(double[] w, double b, double[] x, int i, int d) {
    double m = b;
    for (int j = 0; j < d; j++) {
      m += w[j] * x[i * d + j];
    }
    return m;
  }
}
