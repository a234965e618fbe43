package dev.leibniz.corpus;

import static dev.leibniz.corpus.Entry.args;
import static dev.leibniz.corpus.Entry.by;
import static dev.leibniz.corpus.Entry.construct;
import static dev.leibniz.corpus.Entry.correct;
import static dev.leibniz.corpus.Entry.inLoaderBy;
import static dev.leibniz.corpus.Entry.inLoaderOf;

import dev.leibniz.corpus.datumbox.ContinuousDistributions;
import dev.leibniz.corpus.datumbox.DiscreteDistributions;
import dev.leibniz.corpus.gavaghan.Ellipsoid;
import dev.leibniz.corpus.gavaghan.GeodeticCalculator;
import dev.leibniz.corpus.gavaghan.GlobalCoordinates;
import dev.leibniz.corpus.gavaghan.GlobalPosition;
import dev.leibniz.corpus.grumpy.Position;
import dev.leibniz.corpus.jfreechart.Regression;
import dev.leibniz.corpus.processing.PApplet;
import dev.leibniz.corpus.processing.PVector;
import dev.leibniz.corpus.solarpositioning.Grena3;
import dev.leibniz.corpus.solarpositioning.SPA;
import dev.leibniz.corpus.suncalc.ExtendedMath;
import dev.leibniz.corpus.suncalc.JulianDate;
import dev.leibniz.corpus.suncalc.Matrix;
import dev.leibniz.corpus.suncalc.Moon;
import dev.leibniz.corpus.suncalc.Sun;
import dev.leibniz.corpus.suncalc.Vector;
import java.lang.reflect.Method;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The thirty-fourth round of the corpus table: eight projects the corpus had not used, taken from their sources jars on
 * Maven Central. commons-suncalc (shred/commons-suncalc, Apache-2.0; ids {@code suncalc/...}): the Sun's and the Moon's
 * positions through a {@code Vector} whose polar coordinates are cached lazily in boxed {@code Double} fields of a
 * synchronized inner class, rotation matrices over a {@code double[]}, refraction and parallax, and interval searches
 * given a {@code Function<Double, Double>}. solarpositioning (klausbrunner/solarpositioning, MIT; ids
 * {@code solarpositioning/...}): NREL's SPA over its large static term tables and Grena's algorithm 3, each returning
 * an azimuth/zenith object. grumpy (davidmoten/grumpy, Apache-2.0; ids {@code grumpy/...}): great-circle geometry on an
 * immutable {@code Position}, with a boxed {@code Double} result and results that are new positions or one of the
 * arguments. Mike Gavaghan's geodesy (Apache-2.0; ids {@code gavaghan/...}): Vincenty's direct and inverse problems
 * iterated to convergence over ellipsoid and coordinate objects. Processing's {@code PVector} and {@code PApplet}
 * maths (LGPL-2.1; ids {@code processing/...}): float vectors mutated in place and returned fluently. JOrbis (LGPL; ids
 * {@code jorbis/...}): Levinson-Durbin LPC, the real FFT as a state machine of labelled loops, the inverse MDCT with
 * scratch fields and the LSP curve with bit-level frexp and lookup tables. datumbox (Apache-2.0; ids
 * {@code datumbox/...}): continuous and discrete distributions (continued fractions, series, a bisection, rational
 * approximations, Hipparchus' multivariate normal). JFreeChart (LGPL; ids {@code jfreechart/...}): least-squares and
 * power regressions over a {@code double[][]}. Kept apart from {@link Corpus} so that rounds merge without conflicts;
 * {@link Corpus#entries()} appends it.
 */
final class ThirtyFourthRound {
  private ThirtyFourthRound() {}

  private static Class<?> named(String name) {
    try {
      return Class.forName("dev.leibniz.corpus." + name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  private static Entry with(Entry e, List<Class<?>> classes) {
    return e.with(classes.stream().filter(c -> c != e.type()).toArray(Class<?>[]::new));
  }

  /** The same entry under another id (a further point or receiver of an entry already in the table). */
  private static Entry probe(Entry e, String id) {
    return new Entry(id, e.type(), e.method(), e.receiver(), e.points(), e.expected(), e.reason(), e.alsoTransformed());
  }

  /** A receiver made by the no-argument constructor, then given to its package-private {@code init(int...)}. */
  private static Function<Class<?>, Object> initialised(Integer... sizes) {
    return c -> {
      Object o = construct().apply(c);
      try {
        Class<?>[] types = new Class<?>[sizes.length];
        java.util.Arrays.fill(types, int.class);
        Method init = c.getDeclaredMethod("init", types);
        init.setAccessible(true);
        init.invoke(o, (Object[]) sizes);
        return o;
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    };
  }

  // ---- commons-suncalc
  private static final List<Class<?>> SUNCALC = List.of(ExtendedMath.class, Vector.class, Matrix.class, JulianDate.class,
      Sun.class, Moon.class, named("suncalc.Vector$Polar"));

  private static Entry suncalc(Entry e) {
    return with(e, SUNCALC);
  }

  private static Entry.InLoader vector(double x, double y, double z) {
    return inLoaderOf(Vector.class, x, y, z);
  }

  private static Entry.InLoader date(int month, int day, int hour) {
    return inLoaderOf(JulianDate.class, ZonedDateTime.of(2017, month, day, hour, 25, 0, 0, ZoneOffset.ofHours(1)));
  }

  /** A parabola peaking at 1.3, the function {@code readjustMax} searches (passive: no active value reaches it but t). */
  private static final Function<Double, Double> PEAK = t -> -(t - 1.3) * (t - 1.3);

  private static List<Entry> suncalcEntries() {
    Class<ExtendedMath> m = ExtendedMath.class;
    return List.of(
        suncalc(correct("suncalc/ExtendedMath.frac", m, "frac", args(2.3), args(-1.7))),
        suncalc(correct("suncalc/ExtendedMath.parallax", m, "parallax", args(250.0, 384400.0))),
        suncalc(correct("suncalc/ExtendedMath.apparentRefraction", m, "apparentRefraction", args(5.0), args(25.0))),
        suncalc(correct("suncalc/ExtendedMath.refraction", m, "refraction", args(0.3), args(0.05))),
        suncalc(correct("suncalc/ExtendedMath.dms", m, "dms", args(12, 30, 15.5), args(-12, 30, 15.5))),
        // six halvings of [t - f, t + f] towards the peak: the result is t - f + k f / 32 for the k the comparisons pick
        suncalc(correct("suncalc/ExtendedMath.readjustMax", m, "readjustMax", args(1.1, 0.5, 6, PEAK))),
        suncalc(correct("suncalc/ExtendedMath.readjustMin", m, "readjustMin", args(1.1, 0.5, 6, PEAK))),
        suncalc(correct("suncalc/ExtendedMath.equatorialToHorizontal", m, "equatorialToHorizontal",
            args(0.7, 0.3, 384400.0, 0.85), args(-2.1, -0.4, 1.5e8, 0.85))),
        suncalc(correct("suncalc/Vector.ofPolar", Vector.class, "ofPolar", args(0.7, 0.3, 2.0), args(-2.5, -0.9, 0.5))),
        suncalc(correct("suncalc/Vector.cross", Vector.class, "cross", args(vector(0.5, 1.5, -0.7)))
            .on(construct(1.2, -0.4, 2.1))),
        suncalc(correct("suncalc/Vector.dot", Vector.class, "dot", args(vector(0.5, 1.5, -0.7))).on(construct(1.2, -0.4, 2.1))),
        suncalc(correct("suncalc/Vector.add", Vector.class, "add", args(vector(0.5, 1.5, -0.7))).on(construct(1.2, -0.4, 2.1))),
        suncalc(correct("suncalc/Matrix.rotateX", Matrix.class, "rotateX", args(0.4))),
        suncalc(correct("suncalc/Matrix.multiply", Matrix.class, "multiply", args(vector(0.5, 1.5, -0.7)))
            .on(by("rotateZ", 0.6))),
        suncalc(correct("suncalc/Sun.positionEquatorial", Sun.class, "positionEquatorial", args(date(3, 14, 12)))),
        suncalc(correct("suncalc/Sun.position", Sun.class, "position", args(date(3, 14, 12)))),
        suncalc(correct("suncalc/Sun.positionHorizontal", Sun.class, "positionHorizontal", args(date(3, 14, 12), 0.85, 0.2),
            args(date(7, 2, 21), -0.6, 2.6))),
        suncalc(correct("suncalc/Sun.positionTopocentric", Sun.class, "positionTopocentric",
            args(date(3, 14, 12), 0.85, 0.2, 350.0))),
        suncalc(correct("suncalc/Sun.angularRadius", Sun.class, "angularRadius", args(1.496e8))),
        suncalc(correct("suncalc/Moon.positionEquatorial", Moon.class, "positionEquatorial", args(date(3, 14, 12)))),
        suncalc(correct("suncalc/Moon.position", Moon.class, "position", args(date(3, 14, 12)))),
        suncalc(correct("suncalc/Moon.positionHorizontal", Moon.class, "positionHorizontal", args(date(3, 14, 12), 0.85, 0.2),
            args(date(11, 30, 3), -0.6, 2.6))),
        suncalc(correct("suncalc/Moon.positionTopocentric", Moon.class, "positionTopocentric",
            args(date(3, 14, 12), 0.85, 0.2, 350.0))),
        suncalc(correct("suncalc/Moon.angularRadius", Moon.class, "angularRadius", args(384400.0))));
  }

  // ---- solarpositioning
  private static final List<Class<?>> SOLAR = List.of(SPA.class, Grena3.class, named("solarpositioning.MathUtil"),
      named("solarpositioning.AzimuthZenithAngle"), named("solarpositioning.JulianDate"),
      named("solarpositioning.SunriseTransitSet"));

  private static Entry solar(Entry e) {
    return with(e, SOLAR);
  }

  private static List<Entry> solarEntries() {
    // SPA's reference point (NREL TP-560-34302, table A4.1: Golden, Colorado, 17 October 2003, 12:30:30 MST)
    ZonedDateTime golden = ZonedDateTime.of(2003, 10, 17, 12, 30, 30, 0, ZoneOffset.ofHours(-7));
    ZonedDateTime night = ZonedDateTime.of(2003, 10, 17, 1, 10, 0, 0, ZoneOffset.ofHours(-7));
    ZonedDateTime milan = ZonedDateTime.of(2012, 1, 1, 12, 0, 0, 0, ZoneOffset.UTC);
    ZonedDateTime evening = ZonedDateTime.of(2012, 6, 21, 20, 40, 0, 0, ZoneOffset.UTC);
    return List.of(
        solar(correct("solarpositioning/SPA.calculateSolarPosition", SPA.class, "calculateSolarPosition",
            args(golden, 39.742476, -105.1786, 1830.14, 67.0, 820.0, 11.0))),
        // the sun below the horizon: no refraction correction
        solar(probe(correct("solarpositioning/SPA.calculateSolarPosition", SPA.class, "calculateSolarPosition",
            args(night, 39.742476, -105.1786, 1830.14, 67.0, 820.0, 11.0)), "solarpositioning/SPA.calculateSolarPosition (night)")),
        solar(correct("solarpositioning/Grena3.calculateSolarPosition", Grena3.class, "calculateSolarPosition",
            args(milan, 45.46, 9.19, 65.0, 1010.0, 4.0))),
        solar(probe(correct("solarpositioning/Grena3.calculateSolarPosition", Grena3.class, "calculateSolarPosition",
            args(evening, 45.46, 9.19, 65.0, 1010.0, 24.0)), "solarpositioning/Grena3.calculateSolarPosition (evening)")));
  }

  // ---- grumpy
  private static Entry.InLoader pos(double lat, double lon) {
    return inLoaderOf(Position.class, lat, lon);
  }

  private static List<Entry> grumpyEntries() {
    Class<Position> p = Position.class;
    Function<Class<?>, Object> sydney = construct(-33.87, 151.21);
    return List.of(
        correct("grumpy/Position.toDegrees", p, "toDegrees", args(12.0, 30.0, 15.0)),
        correct("grumpy/Position.getLatitudeOnGreatCircle", p, "getLatitudeOnGreatCircle", args(pos(-37.81, 144.96), 148.0))
            .on(sydney),
        correct("grumpy/Position.getLongitudeOnGreatCircle", p, "getLongitudeOnGreatCircle", args(pos(-37.81, 144.96), -35.5))
            .on(sydney),
        correct("grumpy/Position.getDistanceToKm", p, "getDistanceToKm", args(pos(-37.81, 144.96)), args(pos(51.5, -0.12)))
            .on(sydney),
        // bearings 240 (atan2 < 0: plus 360) and 40 degrees
        correct("grumpy/Position.getBearingDegrees", p, "getBearingDegrees", args(pos(-37.81, 144.96)), args(pos(-12.46, 160.0)))
            .on(sydney),
        correct("grumpy/Position.getBearingDifferenceDegrees", p, "getBearingDifferenceDegrees", args(30.0, 250.0),
            args(-20.0, 100.0), args(200.0, 10.0)),
        correct("grumpy/Position.getDistanceKmToPath", p, "getDistanceKmToPath", args(pos(-37.81, 144.96), pos(-27.47, 153.03)))
            .on(sydney),
        correct("grumpy/Position.ensureContinuous", p, "ensureContinuous", args(pos(10.0, -179.0))).on(construct(12.0, 179.5)),
        correct("grumpy/Position.longitudeDiff", p, "longitudeDiff", args(170.0, -170.0), args(20.5, 75.25)),
        correct("grumpy/Position.to180", p, "to180", args(370.0), args(-200.0), args(45.0)));
  }

  // ---- Gavaghan's geodesy
  private static final List<Class<?>> GAVAGHAN = List.of(GeodeticCalculator.class, Ellipsoid.class, GlobalCoordinates.class,
      GlobalPosition.class, named("gavaghan.Angle"), named("gavaghan.GeodeticCurve"), named("gavaghan.GeodeticMeasurement"));

  private static Entry gavaghan(Entry e) {
    return with(e, GAVAGHAN);
  }

  private static Entry.InLoader wgs84() {
    return inLoaderBy(Ellipsoid.class, "fromAAndInverseF", 6378137.0, 298.257223563);
  }

  private static List<Entry> gavaghanEntries() {
    Class<GeodeticCalculator> g = GeodeticCalculator.class;
    return List.of(
        gavaghan(correct("gavaghan/GeodeticCalculator.calculateEndingGlobalCoordinates", g, "calculateEndingGlobalCoordinates",
            args(wgs84(), inLoaderOf(GlobalCoordinates.class, 48.85, 2.35), 35.0, 1.2e6, new double[1])).on(construct())),
        gavaghan(correct("gavaghan/GeodeticCalculator.calculateGeodeticCurve", g, "calculateGeodeticCurve",
            args(wgs84(), inLoaderOf(GlobalCoordinates.class, 48.85, 2.35), inLoaderOf(GlobalCoordinates.class, 40.42, -3.7)))
            .on(construct())),
        gavaghan(correct("gavaghan/GeodeticCalculator.calculateGeodeticMeasurement", g, "calculateGeodeticMeasurement",
            args(wgs84(), inLoaderOf(GlobalPosition.class, 48.85, 2.35, 35.0), inLoaderOf(GlobalPosition.class, 40.42, -3.7, 667.0)))
            .on(construct())),
        gavaghan(correct("gavaghan/Ellipsoid.fromAAndInverseF", Ellipsoid.class, "fromAAndInverseF", args(6378137.0, 298.257223563))),
        // 95 wraps over the pole (180 - lat, lon + 180); 40 stays
        gavaghan(correct("gavaghan/GlobalCoordinates.setLatitude", GlobalCoordinates.class, "setLatitude", args(95.0), args(40.0))
            .on(construct(48.85, 2.35))));
  }

  // ---- Processing
  private static Entry processing(Entry e) {
    return with(e, List.of(PVector.class, PApplet.class, named("processing.PConstants")));
  }

  private static Entry.InLoader pv(float x, float y, float z) {
    return inLoaderOf(PVector.class, x, y, z);
  }

  private static List<Entry> processingEntries() {
    Class<PVector> v = PVector.class;
    Function<Class<?>, Object> a = construct(1.2f, -0.7f, 0.4f);
    Class<PApplet> p = PApplet.class;
    return List.of(
        processing(correct("processing/PVector.add", v, "add", args(pv(0.3f, 1.1f, -0.5f))).on(a)),
        processing(correct("processing/PVector.sub", v, "sub", args(pv(1.2f, -0.7f, 0.4f), pv(0.3f, 1.1f, -0.5f)))),
        processing(correct("processing/PVector.mult", v, "mult", args(2.5f)).on(a)),
        processing(correct("processing/PVector.div", v, "div", args(pv(1.2f, -0.7f, 0.4f), 2.5f))),
        processing(correct("processing/PVector.dist", v, "dist", args(pv(0.3f, 1.1f, -0.5f))).on(a)),
        processing(correct("processing/PVector.dot", v, "dot", args(pv(1.2f, -0.7f, 0.4f), pv(0.3f, 1.1f, -0.5f)))),
        processing(correct("processing/PVector.cross", v, "cross", args(pv(0.3f, 1.1f, -0.5f))).on(a)),
        processing(correct("processing/PVector.normalize", v, "normalize", args()).on(a)),
        // |a| = 1.45: limited to 0.5, and left at 3
        processing(correct("processing/PVector.limit", v, "limit", args(0.5f), args(3f)).on(a)),
        processing(correct("processing/PVector.setMag", v, "setMag", args(2.5f)).on(a)),
        processing(correct("processing/PVector.rotate", v, "rotate", args(0.7f)).on(a)),
        processing(correct("processing/PVector.lerp", v, "lerp", args(pv(1.2f, -0.7f, 0.4f), pv(0.3f, 1.1f, -0.5f), 0.3f))),
        processing(correct("processing/PVector.angleBetween", v, "angleBetween",
            args(pv(1.2f, -0.7f, 0.4f), pv(0.3f, 1.1f, -0.5f)))),
        processing(correct("processing/PVector.fromAngle", v, "fromAngle", args(0.7f), args(-2.3f))),
        processing(correct("processing/PApplet.constrain", p, "constrain", args(0.3f, -1f, 1f), args(1.7f, -1f, 1f))),
        processing(correct("processing/PApplet.lerp", p, "lerp", args(0.2f, 1.4f, 0.3f))),
        processing(correct("processing/PApplet.norm", p, "norm", args(0.5f, 0.2f, 1.4f))),
        processing(correct("processing/PApplet.mag", p, "mag", args(1.2f, -0.7f, 0.4f))),
        processing(correct("processing/PApplet.dist", p, "dist", args(1.2f, -0.7f, 0.4f, 0.3f, 1.1f, -0.5f))),
        processing(correct("processing/PApplet.degrees", p, "degrees", args(0.7f))));
  }

  // ---- JOrbis
  private static final List<Class<?>> JORBIS = List.of(named("jorbis.Lpc"), named("jorbis.Drft"), named("jorbis.Mdct"),
      named("jorbis.Lsp"), named("jorbis.Lookup"));

  private static Entry jorbis(String cls, String method, String id, Object[]... points) {
    return with(correct("jorbis/" + cls + "." + method + id, named("jorbis." + cls), method, points), JORBIS);
  }

  private static float[] wave(int n, float phase) {
    float[] w = new float[n];
    for (int i = 0; i < n; i++) w[i] = (float) (Math.sin(0.9 * i + phase) + 0.3 * Math.cos(2.3 * i) + 0.05 * i);
    return w;
  }

  private static float[] curve(int n) {
    float[] c = new float[n];
    for (int i = 0; i < n; i++) c[i] = (float) (1.5 + Math.cos(0.6 * i) * 0.8);
    return c;
  }

  private static List<Entry> jorbisEntries() {
    int[] map = {0, 1, 3, 4, 6, 9, 11, 14};
    return List.of(
        jorbis("Lpc", "lpc_from_data", "", args(wave(16, 0.2f), new float[4], 16, 4), args(wave(12, 1.1f), new float[5], 12, 5)),
        jorbis("Lpc", "lpc_to_curve", "", args(new float[16], new float[] {-0.9f, 0.35f, 0.1f, -0.05f}, 1.5f)).on(initialised(8, 4)),
        jorbis("Lpc", "lpc_from_curve", "", args(curve(8), new float[4])).on(initialised(8, 4)),
        // 16 = 4 4 (dradb4 twice), 12 = 4 3 (dradb4, dradb3), 10 = 2 5 (dradb2, the general dradbg)
        jorbis("Drft", "backward", " (n = 16)", args(wave(16, 0.4f))).on(initialised(16)),
        jorbis("Drft", "backward", " (n = 12)", args(wave(12, 0.4f))).on(initialised(12)),
        jorbis("Drft", "backward", " (n = 10)", args(wave(10, 0.4f))).on(initialised(10)),
        jorbis("Mdct", "backward", "", args(wave(16, 0.7f), new float[32])).on(initialised(32)),
        jorbis("Lsp", "lsp_to_curve", "", args(curve(8), map, 8, 16, new float[] {0.4f, 0.9f, 1.7f, 2.5f}, 4, 20f, 35f)),
        jorbis("Lookup", "coslook", "", args(0.7f), args(2.1f)),
        // the middles of two segments of the 1/64-wide table (d = 8.5 and 26.5): central differences over a step that
        // crosses a knot see the sampled 1/sqrt's slope, not the interpolation's (at 0.63, -1.00005 against -0.99334)
        jorbis("Lookup", "invsqlook", "", args(0.6328125f), args(0.9140625f)));
  }

  // ---- datumbox
  private static List<Entry> datumboxEntries() {
    Class<ContinuousDistributions> c = ContinuousDistributions.class;
    Class<DiscreteDistributions> d = DiscreteDistributions.class;
    String cd = "datumbox/ContinuousDistributions.";
    String dd = "datumbox/DiscreteDistributions.";
    List<Class<?>> all = List.of(c, d, named("datumbox.Arithmetics"));
    List<Entry> entries = List.of(
        correct(cd + "chisquareCdf", c, "chisquareCdf", args(3.2, 4), args(7.5, 3)),
        correct(cd + "gaussCdf", c, "gaussCdf", args(0.4), args(-1.3), args(2.5)),
        correct(cd + "gamma", c, "gamma", args(3.7)),
        correct(cd + "logGamma", c, "logGamma", args(2.3), args(12.5)),
        correct(cd + "studentsCdf", c, "studentsCdf", args(1.3, 5), args(-0.8, 10)),
        correct(cd + "exponentialCdf", c, "exponentialCdf", args(1.2, 0.7)),
        correct(cd + "betaCdf", c, "betaCdf", args(0.3, 2.5, 3.5), args(0.8, 2.5, 3.5)),
        correct(cd + "fCdf", c, "fCdf", args(1.7, 4, 9), args(0.6, 3, 6)),
        correct(cd + "gammaCdf", c, "gammaCdf", args(2.5, 3.0, 1.5), args(9.0, 2.0, 1.5)),
        correct(cd + "uniformCdf", c, "uniformCdf", args(0.6, 0.2, 1.4)),
        correct(cd + "kolmogorov", c, "kolmogorov", args(0.9), args(1.6)),
        correct(cd + "gaussInverseCdf", c, "gaussInverseCdf", args(0.3), args(0.97), args(0.01)),
        correct(cd + "chisquareInverseCdf", c, "chisquareInverseCdf", args(0.4, 5)),
        correct(cd + "normalQuantile", c, "normalQuantile", args(0.3, 1.5, 2.0), args(0.97, 1.5, 2.0)),
        correct(cd + "dirichletPdf", c, "dirichletPdf", args(new double[] {0.2, 0.3, 0.5}, new double[] {1.5, 2.5, 3.0})),
        correct(cd + "multinomialGaussianPdf", c, "multinomialGaussianPdf",
            args(new double[] {0.1, -0.2}, new double[][] {{1.0, 0.3}, {0.3, 2.0}}, new double[] {0.4, 0.5})),
        correct(dd + "bernoulliCdf", d, "bernoulliCdf", args(0, 0.3)),
        correct(dd + "binomial", d, "binomial", args(3, 0.4, 10)),
        correct(dd + "binomialCdf", d, "binomialCdf", args(3, 0.4, 10)),
        correct(dd + "geometric", d, "geometric", args(3, 0.3)),
        correct(dd + "geometricCdf", d, "geometricCdf", args(3, 0.3)),
        correct(dd + "negativeBinomial", d, "negativeBinomial", args(7, 3, 0.4)),
        correct(dd + "negativeBinomialCdf", d, "negativeBinomialCdf", args(7, 3, 0.4)),
        correct(dd + "poisson", d, "poisson", args(3, 2.5)),
        correct(dd + "poissonCdf", d, "poissonCdf", args(3, 2.5)));
    return entries.stream().map(e -> with(e, all)).toList();
  }

  // ---- JFreeChart
  private static List<Entry> jfreechartEntries() {
    double[][] xy = {{1.0, 2.1}, {2.0, 3.9}, {3.0, 6.2}, {4.5, 8.8}, {6.0, 12.5}};
    return List.of(
        correct("jfreechart/Regression.getOLSRegression", Regression.class, "getOLSRegression", args((Object) xy)),
        correct("jfreechart/Regression.getPowerRegression", Regression.class, "getPowerRegression", args((Object) xy)));
  }

  private static final String VECTOR = "active values reach the inner Polar of commons-suncalc's Vector, a lazily filled"
      + " cache of boxed Double polar coordinates (ofPolar's setPolar, getPhi/getTheta/getR), which carries no derivative;"
      + " new Vector(x, y, z) and new Vector(double[]) themselves are built from values (core.objects.MadeFields)";
  private static final String HELD = "array held in a field receives active values: ";

  /** The recorded refusals of the round, by id: the first blocker the core names. */
  private static final java.util.Map<String, String> REFUSED = java.util.Map.ofEntries(
      java.util.Map.entry("suncalc/ExtendedMath.readjustMax", "active value boxed: f.apply(left) boxes the active time for"
          + " the Function<Double, Double> the caller gives"),
      java.util.Map.entry("suncalc/ExtendedMath.readjustMin", "active value boxed: f.apply(left), as readjustMax"),
      java.util.Map.entry("suncalc/Vector.ofPolar", VECTOR),
      java.util.Map.entry("suncalc/Sun.positionEquatorial", VECTOR),
      java.util.Map.entry("suncalc/Sun.positionHorizontal", VECTOR),
      java.util.Map.entry("suncalc/Sun.positionTopocentric", VECTOR),
      java.util.Map.entry("suncalc/Moon.positionEquatorial", VECTOR),
      java.util.Map.entry("suncalc/Moon.positionHorizontal", VECTOR),
      java.util.Map.entry("suncalc/Moon.positionTopocentric", VECTOR),
      java.util.Map.entry("gavaghan/GeodeticCalculator.calculateEndingGlobalCoordinates", "active value passed to a"
          + " constructor: new GlobalCoordinates(latitude, longitude) canonicalises its angles (a computing constructor)"),
      java.util.Map.entry("gavaghan/GeodeticCalculator.calculateGeodeticCurve", "object created in the method receives"
          + " derivatives: new GeodeticCurve(...), returned"),
      java.util.Map.entry("gavaghan/GeodeticCalculator.calculateGeodeticMeasurement", "object created in the method"
          + " receives derivatives: calculateGeodeticCurve's GeodeticCurve, given to new GeodeticMeasurement"),
      java.util.Map.entry("processing/PVector.cross", "field-writing callee returning an object it was not given:"
          + " cross(v, null) writes a new PVector's fields and returns it (a run-time leibniz: error)"),
      java.util.Map.entry("jorbis/Lpc.lpc_to_curve", "active argument to a call with a passive result: fft.backward(curve),"
          + " whose companion takes no Drft shadow where Lpc's contract gives one (Drft's trigcache is scratch since 6 Dec)"),
      java.util.Map.entry("jorbis/Lpc.lpc_from_curve", "active argument to a call with a passive result: fft.backward(work),"
          + " as lpc_to_curve"),
      java.util.Map.entry("jorbis/Mdct.backward", HELD + "Mdct._x and _w, scratch buffers kept between calls"),
      java.util.Map.entry("jorbis/Lsp.lsp_to_curve", "bit pattern of an active value read: the frexp of q by"
          + " Float.floatToIntBits and intBitsToFloat"),
      java.util.Map.entry("datumbox/ContinuousDistributions.multinomialGaussianPdf", "constructor call: Hipparchus'"
          + " new MultivariateNormalDistribution(mean, covariance) (library code)"));

  static final String CHISQUARE_INVERSE = "known wrong, warned: chisquareInverseCdf bisects for the root of 1 - F(x) = p"
      + " from the guess df / sqrt(p): the companions give that guess's derivative carried through the halvings (-6.41 at"
      + " p = 0.4, df = 5), the root's is -1 / f(x) (-8.42); the core warns of the bracketing search at"
      + " ContinuousDistributions.java:526 (silent on arrival, core.analysis.BracketSearches)";

  private static Entry recorded(Entry e) {
    String why = REFUSED.get(e.id());
    if (why != null) return new Entry(e.id(), e.type(), e.method(), e.receiver(), e.points(), Entry.Status.REFUSED, why,
        e.alsoTransformed());
    if (e.id().equals("datumbox/ContinuousDistributions.chisquareInverseCdf")) {
      return new Entry(e.id(), e.type(), e.method(), e.receiver(), e.points(), Entry.Status.WRONG, CHISQUARE_INVERSE,
          e.alsoTransformed());
    }
    return e;
  }

  static List<Entry> entries() {
    return rounds().stream().map(ThirtyFourthRound::recorded).toList();
  }

  private static List<Entry> rounds() {
    List<Entry> all = new ArrayList<>(suncalcEntries());
    all.addAll(solarEntries());
    all.addAll(grumpyEntries());
    all.addAll(gavaghanEntries());
    all.addAll(processingEntries());
    all.addAll(jorbisEntries());
    all.addAll(datumboxEntries());
    all.addAll(jfreechartEntries());
    return all;
  }
}
