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
  void sqrtAndMulAreDifferentiated() {
    for (Diagnostic d : T.result.diagnostics()) {
      assertTrue(d.warning(), "nothing refused: " + d.message());
    }
  }

  /**
   * mul(c) = dup().muli(c): dup() builds a new object from the receiver's fields ({@code core.objects.ValuedConstructions}),
   * muli writes it in place. The receiver z and c as inputs (zr, zi, cr, ci), the product's parts as outputs.
   */
  static double[] mulTangent(Object z, double[] x, double[] v) {
    Method m = method("mul$tangent", C, C, C);
    return parts(call(m, z, complex(v[0], v[1]), complex(x[2], x[3]), complex(v[2], v[3])));
  }

  static double[] mulAdjoint(Object z, double[] x, double[] w) {
    Object zBar = complex(0, 0), cBar = complex(0, 0);
    double[] expected = parts(call(method("mul", C), z, complex(x[2], x[3])));
    Method m = method("mul$adjoint", C, C, C, C);
    Object r = call(m, z, zBar, complex(x[2], x[3]), cBar, complex(w[0], w[1]));
    assertEquals(expected[0], parts(r)[0], 0, "the adjoint returns the primal result");
    assertEquals(expected[1], parts(r)[1], 0, "the adjoint returns the primal result");
    return new double[] {parts(zBar)[0], parts(zBar)[1], parts(cBar)[0], parts(cBar)[1]};
  }

  static double[] mulPrimal(double[] x) {
    return parts(call(method("mul", C), complex(x[0], x[1]), complex(x[2], x[3])));
  }

  @Test
  void mulInBothModesAgainstTheAnalyticJacobianDifferencesAndTheDotProduct() {
    double[][] xs = {{1.2, -0.7, 0.4, 1.5}, {-0.3, 2.1, -1.1, 0.25}};
    for (double[] x : xs) {
      double[][] j = {{x[2], -x[3], x[0], -x[1]}, {x[3], x[2], x[1], x[0]}};
      for (int k = 0; k < 4; k++) {
        double[] e = new double[4];
        e[k] = 1;
        double[] t = mulTangent(complex(x[0], x[1]), x, e);
        for (int o = 0; o < 2; o++) assertEquals(j[o][k], t[o], 1e-14, "mul tangent d" + o + "/d" + k);
      }
      for (int o = 0; o < 2; o++) {
        double[] w = new double[2];
        w[o] = 1;
        double[] g = mulAdjoint(complex(x[0], x[1]), x, w);
        for (int k = 0; k < 4; k++) assertEquals(j[o][k], g[k], 1e-14, "mul adjoint d" + o + "/d" + k);
      }
      double[] v = {0.3, -0.8, 1.1, 0.45};
      FiniteDifferences.Estimate[] fd = FiniteDifferences.directional(OwnClassResultsTest::mulPrimal, x, v);
      double[] t = mulTangent(complex(x[0], x[1]), x, v);
      double[] w = {-0.6, 1.3};
      double[] g = mulAdjoint(complex(x[0], x[1]), x, w);
      for (int o = 0; o < 2; o++) assertEquals(fd[o].value(), t[o], fd[o].tolerance(1e-8), "mul tangent vs differences");
      assertEquals(w[0] * t[0] + w[1] * t[1], g[0] * v[0] + g[1] * v[1] + g[2] * v[2] + g[3] * v[3], 1e-13, "<w, J v> = <J^T w, v>");
    }
  }

  /**
   * A receiver of a subclass nobody transformed that overrides dup(): mul's companions must not give the base's derivative.
   * Either they throw naming the class, or they follow the override (the real part doubled before the product).
   */
  @Test
  void mulOnASubclassOverridingDupIsRightOrRefused() throws Exception {
    Class<?> child = untransformedSubclass(dev.leibniz.objects.fixtures.made.OwnComplexDoubler.class);
    double[] x = {1.2, -0.7, 0.4, 1.5};
    double[][] j = {{2 * x[2], -x[3], 2 * x[0], -x[1]}, {2 * x[3], x[2], 2 * x[1], x[0]}};
    for (int k = 0; k < 4; k++) {
      double[] e = new double[4];
      e[k] = 1;
      Object z = child.getConstructor(D, D).newInstance(x[0], x[1]);
      double[] t;
      try {
        t = mulTangent(z, x, e);
      } catch (AssertionError refused) {
        assertRefusedNaming(refused);
        continue;
      }
      for (int o = 0; o < 2; o++) assertEquals(j[o][k], t[o], 1e-14, "tangent on the subclass d" + o + "/d" + k);
    }
    for (int o = 0; o < 2; o++) {
      double[] w = new double[2];
      w[o] = 1;
      Object z = child.getConstructor(D, D).newInstance(x[0], x[1]);
      double[] g;
      try {
        g = mulAdjoint(z, x, w);
      } catch (AssertionError refused) {
        assertRefusedNaming(refused);
        continue;
      }
      for (int k = 0; k < 4; k++) assertEquals(j[o][k], g[k], 1e-14, "adjoint on the subclass d" + o + "/d" + k);
    }
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

  /** A companion's exception (through {@link #call}) that names the subclass. */
  private static void assertRefusedNaming(AssertionError refused) {
    Throwable c = refused.getCause() instanceof InvocationTargetException ite ? ite.getCause() : null;
    if (c == null) throw refused;
    assertTrue(String.valueOf(c.getMessage()).contains("OwnComplexDoubler"), String.valueOf(c));
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
