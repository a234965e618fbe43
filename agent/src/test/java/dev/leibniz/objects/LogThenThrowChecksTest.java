package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.objects.fixtures.logthrow.LogThenThrow;
import dev.leibniz.objects.fixtures.logthrow.RecordedDistance;
import dev.leibniz.objects.fixtures.logthrow.Vec4;
import dev.leibniz.oracle.JacobianCheck;
import dev.leibniz.oracle.LinkedFixtures;
import dev.leibniz.oracle.ScalarFunction;
import dev.leibniz.Derivatives;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.List;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;

/**
 * A value class whose methods check their argument by logging, then throwing (WorldWind's {@code Vec4.distanceTo3}),
 * called from a marked method of another class: the logger call only a throw follows is no write of the callee
 * ({@code ParamWrites.THROWING_WRITES}), so the tangent is no longer refused for "returns a value and writes fields".
 * Both modes against central finite differences and the exact gradient (Hipparchus' {@code DerivativeStructure}), and
 * the dot-product test ({@link JacobianCheck}). A callee that writes a static on its normal path stays refused.
 */
class LogThenThrowChecksTest {
  static final LinkedFixtures L = LinkedFixtures.allowingDiagnostics(Vec4.class, LogThenThrow.class, RecordedDistance.class);
  static final Class<?> D = double.class;

  @Test
  void checkedValueClassMethodsInBothModes() {
    assertEquals(List.of(), L.result(Vec4.class).diagnostics());
    assertEquals(List.of(), L.result(LogThenThrow.class).diagnostics());
    ScalarFunction f = new ScalarFunction(L.get(LogThenThrow.class), "spread", D, D, D);
    for (double[] x : new double[][] {{0.7, -1.3, 0.4}, {2.0, 0.25, -1.5}}) {
      DSFactory factory = new DSFactory(3, 1);
      DerivativeStructure a = factory.variable(0, x[0]), b = factory.variable(1, x[1]), c = factory.variable(2, x[2]);
      DerivativeStructure cc = c.multiply(c);
      DerivativeStructure dist = b.subtract(a).square().add(cc.subtract(b).square()).add(a.subtract(c).square()).sqrt();
      DerivativeStructure exact = dist.multiply(a).add(a.multiply(b)).add(b.multiply(cc)).add(c.multiply(a));
      assertEquals(exact.getValue(), f.value(x), 1e-13);
      double[] g = new double[3];
      for (int k = 0; k < 3; k++) {
        int[] orders = new int[3];
        orders[k] = 1;
        g[k] = exact.getPartialDerivative(orders);
      }
      JacobianCheck.check("spread", x, y -> new double[] {f.value(y)}, (y, yd) -> new double[] {f.tangent(y, yd)},
          (y, w) -> {
            double[] gy = new double[3];
            f.adjoint(y, w[0], gy);
            return gy;
          }, new double[][] {g});
    }
  }

  static final Class<?> T = L.get(LogThenThrow.class), V = L.get(Vec4.class);

