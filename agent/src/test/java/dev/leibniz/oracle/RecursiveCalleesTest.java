package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.oracle.fixtures.RecursiveCallees;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * A method calling itself, and a helper switching on an enum constant read from a static field, used for their values
 * by a marked method (both were refused: "calls ..., which both returns a value and writes fields"). The write
 * summaries are now a least fixed point over recursive calls, and Enum's final readers write nothing
 * ({@code WriteSummaries}). Both modes against the analytic derivative and central differences, and the dot-product
 * test between them.
 */
class RecursiveCalleesTest {
  static final Transformed T = Transformed.of(RecursiveCallees.class, true);
  static final Class<?> D = double.class;

  static Object receiver(double scale) {
    try {
      return T.type.getConstructor(double.class).newInstance(scale);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** Calls {@code m} on {@code receiver} (null: a static method). */
  static Object on(Method m, Object receiver, Object... args) {
    try {
      return m.invoke(receiver, args);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(m.getName(), e);
    }
  }

  static Method method(String name, Class<?>... types) {
    try {
      return T.type.getMethod(name, types);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(name + " missing: " + T.result.diagnostics(), e);
    }
  }

  /** d/dx of the recurrence: 1/x^2 per step below 6, then the series' derivative, all times the scale. */
  static double psiSlope(double scale, double x) {
    double d = 0;
    while (x < 6) {
      d += scale / (x * x);
      x += 1;
    }
    return d + scale * (1 / x + 1 / (2 * x * x) + 1 / (6 * x * x * x));
  }

  @Test
  void aSelfRecursiveMethodIsDifferentiatedInBothModes() {
    assertTrue(T.result.diagnostics().stream().noneMatch(d -> d.toString().contains("value(")), T.result.diagnostics().toString());
    Object r = receiver(1.5);
    for (double x : new double[] {0.7, 2.3, 5.5, 7.25}) {
      double exact = psiSlope(1.5, x);
      double fd = FiniteDifferences.derivative(u -> (double) on(method("value", D), r, u), x).value();
      assertEquals(exact, fd, 1e-7 * Math.max(1, Math.abs(exact)), "differences at " + x);
      double tangent = (double) on(method("value$tangent", D, D), r, x, 1.0);
      assertEquals(exact, tangent, 1e-12 * Math.max(1, Math.abs(exact)), "tangent at " + x);
      double[] bar = new double[1];
      double value = (double) on(method("value$adjoint", D, D, double[].class), r, x, 0.6, bar);
      assertEquals((double) on(method("value", D), r, x), value, 0.0, "the adjoint returns the primal value");
      assertEquals(0.6 * exact, bar[0], 1e-12 * Math.max(1, Math.abs(exact)), "adjoint at " + x);
      assertEquals(0.6 * tangent * 1.0, bar[0] * 1.0, 1e-12 * Math.max(1, Math.abs(bar[0])), "dot product at " + x);
    }
  }

  /** f = 2 sin(xy/2) + sin(x/2) y. */
  static double[] viaEnumGradient(double x, double y) {
    return new double[] {Math.cos(x * y / 2) * y + 0.5 * Math.cos(x / 2) * y, Math.cos(x * y / 2) * x + Math.sin(x / 2)};
  }

  @Test
  void aHelperSwitchingOnAnEnumConstantWritesNothing() {
    assertTrue(T.result.diagnostics().stream().noneMatch(d -> d.toString().contains("viaEnum(")), T.result.diagnostics().toString());
    Method primal = method("viaEnum", D, D);
    Method tangent = method("viaEnum$tangent", D, D, D, D);
    Method adjoint = method("viaEnum$adjoint", D, D, D, double[].class);
    double[] v = {0.8, -1.3};
    double[] exact = viaEnumGradient(v[0], v[1]);
    double seed = 1.7;
    double[] bar = new double[2];
    double value = (double) on(adjoint, null, v[0], v[1], seed, bar);
    assertEquals((double) on(primal, null, v[0], v[1]), value, 0.0, "the adjoint returns the primal value");
    for (int k = 0; k < 2; k++) {
      double[] e = new double[2];
      e[k] = 1;
      double fd = FiniteDifferences.directional(u -> new double[] {(double) on(primal, null, u[0], u[1])}, v, e)[0].value();
      assertEquals(exact[k], fd, 1e-7 * Math.max(1, Math.abs(exact[k])), "differences along input " + k);
      double t = (double) on(tangent, null, v[0], e[0], v[1], e[1]);
      assertEquals(exact[k], t, 1e-12 * Math.max(1, Math.abs(exact[k])), "tangent along input " + k);
      assertEquals(seed * exact[k], bar[k], 1e-12 * Math.max(1, Math.abs(seed * exact[k])), "adjoint of input " + k);
    }
    double[] dir = {0.3, -0.9};
    double jv = (double) on(tangent, null, v[0], dir[0], v[1], dir[1]);
    assertEquals(seed * jv, bar[0] * dir[0] + bar[1] * dir[1], 1e-12, "dot product <ybar, J v> = <xbar, v>");
  }
}
