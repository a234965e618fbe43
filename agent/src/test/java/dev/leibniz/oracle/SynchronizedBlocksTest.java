package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.oracle.fixtures.SynchronizedBlocks;
import dev.leibniz.testing.Transformed;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * {@code synchronized} blocks ({@link SynchronizedBlocks}): the companions hold the same monitor
 * around the same code (another thread holding it makes them wait; re-entered through a call; released
 * when an exception leaves the block), and their derivatives agree with the analytic formula, central
 * differences and each other (dot-product test).
 */
class SynchronizedBlocksTest {
  static final Transformed T = Transformed.of(SynchronizedBlocks.class);
  static final Object LOCK = lock();
  static final double[] POINTS = {0.3, -1.7, 2.5};

  static double lockedValue(double x) {
    return (Math.sin(x) + Math.exp(x) * x) * x;
  }

  static double lockedDerivative(double x) {
    return (Math.cos(x) + Math.exp(x) * (1 + x)) * x + Math.sin(x) + Math.exp(x) * x;
  }

  @Test
  void aBlockOnAStaticLock() {
    scalar(null, "locked", SynchronizedBlocksTest::lockedValue, SynchronizedBlocksTest::lockedDerivative);
  }

  @Test
  void theMonitorIsReenteredThroughACall() {
    scalar(null, "reentrant", x -> 2 * lockedValue(x), x -> 2 * lockedDerivative(x));
  }

  @Test
  void aBlockOnTheReceiver() throws Exception {
    Object o = T.type.getDeclaredConstructor().newInstance();
    scalar(o, "onThis", x -> x * Math.cos(x), x -> Math.cos(x) - x * Math.sin(x));
    SynchronizedMethodsTest.assertWaitsFor(o, () -> call(o, "onThis$tangent", 2.0, 1.0));
    SynchronizedMethodsTest.assertWaitsFor(o, () -> call(o, "onThis$adjoint", 2.0, 1.0, new double[1]));
  }

  @Test
  void aBlockInALoop() {
    double[] v = {0.5, -1.25, 2};
    double[] dv = {1, 0.5, -0.25};
    double tangent = (double) T.call("lockedInALoop$tangent", v.clone(), dv);
    double[] grad = new double[3];
    double value = (double) T.call("lockedInALoop$adjoint", v.clone(), grad, 1.0);
    double expected = 0;
    double dot = 0;
    for (int i = 0; i < 3; i++) {
      expected += Math.sin(v[i]) * v[i];
      double g = Math.cos(v[i]) * v[i] + Math.sin(v[i]);
      assertEquals(g, grad[i], 1e-12);
      dot += grad[i] * dv[i];
    }
    assertEquals(expected, value, 1e-12);
    assertEquals(dot, tangent, 1e-12, "dot product");
    Function<double[], double[]> f = p -> new double[] {(double) T.call("lockedInALoop", (Object) p.clone())};
    FiniteDifferences.Estimate fd = FiniteDifferences.directional(f, v, dv)[0];
    assertEquals(fd.value(), tangent, fd.tolerance(1e-7), "tangent vs differences");
  }

  @Test
  void companionsWaitForTheLock() throws Exception {
    SynchronizedMethodsTest.assertWaitsFor(LOCK, () -> T.call("locked$tangent", 2.0, 1.0));
    SynchronizedMethodsTest.assertWaitsFor(LOCK, () -> T.call("locked$adjoint", 2.0, 1.0, new double[1]));
    SynchronizedMethodsTest.assertWaitsFor(LOCK, () -> T.call("lockedInALoop$adjoint", new double[] {1, 2}, new double[2], 1.0));
  }

  @Test
  void anExceptionLeavingTheBlockReleasesTheMonitor() throws Exception {
    scalar(null, "throwsInside", x -> Math.sqrt(x) * x, x -> 1.5 * Math.sqrt(x), new double[] {0.3, 2.5});
    AssertionError tangent = assertThrows(AssertionError.class, () -> T.call("throwsInside$tangent", -1.0, 1.0));
    assertTrue(tangent.getCause() instanceof IllegalArgumentException, tangent::toString);
    assertFalse(Thread.holdsLock(LOCK));
    AssertionError adjoint = assertThrows(AssertionError.class, () -> T.call("throwsInside$adjoint", -1.0, 1.0, new double[1]));
    assertTrue(adjoint.getCause() instanceof IllegalArgumentException, adjoint::toString);
    assertFalse(Thread.holdsLock(LOCK));
    // another thread can take the monitor (it would wait forever if a companion had kept it)
    CompletableFuture<Boolean> other = CompletableFuture.supplyAsync(() -> {
      synchronized (LOCK) {
        return true;
      }
    });
    assertTrue(other.get(10, TimeUnit.SECONDS));
  }

  private static void scalar(Object receiver, String name, DoubleUnaryOperator value, DoubleUnaryOperator derivative) {
    scalar(receiver, name, value, derivative, POINTS);
  }

  private static void scalar(Object receiver, String name, DoubleUnaryOperator value, DoubleUnaryOperator derivative, double[] points) {
    for (double x : points) {
      double expected = derivative.applyAsDouble(x);
      double tolerance = 1e-12 * Math.max(1, Math.abs(expected));
      double v = value.applyAsDouble(x);
      assertEquals(v, (double) call(receiver, name, x), 1e-12 * Math.max(1, Math.abs(v)));
      double tangent = (double) call(receiver, name + "$tangent", x, 1.0);
      double[] grad = new double[1];
      double adjointValue = (double) call(receiver, name + "$adjoint", x, 1.0, grad);
      assertEquals(v, adjointValue, 1e-12 * Math.max(1, Math.abs(v)));
      assertEquals(expected, tangent, tolerance, () -> name + " tangent at " + x);
      assertEquals(expected, grad[0], tolerance, () -> name + " adjoint at " + x);
      assertEquals(tangent, grad[0], tolerance, () -> name + " dot product at " + x);
      FiniteDifferences.Estimate fd = FiniteDifferences.derivative(p -> (double) call(receiver, name, p), x);
      assertEquals(fd.value(), tangent, fd.tolerance(1e-7), () -> name + " tangent vs differences at " + x);
    }
  }

  private static Object call(Object receiver, String name, Object... args) {
    if (receiver == null) return T.call(name, args);
    for (java.lang.reflect.Method m : T.type.getDeclaredMethods()) {
      if (m.getName().equals(name) && m.getParameterCount() == args.length) {
        try {
          m.setAccessible(true);
          return m.invoke(receiver, args);
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(name, e.getCause() == null ? e : e.getCause());
        }
      }
    }
    throw new AssertionError("no method " + name);
  }

  private static Object lock() {
    try {
      return T.type.getField("LOCK").get(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
