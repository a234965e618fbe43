package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.oracle.fixtures.RecoveringHandlers;
import dev.leibniz.testing.Transformed;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Catches that recover ({@link RecoveringHandlers}): the companions follow the path the method
 * takes, where the try body throws (after taping values, in the adjoint) and where it does not, and
 * agree with the analytic derivative, central differences and each other (dot-product test).
 */
class RecoveringHandlersTest {
  static final Transformed T = Transformed.of(RecoveringHandlers.class);
  /** Points where solve succeeds (x ≥ 0) and where it throws (x &lt; 0). */
  static final double[] POINTS = {0.3, 1.7, -0.8, 2.5, -1.6};

  @Test
  void catchWithAFallbackFormula() {
    scalar("solveOrFallback", x -> x >= 0 ? Math.pow(x, 1.5) * Math.exp(x) : x * x * x * x,
        x -> x >= 0 ? (1.5 * Math.sqrt(x) + Math.pow(x, 1.5)) * Math.exp(x) : 4 * x * x * x);
  }

  @Test
  void twoCopiesOfOneTry() {
    DoubleUnaryOperator f = x -> x >= 0 ? Math.pow(x, 1.5) * Math.exp(x) : x * x * x * x;
    DoubleUnaryOperator d = x -> x >= 0 ? (1.5 * Math.sqrt(x) + Math.pow(x, 1.5)) * Math.exp(x) : 4 * x * x * x;
    scalar("twoCalls", x -> f.applyAsDouble(x) + f.applyAsDouble(x - 1), x -> d.applyAsDouble(x) + d.applyAsDouble(x - 1));
  }

  @Test
  void theTryBodyTapesValuesBeforeTheThrow() {
    DoubleUnaryOperator d = x -> {
      double a = Math.sin(x) * x;
      double u = a - 0.1;
      if (u < 0) return -Math.sin(x) * x + Math.cos(x);
      double ga = Math.sqrt(u) * Math.exp(u) + a * Math.exp(u) * (0.5 / Math.sqrt(u) + Math.sqrt(u));
      return ga * (Math.cos(x) * x + Math.sin(x));
    };
    DoubleUnaryOperator f = x -> {
      double a = Math.sin(x) * x;
      double u = a - 0.1;
      return u < 0 ? Math.cos(x) * x : a * Math.sqrt(u) * Math.exp(u);
    };
    for (double x : new double[] {0.3, -0.2}) { // the throwing path is taken at both
      assertEquals(Math.cos(x) * x, f.applyAsDouble(x), 0);
    }
    scalar("tapedBeforeTheThrow", f, d);
  }

  @Test
  void catchReturningAConstant() {
    scalar("constantWhenRefused", x -> x >= 0 ? Math.log(x + 10) * Math.sqrt(x) * Math.exp(x) : 1,
        x -> x >= 0 ? Math.exp(x) * Math.sqrt(x) / (x + 10) + Math.log(x + 10) * Math.exp(x) * (0.5 / Math.sqrt(x) + Math.sqrt(x)) : 0);
  }

  @Test
  void recoveringCatchWithAPassiveFinally() {
    scalar("withFinally", x -> x >= 0 ? Math.sqrt(x) * Math.exp(x) : x * x * x,
        x -> x >= 0 ? Math.exp(x) * (0.5 / Math.sqrt(x) + Math.sqrt(x)) : 3 * x * x);
  }

