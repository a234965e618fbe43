package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.oracle.fixtures.ThrowingHandlers;
import dev.leibniz.testing.Transformed;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Methods whose exception handlers end by throwing ({@link ThrowingHandlers}: finally,
 * try-with-resources, catch and rethrow, a finally in a loop) get companions, which agree with the
 * analytic derivative, central differences and each other (dot-product test) in both modes. A
 * companion does not run the handlers: where the method fails, it fails with the exception thrown
 * inside (README, "Limits").
 */
class ThrowingHandlersTest {
  static final Transformed T = Transformed.of(ThrowingHandlers.class);
  static final double[] POINTS = {0.3, -1.7, 2.5};

  @Test
  void finallyOnTheNormalPathIsDifferentiated() {
    scalar("finallyActive", x -> Math.exp(x) * x, x -> Math.exp(x) * (1 + x));
  }

  @Test
  void aCatchThatRethrowsIsLeftOut() {
    scalar("wrapped", x -> Math.sin(x) * x, x -> Math.cos(x) * x + Math.sin(x));
  }

  @Test
  void tryWithResources() {
    scalar("withResource", x -> 97 * x * x, x -> 194 * x);
  }

  @Test
  void twoInputsAgreeBetweenModes() {
    for (double x : POINTS) {
      double y = 0.8 - x;
      double h = Math.hypot(x, y);
      double[] analytic = {x * x / h + h, x * y / h + 1};
      double[] v = {0.6, -1.1};
      double tangent = (double) T.call("pair$tangent", x, v[0], y, v[1]);
      double[] grad = new double[2];
      double value = (double) T.call("pair$adjoint", x, y, 1.0, grad);
      assertEquals(h * x + y, value, 1e-12);
      for (int k = 0; k < 2; k++) assertEquals(analytic[k], grad[k], 1e-12 * Math.max(1, Math.abs(analytic[k])));
      assertEquals(grad[0] * v[0] + grad[1] * v[1], tangent, 1e-12 * Math.max(1, Math.abs(tangent)), "dot product");
      double[] at = {x, y};
      FiniteDifferences.Estimate fd = FiniteDifferences.directional(
          p -> new double[] {(double) T.call("pair", p[0], p[1])}, at, v)[0];
      assertEquals(fd.value(), tangent, fd.tolerance(1e-7), "tangent vs differences");
    }
  }

  @Test
  void aFinallyInsideALoop() {
    double[] v = {0.5, -1.25, 2};
    double[] dv = {1, 0.5, -0.25};
    double tangent = (double) T.call("squares$tangent", v.clone(), dv);
    double[] grad = new double[3];
    double value = (double) T.call("squares$adjoint", v.clone(), grad, 1.0);
    assertEquals(0.25 + 1.5625 + 4, value, 1e-12);
    double dot = 0;
    for (int i = 0; i < 3; i++) {
      assertEquals(2 * v[i], grad[i], 1e-12);
      dot += grad[i] * dv[i];
    }
    assertEquals(dot, tangent, 1e-12, "dot product");
    Function<double[], double[]> f = p -> new double[] {(double) T.call("squares", (Object) p.clone())};
    FiniteDifferences.Estimate fd = FiniteDifferences.directional(f, v, dv)[0];
    assertEquals(fd.value(), tangent, fd.tolerance(1e-7), "tangent vs differences");
  }

  @Test
  void whereTheMethodFailsTheCompanionFailsWithTheExceptionThrownInside() {
    AssertionError primal = assertThrows(AssertionError.class, () -> T.call("wrapped", -20.0));
    assertTrue(primal.getCause() instanceof IllegalStateException, primal.toString());
    AssertionError companion = assertThrows(AssertionError.class, () -> T.call("wrapped$tangent", -20.0, 1.0));
    assertTrue(companion.getCause() instanceof IllegalArgumentException, companion.toString());
  }

  private static void scalar(String name, DoubleUnaryOperator value, DoubleUnaryOperator derivative) {
    for (double x : POINTS) {
      double expected = derivative.applyAsDouble(x);
      double tolerance = 1e-12 * Math.max(1, Math.abs(expected));
      assertEquals(value.applyAsDouble(x), (double) T.call(name, x), 1e-12 * Math.max(1, Math.abs(value.applyAsDouble(x))));
      double tangent = (double) T.call(name + "$tangent", x, 1.0);
      double[] grad = new double[1];
      T.call(name + "$adjoint", x, 1.0, grad);
      assertEquals(expected, tangent, tolerance, () -> name + " tangent at " + x);
      assertEquals(expected, grad[0], tolerance, () -> name + " adjoint at " + x);
      FiniteDifferences.Estimate fd = FiniteDifferences.derivative(p -> (double) T.call(name, p), x);
      assertEquals(fd.value(), tangent, fd.tolerance(1e-7), () -> name + " tangent vs differences at " + x);
    }
  }
}
