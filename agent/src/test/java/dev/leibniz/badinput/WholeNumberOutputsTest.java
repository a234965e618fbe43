package dev.leibniz.badinput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.oracle.DotProductCheck;
import dev.leibniz.oracle.FiniteDifferences;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * The whole-number NaN ({@code core.analysis.WholeNumberPoison}) beyond floating return values:
 * a {@code void} method writing an output array and a method with an {@code int} result writing
 * one get NaN for the derivative in the tested value where the exact test holds (both modes; the
 * other derivative exact; elsewhere analytic, finite differences and the dot product agree). Before,
 * only floating return values got the NaN; these gave the table's 0 with a warning alone. And at an
 * infinite tested value the companions' value is the primal's (it was NaN: {@code floor(∞) - ∞}).
 */
class WholeNumberOutputsTest {
  static final String MEMBERS = """
          static final double[] TABLE = {1, Math.E, Math.exp(2), Math.exp(3), Math.exp(4), Math.exp(5)};

          /** out[0] = e^a x, from a table at whole a. */
          @dev.leibniz.Differentiable
          static void into(double a, double x, double[] out) {
            if (Math.floor(a) == a) out[0] = TABLE[(int) a] * x; /*WHOLE*/
            else out[0] = Math.exp(a) * x;
          }

          /** The same, and how many cells it wrote. */
          @dev.leibniz.Differentiable
          static int counted(double a, double x, double[] out) {
            if (Math.floor(a) == a) out[0] = TABLE[(int) a] * x;
            else out[0] = Math.exp(a) * x;
            return 1;
          }

          /** 2x at a whole (or infinite) a, else x + x e^(-a^2): smooth away from whole numbers. */
          @dev.leibniz.Differentiable
          static double atInfinity(double a, double x) {
            if (Math.rint(a) == a) return 2 * x;
            return x + x * Math.exp(-a * a);
          }

          /** The same in float. */
          @dev.leibniz.Differentiable
          static float atInfinityFloat(float a, float x) {
            if ((float) Math.floor(a) == a) return 2 * x;
            return x + x * (float) Math.exp(-a * a);
          }
        """;

  private static Class<?> c;

  private static Method method(String name) {
    for (Method m : c.getDeclaredMethods()) {
      if (m.getName().equals(name)) {
        m.setAccessible(true);
        return m;
      }
    }
    throw new AssertionError("no " + name);
  }

  private static void load() throws Throwable {
    if (c != null) return;
    Subject s = Subject.ofMembers("WholeOutputs", MEMBERS, "");
    c = s.loadTransformed();
  }

  /** The tangent of out[0] of {@code name} along (da, dx). */
  private static double tangent(String name, double a, double da, double x, double dx) throws Throwable {
    Method t = method(name + "$tangent");
    assertEquals(6, t.getParameterCount(), t::toString); // a, da, x, dx, out, dout
    double[] out = new double[1], dout = new double[1];
    t.invoke(null, a, da, x, dx, out, dout);
    assertEquals(expected(a, x), out[0], 1e-15 * Math.abs(expected(a, x)), "the tangent's value");
    return dout[0];
  }

  /** The gradient of w·out[0] of {@code name} in (a, x). */
  private static double[] gradient(String name, double a, double x, double w) throws Throwable {
    Method m = method(name + "$adjoint");
    assertEquals(5, m.getParameterCount(), m::toString); // a, x, out, outBar, grad
    double[] out = new double[1], grad = new double[2];
    m.invoke(null, a, x, out, new double[] {w}, grad);
    assertEquals(expected(a, x), out[0], 1e-15 * Math.abs(expected(a, x)), "the adjoint's value");
    return grad;
  }

  private static double expected(double a, double x) {
    return Math.exp(a) * x;
  }

  @Test
  void atAWholeNumberTheOutputArraysDerivativeInTheTestedValueIsNaNAndTheOtherIsExact() throws Throwable {
    load();
    double a = 3.0, x = 1.7;
    for (String name : new String[] {"into", "counted"}) {
      assertTrue(Double.isNaN(tangent(name, a, 1.0, x, 0.0)), name + ": tangent along a at a whole a");
      assertTrue(Double.isNaN(tangent(name, a, 1.0, x, 1.0)), name + ": tangent along (1, 1) at a whole a");
      assertEquals(Math.exp(3), tangent(name, a, 0.0, x, 1.0), 1e-15 * Math.exp(3), name);
      double[] g = gradient(name, a, x, 1.0);
      assertTrue(Double.isNaN(g[0]), name + ": adjoint of a at a whole a: " + g[0]);
      assertEquals(Math.exp(3), g[1], 1e-15 * Math.exp(3), name);
    }
  }

