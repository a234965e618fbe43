package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.objects.fixtures.LogGauss;
import dev.leibniz.objects.fixtures.ScaledGauss;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.oracle.LinkedFixtures;
import java.lang.reflect.Field;
import org.junit.jupiter.api.Test;

/**
 * A marked method calling a marked method of another class that has shadows in its own transformation only because
 * another of its marked methods has no input but its receiver (SuanShu's LogNormalDistribution calling
 * NormalDistribution, whose {@code entropy()} gives it shadows). The caller's shadow classes now take in the
 * signature rules of the marked methods of the classes it calls ({@code objects.ShadowClasses}), so it asks for the
 * companion the callee's class has (taking the receiver's shadow) instead of refusing the call. Both modes against the
 * analytic derivative (in x and in the held object's mu and sigma, through the receiver's shadow) and central
 * differences, and the dot-product test between the modes.
 */
class CalleeClassShadowsTest {
  static final LinkedFixtures L = LinkedFixtures.of(LogGauss.class, ScaledGauss.class);
  static final Class<?> T = L.get(LogGauss.class);
  static final double LOG_MU = 0.3, LOG_SIGMA = 0.8;

  static Object make(double mu, double sigma) {
    try {
      return T.getConstructor(double.class, double.class).newInstance(mu, sigma);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static Object field(Object o, String name) {
    try {
      Field f = o.getClass().getDeclaredField(name);
      f.setAccessible(true);
      return f.get(o);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static void set(Object o, String name, double v) {
    try {
      Field f = o.getClass().getDeclaredField(name);
      f.setAccessible(true);
      f.setDouble(o, v);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static Object call(String name, Class<?>[] types, Object receiver, Object... args) {
    try {
      return T.getMethod(name, types).invoke(receiver, args);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(name, e);
    }
  }

  /** The density at x of the log-normal whose held normal has mean {@code mu} and deviation {@code sigma}. */
  static double density(double x, double mu, double sigma) {
    Object o = make(LOG_MU, LOG_SIGMA);
    Object normal = field(o, "normal");
    set(normal, "mu", mu);
    set(normal, "sigma", sigma);
    return (double) call("density", new Class<?>[] {double.class}, o, x);
  }

  /** Gradient in (x, mu, sigma): f = exp(-t^2/2) / (sigma sqrt(2 pi) x), t = (ln x - mu) / sigma. */
  static double[] gradient(double x, double mu, double sigma) {
    double t = (Math.log(x) - mu) / sigma;
    double f = Math.exp(-t * t / 2) / (sigma * Math.sqrt(2 * Math.PI) * x);
    return new double[] {f * (-t / (sigma * x) - 1 / x), f * t / sigma, f * (t * t - 1) / sigma};
  }

  /** The tangent along (dx, dmu, dsigma), the last two through the receiver's shadow. */
  static double tangent(double[] v, double[] d) {
    Object o = make(LOG_MU, LOG_SIGMA);
    Object normal = field(o, "normal");
    set(normal, "mu", v[1]);
    set(normal, "sigma", v[2]);
    Object shadow = Derivatives.zeroShadow(o);
    Object normalShadow = field(shadow, "normal");
    set(normalShadow, "mu", d[1]);
    set(normalShadow, "sigma", d[2]);
    return (double) call("density$tangent", new Class<?>[] {T, double.class, double.class}, o, shadow, v[0], d[0]);
  }

  /** The adjoint: the gradient times the seed, in x and in the adjoint shadow of the held normal. */
  static double[] adjoint(double[] v, double seed) {
    Object o = make(LOG_MU, LOG_SIGMA);
    Object normal = field(o, "normal");
    set(normal, "mu", v[1]);
    set(normal, "sigma", v[2]);
    Object bar = Derivatives.zeroShadow(o);
    double[] xbar = new double[1];
    double value = (double) call("density$adjoint", new Class<?>[] {T, double.class, double.class, double[].class}, o, bar, v[0], seed, xbar);
    assertEquals(density(v[0], v[1], v[2]), value, 0.0, "the adjoint returns the primal value");
    Object normalBar = field(bar, "normal");
    return new double[] {xbar[0], (double) field(normalBar, "mu"), (double) field(normalBar, "sigma")};
  }

  @Test
  void theCalleesCompanionIsCalledWithTheReceiversShadow() {
    assertTrue(L.result(LogGauss.class).diagnostics().isEmpty(), L.result(LogGauss.class).diagnostics().toString());
    for (double[] v : new double[][] {{1.7, 0.3, 0.8}, {0.6, -0.2, 1.4}}) {
      double[] exact = gradient(v[0], v[1], v[2]);
      double seed = 1.3;
      double[] bar = adjoint(v, seed);
      for (int k = 0; k < 3; k++) {
        double[] e = new double[3];
        e[k] = 1;
        double fd = FiniteDifferences.directional(u -> new double[] {density(u[0], u[1], u[2])}, v, e)[0].value();
        assertEquals(exact[k], fd, 1e-7 * Math.max(1, Math.abs(exact[k])), "differences along input " + k);
        assertEquals(exact[k], tangent(v, e), 1e-12 * Math.max(1, Math.abs(exact[k])), "tangent along input " + k);
        assertEquals(seed * exact[k], bar[k], 1e-12 * Math.max(1, Math.abs(seed * exact[k])), "adjoint of input " + k);
      }
      double[] dir = {0.4, -0.7, 0.25};
      double xbarV = bar[0] * dir[0] + bar[1] * dir[1] + bar[2] * dir[2];
      assertEquals(seed * tangent(v, dir), xbarV, 1e-12 * Math.max(1, Math.abs(xbarV)), "dot product <ybar, J v> = <xbar, v>");
    }
  }
}
