package dev.leibniz.badinput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.oracle.FiniteDifferences;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A marked instance method with no differentiable parameter of a class nobody annotated ({@code
 * double norm()} of a value class, jblas' {@code ComplexDouble.abs()}): its receiver's numbers are
 * all it can have been marked for, so the class gets shadows as if annotated (README, "Objects";
 * {@code ShadowClasses.objectOnlyInputs}) — in the whole class, so a method with a {@code double}
 * parameter beside it takes the receiver's shadow too. A reviewer's finding, R7-F2, was a silent
 * derivative of 0 there; it was refused since, and is differentiated now: both modes against the
 * analytic gradient, central differences and each other. A class holding no floating value is still
 * refused with one diagnostic, and keeps its code.
 */
class PassiveReceiverTest {
  static final String MEMBERS = """
          double x, y;

          PassiveValue(double x, double y) {
            this.x = x;
            this.y = y;
          }

          @dev.leibniz.Differentiable
          double norm() {
            return Math.hypot(x, y);
          }

          @dev.leibniz.Differentiable
          double scaled(int k) {
            return k * x * y;
          }

          @dev.leibniz.Differentiable
          double times(double t) {
            return t * x;
          }
        """;

  static final Subject S = Subject.ofMembers("PassiveValue", MEMBERS, "");

  @Test
  void theReceiverOfAClassNobodyAnnotatedIsTheInputInBothModes() throws Throwable {
    List<Diagnostic> errors = S.result.diagnostics().stream().filter(d -> !d.warning()).toList();
    assertTrue(errors.isEmpty(), errors::toString);
    Class<?> c = S.loadTransformed();
    Constructor<?> make = c.getDeclaredConstructor(double.class, double.class);
    make.setAccessible(true);
    Method norm = method(c, "norm$tangent"), normAdjoint = method(c, "norm$adjoint");
    Method scaled = method(c, "scaled$tangent"), scaledAdjoint = method(c, "scaled$adjoint");
    for (double[] p : new double[][] {{3, 4}, {-1.5, 0.2}, {0.7, -2.0}}) {
      Object o = make.newInstance(p[0], p[1]);
      double r = Math.hypot(p[0], p[1]);
      double[] exact = {p[0] / r, p[1] / r}, exactScaled = {3 * p[1], 3 * p[0]};
      for (int i = 0; i < 2; i++) {
        double[] dir = {i == 0 ? 1 : 0, i == 1 ? 1 : 0};
        double tangent = (double) norm.invoke(o, make.newInstance(dir[0], dir[1]));
        double fd = FiniteDifferences.derivative(h -> Math.hypot(p[0] + h * dir[0], p[1] + h * dir[1]), 0).value();
        assertEquals(exact[i], tangent, 1e-15, "norm tangent along " + i);
        assertEquals(fd, tangent, 1e-8, "norm against differences along " + i);
        assertEquals(exactScaled[i], (double) scaled.invoke(o, make.newInstance(dir[0], dir[1]), 3), 1e-14);
      }
      // the adjoint accumulates into the receiver's shadow and returns the primal value
      Object bar = make.newInstance(0.0, 0.0);
      assertEquals(r, (double) normAdjoint.invoke(o, bar, 1.0), 0.0);
      assertEquals(exact[0], field(c, "x", bar), 1e-15);
      assertEquals(exact[1], field(c, "y", bar), 1e-15);
      Object sbar = make.newInstance(0.0, 0.0);
      scaledAdjoint.invoke(o, sbar, 3, 2.0);
      assertEquals(2 * exactScaled[0], field(c, "x", sbar), 1e-14, "scaled adjoint, x");
      assertEquals(2 * exactScaled[1], field(c, "y", sbar), 1e-14, "scaled adjoint, y");
      // dot product between modes: <xbar, v> = <ybar, J v> for v = (0.3, -0.8), ybar = 1.7
      double jv = (double) norm.invoke(o, make.newInstance(0.3, -0.8));
      Object dbar = make.newInstance(0.0, 0.0);
      normAdjoint.invoke(o, dbar, 1.7);
      assertEquals(1.7 * jv, 0.3 * field(c, "x", dbar) - 0.8 * field(c, "y", dbar), 1e-14, "dot product");
    }
  }

  /** The decision is per class: a method with a double parameter takes the receiver's shadow too. */
  @Test
  void aDoubleParameterBesideItTakesTheReceiversShadowToo() throws Throwable {
    Class<?> c = S.loadTransformed();
    Constructor<?> make = c.getDeclaredConstructor(double.class, double.class);
    make.setAccessible(true);
    Method times = method(c, "times$tangent");
    assertEquals(c, times.getParameterTypes()[0], times.toString());
    Object o = make.newInstance(2.0, 5.0);
    assertEquals(2.0, (double) times.invoke(o, make.newInstance(0.0, 0.0), 7.0, 1.0), 0.0, "d(t x)/dt = x");
    assertEquals(7.0, (double) times.invoke(o, make.newInstance(1.0, 0.0), 7.0, 0.0), 0.0, "d(t x)/dx = t");
  }

  @Test
  void aReceiverHoldingNoFloatingValueIsRefusedWithAdvice() throws Throwable {
    Subject s = Subject.ofMembers("IntegerValue", """
          final int n = 3;

          @dev.leibniz.Differentiable
          double half() {
            return n / 2.0;
          }
        """, "");
    List<Diagnostic> errors = s.result.diagnostics().stream().filter(d -> !d.warning()).toList();
    assertEquals(1, errors.size(), errors::toString);
    String m = errors.get(0).message();
    assertTrue(m.contains("no differentiable input") && m.contains("receiver (this IntegerValue) holds no double or float field"), m);
    Class<?> c = s.loadTransformed();
    for (Method k : c.getDeclaredMethods()) {
      assertTrue(!k.getName().startsWith("half$"), "no companion: " + k);
    }
  }

  private static Method method(Class<?> c, String name) {
    for (Method m : c.getDeclaredMethods()) {
      if (m.getName().equals(name)) {
        m.setAccessible(true);
        return m;
      }
    }
    throw new AssertionError("no " + name + " in " + java.util.Arrays.toString(c.getDeclaredMethods()));
  }

  private static double field(Class<?> c, String name, Object o) throws ReflectiveOperationException {
    Field f = c.getDeclaredField(name);
    f.setAccessible(true);
    return f.getDouble(o);
  }
}
