package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.objects.fixtures.queries.Point;
import dev.leibniz.objects.fixtures.queries.QueryOps;
import dev.leibniz.objects.fixtures.queries.ReadOnlyPoint;
import dev.leibniz.oracle.JacobianCheck;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;

/**
 * {@code equals} on an object with a shadow declared as an interface that does not declare it (issue 10, Ardor3D's
 * {@code axis.equals(Vector3.ZERO)} on a {@code ReadOnlyVector3}; javac names {@code Object.equals}): the call is named
 * on the interface ({@code ReceiverClasses}), whose implicit member ({@code ClassLibrary}) is dispatched as a getter is
 * ({@code CalleeOracle.objectQuery}) to {@link Point#equals}, differentiated for it; its {@code boolean} carries nothing,
 * and the static constant it is given is no object with derivatives. Both modes against Hipparchus {@code
 * DerivativeStructure}, central differences and the dot-product test, away from the origin; at the origin the special
 * case's derivative is 0 in both modes; another implementation is named at run time.
 */
class InterfaceEqualsTest {
  static final Transformed T = Transformed.of(QueryOps.class);

  static Method named(String name, int arity) {
    for (Method m : T.type.getDeclaredMethods()) {
      if (m.getName().equals(name) && m.getParameterCount() == arity) {
        m.setAccessible(true);
        return m;
      }
    }
    throw new AssertionError("no " + name + " among " + java.util.Arrays.toString(T.type.getDeclaredMethods()) + "; diagnostics: "
        + T.result.diagnostics());
  }

  static Object call(Method m, Object... args) {
    try {
      return m.invoke(null, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw new AssertionError(e.getCause());
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  static double tangent(double[] x, double[] v) {
    return (double) call(named("turned$tangent", 4), x[0], v[0], new Point(x[1], x[2]), new Point(v[1], v[2]));
  }

  static double[] gradient(double[] x, double w) {
    Point pBar = new Point(0, 0);
    double[] g = new double[1];
    double value = (double) call(named("turned$adjoint", 5), x[0], new Point(x[1], x[2]), pBar, w, g);
    assertEquals(QueryOps.turned(x[0], new Point(x[1], x[2])), value, 0, "the adjoint returns the primal value");
    return new double[] {g[0], pBar.x, pBar.y};
  }

  /** k r atan2(y, x) by Hipparchus. */
  static double[][] jacobian(double[] x) {
    DSFactory f = new DSFactory(3, 1);
    DerivativeStructure k = f.variable(0, x[0]), px = f.variable(1, x[1]), py = f.variable(2, x[2]);
    DerivativeStructure v = k.multiply(px.multiply(px).add(py.multiply(py)).sqrt()).multiply(DerivativeStructure.atan2(py, px));
    return MadeSubObjectsTest.rows(new DerivativeStructure[] {v}, 3);
  }

  @Test
  void bothModesAgainstHipparchusDifferencesAndTheDotProduct() {
    for (double[] x : new double[][] {{0.7, 1.2, -0.5}, {-1.3, -0.4, 0.9}}) {
      JacobianCheck.check("turned", x,
          v -> new double[] {QueryOps.turned(v[0], new Point(v[1], v[2]))},
          (v, dv) -> new double[] {tangent(v, dv)},
          (v, w) -> gradient(v, w[0]),
          jacobian(x));
    }
  }

  @Test
  void atTheOriginTheSpecialCaseHasDerivativeZeroInBothModes() {
    double[] x = {0.7, 0, 0};
    assertEquals(0.0, tangent(x, new double[] {1, 1, 1}), 0);
    double[] g = gradient(x, 1);
    assertEquals(0.0, g[0] + Math.abs(g[1]) + Math.abs(g[2]), 0);
    assertEquals(0.0, ((Point) Point.ORIGIN).x, 0, "the constant is untouched");
  }

  /** A class whose equals the core has not judged: named at run time, not run with its derivatives guessed. */
  @Test
  void anotherImplementationIsNamedAtRunTime() {
    ReadOnlyPoint other = new ReadOnlyPoint() {
      @Override
      public double getX() {
        return 1;
      }

      @Override
      public double getY() {
        return 2;
      }
    };
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> call(named("turned$tangent", 4), 0.7, 1.0, other, other));
    assertTrue(e.getMessage().contains("InterfaceEqualsTest$"), e.getMessage());
  }

  /**
   * Every marked method has both companions, or a diagnostic that names the one missing (scaled's adjoint: its getter call
   * on {@code p}, which may be {@code store}, written after it); the equals call itself is no reason for either to go.
   */
  @Test
  void noCompanionIsMissingWithoutADiagnostic() {
    for (Method m : QueryOps.class.getDeclaredMethods()) {
      if (!m.isAnnotationPresent(dev.leibniz.Differentiable.class)) continue;
      for (String mode : new String[] {"tangent", "adjoint"}) {
        boolean made = java.util.Arrays.stream(T.type.getDeclaredMethods()).anyMatch(g -> g.getName().equals(m.getName() + "$" + mode));
        java.util.List<dev.leibniz.core.Diagnostic> why = T.result.diagnostics().stream()
            .filter(d -> d.method().startsWith(m.getName() + "(") && mode.equals(d.mode())).toList();
        assertTrue(made || !why.isEmpty(), m.getName() + "$" + mode + " is missing without a diagnostic: " + T.result.diagnostics());
        why.forEach(d -> assertTrue(d.line() > 0 && !d.reason().contains("equals"), "located and not about equals: " + d));
      }
    }
    assertTrue(java.util.Arrays.stream(T.type.getDeclaredMethods()).anyMatch(g -> g.getName().equals("turned$adjoint")));
  }
}
