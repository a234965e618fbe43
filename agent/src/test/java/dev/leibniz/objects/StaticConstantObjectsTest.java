package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.leibniz.Derivatives;
import dev.leibniz.objects.fixtures.constants.Bearing;
import dev.leibniz.objects.fixtures.constants.Bearings;
import dev.leibniz.oracle.DotProductCheck;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.oracle.LinkedFixtures;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * Immutable objects held in {@code static final} fields and made there by a factory (WorldWind's {@code Angle.ZERO =
 * Angle.fromDegrees(0)}, the first blocker of six LatLon entries): a passive constant. Returned on a special path beside
 * a computed object, its derivative is 0 in both modes (a zero shadow of its own, made at the read for this call; the
 * constant's own object is never a shadow, so nothing can write into state shared between calls); read for its fields,
 * it is a number without derivative. Both modes against the analytic derivative and central differences, the
 * dot-product test, on the computed path and on the constant's; from the constant's own class (whose constructor is
 * private) and from another class.
 */
class StaticConstantObjectsTest {
  static final LinkedFixtures L = LinkedFixtures.allowingDiagnostics(Bearing.class, Bearings.class);
  static final Class<?> BEARING = L.get(Bearing.class), BEARINGS = L.get(Bearings.class);

  static Object call(Class<?> c, String name, Object... args) {
    for (Method m : c.getDeclaredMethods()) {
      if (!m.getName().equals(name)) continue;
      try {
        return m.invoke(null, args);
      } catch (InvocationTargetException e) {
        throw new AssertionError(name + " threw", e.getCause());
      } catch (IllegalAccessException e) {
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("no " + name + " in " + c);
  }

  static double radians(Object bearing) {
    try {
      return BEARING.getField("radians").getDouble(bearing);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static double degrees(Object bearing) {
    try {
      return BEARING.getField("degrees").getDouble(bearing);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static Object constant(String name) {
    try {
      return BEARING.getField(name).get(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** A shadow of a Bearing holding (degrees, radians) = (d, r), as a caller makes one for a seed. */
  static Object bearingShadow(double degrees, double radians) {
    Object s = Derivatives.zeroShadow(call(BEARING, "fromRadians", 1.0));
    try {
      var d = BEARING.getField("degrees");
      var r = BEARING.getField("radians");
      d.setAccessible(true);
      r.setAccessible(true);
      d.setDouble(s, degrees);
      r.setDouble(s, radians);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
    return s;
  }

  // ---- Bearings.azimuth(lat1, lon1, lat2, lon2): outputs (degrees, radians)

  static double[] azimuth(double[] v) {
    Object b = call(BEARINGS, "azimuth", v[0], v[1], v[2], v[3]);
    return new double[] {degrees(b), radians(b)};
  }

  static double[] azimuthTangent(double[] v, double[] dv) {
    Object[] out = (Object[]) null;
    Object shadow = call(BEARINGS, "azimuth$tangent", v[0], dv[0], v[1], dv[1], v[2], dv[2], v[3], dv[3]);
    return new double[] {degrees(shadow), radians(shadow)};
  }

  static double[] azimuthAdjoint(double[] v, double[] ybar) {
    double[] bar = new double[4];
    Object b = call(BEARINGS, "azimuth$adjoint", v[0], v[1], v[2], v[3], bearingShadow(ybar[0], ybar[1]), bar);
    assertEquals(azimuth(v)[1], radians(b), 0, "the adjoint returns the primal result");
    return bar;
  }

  @Test
  void probe() {
    System.out.println("DIAG " + L.result(Bearing.class).diagnostics() + "\nDIAG " + L.result(Bearings.class).diagnostics());
    System.out.println(java.util.Arrays.toString(BEARINGS.getDeclaredMethods()));
    System.out.println(java.util.Arrays.toString(BEARING.getDeclaredMethods()));
  }
}
