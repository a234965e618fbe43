package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.oracle.FiniteDifferences.Estimate;
import dev.leibniz.oracle.fixtures.pairs.Follower;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * A marked method ending in a call of an overridable method of its class that returns a number and writes fields
 * ({@link Follower}, WPILib's {@code PIDController.calculate} shape): before, its tangent was refused (the callee would
 * run twice, for its value and for its tangent); now it calls the callee's pair tangent once, behind a check that the
 * receiver runs this class's code. Both modes against the analytic gradient and central differences, the dot-product
 * test between them; a receiver overriding the callee fails in tangent mode, naming its class.
 */
class OverridablePairTangentTest {
  static final Transformed T = Transformed.of(Follower.class);
  static final double LEVEL = 0.8;

  /** Jumper defined below the transformed Follower (the parent loader's Jumper extends the original). */
  static final Class<?> JUMPER = new ClassLoader(T.type.getClassLoader()) {
    Class<?> define() {
      byte[] bytes = Transformed.bytesOf(Follower.Jumper.class);
      return defineClass(Follower.Jumper.class.getName(), bytes, 0, bytes.length);
    }
  }.define();

  static Object receiver(boolean jumper) throws Exception {
    return (jumper ? JUMPER : T.type).getConstructor(double.class).newInstance(LEVEL);
  }

  static Method companion(String name) {
    for (Method m : T.type.getDeclaredMethods()) {
      if (m.getName().equals(name)) return m;
    }
    throw new AssertionError("no " + name);
  }

  static Object invoke(Method m, Object self, Object... args) throws Throwable {
    try {
      return m.invoke(self, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** The tangent of {@code update(x, g)} along (dx, dg), the receiver's own state passive (a zero shadow). */
  static double tangent(Object self, double x, double g, double dx, double dg) throws Throwable {
    Method m = companion("update$tangent");
    return (double) (m.getParameterCount() == 5
        ? invoke(m, self, Derivatives.zeroShadow(self, T.type), x, dx, g, dg) : invoke(m, self, x, dx, g, dg));
  }

  /** The gradient of {@code update} in (x, g) by its adjoint. */
  static double[] gradient(Object self, double x, double g) throws Throwable {
    Method m = companion("update$adjoint");
    double[] bar = new double[2];
    if (m.getParameterCount() == 5) invoke(m, self, Derivatives.zeroShadow(self, T.type), x, g, 1.0, bar);
    else invoke(m, self, x, g, 1.0, bar);
    return bar;
  }

  static double value(double x, double g) throws Throwable {
    return (double) invoke(T.type.getMethod("update", double.class, double.class), receiver(false), x, g);
  }

  @Test
  void theTangentCallsTheCalleeOnceAndMatchesTheGradient() throws Throwable {
    double x = 1.7, g = 0.3, level = LEVEL + g * (x - LEVEL);
    double[] exact = {2 * level * g, 2 * level * (x - LEVEL)};
    double[] byTangent = {tangent(receiver(false), x, g, 1, 0), tangent(receiver(false), x, g, 0, 1)};
    assertArrayEquals(exact, byTangent, 1e-14);
    assertArrayEquals(exact, gradient(receiver(false), x, g), 1e-14);
    for (int j = 0; j < 2; j++) {
      double[] e = new double[2];
      e[j] = 1;
      Estimate est = FiniteDifferences.directional(v -> {
        try {
          return new double[] {value(v[0], v[1])};
        } catch (Throwable t) {
          throw new AssertionError(t);
        }
      }, new double[] {x, g}, e)[0];
      assertEquals(exact[j], est.value(), est.tolerance(1e-7), "finite differences along " + j);
    }
    // dot product: <adjoint, v> = tangent along v
    double[] v = {0.37, -1.21};
    double[] grad = gradient(receiver(false), x, g);
    assertEquals(grad[0] * v[0] + grad[1] * v[1], tangent(receiver(false), x, g, v[0], v[1]), 1e-13);
  }

  @Test
  void aReceiverOverridingTheCalleeFailsNamingItsClass() throws Throwable {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> tangent(receiver(true), 1.7, 0.3, 1, 0));
    assertTrue(e.getMessage().contains("Follower$Jumper overrides") && e.getMessage().contains("make the method final"),
        e.getMessage());
  }
}
