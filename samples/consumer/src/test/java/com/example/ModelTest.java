package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Runs under surefire's argLine -javaagent (pom.xml). */
class ModelTest {
  @Test
  void gradientFromTheAgent() throws Throwable {
    GradientCheck.check(2.0, 0.5);
  }

  @Test
  void gradientThroughTheTypedFacade() {
    double x = 2.0, y = 0.5;
    // ModelDerivatives: the typed facade that the annotation processor writes next to Model
    double dfdx = ModelDerivatives.fTangent(x, 1, y, 0);           // ∂f/∂x: the direction (1, 0)
    double[] grad = new double[2];
    double value = ModelDerivatives.fAdjoint(x, y, 1.0, grad);      // grad = {sin y, x cos y}
    assertEquals(Model.f(x, y), value, 0);
    assertEquals(Math.sin(y), grad[0], 1e-15);
    assertEquals(x * Math.cos(y), grad[1], 1e-15);
    double h = 1e-6;
    assertEquals((Model.f(x + h, y) - Model.f(x - h, y)) / (2 * h), dfdx, 1e-8);
    assertEquals(grad[0], dfdx, 1e-15);
  }

  @Test
  void theFacadeChecksItsArguments() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModelDerivatives.fAdjoint(1, 2, 1, new double[1]));
    assertEquals("ModelDerivatives.fAdjoint: grad has length 1 but receives the adjoints of x, y; pass new double[2]", e.getMessage());
  }
}
