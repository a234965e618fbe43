package dev.leibniz.badinput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.oracle.FiniteDifferences;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * {@code x % 1.0 == 0} is a whole-number test written with a remainder (a reviewer's finding: it was
 * not recognised, and at x = 2 both modes gave the taken branch's 2, with no warning, where the
 * function jumps from 3x to 2x). Like {@code x == Math.floor(x)} it is now warned at its line and the
 * companions return NaN where it holds; elsewhere they match the analytic derivative and FD.
 */
class RemainderLatticeTestTest {
  static final String MEMBERS = """
          @dev.leibniz.Differentiable
          static double f(double x, double y) {
            return x % 1.0 == 0 ? 2 * x * y : 3 * x * y; /*REM*/
          }
        """;

  @Test
  void aRemainderTestIsWarnedAndGivesNaNWhereItHolds() throws Throwable {
    Subject s = Subject.ofMembers("RemLattice", MEMBERS, "");
    assertTrue(s.result.diagnostics().stream().anyMatch(d -> d.warning() && d.reason().contains("whole (or half) number")
        && s.linesMarked("/*REM*/").contains(d.line())), s.result.diagnostics()::toString);
    Class<?> c = s.loadTransformed();
    Method f = c.getDeclaredMethod("f", double.class, double.class);
    Method tangent = c.getDeclaredMethod("f$tangent", double.class, double.class, double.class, double.class);
    Method adjoint = c.getDeclaredMethod("f$adjoint", double.class, double.class, double.class, double[].class);
    f.setAccessible(true);
    tangent.setAccessible(true);
    adjoint.setAccessible(true);
    double[] g = new double[2];
    adjoint.invoke(null, 2.0, 0.5, 1.0, g);
    assertTrue(Double.isNaN((double) tangent.invoke(null, 2.0, 1.0, 0.5, 0.0)), "tangent in x at x = 2");
    assertTrue(Double.isNaN(g[0]), "adjoint in x at x = 2");
    assertEquals(4.0, (double) tangent.invoke(null, 2.0, 0.0, 0.5, 1.0), 0.0, "d/dy at x = 2 stays exact");
    assertEquals(4.0, g[1], 0.0, "adjoint d/dy at x = 2 stays exact");
    assertEquals(2.0, (double) f.invoke(null, 2.0, 0.5), 0.0, "the value is the primal's");
    for (double x : new double[] {0.3, 2.5, -1.7}) {
      double[] gx = new double[2];
      adjoint.invoke(null, x, 0.5, 1.0, gx);
      double fd = FiniteDifferences.derivative(t -> call(f, t, 0.5), x).value();
      assertEquals(1.5, fd, 1e-6);
      assertEquals(1.5, (double) tangent.invoke(null, x, 1.0, 0.5, 0.0), 1e-15, "tangent at " + x);
      assertEquals(1.5, gx[0], 1e-15, "adjoint at " + x);
      assertEquals(3 * x, gx[1], 1e-15, "adjoint d/dy at " + x);
      double along = (double) tangent.invoke(null, x, 0.3, 0.5, -0.7); // dot-product test between the modes
      assertEquals(gx[0] * 0.3 + gx[1] * -0.7, along, 1e-14, "dot product at " + x);
    }
  }

  private static double call(Method f, double x, double y) {
    try {
      return (double) f.invoke(null, x, y);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
