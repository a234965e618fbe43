package dev.leibniz.sample;

import dev.leibniz.Differentiable;

/** Losses of one point: loop-free, a few nanoseconds (FacadeBenchmark calls them to see a call's own cost). */
public final class PointLoss {
  private PointLoss() {}

  /** The logistic loss of margin {@code m} and label {@code y}: {@code log(1 + e^m) - y m}. */
  @Differentiable
  public static double logistic(double m, double y) {
    return Math.max(m, 0) + Math.log1p(Math.exp(-Math.abs(m))) - y * m;
  }
}
