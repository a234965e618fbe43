package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.oracle.fixtures.SideEffects;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Callees with side effects or reading mutable state run once per adjoint call (split reversal:
 * the callee's reverse sweep runs on what its forward sweep recorded, it is not run again), and the
 * derivative is the derivative of what the primal computed. Tangent mode is checked where it
 * supports the callee (a non-void callee that writes a field is reported in tangent mode).
 */
class SideEffectsTest {
  static final Class<?> T = Transformed.of(SideEffects.class, true).type;

  static Object call(String name, Object... args) {
    return ArraysAndCallsTest.callOn(null, T, name, args);
  }

  @Test
  void aCalleeDrawingRandomNumbersDrawsEachOnce() {
    double x = 1.7;
    Random random = new Random(42);
    double[] g = new double[1];
    double y = (double) call("twoNoisyFactors$adjoint", x, random, 1.0, g);
    Random replay = new Random(42);
    double u1 = replay.nextDouble(), u2 = replay.nextDouble();
    assertEquals(x * (1 + 0.1 * u1) * (x * (1 + 0.1 * u2)), y, 1e-15, "primal value of the adjoint");
    assertEquals(2 * y / x, g[0], 1e-13, "adjoint: the derivative for the numbers the primal drew");
    assertEquals(replay.nextDouble(), random.nextDouble(), 0, "the adjoint drew exactly two numbers");
  }

  @Test
  void aFieldChangedAfterTheCallDoesNotChangeTheCallsDerivative() throws Exception {
    Method reset = T.getMethod("resetScale");
    double x = 0.9;
    reset.invoke(null);
    double[] g = new double[1];
    double y = (double) call("fieldChangedAfterTheCall$adjoint", x, 1.0, g);
    assertEquals(3 * 2 * x * x, y, 1e-15);
    assertEquals(3 * 2 * 2 * x, g[0], 1e-13, "adjoint with the field as the call saw it");
    reset.invoke(null);
    double dy = (double) call("fieldChangedAfterTheCall$tangent", x, 1.0);
    assertEquals(3 * 2 * 2 * x, dy, 1e-13, "tangent");
    reset.invoke(null);
  }

  @Test
  void aCountingCalleeCountsOncePerAdjointCall() throws Exception {
    Method calls = T.getMethod("calls");
    int before = (int) calls.invoke(null);
    double x = 0.6;
    double[] g = new double[1];
    call("countedOnce$adjoint", x, 1.0, g);
    assertEquals(before + 1, (int) calls.invoke(null), "calls of the callee during one adjoint call");
    assertEquals(Math.cos(x) * x + Math.sin(x) + 1, g[0], 1e-14);
  }

  /** Tangent mode: a callee with a double result is called once, through its pair tangent (tangent and primal). */
  @Test
  void theTangentDrawsEachNumberOnce() {
    double x = 1.7;
    Random random = new Random(7);
    double dy = (double) call("twoNoisyFactors$tangent", x, 1.0, random);
    Random replay = new Random(7);
    double u1 = replay.nextDouble(), u2 = replay.nextDouble();
    double y = x * (1 + 0.1 * u1) * (x * (1 + 0.1 * u2));
    assertEquals(2 * y / x, dy, 1e-13, "tangent: the derivative for the numbers drawn");
    assertEquals(replay.nextDouble(), random.nextDouble(), 0, "the tangent drew exactly two numbers");
  }

  @Test
  void aCountingCalleeCountsOncePerTangentCall() throws Exception {
    Method calls = T.getMethod("calls");
    int before = (int) calls.invoke(null);
    double x = 0.6;
    double dy = (double) call("countedOnce$tangent", x, 1.0);
    assertEquals(before + 1, (int) calls.invoke(null), "calls of the callee during one tangent call");
    assertEquals(Math.cos(x) * x + Math.sin(x) + 1, dy, 1e-14);
  }

  @Test
  void aDeepRecursionRunsEachLevelOncePerTangentCall() throws Exception {
    Method levels = T.getMethod("levels");
    int depth = 2000;
    double x = 0.7;
    int before = (int) levels.invoke(null);
    double dy = (double) call("deep$tangent", x, 1.0, depth);
    assertEquals(before + depth + 1, (int) levels.invoke(null), "levels run by one tangent call");
    double[] g = new double[1];
    call("deep$adjoint", x, depth, 1.0, g);
    assertEquals(g[0], dy, 1e-12 * Math.max(1, Math.abs(dy)), "tangent = adjoint");
    Method primal = T.getMethod("deep", double.class, int.class);
    FiniteDifferences.Estimate est = FiniteDifferences.directional(v -> {
      try {
        return new double[] {(double) primal.invoke(null, v[0], depth)};
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    }, new double[] {x}, new double[] {1})[0];
    assertEquals(est.value(), dy, est.tolerance(1e-7), "tangent vs finite differences");
  }

  @Test
  void aDeepRecursionRunsEachLevelOncePerAdjointCall() throws Exception {
    Method levels = T.getMethod("levels");
    int depth = 2000;
    double x = 0.7;
    int before = (int) levels.invoke(null);
    double[] g = new double[1];
    double y = (double) call("deep$adjoint", x, depth, 1.0, g);
    assertEquals(before + depth + 1, (int) levels.invoke(null), "levels run by one adjoint call");
    Method primal = T.getMethod("deep", double.class, int.class);
    assertEquals((double) primal.invoke(null, x, depth), y, 0);
    FiniteDifferences.Estimate est = FiniteDifferences.directional(v -> {
      try {
        return new double[] {(double) primal.invoke(null, v[0], depth)};
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    }, new double[] {x}, new double[] {1})[0];
    assertEquals(est.value(), g[0], est.tolerance(1e-7), "adjoint vs finite differences");
  }
}
