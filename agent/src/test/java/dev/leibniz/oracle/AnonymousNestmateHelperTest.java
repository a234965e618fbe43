package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.ClassDifferentiator;
import dev.leibniz.core.ClassFinder;
import dev.leibniz.core.Result;
import dev.leibniz.oracle.fixtures.AnonymousCallsPrivate;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * A private method of the marked method's class that only an anonymous class's code calls ({@code scale(c, n)} in
 * {@link AnonymousCallsPrivate}; t-digest's ScaleFunction.K_2.k and K_3.k, fifteenth corpus round). The core inlines the
 * anonymous object's {@code apply} into {@code k}, so the call runs in {@code k}'s companions; but the same-class
 * helpers given companions were those the walk from the marked methods reaches, which does not read other classes'
 * code, and {@code k} was refused with advice to make {@code scale} private — which it is. Such a helper now gets its
 * companions when first met, as a method of another class does. Both modes against the analytic gradient of
 * {@code c log(q / (1 - q)) / (4 log(n / c) + 24)} and central finite differences, and the dot product of the modes.
 */
class AnonymousNestmateHelperTest {
  private static final double[][] POINTS = {{0.3, 100.0, 1000.0}, {0.85, 200.0, 5000.0}};

  @Test
  void theNestmatesPrivateHelperGetsCompanionsAndBothModesAreCorrect() throws Exception {
    Result r = new ClassDifferentiator(ClassFinder.of(AnonymousCallsPrivate.class.getClassLoader()))
        .differentiate(Transformed.bytesOf(AnonymousCallsPrivate.class));
    assertTrue(r.diagnostics().stream().allMatch(d -> d.warning()), () -> "refused: " + r.diagnostics());
    assertNotNull(r.transformed());
    Transformed.verify(r.transformed(), AnonymousCallsPrivate.class.getClassLoader());
    Class<?> type = new NestLoader(AnonymousCallsPrivate.class, r.transformed()).loadClass(AnonymousCallsPrivate.class.getName());
    Object receiver = type.getConstructor().newInstance();
    Method primal = type.getMethod("k", double.class, double.class, double.class);
    Method tangent = type.getMethod("k$tangent", double.class, double.class, double.class, double.class, double.class,
        double.class);
    Method adjoint = type.getMethod("k$adjoint", double.class, double.class, double.class, double.class, double[].class);
    for (double[] x : POINTS) {
      double[] exact = gradient(x[0], x[1], x[2]);
      double[] v = {0.7, -0.4, 0.25};
      double jv = (double) tangent.invoke(receiver, x[0], v[0], x[1], v[1], x[2], v[2]);
      double exactJv = exact[0] * v[0] + exact[1] * v[1] + exact[2] * v[2];
      assertEquals(exactJv, jv, 1e-12 * Math.abs(exact[0] * v[0]), "tangent against the formula");
      double seed = 1.5;
      double[] xbar = new double[3];
      double value = (double) adjoint.invoke(receiver, x[0], x[1], x[2], seed, xbar);
      assertEquals((double) primal.invoke(receiver, x[0], x[1], x[2]), value, 0.0, "the adjoint returns the primal value");
      for (int i = 0; i < 3; i++) {
        final int j = i;
        double fd = FiniteDifferences.derivative(t -> call(primal, receiver, x, j, t), x[i]).value();
        assertEquals(exact[i], fd, 1e-6 * Math.abs(exact[i]) + 1e-12, "finite differences along input " + i);
        assertEquals(seed * exact[i], xbar[i], 1e-12 * Math.abs(seed * exact[0]), "adjoint along input " + i);
      }
      assertEquals(seed * jv, xbar[0] * v[0] + xbar[1] * v[1] + xbar[2] * v[2], 1e-12 * Math.abs(seed * exact[0]),
          "dot product <ybar, J v> = <xbar, v>");
    }
  }

  /** The analytic gradient of c L / Z with L = log(q / (1 - q)), Z = 4 log(n / c) + 24. */
  private static double[] gradient(double q, double c, double n) {
    double l = Math.log(q / (1 - q)), z = 4 * Math.log(n / c) + 24;
    return new double[] {c / (z * q * (1 - q)), l / z + c * l * 4 / (c * z * z), -c * l * 4 / (n * z * z)};
  }

  private static double call(Method primal, Object receiver, double[] x, int i, double t) {
    double[] y = x.clone();
    y[i] = t;
    try {
      return (double) primal.invoke(receiver, y[0], y[1], y[2]);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** Defines the transformed class and, from their own bytes, its nested classes: one nest, as under the agent. */
  private static final class NestLoader extends ClassLoader {
    private final String host;
    private final byte[] transformed;

    NestLoader(Class<?> host, byte[] transformed) {
      super(host.getClassLoader());
      this.host = host.getName();
      this.transformed = transformed;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!name.equals(host) && !name.startsWith(host + "$")) return super.loadClass(name, resolve);
      synchronized (getClassLoadingLock(name)) {
        Class<?> c = findLoadedClass(name);
        if (c != null) return c;
        byte[] b;
        try (var in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
          b = name.equals(host) ? transformed : in.readAllBytes();
        } catch (java.io.IOException e) {
          throw new ClassNotFoundException(name, e);
        }
        return defineClass(name, b, 0, b.length);
      }
    }
  }
}
