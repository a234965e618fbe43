package dev.leibniz.badinput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.oracle.DotProductCheck;
import dev.leibniz.oracle.FiniteDifferences;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * Where an exact whole-number test of an active value holds, the branch taken is a formula made
 * for that point (here a table entry at {@code (int) a}), whose derivative in {@code a} is 0, not
 * the function's {@code e^a x}. The companions no longer return that 0: the derivative in the tested
 * value is NaN there, in both modes, while the derivative in {@code x} stays exact; away from whole
 * numbers nothing changes (finite differences, the analytic derivative, the dot product).
 */
class WholeNumberNaNTest {
  static final String MEMBERS = """
          static final double[] TABLE = {1, Math.E, Math.exp(2), Math.exp(3), Math.exp(4), Math.exp(5)};

          static double smooth(double a) {
            return Math.exp(a);
          }

          /** e^a x, from a table at whole a. */
          @dev.leibniz.Differentiable(tangents = true)
          static double lookup(double a, double x) {
            if (Math.floor(a) == a) return TABLE[(int) a] * x; /*WHOLE*/
            else return smooth(a) * x;
          }
        """;

  private static Method tangent;
  private static Method adjoint;

  private static void load() throws Throwable {
    Subject s = Subject.ofMembers("WholeNaN", MEMBERS, "");
    assertTrue(s.result.diagnostics().stream().anyMatch(d -> d.warning() && d.reason().contains("whole (or half) number")
        && d.reason().contains("return NaN") && s.linesMarked("/*WHOLE*/").contains(d.line())), s.result.diagnostics()::toString);
    Class<?> c = s.loadTransformed();
    tangent = c.getDeclaredMethod("lookup$tangent", double.class, double.class, double.class, double.class);
    adjoint = c.getDeclaredMethod("lookup$adjoint", double.class, double.class, double.class, double[].class);
    tangent.setAccessible(true);
    adjoint.setAccessible(true);
  }

  private static double tangent(double a, double da, double x, double dx) throws Throwable {
    return (double) tangent.invoke(null, a, da, x, dx);
  }

  private static double[] gradient(double a, double x, double seed) throws Throwable {
    double[] g = new double[2];
    adjoint.invoke(null, a, x, seed, g);
    return g;
  }

  @Test
  void atAWholeNumberTheDerivativeInTheTestedValueIsNaNAndTheOtherIsExact() throws Throwable {
    load();
    double a = 3.0, x = 1.7;
    assertTrue(Double.isNaN(tangent(a, 1.0, x, 0.0)), "tangent along a at a whole a");
    assertTrue(Double.isNaN(tangent(a, 1.0, x, 1.0)), "tangent along (1, 1) at a whole a");
    assertEquals(Math.exp(3), tangent(a, 0.0, x, 1.0), 1e-15 * Math.exp(3)); // along x: the table entry, exact
    double[] g = gradient(a, x, 1.0);
    assertTrue(Double.isNaN(g[0]), "adjoint of a at a whole a: " + g[0]);
    assertEquals(Math.exp(3), g[1], 1e-15 * Math.exp(3));
    // the companion's value is unchanged: r - (sqrt|d| - sqrt|d|) is r
    assertEquals(Math.exp(3) * x, (double) adjoint.invoke(null, a, x, 1.0, new double[2]), 1e-15 * Math.exp(3) * x);
  }

  @Test
  void awayFromWholeNumbersBothModesMatchFiniteDifferencesTheAnalyticDerivativeAndEachOther() throws Throwable {
    load();
    for (double a : new double[] {0.3, 2.5, 3.0000001, 4.75}) {
      double x = 1.7;
      double da = Math.exp(a) * x, dx = Math.exp(a);
      FiniteDifferences.Estimate fd = FiniteDifferences.derivative(q -> Math.exp(q) * x, a);
      assertEquals(da, tangent(a, 1.0, x, 0.0), 1e-14 * da);
      assertEquals(fd.value(), tangent(a, 1.0, x, 0.0), fd.tolerance(1e-9));
      assertEquals(dx, tangent(a, 0.0, x, 1.0), 1e-14 * dx);
      double[] g = gradient(a, x, 1.0);
      assertEquals(da, g[0], 1e-14 * da);
      assertEquals(dx, g[1], 1e-14 * dx);
      DotProductCheck.check("lookup at a = " + a, new double[] {a, x}, 1,
          (p, v) -> new double[] {call(() -> tangent(p[0], v[0], p[1], v[1]))},
          (p, w) -> call(() -> gradient(p[0], p[1], w[0])), 13, 5);
    }
  }

  @Test
  void theVectorTangentIsNaNAlongTheTestedValueOnlyAtAWholeNumber() throws Throwable {
    load();
    Method v = tangent.getDeclaringClass().getDeclaredMethod("lookup$tangents",
        double.class, double[].class, double.class, double[].class, int.class, double[].class);
    v.setAccessible(true);
    double x = 1.7;
    for (double a : new double[] {3.0, 2.5}) {
      double[] out = new double[2];
      v.invoke(null, a, new double[] {1, 0}, x, new double[] {0, 1}, 2, out);
      if (a == 3.0) {
        assertTrue(Double.isNaN(out[0]), "vector tangent along a at a whole a: " + out[0]);
      } else {
        assertEquals(Math.exp(a) * x, out[0], 1e-14 * Math.exp(a) * x);
      }
      assertEquals(Math.exp(a), out[1], 1e-14 * Math.exp(a));
    }
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
