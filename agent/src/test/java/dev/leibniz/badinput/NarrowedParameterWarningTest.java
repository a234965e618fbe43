package dev.leibniz.badinput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A marked method casting a parameter declared with an interface to its own class, which has shadows
 * (Flink's {@code MinDoubleAggregator.combine(Aggregator other)}, {@code min = Math.min(min, ((Min)
 * other).min)}, found by the twelfth corpus round): the parameter has no shadow, so the other object's
 * numbers are passive and the derivative along them was 0 without a word. One located warning naming the
 * fix; none where the parameter is declared with the class.
 */
class NarrowedParameterWarningTest {
  static final String SOURCE = """
      package %s;

      interface Agg { void combine(Agg other); }

      final class Narrowed implements Agg {
        double min = 1;

        @dev.leibniz.Differentiable
        public void combine(Agg other) {
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
    assertTrue(d.method().startsWith("combine("), d.message());
    assertEquals(s.linesMarked("CAST").first(), d.line(), d.message());
    assertTrue(d.message().contains("declared Agg") && d.message().contains("declare the parameter with that class"), d.message());
  }
}
