package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.oracle.fixtures.inherited.CallsInheritedCheck;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * A marked method calling, unqualified, a static void check it inherits from a superclass ({@code checkTarget(y)}, which
 * throws unless y is +1 or -1), then {@code log(1 + exp(-y p))}. javac names the subclass as the call's owner; the core
 * looked for the check's code in the subclass only, found none, took the call to write fields and refused the method
 * (Hivemall's LogLoss.loss, thirteenth corpus round): the check's code is now read from the superclass that declares
 * it, where it writes nothing (the exception it builds is thrown). Both modes along p against the analytic
 * dL/dp = -y / (1 + exp(y p)) and central finite differences of the primal in p (y stays +1 or -1: the check throws
 * for any other target), and the dot product of the two modes.
 */
class InheritedStaticCheckTest {
  private static final double[][] POINTS = {{0.4, 1.0}, {0.8, -1.0}, {-1.3, 1.0}};

  @Test
  void theInheritedCheckIsKeptAndBothModesAreCorrectAlongP() throws Exception {
    Transformed t = Transformed.of(CallsInheritedCheck.class);
    Object receiver = t.type.getConstructor().newInstance();
    Method primal = t.type.getMethod("loss", double.class, double.class);
    Method tangent = find(t.type, "loss$tangent");
    Method adjoint = find(t.type, "loss$adjoint");
    assertTrue(tangent != null && adjoint != null, "companions generated (they were refused): " + t);
    for (double[] point : POINTS) {
      double p = point[0], y = point[1];
      double exact = -y / (1 + Math.exp(y * p));
      double fd = FiniteDifferences.derivative(q -> invoke(primal, receiver, q, y), p).value();
      assertEquals(exact, fd, 1e-7 * Math.abs(exact), "finite differences");
      double v = 0.6, seed = 3.0;
      double jv = (double) tangent.invoke(receiver, p, v, y, 0.0);
      assertEquals(exact * v, jv, 1e-12 * Math.abs(exact), "tangent");
      double[] xbar = new double[2];
      double value = (double) adjoint.invoke(receiver, p, y, seed, xbar);
      assertEquals(invoke(primal, receiver, p, y), value, 0.0, "the adjoint returns the primal value");
      assertEquals(seed * exact, xbar[0], 1e-12 * Math.abs(exact), "adjoint along p");
      assertEquals(seed * jv, xbar[0] * v, 1e-12 * Math.abs(seed * jv), "dot product <ybar, J v> = <xbar, v>");
    }
  }

  private static Method find(Class<?> type, String name) {
    for (Method m : type.getMethods()) if (m.getName().equals(name)) return m;
    return null;
  }

  private static double invoke(Method m, Object receiver, double p, double y) {
    try {
      return (double) m.invoke(receiver, p, y);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
