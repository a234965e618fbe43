package dev.leibniz.corpus;

import static dev.leibniz.corpus.Entry.args;
import static dev.leibniz.corpus.Entry.by;
import static dev.leibniz.corpus.Entry.construct;
import static dev.leibniz.corpus.Entry.correct;
import static dev.leibniz.corpus.Entry.inLoader;
import static dev.leibniz.corpus.Entry.inLoaderBy;
import static dev.leibniz.corpus.Entry.inLoaderOf;
import static dev.leibniz.corpus.Entry.refused;

import dev.leibniz.corpus.esri.Envelope1D;
import dev.leibniz.corpus.esri.Envelope2D;
import dev.leibniz.corpus.esri.NumberUtils;
import dev.leibniz.corpus.esri.Point2D;
import dev.leibniz.corpus.esri.Point3D;
import dev.leibniz.corpus.esri.Transformation2D;
import dev.leibniz.corpus.numbers.angle.Angle;
import dev.leibniz.corpus.numbers.angle.Reduce;
import dev.leibniz.corpus.numbers.quaternion.Precision;
import dev.leibniz.corpus.numbers.quaternion.Quaternion;
import dev.leibniz.corpus.numbers.quaternion.Slerp;
import java.lang.reflect.Field;
import java.util.List;
import java.util.function.Function;

/**
 * The twenty-second round of the corpus table: Esri's Geometry API for Java (Apache-2.0, ids {@code esri/...}), a project
 * the corpus had not used, whole classes as its users have them: mutable value classes with public fields
 * ({@code Point2D}, {@code Point3D}, {@code Envelope2D}, the affine {@code Transformation2D}) whose operations write
 * {@code this} or a destination, call each other and make scratch points; {@code ECoordinate}, a number carrying its own
 * rounding-error bound through every operation; {@code MathUtils} with a Kahan summator and an exact lerp; and
 * {@code GeoDist}'s Vincenty geodesic inverse on the ellipsoid, an iteration to convergence writing its results into
 * {@code PeDouble} holders. And two modules of Apache Commons Numbers the corpus had not used (Apache-2.0, ids
 * {@code numbers/Quaternion...}, {@code numbers/Slerp...}, {@code numbers/Angle...}): an immutable {@code Quaternion} of
 * final fields made by static factories through private constructors, whose enum {@code Type} holds the norm as lambdas
 * ({@code ToDoubleFunction<Quaternion>}) and is switched on; {@code Slerp}, a {@code DoubleFunction<Quaternion>} holding
 * its algorithm (an inner class chosen by the constructor) in a field; {@code Angle}, an abstract {@code DoubleSupplier}
 * of one final field with final subclasses {@code Rad}, {@code Deg}, {@code Turn}, and a private {@code Normalizer}
 * ({@code DoubleUnaryOperator}) held in static fields. Kept apart from {@link Corpus} so that rounds merge without conflicts; {@link Corpus#entries()}
 * appends it.
 */
final class TwentySecondRound {
  private TwentySecondRound() {}