  @Test
  void aCatchInsideALoopTakesBothPaths() {
    double[] v = {0.5, -1.25, 2, -0.3, 1.1};
    double[] dv = {1, 0.5, -0.25, 0.75, -1.5};
    double tangent = (double) T.call("sumInALoop$tangent", v.clone(), dv);
    double[] grad = new double[v.length];
    double value = (double) T.call("sumInALoop$adjoint", v.clone(), grad, 1.0);
    double expectedValue = 0;
    double dot = 0;
    for (int i = 0; i < v.length; i++) {
      double x = v[i];
      expectedValue += x >= 0 ? Math.sin(x) * Math.sqrt(x) * Math.exp(x) : x * x * x;
      double g = x >= 0
          ? Math.cos(x) * Math.sqrt(x) * Math.exp(x) + Math.sin(x) * Math.exp(x) * (0.5 / Math.sqrt(x) + Math.sqrt(x))
          : 3 * x * x;
      assertEquals(g, grad[i], 1e-12 * Math.max(1, Math.abs(g)), "gradient " + i);
      dot += grad[i] * dv[i];
    }
    assertEquals(expectedValue, value, 1e-12);
    assertEquals(dot, tangent, 1e-12 * Math.max(1, Math.abs(dot)), "dot product");
    Function<double[], double[]> f = p -> new double[] {(double) T.call("sumInALoop", (Object) p.clone())};
    FiniteDifferences.Estimate fd = FiniteDifferences.directional(f, v, dv)[0];
    assertEquals(fd.value(), tangent, fd.tolerance(1e-7), "tangent vs differences");
  }

  @Test
  void aCalleeThatTapesThenThrowsInALoop() {
    double[] v = {0.5, -1.25, 2, -0.3, 1.1, -2};
    double[] dv = {1, 0.5, -0.25, 0.75, -1.5, 0.3};
    double tangent = (double) T.call("seriesInALoop$tangent", v.clone(), dv);
    double[] grad = new double[v.length];
    double value = (double) T.call("seriesInALoop$adjoint", v.clone(), grad, 1.0);
    double expectedValue = 0;
    double dot = 0;
    for (int i = 0; i < v.length; i++) {
      double x = v[i];
      double series = 0, derivative = 0;
      for (int k = 1; k <= 5; k++) {
        series += Math.sin(k * x) / k;
        derivative += Math.cos(k * x);
      }
      expectedValue += x >= 0 ? series : x * x;
      double g = x >= 0 ? derivative : 2 * x;
      assertEquals(g, grad[i], 1e-12 * Math.max(1, Math.abs(g)), "gradient " + i);
      dot += grad[i] * dv[i];
    }
    assertEquals(expectedValue, value, 1e-12);
    assertEquals(dot, tangent, 1e-12 * Math.max(1, Math.abs(dot)), "dot product");
    Function<double[], double[]> f = p -> new double[] {(double) T.call("seriesInALoop", (Object) p.clone())};
    FiniteDifferences.Estimate fd = FiniteDifferences.directional(f, v, dv)[0];
    assertEquals(fd.value(), tangent, fd.tolerance(1e-7), "tangent vs differences");
  }

  @Test
  void aBreakOutOfOneTryIntoTheNext() {
    for (double[] v : new double[][] {{0.5, -0.7, 1.2, 2.5, 0.3}, {-0.5, 0.2, 3, 1}}) {
      double[] dv = new double[v.length];
      for (int i = 0; i < v.length; i++) dv[i] = 1 - 0.3 * i;
      int n = 0;
      double s = 0;
      while (n < v.length && v[n] <= 2) {
        s += v[n] >= 0 ? Math.sqrt(v[n]) * Math.exp(v[n]) : v[n] * v[n] * v[n];
        n++;
      }
      double u = s - 1;
      double t = u >= 0 ? Math.sqrt(u) * Math.exp(u) : -s;
      double dt = u >= 0 ? Math.exp(u) * (0.5 / Math.sqrt(u) + Math.sqrt(u)) : -1;
      double tangent = (double) T.call("breakIntoNextTry$tangent", v.clone(), dv);
      double[] grad = new double[v.length];
      double value = (double) T.call("breakIntoNextTry$adjoint", v.clone(), grad, 1.0);
      assertEquals(t, value, 1e-12 * Math.max(1, Math.abs(t)));
      double dot = 0;
      for (int i = 0; i < v.length; i++) {
        double x = v[i];
        double g = i >= n ? 0 : dt * (x >= 0 ? Math.exp(x) * (0.5 / Math.sqrt(x) + Math.sqrt(x)) : 3 * x * x);
        assertEquals(g, grad[i], 1e-12 * Math.max(1, Math.abs(g)), "gradient " + i);
        dot += grad[i] * dv[i];
      }
      assertEquals(dot, tangent, 1e-12 * Math.max(1, Math.abs(dot)), "dot product");
      Function<double[], double[]> f = p -> new double[] {(double) T.call("breakIntoNextTry", (Object) p.clone())};
      FiniteDifferences.Estimate fd = FiniteDifferences.directional(f, v, dv)[0];
      assertEquals(fd.value(), tangent, fd.tolerance(1e-7), "tangent vs differences");
    }
  }

