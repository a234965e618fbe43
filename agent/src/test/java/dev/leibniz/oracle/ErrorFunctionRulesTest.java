package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.oracle.fixtures.ErrorFunctions;
import dev.leibniz.testing.Transformed;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.hipparchus.special.Erf;
import org.junit.jupiter.api.Test;

/**
 * The error functions of Hipparchus and Commons Math 3 and 2 have derivative rules ({@code erf' = 2/√π e^(-x²)}): both
 * modes against Hipparchus' own {@code DerivativeStructure} erf, the closed form and central differences (beside 0),
 * with the dot-product test; at 0, where their code returns a constant (and Hipparchus' field erf gives 0 too), the
 * derivative is {@code 2/√π}, not 0, and no warning is given.
 */
class ErrorFunctionRulesTest {
  static final Transformed T = Transformed.of(ErrorFunctions.class);
  static final Class<?> D = double.class;
  static final double TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);
  static final DSFactory DS = new DSFactory(1, 1);

  static double gaussian(double x) {
    return TWO_OVER_SQRT_PI * Math.exp(-x * x);
  }

  /** erf' by Hipparchus' DerivativeStructure, an oracle independent of the rule. */
  static double erfPrime(double x) {
    DerivativeStructure d = Erf.erf(DS.variable(0, x));
    return d.getPartialDerivative(1);
  }

  @Test
  void noDiagnosticsAndNoWarningAtZero() {
    assertTrue(T.result.diagnostics().isEmpty(), T.result.diagnostics().toString());
  }

  @Test
  void erfAtAndBesideZero() {
    ScalarFunction f = new ScalarFunction(T.type, "erf", D);
    for (double x : new double[] {0, -0.3, 1e-3, 0.5, 2.5, -4}) {
      // Hipparchus' field erf is the same series: its derivative at 0 is 0 too, so it is an oracle beside 0 only
      if (x != 0) assertEquals(erfPrime(x), gaussian(x), 1e-15, "the two oracles at " + x);
      assertEquals(gaussian(x), f.tangentGradient(x)[0], 1e-15, "tangent at " + x);
      assertEquals(gaussian(x), f.gradient(x)[0], 1e-15, "adjoint at " + x);
      if (x != 0) JacobianCheck.check("erf " + x, new double[] {x}, v -> new double[] {f.value(v)},
          (v, vd) -> new double[] {f.tangent(v, vd)}, (v, yb) -> scaled(f.gradient(v), yb[0]),
          new double[][] {{gaussian(x)}});
    }
  }

  @Test
  void erfcAndTheIntervalForm() {
    ScalarFunction c = new ScalarFunction(T.type, "erfcTimesX", D);
    ScalarFunction between = new ScalarFunction(T.type, "erfBetween", D, D);
    for (double x : new double[] {-0.7, 0.4, 1.9}) {
      double exact = Erf.erfc(x) - x * erfPrime(x);
      assertEquals(exact, c.tangentGradient(x)[0], 1e-14);
      assertEquals(exact, c.gradient(x)[0], 1e-14);
      JacobianCheck.checkScalar(c, x);
      double a = x, b = 0.5 - x;
      double[] g = {-erfPrime(a), erfPrime(b)};
      double[] tg = between.tangentGradient(a, b), ag = between.gradient(a, b);
      for (int k = 0; k < 2; k++) {
        assertEquals(g[k], tg[k], 1e-14, "tangent, argument " + k);
        assertEquals(g[k], ag[k], 1e-14, "adjoint, argument " + k);
      }
      JacobianCheck.checkScalar(between, a, b);
    }
    assertEquals(1, c.gradient(0.0)[0], 0, "erfc(x) x at 0: erfc(0)");
    assertEquals(-TWO_OVER_SQRT_PI, between.gradient(0.0, 1.0)[0], 1e-15, "erf(x1, x2) at x1 = 0");
  }

  @Test
  void normalCdfInAllThreeParameters() {
    ScalarFunction f = new ScalarFunction(T.type, "normalCdf", D, D, D);
    for (double[] p : new double[][] {{0.3, 0.3, 1.2}, {1.5, -0.2, 0.8}, {-2, 0.5, 2}}) {
      double s2 = p[2] * Math.sqrt(2), z = (p[0] - p[1]) / s2;
      double density = 0.5 * gaussian(z) / s2;
      double[] exact = {density, -density, -density * (p[0] - p[1]) / p[2]};
      double[] tg = f.tangentGradient(p), ag = f.gradient(p);
      for (int k = 0; k < 3; k++) {
        assertEquals(exact[k], tg[k], 1e-14, "tangent, parameter " + k);
        assertEquals(exact[k], ag[k], 1e-14, "adjoint, parameter " + k);
      }
      JacobianCheck.checkScalar(f, p);
    }
  }

  @Test
  void commonsMathThreeAndTwo() {
    ScalarFunction m3 = new ScalarFunction(T.type, "math3", D);
    ScalarFunction m2 = new ScalarFunction(T.type, "math2", D);
    for (double x : new double[] {0, -0.6, 0.9}) {
      double e3 = gaussian(x) - 2 * gaussian(2 * x), e2 = gaussian(x) + 3 * gaussian(x);
      assertEquals(e3, m3.tangentGradient(x)[0], 1e-14);
      assertEquals(e3, m3.gradient(x)[0], 1e-14);
      assertEquals(e2, m2.tangentGradient(x)[0], 1e-14);
      assertEquals(e2, m2.gradient(x)[0], 1e-14);
      if (x != 0) {
        JacobianCheck.checkScalar(m3, x);
        JacobianCheck.checkScalar(m2, x);
      }
    }
  }

  private static double[] scaled(double[] g, double s) {
    for (int i = 0; i < g.length; i++) g[i] *= s;
    return g;
  }
}
