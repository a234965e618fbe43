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
 * indices that do not come from an active value, or of interpolation weights, get none. The index may be rounded in
 * a callee ({@code round} calling {@code fastFloor}'s {@code (int) x}, as JBox2D does): warned the same way, while an
 * index a callee finds by comparisons (a binary search for an interpolation's interval) is not.
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

  static final String CALLEES = """
          static final int N = 1024;
          static final float STEP = (float) (2 * Math.PI / N);
          static final float[] SIN = new float[N];

          static {
            for (int i = 0; i < N; i++) SIN[i] = (float) Math.sin(i * STEP);
          }

          @dev.leibniz.Differentiable
          static float lutSin(float x) {
            return SIN[Rounding.round(x / STEP) % N]; /*CALLEE*/
          }

          @dev.leibniz.Differentiable
          static double interpolate(double[] knots, double[] values, double x) {
            int i = Rounding.interval(knots, x);
            double w = (x - knots[i]) / (knots[i + 1] - knots[i]);
            return values[i] * (1 - w) + values[i + 1] * w;
          }
        """;

  /** JBox2D's MathUtils.round and fastFloor, and a binary search, in a class of their own. */
  static final String ROUNDING = """

        final class Rounding {
          static int fastFloor(float x) {
            int y = (int) x;
            return x < y ? y - 1 : y;
          }

          static int round(float x) {
            return fastFloor(x + 0.5f);
          }

          static int interval(double[] knots, double x) {
            int lo = 0, hi = knots.length - 1;
            while (hi - lo > 1) {
              int mid = (lo + hi) >>> 1;
              if (knots[mid] <= x) lo = mid; else hi = mid;
            }
            return lo;
          }
        }
        """;

  @Test
  void indexRoundedInACalleeIsWarnedButAnIndexSearchedForIsNot() throws Throwable {
    Subject s = Subject.ofMembers("CalleeLut", CALLEES, ROUNDING);
    List<Diagnostic> d = s.result.diagnostics();
    assertEquals(1, d.size(), d::toString);
    Diagnostic w = d.get(0);
    assertTrue(w.warning() && w.method().equals("lutSin(F)F"), w::message);
    assertTrue(w.reason().contains("derivative 0") && w.reason().contains("table"), w::message);
    assertEquals("a[i] (float[])", w.instruction(), w::message);
    assertTrue(s.linesMarked("/*CALLEE*/").contains(w.line()), w::message);
    s.assertTransformedVerifies();
    Class<?> c = s.loadTransformed();
    Method t = c.getDeclaredMethod("interpolate$tangent", double[].class, double[].class, double[].class, double[].class,
        double.class, double.class);
    t.setAccessible(true);
    double[] knots = {0, 1, 2.5, 4}, values = {1, 3, 2, 7};
    // on [1, 2.5] the slope is (2 - 3) / 1.5
    assertEquals(-1 / 1.5, (double) t.invoke(null, knots, null, values, null, 1.7, 1.0), 1e-15);
  }

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
