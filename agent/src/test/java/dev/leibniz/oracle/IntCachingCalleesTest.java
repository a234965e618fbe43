package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.core.Diagnostic;
import dev.leibniz.oracle.fixtures.IntCachingInterpolator;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Field;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A callee returning an int and writing only whole-number fields (an interval cached for the next search, a counter:
 * the Mines Java Toolkit's {@code CubicInterpolator.index(x)}) carries no derivative: both modes keep it as a passive
 * call, run once per companion call (tangent: its result used; adjoint: in the forward sweep only), checked against
 * the analytic derivative, central differences and the dot-product test. A helper that also writes a double field
 * stays refused.
 */
class IntCachingCalleesTest {
  static final Transformed T = Transformed.of(IntCachingInterpolator.class, true);
  static final double[] XS = {0, 1, 2.5, 4}, YS = {1, -0.5, 2, 3}, CS = {0.75, -1.5, 2.25, 0};

  static Object interpolator() {
    try {
      return T.type.getConstructor(double[].class, double[].class, double[].class).newInstance(XS, YS, CS);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static int searches(Object o) {
    try {
      Field f = T.type.getField("searches");
      return f.getInt(o);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** The value at x. */
  static double value(Object o, double x) {
    return value(o, "value", x);
  }

  static double value(Object o, String name, double x) {
    return (double) ArraysAndCallsTest.callOn(o, T.type, name, x);
  }

  /** The tangent along dx, the receiver's shadow zero (its arrays are data here). */
  static double tangent(Object o, double x, double dx) {
    return tangent(o, "value", x, dx);
  }

  static double tangent(Object o, String name, double x, double dx) {
    return (double) ArraysAndCallsTest.callOn(o, T.type, name + "$tangent", Derivatives.zeroShadow(o), x, dx);
  }

  /** The adjoint of x for the seed yb. */
  static double adjoint(Object o, double x, double yb) {
    return adjoint(o, "value", x, yb);
  }

  static double adjoint(Object o, String name, double x, double yb) {
    double[] g = new double[1];
    ArraysAndCallsTest.callOn(o, T.type, name + "$adjoint", Derivatives.zeroShadow(o), x, yb, g);
    return g[0];
  }

  /** d/dx (ys[i] + cs[i] (x - xs[i])^2) on the interval holding x. */
  static double exact(double x) {
    int i = 0;
    while (i < XS.length - 2 && x >= XS[i + 1]) i++;
    return 2 * CS[i] * (x - XS[i]);
  }

  @Test
  void intCachingSearchIsPassiveInBothModes() {
    String why = T.result.diagnostics().stream().filter(d -> d.method().startsWith("value("))
        .map(Diagnostic::message).collect(Collectors.joining("\n"));
    assertTrue(why.isEmpty(), why);
    Object o = interpolator();
    // points in three intervals, visited out of order so that the cached interval is reset and advanced
    for (double x0 : new double[] {3.1, 0.4, 1.7, 2.9, 0.2}) {
      JacobianCheck.check("value at " + x0, new double[] {x0},
          x -> new double[] {value(o, x[0])},
          (x, xd) -> new double[] {tangent(o, x[0], xd[0])},
          (x, yb) -> new double[] {adjoint(o, x[0], yb[0])},
          new double[][] {{exact(x0)}});
    }
  }

  @Test
  void eachCompanionCallSearchesOnce() {
    Object o = interpolator();
    int before = searches(o);
    double dy = tangent(o, 1.7, 1);
    assertEquals(before + 1, searches(o), "the tangent runs the search once");
    assertEquals(exact(1.7), dy, 1e-12);
    before = searches(o);
    double g = adjoint(o, 2.9, 1);
    assertEquals(before + 1, searches(o), "the adjoint runs the search once (its reverse sweep does not run it again)");
    assertEquals(exact(2.9), g, 1e-12);
  }

  /** An overridable helper writing the cache through index(x): a pair tangent, a guarded split adjoint, each run once. */
  @Test
  void overridableHelperThatCachesIsRunOnce() {
    String why = T.result.diagnostics().stream().filter(d -> d.method().startsWith("through("))
        .map(Diagnostic::message).collect(Collectors.joining("\n"));
    assertTrue(why.isEmpty(), why);
    Object o = interpolator();
    for (double x0 : new double[] {3.1, 0.4, 1.7}) {
      JacobianCheck.check("through at " + x0, new double[] {x0},
          x -> new double[] {value(o, "through", x[0])},
          (x, xd) -> new double[] {tangent(o, "through", x[0], xd[0])},
          (x, yb) -> new double[] {adjoint(o, "through", x[0], yb[0])},
          new double[][] {{exact(x0)}});
    }
    int before = searches(o);
    assertEquals(exact(1.7), tangent(o, "through", 1.7, 1), 1e-12);
    assertEquals(before + 1, searches(o), "the tangent runs the helper once");
    assertEquals(exact(2.9), adjoint(o, "through", 2.9, 1), 1e-12);
    assertEquals(before + 2, searches(o), "the adjoint runs the helper once");
  }

  @Test
  void aSearchThatAlsoWritesADoubleFieldIsRefused() {
    String why = T.result.diagnostics().stream().filter(d -> d.method().startsWith("valueNoting("))
        .map(Diagnostic::message).collect(Collectors.joining("\n"));
    assertTrue(why.contains("int IntCachingInterpolator.indexNoting(double)") && why.contains("writes fields"), why);
  }
}
