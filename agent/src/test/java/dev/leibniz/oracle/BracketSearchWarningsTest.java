package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.oracle.fixtures.BracketSearches;
import dev.leibniz.testing.Transformed;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bracketing searches ({@link BracketSearches}; datumbox's {@code chisquareInverseCdf} in the thirty-fourth corpus
 * round, silently wrong before): the result is where comparisons of active values led, its derivative the searched
 * function's inverse slope at the root, which the companions do not compute. The core warns at the deciding comparison
 * ({@code core.analysis.DerivativeCuts.bracketSearches}); Newton's iteration, a running maximum and a fixed number of
 * halvings stay unwarned, and Newton's derivative agrees with the analytic one in both modes.
 */
class BracketSearchWarningsTest {
  private static final Transformed T = Transformed.of(BracketSearches.class, true);

  /** What the warning is about: the companions' derivative is not the root's 1 / (1 - p), and the differences' is. */
  @Test
  void theBisectionsDerivativeIsNotTheRoots() {
    ScalarFunction f = new ScalarFunction(T.type, "inverseByBisection", double.class);
    double p = 0.4, exact = 1 / (1 - p);
    assertEquals(-Math.log(1 - p), f.value(p), 1e-8);
    assertEquals(exact, FiniteDifferences.derivative(x -> f.value(x), p).value(), 1e-4);
    assertTrue(Math.abs(f.gradient(p)[0] - exact) > 0.1, "adjoint " + f.gradient(p)[0]);
    assertTrue(Math.abs(f.tangentGradient(p)[0] - exact) > 0.1, "tangent " + f.tangentGradient(p)[0]);
  }

  @Test
  void theCoreWarnsAtTheDecidingComparison() {
    Diagnostic d = only("inverseByBisection(");
    assertEquals(21, d.line(), d.toString()); // if (1 - Math.exp(-x) > p)
    assertTrue(d.reason().startsWith("a bracketing search (bisection, regula falsi)"), d.reason());
    assertTrue(d.reason().contains("-(dF/dp) / (dF/dx)"), d.reason());
    assertTrue(d.message().startsWith("leibniz: warning: double dev.leibniz.oracle.fixtures.BracketSearches"
        + ".inverseByBisection(double) at BracketSearches.java:21: "), d.message());
    assertEquals(37, only("cubeRootByBisection(").line()); // if (mid * mid * mid < p)
    assertEquals(50, only("regulaFalsi(").line()); // if (f3 * f2 <= 0.0)
  }

  @Test
  void newtonARunningMaximumAndFixedStepsStayUnwarned() {
    for (String m : new String[] {"newtonCubeRoot(", "runningMax("}) {
      assertEquals(List.of(), warningsOf(m), m);
    }
    // a fixed number of halvings of a bracket that starts passive is no bracketing search (its ends carry no derivative),
    // but its result reaches p only through the comparisons: warned as such (ComparisonOnlyResults, SearchResultsTest)
    Diagnostic fixed = only("fixedSteps(");
    assertTrue(fixed.reason().startsWith("the result depends on the active inputs only through comparisons"), fixed.reason());
    ScalarFunction newton = new ScalarFunction(T.type, "newtonCubeRoot", double.class);
    for (double p : new double[] {2.0, 9.5}) {
      double exact = Math.pow(p, -2.0 / 3) / 3;
      assertEquals(exact, newton.gradient(p)[0], 1e-9 * exact);
      assertEquals(exact, newton.tangentGradient(p)[0], 1e-9 * exact);
      JacobianCheck.checkScalar(newton, p); // finite differences and the dot-product test between modes
    }
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
