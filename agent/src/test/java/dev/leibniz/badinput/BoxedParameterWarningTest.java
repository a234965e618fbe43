package dev.leibniz.badinput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.oracle.FiniteDifferences;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A marked method with a {@code Double} parameter beside another input (Flink's {@code
 * MinDoubleAggregator.aggregate(Double value)}, found by the twelfth corpus round): the box is passive
 * by the contract, so the derivative along it was 0 without a word. It now gets one located warning
 * naming the parameter and the fix; a box it never reads and a {@code double} parameter get none, and
 * the companions still differentiate in the other input (tangent and adjoint against the analytic
 * derivative and central differences, and against each other: the dot-product test).
 */
class BoxedParameterWarningTest {
  static final String MEMBERS = """
          @dev.leibniz.Differentiable
          static double mixed(double x, Double b) {
            double s = Math.sin(x);
            return x * b + s; // READ_BOX
          }

          @dev.leibniz.Differentiable
          static double unread(double x, Double b) {
            return x * x;
          }

          @dev.leibniz.Differentiable
          static double plain(double x, double b) {
            return x * b;
          }
        """;

  @Test
  void aReadBoxedParameterBesideAnotherInputIsWarned() throws Throwable {
    Subject s = Subject.ofMembers("BoxedParameter", MEMBERS, "");
    List<Diagnostic> all = s.result.diagnostics();
    assertTrue(all.stream().allMatch(Diagnostic::warning), all::toString);
    List<Diagnostic> boxed = all.stream().filter(d -> d.reason().contains("is passive and the derivatives with respect to it are 0")).toList();
    assertEquals(1, boxed.size(), all::toString);
    Diagnostic d = boxed.get(0);
    assertTrue(d.method().startsWith("mixed("), d.message());
    assertEquals(s.linesMarked("READ_BOX").first(), d.line(), d.message());
    assertTrue(d.message().contains("Double parameter b") && d.message().contains("declare it double"), d.message());

    Class<?> c = s.loadTransformed();
    Method tangent = c.getDeclaredMethod("mixed$tangent", double.class, double.class, Double.class);
    Method adjoint = Arrays.stream(c.getDeclaredMethods()).filter(m -> m.getName().equals("mixed$adjoint")).findFirst().orElseThrow();
    tangent.setAccessible(true);
    adjoint.setAccessible(true);
    for (double x : new double[] {-1.2, 0.4, 2.5}) {
      double b = 0.75;
      double analytic = b + Math.cos(x);
      FiniteDifferences.Estimate fd = FiniteDifferences.derivative(t -> t * b + Math.sin(t), x);
      double dy = (double) tangent.invoke(null, x, 1.0, b);
      assertEquals(analytic, dy, 1e-14 * (1 + Math.abs(analytic)), "tangent against the analytic derivative");
      assertEquals(fd.value(), dy, fd.tolerance(1e-8), "tangent against differences");
      double seed = 1.7;
      double[] grad = new double[1];
      double y = (double) adjoint.invoke(null, x, b, seed, grad);
      assertEquals(x * b + Math.sin(x), y, 0.0, "adjoint returns the primal value");
      assertEquals(seed * analytic, grad[0], 1e-14 * (1 + Math.abs(seed * analytic)), "adjoint against the analytic derivative");
      assertEquals(seed * fd.value(), grad[0], fd.tolerance(1e-8) * seed, "adjoint against differences");
      double v = 0.3; // dot product: <ybar, J v> = <J^T ybar, v>
      double jv = (double) tangent.invoke(null, x, v, b);
      assertEquals(seed * jv, grad[0] * v, 1e-14 * Math.abs(seed * jv), "dot-product test");
    }
  }
}
