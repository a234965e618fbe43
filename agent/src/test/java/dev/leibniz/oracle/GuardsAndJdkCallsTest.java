package dev.leibniz.oracle;

import static dev.leibniz.oracle.ArraysAndCallsTest.callOn;
import static dev.leibniz.oracle.ArraysAndCallsTest.d;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.leibniz.oracle.fixtures.BugDiscardedCallResult;
import dev.leibniz.oracle.fixtures.BugPureJdkCall;
import dev.leibniz.oracle.fixtures.Guards;
import dev.leibniz.testing.Transformed;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/** Argument checks, assertions, exceptions and calls into the JDK inside differentiable code. */
class GuardsAndJdkCallsTest {
  static final Class<?> G = Transformed.of(Guards.class).type;

  @Test
  void exceptionWithConcatenatedMessagePropagatesFromBothModes() {
    ScalarFunction f = new ScalarFunction(G, "throwsWithMessage", double.class);
    assertEquals(0.5 / Math.sqrt(2), f.gradient(2)[0], 1e-15);
    assertEquals(0.5 / Math.sqrt(2), f.tangentGradient(2)[0], 1e-15);
    AssertionError e = assertThrows(AssertionError.class, () -> f.gradient(-1));
    assertEquals(IllegalArgumentException.class, e.getCause().getClass());
    assertEquals("negative: -1.0", e.getCause().getMessage());
    assertThrows(AssertionError.class, () -> f.tangentGradient(-1));
  }

  @Test
  void assertStatementAndArrayLengthCheck() {
    ScalarFunction f = new ScalarFunction(G, "withAssert", double.class);
    assertEquals(2.6, f.gradient(1.3)[0], 1e-15);
    double[] a = {0.5, -2}, ab = new double[2];
    callOn(null, G, "arrayLengthCheck$adjoint", a, ab, 1.0);
    assertArrayEquals(new double[] {-2, 0.5}, ab, 0);
    assertEquals(-2 * 3 + 0.5 * 4, d(callOn(null, G, "arrayLengthCheck$tangent", a, new double[] {3, 4})), 0);
  }

  @Test
  void intMathIsPassive() {
    ScalarFunction f = new ScalarFunction(G, "intMath", double.class, int.class);
    assertEquals(5, f.gradient(1.3, 5)[0], 0);
    assertEquals(3, f.tangentGradient(1.3, -2)[0], 0);
  }

  @Test
  void floatArgumentToADoubleMathFunction() {
    ScalarFunction f = new ScalarFunction(G, "floatMath", float.class);
    float x = 0.75f;
    double exact = Math.cos(x) * x + Math.sin(x);
    assertEquals(exact, f.gradient(x)[0], 1e-6);
    assertEquals(exact, f.tangentGradient(x)[0], 1e-6);
  }

  @Test
  @Disabled("core bug: Double.isNaN(active x) rejected in tangent mode ('writes arrays or fields') and NPE in Emitter.code in adjoint mode")
  void bugPureJdkCallWithPassiveResult() {
    Class<?> c = Transformed.of(BugPureJdkCall.class).type;
    ScalarFunction f = new ScalarFunction(c, "nanGuard", double.class);
    assertEquals(2.6, f.gradient(1.3)[0], 1e-15);
    assertEquals(2.6, f.tangentGradient(1.3)[0], 1e-15);
    assertEquals(0, f.gradient(Double.NaN)[0], 0);
  }

  @Test
  @Disabled("core bug: Objects.requireNonNull(activeArray) with its result discarded is rejected ('result depends on an active value')")
  void bugDiscardedResultOfANullCheck() {
    Class<?> c = Transformed.of(BugDiscardedCallResult.class).type;
    double[] a = {1.5}, ab = new double[1];
    callOn(null, c, "checked$adjoint", a, ab, 1.0);
    assertArrayEquals(new double[] {3}, ab, 0);
    assertEquals(3, d(callOn(null, c, "checked$tangent", a, new double[] {1})), 0);
  }
}
