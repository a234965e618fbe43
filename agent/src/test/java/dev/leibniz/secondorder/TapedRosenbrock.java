package dev.leibniz.secondorder;

import dev.leibniz.Differentiable;

/**
 * The extended Rosenbrock function as the examples and the benchmark write it (a loop to {@code x.length / 2}
 * indexing {@code x[2 i]}): its adjoint tapes an int per iteration, so its second-order companion has an int tape
 * that grows with n ({@link HessianVectorAllocationTest}).
 */
public final class TapedRosenbrock {
  private TapedRosenbrock() {}

  @Differentiable(order = 2)
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
