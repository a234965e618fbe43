package com.example;

import dev.leibniz.Differentiable;

public class Model {
  @Differentiable
  public static double f(double x, double y) {
    return x * Math.sin(y);
  }
}
