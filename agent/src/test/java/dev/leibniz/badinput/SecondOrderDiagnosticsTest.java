package dev.leibniz.badinput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code @Differentiable(order = ...)} misuse: one located diagnostic in second-order mode (or
 * none beyond the first-order one), the first-order companions untouched, the class loading.
 */
class SecondOrderDiagnosticsTest {
  @Test
  void orderThreeIsReportedAndTheFirstOrderCompanionsRemain() throws Throwable {
    Subject s = Subject.ofMembers("Third", """
          @dev.leibniz.Differentiable(order = 3)
          static double cubic(double x) {
            return x * x * x;
          }
        """, "");
    List<Diagnostic> ds = s.result.diagnostics();
    assertEquals(1, ds.size(), ds::toString);
    Diagnostic d = ds.get(0);
    assertEquals("cubic(D)D", d.method());
    assertEquals("second-order", d.mode());
    assertTrue(d.reason().contains("order = 3 is not supported"), d::message);
    assertTrue(d.message().contains("Third.cubic(double) (second-order mode)"), d::message);
    assertTrue(d.line() > 0, d::message);
    s.assertTransformedVerifies();
    List<String> names = Subject.methodNames(s.loadTransformed());
    assertTrue(names.contains("cubic$tangent") && names.contains("cubic$adjoint"), names::toString);
    assertFalse(names.contains("cubic$adjoint$tangent"), names::toString);
    Subject.assertGoodCompanionsWork(s.loadTransformed());
  }

  @Test
  void aCalleeInAnotherClassMustBeMarkedOrderTwo() throws Throwable {
    Subject s = Subject.ofMembers("Caller", """
          @dev.leibniz.Differentiable(order = 2)
          static double outer(double x) {
            double y = x * x;
            return Other.inner(y) + x; /*HERE*/
          }
        """, """

        final class Other {
          @dev.leibniz.Differentiable
          static double inner(double v) {
            return v * Math.sin(v);
          }
        }
        """);
    List<Diagnostic> ds = s.result.diagnostics();
    assertEquals(1, ds.size(), ds::toString);
    Diagnostic d = ds.get(0);
    assertEquals("outer(D)D", d.method());
    assertEquals("second-order", d.mode());
    assertTrue(s.linesMarked("/*HERE*/").contains(d.line()), d::message);
    assertTrue(d.instruction().contains("inner$adjoint"), d::message);
    assertTrue(d.reason().contains("Other.inner has no second-order companion; mark it @Differentiable(order = 2)"), d::message);
    s.assertTransformedVerifies();
    List<String> names = Subject.methodNames(s.loadTransformed());
    assertTrue(names.contains("outer$tangent") && names.contains("outer$adjoint"), names::toString);
    assertFalse(names.contains("outer$adjoint$tangent"), names::toString);
  }

  @Test
  void aMethodWithoutAdjointGetsOnlyItsFirstOrderDiagnostic() throws Throwable {
    Subject s = Subject.ofMembers("Guarded", """
          @dev.leibniz.Differentiable(order = 2)
          static double guarded(double x) {
            double y = x;
            try { /*HERE*/
              y = x * x;
              y = y / Integer.parseInt("1");
            } catch (RuntimeException e) {
              return y; /*HERE*/
            }
            return y;
          }
        """, "");
    List<Diagnostic> ds = s.result.diagnostics();
    assertEquals(1, ds.size(), ds::toString);
    assertEquals("both", ds.get(0).mode(), ds.get(0)::message);
    Subject.assertGoodCompanionsWork(s.loadTransformed());
  }
}
