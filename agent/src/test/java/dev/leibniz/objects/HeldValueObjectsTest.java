package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.objects.fixtures.holders.CountedPlace;
import dev.leibniz.objects.fixtures.holders.Heading;
import dev.leibniz.objects.fixtures.holders.Leg;
import dev.leibniz.objects.fixtures.holders.Place;
import dev.leibniz.oracle.JacobianCheck;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Holders of value objects built new (WorldWind's {@code new LatLon(Angle, Angle)} returned by {@code
 * greatCircleEndPosition}, the angles made here from active numbers by factories through {@code Angle}'s private
 * constructor): the holder's checking constructor is refilled (run again on the same objects, its fields then written
 * from the temporary's, README "Objects"), each angle is built from values, and the holder's shadow holds the angles'
 * shadows, made here: nested shadows in both modes. Against central finite differences and the analytic Jacobian, with
 * the dot-product test ({@link JacobianCheck}).
 */
class HeldValueObjectsTest {
  static final Transformed PLACE = Transformed.of(Place.class);

  static Object call(Method m, Object... args) {
    try {
      return m.invoke(null, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw new AssertionError(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static Method method(String name, Class<?>... types) {
    try {
      return PLACE.type.getMethod(name, types);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(name + " not generated: " + PLACE.result.diagnostics() + " " + Arrays.toString(PLACE.type.getMethods()), e);
    }
  }

  /** A heading holding exactly these fields (a shadow or a seed: its degrees need not be its radians'). */
  static Heading heading(double degrees, double radians) {
    try {
      Constructor<Heading> c = Heading.class.getDeclaredConstructor(double.class, double.class);
      c.setAccessible(true);
      return c.newInstance(degrees, radians);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** The heading of {@code radians}, its degrees consistent (equals compares them). */
  static Heading angle(double radians) {
    return heading(Math.toDegrees(radians), radians);
  }

  static Object place(Heading latitude, Heading longitude) {
    try {
      return PLACE.type.getConstructor(Heading.class, Heading.class).newInstance(latitude, longitude);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static Heading latitude(Object place) {
    return field(place, "latitude");
  }

  static Heading longitude(Object place) {
    return field(place, "longitude");
  }

  static Heading field(Object place, String name) {
    try {
      return (Heading) PLACE.type.getField(name).get(place);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static double[] out(Object place) {
    Heading lat = latitude(place), lon = longitude(place);
    return new double[] {lat.degrees, lat.radians, lon.degrees, lon.radians};
  }

  @Test
  void aNewHolderOfHeadingsMadeHereIsReturnedWithNestedShadows() {
    Class<?> p = PLACE.type, h = Heading.class;
    Method primal = method("endPoint", p, h, h), tangent = method("endPoint$tangent", p, p, h, h, h, h);
    Method adjoint = method("endPoint$adjoint", p, p, h, h, h, h, p);
    double[] x = {0.5, -0.3, 0.7, 0.4}; // latitude, longitude, azimuth, distance (radians): the latitude stays in range
    JacobianCheck.check("endPoint", x,
        v -> out(call(primal, place(heading(0, v[0]), heading(0, v[1])), heading(0, v[2]), heading(0, v[3]))),
        (v, dv) -> {
          Object shadow = call(tangent, place(heading(0, v[0]), heading(0, v[1])), place(heading(0, dv[0]), heading(0, dv[1])),
              heading(0, v[2]), heading(0, dv[2]), heading(0, v[3]), heading(0, dv[3]));
          assertEquals(p, shadow.getClass(), "the tangent returns the result's shadow");
          return out(shadow);
        },
        (v, w) -> {
          Object pBar = place(heading(0, 0), heading(0, 0));
          Heading azBar = heading(0, 0), dBar = heading(0, 0);
          Object r = call(adjoint, place(heading(0, v[0]), heading(0, v[1])), pBar, heading(0, v[2]), azBar, heading(0, v[3]),
              dBar, place(heading(w[0], w[1]), heading(w[2], w[3])));
          assertEquals(Arrays.toString(out(call(primal, place(heading(0, v[0]), heading(0, v[1])), heading(0, v[2]),
              heading(0, v[3])))), Arrays.toString(out(r)), "the adjoint returns the primal result");
          return new double[] {latitude(pBar).radians, longitude(pBar).radians, azBar.radians, dBar.radians};
        },
        jacobian(x));
  }

  /** d(lat.deg, lat.rad, lon.deg, lon.rad)/d(lat, lon, az, d) of the great circle's end, by hand. */
  static double[][] jacobian(double[] x) {
    double lat = x[0], az = x[2], d = x[3];
    double s = Math.sin(lat) * Math.cos(d) + Math.cos(lat) * Math.sin(d) * Math.cos(az);
    double k = 1 / Math.sqrt(1 - s * s);
    double[] dLat = {k * (Math.cos(lat) * Math.cos(d) - Math.sin(lat) * Math.sin(d) * Math.cos(az)), 0,
        k * -Math.cos(lat) * Math.sin(d) * Math.sin(az), k * (-Math.sin(lat) * Math.sin(d) + Math.cos(lat) * Math.cos(d) * Math.cos(az))};
    double y = Math.sin(d) * Math.sin(az), xx = Math.cos(lat) * Math.cos(d) - Math.sin(lat) * Math.sin(d) * Math.cos(az);
    double[] dy = {0, 0, Math.sin(d) * Math.cos(az), Math.cos(d) * Math.sin(az)};
    double[] dx = {-Math.sin(lat) * Math.cos(d) - Math.cos(lat) * Math.sin(d) * Math.cos(az), 0, Math.sin(lat) * Math.sin(d) * Math.sin(az),
        -Math.cos(lat) * Math.sin(d) - Math.sin(lat) * Math.cos(d) * Math.cos(az)};
    double[] dLon = new double[4];
    for (int j = 0; j < 4; j++) dLon[j] = (xx * dy[j] - y * dx[j]) / (xx * xx + y * y);
    dLon[1] += 1;
    double[][] out = new double[4][4];
    for (int j = 0; j < 4; j++) {
      out[0][j] = Math.toDegrees(dLat[j]);
      out[1][j] = dLat[j];
      out[2][j] = Math.toDegrees(dLon[j]);
      out[3][j] = dLon[j];
    }
    return out;
  }

  @Test
  void aHolderMadeHereKeepsAParametersHeadingWithItsShadow() {
    Class<?> p = PLACE.type, d = double.class;
    Method primal = method("shifted", p, d), tangent = method("shifted$tangent", p, p, d, d);
    Method adjoint = method("shifted$adjoint", p, p, d, p, double[].class);
    double[] x = {0.5, -0.3, 0.2}; // latitude, longitude, the shift (radians)
    JacobianCheck.check("shifted", x, v -> out(call(primal, place(heading(0, v[0]), heading(0, v[1])), v[2])),
        (v, dv) -> {
          Heading lonShadow = heading(0, dv[1]);
          Object shadow = call(tangent, place(heading(0, v[0]), heading(0, v[1])), place(heading(0, dv[0]), lonShadow), v[2], dv[2]);
          assertSame(lonShadow, longitude(shadow), "the longitude held is p's, and its shadow is p's shadow's");
          return out(shadow);
        },
        (v, w) -> {
          Object pBar = place(heading(0, 0), heading(0, 0));
          double[] dBar = new double[1];
          call(adjoint, place(heading(0, v[0]), heading(0, v[1])), pBar, v[2], place(heading(w[0], w[1]), heading(w[2], w[3])), dBar);
          return new double[] {latitude(pBar).radians, longitude(pBar).radians, dBar[0]};
        },
        new double[][] {{Math.toDegrees(1), 0, Math.toDegrees(1)}, {1, 0, 1}, {0, 0, 0}, {0, 1, 0}});
  }

  @Test
  void equalsComparingClassesIsAPassiveTest() {
    Class<?> p = PLACE.type, d = double.class;
    Method primal = method("interpolate", d, p, p), tangent = method("interpolate$tangent", d, d, p, p, p, p);
    Method adjoint = method("interpolate$adjoint", d, p, p, p, p, p, double[].class);
    double[] x = {0.3, 0.5, -0.3, 0.9, 0.4}; // amount, a's latitude and longitude, b's
    JacobianCheck.check("interpolate", x,
        v -> out(call(primal, v[0], place(angle(v[1]), angle(v[2])), place(angle(v[3]), angle(v[4])))),
        (v, dv) -> out(call(tangent, v[0], dv[0], place(angle(v[1]), angle(v[2])), place(heading(0, dv[1]), heading(0, dv[2])),
            place(angle(v[3]), angle(v[4])), place(heading(0, dv[3]), heading(0, dv[4])))),
        (v, w) -> {
          Object aBar = place(heading(0, 0), heading(0, 0)), bBar = place(heading(0, 0), heading(0, 0));
          double[] amountBar = new double[1];
          call(adjoint, v[0], place(angle(v[1]), angle(v[2])), aBar, place(angle(v[3]), angle(v[4])), bBar,
              place(heading(w[0], w[1]), heading(w[2], w[3])), amountBar);
          return new double[] {amountBar[0], latitude(aBar).radians, longitude(aBar).radians, latitude(bBar).radians,
              longitude(bBar).radians};
        },
        interpolation(x));
  }

  /** d(lat.deg, lat.rad, lon.deg, lon.rad)/d(amount, a.lat, a.lon, b.lat, b.lon) of the linear interpolation. */
  static double[][] interpolation(double[] x) {
    double t = x[0];
    double[] lat = {x[3] - x[1], 1 - t, 0, t, 0}, lon = {x[4] - x[2], 0, 1 - t, 0, t};
    double[][] out = new double[4][];
    out[0] = Arrays.stream(lat).map(Math::toDegrees).toArray();
    out[1] = lat;
    out[2] = Arrays.stream(lon).map(Math::toDegrees).toArray();
    out[3] = lon;
    return out;
  }

  @Test
  void aHolderWithAPlainConstructorIsBuiltFromValues() {
    Class<?> leg = Leg.class;
    Method primal = method("back", leg), tangent = method("back$tangent", leg, leg), adjoint = method("back$adjoint", leg, leg, leg);
    double[] x = {0.4, -0.9}; // the leg's from and to (radians); the returned leg holds the given to itself
    JacobianCheck.check("back", x, v -> legOut(call(primal, new Leg(angle(v[0]), angle(v[1])))),
        (v, dv) -> legOut(call(tangent, new Leg(angle(v[0]), angle(v[1])), new Leg(angle(dv[0]), angle(dv[1])))),
        (v, w) -> {
          Leg bar = new Leg(heading(0, 0), heading(0, 0));
          call(adjoint, new Leg(angle(v[0]), angle(v[1])), bar, new Leg(heading(w[0], w[1]), heading(w[2], w[3])));
          // each input heading is angle(v): degrees and radians move together
          return new double[] {bar.from.radians + Math.toDegrees(bar.from.degrees), bar.to.radians + Math.toDegrees(bar.to.degrees)};
        },
        new double[][] {{0, Math.toDegrees(1)}, {0, 1}, {Math.toDegrees(2), 0}, {2, 0}});
  }

  static double[] legOut(Object leg) {
    Leg l = (Leg) leg;
    return new double[] {l.from.degrees, l.from.radians, l.to.degrees, l.to.radians};
  }

  /**
   * A heading made by its factory through its private constructor and returned, of a class with shadows here (WorldWind's
   * LatLon.greatCircleDistance): built from values as before, not by the result wrappers' linked constructor (whose twin
   * has no adjoint for it: the whole class was refused).
   */
  @Test
  void aHeadingOfAClassWithShadowsReturnedFromItsFactoryIsBuiltFromValues() {
    Class<?> p = PLACE.type, h = Heading.class;
    Method primal = method("separation", p, p), tangent = method("separation$tangent", p, p, p, p);
    Method adjoint = method("separation$adjoint", p, p, p, p, h);
    double[] x = {0.5, -0.3, 0.9, 0.4}; // a's latitude and longitude, b's
    double dLat = x[2] - x[0], dLon = x[3] - x[1], r = Math.hypot(dLat, dLon);
    double[] row = {-dLat / r, -dLon / r, dLat / r, dLon / r};
    JacobianCheck.check("separation", x, v -> headingOut(call(primal, place(angle(v[0]), angle(v[1])), place(angle(v[2]), angle(v[3])))),
        (v, dv) -> headingOut(call(tangent, place(angle(v[0]), angle(v[1])), place(heading(0, dv[0]), heading(0, dv[1])),
            place(angle(v[2]), angle(v[3])), place(heading(0, dv[2]), heading(0, dv[3])))),
        (v, w) -> {
          Object aBar = place(heading(0, 0), heading(0, 0)), bBar = place(heading(0, 0), heading(0, 0));
          call(adjoint, place(angle(v[0]), angle(v[1])), aBar, place(angle(v[2]), angle(v[3])), bBar, heading(w[0], w[1]));
          return new double[] {latitude(aBar).radians, longitude(aBar).radians, latitude(bBar).radians, longitude(bBar).radians};
        },
        new double[][] {Arrays.stream(row).map(Math::toDegrees).toArray(), row});
  }

  static double[] headingOut(Object h) {
    return new double[] {((Heading) h).degrees, ((Heading) h).radians};
  }

  @Test
  void aHolderWhoseConstructorHasAnotherEffectStaysRefusedAtItsLine() {
    Transformed counted = Transformed.of(CountedPlace.class, true);
    Diagnostic d = counted.result.diagnostics().stream().filter(x -> !x.warning() && x.method().startsWith("shifted("))
        .findFirst().orElse(null);
    assertNotNull(d, "shifted refused: " + counted.result.diagnostics());
    assertEquals(24, d.line(), d.message());
    assertTrue(d.message().contains("new CountedPlace(Heading, Heading)"), d.message());
    assertTrue(!d.message().contains("dev/leibniz"), "Java syntax: " + d.message());
  }

  @Test
  void theParameterReturnedOnTheSpecialPathCarriesItsOwnShadow() {
    Class<?> p = PLACE.type, h = Heading.class;
    Object start = place(heading(0, 0.5), heading(0, -0.3)), shadow = place(heading(0, 1), heading(0, 2));
    assertSame(shadow, call(method("endPoint$tangent", p, p, h, h, h, h), start, shadow, heading(0, 0.7), heading(0, 0),
        heading(0, 0), heading(0, 0)), "distance 0 returns p, and the tangent its shadow");
  }
}
