package dev.leibniz.secondorder;

import dev.leibniz.Differentiable;

/** The callee of {@link CrossClassCaller}. */
public class CrossClassCallee {
  @Differentiable(order = 2)
  public static double inner(double[] x) {
    double p = 1;
    for (int i = 0; i < x.length; i++) {
      p *= Math.cos(x[i]) + 2;
    }
    return p;
  }
}
