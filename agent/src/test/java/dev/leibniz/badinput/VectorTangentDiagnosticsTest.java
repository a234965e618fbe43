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

  /**
   * A method whose vector tangent with the plain copies of its direction loops would be over
   * HotSpot's 8,000-byte compile limit (about 9,200 bytes here) gets it without them (about 6,600):
   * no diagnostic, and the derivative of Σ y/(x + c) against its analytic formula.
   */
  @Test
  void tooLargeWithPlainLoopCopiesIsBuiltWithout() throws Throwable {
    int blocks = 6, terms = 12;
    StringBuilder body = new StringBuilder();
    for (int blk = 0; blk < blocks; blk++) {
      body.append("    if (x > ").append(blk).append(".5) s += 0");
      for (int j = 0; j < terms; j++) body.append(" + y / (x + ").append(blk * terms + j + 1).append(".0)");
      body.append(";\n");
    }
    Subject s = Subject.ofMembers("Large", """
          @dev.leibniz.Differentiable(tangents = true)
          static double big(double x, double y) {
            double s = 0;
        """ + body + """
            return s;
          }
        """, "");
    List<Diagnostic> ds = s.result.diagnostics();
    assertTrue(ds.stream().noneMatch(d -> d.mode().equals("vector-tangent")), ds::toString);
    s.assertTransformedVerifies();
    java.lang.reflect.Method m = s.loadTransformed().getDeclaredMethod("big$tangents", double.class, double[].class, double.class,
        double[].class, int.class, double[].class);
    double x = 3.2, y = 0.7, dfdx = 0, dfdy = 0;
    for (int blk = 0; blk < blocks; blk++) {
      if (x > blk + 0.5) {
        for (int j = 0; j < terms; j++) {
          double c = x + blk * terms + j + 1;
          dfdx -= y / (c * c);
          dfdy += 1 / c;
        }
      }
    }
    double[] out = new double[2];
    m.setAccessible(true);
    m.invoke(null, x, new double[] {1, 0}, y, new double[] {0, 1}, 2, out);
    assertEquals(dfdx, out[0], 1e-14 * Math.abs(dfdx));
    assertEquals(dfdy, out[1], 1e-14 * Math.abs(dfdy));
  }
}
