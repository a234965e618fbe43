package dev.leibniz.benchmarks;

import dev.leibniz.Differentiable;

/**
 * A dense map R^n → R^n whose primal is dominated by transcendental functions (n² sines and n
 * exponentials): the case where sharing the primal across directions pays most. The fixture of
 * {@link VectorTangentBenchmark}'s dense Jacobians.
 */
public final class DenseMap {
  private DenseMap() {}

  @Differentiable(tangents = true)
  public static void map(double[] x, double[] r) {
    int n = x.length;
    for (int i = 0; i < n; i++) {
      double s = 0;
      for (int j = 0; j < n; j++) {
        s += Math.sin(x[j] * (1 + 0.01 * i)) * x[(i + j) % n];
      }
      r[i] = Math.exp(-0.01 * s) + x[i] * x[i];
    }
  }
}
