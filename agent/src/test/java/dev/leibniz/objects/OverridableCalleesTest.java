package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.objects.fixtures.CrossClassWrites;
import dev.leibniz.objects.fixtures.OpenParticle;
import dev.leibniz.objects.fixtures.OpenParticles;
import dev.leibniz.oracle.DotProductCheck;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.oracle.LinkedFixtures;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * A call passing an object with a shadow to an overridable method of another class that writes it
 * ({@code p.step(dt)} of the non-final {@code OpenParticle}): reverse mode reverses it in split mode
 * from the declaring class's code, after checking that the receiver runs that code. Both modes
 * against the analytic derivative and finite differences, the dot-product test, a subclass that
 * inherits the method, and one that overrides it (an exception naming it, never a wrong number).
 */
class OverridableCalleesTest {
  static final LinkedFixtures L = LinkedFixtures.of(CrossClassWrites.class, OpenParticle.class, OpenParticles.Tagged.class,
      OpenParticles.Faster.class, OpenParticles.class);
  static final Class<?> T = L.get(CrossClassWrites.class);
  static final Class<?> P = L.get(OpenParticle.class);

  /** Inputs x, v, dt; outputs openStep's result, then x and v after it. */
  static final double[] X = {0.75, -1.5, 0.125};

  static Object particle(Class<?> c, double[] in) {
    try {
      Object p = c.getConstructor().newInstance();
      set(p, in[0], in[1]);
      return p;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static void set(Object p, double x, double v) throws ReflectiveOperationException {
    P.getField("x").setDouble(p, x);
    P.getField("v").setDouble(p, v);
  }

  static double get(Object p, String name) throws ReflectiveOperationException {
    Field f = P.getField(name);
    return f.getDouble(p);
  }

  static Method method(String name, Class<?>... types) throws ReflectiveOperationException {
    return T.getMethod(name, types);
  }

  static double[] primal(double[] in) {
    try {
      Object p = particle(P, in);
      double y = (double) method("openStep", P, double.class).invoke(null, p, in[2]);
      return new double[] {y, get(p, "x"), get(p, "v")};
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static double[] tangentOf(Class<?> c, double[] in, double[] dir) {
    try {
      Object p = particle(c, in), s = Derivatives.zeroShadow(p);
      set(s, dir[0], dir[1]);
      double dy = (double) method("openStep$tangent", P, P, double.class, double.class).invoke(null, p, s, in[2], dir[2]);
      return new double[] {dy, get(s, "x"), get(s, "v")};
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static double[] adjointOf(Class<?> c, double[] in, double[] w) {
    try {
      Object p = particle(c, in), bar = Derivatives.zeroShadow(p);
      set(bar, w[1], w[2]);
      double[] grad = new double[1];
      method("openStep$adjoint", P, P, double.class, double.class, double[].class).invoke(null, p, bar, in[2], w[0], grad);
      return new double[] {get(bar, "x"), get(bar, "v"), grad[0]};
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException) throw (RuntimeException) e.getCause();
      throw new AssertionError(e);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void adjointAgainstTheAnalyticDerivative() {
    for (Class<?> c : new Class<?>[] {P, L.get(OpenParticles.Tagged.class)}) {
      double[] g = adjointOf(c, X, new double[] {1, 0.5, -0.25});
      double x1 = X[0] + X[2] * X[1];
      // y = x1^2 with x1 = x + dt v; seeds 0.5 on x1 and -0.25 on v
      double sx1 = 2 * x1 + 0.5;
      assertEquals(sx1, g[0], 1e-15, "d/dx, " + c.getSimpleName());
      assertEquals(sx1 * X[2] - 0.25, g[1], 1e-15, "d/dv");
      assertEquals(sx1 * X[1], g[2], 1e-15, "d/ddt");
    }
  }

  @Test
  void bothModesAgainstFiniteDifferencesAndTheDotProduct() {
    java.util.Random r = new java.util.Random(5);
    for (int trial = 0; trial < 3; trial++) {
      double[] v = {r.nextGaussian(), r.nextGaussian(), r.nextGaussian()};
      FiniteDifferences.Estimate[] fd = FiniteDifferences.directional(OverridableCalleesTest::primal, X, v);
      double[] jv = tangentOf(P, X, v);
      for (int o = 0; o < 3; o++) {
        assertEquals(fd[o].value(), jv[o], fd[o].tolerance(1e-9), "tangent, output " + o);
        double[] w = new double[3];
        w[o] = 1;
        double[] g = adjointOf(P, X, w);
        assertEquals(fd[o].value(), g[0] * v[0] + g[1] * v[1] + g[2] * v[2], fd[o].tolerance(1e-9), "adjoint, output " + o);
      }
    }
    DotProductCheck.check("openStep", X, 3, (in, v) -> tangentOf(P, in, v), (in, w) -> adjointOf(P, in, w), 13, 5);
  }

  @Test
  void aReceiverThatOverridesTheCalleeFailsNamingItsClass() {
    Class<?> faster = L.get(OpenParticles.Faster.class);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> adjointOf(faster, X, new double[] {1, 0, 0}));
    assertTrue(e.getMessage().contains("OpenParticles$Faster overrides") && e.getMessage().contains("OpenParticle.step"), e.getMessage());
    // its tangent dispatches to the override's own companion: x1 = x + 2 dt v
    double[] jv = tangentOf(faster, X, new double[] {0, 0, 1});
    assertEquals(2 * (X[0] + 2 * X[2] * X[1]) * 2 * X[1], jv[0], 1e-14);
  }

  @Test
  void noDiagnostic() {
    assertEquals(java.util.List.of(), L.result(CrossClassWrites.class).diagnostics());
  }
}
