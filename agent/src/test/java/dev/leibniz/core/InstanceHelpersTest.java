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

  @Test
  void overridableInstanceCalleeIsReportedNotAssumed() {
    Transformed t = Transformed.of(InstanceHelpers.class, true);
    assertEquals(1, t.result.diagnostics().size(), t.result.diagnostics().toString());
    Diagnostic d = t.result.diagnostics().get(0);
    assertEquals("usesOverridable(D)D", d.method());
    assertTrue(d.reason().contains("overridable"), d.message());
  }
}
