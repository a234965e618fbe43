package dev.leibniz.badinput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A marked method casting a parameter declared with a type without shadows to its own class, which has shadows
 * ({@code min = Math.min(min, ((Narrowed) other).min)}, found by the twelfth corpus round in Flink's {@code
 * MinDoubleAggregator.combine(Aggregator other)}): the parameter has no shadow, so the other object's numbers are
 * passive and the derivative along them was 0 without a word. One located warning naming the fix where the parameter is
 * declared {@code Object}; none where it is declared with the class, nor where it is declared with an interface the
 * class implements, which now carries a shadow slot (the class has shadows in this transformation: its field is written).
 */
class NarrowedParameterWarningTest {
  static final String SOURCE = """
      package %s;

      interface Agg { void combine(Agg other); }

      final class Narrowed implements Agg {
        double min = 1;

        @dev.leibniz.Differentiable
        public void combine(Agg other) {
          min = Math.min(min, ((Narrowed) other).min); // SLOT
        }

        @dev.leibniz.Differentiable
        public void combineAny(Object other) {
          min = Math.min(min, ((Narrowed) other).min); // CAST
        }

        @dev.leibniz.Differentiable
        public void combineDeclared(Narrowed other) {
          min = Math.min(min, other.min);
        }
      }
      """.formatted(Subject.PACKAGE);

  @Test
  void aParameterCastToAClassWithShadowsIsWarned() {
    Subject s = Subject.compile("Narrowed", SOURCE);
    List<Diagnostic> narrowed = s.result.diagnostics().stream().filter(d -> d.reason().contains("the parameter's declared type has none")).toList();
    assertEquals(1, narrowed.size(), s.result.diagnostics()::toString);
    Diagnostic d = narrowed.get(0);
    assertTrue(d.warning(), d.message());
    assertTrue(d.method().startsWith("combineAny("), d.message());
    assertEquals(s.linesMarked("CAST").first(), d.line(), d.message());
    assertTrue(d.message().contains("declared Object") && d.message().contains("declare the parameter with that class"), d.message());
  }

  /** combine(Agg other): the interface carries a shadow slot, so the derivative along other.min is 1 where it is the min. */
  @Test
  void aParameterDeclaredWithAnInterfaceOfAClassWithShadowsTakesItsShadow() throws Exception {
    Subject s = Subject.compile("Narrowed", SOURCE);
    Class<?> c = s.loadTransformed();
    Class<?> agg = c.getClassLoader().loadClass(Subject.PACKAGE + ".Agg");
    Method t = c.getDeclaredMethod("combine$tangent", c, agg, agg);
    var ctor = c.getDeclaredConstructor();
    ctor.setAccessible(true);
    var min = c.getDeclaredField("min");
    min.setAccessible(true);
    Object a = ctor.newInstance(), da = ctor.newInstance(), b = ctor.newInstance(), db = ctor.newInstance();
    min.setDouble(b, 0.5);
    min.setDouble(da, 0);
    min.setDouble(db, 1);
    t.setAccessible(true);
    t.invoke(a, da, b, db);
    assertEquals(0.5, min.getDouble(a), 0);
    assertEquals(1.0, min.getDouble(da), 0, "the tangent along other.min");
  }
}
