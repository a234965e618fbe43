package dev.leibniz.badinput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A marked instance method with no differentiable parameter of a class nobody annotated (a
 * reviewer's finding, R7-F2: {@code double norm()} of a value class got a tangent returning 0 and an
 * adjoint with nowhere to put the gradient, without a word). It is refused with one diagnostic naming
 * the receiver and the fix, the class keeps its code; a method of the same class with a {@code double}
 * parameter still differentiates in it, and the annotated class gets its receiver shadow.
 */
class PassiveReceiverTest {
  static final String MEMBERS = """
          final double x = 3, y = 4;

          @dev.leibniz.Differentiable
          double norm() {
            return Math.hypot(x, y);
          }

          @dev.leibniz.Differentiable
          double scaled(int k) {
            return k * x;
          }

          @dev.leibniz.Differentiable
          double times(double t) {
            return t * x;
          }
        """;

  @Test
  void aPassiveReceiverWithoutDifferentiableParametersIsRefusedWithAdvice() throws Throwable {
    Subject s = Subject.ofMembers("PassiveValue", MEMBERS, "");
    List<Diagnostic> errors = s.result.diagnostics().stream().filter(d -> !d.warning()).toList();
    assertEquals(2, errors.size(), errors::toString);
    for (Diagnostic d : errors) {
      String m = d.message();
      assertTrue(m.contains("no differentiable input") && m.contains("receiver (this PassiveValue) is passive")
          && m.contains("Annotate class PassiveValue @Differentiable"), m);
    }
    Class<?> c = s.loadTransformed();
    for (Method k : c.getDeclaredMethods()) {
      assertTrue(!k.getName().startsWith("norm$") && !k.getName().startsWith("scaled$"), "no companion: " + k);
    }
    java.lang.reflect.Constructor<?> make = c.getDeclaredConstructor();
    make.setAccessible(true);
    Object o = make.newInstance();
    Method norm = c.getDeclaredMethod("norm");
    norm.setAccessible(true);
    assertEquals(5.0, (double) norm.invoke(o), 0.0); // the original code runs
    Method times = c.getDeclaredMethod("times$tangent", double.class, double.class);
    times.setAccessible(true);
    assertEquals(3.0, (double) times.invoke(o, 2.0, 1.0), 0.0); // d(t·x)/dt = x
  }

  @Test
  void anAnnotatedClassGivesTheReceiverItsShadow() throws Throwable {
    Subject s = Subject.compile("ActiveValue", "package " + Subject.PACKAGE + ";\n\n@dev.leibniz.Differentiable\nclass ActiveValue {\n"
        + MEMBERS + "\n}\n");
    assertTrue(s.result.diagnostics().stream().noneMatch(d -> !d.warning()), s.result.diagnostics()::toString);
    Class<?> c = s.loadTransformed();
    assertTrue(java.util.Arrays.stream(c.getDeclaredMethods()).anyMatch(k -> k.getName().equals("norm$tangent")), "norm has a tangent");
  }
}
