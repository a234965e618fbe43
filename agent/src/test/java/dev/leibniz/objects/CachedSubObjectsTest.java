package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.objects.fixtures.cached.CVec;
import dev.leibniz.objects.fixtures.cached.CachedVectors;
import dev.leibniz.objects.fixtures.cached.RefusedCaches;
import dev.leibniz.oracle.JacobianCheck;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * New objects of an immutable vector class whose constructors make a cache sub-object from nothing given (Commons
 * Suncalc's {@code Vector} with {@code private final Polar polar = new Polar()}, an inner class filled lazily from the
 * coordinates; core.objects.MadeFields): built from values, from an array its constructor checks, by a chained
 * constructor, returned with their shadows, and the cached norm read after the constructor (the second read from the
 * cache). Both modes against central differences, the analytic Jacobian and the dot-product test ({@link
 * JacobianCheck}); the result's cache is fresh in the primal result and in the shadow. A sub-object made from active
 * values stays refused with its line; a cache of boxed {@code Double}s taken apart with its holder is differentiated.
 */
class CachedSubObjectsTest {
  static final Transformed V = Transformed.of(CachedVectors.class, true);
  static final Transformed REFUSED = Transformed.of(RefusedCaches.class, true);

  static Method named(String name) {
    return Arrays.stream(V.type.getMethods()).filter(m -> m.getName().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + name + ": " + V.result.diagnostics()));
  }

  static Object call(Method m, Object... args) {
    return LocalObjectArraysTest.call(m, args);
  }

  static double[] xyz(CVec v) {
    return new double[] {v.x(), v.y(), v.z()};
  }

  static CVec seed(double[] w) {
    return new CVec(w[0], w[1], w[2]);
  }

  /** Scalars and their tangents interleaved: (x0, dx0, x1, dx1, ...). */
  static Object[] interleaved(double[] x, double[] dx) {
    Object[] out = new Object[2 * x.length];
    for (int k = 0; k < x.length; k++) {
      out[2 * k] = x[k];
      out[2 * k + 1] = dx[k];
    }
    return out;
  }

  /** Scalars, then the result's seed and the gradient array. */
  static Object[] withSeed(double[] x, Object seed, double[] grad) {
    Object[] out = new Object[x.length + 2];
    for (int k = 0; k < x.length; k++) out[k] = x[k];
    out[x.length] = seed;
    out[x.length + 1] = grad;
    return out;
  }

  /** The result's cache is fresh (in the primal result and in the shadow) and its norm that of its coordinates. */
  static void freshCache(CVec v) {
    assertFalse(v.normKnown(), "a new vector's cache is empty");
    double[] c = xyz(v);
    assertEquals(Math.sqrt(c[0] * c[0] + c[1] * c[1] + c[2] * c[2]), v.norm(), 1e-15);
  }

  @Test
  void aVectorBuiltFromValuesIsReturnedWithItsShadow() {
    Method primal = named("crossPlus"), tangent = named("crossPlus$tangent"), adjoint = named("crossPlus$adjoint");
    double[] x = {0.6, -1.1, 0.8, 1.5, 0.4, -0.9};
    JacobianCheck.check("crossPlus", x,
        v -> xyz((CVec) call(primal, Arrays.stream(v).boxed().toArray())),
        (v, dv) -> {
          CVec shadow = (CVec) call(tangent, interleaved(v, dv));
          freshCache(shadow);
          return xyz(shadow);
        },
        (v, w) -> {
          double[] g = new double[6];
          CVec r = (CVec) call(adjoint, withSeed(v, seed(w), g));
          freshCache(r);
          assertEquals(Arrays.toString(xyz((CVec) call(primal, Arrays.stream(v).boxed().toArray()))), Arrays.toString(xyz(r)));
          return g;
        },
        crossPlusJacobian(x));
  }

  /** r = a × b + a: dr/da = -[b]× + I, dr/db = [a]×. */
  static double[][] crossPlusJacobian(double[] x) {
    double ax = x[0], ay = x[1], az = x[2], bx = x[3], by = x[4], bz = x[5];
    return new double[][] {
        {1, bz, -by, 0, -az, ay},
        {-bz, 1, bx, az, 0, -ax},
        {by, -bx, 1, -ay, ax, 0}};
  }

  @Test
  void aVectorFromAnArrayItsConstructorChecksIsReturnedWithItsShadow() {
    Method primal = named("fromArray"), tangent = named("fromArray$tangent"), adjoint = named("fromArray$adjoint");
    double[] x = {0.7, -1.3, 2.1};
    JacobianCheck.check("fromArray", x,
        v -> xyz((CVec) call(primal, (Object) v)),
        (v, dv) -> {
          CVec shadow = (CVec) call(tangent, v, dv);
          freshCache(shadow);
          return xyz(shadow);
        },
        (v, w) -> {
          double[] dbar = new double[3];
          CVec r = (CVec) call(adjoint, v, dbar, seed(w));
          freshCache(r);
          return dbar;
        },
        new double[][] {{x[1], x[0], 0}, {0, 1, 1}, {x[2], 0, x[0]}});
  }

  /** The cache filled from the coordinates by the first norm() and read back by the second, in both modes. */
  @Test
  void theCachedNormReadAfterTheConstructorHasItsDerivative() {
    Method primal = named("cachedNorm"), tangent = named("cachedNorm$tangent"), adjoint = named("cachedNorm$adjoint");
    double[] x = {0.6, -1.1, 0.8};
    double n = Math.sqrt(x[0] * x[0] + x[1] * x[1] + x[2] * x[2]);
    JacobianCheck.check("cachedNorm", x,
        v -> new double[] {(double) call(primal, v[0], v[1], v[2])},
        (v, dv) -> new double[] {(double) call(tangent, interleaved(v, dv))},
        (v, w) -> {
          double[] g = new double[3];
          double y = (double) call(adjoint, v[0], v[1], v[2], w[0], g);
          assertEquals((double) call(primal, v[0], v[1], v[2]), y, 0.0, "the adjoint returns the primal value");
          return g;
        },
        new double[][] {{2 * x[0] / n, 2 * x[1] / n, 2 * x[2] / n}});
  }

  /**
   * A cache of boxes filled and read back on an object made here and taken apart with it (its final field read is the
   * sub-object made, core.objects.MadeFieldReads): the box is unboxed where it is read, so the number flows. x² + 1.
   */
  @Test
  void aCacheOfBoxesTakenApartWithItsHolderHasItsDerivative() {
    Method tangent = method(REFUSED, "boxedSquare$tangent"), adjoint = method(REFUSED, "boxedSquare$adjoint");
    double[] x = {0.7};
    // the primal as compiled (the transformed class, in a loader of its own, may not read the nested class's field)
    JacobianCheck.check("boxedSquare", x,
        v -> new double[] {RefusedCaches.boxedSquare(v[0])},
        (v, dv) -> new double[] {(double) call(tangent, v[0], dv[0])},
        (v, w) -> {
          double[] g = new double[1];
          assertEquals(RefusedCaches.boxedSquare(v[0]), (double) call(adjoint, v[0], w[0], g), 0.0);
          return g;
        },
        new double[][] {{2 * x[0]}});
  }

  static Method method(Transformed t, String name) {
    return Arrays.stream(t.type.getMethods()).filter(m -> m.getName().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + name + ": " + t.result.diagnostics()));
  }

  @Test
  void aSubObjectMadeFromActiveValuesStaysRefusedAtItsLine() {
    for (String[] c : new String[][] {{"seeded", "36"}}) {
      Diagnostic d = REFUSED.result.diagnostics().stream().filter(x -> !x.warning() && x.method().startsWith(c[0] + "("))
          .findFirst().orElse(null);
      assertNotNull(d, c[0] + " refused: " + REFUSED.result.diagnostics());
      assertTrue(d.line() > 0, d.message());
      assertTrue(Arrays.stream(REFUSED.type.getDeclaredMethods()).noneMatch(m -> m.getName().startsWith(c[0] + "$")),
          "no companions of " + c[0]);
    }
  }
}