  /** A package-private class of the Esri copy, by name (as in the library, not public). */
  private static Class<?> classIn(String simpleName) {
    try {
      return Class.forName("dev.leibniz.corpus.esri." + simpleName);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  private static final Class<?> E_COORDINATE = classIn("ECoordinate");
  private static final Class<?> MATH_UTILS = classIn("MathUtils");
  private static final Class<?> KAHAN = classIn("MathUtils$KahanSummator");
  private static final Class<?> PE_DOUBLE = classIn("PeDouble");
  private static final Class<?> GEO_DIST = classIn("GeoDist");

  /** Point2D.calculateCircleCenterFromThreePoints falls back to BigDecimal arithmetic when the tracked error is too large. */
  static final String BIG_DECIMAL = "new BigDecimal(double) of an active value in the exact fallback"
      + " (calculateCenterFromThreePointsHelperMP_, reached only when the error-tracked center is NaN; not at the point)";

  /** Envelope2D.queryCorners fills the array it is given with new Point2D of the envelope's fields. */
  static final String NEW_CORNERS = "queryCorners(Point2D[]) stores a new Point2D of active values into an array element";

  /** positivePolarForm() of a DEFAULT Quaternion normalizes it (negate() first for w < 0): norm() gives it to the lambda. */
  static final String LAMBDA_ARGUMENT = "the new Quaternion (negate(), or this) reaches normalize(), whose norm() gives it"
      + " to the ToDoubleFunction<Quaternion> lambda held by the enum Type: an erased argument, passed without its shadow";

  /** Slerp.apply calls algo.apply(t), a DoubleFunction<Quaternion> field implemented by the inner Linear/Spherical. */
  static final String DOUBLE_FUNCTION = "algo.apply(t) on a DoubleFunction<Quaternion> field (the inner classes Linear and"
      + " Spherical): a JDK functional interface whose Object result carries no derivative through dispatch";

  private static final List<Class<?>> ESRI_CLASSES = List.of(Point2D.class, Point3D.class, E_COORDINATE,
      NumberUtils.class, MATH_UTILS, KAHAN, PE_DOUBLE, GEO_DIST, Envelope1D.class,
      Envelope2D.class, Transformation2D.class);

  /** The entry with the other classes of the library loaded (and differentiated) with it: several are package-private. */
  private static Entry esri(Entry e) {
    return e.with(ESRI_CLASSES.stream().filter(c -> c != e.type()).toArray(Class<?>[]::new));
  }

  /**
   * An ECoordinate entry with only NumberUtils (package-private helpers) loaded with it: its adjoint refusal is a warning,
   * and the first refusal of another class loaded with it would be ranked as its blocker.
   */
  private static Entry ecoordinate(Entry e) {
    return e.with(NumberUtils.class);
  }

  /** Sets the named (comma-separated) double fields of {@code o} to {@code values}. */
  private static Object setFields(Object o, String names, double... values) {
    String[] n = names.split(",");
    try {
      for (int i = 0; i < n.length; i++) {
        Field f = o.getClass().getDeclaredField(n[i].trim());
        f.setAccessible(true);
        f.setDouble(o, values[i]);
      }
      return o;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** A receiver made by the no-argument constructor of the transformed class, then its named fields set. */
  private static Function<Class<?>, Object> holding(String names, double... values) {
    return c -> {
      try {
        var k = c.getDeclaredConstructor();
        k.setAccessible(true);
        return setFields(k.newInstance(), names, values);
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    };
  }

  /** An argument of {@code type} as loaded with the entry, its named fields set. */
  private static Entry.InLoader of(Class<?> type, String names, double... values) {
    return inLoader(type, o -> setFields(o, names, values));
  }

  private static Entry.InLoader p2(double x, double y) {
    return inLoaderOf(Point2D.class, x, y);
  }

  private static Entry.InLoader p3(double x, double y, double z) {
    return inLoaderOf(Point3D.class, x, y, z);
  }

  private static Entry.InLoader ec(double value, double eps) {
    return of(E_COORDINATE, "m_value, m_eps", value, eps);
  }

  private static Entry.InLoader env(double xmin, double ymin, double xmax, double ymax) {
    return inLoaderOf(Envelope2D.class, xmin, ymin, xmax, ymax);
  }

  private static final String T2 = "xx, xy, xd, yx, yy, yd";

  private static Entry.InLoader holder() {
    return of(PE_DOUBLE, "val", 0.0);
  }

  // WGS84's semi-major axis (m) and first eccentricity squared
  private static final double WGS84_A = 6378137.0;
  private static final double WGS84_E2 = 0.00669437999014;

  // Commons Numbers' quaternions (private constructors, static factories) and angles
  private static Entry quaternion(Entry e) {
    return e.with(java.util.stream.Stream.of(Quaternion.class, Slerp.class, Precision.class).filter(c -> c != e.type())
        .toArray(Class<?>[]::new));
  }

  private static Entry angle(Entry e) {
    return e.with(java.util.stream.Stream.of(Angle.class, Angle.Rad.class, Angle.Deg.class, Angle.Turn.class, NORMALIZER,
        Reduce.class).filter(c -> c != e.type()).toArray(Class<?>[]::new));
  }

  private static final Class<?> NORMALIZER = numbersClass("angle.Angle$Normalizer");

  private static Class<?> numbersClass(String name) {
    try {
      return Class.forName("dev.leibniz.corpus.numbers." + name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  private static Entry.InLoader q(double w, double x, double y, double z) {
    return inLoaderBy(Quaternion.class, "of", w, x, y, z);
  }

  /** A Slerp between two quaternions, all made in the entry's loader. */
  private static Function<Class<?>, Object> slerp(double[] start, double[] end) {
    return c -> {
      try {
        Class<?> quaternion = Class.forName(Quaternion.class.getName(), true, c.getClassLoader());
        Object s = Entry.madeBy(quaternion, "of", start[0], start[1], start[2], start[3]);
        Object e = Entry.madeBy(quaternion, "of", end[0], end[1], end[2], end[3]);
        return construct(s, e).apply(c);
      } catch (ClassNotFoundException e) {
        throw new AssertionError(e);
      }
    };
  }

  /** The normalizer held in the static field {@code name} of Angle.Rad, as loaded with the entry. */
  private static Function<Class<?>, Object> radNormalizer(String name) {
    return c -> {
      try {
        return Class.forName(Angle.Rad.class.getName(), true, c.getClassLoader()).getField(name).get(null);
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    };
  }

  static List<Entry> entries() {
    return List.of(
        // Point2D: public x, y; operations returning numbers, writing this, through MathUtils and scratch points
        esri(correct("esri/Point2D.length", Point2D.class, "length", args()).on(construct(1.3, -0.7))),
        esri(correct("esri/Point2D.dotProduct", Point2D.class, "dotProduct", args(p2(0.4, 2.1))).on(construct(1.3, -0.7))),
        esri(correct("esri/Point2D.distance", Point2D.class, "distance", args(p2(1.3, -0.7), p2(0.4, 2.1)))),
        esri(correct("esri/Point2D.normalize", Point2D.class, "normalize", args()).on(construct(1.3, -0.7))),
        esri(correct("esri/Point2D.rotateDirect", Point2D.class, "rotateDirect", args(0.8253356149096783, 0.5646424733950354))
            .on(construct(1.3, -0.7))),
        esri(correct("esri/Point2D.interpolate", Point2D.class, "interpolate", args(p2(0.4, 2.1), 0.3), args(p2(0.4, 2.1), 0.8))
            .on(construct(1.3, -0.7))),
        esri(correct("esri/Point2D.scaleAdd", Point2D.class, "scaleAdd", args(1.7, p2(0.4, 2.1))).on(construct(1.3, -0.7))),
        esri(correct("esri/Point2D.offset", Point2D.class, "offset", args(p2(0.2, 0.1), p2(2.5, 1.4))).on(construct(1.3, -0.7))),
        esri(correct("esri/Point2D._norm", Point2D.class, "_norm", args(0), args(1), args(2)).on(construct(1.3, -0.7))),
        esri(correct("esri/Point2D._norm(metric 3, pow of a negative coordinate)", Point2D.class, "_norm", args(3))
            .on(construct(1.3, -0.7))),
        esri(refused("esri/Point2D.calculateCircleCenterFromThreePoints", Point2D.class, "calculateCircleCenterFromThreePoints", BIG_DECIMAL,
            args(p2(0.1, 0.2), p2(1.5, 1.9), p2(3.2, 0.4)))),

        // Point3D
        esri(correct("esri/Point3D.length", Point3D.class, "length", args()).on(construct(1.2, -0.5, 2.0))),
        esri(correct("esri/Point3D.normalize", Point3D.class, "normalize", args()).on(construct(1.2, -0.5, 2.0))),
        esri(correct("esri/Point3D.construct", Point3D.class, "construct", args(1.2, -0.5, 2.0))),

        // MathUtils: a Kahan summator, an exact lerp, fmod through truncate, copysign (the summator at a compensation
        // of 1e-17, which differences resolve since FiniteDifferences' rounding floor for double, sixth peer round)
        esri(correct("esri/MathUtils.KahanSummator.add", KAHAN, "add", args(0.3))
            .on(c -> setFields(construct(2.5).apply(c), "sum, compensation", 0.7, 1.0e-17))),
        esri(correct("esri/MathUtils.lerp", MATH_UTILS, "lerp", args(1.2, 3.7, 0.3), args(1.2, 3.7, 0.8))),
        esri(correct("esri/MathUtils.FMod", MATH_UTILS, "FMod", args(7.3, 2.1), args(-7.3, 2.1))),

        // ECoordinate: a value with its error bound, carried through each operation; the overridable epsCoordinate() called
        // before the receiver's fields are written is reversed split from ECoordinate's code behind the receiver check
        ecoordinate(correct("esri/ECoordinate.add", E_COORDINATE, "add", args(ec(0.6, 0.002))).on(holding("m_value, m_eps", 1.7, 0.003))),
        ecoordinate(correct("esri/ECoordinate.mul", E_COORDINATE, "mul", args(ec(0.6, 0.002))).on(holding("m_value, m_eps", 1.7, 0.003))),
        ecoordinate(correct("esri/ECoordinate.div", E_COORDINATE, "div", args(ec(0.6, 0.002)), args(ec(0.6, 0.02)))
            .on(holding("m_value, m_eps", 1.7, 0.003))),
        ecoordinate(correct("esri/ECoordinate.sqrt", E_COORDINATE, "sqrt", args()).on(holding("m_value, m_eps", 1.7, 0.003))),
        ecoordinate(correct("esri/ECoordinate.sqrt(value near its error)", E_COORDINATE, "sqrt", args())
            .on(holding("m_value, m_eps", 0.02, 0.005))),
        ecoordinate(correct("esri/ECoordinate.sqr", E_COORDINATE, "sqr", args()).on(holding("m_value, m_eps", 1.7, 0.003))),
        ecoordinate(correct("esri/ECoordinate.sin", E_COORDINATE, "sin", args(ec(0.7, 0.001))).on(holding("m_value, m_eps", 0.0, 0.0))),
        ecoordinate(correct("esri/ECoordinate.cos", E_COORDINATE, "cos", args(ec(0.7, 0.001))).on(holding("m_value, m_eps", 0.0, 0.0))),
        ecoordinate(correct("esri/ECoordinate.log", E_COORDINATE, "log", args(ec(2.3, 0.001))).on(holding("m_value, m_eps", 0.0, 0.0))),

        // Envelope2D: xmin, ymin, xmax, ymax; merging, inflating, zooming through a new center point, clipping a line
        esri(correct("esri/Envelope2D.merge", Envelope2D.class, "merge", args(2.6, 1.2), args(-1.5, 3.4))
            .on(construct(-1.0, 0.5, 2.0, 3.0))),
        esri(correct("esri/Envelope2D.zoom", Envelope2D.class, "zoom", args(1.5, 0.8)).on(construct(-1.0, 0.5, 2.0, 3.0))),
        esri(correct("esri/Envelope2D.reaspect", Envelope2D.class, "reaspect", args(2.0, 1.0), args(0.5, 1.0))
            .on(construct(-1.0, 0.5, 2.0, 3.0))),
        esri(correct("esri/Envelope2D.distance", Envelope2D.class, "distance", args(p2(3.1, 4.2))).on(construct(-1.0, 0.5, 2.0, 3.0))),
        esri(refused("esri/Envelope2D.sqrMaxDistance", Envelope2D.class, "sqrMaxDistance", NEW_CORNERS, args(env(0.5, -0.4, 3.1, 1.7)))
            .on(construct(-1.0, 0.5, 2.0, 3.0))),
        esri(correct("esri/Envelope2D.clipLine", Envelope2D.class, "clipLine", args(p2(-2.0, 1.0), p2(1.0, 2.0)))
            .on(construct(-1.0, 0.5, 2.0, 3.0))),
        esri(correct("esri/Envelope2D.getCenter", Envelope2D.class, "getCenter", args()).on(construct(-1.0, 0.5, 2.0, 3.0))),
        esri(correct("esri/Envelope2D.intersect", Envelope2D.class, "intersect", args(env(0.5, -0.4, 3.1, 1.7)))
            .on(construct(-1.0, 0.5, 2.0, 3.0))),

        // Transformation2D: an affine map of six public fields, composed with temporaries, inverted in place
        esri(correct("esri/Transformation2D.transform(tolerance)", Transformation2D.class, "transform", args(0.01))
            .on(holding(T2, 1.2, 0.3, -0.5, -0.2, 0.9, 0.7))),
        esri(correct("esri/Transformation2D.transformWithoutShift", Transformation2D.class, "transformWithoutShift",
            args(p2(0.4, 2.1))).on(holding(T2, 1.2, 0.3, -0.5, -0.2, 0.9, 0.7))),
        esri(correct("esri/Transformation2D.transformSize", Transformation2D.class, "transformSize", args(p2(1.5, 0.7)))
            .on(holding(T2, 1.2, 0.3, -0.5, -0.2, 0.9, 0.7))),
        esri(correct("esri/Transformation2D.multiply", Transformation2D.class, "multiply",
            args(of(Transformation2D.class, T2, 0.8, -0.4, 1.1, 0.5, 1.3, -0.6))).on(holding(T2, 1.2, 0.3, -0.5, -0.2, 0.9, 0.7))),
        esri(correct("esri/Transformation2D.inverse", Transformation2D.class, "inverse", args())
            .on(holding(T2, 1.2, 0.3, -0.5, -0.2, 0.9, 0.7))),
        esri(correct("esri/Transformation2D.rotate", Transformation2D.class, "rotate", args(0.6))
            .on(holding(T2, 1.2, 0.3, -0.5, -0.2, 0.9, 0.7))),
        esri(correct("esri/Transformation2D.shear", Transformation2D.class, "shear", args(0.3, -0.2))
            .on(holding(T2, 1.2, 0.3, -0.5, -0.2, 0.9, 0.7))),
        esri(correct("esri/Transformation2D.flipX", Transformation2D.class, "flipX", args(0.5, 2.0))
            .on(holding(T2, 1.2, 0.3, -0.5, -0.2, 0.9, 0.7))),
        esri(correct("esri/Transformation2D.initializeFromRectIsotropic", Transformation2D.class, "initializeFromRectIsotropic",
            args(env(-1.0, 0.5, 2.0, 3.0), env(0.5, -0.4, 3.1, 1.7))).on(holding(T2, 1.0, 0.0, 0.0, 0.0, 1.0, 0.0))),

        // GeoDist: Vincenty's inverse on the WGS84 ellipsoid, results written into PeDouble holders
        // split by the core, its parts differentiated since a moved-out stretch that always returns ends only so (SplitGeodesicTest)
        esri(correct("esri/GeoDist.geodesic_distance_ngs", GEO_DIST, "geodesic_distance_ngs",
            args(WGS84_A, WGS84_E2, 0.2, 0.5, 1.4, -0.3, holder(), holder(), holder()),
            args(WGS84_A, WGS84_E2, -1.0, 0.9, 1.8, -0.7, holder(), holder(), holder()))),

        // Commons Numbers' Quaternion: final fields, an enum Type holding lambdas for norm/normSq, switch on it; norm,
        // normSq, normalize and inverse correct since the ToDoubleFunction<Quaternion> call passes q's shadow (TypedFunctionCalls)
        quaternion(correct("numbers/Quaternion.norm", Quaternion.class, "norm", args()).on(by("of", 0.6, -0.3, 1.1, 0.4))),
        quaternion(correct("numbers/Quaternion.normSq", Quaternion.class, "normSq", args()).on(by("of", 0.6, -0.3, 1.1, 0.4))),
        quaternion(correct("numbers/Quaternion.normalize", Quaternion.class, "normalize", args()).on(by("of", 0.6, -0.3, 1.1, 0.4))),
        quaternion(correct("numbers/Quaternion.positivePolarForm", Quaternion.class, "positivePolarForm", args())
            .on(by("of", 0.6, -0.3, 1.1, 0.4))),
        quaternion(correct("numbers/Quaternion.positivePolarForm(negative w)", Quaternion.class, "positivePolarForm", args())
            .on(by("of", -0.6, -0.3, 1.1, 0.4))),
        quaternion(correct("numbers/Quaternion.inverse", Quaternion.class, "inverse", args()).on(by("of", 0.6, -0.3, 1.1, 0.4))),
        quaternion(correct("numbers/Quaternion.multiply", Quaternion.class, "multiply", args(q(0.2, 0.9, -0.5, 0.7)))
            .on(by("of", 0.6, -0.3, 1.1, 0.4))),
        quaternion(correct("numbers/Quaternion.dot", Quaternion.class, "dot", args(q(0.2, 0.9, -0.5, 0.7)))
            .on(by("of", 0.6, -0.3, 1.1, 0.4))),
        quaternion(correct("numbers/Quaternion.divide", Quaternion.class, "divide", args(1.7)).on(by("of", 0.6, -0.3, 1.1, 0.4))),
        quaternion(correct("numbers/Quaternion.getVectorPart", Quaternion.class, "getVectorPart", args())
            .on(by("of", 0.6, -0.3, 1.1, 0.4))),
        // Slerp: a DoubleFunction<Quaternion> holding its algorithm, an inner class, chosen by the constructor
        quaternion(refused("numbers/Slerp.apply(spherical)", Slerp.class, "apply", DOUBLE_FUNCTION, args(0.3), args(0.7))
            .on(slerp(new double[] {0.6, -0.3, 1.1, 0.4}, new double[] {0.2, 0.9, -0.5, 0.7}))),
        quaternion(refused("numbers/Slerp.apply(linear)", Slerp.class, "apply", DOUBLE_FUNCTION, args(0.4))
            .on(slerp(new double[] {0.6, -0.3, 1.1, 0.4}, new double[] {0.61, -0.29, 1.1, 0.41}))),

        // Commons Numbers' Angle: an abstract DoubleSupplier of a final field, final subclasses made by factories
        angle(correct("numbers/Angle.Rad.toDeg", Angle.Rad.class, "toDeg", args()).on(by("of", 1.3))),
        angle(correct("numbers/Angle.Rad.toTurn", Angle.Rad.class, "toTurn", args()).on(by("of", 1.3))),
        angle(correct("numbers/Angle.Deg.toRad", Angle.Deg.class, "toRad", args()).on(by("of", 75.0))),
        angle(correct("numbers/Angle.Normalizer.applyAsDouble", NORMALIZER, "applyAsDouble", args(1.3), args(7.9), args(-11.2))
            .on(radNormalizer("WITHIN_MINUS_PI_AND_PI"))));
  }
}
