package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.objects.fixtures.numiface.Amount;
import dev.leibniz.objects.fixtures.numiface.DoubleAmount;
import dev.leibniz.objects.fixtures.numiface.None;
import dev.leibniz.objects.fixtures.numiface.Ratios;
import dev.leibniz.oracle.JacobianCheck;
import dev.leibniz.oracle.LinkedFixtures;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;

/**
 * Numbers behind an interface (ta4j's {@code Num}, {@code DoubleNum} and {@code NaN}): a value class nobody annotated
 * whose operations take and return the interface {@code Amount}, cast their argument to their own class and return
 * either a new {@code DoubleAmount} or the constant {@code None.NONE}, an object without fields. The interface carries a
 * shadow slot (core.SlotTypes: the default method {@code isNone()} the class inherits is another class's code, not the
 * class's own), the result's shadow is of the class made at the {@code new}, and the constant is its own shadow
 * (core.analysis.Activity.fieldlessConstant). Both modes against the analytic derivative or Hipparchus'
 * DerivativeStructure, central differences and the dot-product test (JacobianCheck). A fallback held in a static field
 * that is not final, and a helper of a class that only sees the interface, stay refused.
 */
class InterfaceTypedNumbersTest {
  static final LinkedFixtures FIXTURES = LinkedFixtures.allowingDiagnostics(Amount.class, None.class, DoubleAmount.class, Ratios.class);
  static final Class<?> D = FIXTURES.get(DoubleAmount.class), A = FIXTURES.get(Amount.class);

  static Method method(String name, Class<?>... types) {
    try {
      Method m = D.getDeclaredMethod(name, types);
      m.setAccessible(true);
      return m;
    } catch (NoSuchMethodException e) {
      throw new AssertionError(name + " is missing: " + FIXTURES.result(DoubleAmount.class).diagnostics(), e);
    }
  }

  static Object call(Method m, Object receiver, Object... args) {
    return FinalFieldConstructionsTest.call(m, receiver, args);
  }

  /** An amount, or a shadow or seed: a DoubleAmount holding {@code v}. */
  static Object of(double v) {
    return call(method("of", double.class), null, v);
  }

  static double value(Object amount) {
    assertSame(D, amount.getClass(), "a DoubleAmount: " + amount);
    return (double) call(method("value"), amount);
  }

