package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.objects.fixtures.points.PointFunctions;
import dev.leibniz.oracle.DotProductCheck;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.oracle.LinkedFixtures;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Field;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;

/**
 * A Hipparchus {@code Vector3D} received as a read-only parameter whose derivative is wanted
 * ({@code potential(@Differentiable Vector3D p, double[] x)}): the parameter's annotation gives the
 * class shadows (its fields are final and never written, so it was passive, and the derivative with
 * respect to {@code p} could not be asked for). Both modes through {@code Derivatives}' handles and
 * {@code zeroShadow} (its final fields set by reflection for the direction, read back for the
 * adjoint) against the analytic gradient and central differences, and the dot-product test.
 * Inputs: p's x, y, z, then x[0..2].
 */
class ReadOnlyParameterShadowTest {
  static final LinkedFixtures L = LinkedFixtures.of(PointFunctions.class);
  static final Class<?> T = L.get(PointFunctions.class);
  static final double[] X = {0.8, -1.3, 0.4, 1.5, -0.7, 2.1};

  static Field coordinate(String name) {
    try {
      Field f = Vector3D.class.getDeclaredField(name);
      f.setAccessible(true);
      return f;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static final Field PX = coordinate("x"), PY = coordinate("y"), PZ = coordinate("z");

  static double[] primal(double[] v) {
    try {
      return new double[] {(double) T.getMethod("potential", Vector3D.class, double[].class)
          .invoke(null, new Vector3D(v[0], v[1], v[2]), new double[] {v[3], v[4], v[5]})};
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static double[] tangent(double[] v, double[] dv) {
    try {
      MethodHandle t = Derivatives.tangent(MethodHandles.lookup(), T, "potential", Vector3D.class, double[].class);
      Vector3D p = new Vector3D(v[0], v[1], v[2]);
      Vector3D dp = Derivatives.zeroShadow(p);
      PX.setDouble(dp, dv[0]);
      PY.setDouble(dp, dv[1]);
      PZ.setDouble(dp, dv[2]);
      return new double[] {(double) t.invoke(p, dp, new double[] {v[3], v[4], v[5]}, new double[] {dv[3], dv[4], dv[5]})};
    } catch (Throwable e) {
      throw new AssertionError(e);
    }
  }

  static double[] adjoint(double[] v, double[] ybar) {
    try {
      MethodHandle a = Derivatives.adjoint(MethodHandles.lookup(), T, "potential", Vector3D.class, double[].class);
      Vector3D p = new Vector3D(v[0], v[1], v[2]);
      Vector3D pBar = Derivatives.zeroShadow(p);
      double[] xBar = new double[3];
      double f = (double) a.invoke(p, pBar, new double[] {v[3], v[4], v[5]}, xBar, ybar[0]);
      assertEquals(primal(v)[0], f, 0, "the adjoint returns the primal value");
      return new double[] {PX.getDouble(pBar), PY.getDouble(pBar), PZ.getDouble(pBar), xBar[0], xBar[1], xBar[2]};
    } catch (Throwable e) {
      throw new AssertionError(e);
    }
  }

  static double[] gradient(double[] v) {
    double px = v[0], py = v[1], pz = v[2], x0 = v[3], x1 = v[4], x2 = v[5];
    double norm = Math.sqrt(px * px + py * py + pz * pz);
    return new double[] {x0 + x0 * px / norm, 2 * x1 * py + x0 * py / norm, Math.cos(pz) * x2 + x0 * pz / norm,
        px + norm, py * py, Math.sin(pz)};
  }

  @Test
  void theParametersClassGetsShadowsWithTheReason() {
    assertTrue(L.result(PointFunctions.class).plans().toString().contains("annotates its parameter 0"),
        () -> "" + L.result(PointFunctions.class).plans());
  }

  /** The typed facade (annotation processor) follows the parameter's annotation: it passes the point's shadow. */
  @Test
  void theFacadeTakesThePointsShadow() throws Exception {
    Class<?> facade = Class.forName(PointFunctions.class.getName() + "Derivatives");
    facade.getMethod("potentialTangent", Vector3D.class, Vector3D.class, double[].class, double[].class);
    facade.getMethod("potentialAdjoint", Vector3D.class, Vector3D.class, double[].class, double[].class, double.class);
  }

  @Test
  void bothModesMatchAnalyticAndDifferences() {
    double[] exact = gradient(X);
    double[] g = adjoint(X, new double[] {1});
    for (int k = 0; k < X.length; k++) {
      double[] e = new double[X.length];
      e[k] = 1;
      double t = tangent(X, e)[0];
      FiniteDifferences.Estimate fd = FiniteDifferences.directional(ReadOnlyParameterShadowTest::primal, X, e)[0];
      double tol = 1e-13 * Math.max(1, Math.abs(exact[k]));
      assertEquals(exact[k], t, tol, "tangent d/d in" + k + " vs analytic");
      assertEquals(fd.value(), t, fd.tolerance(1e-8), "tangent d/d in" + k + " vs differences");
      assertEquals(exact[k], g[k], tol, "adjoint d/d in" + k + " vs analytic");
      assertEquals(fd.value(), g[k], fd.tolerance(1e-8), "adjoint d/d in" + k + " vs differences");
    }
  }

  @Test
  void dotProductBetweenModes() {
    DotProductCheck.check("potential(@Differentiable Vector3D p, double[] x)", X, 1, ReadOnlyParameterShadowTest::tangent,
        ReadOnlyParameterShadowTest::adjoint, 29, 5);
  }
}
