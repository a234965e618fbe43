package dev.leibniz.secondorder;

import dev.leibniz.Differentiable;

/** Calls a method of another class marked order 2: its second-order companion calls the callee's. */
public class CrossClassCaller {
  @Differentiable(order = 2)
  public static double outer(double[] x) {
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      s += x[i] * x[i];
    }
    return Math.sqrt(1 + s) * CrossClassCallee.inner(x);
  }
}