  static Object none() {
    try {
      return FIXTURES.get(None.class).getField("NONE").get(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void theOperationsCarryNoRefusal() {
    assertEquals(java.util.List.of(), FIXTURES.result(DoubleAmount.class).diagnostics().stream()
        .filter(d -> !d.warning() && !d.method().startsWith("rootOrFallback(")).toList());
  }

  /** plus(o) = v + o, times(o) = v o: the receiver and the argument declared Amount both carry derivatives. */
  @Test
  void binaryOperationsThroughTheInterface() {
    for (String op : new String[] {"plus", "times"}) {
      Method primal = method(op, A), tangent = method(op + "$tangent", D, A, A), adjoint = method(op + "$adjoint", D, A, A, A);
      double[] x = {1.3, -0.6};
      double[][] expected = op.equals("plus") ? new double[][] {{1, 1}} : new double[][] {{x[1], x[0]}};
      JacobianCheck.check(op, x,
          v -> new double[] {value(call(primal, of(v[0]), of(v[1])))},
          (v, dv) -> new double[] {value(call(tangent, of(v[0]), of(dv[0]), of(v[1]), of(dv[1])))},
          (v, w) -> {
            Object bar = of(0), oBar = of(0);
            Object r = call(adjoint, of(v[0]), bar, of(v[1]), oBar, of(w[0]));
            assertEquals(value(call(primal, of(v[0]), of(v[1]))), value(r), "the adjoint's primal result");
            return new double[] {value(bar), value(oBar)};
          },
          expected);
    }
  }

  /** scaled(c) = c v^2 + sin v, checked against DerivativeStructure. */
  @Test
  void aScalarParameterBesideTheReceiver() {
    Method primal = method("scaled", double.class), tangent = method("scaled$tangent", D, double.class, double.class),
        adjoint = method("scaled$adjoint", D, double.class, A, double[].class);
    double[] x = {0.9, -1.7};
    DSFactory f = new DSFactory(2, 1);
    DerivativeStructure v = f.variable(0, x[0]), c = f.variable(1, x[1]);
    DerivativeStructure s = c.multiply(v).multiply(v).add(v.sin());
    double[][] expected = {{s.getPartialDerivative(1, 0), s.getPartialDerivative(0, 1)}};
    JacobianCheck.check("scaled", x,
        p -> new double[] {value(call(primal, of(p[0]), p[1]))},
        (p, dp) -> new double[] {value(call(tangent, of(p[0]), of(dp[0]), p[1], dp[1]))},
        (p, w) -> {
          Object bar = of(0);
          double[] cBar = new double[1];
          call(adjoint, of(p[0]), bar, p[1], of(w[0]), cBar);
          return new double[] {value(bar), cBar[0]};
        },
        expected);
  }

  /** root() = sqrt v where v >= 0; NONE (no number, its own shadow) where v < 0. */
  @Test
  void aNewValueOrTheConstantWithoutFields() {
    Method primal = method("root"), tangent = method("root$tangent", D), adjoint = method("root$adjoint", D, A);
    double[] x = {2.3};
    JacobianCheck.check("root", x,
        v -> new double[] {value(call(primal, of(v[0])))},
        (v, dv) -> new double[] {value(call(tangent, of(v[0]), of(dv[0])))},
        (v, w) -> {
          Object bar = of(0);
          call(adjoint, of(v[0]), bar, of(w[0]));
          return new double[] {value(bar)};
        },
        new double[][] {{0.5 / Math.sqrt(x[0])}});
    Object none = none();
    assertSame(none, call(primal, of(-1.0)));
    assertSame(none, call(tangent, of(-1.0), of(1.0)), "the constant is its own shadow");
    Object bar = of(0);
    assertSame(none, call(adjoint, of(-1.0), bar, none), "the adjoint returns the primal result");
    assertEquals(0.0, value(bar));
  }

  /**
   * plus(NONE): the primal gives the constant back; the companions keep {@code other.isNone()} as a call without a
   * derivative judged by the code DoubleAmount runs (Amount's default), so a receiver running other code (None's
   * override) is refused at run time, naming it, never a wrong derivative.
   */
  @Test
  void anotherImplementationGivenAsTheArgumentIsRefusedByName() {
    Object none = none();
    assertSame(none, call(method("plus", A), of(1.5), none));
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> call(method("plus$tangent", D, A, A), of(1.5), of(1.0), none, none));
    assertTrue(e.getMessage().startsWith("leibniz: an instance of " + None.class.getName() + " runs"), e.getMessage());
    e = assertThrows(IllegalStateException.class, () -> call(method("plus$adjoint", D, A, A, A), of(1.5), of(0), none, none, none));
    assertTrue(e.getMessage().startsWith("leibniz: an instance of " + None.class.getName() + " runs"), e.getMessage());
  }

  /** weighted(o) = v o^2: Amount's default squared(), which DoubleAmount inherits, called on the argument. */
  @Test
  void anInheritedDefaultMethodCalledOnTheArgument() {
    Method primal = method("weighted", A), tangent = method("weighted$tangent", D, A, A),
        adjoint = method("weighted$adjoint", D, A, A, double.class);
    double[] x = {1.3, -0.6};
    JacobianCheck.check("weighted", x,
        v -> new double[] {(double) call(primal, of(v[0]), of(v[1]))},
        (v, dv) -> new double[] {(double) call(tangent, of(v[0]), of(dv[0]), of(v[1]), of(dv[1]))},
        (v, w) -> {
          Object bar = of(0), oBar = of(0);
          call(adjoint, of(v[0]), bar, of(v[1]), oBar, w[0]);
          return new double[] {value(bar), value(oBar)};
        },
        new double[][] {{x[1] * x[1], 2 * x[0] * x[1]}});
  }

  /**
   * A fallback read from a static field that is not final may be any amount, numbers included, so it cannot be its own
   * shadow: the tangent is refused at its line (the adjoint, which drops a static object's seed, is generated as before).
   * A helper of a class that only sees the interface has no input with a shadow: refused, the advice naming the interface.
   */
  @Test
  void aMutableFallbackAndAHelperOverTheInterfaceStayRefused() {
    Diagnostic d = refused(DoubleAmount.class, "rootOrFallback", "$tangent");
    assertEquals(69, d.line(), d.message());
    assertTrue(d.message().contains("DoubleAmount.fallback") && d.message().contains("static field"), d.message());
    Diagnostic r = refused(Ratios.class, "ratio", "$");
    assertTrue(r.message().contains("no differentiable input") && r.message().contains("Amount is an interface"), r.message());
  }

  static Diagnostic refused(Class<?> fixture, String method, String companion) {
    Diagnostic d = FIXTURES.result(fixture).diagnostics().stream()
        .filter(x -> !x.warning() && x.method().startsWith(method + "(")).findFirst().orElse(null);
    assertNotNull(d, method + " refused: " + FIXTURES.result(fixture).diagnostics());
    assertTrue(Arrays.stream(FIXTURES.get(fixture).getDeclaredMethods()).noneMatch(m -> m.getName().startsWith(method + companion)),
        "no " + method + companion + "...");
    return d;
  }
}
