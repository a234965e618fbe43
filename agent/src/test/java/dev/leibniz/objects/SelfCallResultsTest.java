package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.objects.fixtures.factories.Accumulator;
import dev.leibniz.objects.fixtures.factories.Accumulators;
import dev.leibniz.oracle.JacobianCheck;
import dev.leibniz.oracle.LinkedFixtures;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * A marked method of a class that is not final returning the result of a method of the class a subclass may override,
 * called on {@code this} with a new object built from active values (Flink's {@code CompensatedSum.add(value, delta)}
 * returning {@code add(new CompensatedSum(value, delta))}; README, "Objects": object results built new). The twin binds
 * the call to this class's code and the wrappers serve receivers of this class only, so the callee, its constructor
 * and the temporary are taken apart. Both modes against the analytic Jacobian, central differences and the dot-product
 * test; a subclass overriding the callee is stopped naming it; the same call on a parameter stays refused.
 */
class SelfCallResultsTest {
  static final LinkedFixtures L = LinkedFixtures.of(Accumulator.class, Accumulator.Doubling.class);
  static final Class<?> A = L.get(Accumulator.class), D = double.class;
  /** The receiver's running sum and correction (passive: the class has no shadows). */
  static final double SUM = 3.25, CORRECTION = 1e-3;

  static Object call(Method m, Object receiver, Object... args) {
    try {
      return m.invoke(receiver, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw new AssertionError(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static Method method(String name, Class<?>... types) {
    try {
      return A.getMethod(name, types);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(name + " not generated: " + L.result(Accumulator.class).diagnostics(), e);
    }
  }

  static Object sum(Class<?> c, double value, double delta) {
    try {
      return c.getConstructor(D, D).newInstance(value, delta);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static double[] parts(Object s) {
    return new double[] {(double) call(method("value"), s), (double) call(method("delta"), s)};
  }

  /** {@code name(x0, x1)} on a receiver of class {@code c}: the result's value and delta, in both modes. */
  static void check(String name, double[] x, double[][] jacobian) {
    Method primal = method(name, D, D), tangent = method(name + "$tangent", D, D, D, D);
    Method adjoint = method(name + "$adjoint", D, D, A, double[].class);
    JacobianCheck.check(name, x, v -> parts(call(primal, sum(A, SUM, CORRECTION), v[0], v[1])),
        (v, dv) -> {
          Object shadow = call(tangent, sum(A, SUM, CORRECTION), v[0], dv[0], v[1], dv[1]);
          assertEquals(A, shadow.getClass(), name + ": the tangent returns the result's shadow");
          return parts(shadow);
        },
        (v, w) -> {
          double[] g = new double[2];
          Object r = call(adjoint, sum(A, SUM, CORRECTION), v[0], v[1], sum(A, w[0], w[1]), g);
          assertEquals(java.util.Arrays.toString(parts(call(primal, sum(A, SUM, CORRECTION), v[0], v[1]))),
              java.util.Arrays.toString(parts(r)), name + ": the adjoint returns the primal result");
          return g;
        },
        jacobian);
  }

  @Test
  void kahansStepThroughTheOverridableAddOnThis() {
    // value = SUM + (v + (CORRECTION + d)), delta = that sum's rounding error: exactly 0 in exact arithmetic
    check("add", new double[] {0.75, 0.003}, new double[][] {{1, 1}, {0, 0}});
    check("add", new double[] {-2.5, 0.01}, new double[][] {{1, 1}, {0, 0}});
  }

  @Test
  void aFinalMethodCallingTheOverridableAddOnThis() {
    double a = 0.7, b = -1.3;
    check("addProduct", new double[] {a, b}, new double[][] {{Math.cos(a) * b + 2 * a * b, Math.sin(a) + a * a}, {0, 0}});
  }

  @Test
  void aSubclassOverridingTheCalleeIsStoppedNamingIt() {
    Object doubling = sum(L.get(Accumulator.Doubling.class), SUM, CORRECTION);
    for (String name : new String[] {"add", "addProduct"}) {
      IllegalStateException t = assertThrows(IllegalStateException.class,
          () -> call(method(name + "$tangent", D, D, D, D), doubling, 0.5, 1.0, 0.1, 0.0));
      assertTrue(t.getMessage().contains("Accumulator$Doubling") && t.getMessage().contains("a method it calls on this"), t.getMessage());
      assertThrows(IllegalStateException.class,
          () -> call(method(name + "$adjoint", D, D, A, double[].class), doubling, 0.5, 0.1, sum(A, 1, 0), new double[2]));
    }
  }

  @Test
  void theSameCallOnAParameterStaysRefusedWithItsLine() {
    Transformed t = Transformed.of(Accumulators.class, true);
    Diagnostic d = t.result.diagnostics().stream().filter(x -> !x.warning() && x.method().startsWith("addTo(")).findFirst().orElse(null);
    assertNotNull(d, "addTo refused: " + t.result.diagnostics());
    assertEquals(14, d.line(), d.message());
    assertTrue(d.message().contains("passed to Accumulator Accumulator.add(Accumulator), which is not inlined: it may be"
        + " overridden"), d.message());
  }
}
