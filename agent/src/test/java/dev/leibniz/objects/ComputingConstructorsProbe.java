package dev.leibniz.objects;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.objects.fixtures.computing.ComputingResults;
import dev.leibniz.objects.fixtures.computing.ComputingTemporaries;
import dev.leibniz.oracle.JacobianCheck;
import dev.leibniz.oracle.ScalarFunction;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

class ComputingConstructorsProbe {
  static final Class<?> D = double.class;

  @Test
  void probe() {
    Transformed t = Transformed.of(ComputingTemporaries.class, true);
    for (Diagnostic d : t.result.diagnostics()) System.out.println("PROBE temp diag: " + d.message());
    Object[][] fs = {{"polar", new Class<?>[] {D, D}, new double[] {1.3, 0.4}}, {"unit", new Class<?>[] {D, D}, new double[] {0.6, -0.8}},
        {"gauss", new Class<?>[] {D, D, D}, new double[] {0.3, 1.4, 0.9}}, {"chained", new Class<?>[] {D, D}, new double[] {0.7, 0.2}},
        {"hipparchus", new Class<?>[] {D, D, D, D}, new double[] {0.4, 0.3, 1.2, -0.5}}};
    for (Object[] f : fs) {
      try {
        JacobianCheck.checkScalar(new ScalarFunction(t.type, (String) f[0], (Class<?>[]) f[1]), (double[]) f[2]);
        System.out.println("PROBE temp " + f[0] + ": OK");
      } catch (Throwable e) {
        System.out.println("PROBE temp " + f[0] + ": " + e);
      }
    }
    Transformed r = Transformed.of(ComputingResults.class, true);
    for (Diagnostic d : r.result.diagnostics()) System.out.println("PROBE result diag: " + d.message());
    for (Method m : r.type.getDeclaredMethods()) System.out.println("PROBE result method: " + m);
    Transformed b = Transformed.of(dev.leibniz.objects.fixtures.computing.ComputingBuilt.class, true);
    for (Diagnostic d : b.result.diagnostics()) System.out.println("PROBE built diag: " + d.message());
    for (Method m : b.type.getDeclaredMethods()) System.out.println("PROBE built method: " + m);
  }
}
