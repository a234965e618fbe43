package dev.leibniz.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.fixtures.InstanceHelpers;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

class InstanceHelpersTest {
  @Test
  void privateAndFinalInstanceHelpersAreDifferentiatedInBothModes() throws Exception {
    Transformed t = Transformed.of(InstanceHelpers.class, true);
    Object model = t.type.getConstructor(double.class).newInstance(3.0);
    double[] x = {0.4, -1.1, 0.7};
    double[] exact = new double[3];
    for (int i = 0; i < 3; i++) {
      exact[i] += 3.0 * x[i];
      if (i + 1 < 3) {
        double c = Math.cos(x[i] * x[i + 1]);
        exact[i] += c * x[i + 1];
        exact[i + 1] += c * x[i];
      }
    }
    Method adjoint = t.type.getMethod("energy$adjoint", double[].class, double[].class, double.class);
    double[] bar = new double[3];
    adjoint.invoke(model, x, bar, 1.0);
    Method tangent = t.type.getMethod("energy$tangent", double[].class, double[].class);
    for (int i = 0; i < 3; i++) {
      assertEquals(exact[i], bar[i], 1e-14);
      double[] dx = new double[3];
      dx[i] = 1;
      assertEquals(exact[i], (double) tangent.invoke(model, x, dx), 1e-14);
    }
  }

  /**
   * An overridable helper of the method's own class gets companions behind the receiver check (issue 9:
   * what a subclass's override does is {@code oracle.OwnOverridableHelperDispatchTest}'s); it was refused.
   */
  @Test
  void overridableInstanceCalleeIsDifferentiatedBehindTheReceiverCheck() throws Exception {
    Transformed t = Transformed.of(InstanceHelpers.class, true);
    assertTrue(t.result.diagnostics().isEmpty(), t.result.diagnostics().toString());
    Object model = t.type.getConstructor(double.class).newInstance(3.0);
    Method tangent = t.type.getMethod("usesOverridable$tangent", double.class, double.class);
    assertEquals(2.0, (double) tangent.invoke(model, 0.7, 1.0), 0.0); // d(2x)/dx
    Method adjoint = t.type.getMethod("usesOverridable$adjoint", double.class, double.class, double[].class);
    double[] xbar = new double[1];
    assertEquals(1.4, (double) adjoint.invoke(model, 0.7, 1.0, xbar), 0.0);
    assertEquals(2.0, xbar[0], 0.0);
  }
}