  static Object vec(double x, double y, double z) {
    try {
      return V.getConstructor(D, D, D).newInstance(x, y, z);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** A point's shadow holding (x, y, z) in its final fields ({@code Derivatives.zeroShadow}, then set by reflection). */
  static Object shadow(Object point, double x, double y, double z) {
    try {
      Object d = Derivatives.zeroShadow(point);
      for (String f : new String[] {"x", "y", "z"}) {
        Field field = V.getField(f);
        field.setAccessible(true);
        field.setDouble(d, f.equals("x") ? x : f.equals("y") ? y : z);
      }
      return d;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static double[] coordinates(Object point) throws ReflectiveOperationException {
    return new double[] {V.getField("x").getDouble(point), V.getField("y").getDouble(point), V.getField("z").getDouble(point)};
  }

  static double between(double[] v) {
    try {
      return (double) T.getMethod("between", V, V).invoke(null, vec(v[0], v[1], v[2]), vec(v[3], v[4], v[5]));
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static double betweenTangent(double[] v, double[] dv) {
    try {
      // by reflection: a method handle's lookup here would see the test loader's Vec4, not the fixtures'
      Method t = T.getMethod("between$tangent", V, V, V, V);
      Object p = vec(v[0], v[1], v[2]), q = vec(v[3], v[4], v[5]);
      return (double) t.invoke(null, p, shadow(p, dv[0], dv[1], dv[2]), q, shadow(q, dv[3], dv[4], dv[5]));
    } catch (Throwable e) {
      throw new AssertionError(e);
    }
  }

  static double[] betweenAdjoint(double[] v, double seed) {
    try {
      Method a = T.getMethod("between$adjoint", V, V, V, V, D);
      Object p = vec(v[0], v[1], v[2]), q = vec(v[3], v[4], v[5]);
      Object pb = shadow(p, 0, 0, 0), qb = shadow(q, 0, 0, 0);
      a.invoke(null, p, pb, q, qb, seed);
      double[] g = new double[6];
      System.arraycopy(coordinates(pb), 0, g, 0, 3);
      System.arraycopy(coordinates(qb), 0, g, 3, 3);
      return g;
    } catch (Throwable e) {
      throw new AssertionError(e);
    }
  }

  /** The points as parameters with shadows: the checked methods are called (their companions), not inlined. */
  @Test
  void checkedMethodsOfPointsWithShadows() {
    for (double[] x : new double[][] {{0.7, -1.3, 0.4, 1.1, 0.25, -1.5}, {2.0, 0.5, -0.3, -1.0, 1.5, 0.9}}) {
      DerivativeStructure[] v = new DerivativeStructure[6];
      DSFactory factory = new DSFactory(6, 1);
      for (int k = 0; k < 6; k++) v[k] = factory.variable(k, x[k]);
      DerivativeStructure dist = v[3].subtract(v[0]).square().add(v[4].subtract(v[1]).square()).add(v[5].subtract(v[2]).square()).sqrt();
      DerivativeStructure exact = dist.multiply(3).add(v[0].multiply(v[3])).add(v[1].multiply(v[4])).add(v[2].multiply(v[5]));
      assertEquals(exact.getValue(), between(x), 1e-13);
      JacobianCheck.check("between", x, y -> new double[] {between(y)}, (y, yd) -> new double[] {betweenTangent(y, yd)},
          (y, w) -> betweenAdjoint(y, w[0]), new double[][] {gradient(exact)});
    }
  }

  static double[] gradient(DerivativeStructure f) {
    int n = f.getFreeParameters();
    double[] g = new double[n];
    for (int k = 0; k < n; k++) {
      int[] orders = new int[n];
      orders[k] = 1;
      g[k] = f.getPartialDerivative(orders);
    }
    return g;
  }

  @Test
  void aCalleeWritingAStaticOnItsNormalPathStaysRefused() {
    String d = L.result(RecordedDistance.class).diagnostics().toString();
    assertTrue(d.contains("recorded(DD)D") && d.contains("Vec4.lastDistance"), d);
  }

  /** A counter the callee writes on its normal path is handled as before this rule: counted once per companion call. */
  @Test
  void aCalleeCountingOnItsNormalPathIsHandledAsBefore() throws ReflectiveOperationException {
    String d = L.result(RecordedDistance.class).diagnostics().toString();
    assertTrue(!d.contains("counted("), d);
    ScalarFunction f = new ScalarFunction(L.get(RecordedDistance.class), "counted", D, D);
    Class<?> vec = L.get(RecordedDistance.class).getClassLoader().loadClass(Vec4.class.getName());
    java.lang.reflect.Field calls = vec.getField("calls");
    double[] x = {0.7, -1.3};
    int before = calls.getInt(null);
    double t = f.tangent(x, new double[] {1, 0});
    assertEquals(before + 1, calls.getInt(null));
    // d/da |(b - a, a - b, 1)| = 2 (a - b) / |.|
    double n = Math.sqrt(2 * (x[1] - x[0]) * (x[1] - x[0]) + 1);
    assertEquals(2 * (x[0] - x[1]) / n, t, 1e-13);
    double[] g = new double[2];
    f.adjoint(x, 1, g);
    assertEquals(2 * (x[0] - x[1]) / n, g[0], 1e-13);
    assertEquals(2 * (x[1] - x[0]) / n, g[1], 1e-13);
  }
}
