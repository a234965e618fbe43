package dev.leibniz.corpus;

import static dev.leibniz.corpus.Entry.args;
import static dev.leibniz.corpus.Entry.construct;
import static dev.leibniz.corpus.Entry.correct;
import static dev.leibniz.corpus.Entry.inLoaderOf;

import dev.leibniz.corpus.osmdroid.Distance;
import dev.leibniz.corpus.osmdroid.GeoPoint;
import dev.leibniz.corpus.osmdroid.MyMath;
import dev.leibniz.corpus.osmdroid.TileSystem;
import dev.leibniz.corpus.osmdroid.TileSystemWebMercator;
import dev.leibniz.corpus.twelvemonkeys.ResampleOp;
import dev.leibniz.corpus.tween.TweenEquation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The thirty-third round of the corpus table: three projects the corpus had not used. The Universal Tween Engine
 * (AurelienRibon/universal-tween-engine, Apache-2.0; ids {@code tween/...}): Robert Penner's easing equations in float,
 * each the {@code compute(float)} of an anonymous subclass held in a static field, with compound assignments inside
 * expressions ({@code (t-=1)*t}), exact tests of the time, {@code Math.pow} and parameters in fields of the abstract
 * class, and Bounce's IN and INOUT calling the OUT equation through the static field. TwelveMonkeys' {@code ResampleOp}
 * (haraldk/TwelveMonkeys, BSD-3-Clause; ids {@code twelvemonkeys/...}): the interpolation filters of Graphics Gems III's
 * filter_rcg.c (piecewise cubics, windowed sinc, a Bessel function of order one by rational approximations over local
 * coefficient arrays). osmdroid's geometry (osmdroid/osmdroid, Apache-2.0; ids {@code osmdroid/...}): squared
 * distances to lines and segments, the Gudermann function, angle cleaning loops, the haversine distance, bearing and
 * destination of {@code GeoPoint} through an interface, and the Web Mercator {@code TileSystem}, whose wrapping
 * conversions clip and dispatch to the abstract projection its subclass implements. Kept apart from {@link Corpus} so
 * that rounds merge without conflicts; {@link Corpus#entries()} appends it.
 */
final class ThirtyThirdRound {
  private ThirtyThirdRound() {}

  private static Class<?> named(String name) {
    try {
      return Class.forName("dev.leibniz.corpus." + name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  // ---- the Tween Engine: each equation is an anonymous subclass (Back$1 is Back.IN, $2 OUT, $3 INOUT)
  private static final String[] EASINGS = {"Back", "Bounce", "Circ", "Cubic", "Elastic", "Expo", "Quad", "Quart", "Quint", "Sine"};
  private static final String[] KINDS = {"IN", "OUT", "INOUT"};

  /** The equation's class loaded and differentiated with its outer class, its siblings and TweenEquation. */
  private static Entry tween(String easing, int index, String kind, Object[]... points) {
    Class<?> type = named("tween." + easing + "$" + index);
    List<Class<?>> with = new ArrayList<>(List.of(TweenEquation.class, named("tween." + easing)));
    for (int i = 1; i <= 3; i++) {
      if (i != index && !easing.equals("Linear")) with.add(named("tween." + easing + "$" + i));
    }
    return correct("tween/" + easing + "." + kind, type, "compute", points).on(construct()).with(with.toArray(Class<?>[]::new));
  }

  private static List<Entry> tweenEntries() {
    List<Entry> all = new ArrayList<>();
    for (String easing : EASINGS) {
      all.add(tween(easing, 1, "IN", args(0.3f), args(0.7f)));
      // Bounce.OUT's four pieces: t < 1/2.75, < 2/2.75, < 2.5/2.75, beyond
      all.add(easing.equals("Bounce") ? tween(easing, 2, "OUT", args(0.2f), args(0.5f), args(0.8f), args(0.95f))
          : tween(easing, 2, "OUT", args(0.3f), args(0.7f)));
      all.add(tween(easing, 3, "INOUT", args(0.3f), args(0.8f)));
    }
    all.add(tween("Linear", 1, "INOUT", args(0.3f)));
    return all;
  }

  // ---- TwelveMonkeys: each filter is a static nested class of ResampleOp, whose static helpers it calls
  private static Entry filter(String name, Object[]... points) {
    return correct("twelvemonkeys/ResampleOp." + name, named("twelvemonkeys.ResampleOp$" + name), "filter", points)
        .on(construct()).with(ResampleOp.class);
  }

  private static List<Entry> twelvemonkeysEntries() {
    return List.of(
        filter("HermiteFilter", args(0.4), args(-0.6)),
        filter("BoxFilter", args(0.2)),
        filter("TriangleFilter", args(0.4), args(-0.6)),
        filter("QuadraticFilter", args(0.3), args(-1.1)),
        filter("CubicFilter", args(0.5), args(-1.4)),
        filter("LanczosFilter", args(0.7), args(-2.2)),
        filter("MitchellFilter", args(-1.5), args(-0.5), args(0.5), args(1.5)),
        filter("BlacmanFilter", args(0.3)),
        filter("CatromFilter", args(0.6), args(-1.3)),
        filter("GaussianFilter", args(0.4)),
        filter("HanningFilter", args(0.4)),
        filter("HammingFilter", args(0.4)),
        // bessel(t) = besselOrderOne(pi t) / 2t: pi 0.7 below 8 (j1's rational), pi 2.9 above (p1, q1, sin, cos)
        filter("BlackmanBesselFilter", args(0.7), args(2.9)),
        filter("BlackmanSincFilter", args(0.7), args(-2.5)),
        correct("twelvemonkeys/ResampleOp.besselOrderOne", ResampleOp.class, "besselOrderOne",
            args(2.5), args(9.5), args(-3.0)));
  }

  // ---- osmdroid
  private static final List<Class<?>> OSMDROID = List.of(Distance.class, GeoPoint.class, MyMath.class, TileSystem.class,
      TileSystemWebMercator.class, named("osmdroid.IGeoPoint"), named("osmdroid.MathConstants"),
      named("osmdroid.GeoConstants"), named("osmdroid.PointL"));

  private static Entry osmdroid(Entry e) {
    return e.with(OSMDROID.stream().filter(c -> c != e.type()).toArray(Class<?>[]::new));
  }

  private static Entry.InLoader geo(double lat, double lon) {
    return inLoaderOf(GeoPoint.class, lat, lon);
  }

  /** A Web Mercator tile system made in the entry's loader (an entry of the abstract TileSystem). */
  private static Function<Class<?>, Object> mercator() {
    return c -> {
      try {
        return construct().apply(Class.forName(TileSystemWebMercator.class.getName(), true, c.getClassLoader()));
      } catch (ClassNotFoundException e) {
        throw new AssertionError(e);
      }
    };
  }

  private static List<Entry> osmdroidEntries() {
    Class<Distance> d = Distance.class;
    Class<TileSystem> ts = TileSystem.class;
    Function<Class<?>, Object> paris = construct(48.85, 2.35);
    return List.of(
        osmdroid(correct("osmdroid/Distance.getSquaredDistanceToPoint", d, "getSquaredDistanceToPoint", args(1.2, -0.7, 0.4, 1.9))),
        // the projection of (1.2, -0.7) on A = (0.4, 1.9), B = (-1.1, 0.3) has the factor 0.615; (-3, -2)'s is 2.36
        osmdroid(correct("osmdroid/Distance.getSquaredDistanceToLine", d, "getSquaredDistanceToLine",
            args(1.2, -0.7, 0.4, 1.9, -1.1, 0.3))),
        osmdroid(correct("osmdroid/Distance.getSquaredDistanceToSegment", d, "getSquaredDistanceToSegment",
            args(1.2, -0.7, 0.4, 1.9, -1.1, 0.3), args(-3.0, -2.0, 0.4, 1.9, -1.1, 0.3))),
        osmdroid(correct("osmdroid/Distance.getSquaredDistanceToProjection", d, "getSquaredDistanceToProjection",
            args(1.2, -0.7, 0.4, 1.9, -1.1, 0.3, 0.3))),
        osmdroid(correct("osmdroid/Distance.getProjectionFactorToLine", d, "getProjectionFactorToLine",
            args(1.2, -0.7, 0.4, 1.9, -1.1, 0.3))),
        osmdroid(correct("osmdroid/Distance.getProjectionFactorToSegment", d, "getProjectionFactorToSegment",
            args(1.2, -0.7, 0.4, 1.9, -1.1, 0.3), args(-3.0, -2.0, 0.4, 1.9, -1.1, 0.3))),
        osmdroid(correct("osmdroid/MyMath.gudermannInverse", MyMath.class, "gudermannInverse", args(35.0), args(-62.5))),
        osmdroid(correct("osmdroid/MyMath.gudermann", MyMath.class, "gudermann", args(0.8), args(-2.1))),
        osmdroid(correct("osmdroid/MyMath.cleanPositiveAngle", MyMath.class, "cleanPositiveAngle",
            args(-400.5), args(725.25), args(12.5))),
        osmdroid(correct("osmdroid/MyMath.getAngleDifference", MyMath.class, "getAngleDifference",
            args(30.0, 250.0, null), args(250.0, 30.5, null), args(30.0, 250.0, Boolean.TRUE), args(30.0, 250.0, Boolean.FALSE))),
        osmdroid(correct("osmdroid/GeoPoint.distanceToAsDouble", GeoPoint.class, "distanceToAsDouble", args(geo(51.5, -0.12)))
            .on(paris)),
        osmdroid(correct("osmdroid/GeoPoint.bearingTo", GeoPoint.class, "bearingTo", args(geo(51.5, -0.12)), args(geo(40.4, -3.7)))
            .on(paris)),
        osmdroid(correct("osmdroid/GeoPoint.destinationPoint", GeoPoint.class, "destinationPoint", args(120000.0, 35.0))
            .on(paris)),
        osmdroid(correct("osmdroid/GeoPoint.fromCenterBetween", GeoPoint.class, "fromCenterBetween",
            args(geo(48.85, 2.35), geo(51.5, -0.12)))),
        osmdroid(correct("osmdroid/TileSystem.GroundResolution", ts, "GroundResolution", args(48.0, 12.5), args(-130.0, 3.25))),
        osmdroid(correct("osmdroid/TileSystem.GroundResolutionMapSize", ts, "GroundResolutionMapSize", args(48.0, 4096.0))),
        osmdroid(correct("osmdroid/TileSystem.MapScale", ts, "MapScale", args(48.0, 12, 160))),
        osmdroid(correct("osmdroid/TileSystem.MapSize", ts, "MapSize", args(12.5))),
        osmdroid(correct("osmdroid/TileSystem.getFactor", ts, "getFactor", args(12.5))),
        osmdroid(correct("osmdroid/TileSystem.getTileSize", ts, "getTileSize", args(12.5))),
        osmdroid(correct("osmdroid/TileSystem.Clip", ts, "Clip", args(0.3, -1.0, 1.0), args(1.7, -1.0, 1.0))),
        osmdroid(correct("osmdroid/TileSystem.getX01FromLongitude", ts, "getX01FromLongitude", args(35.0, true),
            args(35.0, false)).on(mercator())),
        osmdroid(correct("osmdroid/TileSystem.getY01FromLatitude", ts, "getY01FromLatitude", args(48.0, true),
            args(-20.0, false)).on(mercator())),
        osmdroid(correct("osmdroid/TileSystem.getLatitudeFromY01", ts, "getLatitudeFromY01", args(0.3, true),
            args(0.8, false)).on(mercator())),
        osmdroid(correct("osmdroid/TileSystem.getLongitudeFromX01", ts, "getLongitudeFromX01", args(0.7, true))
            .on(mercator())),
        // the span west of the date line: x01(-170) - x01(170) < 0 takes span += 1
        osmdroid(correct("osmdroid/TileSystem.getLongitudeZoom", ts, "getLongitudeZoom", args(35.0, -20.0, 1080),
            args(-170.0, 170.0, 1080)).on(mercator())),
        osmdroid(correct("osmdroid/TileSystem.getLatitudeZoom", ts, "getLatitudeZoom", args(60.0, 30.0, 1920))
            .on(mercator())),
        osmdroid(correct("osmdroid/TileSystem.cleanLongitude", ts, "cleanLongitude", args(370.5), args(-200.25))
            .on(mercator())),
        osmdroid(correct("osmdroid/TileSystem.cleanLatitude", ts, "cleanLatitude", args(48.0)).on(mercator())),
        osmdroid(correct("osmdroid/TileSystem.getXY01FromMercator", ts, "getXY01FromMercator", args(1200000L, 4.2e6, true))
            .on(mercator())),
        osmdroid(correct("osmdroid/TileSystem.getRandomLatitude", ts, "getRandomLatitude", args(0.3, -60.0))
            .on(mercator())),
        osmdroid(correct("osmdroid/TileSystem.PixelXYToLatLongMapSizeWithoutWrap", ts, "PixelXYToLatLongMapSizeWithoutWrap",
            args(300, 500, 1024.0, geo(0.0, 0.0))).on(mercator())),
        osmdroid(correct("osmdroid/TileSystem.getGeoFromMercator", ts, "getGeoFromMercator",
            args(300L, 500L, 1024.0, geo(0.0, 0.0), true, true)).on(mercator())),
        osmdroid(correct("osmdroid/TileSystemWebMercator.getX01FromLongitude", TileSystemWebMercator.class,
            "getX01FromLongitude", args(35.0)).on(construct())),
        osmdroid(correct("osmdroid/TileSystemWebMercator.getY01FromLatitude", TileSystemWebMercator.class,
            "getY01FromLatitude", args(48.0)).on(construct())),
        osmdroid(correct("osmdroid/TileSystemWebMercator.getLongitudeFromX01", TileSystemWebMercator.class,
            "getLongitudeFromX01", args(0.7)).on(construct())),
        osmdroid(correct("osmdroid/TileSystemWebMercator.getLatitudeFromY01", TileSystemWebMercator.class,
            "getLatitudeFromY01", args(0.3)).on(construct())));
  }

  static List<Entry> entries() {
    List<Entry> all = new ArrayList<>(tweenEntries());
    all.addAll(twelvemonkeysEntries());
    all.addAll(osmdroidEntries());
    return all;
  }
}
