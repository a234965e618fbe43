package dev.leibniz.badinput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An array held in a field declared with a type variable ({@code class Box<T> { T v; }}, erased to
 * {@code Object}) of a class with shadows (a reviewer's finding, R7-F1): the shadow class has no field
 * for it, so the tangent was 0 and the adjoint wrote nothing, without a word. Refused at the cast with
 * the declared type to change; the class keeps its code, and the same class with the field declared
 * {@code double[]} differentiates (tangent checked against the analytic derivative).
 */
class ErasedFieldTest {
  static final String MEMBERS = """
          @dev.leibniz.Differentiable
          static double product(Box<double[]> b) {
            double[] v = b.v; // erased
            return v[0] * v[1];
          }

          @dev.leibniz.Differentiable
          static double viaGetter(Box<double[]> b) {
            double[] v = b.get(); // erased getter
            return v[0] * v[1];
          }

          @dev.leibniz.Differentiable
          static double typed(Typed t) {
            double[] v = t.v;
            return v[0] * v[1];
          }
        """;
  static final String TYPES = """
        @dev.leibniz.Differentiable
        class Box<T> {
          T v;
          Box(T v) { this.v = v; }
          final T get() { return v; }
        }

        @dev.leibniz.Differentiable
        class Typed {
          double[] v;
          Typed(double[] v) { this.v = v; }
        }
        """;

  @Test
  void anArrayInAnErasedFieldIsRefusedAtTheCast() throws Throwable {
    Subject s = Subject.ofMembers("ErasedField", MEMBERS, TYPES);
    List<Diagnostic> errors = s.result.diagnostics().stream().filter(d -> !d.warning()).toList();
    assertEquals(2, errors.size(), errors::toString);
    Diagnostic field = errors.stream().filter(d -> d.message().contains("product(")).findFirst().orElseThrow();
    Diagnostic getter = errors.stream().filter(d -> d.message().contains("viaGetter(")).findFirst().orElseThrow();
    assertTrue(field.message().contains("field v of") && field.message().contains("is declared Object (")
        && field.message().contains("Declare the field with the type it holds (double[])"), field::message);
    assertTrue(getter.message().contains("the result of get() of") && getter.message().contains("Declare the result of Object")
        && getter.message().contains("Box.get() with the type the cast gives it (double[]) instead of a type variable")
        && !getter.message().contains("Declare the field with"), getter::message);
    assertEquals(s.linesMarked("// erased").first(), field.line(), errors::toString);
    assertEquals(s.linesMarked("// erased getter").first(), getter.line(), errors::toString);
    Class<?> c = s.loadTransformed();
    for (Method k : c.getDeclaredMethods()) {
      assertTrue(!k.getName().startsWith("product$") && !k.getName().startsWith("viaGetter$"), "no companion: " + k);
    }
    Class<?> typed = c.getClassLoader().loadClass(Subject.PACKAGE + ".Typed");
    java.lang.reflect.Constructor<?> make = typed.getDeclaredConstructor(double[].class);
    make.setAccessible(true);
    Object t = make.newInstance((Object) new double[] {2, 3});
    Object dt = make.newInstance((Object) new double[] {1, 0});
    Method tangent = c.getDeclaredMethod("typed$tangent", typed, typed);
    tangent.setAccessible(true);
    assertEquals(3.0, (double) tangent.invoke(null, t, dt), 0.0); // d(v0·v1) along e0 = v1
  }
}
