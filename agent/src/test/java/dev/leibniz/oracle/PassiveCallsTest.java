package dev.leibniz.oracle;

import static dev.leibniz.oracle.ArraysAndCallsTest.callOn;
import static dev.leibniz.oracle.ArraysAndCallsTest.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.oracle.fixtures.NotPassiveCalls;
import dev.leibniz.oracle.fixtures.PassiveCalls;
import dev.leibniz.oracle.fixtures.PassiveHelpers;
import dev.leibniz.testing.Transformed;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Calls with active arguments whose result cannot carry a derivative and that write no memory a
 * derivative could live in keep their primal call, with no diagnostic: argument checks, tests,
 * searches, counters, messages built from boxed values, Kotlin's null checks, helpers that may
 * throw. Both modes against the exact gradient, finite differences and each other (dot-product
 * test). Calls that could lose a derivative are still refused, each with its reason.
 */
class PassiveCallsTest {
  static final Class<?> P = Transformed.of(PassiveCalls.class).type;
  static final Class<?> D = double.class;

  /** Both modes of scalar fixture {@code name} against {@code exact} and finite differences. */
  static void checkScalar(String name, Class<?>[] params, double[] exact, double... x) {
    ScalarFunction f = new ScalarFunction(P, name, params);
    JacobianCheck.checkScalar(f, x);
    double[] g = f.gradient(x), tg = f.tangentGradient(x);
    for (int i = 0; i < exact.length; i++) {
      assertEquals(exact[i], g[i], 1e-14 * Math.max(1, Math.abs(exact[i])), name + " adjoint partial " + i);
      assertEquals(exact[i], tg[i], 1e-14 * Math.max(1, Math.abs(exact[i])), name + " tangent partial " + i);
    }
  }

  /** Both modes of {@code name(double[] a, double s)} (the gradient over a, then s). */
  static void checkArrayAndScalar(String name, double[] a, double s, double[] exact) {
    int n = a.length;
    Function<double[], double[]> primal = v -> new double[] {d(callOn(null, P, name, Arrays.copyOf(v, n), v[n]))};
    DotProductCheck.Tangent tangent = (v, vd) -> new double[] {
        d(callOn(null, P, name + "$tangent", Arrays.copyOf(v, n), Arrays.copyOf(vd, n), v[n], vd[n]))};
    DotProductCheck.Adjoint adjoint = (v, yb) -> {
      double[] abar = new double[n], sbar = new double[1];
      callOn(null, P, name + "$adjoint", Arrays.copyOf(v, n), abar, v[n], yb[0], sbar);
      double[] g = Arrays.copyOf(abar, n + 1);
      g[n] = sbar[0];
      return g;
    };
    double[] x = Arrays.copyOf(a, n + 1);
    x[n] = s;
    JacobianCheck.check(name, x, primal, tangent, adjoint, new double[][] {exact});
  }

  /** Both modes of {@code name(double[] a)}. */
  static void checkArray(String name, double[] a, double[] exact) {
    int n = a.length;
    JacobianCheck.check(name, a,
        v -> new double[] {d(callOn(null, P, name, v.clone()))},
        (v, vd) -> new double[] {d(callOn(null, P, name + "$tangent", v.clone(), vd.clone()))},
        (v, yb) -> {
          double[] abar = new double[n];
          callOn(null, P, name + "$adjoint", v.clone(), abar, yb[0]);
          return abar;
        },
        new double[][] {exact});
  }

  @Test
  void argumentChecksThatReturnVoidAndMayThrow() {
    checkScalar("checkedLog", new Class<?>[] {D}, new double[] {Math.log(2.5) + 1}, 2.5);
    checkScalar("checkedAsin", new Class<?>[] {D}, new double[] {1 / Math.sqrt(1 - 0.09)}, 0.3);
    ScalarFunction f = new ScalarFunction(P, "checkedLog", D);
    AssertionError e = assertThrows(AssertionError.class, () -> f.gradient(-1));
    assertEquals("x must be positive, was -1.0", e.getCause().getMessage());
    e = assertThrows(AssertionError.class, () -> f.tangentGradient(-1));
    assertEquals("x must be positive, was -1.0", e.getCause().getMessage());
    checkScalar("checkedSqrt", new Class<?>[] {D}, new double[] {0.5 / Math.sqrt(2.25)}, 2.25);
    ScalarFunction s = new ScalarFunction(P, "checkedSqrt", D);
    e = assertThrows(AssertionError.class, () -> s.tangentGradient(-4));
    assertEquals(-4, ((PassiveHelpers.DomainError) e.getCause()).value, 0);
    ScalarFunction g = new ScalarFunction(P, "checkedAsin", D);
    e = assertThrows(AssertionError.class, () -> g.gradient(2));
    assertEquals(PassiveHelpers.DomainError.class, e.getCause().getClass());
  }

  @Test
  void booleanTestOfActiveValues() {
    Class<?>[] ddd = {D, D, D};
    checkScalar("clipped", ddd, new double[] {1.0, 0, 0}, 0.5, -1, 2);
    checkScalar("clipped", ddd, new double[] {0, 2, -1}, 3, -1, 2);
  }

