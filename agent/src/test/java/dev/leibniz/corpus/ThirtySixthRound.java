package dev.leibniz.corpus;

import static dev.leibniz.corpus.Entry.args;
import static dev.leibniz.corpus.Entry.correct;
import static dev.leibniz.corpus.Entry.fresh;

import dev.leibniz.corpus.geotools.ParameterValueGroup;
import dev.leibniz.corpus.geotools.Point2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The thirty-sixth round of the corpus table: GeoTools' map projections (geotools/geotools, LGPL-2.1; ids
 * {@code geotools/...}, code in {@code geotools/}): the {@code transformNormalized} / {@code inverseTransformNormalized}
 * pairs of {@code MapProjection}'s subclasses, objects holding the ellipsoid's and the projection's constants that call
 * their base class's Snyder formulas ({@code tsfn}, {@code cphi2}, {@code mlfn}, {@code inv_mlfn}, {@code msfn}), write
 * the result through the abstract {@code Point2D.setLocation} of the caller's point and return it, and whose spherical
 * subclasses first run the ellipsoidal formula of their superclass inside an {@code assert} to compare with it. Kept
 * apart from {@link Corpus} so that rounds merge without conflicts; {@link Corpus#entries()} appends it.
 */
final class ThirtySixthRound {
  private ThirtySixthRound() {}

  private static final String PKG = "dev.leibniz.corpus.geotools.";

  /** WGS 84 (the ellipsoidal formulas). */
  private static ParameterValueGroup wgs84() {
    return new ParameterValueGroup().set("semi_major", 6378137.0).set("semi_minor", 6356752.314245179);
  }

  /** The authalic sphere (the spherical formulas: semi_major == semi_minor). */
  private static ParameterValueGroup sphere() {
    return new ParameterValueGroup().set("semi_major", 6371007.0).set("semi_minor", 6371007.0);
  }

  /**
   * A receiver made by the transformed class's constructor whose arguments are {@code args}, where a {@link Named}
   * argument is looked up in the entry's loader (a provider's descriptors or a projection mode, nested in the classes
   * defined there): GeoTools' constructors compare descriptors by identity.
   */
  private static Function<Class<?>, Object> make(Object... args) {
    return c -> {
      Object[] resolved = new Object[args.length];
      for (int i = 0; i < args.length; i++) {
        resolved[i] = args[i] instanceof Named n ? n.resolve(c.getClassLoader()) : args[i];
      }
      return Entry.construct(resolved).apply(c);
    };
  }

  /** A provider's static PARAMETERS, or an enum constant, named by class and member. */
  private record Named(String cls, String member) {
    Object resolve(ClassLoader loader) {
      try {
        Class<?> k = Class.forName(PKG + cls, true, loader);
        if (k.isEnum()) {
          for (Object constant : k.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(member)) return constant;
          }
          throw new AssertionError("no " + member + " in " + k);
        }
        java.lang.reflect.Field f = k.getDeclaredField(member);
        f.setAccessible(true);
        return f.get(null);
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    }
  }

  private static Named parameters(String provider) {
    return new Named(provider, "PARAMETERS");
  }

  private static Named mode(String enumClass, String name) {
    return new Named(enumClass, name);
  }

  private static Class<?> named(String name) {
    try {
      return Class.forName(PKG + name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  private static Object point() {
    return new Point2D.Double();
  }

  /** Points (lambda, phi) or (x, y) in radians / normalized units, each with a fresh destination point. */
  private static Object[][] at(double... xy) {
    Object[][] points = new Object[xy.length / 2][];
    for (int i = 0; i < points.length; i++) {
      points[i] = args(xy[2 * i], xy[2 * i + 1], fresh(ThirtySixthRound::point));
    }
    return points;
  }

  private static final List<Entry> ENTRIES = new ArrayList<>();

  /** Both directions of {@code cls} at the given points, on the receiver {@code receiver}. */
  private static void pair(String cls, String suffix, Function<Class<?>, Object> receiver, double[] forward,
      double[] inverse) {
    one(cls, "transformNormalized", suffix, receiver, forward);
    one(cls, "inverseTransformNormalized", suffix, receiver, inverse);
  }

  private static void one(String cls, String method, String suffix, Function<Class<?>, Object> receiver, double[] xy) {
    String id = "geotools/" + cls.replace('$', '.') + "." + method + suffix;
    ENTRIES.add(correct(id, named(cls), method, at(xy)).on(receiver));
  }

  private static double[] xy(double... v) {
    return v;
  }

  static {
    // cylindrical
    pair("Mercator", "", make(wgs84()), xy(0.3, 0.6, -0.5, -1.1), xy(0.3, 0.7, -0.4, -1.2));
    pair("Mercator$Spherical", "", make(sphere()), xy(0.3, 0.6, -0.5, -1.1), xy(0.3, 0.7, -0.4, -1.2));
    pair("TransverseMercator", "", make(wgs84().set("latitude_of_origin", 10.0).set("scale_factor", 0.9996)),
        xy(0.05, 0.7, -0.1, -0.3), xy(0.05, 0.6, -0.08, -0.2));
    pair("TransverseMercator$Spherical", "", make(sphere().set("latitude_of_origin", 10.0)),
        xy(0.05, 0.7, -0.1, -0.3), xy(0.05, 0.6, -0.08, -0.2));
    pair("EquidistantCylindrical", "", make(wgs84().set("standard_parallel_1", 30.0)), xy(0.3, 0.6, -0.5, -1.1),
        xy(0.3, 0.6, -0.5, -1.1));
    pair("PlateCarree", "", make(sphere()), xy(0.3, 0.6, -0.5, -1.1), xy(0.3, 0.6, -0.5, -1.1));
    pair("CassiniSoldner", "", make(wgs84().set("latitude_of_origin", 20.0)), xy(0.05, 0.7, -0.1, -0.3),
        xy(0.05, 0.3, -0.08, -0.2));
    pair("CassiniSoldner$Spherical", "", make(sphere().set("latitude_of_origin", 20.0)), xy(0.05, 0.7, -0.1, -0.3),
        xy(0.05, 0.3, -0.08, -0.2));
    // conic
    ParameterValueGroup lcc = wgs84().set("standard_parallel_1", 33.0).set("standard_parallel_2", 45.0)
        .set("latitude_of_origin", 23.0);
    pair("LambertConformal", "", make(lcc), xy(0.2, 0.7, -0.3, 0.4), xy(0.1, 0.1, -0.2, 0.3));
    pair("LambertConformal", " (sphere)", make(sphere().set("standard_parallel_1", 33.0)
        .set("standard_parallel_2", 45.0).set("latitude_of_origin", 23.0)), xy(0.2, 0.7, -0.3, 0.4),
        xy(0.1, 0.1, -0.2, 0.3));
    pair("AlbersEqualArea", "", make(wgs84().set("standard_parallel_1", 29.5).set("standard_parallel_2", 45.5)
        .set("latitude_of_origin", 23.0)), xy(0.2, 0.7, -0.3, 0.4), xy(0.1, 0.1, -0.2, 0.3));
    pair("AlbersEqualArea", " (sphere)", make(sphere().set("standard_parallel_1", 29.5)
        .set("standard_parallel_2", 45.5).set("latitude_of_origin", 23.0)), xy(0.2, 0.7, -0.3, 0.4),
        xy(0.1, 0.1, -0.2, 0.3));
    pair("EquidistantConic", "", make(wgs84().set("standard_parallel_1", 20.0).set("standard_parallel_2", 60.0)
        .set("latitude_of_origin", 40.0)), xy(0.2, 0.7, -0.3, 0.4), xy(0.1, 0.1, -0.2, 0.3));
    pair("EquidistantConic", " (sphere)", make(sphere().set("standard_parallel_1", 20.0)
        .set("standard_parallel_2", 60.0).set("latitude_of_origin", 40.0)), xy(0.2, 0.7, -0.3, 0.4),
        xy(0.1, 0.1, -0.2, 0.3));
    pair("Polyconic$Ellipsoidal", "", make(wgs84().set("latitude_of_origin", 30.0)), xy(0.2, 0.7, -0.3, 0.4),
        xy(0.1, 0.1, -0.2, 0.3));
    pair("Polyconic$Spherical", "", make(sphere().set("latitude_of_origin", 30.0)), xy(0.2, 0.7, -0.3, 0.4),
        xy(0.1, 0.1, -0.2, 0.3));
    // azimuthal
    pair("ObliqueOrthographic", "", make(sphere().set("latitude_of_origin", 40.0)), xy(0.2, 0.7, -0.3, 0.4),
        xy(0.1, 0.2, -0.3, -0.4));
    pair("EquatorialOrthographic", "", make(sphere()), xy(0.2, 0.7, -0.3, 0.4), xy(0.1, 0.2, -0.3, -0.4));
    pair("PolarOrthographic", "", make(sphere().set("latitude_of_origin", 90.0)), xy(0.2, 0.7, -2.3, 1.2),
        xy(0.1, 0.2, -0.3, -0.4));
    pair("StereographicUSGS", "", make(wgs84().set("latitude_of_origin", 40.0)), xy(0.2, 0.7, -0.3, 0.4),
        xy(0.1, 0.2, -0.3, -0.4));
    pair("StereographicUSGS$Spherical", "", make(sphere().set("latitude_of_origin", 40.0),
        parameters("Stereographic$Provider")), xy(0.2, 0.7, -0.3, 0.4), xy(0.1, 0.2, -0.3, -0.4));
    one("EquatorialStereographic", "transformNormalized", "", make(wgs84()), xy(0.2, 0.7, -0.3, 0.4));
    pair("EquatorialStereographic$Spherical", "", make(sphere(), parameters("Stereographic$Provider")),
        xy(0.2, 0.7, -0.3, 0.4), xy(0.1, 0.2, -0.3, -0.4));
    pair("ObliqueStereographic", "", make(wgs84().set("latitude_of_origin", 52.0)), xy(0.05, 0.9, -0.1, 0.8),
        xy(0.02, 0.03, -0.04, -0.01));
    one("LambertAzimuthalEqualArea", "transformNormalized", "", make(wgs84().set("latitude_of_center", 52.0)
        .set("longitude_of_center", 10.0)), xy(0.2, 0.7, -0.3, 0.4));
    pair("LambertAzimuthalEqualArea$Spherical", "", make(sphere().set("latitude_of_center", 52.0)
        .set("longitude_of_center", 10.0)), xy(0.2, 0.7, -0.3, 0.4), xy(0.1, 0.2, -0.3, -0.4));
    pair("AzimuthalEquidistant$Spherical", "", make(sphere().set("latitude_of_center", 40.0)),
        xy(0.2, 0.7, -0.3, 0.4), xy(0.1, 0.2, -0.3, -0.4));
    pair("Gnomonic", "", make(sphere().set("latitude_of_center", 40.0)), xy(0.2, 0.7, -0.3, 0.4),
        xy(0.1, 0.2, -0.3, -0.4));
    // pseudocylindrical and others
    pair("Sinusoidal", "", make(wgs84()), xy(0.3, 0.6, -0.5, -1.1), xy(0.3, 0.6, -0.5, -1.1));
    pair("Sinusoidal", " (sphere)", make(sphere()), xy(0.3, 0.6, -0.5, -1.1), xy(0.3, 0.6, -0.5, -1.1));
    for (String m : List.of("Mollweide", "WagnerIV", "WagnerV")) {
      String provider = m.equals("Mollweide") ? "Mollweide$MollweideProvider" : "Mollweide$" + m + "Provider";
      pair("Mollweide", m.equals("Mollweide") ? "" : " (" + m + ")", make(mode("Mollweide$ProjectionMode", m),
          parameters(provider), sphere()), xy(0.3, 0.6, -0.5, -1.1), xy(0.3, 0.6, -0.5, -1.1));
    }
    pair("Robinson", "", make(sphere()), xy(0.3, 0.6, -0.5, -1.1), xy(0.3, 0.6, -0.5, -0.9));
    pair("EckertIV", "", make(sphere()), xy(0.3, 0.6, -0.5, -1.1), xy(0.3, 0.6, -0.5, -1.1));
    pair("WorldVanDerGrintenI", "", make(sphere()), xy(0.3, 0.6, -0.5, -1.1), xy(0.3, 0.6, -0.5, -0.9));
    one("WinkelTripel", "transformNormalized", "", make(mode("WinkelTripel$ProjectionMode", "Winkel"),
        parameters("WinkelTripel$WinkelProvider"), sphere().set("standard_parallel_1", 50.4597762521898)),
        xy(0.3, 0.6, -0.5, -1.1));
    // complex power series over GeoTools' Complex: coefficient tables in static fields, temporaries made per call
    pair("NewZealandMapGrid", "", make(new ParameterValueGroup().set("semi_major", 6378388.0)
        .set("semi_minor", 6378388.0 * (1 - 1 / 297.0)).set("latitude_of_origin", -41.0).set("central_meridian", 173.0)),
        xy(0.01, -0.72, -0.02, -0.70), xy(0.01, 0.02, -0.02, -0.01));
    one("WinkelTripel", "transformNormalized", " (Aitoff)", make(mode("WinkelTripel$ProjectionMode", "Aitoff"),
        parameters("WinkelTripel$AitoffProvider"), sphere()), xy(0.3, 0.6, -0.5, -1.1));
  }

  /** Robinson's cubic pieces: objects of a constant table in static fields, read and called with active offsets. */
  private static final String ROBINSON = "an object held in a static field passes on derivatives (Robinson.X / Robinson.Y,"
      + " static final Coeff[] tables of constant coefficients: X[i].forward(dphi) with the active offset, and the"
      + " inverse's X[NODES].c0 and new Coeff(Y[i]) in its Newton iteration): the inverse's T.c0 -= phi makes Coeff's"
      + " fields active, and the forward's read-only calls on the table are refused with it";

  /** The recorded refusals of the round, by id: the first blocker the core names. */
  private static final Map<String, String> REFUSED = Map.ofEntries(
      Map.entry("geotools/Robinson.transformNormalized", ROBINSON),
      Map.entry("geotools/Robinson.inverseTransformNormalized", ROBINSON));

  private static Entry recorded(Entry e) {
    String why = REFUSED.get(e.id());
    return why == null ? e : new Entry(e.id(), e.type(), e.method(), e.receiver(), e.points(), Entry.Status.REFUSED, why,
        e.alsoTransformed());
  }

  static List<Entry> entries() {
    return ENTRIES.stream().map(ThirtySixthRound::recorded).toList();
  }
}
