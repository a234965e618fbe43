package dev.leibniz.badinput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A class returning a new object of itself made by a constructor that computes, which cannot be given a layout
 * constructor (README, "Objects": a result built new; {@code core.objects.MadeLayouts}): it holds an {@code int} its
 * constructor computes, which no layout of numbers rebuilds. Refused once, at the line of the {@code new}, in Java
 * syntax, with advice that applies (the fields double or float); the class still loads and its other companions work.
 */
class OwnFactoryWithoutLayoutTest {
  static final String SOURCE = """
      package dev.leibniz.badinput.gen;

      class Window {
        private double scale;
        private int taps;

        private Window(double width) {
          taps = (int) Math.ceil(4 / width);
          scale = 1 / (width * taps);
        }

        @dev.leibniz.Differentiable
        static Window of(double width) {
          return new Window(width * 2); // REFUSED
        }

        double scale() {
          return scale;
        }
      """ + Subject.GOOD + "}\n";

  @Test
  void refusedAtTheNewWithAdviceThatApplies() throws Throwable {
    Subject s = Subject.compile("Window", SOURCE);
    List<Diagnostic> errors = s.result.diagnostics().stream().filter(d -> !d.warning()).toList();
    assertEquals(1, errors.size(), errors::toString);
    Diagnostic d = errors.get(0);
    assertEquals(s.linesMarked("// REFUSED").first(), d.line(), d.message());
    String m = d.message();
    assertTrue(m.contains("Window.of(double)") && m.contains("new Window(...)") && m.contains("because it is returned"), m);
    assertTrue(m.contains("a method of the class itself needs no such constructor when the class extends Object and all its"
        + " fields are double or float"), "the advice: " + m);
    assertTrue(!m.contains("dev/leibniz"), "Java syntax: " + m);
    Subject.assertGoodCompanionsWork(s.loadTransformed());
  }
}
