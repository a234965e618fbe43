package dev.leibniz.oracle;

import static dev.leibniz.oracle.ArraysAndCallsTest.callOn;
import static dev.leibniz.oracle.ArraysAndCallsTest.d;
import static dev.leibniz.oracle.ArraysAndCallsTest.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.oracle.fixtures.dispatch.Base;
import dev.leibniz.oracle.fixtures.dispatch.Dispatching;
import dev.leibniz.oracle.fixtures.dispatch.HeldLambda;
import dev.leibniz.oracle.fixtures.dispatch.Oscillator;
import dev.leibniz.oracle.fixtures.dispatch.Rhs;
import dev.leibniz.oracle.fixtures.dispatch.Sub;
import dev.leibniz.oracle.fixtures.dispatch.SubAnnotated;
import dev.leibniz.oracle.fixtures.dispatch.SubInheriting;
import dev.leibniz.oracle.fixtures.dispatch.SubRefused;
import java.lang.reflect.Constructor;
import java.util.function.DoubleUnaryOperator;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;

/**
 * Companion calls dispatch like the primal call: overrides of a marked method get their own
 * companions (annotated or not), an override that cannot be differentiated and a receiver whose
 * class got no companions (a lambda) throw a clear error naming it — never the base's derivative.
 */
class DispatchTest {
  static final LinkedFixtures L = LinkedFixtures.allowingDiagnostics(Base.class, Sub.class, SubAnnotated.class,
      SubRefused.class, SubInheriting.class, Rhs.class, Oscillator.class, Dispatching.class, HeldLambda.class,
      dev.leibniz.oracle.fixtures.dispatch.Callbacks.class, dev.leibniz.oracle.fixtures.dispatch.Cube.class,
      sine(), dev.leibniz.oracle.fixtures.dispatch.Unmarked.class,
      dev.leibniz.oracle.fixtures.dispatch.UsesPolynomial.class, dev.leibniz.oracle.fixtures.dispatch.Shifted.class);

