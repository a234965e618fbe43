package dev.leibniz.benchmarks.checkpoint;

import dev.leibniz.Differentiable;

/** The recurrence of README's memory example, {@code s = sin(s x) + 0.5} over {@code n} trips. */
public class Recurrence {
  @Differentiable
  public static double iterate(double x, int n) {
    double s = 0.5;
    for (int i = 0; i < n; i++) {
      s = Math.sin(s * x) + 0.5;
    }
    return s;
  }
}
