package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.objects.fixtures.made.OwnComplex;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * An instance method returning a new object of the receiver's own class, whose fields are private (jblas'
 * {@code ComplexDouble.sqrt()}): the receiver's fields are the inputs, the result's shadow is a new object of the class;
 * the adjoint reads the seed's private fields (the companions are members of the class itself). Both modes against the
 * analytic derivative (Cauchy-Riemann: d sqrt(z)/dz = 1/(2 sqrt z)) and central differences, the dot-product test, and
 * the receiver check: the class is not final and sqrt() may be overridden, so the companions refuse a subclass.
 */
class OwnClassResultsTest {
  static final Transformed T = Transformed.of(OwnComplex.class, true);
  static final Class<?> C = T.type;
  static final Class<?> D = double.class;

  static Object complex(double r, double i) {
    try {
      Constructor<?> make = C.getConstructor(D, D);
      return make.newInstance(r, i);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static double[] parts(Object z) {
    try {
      return new double[] {(double) C.getMethod("real").invoke(z), (double) C.getMethod("imag").invoke(z)};
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static Object call(Method m, Object receiver, Object... args) {
    try {
      return m.invoke(receiver, args);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static double[] sqrt(double[] z) {
    return parts(call(method("sqrt"), complex(z[0], z[1])));
  }

  static Method method(String name, Class<?>... types) {
    try {
      return C.getMethod(name, types);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
  }

  static double[] tangent(double[] z, double[] v) {
    return parts(call(method("sqrt$tangent", C), complex(z[0], z[1]), complex(v[0], v[1])));
  }

  /** J^T w into the receiver's adjoint shadow; checks the adjoint returns the primal result. */
  static double[] adjoint(double[] z, double[] w) {
    Object bar = complex(0, 0);
    Object r = call(method("sqrt$adjoint", C, C), complex(z[0], z[1]), bar, complex(w[0], w[1]));
    double[] primal = sqrt(z);
    assertEquals(primal[0], parts(r)[0], 0, "the adjoint returns the primal result");
    assertEquals(primal[1], parts(r)[1], 0);
    return parts(bar);
  }

  /** d(p, q)/d(r, i) from w' = 1/(2w), w = p + iq (Cauchy-Riemann). */
  static double[][] jacobian(double[] z) {
    double[] w = sqrt(z);
    double m = 2 * (w[0] * w[0] + w[1] * w[1]);
    double a = w[0] / m, b = -w[1] / m;
    return new double[][] {{a, -b}, {b, a}};
  }

  static final double[][] POINTS = {{1.2, -0.7}, {-0.4, 1.5}, {2.0, 0.3}};

  @Test
  void sqrtIsDifferentiatedAndMulStaysRefusedWithItsLine() {
    boolean mulRefused = false;
    for (Diagnostic d : T.result.diagnostics()) {
      assertTrue(!d.method().startsWith("sqrt("), "sqrt is not refused: " + d.message());
      mulRefused |= d.method().startsWith("mul(") && d.line() > 0 && !d.warning();
    }
    assertTrue(mulRefused, "mul is refused with its line: " + T.result.diagnostics());
  }

  @Test
  void bothModesAgainstTheAnalyticDerivative() {
    for (double[] z : POINTS) {
      double[][] j = jacobian(z);
      for (int k = 0; k < 2; k++) {
        double[] e = new double[2];
        e[k] = 1;
        double[] t = tangent(z, e), g = adjoint(z, e);
        for (int o = 0; o < 2; o++) {
          assertEquals(j[o][k], t[o], 1e-14, "tangent d" + o + "/d" + k);
          assertEquals(j[k][o], g[o], 1e-14, "adjoint d" + k + "/d" + o);
        }
      }
    }
  }

  @Test
  void bothModesAgainstCentralDifferences() {
    for (double[] z : POINTS) {
      for (int k = 0; k < 2; k++) {
        double[] e = new double[2];
        e[k] = 1;
        FiniteDifferences.Estimate[] fd = FiniteDifferences.directional(OwnClassResultsTest::sqrt, z, e);
        double[] t = tangent(z, e);
        for (int o = 0; o < 2; o++) {
          double[] w = new double[2];
          w[o] = 1;
          assertEquals(fd[o].value(), t[o], fd[o].tolerance(1e-8), "tangent vs differences");
          assertEquals(fd[o].value(), adjoint(z, w)[k], fd[o].tolerance(1e-8), "adjoint vs differences");
        }
      }
    }
  }

  @Test
  void dotProductBetweenTheModes() {
    double[] v = {0.35, -1.25}, w = {-0.75, 0.6};
    for (double[] z : POINTS) {
      double[] t = tangent(z, v), g = adjoint(z, w);
      assertEquals(w[0] * t[0] + w[1] * t[1], g[0] * v[0] + g[1] * v[1], 1e-14, "<w, J v> = <J^T w, v>");
    }
  }

  /** A subclass that overrides sqrt() (never transformed) is refused by the companions, never given the base's derivative. */
  @Test
  void aSubclassReceiverIsRefusedNamingItsClass() throws Exception {
    Class<?> child = untransformedSubclass(dev.leibniz.objects.fixtures.made.OwnComplexChild.class);
    Object z = child.getConstructor(D, D).newInstance(1.2, -0.7);
    InvocationTargetException e = assertThrows(InvocationTargetException.class,
        () -> method("sqrt$tangent", C).invoke(z, complex(1, 0)));
    assertTrue(e.getCause().getMessage().contains("OwnComplexChild"), e.getCause().getMessage());
    e = assertThrows(InvocationTargetException.class, () -> method("sqrt$adjoint", C, C).invoke(z, complex(0, 0), complex(1, 0)));
    assertTrue(e.getCause().getMessage().contains("OwnComplexChild"), e.getCause().getMessage());
  }

  /** {@code sub} as compiled, defined over the transformed base class. */
  private static Class<?> untransformedSubclass(Class<?> sub) throws ClassNotFoundException {
    byte[] bytes = Transformed.bytesOf(sub);
    return new ClassLoader(C.getClassLoader()) {
      @Override
      protected Class<?> loadClass(String n, boolean resolve) throws ClassNotFoundException {
        if (!n.equals(sub.getName())) return super.loadClass(n, resolve);
        synchronized (getClassLoadingLock(n)) {
          Class<?> c = findLoadedClass(n);
          return c != null ? c : defineClass(n, bytes, 0, bytes.length);
        }
      }
    }.loadClass(sub.getName());
  }
}
