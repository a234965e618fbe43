package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.objects.fixtures.defaults.Cell;
import dev.leibniz.objects.fixtures.defaults.DefaultCalls;
import dev.leibniz.objects.fixtures.defaults.Fixed;
import dev.leibniz.objects.fixtures.defaults.Open;
import dev.leibniz.objects.fixtures.defaults.Overriding;
import dev.leibniz.oracle.DotProductCheck;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.oracle.LinkedFixtures;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.InvocationTargetException;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Calls of interface default methods on class-typed receivers ({@code invokevirtual C.m} that no
 * class of {@code C}'s chain declares: JVMS 5.4.3.3 resolves it to the maximally-specific
 * superinterface method). They were refused as "the class file cannot be read". Each case in both
 * modes against the analytic derivative and central differences, and the dot-product test:
 * {@code viaFixed} (a final class, the default method calling the class's {@code factor()}),
 * {@code viaCell} (a {@code @Differentiable} class: the default method reads the field {@code w}
 * through the interface's abstract getter, so d/dw flows through the receiver's shadow), {@code
 * viaOpen} (a non-final class: dispatched; a subclass overriding the default method is named,
 * never given the default's derivative).
 */
class InterfaceDefaultMethodsTest {
  static final LinkedFixtures L = LinkedFixtures.of(DefaultCalls.class, Cell.class, Fixed.class, Open.class, Overriding.class);
  static final Class<?> T = L.get(DefaultCalls.class);
  static final double K = 1.5;

  static Object make(Class<?> fixture, double arg) {
    try {
      return L.get(fixture).getConstructor(double.class).newInstance(arg);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static Object call(String name, Object... args) {
    for (java.lang.reflect.Method m : T.getMethods()) {
      if (m.getName().equals(name)) {
        try {
          return m.invoke(null, args);
        } catch (InvocationTargetException e) {
          if (e.getCause() instanceof RuntimeException) throw (RuntimeException) e.getCause();
          throw new AssertionError(e.getCause());
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    throw new AssertionError("no method " + name);
  }

  static double w(Object cell) {
    try {
      return L.get(Cell.class).getField("w").getDouble(cell);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static void setW(Object cell, double w) {
    try {
      L.get(Cell.class).getField("w").setDouble(cell, w);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  // viaFixed(x) = k x sin x + x (k passive, in the receiver)
  static double[] fixedPrimal(double[] v) {
    return new double[] {(double) call("viaFixed", make(Fixed.class, K), v[0])};
  }

  static double[] fixedTangent(double[] v, double[] dv) {
    return new double[] {(double) call("viaFixed$tangent", make(Fixed.class, K), v[0], dv[0])};
  }

  static double[] fixedAdjoint(double[] v, double[] ybar) {
    double[] grad = new double[1];
    double y = (double) call("viaFixed$adjoint", make(Fixed.class, K), v[0], ybar[0], grad);
    assertEquals(fixedPrimal(v)[0], y, 0, "the adjoint returns the primal value");
    return grad;
  }

  static double[][] fixedAnalytic(double[] v) {
    double x = v[0];
    return new double[][] {{K * (Math.sin(x) + x * Math.cos(x)) + 1}};
  }

  // viaCell(w, x) = w x^2 + w: the inputs are the cell's field w (through its shadow) and x
  static double[] cellPrimal(double[] v) {
    return new double[] {(double) call("viaCell", make(Cell.class, v[0]), v[1])};
  }

  static double[] cellTangent(double[] v, double[] dv) {
    Object c = make(Cell.class, v[0]);
    Object dc = Derivatives.zeroShadow(c);
    setW(dc, dv[0]);
    return new double[] {(double) call("viaCell$tangent", c, dc, v[1], dv[1])};
  }

  static double[] cellAdjoint(double[] v, double[] ybar) {
    Object c = make(Cell.class, v[0]);
    Object cBar = Derivatives.zeroShadow(c);
    double[] grad = new double[1];
    double y = (double) call("viaCell$adjoint", c, cBar, v[1], ybar[0], grad);
    assertEquals(cellPrimal(v)[0], y, 0, "the adjoint returns the primal value");
    return new double[] {w(cBar), grad[0]};
  }

  static double[][] cellAnalytic(double[] v) {
    double w = v[0], x = v[1];
    return new double[][] {{x * x + 1, 2 * w * x}};
  }

  // viaOpen(x) = k x^2 sin x, on a receiver of exactly class Open (dispatched: Open is not final)
  static double[] openPrimal(double[] v) {
    return new double[] {(double) call("viaOpen", make(Open.class, K), v[0])};
  }

  static double[] openTangent(double[] v, double[] dv) {
    return new double[] {(double) call("viaOpen$tangent", make(Open.class, K), v[0], dv[0])};
  }

  static double[] openAdjoint(double[] v, double[] ybar) {
    double[] grad = new double[1];
    double y = (double) call("viaOpen$adjoint", make(Open.class, K), v[0], ybar[0], grad);
    assertEquals(openPrimal(v)[0], y, 0, "the adjoint returns the primal value");
    return grad;
  }

  static double[][] openAnalytic(double[] v) {
    double x = v[0];
    return new double[][] {{K * (2 * x * Math.sin(x) + x * x * Math.cos(x))}};
  }

  static void checkBothModes(String what, double[] x, Function<double[], double[]> primal, DotProductCheck.Tangent tangent,
      DotProductCheck.Adjoint adjoint, Function<double[], double[][]> analytic) {
    double[][] jac = analytic.apply(x);
    for (int k = 0; k < x.length; k++) {
      double[] e = new double[x.length];
      e[k] = 1;
      double[] t = tangent.apply(x.clone(), e);
      FiniteDifferences.Estimate[] fd = FiniteDifferences.directional(primal, x, e);
      for (int i = 0; i < jac.length; i++) {
        assertEquals(jac[i][k], t[i], 1e-13 * Math.max(1, Math.abs(jac[i][k])), what + ": tangent d" + i + "/d" + k + " vs analytic");
        assertEquals(fd[i].value(), t[i], fd[i].tolerance(1e-8), what + ": tangent d" + i + "/d" + k + " vs differences");
      }
    }
    for (int i = 0; i < jac.length; i++) {
      double[] ybar = new double[jac.length];
      ybar[i] = 1;
      double[] g = adjoint.apply(x.clone(), ybar);
      for (int k = 0; k < x.length; k++) {
        double[] e = new double[x.length];
        e[k] = 1;
        FiniteDifferences.Estimate[] fd = FiniteDifferences.directional(primal, x, e);
        assertEquals(jac[i][k], g[k], 1e-13 * Math.max(1, Math.abs(jac[i][k])), what + ": adjoint d" + i + "/d" + k + " vs analytic");
        assertEquals(fd[i].value(), g[k], fd[i].tolerance(1e-8), what + ": adjoint d" + i + "/d" + k + " vs differences");
      }
    }
    DotProductCheck.check(what, x, jac.length, tangent, adjoint, 11, 4);
  }

  @Test
  void defaultMethodsResolveAndGetCompanions() {
    assertTrue(L.result(DefaultCalls.class).diagnostics().isEmpty(), () -> "" + L.result(DefaultCalls.class).diagnostics());
    for (String m : new String[] {"viaFixed", "viaCell", "viaOpen"}) {
      for (String kind : new String[] {"$tangent(", "$adjoint("}) {
        assertTrue(L.result(DefaultCalls.class).generated().stream().anyMatch(g -> g.contains("." + m + kind)), m + kind);
      }
    }
  }

  @Test
  void defaultMethodOfAFinalClassesInterface() {
    checkBothModes("viaFixed", new double[] {0.7}, InterfaceDefaultMethodsTest::fixedPrimal, InterfaceDefaultMethodsTest::fixedTangent,
        InterfaceDefaultMethodsTest::fixedAdjoint, InterfaceDefaultMethodsTest::fixedAnalytic);
  }

  @Test
  void defaultMethodReadingTheShadowedReceiverThroughAGetter() {
    checkBothModes("viaCell", new double[] {1.5, 0.7}, InterfaceDefaultMethodsTest::cellPrimal, InterfaceDefaultMethodsTest::cellTangent,
        InterfaceDefaultMethodsTest::cellAdjoint, InterfaceDefaultMethodsTest::cellAnalytic);
  }

  @Test
  void defaultMethodOfANonFinalClassDispatches() {
    checkBothModes("viaOpen", new double[] {0.7}, InterfaceDefaultMethodsTest::openPrimal, InterfaceDefaultMethodsTest::openTangent,
        InterfaceDefaultMethodsTest::openAdjoint, InterfaceDefaultMethodsTest::openAnalytic);
  }

  /** A subclass overriding the default method gets its own companions or is named, never the default's derivative. */
  @Test
  void anOverrideOfTheDefaultMethodIsNamed() {
    Object o = make(Overriding.class, K);
    RuntimeException t = assertThrows(IllegalStateException.class, () -> call("viaOpen$tangent", o, 0.7, 1.0));
    assertTrue(t.getMessage().contains("Overriding"), t::getMessage);
    RuntimeException a = assertThrows(IllegalStateException.class, () -> call("viaOpen$adjoint", o, 0.7, 1.0, new double[1]));
    assertTrue(a.getMessage().contains("Overriding"), a::getMessage);
  }
}
