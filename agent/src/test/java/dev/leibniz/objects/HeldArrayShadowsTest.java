package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.objects.fixtures.held.Buffer;
import dev.leibniz.objects.fixtures.held.Smoother;
import dev.leibniz.oracle.DotProductCheck;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.oracle.LinkedFixtures;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * A model holding, in a field, an object of a class nobody annotated whose only state is a final
 * {@code double[]} that the differentiated code writes ({@code Smoother.work}, a {@link Buffer}).
 * {@code Derivatives.zeroShadow} left the shadow's {@code work} null (it copied only objects with
 * non-final fields), so both companions threw {@code NullPointerException}. Both modes against the
 * analytic derivative and central differences, and the dot-product test. Inputs: {@code x} (3) and
 * the receiver's {@code weight}; outputs: the energy and {@code work.v}'s final contents.
 */
class HeldArrayShadowsTest {
  static final LinkedFixtures L = LinkedFixtures.of(Smoother.class);
  static final Class<?> T = L.get(Smoother.class);
  static final int N = 3, INPUTS = N + 1, OUTPUTS = 1 + N;
  static final double[] X = {0.7, -1.3, 2.1, 1.5};

  static Object model(double weight) {
    try {
      return T.getConstructor(int.class, double.class).newInstance(N, weight);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static double[] work(Object m) {
    try {
      Object buffer = T.getField("work").get(m);
      return (double[]) buffer.getClass().getField("v").get(buffer);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static Object call(String name, Object receiver, Object... args) {
    for (Method m : T.getMethods()) {
      if (m.getName().equals(name)) {
        try {
          return m.invoke(receiver, args);
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e.getCause() != null ? e.getCause() : e);
        }
      }
    }
    throw new AssertionError("no method " + name);
  }

  static double[] outputs(double f, double[] v) {
    double[] out = new double[OUTPUTS];
    out[0] = f;
    System.arraycopy(v, 0, out, 1, N);
    return out;
  }

  static double[] primal(double[] in) {
    Object m = model(in[N]);
    double f = (double) call("energy", m, (Object) java.util.Arrays.copyOf(in, N));
    return outputs(f, work(m));
  }

  static double[] tangent(double[] in, double[] din) {
    Object m = model(in[N]);
    Object dm = Derivatives.zeroShadow(m);
    try {
      T.getField("weight").setDouble(dm, din[N]);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
    double df = (double) call("energy$tangent", m, dm, java.util.Arrays.copyOf(in, N), java.util.Arrays.copyOf(din, N));
    return outputs(df, work(dm));
  }

  static double[] adjoint(double[] in, double[] ybar) {
    Object m = model(in[N]);
    Object bar = Derivatives.zeroShadow(m);
    System.arraycopy(ybar, 1, work(bar), 0, N);
    double[] xbar = new double[N];
    double f = (double) call("energy$adjoint", m, bar, java.util.Arrays.copyOf(in, N), xbar, ybar[0]);
    assertEquals(primal(in)[0], f, 0, "the adjoint returns the primal value");
    double[] out = java.util.Arrays.copyOf(xbar, INPUTS);
    try {
      out[N] = T.getField("weight").getDouble(bar);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
    return out;
  }

  /** f = sum w x_i^2 sin x_i; v_i = w x_i^2 (the buffer's entries on entry are overwritten: no input). */
  static double[][] analytic(double[] in) {
    double w = in[N];
    double[][] jac = new double[OUTPUTS][INPUTS];
    for (int i = 0; i < N; i++) {
      double x = in[i];
      jac[0][i] = w * (2 * x * Math.sin(x) + x * x * Math.cos(x));
      jac[0][N] += x * x * Math.sin(x);
      jac[1 + i][i] = 2 * w * x;
      jac[1 + i][N] = x * x;
    }
    return jac;
  }

  @Test
  void zeroShadowCopiesAnObjectWhoseOnlyStateIsAFinalArray() {
    Object shadow = Derivatives.zeroShadow(model(1.5));
    assertNotNull(work(shadow), "the shadow's work buffer");
    assertTrue(work(shadow) != work(model(1.5)) && work(shadow).length == N);
  }

  @Test
  void bothModesMatchAnalyticAndDifferences() {
    double[][] jac = analytic(X);
    for (int k = 0; k < INPUTS; k++) {
      double[] e = new double[INPUTS];
      e[k] = 1;
      double[] t = tangent(X, e);
      FiniteDifferences.Estimate[] fd = FiniteDifferences.directional(HeldArrayShadowsTest::primal, X, e);
      for (int i = 0; i < OUTPUTS; i++) {
        assertEquals(jac[i][k], t[i], 1e-13 * Math.max(1, Math.abs(jac[i][k])), "tangent d" + i + "/d" + k + " vs analytic");
        assertEquals(fd[i].value(), t[i], fd[i].tolerance(1e-8), "tangent d" + i + "/d" + k + " vs differences");
      }
    }
    for (int i = 0; i < OUTPUTS; i++) {
      double[] ybar = new double[OUTPUTS];
      ybar[i] = 1;
      double[] g = adjoint(X, ybar);
      for (int k = 0; k < INPUTS; k++) {
        double[] e = new double[INPUTS];
        e[k] = 1;
        FiniteDifferences.Estimate[] fd = FiniteDifferences.directional(HeldArrayShadowsTest::primal, X, e);
        assertEquals(jac[i][k], g[k], 1e-13 * Math.max(1, Math.abs(jac[i][k])), "adjoint d" + i + "/d" + k + " vs analytic");
        assertEquals(fd[i].value(), g[k], fd[i].tolerance(1e-8), "adjoint d" + i + "/d" + k + " vs differences");
      }
    }
  }

  @Test
  void dotProductBetweenModes() {
    DotProductCheck.check("Smoother.energy (a final-array buffer in a field)", X, OUTPUTS, HeldArrayShadowsTest::tangent,
        HeldArrayShadowsTest::adjoint, 17, 5);
  }
}
