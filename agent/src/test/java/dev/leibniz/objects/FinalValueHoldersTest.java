package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.leibniz.Derivatives;
import dev.leibniz.objects.fixtures.immutable.Spot;
import dev.leibniz.objects.fixtures.immutable.Spots;
import dev.leibniz.objects.fixtures.immutable.Turn;
import dev.leibniz.oracle.JacobianCheck;
import dev.leibniz.oracle.LinkedFixtures;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import org.junit.jupiter.api.Test;

/**
 * Immutable objects holding immutable objects, none annotated (WorldWind's {@code LatLon} of two {@code Angle}s, each of
 * final doubles): the companions read the angles' derivatives through the shadows of the places, so {@code zeroShadow}
 * must copy an object of final scalar fields found in a field too. It left those null (no method can write them), and
 * both companions of the twenty-third round's {@code LatLon.ellipsoidalDistance} threw a NullPointerException. Both modes
 * against the analytic gradient and differences, and the dot-product test. Inputs: the latitude and longitude (radians)
 * of a, then of b.
 */
class FinalValueHoldersTest {
  static final LinkedFixtures L = LinkedFixtures.of(Spots.class, Spot.class, Turn.class);
  static final Class<?> SPOTS = L.get(Spots.class), SPOT = L.get(Spot.class), TURN = L.get(Turn.class);
  static final double[] X = {0.71, -1.29, 0.9, -0.002};

  static Object turn(double radians) throws ReflectiveOperationException {
    return TURN.getMethod("fromRadians", double.class).invoke(null, radians);
  }

  static Object spot(double lat, double lon) {
    try {
      return SPOT.getConstructor(TURN, TURN).newInstance(turn(lat), turn(lon));
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** Sets the radians of the angle in {@code field} of a place's shadow (a final field, by reflection, as zeroShadow's callers may). */
  static void seed(Object spotShadow, String field, double value) throws ReflectiveOperationException {
    Object turnShadow = SPOT.getField(field).get(spotShadow);
    Field radians = TURN.getField("radians");
    radians.setAccessible(true);
    radians.setDouble(turnShadow, value);
  }

  static double radiansOf(Object spotShadow, String field) throws ReflectiveOperationException {
    return TURN.getField("radians").getDouble(SPOT.getField(field).get(spotShadow));
  }

  static Object call(String name, Object... args) {
    for (var m : SPOTS.getDeclaredMethods()) {
      if (!m.getName().equals(name)) continue;
      try {
        return m.invoke(null, args);
      } catch (InvocationTargetException e) {
        throw new AssertionError(name + " threw", e.getCause());
      } catch (IllegalAccessException e) {
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("no " + name);
  }

  static double[] primal(double[] v) {
    return new double[] {(double) call("cosDistance", spot(v[0], v[1]), spot(v[2], v[3]))};
  }

  static double[] tangent(double[] v, double[] dv) {
    try {
      Object a = spot(v[0], v[1]), b = spot(v[2], v[3]);
      Object da = Derivatives.zeroShadow(a), db = Derivatives.zeroShadow(b);
      seed(da, "latitude", dv[0]);
      seed(da, "longitude", dv[1]);
      seed(db, "latitude", dv[2]);
      seed(db, "longitude", dv[3]);
      return new double[] {(double) call("cosDistance$tangent", a, da, b, db)};
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static double[] adjoint(double[] v, double[] ybar) {
    try {
      Object a = spot(v[0], v[1]), b = spot(v[2], v[3]);
      Object abar = Derivatives.zeroShadow(a), bbar = Derivatives.zeroShadow(b);
      double f = (double) call("cosDistance$adjoint", a, abar, b, bbar, ybar[0]);
      assertEquals(primal(v)[0], f, 0, "the adjoint returns the primal value");
      return new double[] {radiansOf(abar, "latitude"), radiansOf(abar, "longitude"), radiansOf(bbar, "latitude"),
          radiansOf(bbar, "longitude")};
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static double[] gradient(double[] v) {
    double s1 = Math.sin(v[0]), c1 = Math.cos(v[0]), s2 = Math.sin(v[2]), c2 = Math.cos(v[2]);
    double dl = v[3] - v[1], cd = Math.cos(dl), sd = Math.sin(dl);
    return new double[] {c1 * s2 - s1 * c2 * cd, c1 * c2 * sd, s1 * c2 - c1 * s2 * cd, -c1 * c2 * sd};
  }

  @Test
  void theHeldAnglesGetShadowsForAnyCompanionAndForTheFunctionsOwn() throws Exception {
    Object a = spot(X[0], X[1]);
    assertNotNull(SPOT.getField("latitude").get(Derivatives.zeroShadow(a)), "copied: companions read its derivative");
    assertNotNull(SPOT.getField("latitude").get(Derivatives.zeroShadow(a, SPOTS)), "Spots' companions list Turn");
  }

  @Test
  void bothModesMatchAnalyticDifferencesAndEachOther() {
    JacobianCheck.check("Spots.cosDistance(Spot, Spot)", X, FinalValueHoldersTest::primal,
        FinalValueHoldersTest::tangent, FinalValueHoldersTest::adjoint,
        new double[][] {gradient(X)});
  }
}
