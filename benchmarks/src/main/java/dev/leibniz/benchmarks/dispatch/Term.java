package dev.leibniz.benchmarks.dispatch;

import dev.leibniz.Differentiable;

/** A marked interface method: its implementations get companions, and calls dispatch to them. */
public interface Term {
  @Differentiable
  double value(double x);
}
