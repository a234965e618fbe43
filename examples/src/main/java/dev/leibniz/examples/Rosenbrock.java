package dev.leibniz.examples;

import dev.leibniz.Differentiable;

/**
 * Rosenbrock's banana-shaped valley, the classic test of optimisers, with its minimum at (1, 1).
 */
public final class Rosenbrock {
  private Rosenbrock() {}

  /** {@code (1 − x)² + 100 (y − x²)²}. */
  @Differentiable
  public static double value(double x, double y) {
    double a = 1 - x;
    double b = y - x * x;
    return a * a + 100 * b * b;
  }

  /**
   * The extended Rosenbrock function of {@code x.length} (even) variables: {@code Σ_i [100 (x_{2i}²
   * − x_{2i+1})² + (x_{2i} − 1)²]}.
   */
  @Differentiable
  public static double extended(double[] x) {
    double sum = 0;
    for (int i = 0; i < x.length / 2; i++) {
      double a = x[2 * i] * x[2 * i] - x[2 * i + 1];
      double b = x[2 * i] - 1;
      sum = sum + 100 * a * a + b * b;
    }
    return sum;
  }
}
