package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.objects.fixtures.fresh.FreshResults;
import dev.leibniz.oracle.ExactGradient;
import dev.leibniz.oracle.JacobianCheck;
import dev.leibniz.oracle.LinkedFixtures;
import dev.leibniz.oracle.ScalarFunction;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;

/**
 * Callees that build and return new objects or arrays which the marked method consumes: a Vector3D-style value class
 * nobody annotated whose methods return new vectors, reduced to a double (the objects are taken apart before
 * differentiation: no shadow, no allocation by the companions), and helpers of this class and of another returning a
 * new {@code double[]}. Both modes against central finite differences and the exact gradient (Hipparchus'
 * {@code DerivativeStructure}), and the dot-product test ({@link JacobianCheck}).
 */
class FreshResultsTest {
  static final LinkedFixtures L = LinkedFixtures.of(FreshResults.class);
  static final Class<?> T = L.get(FreshResults.class);
  static final Class<?> D = double.class, A = double[].class;

  static DerivativeStructure[] vec(DerivativeStructure x, DerivativeStructure y, DerivativeStructure z) {
    return new DerivativeStructure[] {x, y, z};
  }

  static DerivativeStructure dot(DerivativeStructure[] u, DerivativeStructure[] v) {
    return u[0].multiply(v[0]).add(u[1].multiply(v[1])).add(u[2].multiply(v[2]));
  }

  static DerivativeStructure[] cross(DerivativeStructure[] u, DerivativeStructure[] v) {
    return vec(u[1].multiply(v[2]).subtract(u[2].multiply(v[1])), u[2].multiply(v[0]).subtract(u[0].multiply(v[2])),
        u[0].multiply(v[1]).subtract(u[1].multiply(v[0])));
  }

  static DerivativeStructure[] variables(double[] x) {
    DSFactory f = new DSFactory(x.length, 1);
    DerivativeStructure[] v = new DerivativeStructure[x.length];
    for (int i = 0; i < x.length; i++) v[i] = f.variable(i, x[i]);
    return v;
  }

  @Test
  void valueClassMethodsReturningNewVectors() {
    ScalarFunction f = new ScalarFunction(T, "reduce", D, D, D);
    for (double[] x : new double[][] {{0.7, -1.3, 0.4}, {2.0, 0.25, -1.5}}) {
      DerivativeStructure[] v = variables(x);
      DerivativeStructure a = v[0], b = v[1], c = v[2];
      DerivativeStructure[] p = vec(a, b, c), q = vec(b, c.multiply(c), a), r = vec(a.getField().getOne(), a, b.multiply(c));
      DerivativeStructure[] s = vec(p[0].add(q[0]).multiply(a), p[1].add(q[1]).multiply(a), p[2].add(q[2]).multiply(a));
      DerivativeStructure exact = dot(s, cross(p, r));
      assertEquals(exact.getValue(), f.value(x), 1e-13);
      JacobianCheck.check("reduce", x, y -> new double[] {f.value(y)}, (y, yd) -> new double[] {f.tangent(y, yd)},
          (y, w) -> {
            double[] g = new double[3];
            f.adjoint(y, w[0], g);
            return g;
          }, new double[][] {ExactGradient.of(exact)});
    }
  }

  @Test
  void loopOverVectorsTheCalleesReturn() {
    double[] x = {0.3, -1.1, 0.8, 1.7, 0.2, -0.6};
    DerivativeStructure[] v = variables(x);
    DerivativeStructure zero = v[0].getField().getZero();
    DerivativeStructure[] acc = vec(zero, zero, zero);
    for (int i = 0; i + 2 < x.length; i += 3) {
      acc = vec(acc[0].add(v[i].multiply(v[i])), acc[1].add(v[i].multiply(v[i + 1])), acc[2].add(v[i].multiply(v[i + 2])));
    }
    checkOneArray("accumulate", x, ExactGradient.of(dot(acc, acc)));
  }

  @Test
  void ownHelperReturningANewArray() {
    double[] x = {0.5, -1.25, 2.0}, y = {1.5, 0.75, -0.5};
    double[] exact = new double[6];
    for (int i = 0; i < 3; i++) {
      exact[i] = 2 * x[i] * y[i];
      exact[3 + i] = x[i] * x[i];
    }
    checkTwoArrays("weighted", x, y, exact);
  }

  @Test
  void helperOfAnotherClassReturningANewArray() {
    double[] a = {0.5, -1.25, 2.0}, b = {1.5, 0.75, -0.5};
    DerivativeStructure[] v = variables(concat(a, b));
    DerivativeStructure[] c = cross(vec(v[0], v[1], v[2]), vec(v[3], v[4], v[5]));
    checkTwoArrays("crossNorm", a, b, ExactGradient.of(dot(c, c).add(c[0])));
  }

  @Test
  void noDiagnostic() {
    assertEquals(java.util.List.of(), L.result(FreshResults.class).diagnostics());
  }

  static double[] concat(double[] a, double[] b) {
    double[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  static double call(String name, Class<?>[] types, Object... args) {
    try {
      Method m = T.getMethod(name, types);
      return (double) m.invoke(null, args);
    } catch (InvocationTargetException e) {
      throw new AssertionError(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static void checkOneArray(String name, double[] x, double[] exact) {
    JacobianCheck.check(name, x, v -> new double[] {call(name, new Class<?>[] {A}, (Object) v)},
        (v, vd) -> new double[] {call(name + "$tangent", new Class<?>[] {A, A}, v, vd)},
        (v, w) -> {
          double[] g = new double[v.length];
          call(name + "$adjoint", new Class<?>[] {A, A, D}, v, g, w[0]);
          return g;
        }, new double[][] {exact});
  }

  /** {@code name(double[] x, double[] y)} as a function of x and y together. */
  static void checkTwoArrays(String name, double[] x, double[] y, double[] exact) {
    int n = x.length;
    JacobianCheck.check(name, concat(x, y),
        v -> new double[] {call(name, new Class<?>[] {A, A}, Arrays.copyOf(v, n), Arrays.copyOfRange(v, n, 2 * n))},
        (v, vd) -> new double[] {call(name + "$tangent", new Class<?>[] {A, A, A, A}, Arrays.copyOf(v, n),
            Arrays.copyOf(vd, n), Arrays.copyOfRange(v, n, 2 * n), Arrays.copyOfRange(vd, n, 2 * n))},
        (v, w) -> {
          double[] gx = new double[n], gy = new double[n];
          call(name + "$adjoint", new Class<?>[] {A, A, A, A, D}, Arrays.copyOf(v, n), gx, Arrays.copyOfRange(v, n, 2 * n), gy, w[0]);
          return concat(gx, gy);
        }, new double[][] {exact});
  }
}