  static Class<?> sine() {
    try {
      return Class.forName("dev.leibniz.oracle.fixtures.dispatch.Sine");
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }
  static final Class<?> D = L.get(Dispatching.class);

  static Object instance(Class<?> fixture, Object... args) throws Exception {
    Constructor<?> c = L.get(fixture).getDeclaredConstructors()[0];
    c.setAccessible(true);
    return c.newInstance(args);
  }

  /** viaBase(b, x) = b.f(x) * x for each receiver class: the derivative its own f gives. */
  @Test
  void overridesWithAndWithoutTheAnnotation() throws Exception {
    double x = 0.7;
    check(instance(Base.class), x, 3 * x * x);
    check(instance(SubInheriting.class), x, 3 * x * x);
    check(instance(Sub.class), x, 20 * x);
    check(instance(SubAnnotated.class), x, (Math.cos(x) + 2 * x) * x + Math.sin(x) + x * x);
  }

  @Test
  void baseCompanionCalledOnASubclassInstanceRunsTheOverride() throws Exception {
    Object sub = instance(Sub.class);
    assertEquals(10, d(L.get(Base.class).getMethod("f$tangent", double.class, double.class).invoke(sub, 0.3, 1.0)), 0);
  }

  @Test
  void overrideThatCannotBeDifferentiatedThrowsItsReason() throws Exception {
    Object refused = instance(SubRefused.class);
    AssertionError e = assertThrows(AssertionError.class, () -> callOn(null, D, "viaBase$tangent", refused, 0.5, 1.0));
    String m = e.getCause().getMessage();
    assertTrue(e.getCause() instanceof IllegalStateException && m.contains("double dev.leibniz.oracle.fixtures.dispatch.SubRefused.f(double)")
        && m.contains("writes an active value into field") && m.contains("overrides a @Differentiable method"), m);
    assertThrows(AssertionError.class, () -> callOn(null, D, "viaBase$adjoint", refused, 0.5, 1.0, new double[1]));
    Diagnostic reported = L.result(SubRefused.class).diagnostics().get(0);
    assertTrue(reported.message().contains("SubRefused.f(double)"), reported::message);
  }

  /** One RK4 step over an interface implemented in another class, then the overridden default energy. */
  @Test
  void rungeKuttaStepOverAnInterfaceRightHandSide() throws Exception {
    Object osc = instance(Oscillator.class, 2.0, 0.3);
    double[] x0 = {0.4, 0.1, 1.2, -0.5}; // t, h, y0, y1
    JacobianCheck.check("rk4Energy", x0,
        x -> one(d(callOn(null, D, "rk4Energy", osc, x[0], x[1], new double[] {x[2], x[3]}))),
        (x, xd) -> one(d(callOn(null, D, "rk4Energy$tangent", osc, x[0], xd[0], x[1], xd[1],
            new double[] {x[2], x[3]}, new double[] {xd[2], xd[3]}))),
        (x, yb) -> {
          double[] ybar = new double[2], s = new double[2];
          callOn(null, D, "rk4Energy$adjoint", osc, x[0], x[1], new double[] {x[2], x[3]}, ybar, yb[0], s);
          return new double[] {s[0], s[1], ybar[0], ybar[1]};
        },
        new double[][] {hipparchusGradient(2.0, 0.3, x0)});
  }

  /**
   * The class LambdaMetafactory spins for a lambda cannot be transformed: the interface's
   * companion names it at run time (a lambda body is not differentiated yet).
   */
  @Test
  void lambdaHeldInAFieldIsNamedNotDifferentiatedWrongly() {
    Class<?> held = L.get(HeldLambda.class);
    AssertionError e = assertThrows(AssertionError.class, () -> callOn(null, held, "step$tangent", 0.0, 1.0, 0.1, 0.0,
        new double[] {1, 0}, new double[] {1, 0}));
    String m = e.getCause().getMessage();
    assertTrue(m.contains("no tangent companion of void Rhs.computeDerivatives(double, double[], double[]) for an instance of "
        + "dev.leibniz.oracle.fixtures.dispatch.HeldLambda$$Lambda"), m);
    assertThrows(AssertionError.class, () -> callOn(null, held, "step$adjoint", 0.0, 0.1, new double[] {1, 0}, new double[2], 1.0, new double[2]));
  }

  @Test
  void proxyReceiverIsNamedNotDifferentiatedWrongly() {
    Class<?> rhs = L.get(Rhs.class);
    Object lambda = java.lang.reflect.Proxy.newProxyInstance(rhs.getClassLoader(), new Class<?>[] {rhs}, (p, m, a) -> {
      if (m.isDefault()) return java.lang.reflect.InvocationHandler.invokeDefault(p, m, a);
      ((double[]) a[2])[0] = ((double[]) a[1])[1];
      ((double[]) a[2])[1] = -((double[]) a[1])[0];
      return null;
    });
    AssertionError e = assertThrows(AssertionError.class, () -> callOn(null, D, "rk4Energy$tangent", lambda, 0.0, 1.0, 0.1, 0.0,
        new double[] {1, 0}, new double[] {1, 0}));
    String m = e.getCause().getMessage();
    assertTrue(m.contains("no tangent companion of void Rhs.computeDerivatives(double, double[], double[]) for an instance of "
        + lambda.getClass().getName()), m);
  }

  /** Trapezoid rule over a DoubleUnaryOperator (a JDK interface): each receiver's own companion. */
  @Test
  void jdkInterfaceCallbackDispatchesOnTheReceiver() throws Exception {
    Class<?> cb = L.get(dev.leibniz.oracle.fixtures.dispatch.Callbacks.class);
    Object cube = instance(dev.leibniz.oracle.fixtures.dispatch.Cube.class);
    Object sine = instance(sine());
    double a = 0.3, b = 1.1;
    double exactA = -(a * a * a + b * b * b) / 2 + (b - a) / 2 * 3 * a * a;
    double exactB = (a * a * a + b * b * b) / 2 + (b - a) / 2 * 3 * b * b;
    for (int round = 0; round < 2; round++) { // the second round runs on linked call sites
      for (int n : new int[] {1, 5}) {
        for (Object f : new Object[] {cube, sine}) {
          JacobianCheck.check("trapezoid " + f.getClass().getSimpleName() + " n=" + n, new double[] {a, b},
              x -> one(d(callOn(null, cb, "trapezoid", f, x[0], x[1], n))),
              (x, xd) -> one(d(callOn(null, cb, "trapezoid$tangent", f, x[0], xd[0], x[1], xd[1], n))),
              (x, yb) -> {
                double[] g = new double[2];
                callOn(null, cb, "trapezoid$adjoint", f, x[0], x[1], n, yb[0], g);
                return g;
              },
              n == 1 && f == cube ? new double[][] {{exactA, exactB}} : null);
        }
      }
    }
    Object unmarked = instance(dev.leibniz.oracle.fixtures.dispatch.Unmarked.class);
    AssertionError e = assertThrows(AssertionError.class, () -> callOn(null, cb, "trapezoid$tangent", unmarked, a, 1.0, b, 0.0, 2));
    String m = e.getCause().getMessage();
    assertTrue(m.contains("dev.leibniz.oracle.fixtures.dispatch.Unmarked has no companion applyAsDouble$tangent"), m);
    DoubleUnaryOperator lambda = x -> x * x;
    e = assertThrows(AssertionError.class, () -> callOn(null, cb, "trapezoid$adjoint", lambda, a, b, 2, 1.0, new double[2]));
    assertTrue(e.getCause().getMessage().contains(lambda.getClass().getName() + " has no companion applyAsDouble$adjoint"), e.getCause()::getMessage);
  }

  /**
   * A virtual call of a library method with code (Polynomial.value, private coefficients): a
   * Polynomial runs the library's code, differentiated into the caller; a subclass that overrides
   * it without companions is named, never given Polynomial's derivative.
   */
  @Test
  void libraryMethodWithCodeDispatchesWithItsOwnCodeAsFallback() throws Exception {
    Class<?> u = L.get(dev.leibniz.oracle.fixtures.dispatch.UsesPolynomial.class);
    Object p = new dev.leibniz.oracle.fixtures.lib.Polynomial(0.5, -1, 2);
    for (double x : new double[] {-0.4, 1.3}) {
      double v = 0.5 - x + 2 * x * x, exact = 2 * v * (-1 + 4 * x);
      assertEquals(exact, d(callOn(null, u, "squareOf$tangent", p, x, 1.0)), 1e-13);
      double[] g = new double[1];
      callOn(null, u, "squareOf$adjoint", p, x, 1.0, g);
      assertEquals(exact, g[0], 1e-13);
      FiniteDifferences.Estimate fd = FiniteDifferences.derivative(y -> d(callOn(null, u, "squareOf", p, y)), x);
      assertEquals(fd.value(), exact, fd.tolerance(1e-8));
    }
    Object shifted = instance(dev.leibniz.oracle.fixtures.dispatch.Shifted.class);
    AssertionError e = assertThrows(AssertionError.class, () -> callOn(null, u, "squareOf$tangent", shifted, 0.2, 1.0));
    assertTrue(e.getCause().getMessage().contains("dev.leibniz.oracle.fixtures.dispatch.Shifted has no companion value$tangent"),
        e.getCause()::getMessage);
  }

  private static void check(Object receiver, double x, double exact) {
    String what = receiver.getClass().getSimpleName();
    assertEquals(exact, d(callOn(null, D, "viaBase$tangent", receiver, x, 1.0)), 1e-14, what + " tangent");
    double[] g = new double[1];
    callOn(null, D, "viaBase$adjoint", receiver, x, 1.0, g);
    assertEquals(exact, g[0], 1e-14, what + " adjoint");
    FiniteDifferences.Estimate fd = FiniteDifferences.derivative(v -> d(callOn(null, D, "viaBase", receiver, v)), x);
    assertEquals(fd.value(), exact, fd.tolerance(1e-8), what + " finite differences");
  }

  /** The same step and energy with Hipparchus's forward-mode DerivativeStructure: an independent oracle. */
  private static double[] hipparchusGradient(double k, double c, double[] x) {
    DSFactory f = new DSFactory(4, 1);
    DerivativeStructure t = f.variable(0, x[0]), h = f.variable(1, x[1]);
    DerivativeStructure[] y = {f.variable(2, x[2]), f.variable(3, x[3])};
    DerivativeStructure[] k1 = rhs(k, c, t, y);
    DerivativeStructure[] k2 = rhs(k, c, t.add(h.multiply(0.5)), axpy(y, h.multiply(0.5), k1));
    DerivativeStructure[] k3 = rhs(k, c, t.add(h.multiply(0.5)), axpy(y, h.multiply(0.5), k2));
    DerivativeStructure[] k4 = rhs(k, c, t.add(h), axpy(y, h, k3));
    DerivativeStructure[] next = new DerivativeStructure[2];
    for (int i = 0; i < 2; i++) {
      next[i] = y[i].add(h.divide(6).multiply(k1[i].add(k2[i].multiply(2)).add(k3[i].multiply(2)).add(k4[i])));
    }
    DerivativeStructure e = next[0].multiply(next[0]).multiply(k).add(next[1].multiply(next[1])).multiply(0.5);
    double[] g = new double[4];
    for (int v = 0; v < 4; v++) {
      int[] order = new int[4];
      order[v] = 1;
      g[v] = e.getPartialDerivative(order);
    }
    return g;
  }

  private static DerivativeStructure[] rhs(double k, double c, DerivativeStructure t, DerivativeStructure[] y) {
    return new DerivativeStructure[] {y[1], y[0].multiply(-k).subtract(y[1].multiply(c).multiply(t.sin()))};
  }

  private static DerivativeStructure[] axpy(DerivativeStructure[] y, DerivativeStructure a, DerivativeStructure[] k) {
    return new DerivativeStructure[] {y[0].add(a.multiply(k[0])), y[1].add(a.multiply(k[1]))};
  }
}
