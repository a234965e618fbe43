package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.oracle.fixtures.ToleranceSpecialCase;
import dev.leibniz.testing.Transformed;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A special case picked by a tolerance test of an active value ({@link ToleranceSpecialCase}; JOGL's {@code
 * Quaternion.setFromEuler} and {@code rotateByEuler} at zero angles in the thirtieth corpus round): where the test holds
 * the companions give the special case's derivative, exactly the program's (it is constant on the tolerance interval),
 * but not the function's that both branches compute. The core warns at the test ({@code
 * core.analysis.DerivativeCuts.toleranceTests}, by the criterion of the exact tests): in the method itself, in an
 * inlined helper, in another class's helper, of three values at once, on a square; not for a guard whose special case
 * has the general formula's slope or is its series near 0, one that throws, a wide interval, nor a loop's stopping
 * test. Away from the point both modes match the analytic derivative 0.5 cos(a / 2) and central differences.
 */
class ToleranceSpecialCaseTest {
  private static final Transformed T = Transformed.of(ToleranceSpecialCase.class, true);
  private static final ScalarFunction F = new ScalarFunction(T.type, "halfAngleSine", double.class);

  @Test
  void awayFromTheToleranceBothModesMatchTheFormulaAndDifferences() {
    for (String name : new String[] {"halfAngleSine", "halfAngleSineElsewhere"}) {
      ScalarFunction f = new ScalarFunction(T.type, name, double.class);
      for (double a : new double[] {0.3, -0.05, 1e-3}) {
        JacobianCheck.checkScalar(f, a); // finite differences and the dot-product test between the modes
        double exact = 0.5 * Math.cos(0.5 * a);
        assertEquals(exact, f.tangentGradient(a)[0], 1e-12, name + " tangent at " + a);
        assertEquals(exact, f.gradient(a)[0], 1e-12, name + " adjoint at " + a);
        assertEquals(exact, FiniteDifferences.derivative(x -> f.value(x), a).value(), 1e-8, name + " differences at " + a);
      }
    }
  }

  /** What the warning is about: 0 in both modes at a = 0 (the program's slope), where differences and the formula say 0.5. */
  @Test
  void atTheToleranceTheCompanionsGiveTheSpecialCasesSlope() {
    assertEquals(0.0, F.tangentGradient(0.0)[0], 0, "tangent at 0");
    assertEquals(0.0, F.gradient(0.0)[0], 0, "adjoint at 0");
    assertEquals(0.5, FiniteDifferences.derivative(x -> F.value(x), 0.0).value(), 1e-8, "differences at 0");
  }

  /** Issue 13: a located warning at the tolerance test, in Java syntax, with advice that applies. */
  @Test
  void theCoreWarnsAtTheToleranceTest() {
    Diagnostic d = only("halfAngleSine(");
    assertEquals(24, d.line(), d.toString()); // if (isZero(bank)), the helper inlined
    assertTrue(d.reason().contains("tolerance test") && d.reason().contains("Math.abs(a) < EPSILON"), d.reason());
    assertTrue(d.reason().contains("differentiate at points outside the tolerance"), d.reason());
    assertTrue(d.message().startsWith("leibniz: warning: double dev.leibniz.oracle.fixtures.ToleranceSpecialCase"
        + ".halfAngleSine(double) at ToleranceSpecialCase.java:24: "), d.message());
  }

  @Test
  void aHelperOfAnotherClassIsReadForTheTest() {
    Diagnostic d = only("halfAngleSineElsewhere(");
    assertEquals(33, d.line(), d.toString());
    assertTrue(d.instruction().contains("isZero"), d.toString()); // the call of ToleranceHelpers.isZero
    assertEquals(42, only("eulerSum(").line()); // three angles, joined by && in the helper
    assertEquals(51, only("squaredTest(").line());
  }

  @Test
  void ordinaryGuardsStayUnwarned() {
    for (String m : new String[] {"flatGuard(", "inverse(", "sinc(", "tinyExpm1(", "newtonSqrt(", "expSeries("}) {
      assertEquals(List.of(), warningsOf(m), m);
    }
    assertEquals(-4.0, new ScalarFunction(T.type, "inverse", double.class).gradient(-0.5)[0], 1e-12); // -1 / det²
    ScalarFunction newton = new ScalarFunction(T.type, "newtonSqrt", double.class);
    assertEquals(0.25, newton.gradient(4.0)[0], 1e-9); // 1 / (2 sqrt(a))
    assertEquals(0.25, newton.tangentGradient(4.0)[0], 1e-9);
    ScalarFunction expm1 = new ScalarFunction(T.type, "tinyExpm1", double.class);
    assertEquals(1.0, expm1.gradient(0.0)[0], 0); // the series' slope, the function's
    assertEquals(1.0, expm1.tangentGradient(0.0)[0], 0);
  }

  private static Diagnostic only(String method) {
    List<Diagnostic> ws = warningsOf(method);
    assertEquals(1, ws.size(), T.result.diagnostics().toString());
    return ws.get(0);
  }

  private static List<Diagnostic> warningsOf(String methodPrefix) {
    return T.result.diagnostics().stream().filter(d -> d.warning() && d.method().startsWith(methodPrefix)).toList();
  }
}
