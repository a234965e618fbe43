package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.oracle.fixtures.SearchResults;
import dev.leibniz.testing.Transformed;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A floating result that the inputs reach only through comparisons made in a loop ({@link SearchResults}): JAX's
 * {@code sqrt_cubed} bisection gave 0 in both modes, with no warning, where differences (and the function it computes,
 * x^1.5) have 1.5·√x. The program's derivative is 0 wherever it has one, so the companions stay as they are; the core now
 * warns at the test ({@code core.analysis.ComparisonOnlyResults}), and the advice it gives (a Newton step on the search's
 * value) gets the function's derivative, checked against the analytic one, differences and the dot product.
 */
class SearchResultsTest {
  static final Transformed T = Transformed.of(SearchResults.class);

  static ScalarFunction fn(String name) {
    return new ScalarFunction(T.type, name, double.class);
  }

  private static List<Diagnostic> warningsOf(String method) {
    return T.result.diagnostics().stream().filter(d -> d.warning() && d.method().startsWith(method + "(")).toList();
  }

  @Test
  void bisectionIsWarnedAtItsTestAndGivesTheProgramsZero() {
    List<Diagnostic> ws = warningsOf("bisection");
    assertEquals(1, ws.size(), T.result.diagnostics().toString());
    assertEquals(24, ws.get(0).line(), ws.get(0).toString());
    assertTrue(ws.get(0).reason().startsWith("the result depends on the active inputs only through comparisons made in a"
        + " loop") && ws.get(0).reason().contains("@DerivativeRules"), ws.get(0).reason());
    ScalarFunction f = fn("bisection");
    assertEquals(Math.pow(1.3, 1.5), f.value(1.3), 1e-12);
    assertEquals(0.0, f.gradient(1.3)[0], "adjoint: the program's derivative");
    assertEquals(0.0, f.tangentGradient(1.3)[0], "tangent: the program's derivative");
  }

  @Test
  void aNewtonStepAfterTheSearchGetsTheFunctionsDerivative() {
    assertEquals(List.of(), warningsOf("bisectionThenNewton"));
    for (double x : new double[] {0.4, 1.3, 5.0}) {
      JacobianCheck.checkScalarExact(fn("bisectionThenNewton"), new double[] {1.5 * Math.sqrt(x)}, x);
    }
  }

  @Test
  void aCountOfHalvingsIsWarned() {
    List<Diagnostic> ws = warningsOf("halvings");
    assertEquals(1, ws.size(), T.result.diagnostics().toString());
    assertEquals(47, ws.get(0).line(), ws.get(0).toString());
    assertEquals(0.0, fn("halvings").gradient(10.0)[0]);
  }

  @Test
  void resultsComputedFromTheInputAndStepsWithoutALoopAreNotWarned() {
    assertEquals(List.of(), warningsOf("halved"));
    assertEquals(List.of(), warningsOf("sign"));
    JacobianCheck.checkScalarExact(fn("halved"), new double[] {0.125}, 10.0);
  }
}