  @Test
  void awayFromWholeNumbersTheOutputArraysDerivativesMatchTheOracles() throws Throwable {
    load();
    double x = 1.7;
    for (String name : new String[] {"into", "counted"}) {
      for (double a : new double[] {0.3, 2.5, 3.0000001, 4.75}) {
        double da = Math.exp(a) * x, dx = Math.exp(a);
        FiniteDifferences.Estimate fd = FiniteDifferences.derivative(q -> Math.exp(q) * x, a);
        assertEquals(da, tangent(name, a, 1.0, x, 0.0), 1e-14 * da);
        assertEquals(fd.value(), tangent(name, a, 1.0, x, 0.0), fd.tolerance(1e-9));
        assertEquals(dx, tangent(name, a, 0.0, x, 1.0), 1e-14 * dx);
        double[] g = gradient(name, a, x, 1.0);
        assertEquals(da, g[0], 1e-14 * da);
        assertEquals(dx, g[1], 1e-14 * dx);
        DotProductCheck.check(name + " at a = " + a, new double[] {a, x}, 1,
            (p, v) -> new double[] {call(() -> tangent(name, p[0], v[0], p[1], v[1]))},
            (p, w) -> call(() -> gradient(name, p[0], p[1], w[0])), 13, 5);
      }
    }
  }

  @Test
  void atAnInfiniteTestedValueTheValueIsThePrimalsAndTheOtherDerivativeIsExact() throws Throwable {
    load();
    Method f = method("atInfinity");
    Method t = method("atInfinity$tangent");
    Method adj = method("atInfinity$adjoint");
    double x = 1.7;
    for (double a : new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
      double primal = (double) f.invoke(null, a, x);
      assertEquals(2 * x, primal);
      double[] g = new double[2];
      assertEquals(primal, (double) adj.invoke(null, a, x, 1.0, g), "the adjoint's value at a = " + a);
      FiniteDifferences.Estimate fd = FiniteDifferences.derivative(q -> call(() -> (double) f.invoke(null, a, q)), x);
      double dx = (double) t.invoke(null, a, 0.0, x, 1.0);
      assertEquals(2.0, dx, 1e-15); // analytic: d(2x)/dx
      assertEquals(fd.value(), dx, fd.tolerance(1e-9));
      assertEquals(2.0, g[1], 1e-15);
      DotProductCheck.check("atInfinity at a = " + a, new double[] {a, x}, 1,
          (p, v) -> new double[] {call(() -> (double) t.invoke(null, p[0], v[0], p[1], v[1]))},
          (p, w) -> call(() -> {
            double[] gg = new double[2];
            adj.invoke(null, p[0], p[1], w[0], gg);
            return gg;
          }), 13, 5);
    }
    // a NaN tested value fails the test: the value is the other branch's (NaN here), as the primal's
    assertTrue(Double.isNaN((double) adj.invoke(null, Double.NaN, x, 1.0, new double[2])));
    // at a whole finite a the derivative in a is NaN as before; away from whole numbers both modes are exact
    assertTrue(Double.isNaN((double) t.invoke(null, 2.0, 1.0, x, 0.0)));
    double[] g2 = new double[2];
    adj.invoke(null, 2.0, x, 1.0, g2);
    assertTrue(Double.isNaN(g2[0]));
    for (double a : new double[] {0.4, 2.5}) {
      double expectedDa = x * Math.exp(-a * a) * (-2 * a);
      FiniteDifferences.Estimate fd = FiniteDifferences.derivative(q -> x + x * Math.exp(-q * q), a);
      assertEquals(expectedDa, (double) t.invoke(null, a, 1.0, x, 0.0), 1e-14);
      assertEquals(fd.value(), (double) t.invoke(null, a, 1.0, x, 0.0), fd.tolerance(1e-9));
      double[] g = new double[2];
      adj.invoke(null, a, x, 1.0, g);
      assertEquals(expectedDa, g[0], 1e-14);
    }
  }

  @Test
  void atAnInfiniteTestedFloatTheValueIsThePrimals() throws Throwable {
    load();
    Method f = method("atInfinityFloat");
    Method t = method("atInfinityFloat$tangent");
    Method adj = method("atInfinityFloat$adjoint");
    float x = 1.7f;
    for (float a : new float[] {Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY}) {
      float primal = (float) f.invoke(null, a, x);
      assertEquals(2 * x, primal);
      assertEquals(2f, (float) t.invoke(null, a, 0f, x, 1f));
      Object[] args = adj.getParameterCount() == 4 ? new Object[] {a, x, 1f, new double[2]} : null;
      assertTrue(args != null, adj::toString);
      assertEquals(primal, ((Number) adj.invoke(null, args)).floatValue());
    }
    assertTrue(Float.isNaN((float) t.invoke(null, 3f, 1f, x, 0f)), "float: NaN in a at a whole a");
  }

  private interface Call<T> {
    T get() throws Throwable;
  }

  private static <T> T call(Call<T> c) {
    try {
      return c.get();
    } catch (Throwable e) {
      throw new AssertionError(e);
    }
  }
}
