package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.oracle.fixtures.SynchronizedMethods;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * Companions of {@code synchronized} methods synchronise the same way, on the same monitor (the
 * class for static methods, the receiver for instance methods): a companion called while another
 * thread holds that monitor waits for it. Their derivatives are checked as any other's.
 */
class SynchronizedMethodsTest {
  static final Class<?> C = Transformed.of(SynchronizedMethods.class).type;

  @Test
  void companionsAreSynchronized() {
    for (Method m : C.getDeclaredMethods()) {
      if (m.getName().contains("$tangent") || m.getName().contains("$adjoint")) {
        assertTrue(Modifier.isSynchronized(m.getModifiers()), m::toString);
      }
    }
  }

  @Test
  void derivatives() throws Exception {
    JacobianCheck.checkScalar(new ScalarFunction(C, "onClass", double.class, double.class), 1.5, 0.7);
    Object o = receiver();
    JacobianCheck.checkScalar(new ScalarFunction(C, o, "onReceiver", double.class), -1.25);
  }

  @Test
  void staticCompanionWaitsForTheClassMonitor() throws Exception {
    Method tangent = C.getMethod("onClass$tangent", double.class, double.class, double.class, double.class);
    assertWaitsFor(C, () -> tangent.invoke(null, 2.0, 1.0, 0.5, 0.0));
    Method adjoint = C.getMethod("onClass$adjoint", double.class, double.class, double.class, double[].class);
    assertWaitsFor(C, () -> adjoint.invoke(null, 2.0, 0.5, 1.0, new double[2]));
  }

  @Test
  void instanceCompanionWaitsForTheReceiver() throws Exception {
    Object o = receiver();
    Method tangent = C.getMethod("onReceiver$tangent", double.class, double.class);
    assertWaitsFor(o, () -> tangent.invoke(o, 2.0, 1.0));
    Method adjoint = C.getMethod("onReceiver$adjoint", double.class, double.class, double[].class);
    assertWaitsFor(o, () -> adjoint.invoke(o, 2.0, 1.0, new double[1]));
  }

  interface Call {
    Object run() throws Exception;
  }

  /** While this thread holds {@code monitor}, {@code call} in another thread does not finish; afterwards it does. */
  static void assertWaitsFor(Object monitor, Call call) throws Exception {
    CompletableFuture<Object> done;
    CountDownLatch started = new CountDownLatch(1);
    synchronized (monitor) {
      done = CompletableFuture.supplyAsync(() -> {
        started.countDown();
        try {
          return call.run();
        } catch (Exception e) {
          throw new RuntimeException(e);
        }
      });
      assertTrue(started.await(10, TimeUnit.SECONDS));
      try {
        done.get(300, TimeUnit.MILLISECONDS);
        throw new AssertionError("the companion ran while another thread held its monitor");
      } catch (TimeoutException expected) {
        // waiting for the monitor
      }
    }
    assertEquals(Double.class, done.get(10, TimeUnit.SECONDS).getClass());
  }

  private static Object receiver() throws Exception {
    return C.getDeclaredConstructor().newInstance();
  }
}
