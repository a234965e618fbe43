package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.objects.fixtures.held.Tank;
import dev.leibniz.objects.fixtures.held.TankFiller;
import dev.leibniz.oracle.JacobianCheck;
import dev.leibniz.oracle.LinkedFixtures;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * A holder whose only state is a final array (a {@code Buffer} in a field of a {@code Tank}) written
 * only by the companions of another class ({@code TankFiller.fill}), while the model's own class
 * lists no shadow class: {@code zeroShadow(tank)} used to read only the model's list, left the
 * buffer's shadow null, and the other class's companion failed with a NullPointerException. Plain
 * {@code zeroShadow} now copies it (the companion is not known); {@code zeroShadow(tank, Tank.class)}
 * still leaves it out for the model's own companions. Both modes against the analytic derivative
 * and differences, and the dot-product test. Inputs: {@code tank.level}, then {@code x}.
 */
class HolderWrittenElsewhereTest {
  /** Tank.total reads the buffer's numbers, passive in Tank's own companions: warned (core.HeldPassiveNumbers), nothing else. */
  static final LinkedFixtures L = LinkedFixtures.allowingDiagnostics(Tank.class, TankFiller.class);
  static final Class<?> TANK = L.get(Tank.class), FILLER = L.get(TankFiller.class);
  static final double[] X = {1.3, 0.4, -0.9, 2.2};

  static Object tank(double level) {
    try {
      return TANK.getConstructor(int.class, double.class).newInstance(X.length - 1, level);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static Object invoke(String name, Object... args) {
    for (Method m : FILLER.getDeclaredMethods()) {
      if (m.getName().equals(name)) {
        try {
          return m.invoke(null, args);
        } catch (InvocationTargetException e) {
          throw new AssertionError(name + " threw", e.getCause());
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    throw new AssertionError("no " + name);
  }

  static double field(Object o, String name) {
    try {
      return TANK.getField(name).getDouble(o);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static void set(Object o, String name, double v) {
    try {
      TANK.getField(name).setDouble(o, v);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static double[] rest(double[] v) {
    return java.util.Arrays.copyOfRange(v, 1, v.length);
  }

  static double[] primal(double[] v) {
    return new double[] {(double) invoke("fill", tank(v[0]), rest(v))};
  }

  static double[] tangent(double[] v, double[] dv) {
    Object t = tank(v[0]), dt = Derivatives.zeroShadow(t);
    set(dt, "level", dv[0]);
    return new double[] {(double) invoke("fill$tangent", t, dt, rest(v), rest(dv))};
  }

  static double[] adjoint(double[] v, double[] ybar) {
    Object t = tank(v[0]), tbar = Derivatives.zeroShadow(t);
    double[] xbar = new double[v.length - 1];
    double f = (double) invoke("fill$adjoint", t, tbar, rest(v), xbar, ybar[0]);
    assertEquals(primal(v)[0], f, 0, "the adjoint returns the primal value");
    double[] g = new double[v.length];
    g[0] = field(tbar, "level");
    System.arraycopy(xbar, 0, g, 1, xbar.length);
    return g;
  }

  static double[] gradient(double[] v) {
    double level = v[0];
    double[] g = new double[v.length];
    for (int i = 1; i < v.length; i++) {
      double x = v[i];
      g[0] += x * x * Math.sin(x);
      g[i] = level * (2 * x * Math.sin(x) + x * x * Math.cos(x));
    }
    return g;
  }

  @Test
  void theModelsOwnMethodIsWarnedThatTheBuffersNumbersArePassiveThere() {
    java.util.List<dev.leibniz.core.Diagnostic> d = L.result(Tank.class).diagnostics();
    assertEquals(1, d.size(), d::toString);
    assertTrue(d.get(0).warning() && d.get(0).reason().contains("reads Tank.work, which holds Buffer objects"), d::toString);
    assertEquals(java.util.List.of(), L.result(TankFiller.class).diagnostics());
  }

  @Test
  void theHolderIsCopiedForAnyCompanionAndLeftOutForTheModelsOwn() throws Exception {
    Object t = tank(1.5);
    assertNotNull(TANK.getField("work").get(Derivatives.zeroShadow(t)), "copied: another class's companion may write it");
    assertNull(TANK.getField("work").get(Derivatives.zeroShadow(t, TANK)), "Tank's companions only read it");
    assertNotNull(TANK.getField("work").get(Derivatives.zeroShadow(t, FILLER)), "TankFiller's companions write it");
  }

  @Test
  void bothModesMatchAnalyticDifferencesAndEachOther() {
    JacobianCheck.check("TankFiller.fill(Tank, double[])", X, HolderWrittenElsewhereTest::primal,
        HolderWrittenElsewhereTest::tangent, HolderWrittenElsewhereTest::adjoint,
        new double[][] {gradient(X)});
  }
}
