package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.oracle.fixtures.StepBitsFunctions;
import dev.leibniz.testing.Transformed;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A bit pattern read only as a step of the value (core.analysis.StepBits) is a passive decision or a rounding: a sign or
 * NaN test, the exponent (and a power of two built back from it), the leading mantissa bits as a table index. Such code
 * was refused as a derivative cut ("reads the bit pattern ... turns it back into a number"); jafama's log has this shape.
 * Both modes against the analytic derivative and central differences, with the dot-product test (JacobianCheck). The
 * mantissa made into a number stays refused.
 */
class StepBitsTest {
  static final Transformed T = Transformed.of(StepBitsFunctions.class, true);
  static final Class<?> D = double.class;

  private static void check(String name, double x, double exact) {
    ScalarFunction f = new ScalarFunction(T.type, name, D);
    double tol = 1e-14 * Math.max(1, Math.abs(exact));
    assertEquals(exact, f.gradient(x)[0], tol, () -> name + " adjoint at " + x);
    assertEquals(exact, f.tangentGradient(x)[0], tol, () -> name + " tangent at " + x);
    JacobianCheck.checkScalar(f, x);
  }

  @Test
  void aLogarithmFromTheExponentAndATableIndexReadFromTheBitsHasDerivativeOneOverX() {
    ScalarFunction f = new ScalarFunction(T.type, "logByBits", D);
    for (double x : new double[] {0.3, 1.05, 17.5, 3e-5, 1234.5}) {
      assertEquals(Math.log(x), f.value(x), 1e-14 * Math.max(1, Math.abs(Math.log(x))));
      check("logByBits", x, 1 / x);
    }
  }

  @Test
  void signAndFinitenessTestedThroughTheBitsAreDecisions() {
    for (double x : new double[] {-1.3, 0.7, 2.5}) {
      check("signTested", x, x < 0 ? -2 * x : Math.cos(x));
      check("finiteTested", x, 3 * x * x);
    }
  }

  @Test
  void anExponentReadByAHelperOfAnotherClassScalesAsAConstant() {
    for (double x : new double[] {0.3, -5.5, 1e3 + 0.25}) {
      double scale = Math.scalb(1.0, -Math.getExponent(x));
      check("scaledByHelper", x, scale + (x < 0 ? 1 : 0));
      check("magnitudeByHelper", x, 2 * Math.abs(x));
    }
  }

  @Test
  void theMantissaMadeIntoANumberStaysRefused() {
    List<Diagnostic> ds = T.result.diagnostics().stream().filter(d -> !d.warning()).toList();
    assertEquals(1, ds.size(), ds::toString);
    assertEquals("mantissaRebuilt(D)D", ds.get(0).method());
    assertTrue(ds.get(0).message().contains("bit pattern"), ds.get(0)::message);
  }

  @Test
  void theTableReadAtAnIndexFromTheBitsIsWarned() {
    assertTrue(T.result.diagnostics().stream().anyMatch(d -> d.warning() && d.method().startsWith("logByBits")
        && d.message().contains("table lookup")), () -> T.result.diagnostics().toString());
  }
}
