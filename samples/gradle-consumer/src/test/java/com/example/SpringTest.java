package com.example;

import static org.junit.Assert.assertEquals;

import dev.leibniz.Derivatives;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import org.junit.Test;

/** Runs with the agent from build.gradle's jvmArgs; Spring.energy's gradient is (x²/2, k x). */
public class SpringTest {
  @Test
  public void gradientThroughTheTypedFacade() {
    double k = 3.0, x = 0.5;
    double[] grad = new double[2];
    double value = SpringDerivatives.energyAdjoint(k, x, 1.0, grad);   // written by the annotation processor
    assertEquals(Spring.energy(k, x), value, 0);
    assertEquals(x * x / 2, grad[0], 1e-15);
    assertEquals(k * x, grad[1], 1e-15);
  }

  @Test
  public void tangentThroughDerivatives() throws Throwable {
    MethodHandle tangent = Derivatives.tangent(MethodHandles.lookup(), Spring.class, "energy", double.class, double.class);
    double k = 3.0, x = 0.5;
    assertEquals(k * x, (double) tangent.invokeExact(k, 0.0, x, 1.0), 1e-15);   // ∂E/∂x
    double h = 1e-6;
    assertEquals((Spring.energy(k, x + h) - Spring.energy(k, x - h)) / (2 * h), (double) tangent.invokeExact(k, 0.0, x, 1.0), 1e-8);
  }
}