  @Test
  void yesOrNoAnswerComputedFromBits() {
    // Precision.equals-style: the bits decide a branch and nothing numeric leaves the helper
    checkScalar("unlessNearlyOne", new Class<?>[] {D}, new double[] {Math.sin(0.7) + 0.7 * Math.cos(0.7)}, 0.7);
  }

  @Test
  void binarySearchInAnActiveTable() {
    double[] table = {0, 1, 2.5, 4, /* values */ 3, -1, 2, 0.5};
    double x = 1.75;
    double x0 = 1, x1 = 2.5, y0 = -1, y1 = 2, h = x1 - x0, t = (x - x0) / h;
    double[] exact = new double[9];
    exact[1] = (y1 - y0) * (x - x1) / (h * h);
    exact[2] = -(y1 - y0) * (x - x0) / (h * h);
    exact[5] = 1 - t;
    exact[6] = t;
    exact[8] = (y1 - y0) / h;
    checkArrayAndScalar("interpolate", table, x, exact);
  }

  @Test
  void intResultOfAHelperWithALoop() {
    double[] edges = {-1, 0, 1, 2};
    double x = 0.5; // bucket 2
    checkArrayAndScalar("bucketWeighted", edges, x, new double[] {0, 0, 0, 0, 2 + Math.cos(x)});
  }

  @Test
  void voidCheckOfAnActiveArrayAndACounterArray() {
    double[] xs = {1.5, -2, 0.25};
    checkArray("sumOfSquaresChecked", xs, new double[] {3, -4, 0.5});
    checkArray("cubesPlusNegativeCount", xs, new double[] {3 * 2.25, 3 * 4, 3 * 0.0625});
    assertEquals(1 + 3.375 - 8 + 0.015625, d(callOn(null, P, "cubesPlusNegativeCount", (Object) xs.clone())), 1e-15);
  }

  @Test
  void boxingOnlyForMessagesAndStringResults() {
    checkScalar("boxedForMessages", new Class<?>[] {D}, new double[] {-3}, -1.5);
    checkScalar("describedSquare", new Class<?>[] {D}, new double[] {5}, 2.5);
    ScalarFunction f = new ScalarFunction(P, "describedSquare", D);
    AssertionError e = assertThrows(AssertionError.class, () -> f.tangentGradient(1e300));
    assertEquals("too large: x = 1.0E300", e.getCause().getMessage());
  }

  @Test
  void boxedValuesOnlyFormattedByAVarargsHelperArePassive() {
    double x = 2, y = 0.5;
    checkScalar("validatedRatio", new Class<?>[] {D, D}, new double[] {1 / y, -x / (y * y)}, x, y);
    ScalarFunction f = new ScalarFunction(P, "validatedRatio", D, D);
    AssertionError e = assertThrows(AssertionError.class, () -> f.tangentGradient(2, -1));
    assertEquals("y must be > 0 (given -1.0, x = 2.0)", e.getCause().getMessage());
  }

  @Test
  void boxedValuesListedByArraysToStringInAMessageArePassive() {
    double x = 2, y = 0.5;
    checkScalar("listedRatio", new Class<?>[] {D, D}, new double[] {1 / y, -x / (y * y)}, x, y);
    ScalarFunction f = new ScalarFunction(P, "listedRatio", D, D);
    AssertionError e = assertThrows(AssertionError.class, () -> f.tangentGradient(2, -1));
    assertEquals("y must be > 0; have [-1.0, 2.0]", e.getCause().getMessage());
  }

  @Test
  void kotlinNullChecksArePassive() {
    double[] xs = {1, 2, -0.5};
    checkArrayAndScalar("kotlinNullChecks", xs, 3, new double[] {3, 3, 3, 2.5});
  }

  @Test
  void helperThatMayThrowHasATangent() {
    // 2 (x + x^2 + x^3)' = 2 (1 + 2x + 3x^2)
    checkScalar("powerSum", new Class<?>[] {D, int.class}, new double[] {2 * (1 + 2 * 1.5 + 3 * 2.25)}, 1.5, 3);
  }

