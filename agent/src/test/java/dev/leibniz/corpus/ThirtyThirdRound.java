package dev.leibniz.corpus;

import static dev.leibniz.corpus.Entry.args;
import static dev.leibniz.corpus.Entry.construct;
import static dev.leibniz.corpus.Entry.correct;
import static dev.leibniz.corpus.Entry.inLoaderOf;
import static dev.leibniz.corpus.Entry.knownWrong;

import dev.leibniz.corpus.jhlabs.FFT;
import dev.leibniz.corpus.jhlabs.ImageMath;
import dev.leibniz.corpus.osmdroid.Distance;
import dev.leibniz.corpus.osmdroid.GeoPoint;
import dev.leibniz.corpus.osmdroid.MyMath;
import dev.leibniz.corpus.osmdroid.TileSystem;
import dev.leibniz.corpus.osmdroid.TileSystemWebMercator;
import dev.leibniz.corpus.twelvemonkeys.ResampleOp;
import dev.leibniz.corpus.tween.TweenEquation;
import dev.leibniz.corpus.tween.TweenPath;
import dev.leibniz.corpus.tween.paths.CatmullRom;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The thirty-third round of the corpus table: four projects the corpus had not used. The Universal Tween Engine
 * (AurelienRibon/universal-tween-engine, Apache-2.0; ids {@code tween/...}): Robert Penner's easing equations in float,
 * each the {@code compute(float)} of an anonymous subclass held in a static field, with compound assignments inside
 * expressions ({@code (t-=1)*t}), exact tests of the time, {@code Math.pow} and parameters in fields of the abstract
 * class, and Bounce's IN and INOUT calling the OUT equation through the static field. TwelveMonkeys' {@code ResampleOp}
 * (haraldk/TwelveMonkeys, BSD-3-Clause; ids {@code twelvemonkeys/...}): the interpolation filters of Graphics Gems III's
 * filter_rcg.c (piecewise cubics, windowed sinc, a Bessel function of order one by rational approximations over local
 * coefficient arrays). osmdroid's geometry (osmdroid/osmdroid, Apache-2.0; ids {@code osmdroid/...}): squared
 * distances to lines and segments, the Gudermann function, angle cleaning loops, the haversine distance, bearing and
 * destination of {@code GeoPoint} through an interface, and the Web Mercator {@code TileSystem}, whose wrapping
 * conversions clip and dispatch to the abstract projection its subclass implements. JH Labs' image filters
 * (barrybecker4/jhlabs, Apache-2.0; ids {@code jhlabs/...}): {@code ImageMath}'s float shaping functions and Catmull-Rom
 * spline, and the in-place {@code FFT} over weights held in fields. Kept apart from {@link Corpus} so that rounds merge
 * without conflicts; {@link Corpus#entries()} appends it.
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

  /** The equation's class loaded and differentiated with its outer class, its siblings and TweenEquation. */
  private static Entry tween(String easing, int index, String kind, Object[]... points) {
    Class<?> type = named("tween." + easing + "$" + index);
    List<Class<?>> with = new ArrayList<>(List.of(TweenEquation.class, named("tween." + easing)));
    for (int i = 1; i <= 3; i++) {
      if (i != index && !easing.equals("Linear")) with.add(named("tween." + easing + "$" + i));
    }
    return correct("tween/" + easing + "." + kind, type, "compute", points).on(construct()).with(with.toArray(Class<?>[]::new));
  }

  /**
   * Expo.IN returns 0 at t == 0 where its formula gives 2^-10: a point value that is not the function's limit, so
   * differences (stepping to both sides, where the formula holds) see the formula's slope and the companions the
   * constant's 0. The core warns of the exact test at the line.
   */
  static final String EXPO_AT_0 = "known wrong, warned, at t = 0: (t==0) ? 0 : pow(2, 10 (t - 1)) returns 0 where the"
      + " formula gives 2^-10 = 0.00098 on both sides, so differences see the formula's slope 10 ln 2 2^-10 = 0.00677 and the"
      + " companions the constant's 0; the core warns of the exact test of two floats at Expo.java:23";

  static final String ELASTIC_AT_1 = "known wrong, warned, at t = 1: Elastic.OUT returns 1 at t == 1 where the formula"
      + " a 2^(-10 t) sin((t - s) 2 pi / p) + 1 gives 1 + 2^-10 sin(...), so differences see the formula's slope (0.0143)"
      + " and the companions the constant's 0; the core warns of the exact test of two floats at Elastic.java:46";

  static final String BESSEL_AT_0 = "known wrong, warned, at t = 0: besselOrderOne returns 0.0 at t == 0.0, the limit of"
      + " p j1(t) (continuous), but the constant drops t: the companions give 0 where J1'(0) = 1/2 (differences 0.5); the"
      + " core warns of the exact test of two doubles at ResampleOp.java:353 (sinc's and bessel's own special cases at 0,"
      + " ResampleOp.java:202 and :372, are flat there and their entries at 0 are correct)";

  private static Entry wrong(Entry e, String reason) {
    return new Entry(e.id(), e.type(), e.method(), e.receiver(), e.points(), Entry.Status.WRONG, reason, e.alsoTransformed());
  }

  /** The same entry under another id (a further point or receiver of an equation already in the table). */
  private static Entry probe(Entry e, String name) {
    return new Entry("tween/" + name, e.type(), e.method(), e.receiver(), e.points(), e.expected(), e.reason(),
        e.alsoTransformed());
  }

  /** An Elastic equation with its amplitude and period set by its fluent setters ({@code Elastic.IN.a(1.5f).p(0.4f)}). */
  private static Function<Class<?>, Object> elastic(float a, float p) {
    return c -> call(call(construct().apply(c), "a", a), "p", p);
  }

  /** A Back equation with its overshoot set ({@code Back.INOUT.s(2.5f)}). */
  private static Function<Class<?>, Object> back(float s) {
    return c -> call(construct().apply(c), "s", s);
  }

  private static Object call(Object o, String setter, float value) {
    try {
      return o.getClass().getSuperclass().getMethod(setter, float.class).invoke(o, value);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static float[] waypoints() {
    return new float[] {0.2f, 1.4f, -0.6f, 0.9f, 2.0f};
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
    // paths through five points (four segments): t = 0.1 in the first (its own case), 0.4 inside, 0.9 in the last
    all.add(correct("tween/paths.CatmullRom.compute", CatmullRom.class, "compute", args(0.1f, waypoints(), 5),
        args(0.4f, waypoints(), 5), args(0.9f, waypoints(), 5)).on(construct()).with(TweenPath.class));
    all.add(correct("tween/paths.Linear.compute", dev.leibniz.corpus.tween.paths.Linear.class, "compute",
        args(0.1f, waypoints(), 5), args(0.6f, waypoints(), 5)).on(construct()).with(TweenPath.class));
    all.add(probe(tween("Elastic", 1, "IN", args(0.3f), args(0.7f)), "Elastic.IN (a, p set)").on(elastic(1.5f, 0.4f)));
    all.add(probe(tween("Elastic", 3, "INOUT", args(0.3f), args(0.8f)), "Elastic.INOUT (a, p set)").on(elastic(1.5f, 0.4f)));
    all.add(probe(tween("Back", 3, "INOUT", args(0.3f), args(0.8f)), "Back.INOUT (s set)").on(back(2.5f)));
    all.add(wrong(probe(tween("Expo", 1, "IN", args(0f)), "Expo.IN (at 0)"), EXPO_AT_0));
    all.add(wrong(probe(tween("Elastic", 2, "OUT", args(1f)), "Elastic.OUT (at 1)"), ELASTIC_AT_1));
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
            args(2.5), args(9.5), args(-3.0)),
        knownWrong("twelvemonkeys/ResampleOp.besselOrderOne (at 0)", ResampleOp.class, "besselOrderOne", BESSEL_AT_0,
            args(0.0)),
        filterAt("LanczosFilter", args(0.0)),
        filterAt("BlackmanBesselFilter", args(0.0)),
        filterAt("BlackmanSincFilter", args(0.0)),
        filterAt("HermiteFilter", args(0.0)));
  }

  private static Entry filterAt(String name, Object[]... points) {
    Entry e = filter(name, points);
    return new Entry(e.id() + " (at 0)", e.type(), e.method(), e.receiver(), e.points(), e.expected(), e.reason(),
        e.alsoTransformed());
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
        // bearings -30, -150 (plus 360 below 360) and 58 degrees (plus 360 above it: the remainder takes 360 off)
        osmdroid(correct("osmdroid/GeoPoint.bearingTo", GeoPoint.class, "bearingTo", args(geo(51.5, -0.12)), args(geo(40.4, -3.7)),
            args(geo(52.52, 13.4))).on(paris)),
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

  // ---- JH Labs: ImageMath's shaping functions (float) and the in-place FFT over weights held in fields
  private static float[] signal() {
    return new float[] {0.3f, -1.2f, 2.1f, 0.7f, -0.4f, 1.5f, -2.2f, 0.9f};
  }

  private static float[] quadrature() {
    return new float[] {0.1f, 0.6f, -0.8f, 1.1f, 0.2f, -0.5f, 0.4f, -1.3f};
  }

  private static List<Entry> jhlabsEntries() {
    Class<ImageMath> m = ImageMath.class;
    return List.of(
        correct("jhlabs/ImageMath.bias", m, "bias", args(0.3f, 0.7f), args(0.8f, 0.2f)),
        correct("jhlabs/ImageMath.gain", m, "gain", args(0.3f, 0.7f), args(0.8f, 0.2f)),
        // rising between a1 and a2, flat between a2 and b1, falling between b1 and b2
        correct("jhlabs/ImageMath.smoothPulse", m, "smoothPulse", args(0.1f, 0.3f, 0.6f, 0.9f, 0.2f),
            args(0.1f, 0.3f, 0.6f, 0.9f, 0.45f), args(0.1f, 0.3f, 0.6f, 0.9f, 0.75f)),
        correct("jhlabs/ImageMath.smoothStep", m, "smoothStep", args(0.2f, 0.8f, 0.5f)),
        correct("jhlabs/ImageMath.circleUp", m, "circleUp", args(0.4f)),
        correct("jhlabs/ImageMath.circleDown", m, "circleDown", args(0.4f)),
        correct("jhlabs/ImageMath.clamp", m, "clamp", args(0.3f, -1f, 1f), args(1.7f, -1f, 1f)),
        correct("jhlabs/ImageMath.mod", m, "mod", args(5.3f, 2.1f), args(-5.3f, 2.1f)),
        correct("jhlabs/ImageMath.triangle", m, "triangle", args(0.3f), args(1.8f), args(-0.3f)),
        correct("jhlabs/ImageMath.lerp", m, "lerp", args(0.3f, 1.2f, -0.7f)),
        // six knots, three spans: x = 0.4 is span 1 at 0.2
        correct("jhlabs/ImageMath.spline", m, "spline", args(0.4f, 6, new float[] {0.1f, 0.5f, 0.9f, 0.3f, 0.7f, 0.2f})),
        correct("jhlabs/FFT.transform1D", FFT.class, "transform1D", args(signal(), quadrature(), 3, 8, true),
            args(signal(), quadrature(), 3, 8, false)).on(construct(3)),
        correct("jhlabs/FFT.transform2D", FFT.class, "transform2D", args(signal(), quadrature(), 4, 2, true),
            args(signal(), quadrature(), 4, 2, false)).on(construct(2)));
  }

  static List<Entry> entries() {
    List<Entry> all = new ArrayList<>(tweenEntries());
    all.addAll(twelvemonkeysEntries());
    all.addAll(osmdroidEntries());
    all.addAll(jhlabsEntries());
    return all;
  }
}
