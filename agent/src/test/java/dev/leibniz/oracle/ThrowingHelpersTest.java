package dev.leibniz.oracle;

import static dev.leibniz.oracle.ArraysAndCallsTest.callOn;
import static dev.leibniz.oracle.ArraysAndCallsTest.d;
import static dev.leibniz.oracle.ArraysAndCallsTest.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.oracle.fixtures.ThrowingHelpers;
import dev.leibniz.oracle.fixtures.lib.Failures;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, point 3: a helper that may {@code throw} does not count as writing fields. An object the helper makes only
 * to throw (its constructor, the calls on it and the writes into it before the throw) and a call whose result is only
 * thrown write nothing a caller can see: the method ends by throwing it (core.analysis.ThrownObjects). Each shape of
 * {@link Failures} was refused in tangent mode ("returns a value and writes fields"); both modes now against Hipparchus'
 * {@code DerivativeStructure}, central differences and the dot-product test, and the helpers still throw at run time.
 */
class ThrowingHelpersTest {
  static final LinkedFixtures FIXTURES = LinkedFixtures.allowingDiagnostics(ThrowingHelpers.class, Failures.class);
  static final Class<?> C = FIXTURES.get(ThrowingHelpers.class);
  static final java.util.List<Diagnostic> DIAGNOSTICS = FIXTURES.result(ThrowingHelpers.class).diagnostics();
  static final DSFactory DS = new DSFactory(2, 1);

  @Test
  void anExceptionOfAClassNotNamedAsOneMadeWhereItIsThrown() {
    check("sqrtOops", (x, y) -> y.multiply(x.multiply(x).add(y).sqrt()));
  }

  @Test
  void aFailHelperGivingTheExceptionDetailsBeforeThrowingIt() {
    check("logFail", (x, y) -> x.multiply(y.log()));
  }

  @Test
  void aFactoryOfTheExceptionItsCallerThrows() {
    check("asinFactory", (x, y) -> x.divide(4).asin().multiply(y.multiply(y)));
  }

  /** A call on an exception that writes another argument, before a conditional throw, counts as that write. */
  @Test
  void aCallOnTheExceptionWritingAnotherArgumentBeforeAConditionalThrow() {
    check("conditionalThrow", (x, y) -> x.multiply(x).multiply(y).add(x.multiply(x).multiply(9)));
  }

  @Test
  void theHelpersStillThrowInBothModes() {
    assertThrowsFrom("Oops", () -> callOn(null, C, "sqrtOops$tangent", 0.5, 1.0, -1.0, 0.0));
    assertThrowsFrom("Failure", () -> callOn(null, C, "logFail$adjoint", 0.5, -1.0, 1.0, new double[2]));
    assertThrowsFrom("Oops", () -> callOn(null, C, "asinFactory$tangent", 8.0, 1.0, 1.0, 0.0));
  }

  interface Exact {
    DerivativeStructure of(DerivativeStructure x, DerivativeStructure y);
  }

  /** Both modes at two points against the exact gradient, differences and the dot product. */
  static void check(String name, Exact exact) {
    assertTrue(DIAGNOSTICS.stream().map(Diagnostic::method).noneMatch(m -> m.startsWith(name + "(")), DIAGNOSTICS::toString);
    for (double[] p : new double[][] {{0.8, 1.3}, {-1.1, 2.2}}) {
      DerivativeStructure f = exact.of(DS.variable(0, p[0]), DS.variable(1, p[1]));
      double[] grad = {f.getPartialDerivative(1, 0), f.getPartialDerivative(0, 1)};
      double[] xb = new double[2];
      double y = d(callOn(null, C, name + "$adjoint", p[0], p[1], 1.0, xb));
      assertEquals(f.getValue(), y, 1e-14 * Math.max(1, Math.abs(y)), name + "$adjoint returns the value");
      JacobianCheck.check(name + java.util.Arrays.toString(p), p.clone(),
          v -> one(d(callOn(null, C, name, v[0], v[1]))),
          (v, vd) -> one(d(callOn(null, C, name + "$tangent", v[0], vd[0], v[1], vd[1]))),
          (v, yb) -> {
            double[] g = new double[2];
            callOn(null, C, name + "$adjoint", v[0], v[1], yb[0], g);
            return g;
          },
          new double[][] {grad});
    }
  }

  private static void assertThrowsFrom(String simpleName, Runnable call) {
    try {
      call.run();
    } catch (AssertionError e) { // callOn's, holding what the companion threw
      Throwable t = e;
      while (t != null && !t.getClass().getSimpleName().equals(simpleName)) t = t.getCause();
      assertTrue(t != null, () -> "expected " + simpleName + ", got " + e);
      return;
    }
    throw new AssertionError("expected " + simpleName + " to be thrown");
  }
}
