package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.oracle.fixtures.RealCodeShapes;
import dev.leibniz.testing.Transformed;
import org.hipparchus.analysis.polynomials.PolynomialFunction;
import org.hipparchus.special.elliptic.legendre.LegendreEllipticIntegral;
import org.junit.jupiter.api.Test;

/**
 * Shapes of real code that the corpus found refused for no reason: a box only compared, a
 * dispatched library call followed by an integer index, a library template method whose abstract
 * hook is given an array held in a field (reversed jointly). Both modes against finite differences,
 * each other (dot-product test) and the analytic derivative.
 */
class RealCodeShapesTest {
  static final Transformed T = Transformed.of(RealCodeShapes.class, true);
  static final Class<?> D = double.class;

  static void check(String name, double exact, double... x) {
    ScalarFunction f = new ScalarFunction(T.type, name, D);
    JacobianCheck.checkScalar(f, x);
    double g = f.gradient(x)[0], tg = f.tangentGradient(x)[0];
    assertEquals(exact, g, 1e-12 * Math.max(1, Math.abs(exact)), name + " adjoint");
    assertEquals(exact, tg, 1e-12 * Math.max(1, Math.abs(exact)), name + " tangent");
  }

  @Test
  void noDiagnostics() {
    // Hipparchus' special cases at a constant (Carlson rF's `if (x == 0)`, linearCombination's) are warned, not refused
    assertTrue(T.result.diagnostics().stream().allMatch(d -> d.warning() && d.reason().contains("equals a constant")),
        () -> T.result.diagnostics().toString());
  }

  @Test
  void boxesOnlyComparedArePassive() {
    for (double x : new double[] {0.3, 1.2, -2.5}) {
      check("sinSeries", Math.cos(x), x);
    }
    ScalarFunction f = new ScalarFunction(T.type, "signTimes", D, D);
    JacobianCheck.checkScalar(f, 0.7, 0.4);
    double[] g = f.gradient(0.7, 0.4), tg = f.tangentGradient(0.7, 0.4);
    assertEquals(0.4, g[0], 1e-15);
    assertEquals(0.7, g[1], 1e-15);
    assertEquals(0.4, tg[0], 1e-15);
    assertEquals(-0.3, new ScalarFunction(T.type, "signTimes", D, D).gradient(0.3, 0.4)[1], 1e-15); // x < y: f = -xy
  }

  @Test
  void indexAfterDispatchedLibraryCall() {
    PolynomialFunction[] pieces = {new PolynomialFunction(1.0, 2.0, -1.0), new PolynomialFunction(2.0, 0.0, 3.0, 0.5)};
    double[] knots = {0, 1, 2};
    for (double x : new double[] {0.7, 1.6}) {
      int i = x < 1 ? 0 : 1;
      check("spline", pieces[i].polynomialDerivative().value(x - knots[i]), x);
    }
  }

  @Test
  void templateHookGivenFieldArrayReversedJointly() {
    for (double m : new double[] {0.2, 0.7}) {
      double k = LegendreEllipticIntegral.bigK(m), e = LegendreEllipticIntegral.bigE(m);
      check("ellipticK", (e - (1 - m) * k) / (2 * m * (1 - m)), m); // DLMF 19.4.1
    }
    for (double x : new double[] {0.4, -0.6}) {
      check("arcsn", 1 / Math.sqrt((1 - x * x) * (1 - 0.3 * x * x)), x); // d/dx arcsn = 1/sqrt((1-x^2)(1-m x^2))
    }
  }

  /** A regression: reverse mode gave NaN (infinity times the zero partial of max) where the gradient is finite. */
  @Test
  void unselectedArgumentOfMaxGetsNoInfiniteAdjoint() {
    for (String name : new String[] {"lowerBound", "upperCap"}) {
      ScalarFunction f = new ScalarFunction(T.type, name, D, D);
      double sign = name.equals("lowerBound") ? 1 : -1;
      JacobianCheck.checkScalar(f, 0.5, 1.0);
      double[] g = f.gradient(0.5, 1.0), tg = f.tangentGradient(0.5, 1.0);
      assertEquals(1.0, g[0], 0.0, name + " adjoint d/dp where max picks 0");
      assertEquals(0.0, g[1], 0.0, name + " adjoint d/dq where max picks 0");
      assertEquals(1.0, tg[0], 0.0, name);
      assertEquals(0.0, tg[1], 0.0, name);
      double p = 2, q = 1, r = Math.sqrt(p * p - q);
      JacobianCheck.checkScalar(f, p, q);
      double[] g2 = f.gradient(p, q);
      assertEquals(1 + sign * p / r, g2[0], 1e-14, name);
      assertEquals(-sign / (2 * r), g2[1], 1e-14, name);
    }
  }
}
