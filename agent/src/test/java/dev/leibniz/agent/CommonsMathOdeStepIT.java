package dev.leibniz.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.agent.fixtures.ode.CommonsMathOdeStep;
import dev.leibniz.oracle.JacobianCheck;
import dev.leibniz.oracle.ScalarFunction;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;

/**
 * Through the real agent (issue 9, "Done when"): one step of Commons Math's unmodified
 * {@code ClassicalRungeKuttaIntegrator.singleStep} (the commons-math3 jar) over the Lorenz system,
 * given as an implementation of the library's {@code FirstOrderDifferentialEquations} and as a lambda
 * behind an adapter implementing it. The library's overridable callback gets its companions at its
 * first call, which only the agent does (through the core alone the call throws naming the class).
 * Both modes against central differences and the dot-product test ({@link JacobianCheck}), and
 * against the same RK4 step run on Hipparchus {@code DerivativeStructure}s.
 */
class CommonsMathOdeStepIT {
  private static final Class<?> D = double.class;
  private static final double[][] POINTS = {{1.0, 0.5, -0.3, 0.05}, {-2.0, 1.5, 20.0, 0.01}};

  @Test
  void stepOverAnImplementationOfTheLibraryInterface() {
    check("step");
  }

  @Test
  void stepOverALambdaBehindAnAdapter() {
    check("stepLambda");
  }

  private static void check(String name) {
    ScalarFunction f = new ScalarFunction(CommonsMathOdeStep.class, name, D, D, D, D);
    for (double[] p : POINTS) {
      double[] exact = byDerivativeStructures(p);
      JacobianCheck.checkScalarExact(f, exact, p);
      double[] g = f.gradient(p), tg = f.tangentGradient(p);
      for (int i = 0; i < 4; i++) {
        double tol = 1e-12 * Math.max(1, Math.abs(exact[i]));
        assertEquals(exact[i], g[i], tol, name + " adjoint, input " + i + " at " + java.util.Arrays.toString(p));
        assertEquals(exact[i], tg[i], tol, name + " tangent, input " + i + " at " + java.util.Arrays.toString(p));
      }
    }
  }

  /** The classical RK4 step of the Lorenz system on DerivativeStructures of (x, y, z, h). */
  private static double[] byDerivativeStructures(double[] p) {
    DSFactory f = new DSFactory(4, 1);
    DerivativeStructure[] y = {f.variable(0, p[0]), f.variable(1, p[1]), f.variable(2, p[2])};
    DerivativeStructure h = f.variable(3, p[3]);
    DerivativeStructure[] k1 = lorenz(y);
    DerivativeStructure[] k2 = lorenz(axpy(y, h.multiply(0.5), k1));
    DerivativeStructure[] k3 = lorenz(axpy(y, h.multiply(0.5), k2));
    DerivativeStructure[] k4 = lorenz(axpy(y, h, k3));
    DerivativeStructure[] next = new DerivativeStructure[3];
    for (int i = 0; i < 3; i++) {
      next[i] = y[i].add(h.divide(6).multiply(k1[i].add(k2[i].multiply(2)).add(k3[i].multiply(2)).add(k4[i])));
    }
    DerivativeStructure out = next[0].add(next[1].multiply(2)).subtract(next[2]);
    double[] g = new double[4];
    for (int v = 0; v < 4; v++) {
      int[] order = new int[4];
      order[v] = 1;
      g[v] = out.getPartialDerivative(order);
    }
    return g;
  }

  private static DerivativeStructure[] axpy(DerivativeStructure[] y, DerivativeStructure a, DerivativeStructure[] k) {
    DerivativeStructure[] r = new DerivativeStructure[3];
    for (int i = 0; i < 3; i++) r[i] = y[i].add(a.multiply(k[i]));
    return r;
  }

  private static DerivativeStructure[] lorenz(DerivativeStructure[] y) {
    return new DerivativeStructure[] {
      y[1].subtract(y[0]).multiply(10),
      y[0].multiply(y[2].negate().add(28)).subtract(y[1]),
      y[0].multiply(y[1]).subtract(y[2].multiply(8.0 / 3))
    };
  }
}
