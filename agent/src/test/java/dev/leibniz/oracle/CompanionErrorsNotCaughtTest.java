package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.oracle.fixtures.caught.CatchesAll;
import dev.leibniz.oracle.fixtures.caught.Curve;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

/**
 * A companion's own run-time refusal ("leibniz: no companion ... for an instance of a proxy") thrown
 * inside the user's recovering {@code catch (Exception e)}: the primal completes the try body there
 * (the proxy answers), so taking the catch's fallback would give the fallback's derivative (2x) for
 * the body's value (x·f(x)) without a word. The refusal propagates out of the companion instead, in
 * both modes; the primal still recovers from the user's own exceptions (the proxy throwing).
 */
class CompanionErrorsNotCaughtTest {
  static final LinkedFixtures L = LinkedFixtures.of(Curve.class, CatchesAll.class);

  /** A proxy of the transformed Curve answering 3x, or throwing its own exception for x &lt; 0; its companions are the interface's. */
  static Object proxy() {
    Class<?> curve = L.get(Curve.class);
    return Proxy.newProxyInstance(curve.getClassLoader(), new Class<?>[] {curve}, (p, m, a) -> {
      if (m.isDefault()) return java.lang.reflect.InvocationHandler.invokeDefault(p, m, a); // the companions
      double x = (double) a[0];
      if (x < 0) throw new IllegalStateException("the user's own: x = " + x);
      return 3 * x;
    });
  }

  @Test
  void theCompanionsOwnRefusalPropagatesInBothModes() throws ReflectiveOperationException {
    Class<?> c = L.get(CatchesAll.class);
    java.lang.reflect.Field held = c.getDeclaredField("curve");
    held.setAccessible(true);
    held.set(null, proxy());
    for (String m : new String[] {"curveOrSquare", "curveOrSquareRuntime"}) {
      assertEquals(3 * 2.0 * 2.0, (double) ArraysAndCallsTest.callOn(null, c, m, 2.0), 0, "the primal completes the body");
      assertEquals(4.0, (double) ArraysAndCallsTest.callOn(null, c, m, -2.0), 0, "the primal recovers from the user's exception");
      AssertionError t = assertThrows(AssertionError.class, () -> ArraysAndCallsTest.callOn(null, c, m + "$tangent", 2.0, 1.0),
          m + "$tangent took the catch's path for its own refusal");
      assertRefusal(t);
      AssertionError a = assertThrows(AssertionError.class,
          () -> ArraysAndCallsTest.callOn(null, c, m + "$adjoint", 2.0, 1.0, new double[1]),
          m + "$adjoint took the catch's path for its own refusal");
      assertRefusal(a);
      // the user's own exception still takes the catch: d(x^2) = 2x at -2, both modes
      assertEquals(-4.0, (double) ArraysAndCallsTest.callOn(null, c, m + "$tangent", -2.0, 1.0), 0, m + "$tangent");
      double[] g = new double[1];
      ArraysAndCallsTest.callOn(null, c, m + "$adjoint", -2.0, 1.0, g);
      assertEquals(-4.0, g[0], 0, m + "$adjoint");
    }
  }

  private static void assertRefusal(AssertionError e) {
    Throwable cause = e.getCause();
    assertTrue(cause instanceof IllegalStateException && cause.getMessage().startsWith("leibniz: no companion at$"),
        () -> "expected the companion's refusal, got " + cause);
  }
}
