package dev.leibniz.badinput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.oracle.DotProductCheck;
import dev.leibniz.oracle.FiniteDifferences;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An exact test of an active value against a constant ({@code if (d == 0)}) picks a formula made for the point where
 * it holds; the companions differentiate that formula, which is the function's value there but not its derivative
 * (GraphHopper's edge distance at a horizontal edge, corpus round 8: silently wrong before). Here {@code f(a, b) = a *
 * b} with the special case {@code d = b - a == 0 -> a * a}: at {@code a == b} the companions give {@code (2a, 0)}, the
 * function's gradient is {@code (b, a)}. The core warns at load, on the test's line; tests in loops (a series ending
 * on an exact 0 term) and tests of two active values ({@code r == max}) are not warned. Away from the point both
 * modes match the analytic gradient, finite differences and each other.
 */
class ConstantEqualityTestWarningTest {
  static final String MEMBERS = """
          @dev.leibniz.Differentiable
          static double special(double a, double b) {
            double d = b - a;
            if (d == 0) return a * a; /*POINT*/
            return a * b;
          }

          @dev.leibniz.Differentiable
          static double compared(double a, double b) {
            if (Double.compare(b - a, 0.0) == 0) return a * a; /*COMPARE*/
            return a * b;
          }

          @dev.leibniz.Differentiable
          static double series(double x) {
            double s = 0, term = 1;
            for (int k = 0; k < 2000; k++) {
              s += term;
              term *= x;
              if (term == 0) break; /*LOOP*/
            }
            return s;
          }

          @dev.leibniz.Differentiable
          static double largest(double r, double g) {
            double max = r > g ? r : g;
            if (r == max) return r * g; /*TWO*/
            return g * g;
          }
        """;

  private static Subject subject;

  private static Subject subject() {
    if (subject == null) subject = Subject.ofMembers("ConstantEquality", MEMBERS, "");
    return subject;
  }

  private static List<Diagnostic> warningsAt(String marker) {
    Subject s = subject();
    return s.result.diagnostics().stream()
        .filter(d -> d.warning() && d.reason().contains("equals a constant") && s.linesMarked(marker).contains(d.line()))
        .toList();
  }

  @Test
  void aTestAgainstAConstantIsWarnedOnItsLineAndOnlyThere() {
    assertEquals(1, warningsAt("/*POINT*/").size(), subject().result.diagnostics()::toString);
    assertTrue(warningsAt("/*POINT*/").get(0).reason().contains("differentiate at points where the test fails"));
    assertEquals(1, warningsAt("/*COMPARE*/").size(), subject().result.diagnostics()::toString); // Double.compare(d, 0.0) == 0
    assertTrue(warningsAt("/*LOOP*/").isEmpty(), subject().result.diagnostics()::toString);
    assertTrue(warningsAt("/*TWO*/").isEmpty(), subject().result.diagnostics()::toString);
  }

  @Test
  void awayFromThePointBothModesMatchTheGradientFiniteDifferencesAndEachOther() throws Throwable {
    Class<?> c = subject().loadTransformed();
    Method tangent = c.getDeclaredMethod("special$tangent", double.class, double.class, double.class, double.class);
    Method adjoint = c.getDeclaredMethod("special$adjoint", double.class, double.class, double.class, double[].class);
    tangent.setAccessible(true);
    adjoint.setAccessible(true);
    for (double[] p : new double[][] {{0.7, 1.9}, {-1.3, 0.4}, {2.0, 2.0000001}}) {
      double a = p[0], b = p[1];
      FiniteDifferences.Estimate fa = FiniteDifferences.derivative(q -> q * b, a);
      FiniteDifferences.Estimate fb = FiniteDifferences.derivative(q -> a * q, b);
      double ta = (double) tangent.invoke(null, a, 1.0, b, 0.0), tb = (double) tangent.invoke(null, a, 0.0, b, 1.0);
      assertEquals(b, ta, 1e-15 * Math.abs(b));
      assertEquals(a, tb, 1e-15 * Math.abs(a));
      assertEquals(fa.value(), ta, fa.tolerance(1e-9));
      assertEquals(fb.value(), tb, fb.tolerance(1e-9));
      double[] g = new double[2];
      assertEquals(a * b, (double) adjoint.invoke(null, a, b, 1.0, g), 1e-15 * Math.abs(a * b));
      assertEquals(b, g[0], 1e-15 * Math.abs(b));
      assertEquals(a, g[1], 1e-15 * Math.abs(a));
      DotProductCheck.check("special at " + a + ", " + b, p, 1,
          (x, v) -> new double[] {call(() -> (double) tangent.invoke(null, x[0], v[0], x[1], v[1]))},
          (x, w) -> call(() -> {
            double[] out = new double[2];
            adjoint.invoke(null, x[0], x[1], w[0], out);
            return out;
          }), 11, 5);
    }
  }

  @Test
  void theSeriesEndingOnAnExactZeroTermKeepsItsExactDerivative() throws Throwable {
    Class<?> c = subject().loadTransformed();
    Method tangent = c.getDeclaredMethod("series$tangent", double.class, double.class);
    tangent.setAccessible(true);
    double x = 0.5; // the term underflows to 0 after about 1075 steps: the test holds and ends the loop
    double exact = 1 / ((1 - x) * (1 - x));
    FiniteDifferences.Estimate fd = FiniteDifferences.derivative(q -> 1 / (1 - q), x);
    assertEquals(exact, (double) tangent.invoke(null, x, 1.0), 1e-13 * exact);
    assertEquals(fd.value(), (double) tangent.invoke(null, x, 1.0), fd.tolerance(1e-9));
  }

  private interface Call<T> {
    T get() throws Throwable;
  }

  private static <T> T call(Call<T> c) {
    try {
      return c.get();
    } catch (Throwable e) {
      throw new AssertionError(e);
    }
  }
}