  /**
   * A StackOverflowError in the try body may be the companion's own (its frames are larger and it
   * calls companions), where the primal would have completed the body: the companions rethrow it
   * rather than take the catch's path and give the fallback's derivative, whether the catch names
   * the error or Throwable; other exceptions caught as Throwable still recover.
   */
  @Test
  void aStackOverflowIsRethrownNotTakenForTheCatch() {
    for (String name : new String[] {"overflowOrFallback", "throwableOrFallback"}) {
      for (double x : new double[] {0.3, 1.7}) {
        double d = 1.5 * Math.sqrt(x);
        assertEquals(d, (double) T.call(name + "$tangent", x, 1.0), 1e-12, () -> name + " tangent at " + x);
        double[] grad = new double[1];
        assertEquals(x * Math.sqrt(x), (double) T.call(name + "$adjoint", x, 1.0, grad), 1e-12);
        assertEquals(d, grad[0], 1e-12, () -> name + " adjoint at " + x);
        FiniteDifferences.Estimate fd = FiniteDifferences.derivative(p -> (double) T.call(name, p), x);
        assertEquals(fd.value(), d, fd.tolerance(1e-7), () -> name + " vs differences at " + x);
      }
      double x = -0.6;
      assertEquals(x * x, (double) T.call(name, x), 0, "the primal recovers");
      for (Object[] args : new Object[][] {{name + "$tangent", new Object[] {x, 1.0}}, {name + "$adjoint", new Object[] {x, 1.0, new double[1]}}}) {
        AssertionError e = assertThrows(AssertionError.class, () -> T.call((String) args[0], (Object[]) args[1]));
        assertTrue(e.getCause() instanceof StackOverflowError, () -> args[0] + " at " + x + ": " + e.getCause());
      }
    }
    // caught as Throwable, an IllegalArgumentException still takes the catch's path: derivative 2x
    double x = -1.5;
    assertEquals(2 * x, (double) T.call("throwableOrFallback$tangent", x, 1.0), 1e-12);
    double[] grad = new double[1];
    T.call("throwableOrFallback$adjoint", x, 1.0, grad);
    assertEquals(2 * x, grad[0], 1e-12);
  }

  /** A callee in the try body leaves a value in a scratch static that nothing reads after it: still exact. */
  @Test
  void aScratchStaticWrittenInTheTryAndNeverReadAfter() {
    scalar("scratchStaticInTheTry", x -> x >= 0 ? 2 * x * x : x * x * x, x -> x >= 0 ? 4 * x : 3 * x * x);
  }

  private static void scalar(String name, DoubleUnaryOperator value, DoubleUnaryOperator derivative) {
    for (double x : POINTS) {
      double expected = derivative.applyAsDouble(x);
      double tolerance = 1e-12 * Math.max(1, Math.abs(expected));
      double v = value.applyAsDouble(x);
      assertEquals(v, (double) T.call(name, x), 1e-12 * Math.max(1, Math.abs(v)), () -> name + " at " + x);
      double tangent = (double) T.call(name + "$tangent", x, 1.0);
      double[] grad = new double[1];
      double adjointValue = (double) T.call(name + "$adjoint", x, 1.0, grad);
      assertEquals(v, adjointValue, 1e-12 * Math.max(1, Math.abs(v)), () -> name + " adjoint's value at " + x);
      assertEquals(expected, tangent, tolerance, () -> name + " tangent at " + x);
      assertEquals(expected, grad[0], tolerance, () -> name + " adjoint at " + x);
      assertEquals(tangent, grad[0], tolerance, () -> name + " dot product at " + x);
      FiniteDifferences.Estimate fd = FiniteDifferences.derivative(p -> (double) T.call(name, p), x);
      assertEquals(fd.value(), tangent, fd.tolerance(1e-7), () -> name + " tangent vs differences at " + x);
    }
  }
}
