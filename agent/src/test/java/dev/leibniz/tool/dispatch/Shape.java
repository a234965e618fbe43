package dev.leibniz.tool.dispatch;

import dev.leibniz.Differentiable;

/** A marked interface method: its implementations get companions too, unannotated. */
public interface Shape {
  @Differentiable
  double energy(double[] p);
}
