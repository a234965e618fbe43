package dev.leibniz.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.Derivatives;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.hipparchus.special.Erf;
import org.junit.jupiter.api.Test;

/**
 * The generated companions of the example functions against closed-form derivatives, Hipparchus
 * {@link DerivativeStructure} and central finite differences.
 */
class ExamplesDerivativesTest {
  private static final Class<?> D = double.class;
  private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

  private static final double S = 100;
  private static final double K = 105;
  private static final double T = 0.5;
  private static final double R = 0.03;
  private static final double SIGMA = 0.25;

  @Test
  void blackScholesTangentGivesDeltaAndVega() throws Throwable {
    MethodHandle tangent = Derivatives.tangent(LOOKUP, BlackScholes.class, "call", D, D, D, D, D);
    double delta = (double) tangent.invokeExact(S, 1.0, K, 0.0, T, 0.0, R, 0.0, SIGMA, 0.0);
    double vega = (double) tangent.invokeExact(S, 0.0, K, 0.0, T, 0.0, R, 0.0, SIGMA, 1.0);
    double[] greeks = greeks();
    assertEquals(greeks[0], delta, 1e-12);
    assertEquals(greeks[4], vega, 1e-10);
  }

  @Test
  void blackScholesAdjointGivesEveryGreekAtOnce() throws Throwable {
    MethodHandle adjoint = Derivatives.adjoint(LOOKUP, BlackScholes.class, "call", D, D, D, D, D);
    double[] gradient = new double[5];
    double price = (double) adjoint.invokeExact(S, K, T, R, SIGMA, 1.0, gradient);
    assertEquals(BlackScholes.call(S, K, T, R, SIGMA), price);
    assertArrayEquals(greeks(), gradient, 1e-10);
  }

  @Test
  void projectileTangentFromTheGroundIsTwoVSquaredCosTwoThetaOverG() throws Throwable {
    MethodHandle tangent = Derivatives.tangent(LOOKUP, Projectile.class, "range", D, D, D);
    double theta = 0.6;
    double v = 20;
    double slope = (double) tangent.invokeExact(theta, 1.0, v, 0.0, 0.0, 0.0);
    assertEquals(2 * v * v * Math.cos(2 * theta) / Projectile.G, slope, 1e-12);
  }

  @Test
  void projectileDerivativesFromAHeightMatchDerivativeStructure() throws Throwable {
    double theta = Math.toRadians(40);
    double v = 30;
    double h = 10;
    DSFactory factory = new DSFactory(3, 1);
    DerivativeStructure t = factory.variable(0, theta);
    DerivativeStructure vv = factory.variable(1, v);
    DerivativeStructure hh = factory.variable(2, h);
    DerivativeStructure vx = vv.multiply(t.cos());
    DerivativeStructure vy = vv.multiply(t.sin());
    DerivativeStructure range =
        vx.multiply(vy.add(vy.multiply(vy).add(hh.multiply(2 * Projectile.G)).sqrt()))
            .divide(Projectile.G);
    double[] expected = {
      range.getPartialDerivative(1, 0, 0),
      range.getPartialDerivative(0, 1, 0),
      range.getPartialDerivative(0, 0, 1)
    };

    MethodHandle tangent = Derivatives.tangent(LOOKUP, Projectile.class, "range", D, D, D);
    double[] byTangent = {
      (double) tangent.invokeExact(theta, 1.0, v, 0.0, h, 0.0),
      (double) tangent.invokeExact(theta, 0.0, v, 1.0, h, 0.0),
      (double) tangent.invokeExact(theta, 0.0, v, 0.0, h, 1.0)
    };
    assertArrayEquals(expected, byTangent, 1e-11);

    MethodHandle adjoint = Derivatives.adjoint(LOOKUP, Projectile.class, "range", D, D, D);
    double[] byAdjoint = new double[3];
    double value = (double) adjoint.invokeExact(theta, v, h, 1.0, byAdjoint);
    assertEquals(range.getValue(), value, 1e-12);
    assertArrayEquals(expected, byAdjoint, 1e-11);
    assertEquals(expected[0], CentralDifference.of(x -> Projectile.range(x, v, h), theta), 1e-6);
  }

