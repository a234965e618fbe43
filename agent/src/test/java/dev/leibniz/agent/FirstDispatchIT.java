package dev.leibniz.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.Derivatives;
import dev.leibniz.agent.fixtures.firstdispatch.Caller;
import dev.leibniz.agent.fixtures.firstdispatch.MarkedRhs;
import dev.leibniz.agent.fixtures.firstdispatch.PlainCubic;
import dev.leibniz.agent.fixtures.firstdispatch.Shapes;
import dev.leibniz.oracle.FiniteDifferences;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Through the real agent: callbacks the agent never transformed (an un-annotated implementation,
 * lambdas created in an un-annotated class, two of one shape, one implementing a marked interface)
 * get their companions at their first call; both modes against the exact derivative and finite differences.
 */
class FirstDispatchIT {
  private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

  @Test
  void callbacksNobodyMarked() throws Throwable {
    check(new PlainCubic(2.0), x -> 6.0 * x * x);
    check(Shapes.square(), x -> 2 * x);
    check(Shapes.sine(), Math::cos);
  }

  /** d/db of trapezoid(f, a, b, 3) by both modes, against the exact value and differences. */
  private static void check(DoubleUnaryOperator f, DoubleUnaryOperator df) throws Throwable {
    MethodHandle t = Derivatives.tangent(LOOKUP, Caller.class, "trapezoid", DoubleUnaryOperator.class, double.class, double.class, int.class);
    MethodHandle a = Derivatives.adjoint(LOOKUP, Caller.class, "trapezoid", DoubleUnaryOperator.class, double.class, double.class, int.class);
    double lo = 0.3, hi = 1.2, h = (hi - lo) / 3, s = 0, ds = 0;
    for (int i = 0; i <= 3; i++) {
      double w = i == 0 || i == 3 ? 0.5 : 1, x = lo + i * h;
      s += w * f.applyAsDouble(x);
      ds += w * df.applyAsDouble(x) * i / 3.0;
    }
    double exact = s / 3 + h * ds;
    double tangent = (double) t.invokeExact(f, lo, 0.0, hi, 1.0, 3);
    double[] g = new double[2];
    double value = (double) a.invokeExact(f, lo, hi, 3, 1.0, g);
    String what = f.getClass().getName();
    assertEquals(exact, tangent, 1e-12, what);
    assertEquals(exact, g[1], 1e-12, what);
    assertEquals(Caller.trapezoid(f, lo, hi, 3), value, 1e-15, what);
    FiniteDifferences.Estimate fd = FiniteDifferences.derivative(v -> Caller.trapezoid(f, lo, v, 3), hi);
    assertEquals(fd.value(), tangent, fd.tolerance(1e-8), what);
  }

  /** A lambda implementing a marked interface's method: the interface's companion finds the lambda's. */
  @Test
  void lambdaOfAMarkedInterface() throws Throwable {
    MarkedRhs f = Shapes.oscillator();
    MethodHandle t = Derivatives.tangent(LOOKUP, Caller.class, "eulerEnergy", MarkedRhs.class, double.class, double.class, double[].class);
    double time = 0.4, h = 0.1;
    double[] y = {0.7, -0.2};
    // y0 + h y1, y1 + h (t - y0): d/dt of E = 2 (y1 + h (t - y0)) h
    double exact = 2 * (y[1] + h * (time - y[0])) * h;
    assertEquals(exact, (double) t.invokeExact(f, time, 1.0, h, 0.0, y.clone(), new double[2]), 1e-14);
    MethodHandle a = Derivatives.adjoint(LOOKUP, Caller.class, "eulerEnergy", MarkedRhs.class, double.class, double.class, double[].class);
    double[] ybar = new double[2], scalars = new double[2];
    double e = (double) a.invokeExact(f, time, h, y.clone(), ybar, 1.0, scalars);
    assertEquals(Caller.eulerEnergy(f, time, h, y.clone()), e, 1e-15);
    assertEquals(exact, scalars[0], 1e-14);
    double z0 = y[0] + h * y[1], z1 = y[1] + h * (time - y[0]);
    assertEquals(2 * z0 - 2 * z1 * h, ybar[0], 1e-14);
    assertEquals(2 * z0 * h + 2 * z1, ybar[1], 1e-14);
  }
}
