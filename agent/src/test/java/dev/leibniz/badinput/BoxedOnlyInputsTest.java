package dev.leibniz.badinput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A marked method whose only inputs are {@code Double} boxes (a reviewer's finding): JDK classes get
 * no shadow, so its companions took no direction and returned 0 with no word. It is now refused with
 * one diagnostic naming the parameter and the fix; the class keeps its code, and a method with a
 * {@code double} beside the box still differentiates in the {@code double}.
 */
class BoxedOnlyInputsTest {
  static final String MEMBERS = """
          @dev.leibniz.Differentiable
          static double boxed(Double a, Double b) {
            return a * b + Math.sin(a);
          }

          @dev.leibniz.Differentiable
          static double mixed(double x, Double b) {
            return x * b;
          }
        """;

  @Test
  void onlyBoxedInputsAreRefusedWithAdvice() throws Throwable {
    Subject s = Subject.ofMembers("BoxedInputs", MEMBERS, "");
    List<Diagnostic> errors = s.result.diagnostics().stream().filter(d -> !d.warning()).toList();
    assertEquals(1, errors.size(), errors::toString);
    String m = errors.get(0).message();
    assertTrue(m.contains("boxed(Double, Double)") && m.contains("no differentiable input") && m.contains("Double parameter")
        && m.contains("Pass the values as double parameters"), m);
    Class<?> c = s.loadTransformed();
    for (Method k : c.getDeclaredMethods()) assertTrue(!k.getName().startsWith("boxed$"), "no companion: " + k);
    Method boxed = c.getDeclaredMethod("boxed", Double.class, Double.class);
    boxed.setAccessible(true);
    assertEquals(1.5 * 2 + Math.sin(1.5), (double) boxed.invoke(null, 1.5, 2.0), 0.0);
    Method tangent = c.getDeclaredMethod("mixed$tangent", double.class, double.class, Double.class);
    tangent.setAccessible(true);
    assertEquals(2.0, (double) tangent.invoke(null, 1.5, 1.0, 2.0), 0.0, "d/dx of x*b");
  }
}
