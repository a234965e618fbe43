package dev.leibniz.badinput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.oracle.FiniteDifferences;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Code that tests exactly whether an active value is a whole or half number and then switches to a
 * formula made for that point, as Commons Numbers 1.1's {@code BoostGamma.gammaP} does (for a
 * half-integer {@code a} a finite sum whose only use of {@code a} is its loop bound): at those points
 * the tangent and adjoint are the special formula's, 0 in {@code a}, not the function's. Found by the
 * real-code corpus ({@code RegularizedGamma.P.value} at {@code a = 1.5}: tangent 0, finite
 * differences -0.362), with no diagnostic. Now a located warning names the test; elsewhere the
 * companions are right (both modes against the analytic derivative and finite differences).
 */
class WholeNumberTestWarningTest {
  static final String MEMBERS = """
          /** sum_{n < a} x^n: a finite sum at whole a, (x^a - 1) / (x - 1) elsewhere. */
          @dev.leibniz.Differentiable
          static double powerSum(double a, double x) {
            double fa = Math.floor(a);
            if (fa == a) { /*WHOLE*/
              double s = 0, term = 1;
              for (int n = 0; n < a; n++) {
                s += term;
                term *= x;
              }
              return s;
            }
            return (Math.pow(x, a) - 1) / (x - 1);
          }

          /** The half-number test of BoostGamma.gammaIncompleteImp. */
          @dev.leibniz.Differentiable
          static double halfTest(double a, double x) {
            double fa = Math.floor(a);
            boolean isHalf = Math.abs(fa - a) == 0.5f; /*HALF*/
            return isHalf ? x * x : x * a;
          }

          /** Comparisons that are no such test: no warning. */
          @dev.leibniz.Differentiable
          static double plain(double a, double x) {
            if (a == x) return 0;        // two active values
            if (Math.floor(a) < 3) return a * x; // an order test on the rounded value
            return a;
          }
        """;

  @Test
  void anExactWholeOrHalfNumberTestOfAnActiveValueIsWarned() throws Throwable {
    Subject s = Subject.ofMembers("Whole", MEMBERS, "");
    List<Diagnostic> d = s.result.diagnostics();
    assertEquals(2, d.size(), d::toString);
    for (Diagnostic w : d) {
      assertTrue(w.warning(), w::message);
      assertTrue(w.reason().contains("whole (or half) number"), w::message);
    }
    Diagnostic whole = d.stream().filter(w -> w.method().equals("powerSum(DD)D")).findFirst().orElseThrow();
    assertTrue(s.linesMarked("/*WHOLE*/").contains(whole.line()), whole::message);
    assertTrue(whole.message().startsWith("leibniz: warning: double " + s.className + ".powerSum(double, double) at Whole.java:"),
        whole::message);
    Diagnostic half = d.stream().filter(w -> w.method().equals("halfTest(DD)D")).findFirst().orElseThrow();
    assertTrue(s.linesMarked("/*HALF*/").contains(half.line()), half::message);
    s.assertTransformedVerifies();
    Subject.assertGoodCompanionsWork(s.loadTransformed());
  }

  @Test
  void awayFromWholeNumbersBothModesAreRightAndAtThemTheTangentIsTheSumsAsWarned() throws Throwable {
    Subject s = Subject.ofMembers("Whole", MEMBERS, "");
    Class<?> c = s.loadTransformed();
    Method t = c.getDeclaredMethod("powerSum$tangent", double.class, double.class, double.class, double.class);
    Method a = c.getDeclaredMethod("powerSum$adjoint", double.class, double.class, double.class, double[].class);
    t.setAccessible(true);
    a.setAccessible(true);
    double p = 2.5, x = 1.7;
    double dp = Math.pow(x, p) * Math.log(x) / (x - 1);
    double dx = (p * Math.pow(x, p - 1) * (x - 1) - (Math.pow(x, p) - 1)) / ((x - 1) * (x - 1));
    FiniteDifferences.Estimate fdp = FiniteDifferences.derivative(q -> (Math.pow(x, q) - 1) / (x - 1), p);
    assertEquals(dp, (double) t.invoke(null, p, 1.0, x, 0.0), 1e-12);
    assertEquals(fdp.value(), (double) t.invoke(null, p, 1.0, x, 0.0), fdp.tolerance(1e-9));
    assertEquals(dx, (double) t.invoke(null, p, 0.0, x, 1.0), 1e-12);
    double[] grad = new double[2];
    a.invoke(null, p, x, 1.0, grad);
    assertEquals(dp, grad[0], 1e-12);
    assertEquals(dx, grad[1], 1e-12);
    // at a = 3 the finite sum runs: its derivative in a would be 0; the companions say NaN (undefined here)
    assertTrue(Double.isNaN((double) t.invoke(null, 3.0, 1.0, x, 0.0)));
    double[] at3 = new double[2];
    a.invoke(null, 3.0, x, 1.0, at3);
    assertTrue(Double.isNaN(at3[0]), () -> "adjoint of a at a = 3: " + at3[0]);
    double sum3 = 2 * x + 1; // d/dx (1 + x + x^2), exact: the test does not move with x
    assertEquals(sum3, (double) t.invoke(null, 3.0, 0.0, x, 1.0), 1e-12);
    assertEquals(sum3, at3[1], 1e-12);
  }

  /**
   * One warning per test, whatever the companions: a method with vector tangents, one with a second
   * order, an instance method and a caller of a helper that tests. Before, each was warned twice,
   * once with and once without the instruction: the mode built second took the poison's own NaN check
   * ({@code (x - y) == (x - y)}, WholeNumberPoison) for a second whole-number test on the line.
   */
  @Test
  void eachTestIsWarnedOnce() throws Throwable {
    Subject s = Subject.ofMembers("Whole", """
          @dev.leibniz.Differentiable(tangents = true)
          static double vector(double a, double x) {
            if (Math.floor(a) == a) return x * 2;
            return x * a;
          }
          @dev.leibniz.Differentiable(order = 2)
          static double second(double a, double x) {
            if (Math.floor(a) == a) return x * 2;
            return x * a;
          }
          static double helper(double a, double x) {
            if (Math.rint(a) == a) return x * 2;
            return x * a;
          }
          @dev.leibniz.Differentiable
          static double caller(double a, double x) {
            return helper(a, x) * 3;
          }
          @dev.leibniz.Differentiable
          double inst(double a, double x) {
            if (a % 1.0 == 0) return x * 2;
            return x * a;
          }
        """, "");
    List<Diagnostic> d = s.result.diagnostics();
    assertEquals(4, d.size(), d::toString);
    assertEquals(4, d.stream().map(Diagnostic::method).distinct().count(), d::toString);
    for (Diagnostic w : d) {
      assertTrue(w.warning() && w.reason().contains("whole (or half) number"), w::message);
      assertTrue(w.message().contains(": … == … (an exact test of two doubles): "), w::message); // the test is named
    }
  }
}
