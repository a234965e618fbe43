package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.oracle.fixtures.StrictPairTests;
import dev.leibniz.testing.Transformed;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two strict tests of one active value against one constant ({@link StrictPairTests}; POI's {@code Mirr.mirr} in the
 * thirty-first corpus round): at the constant both fail, and the path taken there is a special case for the point, as
 * after an exact test. Where it drops the value's contribution, the companions give 0 along it, neither one-sided
 * derivative of the kink: the core warns at the test whose way drops it ({@code core.analysis.DerivativeCuts
 * .strictPairTests}), in two loops (MIRR), two ifs, nested, and for {@code <=} and {@code >=} both holding; not for one
 * strict test, complementary tests, a sign whose formulas are flat in the value, a clamp, a one-sided sum, two
 * activations of one value written to two outputs (NNlib's selu and elu). Away from the
 * point both modes match central differences.
 */
class StrictPairTestsTest {
  private static final Transformed T = Transformed.of(StrictPairTests.class, true);
  private static final ScalarFunction MIRR = new ScalarFunction(T.type, "mirr", double.class, double.class, double.class, double.class);

  @Test
  void awayFromTheKinkBothModesMatchDifferences() {
    for (double x : new double[] {-50, 50}) {
      JacobianCheck.checkScalar(MIRR, -1000, x, 0.1, 0.12); // finite differences and the dot-product test between modes
    }
  }

  /** What the warning is about: with both rates 0, slopes 2.9e-4 from the left and 1.6e-4 from the right; the companions give 0. */
  @Test
  void atAZeroFlowTheCompanionsGiveNeitherSlope() {
    double[] at = {-1000, 0, 0, 0};
    assertEquals(0.0, MIRR.gradient(at)[1], 0, "adjoint along the zero flow");
    assertEquals(0.0, MIRR.tangentGradient(at)[1], 0, "tangent along the zero flow");
    double h = 1e-6, f0 = MIRR.value(at);
    double left = (f0 - MIRR.value(-1000, -h, 0, 0)) / h, right = (MIRR.value(-1000, h, 0, 0) - f0) / h;
    assertEquals(2.9e-4, left, 0.05e-4);
    assertEquals(1.6e-4, right, 0.05e-4);
    // along the first flow, tested before x, both modes still agree with differences
    assertEquals(FiniteDifferences.derivative(a -> MIRR.value(a, 0, 0, 0), -1000).value(), MIRR.gradient(at)[0], 1e-9);
    assertEquals(MIRR.gradient(at)[0], MIRR.tangentGradient(at)[0], 1e-15);
  }

  /** Issue 13: a located warning at the test whose way at the point drops the value, naming the other test's line. */
  @Test
  void theCoreWarnsAtThePairOfStrictTests() {
    // the other warning of mirr is its exact test 'fv != 0 && pv != 0' (line 33), the constantEqualityTests' own
    List<Diagnostic> pairs = warningsOf("mirr(").stream().filter(w -> w.reason().startsWith("two strict")).toList();
    assertEquals(1, pairs.size(), pairs.toString());
    Diagnostic d = pairs.get(0);
    assertEquals(24, d.line(), d.toString()); // if (anIn < 0): a zero flow skips it, and the loop over positives too
    assertTrue(d.reason().contains("two strict order tests") && d.reason().contains("line 29")
        && d.reason().contains("exact test 'x == 0'"), d.reason());
    assertTrue(d.reason().contains("differentiate at points where x != 0"), d.reason());
    assertTrue(d.message().startsWith("leibniz: warning: double dev.leibniz.oracle.fixtures.StrictPairTests"
        + ".mirr(double, double, double, double) at StrictPairTests.java:24: "), d.message());
    assertEquals(42, only("twoIfs(").line());
    assertEquals(50, only("nested(").line());
    assertEquals(56, only("bothHold(").line());
  }

  @Test
  void oneSidedAndComplementaryTestsStayUnwarned() {
    for (String m : new String[] {"oneSided(", "complementary(", "sign(", "clamp(", "positiveSum(", "twoActivations("}) {
      assertEquals(List.of(), warningsOf(m), m);
    }
    ScalarFunction complementary = new ScalarFunction(T.type, "complementary", double.class, double.class);
    assertEquals(3.0, complementary.gradient(0, 1)[0], 0); // the point takes the right side's formula
    assertEquals(3.0, complementary.tangentGradient(0, 1)[0], 0);
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