  @Test
  void callsThatCouldLoseADerivativeAreStillRefused() {
    Transformed t = Transformed.of(NotPassiveCalls.class, true);
    Map<String, String> why = t.result.diagnostics().stream()
        .collect(Collectors.toMap(Diagnostic::method, Diagnostic::message, (a, b) -> a + "\n" + b));
    List<String> methods = Arrays.stream(NotPassiveCalls.class.getDeclaredMethods())
        .filter(m -> m.isAnnotationPresent(dev.leibniz.Differentiable.class)).map(m -> m.getName())
        .filter(m -> !m.equals("writesActiveArray") && !m.equals("sinCos") && !m.equals("overridable") && !m.equals("unboxed"))
        .sorted().toList();
    assertEquals(8, methods.size());
    for (String m : methods) {
      if (m.equals("writesActiveArray")) continue; // differentiated from the helper's bytecode: see below
      String d = why.entrySet().stream().filter(e -> e.getKey().startsWith(m + "(")).map(Map.Entry::getValue).findFirst().orElse(null);
      assertTrue(d != null, m + " must be refused; diagnostics: " + why);
    }
    // A box unboxed where it is made carries the number: Double.valueOf(x).doubleValue() is x (BoxedLocalsTest)
    assertTrue(!why.containsKey("unboxed(D)D"), () -> why.get("unboxed(D)D"));
    for (double x0 : new double[] {1.5, -0.4}) {
      JacobianCheck.check("unboxed", new double[] {x0},
          x -> new double[] {(double) t.call("unboxed", x[0])},
          (x, xd) -> new double[] {(double) t.call("unboxed$tangent", x[0], xd[0])},
          (x, yb) -> {
            double[] g = new double[1];
            t.call("unboxed$adjoint", x[0], yb[0], g);
            return g;
          },
          new double[][] {{2 * x0}});
    }
    String fields = "returns no derivative, but it (or a method it calls) may write a field, a static or an array held in one";
    assertReason(why, "fieldWrite(D)D", "boolean PassiveHelpers.remember(double) " + fields);
    assertReason(why, "fieldWriteThroughCallee(D)D", "PassiveHelpers.rememberThroughCallee(double) " + fields);
    assertReason(why, "arrayInField(D)D", "PassiveHelpers.cache(double) " + fields);
    assertReason(why, "bitPattern(D)D", "long PassiveHelpers.bits(double) returns no derivative, but it (or a method it calls) reads the bit pattern");
    // A helper of another class that writes an active array is differentiated from its bytecode.
    assertTrue(!why.containsKey("writesActiveArray([D)D"), () -> why.get("writesActiveArray([D)D"));
    double[] xs = {1.5, 2}, dxs = {1, 0};
    assertEquals(2.0, (double) t.call("writesActiveArray$tangent", xs, dxs), 0);
    // An overridable yes/no test is kept behind a check of the receiver's class (DispatchedPassiveCallsTest).
    assertTrue(!why.containsKey("overridable(Ldev/leibniz/oracle/fixtures/PassiveHelpers$Acceptor;D)D"), why::toString);
    PassiveHelpers.Acceptor acceptor = new PassiveHelpers.Acceptor();
    for (double x0 : new double[] {2.0, -1.0}) {
      JacobianCheck.check("overridable", new double[] {x0},
          x -> new double[] {(double) t.call("overridable", acceptor, x[0])},
          (x, xd) -> new double[] {(double) t.call("overridable$tangent", acceptor, x[0], xd[0])},
          (x, yb) -> {
            double[] g = new double[1];
            t.call("overridable$adjoint", acceptor, x[0], yb[0], g);
            return g;
          },
          new double[][] {{x0 > 0 ? 1 : 0}});
    }
    assertReason(why, "textRoundTrip(D)D", "String PassiveHelpers.text(double) returns text made from an active value that is used other than in a message");
    // the helper reads the boxes back (into its result, or through the array it keeps)
    assertReason(why, "boxedBackIntoArithmetic(D)D", "Double Double.valueOf(double) boxes an active value that is used other than in a message");
    assertReason(why, "boxedAndKept(D)D", "Double Double.valueOf(double) boxes an active value that is used other than in a message");
    assertReason(why, "formatRoundTrip(D)D", "Double Double.valueOf(double) boxes an active value that is used other than in a message");
    // FastMath.sinCos's pair, only read, becomes sin and cos (scalar replacement): differentiated.
    assertTrue(!why.containsKey("sinCos(D)D"), () -> why.get("sinCos(D)D"));
    JacobianCheck.check("sinCos", new double[] {0.7},
        x -> new double[] {(double) t.call("sinCos", x[0])},
        (x, xd) -> new double[] {(double) t.call("sinCos$tangent", x[0], xd[0])},
        (x, yb) -> {
          double[] g = new double[1];
          t.call("sinCos$adjoint", x[0], yb[0], g);
          return g;
        },
        new double[][] {{Math.cos(2 * 0.7)}});
  }

  static void assertReason(Map<String, String> why, String method, String reason) {
    String d = why.get(method);
    assertTrue(d != null && d.contains(reason), method + " should be refused with \"" + reason + "\"; got: " + d);
  }

  /**
   * A void helper of another class that writes an active array is not passive: it is differentiated
   * from its bytecode, so the caller's derivative includes the scaling.
   */
  @Test
  void helperOfAnotherClassThatWritesAnActiveArrayIsDifferentiated() {
    Class<?> n = Transformed.of(NotPassiveCalls.class, true).type;
    JacobianCheck.check("writesActiveArray", new double[] {0.7, -1.3},
        v -> new double[] {d(callOn(null, n, "writesActiveArray", v.clone()))},
        (v, vd) -> new double[] {d(callOn(null, n, "writesActiveArray$tangent", v.clone(), vd.clone()))},
        (v, yb) -> {
          double[] abar = new double[2];
          callOn(null, n, "writesActiveArray$adjoint", v.clone(), abar, yb[0]);
          return abar;
        },
        new double[][] {{2, 0}});
  }
}
