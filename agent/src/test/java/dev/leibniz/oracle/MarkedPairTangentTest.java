package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.oracle.FiniteDifferences.Estimate;
import dev.leibniz.oracle.fixtures.pairs.Tally;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * A marked method calling another marked, overridable method of its class that returns a number and counts its calls
 * in a field ({@link Tally}, Tinfour's {@code area} calling {@code halfPlane}): before, the caller's tangent was refused
 * (the callee would run twice, for its value and for its tangent); now it calls the callee's pair tangent once, behind a
 * check that the receiver runs this class's code. Both modes against the analytic gradient and central differences,
 * the dot-product test between them, the counter moved once per companion call; a receiver overriding the callee fails
 * in tangent mode, naming its class.
 */
class MarkedPairTangentTest {
  static final Transformed T = Transformed.of(Tally.class);

  /** Skewed defined below the transformed Tally (the parent loader's Skewed extends the original). */
  static final Class<?> SKEWED = new ClassLoader(T.type.getClassLoader()) {
    Class<?> define() {
      byte[] bytes = Transformed.bytesOf(Tally.Skewed.class);
      return defineClass(Tally.Skewed.class.getName(), bytes, 0, bytes.length);
    }
  }.define();

  static Object receiver(boolean skewed) throws Exception {
    return (skewed ? SKEWED : T.type).getConstructor().newInstance();
  }

  static Method companion(String name) {
    for (Method m : T.type.getDeclaredMethods()) {
      if (m.getName().equals(name)) return m;
    }
    throw new AssertionError("no " + name + " (diagnostics: " + T.result.diagnostics() + ")");
  }

  static Object invoke(Method m, Object self, Object... args) throws Throwable {
    try {
      return m.invoke(self, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  static long calls(Object self) throws Throwable {
    return (long) invoke(T.type.getMethod("calls"), self);
  }

  /** The tangent of {@code area(x, y)} along (dx, dy), the receiver's own state passive. */
  static double tangent(Object self, double x, double y, double dx, double dy) throws Throwable {
    Method m = companion("area$tangent");
    return (double) (m.getParameterCount() == 5
        ? invoke(m, self, Derivatives.zeroShadow(self, T.type), x, dx, y, dy) : invoke(m, self, x, dx, y, dy));
  }

  /** The gradient of {@code area} in (x, y) by its adjoint. */
  static double[] gradient(Object self, double x, double y) throws Throwable {
    Method m = companion("area$adjoint");
    double[] bar = new double[2];
    if (m.getParameterCount() == 5) invoke(m, self, Derivatives.zeroShadow(self, T.type), x, y, 1.0, bar);
    else invoke(m, self, x, y, 1.0, bar);
    return bar;
  }

  static double value(double x, double y) throws Throwable {
    return (double) invoke(T.type.getMethod("area", double.class, double.class), receiver(false), x, y);
  }

  @Test
  void theTangentCallsTheCountedCalleeOnceAndMatchesTheGradient() throws Throwable {
    double x = 1.3, y = -0.6;
    double[] exact = {0.5 * (y + Math.cos(x)) * y, 0.5 * (2 * x * y + Math.sin(x))};
    Object self = receiver(false);
    double[] byTangent = {tangent(self, x, y, 1, 0), tangent(self, x, y, 0, 1)};
    assertEquals(2, calls(self), "one call of det per tangent call");
    assertArrayEquals(exact, byTangent, 1e-14);
    assertArrayEquals(exact, gradient(self, x, y), 1e-14);
    assertEquals(3, calls(self), "one call of det per adjoint call");
    for (int j = 0; j < 2; j++) {
      double[] e = new double[2];
      e[j] = 1;
      Estimate est = FiniteDifferences.directional(v -> {
        try {
          return new double[] {value(v[0], v[1])};
        } catch (Throwable t) {
          throw new AssertionError(t);
        }
      }, new double[] {x, y}, e)[0];
      assertEquals(exact[j], est.value(), est.tolerance(1e-7), "finite differences along " + j);
    }
    // dot product: <adjoint, v> = tangent along v
    double[] v = {0.37, -1.21};
    double[] grad = gradient(self, x, y);
    assertEquals(grad[0] * v[0] + grad[1] * v[1], tangent(self, x, y, v[0], v[1]), 1e-13);
  }

  @Test
  void aReceiverOverridingTheCountedCalleeFailsNamingItsClass() throws Throwable {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> tangent(receiver(true), 1.3, -0.6, 1, 0));
    assertTrue(e.getMessage().contains("Tally$Skewed overrides") && e.getMessage().contains("make the method final"),
        e.getMessage());
  }
}
