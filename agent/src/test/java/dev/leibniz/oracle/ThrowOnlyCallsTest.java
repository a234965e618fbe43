package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.oracle.fixtures.NotThrowOnlyCalls;
import dev.leibniz.oracle.fixtures.ThrowOnlyCalls;
import dev.leibniz.testing.Transformed;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A call with active arguments on a branch that can only end in a throw keeps its primal call, whatever it writes
 * (core.analysis.ThrowOnlyCode): argument checks whose message a helper of another class formats and logs, writing a
 * static (WorldWind's {@code Logging.getMessage(key, eye, center)}). Both modes against the exact gradient, central
 * differences and each other (dot-product test), and the check still throws its message from both companions. The same
 * helper on a branch that may return, or inside a try whose catch recovers, stays refused, located, in Java syntax.
 */
class ThrowOnlyCallsTest {
  static final Class<?> D = double.class;
  static final Class<?> T = Transformed.of(ThrowOnlyCalls.class).type;

  static void check(String name, double[] exact, double... x) {
    ScalarFunction f = new ScalarFunction(T, name, D, D);
    JacobianCheck.checkScalar(f, x); // both modes against central differences, and the dot-product test
    double[] g = f.gradient(x), tg = f.tangentGradient(x);
    for (int i = 0; i < exact.length; i++) {
      assertEquals(exact[i], g[i], 1e-14 * Math.max(1, Math.abs(exact[i])), name + " adjoint partial " + i);
      assertEquals(exact[i], tg[i], 1e-14 * Math.max(1, Math.abs(exact[i])), name + " tangent partial " + i);
    }
  }

  @Test
  void aMessageHelperWritingAStaticBeforeAThrowKeepsItsPrimalCall() {
    double x = 0.6, y = -1.3, n = Math.hypot(x, y);
    check("scaledNorm", new double[] {n + x * x / n, x * y / n}, x, y);
    ScalarFunction f = new ScalarFunction(T, "scaledNorm", D, D);
    AssertionError e = assertThrows(AssertionError.class, () -> f.gradient(0, 0));
    assertEquals("norm.tooSmall [0.0, 0.0]", e.getCause().getMessage());
    e = assertThrows(AssertionError.class, () -> f.tangentGradient(1e-9, 0));
    assertEquals("norm.tooSmall [1.0E-9, 0.0]", e.getCause().getMessage());
  }

  @Test
  void aHelperWritingTheActiveValueIntoAFloatingStaticBeforeAThrow() {
    double x = 1.7, y = 0.4;
    check("checkedLogTimes", new double[] {y / x, Math.log(x)}, x, y);
    ScalarFunction f = new ScalarFunction(T, "checkedLogTimes", D, D);
    AssertionError e = assertThrows(AssertionError.class, () -> f.tangentGradient(-2, 1));
    assertEquals("log of x = -2.0", e.getCause().getMessage());
    e = assertThrows(AssertionError.class, () -> f.gradient(Double.NaN, 1));
    assertEquals("log of x = NaN (not a number)", e.getCause().getMessage());
  }

  @Test
  void newObjectsWithShadowsListedInTheMessageBeforeAThrow() {
    double x1 = 0.8, y1 = -0.3, x2 = -0.4, y2 = 0.9, dx = x1 - x2, dy = y1 - y2, n = Math.hypot(dx, dy);
    ScalarFunction f = new ScalarFunction(T, "distanceTimesX", D, D, D, D);
    double[] x = {x1, y1, x2, y2};
    JacobianCheck.checkScalar(f, x);
    double[] exact = {n + x1 * dx / n, x1 * dy / n, -x1 * dx / n, -x1 * dy / n};
    double[] g = f.gradient(x), tg = f.tangentGradient(x);
    for (int i = 0; i < 4; i++) {
      assertEquals(exact[i], g[i], 1e-14, "adjoint partial " + i);
      assertEquals(exact[i], tg[i], 1e-14, "tangent partial " + i);
    }
    AssertionError e = assertThrows(AssertionError.class, () -> f.tangentGradient(1, 2, 1, 2));
    assertEquals("points.coincide [(1.0, 2.0), (1.0, 2.0)]", e.getCause().getMessage());
  }

  @Test
  void theSameHelperWhereAReturnMayFollowStaysRefused() {
    Map<String, String> why = Transformed.of(NotThrowOnlyCalls.class, true).result.diagnostics().stream()
        .filter(d -> !d.warning()).collect(Collectors.toMap(Diagnostic::method, Diagnostic::message, (a, b) -> a + "\n" + b));
    String reason = "String MessageLog.describe(double): String MessageLog.describe(double) returns no derivative, but it (or a"
        + " method it calls) may write a field, a static or an array held in one";
    assertRefused(why, "warnedSqrt(D)D", "NotThrowOnlyCalls.java:", reason);
    // the exception lands in the catch, which returns 2 * MessageLog.lastValue: 2x in the primal, through a static
    assertRefused(why, "recovered(D)D", "NotThrowOnlyCalls.java:", reason);
    // the helper's own companion keeps its message call (no return follows it there); this caller, whose catch reads the
    // static the helper wrote before throwing, sees that write in the helper's write summary
    String helper = why.get("recoveredThroughHelper(D)D");
    assertTrue(helper != null && helper.contains("NotThrowOnlyCalls.java:") && helper.contains("double MessageLog.checkedSqrt(double)")
        && helper.contains("inside a try whose catch recovers"),
        () -> "recoveredThroughHelper should be refused at its call of MessageLog.checkedSqrt; got: " + helper);
    // the points listed in a printed message, then a return: they may be kept by the helper, their shadows made here
    assertRefused(why, "distanceOrZero(DDDD)D", "NotThrowOnlyCalls.java:", "String MessageLog.format(String, Object[]): the new"
        + " MessagePoint made at line");
  }

  private static void assertRefused(Map<String, String> why, String method, String where, String reason) {
    String d = why.get(method);
    assertTrue(d != null && d.contains(where) && d.contains(reason), method + " should be refused at " + where + " with \""
        + reason + "\"; got: " + d);
  }
}
