package dev.leibniz.oracle;

import static dev.leibniz.oracle.ArraysAndCallsTest.callOn;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.oracle.fixtures.EmptyArrayConstants;
import dev.leibniz.oracle.fixtures.EmptyArrayConstantsHolder;
import dev.leibniz.testing.Transformed;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * An array result that may be a {@code static final} array of length 0 (SIS's {@code
 * polynomialRoots} returning {@code ArraysExt.EMPTY_DOUBLE}): the empty array holds nothing, so it
 * is its own tangent and adjoint. Both modes against the exact Jacobian, finite differences and
 * each other (dot-product test) where the result is not empty; where it is, both modes return the
 * very constant and no derivative. Arrays in static fields that could hold values stay refused.
 */
class EmptyArrayConstantsTest {
  private static final Transformed T = Transformed.of(EmptyArrayConstants.class, true);
  private static final Class<?> C = T.type;

  private static double[] call(String name, Object... args) {
    return (double[]) callOn(null, C, name, args);
  }

  @Test
  void rootOfALineOrTheEmptyConstant() {
    double a = 2, b = 3;
    JacobianCheck.check("rootOfLine", new double[] {a, b},
        v -> call("rootOfLine", v[0], v[1]),
        (v, vd) -> call("rootOfLine$tangent", v[0], vd[0], v[1], vd[1]),
        (v, yb) -> {
          double[] g = new double[2];
          call("rootOfLine$adjoint", v[0], v[1], yb.clone(), g);
          return g;
        },
        new double[][] {{b / (a * a), -1 / a}});
    Object none = field(C, "NONE");
    assertSame(none, call("rootOfLine$tangent", 0.0, 1.0, b, 1.0), "the empty constant is its own tangent");
    double[] g = {0, 0};
    assertSame(none, call("rootOfLine$adjoint", 0.0, b, new double[0], g), "the adjoint returns the primal result");
    assertArrayEquals(new double[] {0, 0}, g);
  }

  @Test
  void squaresOrAnotherClassesEmptyConstant() {
    double[] xs = {1.5, -0.5, 2};
    double s = 0.7;
    int n = xs.length;
    double[][] exact = new double[n][n + 1];
    for (int i = 0; i < n; i++) {
      exact[i][i] = 2 * s * xs[i];
      exact[i][n] = xs[i] * xs[i];
    }
    JacobianCheck.check("scaledSquares", concat(xs, s),
        v -> call("scaledSquares", Arrays.copyOf(v, n), v[n]),
        (v, vd) -> call("scaledSquares$tangent", Arrays.copyOf(v, n), Arrays.copyOf(vd, n), v[n], vd[n]),
        (v, yb) -> {
          double[] xbar = new double[n], sbar = new double[1];
          call("scaledSquares$adjoint", Arrays.copyOf(v, n), xbar, v[n], yb.clone(), sbar);
          return concat(xbar, sbar[0]);
        },
        exact);
    double[] empty = new double[0];
    assertSame(EmptyArrayConstantsHolder.EMPTY, call("scaledSquares$tangent", empty, new double[0], s, 1.0));
    double[] sbar = {0};
    assertSame(EmptyArrayConstantsHolder.EMPTY, call("scaledSquares$adjoint", empty, new double[0], s, new double[0], sbar));
    assertEquals(0, sbar[0]);
  }

  @Test
  void arraysInStaticFieldsThatCouldHoldValuesStayRefused() {
    Map<String, String> why = T.result.diagnostics().stream().filter(d -> !d.warning())
        .collect(Collectors.toMap(d -> d.method().substring(0, d.method().indexOf('(')), Diagnostic::message, (x, y) -> x + "\n" + y));
    assertEquals(java.util.Set.of("oneElementConstant", "emptyButNotFinal"), why.keySet(), why.toString());
    assertTrue(why.get("oneElementConstant").contains("EmptyArrayConstants.ONE"), why.get("oneElementConstant"));
    assertTrue(why.get("oneElementConstant").contains("arrays held in fields are passive"), why.get("oneElementConstant"));
    assertTrue(why.get("emptyButNotFinal").contains("EmptyArrayConstants.none"), why.get("emptyButNotFinal"));
  }

  private static Object field(Class<?> c, String name) {
    try {
      return c.getField(name).get(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static double[] concat(double[] a, double s) {
    double[] r = Arrays.copyOf(a, a.length + 1);
    r[a.length] = s;
    return r;
  }
}
