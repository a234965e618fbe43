package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.agent.FirstDispatch;
import dev.leibniz.oracle.fixtures.MergedReceivers;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A receiver merged from objects of two classes before a call ({@link MergedReceivers}): the
 * companion class verifies ({@link Transformed#of} runs ASM's verifier with class loading; the JVM
 * rejected the whole class before, primal included), and both modes agree with central differences,
 * the analytic derivative and each other (for one input, the dot-product test is tangent = adjoint).
 */
class MergedReceiversTest {
  /** The overrides nobody marked get their companions at the first dispatched call, as under premain. */
  @BeforeAll
  static void agent() {
    FirstDispatch.install(false, net.bytebuddy.agent.ByteBuddyAgent.install());
  }

  @AfterAll
  static void noAgent() {
    FirstDispatch.uninstall();
  }

  static final Class<?> T = Transformed.of(MergedReceivers.class).type;
  static final double[] POINTS = {0.7, -1.3, 150, 230.5};

  @Test
  void conditionalReceiver() throws Exception {
    check("pick", x -> x > 100 ? 3 * x * x : x * x * x, x -> x > 100 ? 6 * x : 3 * x * x);
  }

  @Test
  void receiverAssignedInBothArms() throws Exception {
    check("ifElse", x -> x > 100 ? 4 * x : x * x + x, x -> x > 100 ? 4 : 2 * x + 1);
  }

  @Test
  void mergedArgumentOfAHelper() throws Exception {
    check("passed", x -> Math.sin(x) * (x > 100 ? 3 * x : x * x),
        x -> x > 100 ? 3 * (Math.cos(x) * x + Math.sin(x)) : Math.cos(x) * x * x + 2 * x * Math.sin(x));
  }

  @Test
  void receiverMergedAroundALoop() throws Exception {
    int n = 4; // x^2 on the first trip, 3x on the next three
    Method primal = T.getMethod("loop", double.class, int.class);
    Method tangent = T.getMethod("loop$tangent", double.class, double.class, int.class);
    Method adjoint = T.getMethod("loop$adjoint", double.class, int.class, double.class, double[].class);
    for (double x : POINTS) {
      double expected = 2 * x + 9;
      DoubleUnaryOperator f = p -> invoke(primal, p, n);
      assertEquals(x * x + 9 * x, f.applyAsDouble(x), 1e-12 * Math.max(1, x * x));
      agree(x, expected, f, (double) tangent.invoke(null, x, 1.0, n), adjointOf(g -> adjoint.invoke(null, x, n, 1.0, g)));
    }
  }

  private static void check(String name, DoubleUnaryOperator value, DoubleUnaryOperator derivative) throws Exception {
    Method primal = T.getMethod(name, double.class);
    Method tangent = T.getMethod(name + "$tangent", double.class, double.class);
    Method adjoint = T.getMethod(name + "$adjoint", double.class, double.class, double[].class);
    for (double x : POINTS) {
      DoubleUnaryOperator f = p -> invoke(primal, p);
      assertEquals(value.applyAsDouble(x), f.applyAsDouble(x), 1e-12 * Math.max(1, Math.abs(value.applyAsDouble(x))));
      agree(x, derivative.applyAsDouble(x), f, (double) tangent.invoke(null, x, 1.0),
          adjointOf(g -> adjoint.invoke(null, x, 1.0, g)));
    }
  }

  private static void agree(double x, double expected, DoubleUnaryOperator f, double tangent, double adjoint) {
    FiniteDifferences.Estimate fd = FiniteDifferences.derivative(f, x);
    double tolerance = 1e-12 * Math.max(1, Math.abs(expected));
    assertEquals(expected, tangent, tolerance, () -> "tangent at " + x);
    assertEquals(expected, adjoint, tolerance, () -> "adjoint at " + x);
    assertEquals(fd.value(), tangent, fd.tolerance(1e-7), () -> "tangent vs differences at " + x);
    assertEquals(tangent, adjoint, 1e-14 * Math.max(1, Math.abs(tangent)), () -> "dot product at " + x);
  }

  private interface AdjointCall {
    Object call(double[] grad) throws Exception;
  }

  private static double adjointOf(AdjointCall call) throws Exception {
    double[] grad = new double[1];
    call.call(grad);
    return grad[0];
  }

  private static double invoke(Method m, Object... args) {
    try {
      return (double) m.invoke(null, args);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
