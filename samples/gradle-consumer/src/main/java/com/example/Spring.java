package com.example;

import dev.leibniz.Differentiable;

public class Spring {
  /** The energy of a spring of stiffness k stretched by x. */
  @Differentiable
  public static double energy(double k, double x) {
    return 0.5 * k * x * x;
  }
}
