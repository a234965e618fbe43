package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.objects.fixtures.statusresult.Projections;
import dev.leibniz.oracle.JacobianCheck;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;

/**
 * A method returning a new object of another (nested) class whose plain constructor also stores a passive {@code int} or
 * {@code boolean} (JSOFA's {@code jauTpxes} returning {@code new TangentPlaneCoordinate(xi, eta, j)}; README, "Objects":
 * object results built new): the status is copied into the primal result the adjoint rebuilds, the shadow's is 0, and
 * the numbers get their derivatives. Both modes against the exact Jacobian ({@code DerivativeStructure}), central finite
 * differences and the dot-product test, on each side of the branches that set the status.
 */
class StatusResultsTest {
  static final Transformed T = Transformed.of(Projections.class);
  static final Class<?> D = double.class;

  static Class<?> nested(Class<?> c) {
    try {
      return T.type.getClassLoader().loadClass(c.getName());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  static Object get(Object o, String name) {
    try {
      Field f = o.getClass().getField(name);
      return f.get(o);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static void set(Object o, String name, double v) {
    try {
      o.getClass().getField(name).setDouble(o, v);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static double[] projected(Object p) {
    return new double[] {(Double) get(p, "xi"), (Double) get(p, "eta")};
  }

  /** xi, eta as {@code project} computes them where d is not clamped (status 0 and 3). */
  static double[][] exactProjection(double[] x) {
    DSFactory f = new DSFactory(4, 1);
    DerivativeStructure a = f.variable(0, x[0]), b = f.variable(1, x[1]), a0 = f.variable(2, x[2]), b0 = f.variable(3, x[3]);
    DerivativeStructure da = a.subtract(a0);
    DerivativeStructure d = b.sin().multiply(b0.sin()).add(b.cos().multiply(b0.cos()).multiply(da.cos()));
    DerivativeStructure xi = b.cos().multiply(da.sin()).divide(d);
    DerivativeStructure eta = b.sin().multiply(b0.cos()).subtract(b.cos().multiply(b0.sin()).multiply(da.cos())).divide(d);
    return jacobian(new DerivativeStructure[] {xi, eta}, 4);
  }

  static double[][] jacobian(DerivativeStructure[] y, int n) {
    double[][] j = new double[y.length][n];
    for (int i = 0; i < y.length; i++) {
      for (int k = 0; k < n; k++) {
        int[] orders = new int[n];
        orders[k] = 1;
        j[i][k] = y[i].getPartialDerivative(orders);
      }
    }
    return j;
  }

  void checkProjection(double[] x, int status) {
    Class<?> result = nested(Projections.Projected.class);
    Method primal = T.method("project", D, D, D, D), tangent = T.method("project$tangent", D, D, D, D, D, D, D, D);
    Method adjoint = T.method("project$adjoint", D, D, D, D, result, double[].class);
    assertEquals(status, get(Transformed.invoke(primal, x[0], x[1], x[2], x[3]), "status"), "the point's status");
    JacobianCheck.check("project", x, v -> projected(Transformed.invoke(primal, v[0], v[1], v[2], v[3])),
        (v, dv) -> {
          Object shadow = Transformed.invoke(tangent, v[0], dv[0], v[1], dv[1], v[2], dv[2], v[3], dv[3]);
          assertEquals(result, shadow.getClass(), "the tangent returns the result's shadow");
          assertEquals(0, get(shadow, "status"), "a status carries no derivative");
          return projected(shadow);
        },
        (v, w) -> {
          double[] g = new double[4];
          Object p = Transformed.invoke(primal, v[0], v[1], v[2], v[3]);
          Object seed = seedOf(result, w); // a status in the seed is never read
          Object rebuilt = Transformed.invoke(adjoint, v[0], v[1], v[2], v[3], seed, g);
          assertEquals(java.util.Arrays.toString(projected(p)), java.util.Arrays.toString(projected(rebuilt)), "the primal result");
          assertEquals(get(p, "status"), get(rebuilt, "status"), "the primal status, copied");
          return g;
        },
        exactProjection(x));
  }

  static Object seedOf(Class<?> result, double[] w) {
    try {
      return result.getConstructor(D, D, int.class).newInstance(w[0], w[1], 7);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aResultHoldingAnIntStatus() {
    checkProjection(new double[] {1.3, 1.55, 2.3, 1.5}, 0); // JSOFA's test point
    checkProjection(new double[] {0.2, 0.3, 0.1, -0.4}, 0);
    checkProjection(new double[] {0.2, -0.3, 3.0, 0.4}, 3); // the antistar, far from the axis
  }

  @Test
  void aResultHoldingABooleanFlag() {
    Class<?> result = nested(Projections.Compressed.class);
    Method primal = T.method("compress", D, D), tangent = T.method("compress$tangent", D, D, D, D);
    Method adjoint = T.method("compress$adjoint", D, D, result, double[].class);
    for (double[] x : new double[][] {{0.5, 0.8}, {2.0, 1.5}}) {
      boolean over = x[0] * x[1] > 1.0;
      assertEquals(over, get(Transformed.invoke(primal, x[0], x[1]), "clamped"));
      double[][] exact = over ? new double[][] {{1 / x[0], 1 / x[1]}} : new double[][] {{x[1], x[0]}}; // log(xy)' or (xy)'
      JacobianCheck.check("compress", x, v -> new double[] {(Double) get(Transformed.invoke(primal, v[0], v[1]), "value")},
          (v, dv) -> {
            Object shadow = Transformed.invoke(tangent, v[0], dv[0], v[1], dv[1]);
            assertEquals(false, get(shadow, "clamped"));
            return new double[] {(Double) get(shadow, "value")};
          },
          (v, w) -> {
            double[] g = new double[2];
            Object seed = compressed(result, w[0]);
            Object rebuilt = Transformed.invoke(adjoint, v[0], v[1], seed, g);
            assertEquals(get(Transformed.invoke(primal, v[0], v[1]), "clamped"), get(rebuilt, "clamped"), "the primal flag, copied");
            return g;
          },
          exact);
    }
  }

  static Object compressed(Class<?> result, double v) {
    try {
      return result.getConstructor(D, boolean.class).newInstance(v, true);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
