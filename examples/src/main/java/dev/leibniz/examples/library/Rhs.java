package dev.leibniz.examples.library;

import dev.leibniz.Differentiable;

/** An ODE right-hand side y' = f(t, y); implementations get companions without repeating the annotation. */
public interface Rhs {
  @Differentiable
  void computeDerivatives(double t, double[] y, double[] yDot);
}
