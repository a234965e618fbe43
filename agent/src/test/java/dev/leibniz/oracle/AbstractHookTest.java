package dev.leibniz.oracle;

import static dev.leibniz.oracle.ArraysAndCallsTest.callOn;
import static dev.leibniz.oracle.ArraysAndCallsTest.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.oracle.fixtures.abstracthook.Curve;
import dev.leibniz.oracle.fixtures.abstracthook.Interpolant;
import dev.leibniz.oracle.fixtures.abstracthook.Parabola;
import dev.leibniz.oracle.fixtures.abstracthook.Quadratic;
import dev.leibniz.oracle.fixtures.abstracthook.Sine;
import dev.leibniz.testing.FirstDispatchInstalled;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A marked template method calling an abstract, un-annotated hook of its own class on {@code this} (Smile's
 * {@code AbstractInterpolation.interpolate} calling {@code rawinterp}): the hook's companions dispatch as an abstract
 * marked method's do, and each subclass's implementation, annotated by nobody, gets its companions at its first call.
 * Before, the marked method was refused ("an overridable instance method that is not @Differentiable").
 */
@ExtendWith(FirstDispatchInstalled.class)
class AbstractHookTest {
  private static final double[] XS = {0.0, 1.0, 2.5, 4.0}, YS = {1.0, 2.0, 0.5, 1.5};

  @Test
  void eachSubclassRunsItsOwnHooksDerivativeInBothModes() throws Exception {
    LinkedFixtures fixtures = LinkedFixtures.of(Interpolant.class, Quadratic.class, Sine.class);
    Object quadratic = fixtures.get(Quadratic.class).getConstructor(double[].class, double[].class, double.class)
        .newInstance(XS, YS, 0.3);
    Object sine = fixtures.get(Sine.class).getConstructor(double[].class, double[].class).newInstance(XS, YS);
    for (double x : new double[] {0.4, 1.7, 3.1}) {
      check("Quadratic", quadratic, x, quadraticSlope(x));
      check("Sine", sine, x, sineSlope(x));
    }
  }

  /** The same through an interface: a default method calling the interface's abstract height, implemented unannotated. */
  @Test
  void anInterfacesAbstractMethodCalledByItsDefaultMethod() throws Exception {
    LinkedFixtures fixtures = LinkedFixtures.of(Curve.class, Parabola.class);
    Object parabola = fixtures.get(Parabola.class).getConstructor(double.class).newInstance(0.7);
    Class<?> curve = fixtures.get(Curve.class);
    for (double x : new double[] {-0.8, 0.3, 1.9}) {
      double h = 0.7 * x * x + Math.sin(x), dh = 1.4 * x + Math.cos(x);
      check("Parabola", parabola, curve, "slopeLength", x, h * dh / Math.sqrt(1 + h * h));
    }
  }

  /** d/dx of y_j + s_j t + c t^2 e^-t, t = x - x_j (the interval j is constant near x). */
  private static double quadraticSlope(double x) {
    int j = interval(x);
    double slope = (YS[j + 1] - YS[j]) / (XS[j + 1] - XS[j]), t = x - XS[j];
    return slope + 0.3 * (2 * t - t * t) * Math.exp(-t);
  }

  private static double sineSlope(double x) {
    int j = interval(x);
    return YS[j] * Math.cos(x) + 1.0 / (1 + j);
  }

  private static int interval(double x) {
    int j = 0;
    while (j < XS.length - 2 && x >= XS[j + 1]) j++;
    return j;
  }

  private static void check(String what, Object receiver, double x, double analytic) {
    // the companions are the marked method's, in Interpolant
    check(what, receiver, receiver.getClass().getSuperclass(), "value", x, analytic);
  }

  private static void check(String what, Object receiver, Class<?> type, String name, double x, double analytic) {
    DoubleUnaryOperator primal = v -> d(callOn(receiver, type, name, v));
    FiniteDifferences.Estimate fd = FiniteDifferences.derivative(primal, x);
    assertEquals(analytic, fd.value(), fd.tolerance(1e-8), what + ": the oracles disagree at " + x);
    double tangent = d(callOn(receiver, type, name + "$tangent", x, 1.0));
    double[] xbar = new double[1];
    double value = d(callOn(receiver, type, name + "$adjoint", x, 1.0, xbar));
    assertEquals(primal.applyAsDouble(x), value, 0.0, what + ": the adjoint's primal at " + x);
    assertEquals(analytic, tangent, 1e-12 * Math.max(1, Math.abs(analytic)), what + ": tangent at " + x);
    assertEquals(analytic, xbar[0], 1e-12 * Math.max(1, Math.abs(analytic)), what + ": adjoint at " + x);
    assertTrue(Math.abs(fd.value() - tangent) <= fd.tolerance(1e-8), what + ": tangent " + tangent + " vs FD " + fd);
    DotProductCheck.check(what + " at " + x, new double[] {x}, 1,
        (p, dp) -> new double[] {d(callOn(receiver, type, name + "$tangent", p[0], dp[0]))},
        (p, ybar) -> {
          double[] g = new double[1];
          callOn(receiver, type, name + "$adjoint", p[0], ybar[0], g);
          return g;
        }, 31, 3);
  }
}
