package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.objects.fixtures.FinalSetterCell;
import dev.leibniz.objects.fixtures.ScalesFinalCell;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.oracle.LinkedFixtures;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * The setter of a final class nobody annotated, writing the field of a marked method's argument
 * (SystemDS' KahanObject.set made final): differentiated without a diagnostic, bound statically (a
 * non-final one is dispatched, {@link OverridableSettersTest}). run(c, t) = (c.v + t) * t: d/dv = t, d/dt = v + 2t,
 * both modes against the formula and central differences, and the dot product between them.
 */
class FinalSetterTest {
  static final LinkedFixtures L = LinkedFixtures.allowingDiagnostics(ScalesFinalCell.class);
  static final Class<?> T = L.get(ScalesFinalCell.class);
  static final double V = 2.0;
  static final double S = 0.5;

  static double primal(double v, double t) {
    try {
      return (double) T.getMethod("run", FinalSetterCell.class, double.class).invoke(null, new FinalSetterCell(v), t);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static double tangent(double dv, double dt) throws Exception {
    Method m = T.getMethod("run$tangent", FinalSetterCell.class, FinalSetterCell.class, double.class, double.class);
    return (double) m.invoke(null, new FinalSetterCell(V), new FinalSetterCell(dv), S, dt);
  }

  @Test
  void noDiagnostic() {
    assertTrue(L.result(ScalesFinalCell.class).diagnostics().isEmpty(), () -> "" + L.result(ScalesFinalCell.class).diagnostics());
  }

  @Test
  void bothModesAgreeWithTheFormulaAndDifferences() throws Exception {
    double[] formula = {S, V + 2 * S};
    double[] fd = {FiniteDifferences.derivative(v -> primal(v, S), V).value(), FiniteDifferences.derivative(t -> primal(V, t), S).value()};
    double[] tan = {tangent(1, 0), tangent(0, 1)};
    Method adj = T.getMethod("run$adjoint", FinalSetterCell.class, FinalSetterCell.class, double.class, double.class, double[].class);
    FinalSetterCell bar = new FinalSetterCell(0);
    double[] grad = new double[1];
    adj.invoke(null, new FinalSetterCell(V), bar, S, 1.0, grad);
    double[] adjoint = {bar.v, grad[0]};
    for (int i = 0; i < 2; i++) {
      assertEquals(formula[i], fd[i], 1e-7, "differences " + i);
      assertEquals(formula[i], tan[i], 1e-14, "tangent " + i);
      assertEquals(formula[i], adjoint[i], 1e-14, "adjoint " + i);
    }
    double u0 = 0.3;
    double u1 = -1.1;
    assertEquals(tangent(u0, u1), u0 * adjoint[0] + u1 * adjoint[1], 1e-14, "dot product");
  }
}
