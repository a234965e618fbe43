package dev.leibniz.badinput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code @Differentiable(tangents = true)} on what the vector tangents do not support: one located
 * diagnostic ({@code vector-tangent} mode; the sparsity companion fails for the same reason and is
 * not reported again), the first-order companions untouched, the class loading.
 */
class VectorTangentDiagnosticsTest {
  @Test
  void floatIsReportedAndTheFirstOrderCompanionsRemain() throws Throwable {
    Subject s = Subject.ofMembers("Floats", """
          @dev.leibniz.Differentiable(tangents = true)
          static float square(float x) {
            return x * x;
          }
        """, "");
    List<Diagnostic> ds = s.result.diagnostics();
    assertEquals(1, ds.size(), ds::toString);
    Diagnostic d = ds.get(0);
    assertEquals("vector-tangent", d.mode());
    assertEquals("square(F)F", d.method());
    assertTrue(d.reason().contains("double and double[] parameters only (not float)"), d::message);
    assertTrue(d.line() > 0, d::message);
    assertTrue(d.message().contains("Floats.square(float)"), d::message);
    s.assertTransformedVerifies();
    List<String> names = Subject.methodNames(s.loadTransformed());
    assertTrue(names.contains("square$tangent") && names.contains("square$adjoint"), names::toString);
    assertFalse(names.contains("square$tangents") || names.contains("square$pattern"), names::toString);
    Subject.assertGoodCompanionsWork(s.loadTransformed());
  }

  @Test
  void aCalleeInAnotherClassMustBeMarkedTangents() throws Throwable {
    Subject s = Subject.ofMembers("Caller", """
          @dev.leibniz.Differentiable(tangents = true)
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
    assertEquals("vector-tangent", d.mode());
    assertTrue(s.linesMarked("/*HERE*/").contains(d.line()), d::message);
    assertTrue(d.reason().contains("Other.inner has no vector tangent companion; mark it @Differentiable(tangents = true)"), d::message);
    s.assertTransformedVerifies();
    List<String> names = Subject.methodNames(s.loadTransformed());
    assertTrue(names.contains("outer$tangent") && names.contains("outer$adjoint"), names::toString);
    assertFalse(names.contains("outer$tangents"), names::toString);
  }

  @Test
  void arraysOfArraysAreReported() throws Throwable {
    Subject s = Subject.ofMembers("Rows", """
          @dev.leibniz.Differentiable(tangents = true)
          static double sum(double[] x) {
            double[][] rows = new double[2][x.length]; /*HERE*/
            rows[1][0] = x[0];
            return rows[1][0] * x[1];
          }
        """, "");
    List<Diagnostic> ds = s.result.diagnostics();
    assertEquals(1, ds.size(), ds::toString);
    assertTrue(ds.get(0).reason().contains("one-dimensional double[] arrays only"), ds.get(0)::message);
    assertTrue(s.linesMarked("/*HERE*/").contains(ds.get(0).line()), ds.get(0)::message);
    s.assertTransformedVerifies();
    assertTrue(Subject.methodNames(s.loadTransformed()).contains("sum$adjoint"));
  }
}
