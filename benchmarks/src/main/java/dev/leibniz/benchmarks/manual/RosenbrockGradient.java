package dev.leibniz.benchmarks.manual;

/**
 * The hand-written gradient of {@code Rosenbrock.extended}: {@code f = Σ_i 100 a_i² + b_i²} with
 * {@code a_i = x_{2i}² − x_{2i+1}}, {@code b_i = x_{2i} − 1}, so {@code ∂f/∂x_{2i} = 400 a_i x_{2i}
 * + 2 b_i} and {@code ∂f/∂x_{2i+1} = −200 a_i}.
 */
public final class RosenbrockGradient {
  private RosenbrockGradient() {}

  /** Writes the gradient into {@code grad} (overwriting it) and returns the value. */
  public static double valueAndGradient(double[] x, double[] grad) {
    double sum = 0;
    for (int i = 0; i + 1 < x.length; i += 2) {
      double x0 = x[i];
      double a = x0 * x0 - x[i + 1];
      double b = x0 - 1;
      sum += 100 * a * a + b * b;
      grad[i] = 400 * a * x0 + 2 * b;
      grad[i + 1] = -200 * a;
    }
    if ((x.length & 1) != 0) {
      grad[x.length - 1] = 0;
    }
    return sum;
  }
}
