package dev.leibniz.oracle;

import static dev.leibniz.oracle.ArraysAndCallsTest.callOn;
import static dev.leibniz.oracle.ArraysAndCallsTest.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.oracle.fixtures.CtorCaller;
import org.junit.jupiter.api.Test;

/**
 * A hosted library method that throws a package-private exception on bad input (Commons Numbers'
 * {@code LogGamma1p} and {@code GammaException}): its companions, generated into a caller of
 * another package and class loader, make the exception through {@code leibniz$access}
 * ({@code core.Constructors}). Both modes against the analytic derivative and finite differences
 * (tangent = adjoint for one input and one output: the dot product), and the bad input still
 * throws the library's own exception from both companions.
 */
class UnreachableConstructorTest {
  static final Class<?> C = LinkedFixtures.of(CtorCaller.class).get(CtorCaller.class);

  @Test
  void derivativesThroughAMethodThatMayThrowAPackagePrivateException() {
    for (double x : new double[] {0.3, 1.0, 2.7}) {
      double exact = 2 * (Math.log(x) + 1) + 1;
      double tangent = d(callOn(null, C, "twice$tangent", x, 1.0));
      double[] g = new double[1];
      double value = d(callOn(null, C, "twice$adjoint", x, 1.0, g));
      assertEquals(2 * x * Math.log(x) + x, value, 1e-15);
      assertEquals(exact, tangent, 1e-13, "tangent at " + x);
      assertEquals(exact, g[0], 1e-13, "adjoint at " + x);
      FiniteDifferences.Estimate fd = FiniteDifferences.derivative(v -> d(callOn(null, C, "twice", v)), x);
      assertEquals(fd.value(), tangent, fd.tolerance(1e-8), "finite differences at " + x);
    }
  }

  @Test
  void badInputThrowsTheLibrarysExceptionFromBothCompanions() {
    AssertionError t = assertThrows(AssertionError.class, () -> callOn(null, C, "twice$tangent", -1.0, 1.0));
    AssertionError a = assertThrows(AssertionError.class, () -> callOn(null, C, "twice$adjoint", -1.0, 1.0, new double[1]));
    for (AssertionError e : java.util.List.of(t, a)) {
      Throwable cause = e.getCause();
      assertTrue(cause.getClass().getName().equals("dev.leibniz.oracle.fixtures.ctorlib.RangeException")
          && cause.getMessage().contains("Number -1.0 is out of range"), String.valueOf(cause));
    }
  }
}
