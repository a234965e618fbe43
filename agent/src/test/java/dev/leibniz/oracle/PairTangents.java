package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.Derivatives;
import dev.leibniz.oracle.FiniteDifferences.Estimate;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * A fixture whose marked method {@code method(x, y)} of a receiver calls an overridable method of its class through its
 * pair tangent ({@link MarkedPairTangentTest}, {@link OverridablePairTangentTest}): the class transformed, a subclass
 * overriding the callee defined below it, the method's value, tangent and gradient by its companions (given the
 * receiver's zero shadow when they take one), central differences and the dot product against an exact gradient.
 */
final class PairTangents {
  final Transformed t;
  final String method;
  /** The overriding subclass, defined below the transformed class (the parent loader's one extends the original). */
  final Class<?> overriding;

  PairTangents(Class<?> fixture, Class<?> overriding, String method) {
    this.t = Transformed.of(fixture);
    this.method = method;
    this.overriding = new ClassLoader(t.type.getClassLoader()) {
      Class<?> define() {
        byte[] bytes = Transformed.bytesOf(overriding);
        return defineClass(overriding.getName(), bytes, 0, bytes.length);
      }
    }.define();
  }

  /** A receiver, built fresh where a check needs one. */
  interface Receiver {
    Object make() throws Throwable;
  }

  Method companion(String name) {
    for (Method m : t.type.getDeclaredMethods()) {
      if (m.getName().equals(name)) return m;
    }
    throw new AssertionError("no " + name + " (diagnostics: " + t.result.diagnostics() + ")");
  }

  static Object invoke(Method m, Object self, Object... args) throws Throwable {
    try {
      return m.invoke(self, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** The tangent of {@code method(x, y)} along (dx, dy), the receiver's own state passive (a zero shadow). */
  double tangent(Object self, double x, double y, double dx, double dy) throws Throwable {
    Method m = companion(method + "$tangent");
    return (double) (m.getParameterCount() == 5
        ? invoke(m, self, Derivatives.zeroShadow(self, t.type), x, dx, y, dy) : invoke(m, self, x, dx, y, dy));
  }

  /** The gradient of {@code method} in (x, y) by its adjoint. */
  double[] gradient(Object self, double x, double y) throws Throwable {
    Method m = companion(method + "$adjoint");
    double[] bar = new double[2];
    if (m.getParameterCount() == 5) invoke(m, self, Derivatives.zeroShadow(self, t.type), x, y, 1.0, bar);
    else invoke(m, self, x, y, 1.0, bar);
    return bar;
  }

  double value(Object self, double x, double y) throws Throwable {
    return (double) invoke(t.type.getMethod(method, double.class, double.class), self, x, y);
  }

  /**
   * Central differences of the value on fresh receivers along each axis against {@code exact}, then the dot product:
   * the adjoint's gradient along a direction against the tangent along it, both on {@code dotted}'s receivers.
   */
  void checkDifferencesAndDotProduct(double[] exact, double x, double y, Receiver fresh, Receiver dotted) throws Throwable {
    for (int j = 0; j < 2; j++) {
      double[] e = new double[2];
      e[j] = 1;
      Estimate est = FiniteDifferences.directional(v -> {
        try {
          return new double[] {value(fresh.make(), v[0], v[1])};
        } catch (Throwable th) {
          throw new AssertionError(th);
        }
      }, new double[] {x, y}, e)[0];
      assertEquals(exact[j], est.value(), est.tolerance(1e-7), "finite differences along " + j);
    }
    // dot product: <adjoint, v> = tangent along v
    double[] v = {0.37, -1.21};
    double[] grad = gradient(dotted.make(), x, y);
    assertEquals(grad[0] * v[0] + grad[1] * v[1], tangent(dotted.make(), x, y, v[0], v[1]), 1e-13);
  }
}
