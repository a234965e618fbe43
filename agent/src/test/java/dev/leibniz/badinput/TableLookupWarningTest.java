package dev.leibniz.badinput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sine table looked up at an index rounded from an active value (as JBox2D's {@code
 * MathUtils.sin} does): differentiable by the rules (the rounding is piecewise constant), so the
 * companions exist and give 0, but a warning names the lookup. Lookups in an active array, at
 * indices that do not come from an active value, or of interpolation weights, get none.
 */
class TableLookupWarningTest {
  static final String MEMBERS = """
          static final int N = 1024;
          static final double STEP = 2 * Math.PI / N;
          static final double[] SIN = new double[N];

          static {
            for (int i = 0; i < N; i++) SIN[i] = Math.sin(i * STEP);
          }

          @dev.leibniz.Differentiable
          static double lutSin(double x) {
            int index = (int) (x / STEP + 0.5) % N;
            return SIN[index]; /*HERE*/
          }

          @dev.leibniz.Differentiable
          static double floorLookup(double x) {
            return 2 * SIN[(int) Math.floor(x / STEP)] + x; /*FLOOR*/
          }

          @dev.leibniz.Differentiable
          static double noWarnings(double[] v, double t, int k) {
            double s = SIN[k] * t;                    // passive index
            int i = (int) t;
            double w = t - i;
            return s + v[i] * (1 - w) + v[i + 1] * w; // active array: the derivative flows through it
          }
        """;

  @Test
  void roundedIndexIntoATableIsAWarningNotAnError() throws Throwable {
    Subject s = Subject.ofMembers("Lut", MEMBERS, "");
    List<Diagnostic> d = s.result.diagnostics();
    assertEquals(2, d.size(), d::toString);
    for (Diagnostic w : d) {
      assertTrue(w.warning(), w::message);
      assertTrue(w.message().startsWith("leibniz: warning: double " + s.className + "."), w::message);
      assertTrue(w.reason().contains("derivative 0") && w.reason().contains("table"), w::message);
      assertTrue(w.instruction().equals("a[i] (double[])") || w.instruction().equals("a[i] (float[])"), w::message);
    }
    Diagnostic lut = d.stream().filter(w -> w.method().equals("lutSin(D)D")).findFirst().orElseThrow();
    assertTrue(s.linesMarked("/*HERE*/").contains(lut.line()), lut::message);
    Diagnostic floor = d.stream().filter(w -> w.method().equals("floorLookup(D)D")).findFirst().orElseThrow();
    assertTrue(s.linesMarked("/*FLOOR*/").contains(floor.line()), floor::message);
    s.assertTransformedVerifies();
    Class<?> c = s.loadTransformed();
    Method t = c.getDeclaredMethod("lutSin$tangent", double.class, double.class);
    t.setAccessible(true);
    assertEquals(0.0, t.invoke(null, 0.3, 1.0));
    Method f = c.getDeclaredMethod("floorLookup$tangent", double.class, double.class);
    f.setAccessible(true);
    assertEquals(1.0, f.invoke(null, 0.3, 1.0));
    assertFalse(Subject.methodNames(c).isEmpty());
    Subject.assertGoodCompanionsWork(c);
  }
}
