package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.objects.fixtures.droppedcheck.Checks;
import dev.leibniz.objects.fixtures.droppedcheck.DroppedChecks;
import dev.leibniz.objects.fixtures.droppedcheck.Vec3;
import dev.leibniz.oracle.JacobianCheck;
import dev.leibniz.oracle.LinkedFixtures;
import dev.leibniz.oracle.ScalarFunction;
import java.lang.reflect.Method;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;

/**
 * A call whose result the caller drops is passive when it writes nothing (core.analysis.PassiveCallCheck): Sceneform's
 * {@code Preconditions.checkNotNull(lhs, "...")} returns the vector it checks, an object with a shadow, and was refused
 * as "the callee's result depends on an active value" in 26 of the thirty-second round's entries. Both modes against
 * central finite differences and the exact gradient (Hipparchus' {@code DerivativeStructure}), and the dot-product test
 * ({@link JacobianCheck}); the same check whose result is used stays refused.
 */
class DroppedCheckResultsTest {
  static final LinkedFixtures L = LinkedFixtures.allowingDiagnostics(DroppedChecks.class, Vec3.class, Checks.class);
  static final Class<?> T = L.get(DroppedChecks.class), V = L.get(Vec3.class), D = double.class;

  static Object vec(double x, double y, double z) {
    try {
      return V.getConstructor(D, D, D).newInstance(x, y, z);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static Object shadow(Object point, double x, double y, double z) {
    Object d = Derivatives.zeroShadow(point);
    set(d, x, y, z);
    return d;
  }

  static void set(Object o, double x, double y, double z) {
    try {
      V.getField("x").setDouble(o, x);
      V.getField("y").setDouble(o, y);
      V.getField("z").setDouble(o, z);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static double[] coordinates(Object point) {
    try {
      return new double[] {V.getField("x").getDouble(point), V.getField("y").getDouble(point), V.getField("z").getDouble(point)};
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
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
      Method t = T.getMethod("between$tangent", V, V, V, V);
      Object p = vec(v[0], v[1], v[2]), q = vec(v[3], v[4], v[5]);
      return (double) t.invoke(null, p, shadow(p, dv[0], dv[1], dv[2]), q, shadow(q, dv[3], dv[4], dv[5]));
    } catch (ReflectiveOperationException e) {
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
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void droppedCheckResultsKeepTheirPrimalCallsInBothModes() {
    assertTrue(!L.result(DroppedChecks.class).diagnostics().toString().contains("method=between("),
        L.result(DroppedChecks.class).diagnostics().toString());
    for (double[] x : new double[][] {{0.7, -1.3, 0.4, 1.1, 0.25, -1.5}, {2.0, 0.5, -0.3, -1.0, 1.5, 0.9}}) {
      DSFactory factory = new DSFactory(6, 1);
      DerivativeStructure[] v = new DerivativeStructure[6];
      for (int k = 0; k < 6; k++) v[k] = factory.variable(k, x[k]);
      DerivativeStructure norm = v[0].square().add(v[1].square()).add(v[2].square()).sqrt();
      DerivativeStructure exact = v[0].multiply(v[3]).add(v[1].multiply(v[4])).add(v[2].multiply(v[5])).add(norm.multiply(v[5]));
      assertEquals(exact.getValue(), between(x), 1e-13);
      JacobianCheck.check("between", x, y -> new double[] {between(y)}, (y, yd) -> new double[] {betweenTangent(y, yd)},
          (y, w) -> betweenAdjoint(y, w[0]), new double[][] {LogThenThrowChecksTest.gradient(exact)});
    }
  }

  @Test
  void aCheckWhoseResultIsUsedStaysRefused() {
    String d = L.result(DroppedChecks.class).diagnostics().toString();
    assertTrue(d.contains("method=through(") && d.contains("Checks.checkNotNull(Object, Object)"), d);
  }

  /** A dropped double result is no reference: the call is differentiated as before (it was refused as passive once). */
  @Test
  void aDroppedNumberStaysADifferentiatedCall() {
    assertTrue(!L.result(DroppedChecks.class).diagnostics().toString().contains("method=guarded("),
        L.result(DroppedChecks.class).diagnostics().toString());
    ScalarFunction f = new ScalarFunction(T, "guarded", D, D);
    double[] x = {0.7, -1.3};
    assertEquals(x[1], f.tangent(x, new double[] {1, 0}), 0);
    assertEquals(x[0], f.tangent(x, new double[] {0, 1}), 0);
    double[] g = new double[2];
    f.adjoint(x, 1, g);
    assertEquals(x[1], g[0], 0);
    assertEquals(x[0], g[1], 0);
  }
}
