package dev.leibniz.oracle;

import static dev.leibniz.oracle.ArraysAndCallsTest.callOn;
import static dev.leibniz.oracle.ArraysAndCallsTest.d;
import static dev.leibniz.oracle.ArraysAndCallsTest.one;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.oracle.fixtures.receiverview.Counting;
import dev.leibniz.oracle.fixtures.receiverview.Stats;
import dev.leibniz.testing.FirstDispatchInstalled;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Companions generated at a first dispatch for a method the receiver's class inherits
 * (core.ReceiverView): the inherited {@code evaluate(double[])} calls the overridable {@code
 * evaluate(values, 0, length)}, whose base version cannot be differentiated (it feeds an abstract
 * {@code increment}); for a receiver whose class overrides it with a loop, the companions are made
 * with that override (Commons Math's {@code StatUtils.min} on {@code Min}). Both modes against the
 * exact gradient, central finite differences and the dot-product test; one call site meeting a
 * class and its subclass (each with its own override: never the other's companions) and a
 * subclass that runs the base version (refused, naming it).
 */
@ExtendWith(FirstDispatchInstalled.class)
class ReceiverViewTest {
  private static final Class<?> S = LinkedFixtures.of(Stats.class).get(Stats.class);
  private static final double[][] POINTS = {{0.7, -1.2, 0.4}, {-0.3, 0.9, 1.5}};

  @Test
  void finalSubclassOverridingTheInnerCall() {
    for (double[] x0 : POINTS) {
      double s = x0[0] * x0[0] + x0[1] * x0[1] + x0[2] * x0[2];
      double[] exact = {2 * x0[0] * x0[0] + s, 2 * x0[1] * x0[0], 2 * x0[2] * x0[0]};
      JacobianCheck.check("squares", x0,
          x -> one(d(callOn(null, S, "squares", x))),
          (x, xd) -> one(d(callOn(null, S, "squares$tangent", x, xd))),
          (x, yb) -> {
            double[] xb = new double[x.length];
            callOn(null, S, "squares$adjoint", x, xb, yb[0]);
            return xb;
          },
          new double[][] {exact});
    }
  }

  /** Cubes, then its subclass CubesPlus at the same site, then Cubes again: each with its own override's derivative. */
  @Test
  void aSubclassOverridingAgainGetsItsOwnCompanions() {
    check(0, x -> 3 * x * x);
    check(1, x -> 3 * x * x + 1);
    check(0, x -> 3 * x * x);
    check(3, x -> 2 * x);
  }

  /** A subclass that runs the base version (it overrides only increment): refused at run time, in both modes, naming it. */
  @Test
  void aSubclassRunningTheBaseVersionIsRefused() {
    double[] x = POINTS[0];
    assertTrue(Double.isFinite(d(callOn(null, S, "any", 2, x.clone()))));
    AssertionError t = assertThrows(AssertionError.class, () -> callOn(null, S, "any$tangent", 2, x.clone(), new double[3]));
    AssertionError a = assertThrows(AssertionError.class, () -> callOn(null, S, "any$adjoint", 2, x.clone(), new double[3], 1.0));
    for (AssertionError e : new AssertionError[] {t, a}) {
      String m = String.valueOf(e.getCause().getMessage());
      assertTrue(e.getCause() instanceof IllegalStateException && m.contains(Counting.class.getName()), m);
    }
  }

  /** any(k, x) = sum of f(x_i) for the statistic k, with f' given. */
  private static void check(int k, DoubleUnaryOperator derivative) {
    for (double[] x0 : POINTS) {
      double[] exact = new double[x0.length];
      for (int i = 0; i < x0.length; i++) exact[i] = derivative.applyAsDouble(x0[i]);
      JacobianCheck.check("any " + k, x0,
          x -> one(d(callOn(null, S, "any", k, x))),
          (x, xd) -> one(d(callOn(null, S, "any$tangent", k, x, xd))),
          (x, yb) -> {
            double[] xb = new double[x.length];
            callOn(null, S, "any$adjoint", k, x, xb, yb[0]);
            return xb;
          },
          new double[][] {exact});
    }
  }
}
