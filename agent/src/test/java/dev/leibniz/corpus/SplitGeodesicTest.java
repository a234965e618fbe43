package dev.leibniz.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.oracle.DotProductCheck;
import dev.leibniz.oracle.FiniteDifferences;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Esri's {@code GeoDist.geodesic_distance_ngs} (Vincenty's inverse on the ellipsoid, an iteration to convergence that
 * writes its three results into {@code PeDouble} holders) is too large for one companion: the core splits it, and the
 * loop body it moves out is cut again, a part being entered past a cut where a stretch of it (moved out in turn) always
 * returns. The driver of that stretch went on to its end after the call, a path no run takes that read a local the
 * entered part had no value for; the part was refused ("local has no value"), and the call of it taken for a passive call
 * writing fields. Now the driver of a stretch that always leaves goes on only by its exits and returns
 * ({@code LoopBodies}), and both modes are checked here against the first variation of a geodesic's length (the
 * analytic derivative: ds = -M1 cos(az12) dphi1 - N1 cos(phi1) sin(az12) dlam1 + M2 cos(a2) dphi2 + N2 cos(phi2) sin(a2)
 * dlam2, a2 the azimuth at the end, az21 + pi), central differences, and the dot product between modes.
 */
class SplitGeodesicTest {
  private static final double A = 6378137.0;
  private static final double E2 = 0.00669437999014;
  /** (lam1, phi1, lam2, phi2): the corpus entry's two points of a long line. */
  private static final double[][] POINTS = {{0.2, 0.5, 1.4, -0.3}, {-1.0, 0.9, 1.8, -0.7}};

  static final List<String> DIAGNOSTICS = new java.util.ArrayList<>();
  static final CorpusLoader LOADER = CorpusLoader.differentiate(List.of(load("GeoDist"), load("PeDouble")), DIAGNOSTICS);
  static final Class<?> GEO = inLoader("GeoDist");
  static final Class<?> PE = inLoader("PeDouble");

  private static Class<?> load(String simple) {
    try {
      return Class.forName("dev.leibniz.corpus.esri." + simple);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  private static Class<?> inLoader(String simple) {
    try {
      return LOADER.loadClass("dev.leibniz.corpus.esri." + simple);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void theSplitMethodGetsCompanions() {
    assertTrue(DIAGNOSTICS.stream().noneMatch(d -> d.contains("geodesic_distance_ngs") && !d.startsWith("leibniz: warning: ")),
        DIAGNOSTICS::toString);
  }

  @Test
  void distanceAgainstTheFirstVariationOfTheGeodesic() throws Exception {
    for (double[] x : POINTS) {
      double[] out = primal(x);
      double az12 = out[1], a2 = out[2] + Math.PI;
      double[] expected = {-n(x[1]) * Math.cos(x[1]) * Math.sin(az12), -m(x[1]) * Math.cos(az12),
          n(x[3]) * Math.cos(x[3]) * Math.sin(a2), m(x[3]) * Math.cos(a2)};
      double[] gradient = adjoint(x, new double[] {1, 0, 0});
      for (int i = 0; i < 4; i++) {
        double[] e = new double[4];
        e[i] = 1;
        assertEquals(expected[i], tangent(x, e)[0], 1e-7 * A, "tangent of the distance along input " + i);
        assertEquals(expected[i], gradient[i], 1e-7 * A, "adjoint of the distance, input " + i);
      }
    }
  }

  @Test
  void bothModesAgainstFiniteDifferencesAndTheDotProduct() {
    for (double[] x : POINTS) {
      java.util.Random rnd = new java.util.Random(5);
      for (int trial = 0; trial < 3; trial++) {
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) v[i] = rnd.nextGaussian();
        FiniteDifferences.Estimate[] fd = FiniteDifferences.directional(SplitGeodesicTest::primal, x, v);
        double[] dy = call(() -> tangent(x, v));
        double[] w = {rnd.nextGaussian(), rnd.nextGaussian(), rnd.nextGaussian()};
        double[] g = call(() -> adjoint(x, w));
        double along = 0, fdAlong = 0, scale = 0;
        for (int o = 0; o < 3; o++) {
          assertEquals(fd[o].value(), dy[o], fd[o].tolerance(1e-6), "tangent of output " + o + " vs finite differences");
          fdAlong += w[o] * fd[o].value();
          scale += Math.abs(w[o]) * (fd[o].tolerance(1e-6) + Math.abs(fd[o].value()));
        }
        for (int i = 0; i < 4; i++) along += g[i] * v[i];
        assertEquals(fdAlong, along, 1e-6 * scale, "adjoint vs finite differences");
      }
      DotProductCheck.check("geodesic_distance_ngs", x, 3, (p, v) -> call(() -> tangent(p, v)), (p, w) -> call(() -> adjoint(p, w)), 7, 4);
    }
  }

  /** The radius of curvature in the prime vertical at latitude {@code phi}. */
  private static double n(double phi) {
    return A / Math.sqrt(1 - E2 * Math.sin(phi) * Math.sin(phi));
  }

  /** The meridian's radius of curvature at latitude {@code phi}. */
  private static double m(double phi) {
    return A * (1 - E2) / Math.pow(1 - E2 * Math.sin(phi) * Math.sin(phi), 1.5);
  }

  private interface Call {
    double[] run() throws Exception;
  }

  private static double[] call(Call c) {
    try {
      return c.run();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static Object holder(double v) throws Exception {
    Constructor<?> c = PE.getDeclaredConstructor(double.class);
    c.setAccessible(true);
    return c.newInstance(v);
  }

  private static double val(Object holder) throws Exception {
    Field f = PE.getDeclaredField("val");
    f.setAccessible(true);
    return f.getDouble(holder);
  }

  private static Method method(String name) {
    for (Method m : GEO.getDeclaredMethods()) {
      if (m.getName().equals(name)) {
        m.setAccessible(true);
        return m;
      }
    }
    throw new AssertionError("no " + name);
  }

  /** (distance, az12, az21) at {@code x}, by the transformed class's own method. */
  private static double[] primal(double[] x) {
    return call(() -> {
      Object d = holder(0), p = holder(0), q = holder(0);
      method("geodesic_distance_ngs").invoke(null, A, E2, x[0], x[1], x[2], x[3], d, p, q);
      return new double[] {val(d), val(p), val(q)};
    });
  }

  private static double[] tangent(double[] x, double[] v) throws Exception {
    Object d = holder(0), dt = holder(0), p = holder(0), pt = holder(0), q = holder(0), qt = holder(0);
    method("geodesic_distance_ngs$tangent").invoke(null, A, 0.0, E2, 0.0, x[0], v[0], x[1], v[1], x[2], v[2], x[3], v[3],
        d, dt, p, pt, q, qt);
    return new double[] {val(dt), val(pt), val(qt)};
  }

  /** The gradient with respect to (lam1, phi1, lam2, phi2) of {@code w} dotted with the three results. */
  private static double[] adjoint(double[] x, double[] w) throws Exception {
    double[] bars = new double[6];
    method("geodesic_distance_ngs$adjoint").invoke(null, A, E2, x[0], x[1], x[2], x[3],
        holder(0), holder(w[0]), holder(0), holder(w[1]), holder(0), holder(w[2]), bars);
    return new double[] {bars[2], bars[3], bars[4], bars[5]};
  }
}
