package dev.leibniz.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Gradient;
import dev.leibniz.Jacobian;
import dev.leibniz.agent.fixtures.Functions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.invoke.MethodHandles;
import org.junit.jupiter.api.Test;

/**
 * The serialisable {@link Gradient} and {@link Jacobian} under the agent: after a serialisation
 * round trip (what a distributed engine does to a closure) they find the companions again and
 * give the same derivatives as before, and as the non-serialisable forms; the analytic gradient
 * and central differences are in {@link GradientJacobianIT}.
 */
class SerializableIT {
  @Test
  void gradientSurvivesARoundTrip() throws Exception {
    Gradient g = Gradient.serializable(Functions.class, "rosenbrock");
    assertTrue(g instanceof Serializable);
    Gradient copy = roundTrip(g);
    assertNotSame(g, copy);
    double[] x = {-1.2, 1.0, 0.3, 2.0};
    double[] expected = Gradient.of(MethodHandles.lookup(), Functions.class, "rosenbrock").at(x);
    assertArrayEquals(expected, copy.at(x), 0);
    double[] grad = new double[x.length];
    assertEquals(Functions.rosenbrock(x), copy.valueAndGradient(x, grad), 0);
    double[] analytic = new double[x.length];
    for (int i = 0; i + 1 < x.length; i++) {
      double a = x[i + 1] - x[i] * x[i];
      analytic[i] += -400 * x[i] * a - 2 * (1 - x[i]);
      analytic[i + 1] += 200 * a;
    }
    assertArrayEquals(analytic, grad, 1e-12);
    assertEquals("Functions.rosenbrock: grad is x itself; the adjoint needs an array of its own (the gradient would overwrite the point)",
        assertThrows(IllegalArgumentException.class, () -> copy.valueAndGradient(x, x)).getMessage());
  }

  @Test
  void jacobianSurvivesARoundTripByRowsAndByColumns() throws Exception {
    Jacobian j = roundTrip(Jacobian.serializable(Functions.class, "residuals", 3));
    Jacobian direct = Jacobian.of(MethodHandles.lookup(), Functions.class, "residuals", 3);
    for (double[] x : new double[][] {{0.7, -0.4}, {0.7, -0.4, 1.5, -2.0}}) { // columns, then rows
      double[][] got = j.at(x), expected = direct.at(x);
      for (int i = 0; i < 3; i++) {
        assertArrayEquals(expected[i], got[i], 0);
      }
      assertEquals(Math.cos(x[0]), got[1][0], 1e-15);
    }
  }

  @Test
  void mistakesShowWhenTheVariantIsMadeNotOnTheExecutors() {
    assertEquals("no method dev.leibniz.agent.fixtures.Functions.nope(double[])double",
        assertThrows(IllegalArgumentException.class, () -> Gradient.serializable(Functions.class, "nope")).getMessage());
  }

  @SuppressWarnings("unchecked")
  private static <T> T roundTrip(T object) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(object);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }
}