  @Test
  void rosenbrockTangentAndAdjointMatchClosedForm() throws Throwable {
    double x = -1.2;
    double y = 1;
    double[] expected = {-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)};
    MethodHandle tangent = Derivatives.tangent(LOOKUP, Rosenbrock.class, "value", D, D);
    assertEquals(expected[0], (double) tangent.invokeExact(x, 1.0, y, 0.0), 1e-12);
    assertEquals(expected[1], (double) tangent.invokeExact(x, 0.0, y, 1.0), 1e-12);

    MethodHandle adjoint = Derivatives.adjoint(LOOKUP, Rosenbrock.class, "value", D, D);
    double[] gradient = new double[2];
    assertEquals(24.2, (double) adjoint.invokeExact(x, y, 1.0, gradient), 1e-12);
    assertArrayEquals(expected, gradient, 1e-12);
  }

  @Test
  void extendedRosenbrockGradientMatchesClosedFormAndFiniteDifferences() throws Throwable {
    double[] x = {-1.2, 1, 0.5, 2, 3, -1, 0.1, 0.2};
    double[] expected = extendedGradient(x);

    MethodHandle adjoint =
        Derivatives.adjoint(LOOKUP, Rosenbrock.class, "extended", double[].class);
    double[] byAdjoint = new double[x.length];
    double value = (double) adjoint.invokeExact(x, byAdjoint, 1.0);
    assertEquals(Rosenbrock.extended(x), value);
    assertArrayEquals(expected, byAdjoint, 1e-12);

    MethodHandle tangent =
        Derivatives.tangent(LOOKUP, Rosenbrock.class, "extended", double[].class);
    double[] direction = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      direction[i] = 1;
      assertEquals(expected[i], (double) tangent.invokeExact(x, direction), 1e-12, "x" + i);
      direction[i] = 0;
      int at = i;
      double[] shifted = x.clone();
      double fd =
          CentralDifference.of(
              v -> {
                shifted[at] = v;
                return Rosenbrock.extended(shifted);
              },
              x[i]);
      assertEquals(expected[i], fd, 1e-5 * Math.max(1, Math.abs(expected[i])), "x" + i);
    }
  }

  @Test
  void extendedRosenbrockAdjointAccumulatesAndScalesWithTheSeed() throws Throwable {
    double[] x = {-1.2, 1, 0.5, 2};
    double[] expected = extendedGradient(x);
    MethodHandle adjoint =
        Derivatives.adjoint(LOOKUP, Rosenbrock.class, "extended", double[].class);
    double[] gradient = new double[x.length];
    double unused = (double) adjoint.invokeExact(x, gradient, 1.0);
    unused = (double) adjoint.invokeExact(x, gradient, 0.5);
    for (int i = 0; i < x.length; i++) {
      assertEquals(1.5 * expected[i], gradient[i], 1e-12, "x" + i);
    }
  }

  /** dC/dS, dC/dK, dC/dT, dC/dr, dC/dσ by the closed forms, with N from Hipparchus. */
  private static double[] greeks() {
    double sqrtT = Math.sqrt(T);
    double d1 = (Math.log(S / K) + (R + 0.5 * SIGMA * SIGMA) * T) / (SIGMA * sqrtT);
    double d2 = d1 - SIGMA * sqrtT;
    double discount = Math.exp(-R * T);
    double nd1 = 0.5 * Erf.erfc(-d1 / Math.sqrt(2));
    double nd2 = 0.5 * Erf.erfc(-d2 / Math.sqrt(2));
    double phi = Math.exp(-0.5 * d1 * d1) / Math.sqrt(2 * Math.PI);
    return new double[] {
      nd1,
      -discount * nd2,
      S * phi * SIGMA / (2 * sqrtT) + R * K * discount * nd2,
      K * T * discount * nd2,
      S * phi * sqrtT
    };
  }

  private static double[] extendedGradient(double[] x) {
    double[] g = new double[x.length];
    for (int i = 0; i + 1 < x.length; i += 2) {
      double a = x[i] * x[i] - x[i + 1];
      g[i] = 400 * x[i] * a + 2 * (x[i] - 1);
      g[i + 1] = -200 * a;
    }
    return g;
  }
}
