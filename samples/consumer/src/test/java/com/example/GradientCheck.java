package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.Derivatives;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;

/** Model.f's companions against its analytic gradient and central differences. */
final class GradientCheck {
  private GradientCheck() {}

  static void check(double x, double y) throws Throwable {
    MethodHandles.Lookup lookup = MethodHandles.lookup();
    MethodHandle tangent = Derivatives.tangent(lookup, Model.class, "f", double.class, double.class);
    MethodHandle adjoint = Derivatives.adjoint(lookup, Model.class, "f", double.class, double.class);
    double[] grad = new double[2];
    assertEquals(Model.f(x, y), (double) adjoint.invokeExact(x, y, 1.0, grad), 0);
    double h = 1e-6;
    double fdX = (Model.f(x + h, y) - Model.f(x - h, y)) / (2 * h);
    double fdY = (Model.f(x, y + h) - Model.f(x, y - h)) / (2 * h);
    assertEquals(Math.sin(y), grad[0], 1e-15);
    assertEquals(x * Math.cos(y), grad[1], 1e-15);
    assertEquals(fdX, grad[0], 1e-8);
    assertEquals(fdY, grad[1], 1e-8);
    assertEquals(grad[0], (double) tangent.invokeExact(x, 1.0, y, 0.0), 1e-15);
    assertEquals(grad[1], (double) tangent.invokeExact(x, 0.0, y, 1.0), 1e-15);
  }
}
