package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.core.Diagnostic;
import dev.leibniz.objects.fixtures.validating.GeoBox;
import dev.leibniz.objects.fixtures.validating.GeoPoint;
import dev.leibniz.objects.fixtures.validating.ShiftedPoint;
import dev.leibniz.objects.fixtures.validating.Geodesy;
import dev.leibniz.objects.fixtures.validating.WarnedPoint;
import dev.leibniz.oracle.JacobianCheck;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * Objects built new by the most ordinary constructor of a value class (geohash-java's {@code WGS84Point}): it stores
 * its arguments into final fields, then validates them and throws with the point itself in the message ({@code " +
 * this + "}, javac's {@code String.valueOf(this)}), in a class that is not final and has no blank constructor. The
 * construction is refilled (README "Objects": the constructor run again on the primal values, the fields written from
 * the temporary's), the text of the taken-apart temporary in the message is a stand's ({@code
 * core.objects.ThrownMessages}), and the refilled object counts as made here for the joint calls before its writes
 * ({@code WrittenArrays.keptHere}). A box's fields written after an overridable getter of a point given with its shadow
 * cannot be the point, whose getter reads only its own numbers (unrelated classes: {@code
 * WrittenArrays.receiverFieldsWrittenAfter}, {@code core.ReceiverNumberReads}), so the adjoint is generated, checking at
 * run time that the point runs that getter. Both modes
 * against central differences and the analytic Jacobian, with the dot-product test ({@link JacobianCheck}).
 */
class ValidatingConstructorsTest {
  static final Class<?> D = double.class, A = double[].class, P = GeoPoint.class;
  static final Transformed BOX = Transformed.of(GeoBox.class);
  static final Transformed GEO = Transformed.of(Geodesy.class);
  static final Transformed WARNED = Transformed.of(WarnedPoint.class, true);

  /** A point holding {@code lat, lon} whatever their range: a seed or a shadow (no constructor checks it). */
  static GeoPoint point(double lat, double lon) {
    GeoPoint p = (GeoPoint) Derivatives.zeroShadow(new GeoPoint(0, 0));
    set(p, "latitude", lat);
    set(p, "longitude", lon);
    return p;
  }

  static void set(Object o, String name, double v) {
    try {
      Field f = o.getClass().getDeclaredField(name);
      f.setAccessible(true);
      f.setDouble(o, v);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static double[] of(GeoPoint p) {
    return new double[] {p.getLatitude(), p.getLongitude()};
  }

  static Object box(double[] v) {
    try {
      return BOX.type.getConstructor(D, D, D, D).newInstance(v[0], v[1], v[2], v[3]);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static double[] fields(Object box) {
    try {
      Class<?> c = box.getClass();
      return new double[] {c.getField("south").getDouble(box), c.getField("north").getDouble(box),
          c.getField("west").getDouble(box), c.getField("east").getDouble(box)};
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void theCentreOfABoxIsANewCheckedPoint() {
    Method primal = BOX.method("center"), tangent = BOX.method("center$tangent", BOX.type);
    Method adjoint = BOX.method("center$adjoint", BOX.type, P);
    JacobianCheck.check("center", new double[] {46, 48, 7, 9.5},
        v -> of((GeoPoint) call(primal, box(v))),
        (v, dv) -> of((GeoPoint) call(tangent, box(v), box(dv))),
        (v, w) -> {
          Object bar = box(new double[4]);
          GeoPoint r = (GeoPoint) call(adjoint, box(v), bar, point(w[0], w[1]));
          assertEquals(47.0, r.getLatitude(), 1e-12, "the adjoint returns the primal result");
          return fields(bar);
        },
        new double[][] {{0.5, 0.5, 0, 0}, {0, 0, 0.5, 0.5}});
    // the check still runs on the primal values, in both companions
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> call(tangent, box(new double[] {95, 97, 7, 9}), box(new double[4])));
    assertTrue(e.getMessage().contains("out of range"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> call(adjoint, box(new double[] {95, 97, 7, 9}), box(new double[4]), point(1, 0)));
  }

  @Test
  void aStepFromAPointGivenWithItsShadow() {
    Method primal = GEO.method("move", P, D, D), tangent = GEO.method("move$tangent", P, P, D, D, D, D);
    Method adjoint = GEO.method("move$adjoint", P, P, D, D, P, A);
    double la = 47.2, lo = 8.5, b = 35, d = 1.5;
    double br = Math.toRadians(b), k = Math.PI / 180, c = Math.cos(Math.toRadians(la)), s = Math.sin(Math.toRadians(la));
    JacobianCheck.check("move", new double[] {la, lo, b, d},
        v -> of((GeoPoint) call(primal, null, new GeoPoint(v[0], v[1]), v[2], v[3])),
        (v, dv) -> of((GeoPoint) call(tangent, null, new GeoPoint(v[0], v[1]), point(dv[0], dv[1]), v[2], dv[2], v[3], dv[3])),
        (v, w) -> {
          GeoPoint bar = point(0, 0);
          double[] g = new double[2];
          call(adjoint, null, new GeoPoint(v[0], v[1]), bar, v[2], v[3], point(w[0], w[1]), g);
          return new double[] {bar.getLatitude(), bar.getLongitude(), g[0], g[1]};
        },
        new double[][] {
          {1, 0, -d * Math.sin(br) * k, Math.cos(br)},
          {d * Math.sin(br) * s / (c * c) * k, 1, d * Math.cos(br) * k / c, Math.sin(br) / c}});
    assertThrows(IllegalArgumentException.class,
        () -> call(tangent, null, new GeoPoint(89.9, 0), point(0, 0), 0.0, 0.0, 5.0, 0.0), "a step over the pole");
  }

  @Test
  void aBoxExpandedToAPointGivenWithItsShadow() {
    double[][] at = {{46, 48, 7, 9.5, 49, 10.5}, {46, 48, 7, 9.5, 45, 5.5}, {46, 48, 7, 9.5, 47, 8}};
    for (double[] x : at) {
      boolean north = x[4] > x[1], south = x[4] < x[0], east = x[5] > x[3], west = x[5] < x[2];
      checkBoxAndPoint("expandToInclude", x, new double[][] {
          {south ? 0 : 1, 0, 0, 0, south ? 1 : 0, 0},
          {0, north ? 0 : 1, 0, 0, north ? 1 : 0, 0},
          {0, 0, west ? 0 : 1, 0, 0, west ? 1 : 0},
          {0, 0, 0, east ? 0 : 1, 0, east ? 1 : 0}});
    }
  }

  /**
   * {@code box.name(point)} at {@code x} (the box's four fields, the point's two), both modes against {@code jacobian}
   * (a row per box field after the call) and central differences, with the dot-product test.
   */
  static void checkBoxAndPoint(String name, double[] x, double[][] jacobian) {
    Method tangent = BOX.method(name + "$tangent", BOX.type, P, P);
    Method adjoint = BOX.method(name + "$adjoint", BOX.type, P, P);
    JacobianCheck.check(name + java.util.Arrays.toString(x), x,
        v -> {
          Object box = box(v);
          call(BOX.method(name, P), box, new GeoPoint(v[4], v[5]));
          return fields(box);
        },
        (v, dv) -> {
          Object shadow = box(dv);
          call(tangent, box(v), shadow, new GeoPoint(v[4], v[5]), point(dv[4], dv[5]));
          return fields(shadow);
        },
        (v, w) -> {
          Object bar = box(w);
          GeoPoint pointBar = point(0, 0);
          call(adjoint, box(v), bar, new GeoPoint(v[4], v[5]), pointBar);
          double[] f = fields(bar);
          return new double[] {f[0], f[1], f[2], f[3], pointBar.getLatitude(), pointBar.getLongitude()};
        },
        jacobian);
  }

  @Test
  void anOverridingGetterIsNamedWhereTheAdjointRuns() {
    Method adjoint = BOX.method("expandToInclude$adjoint", BOX.type, P, P);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> call(adjoint, box(new double[] {46, 48, 7, 9.5}),
        box(new double[4]), new ShiftedPoint(49, 10.5), point(0, 0)));
    assertTrue(e.getMessage().contains("ShiftedPoint overrides"), e.getMessage());
  }

  /**
   * A box written after a getter of the point that calls the point's getters in a chain ({@code getColatitudeRadians()
   * → getColatitude() → getLatitude()}), each reading only the point's numbers: generated in both modes, against the
   * analytic Jacobian and central differences, with the dot-product test.
   */
  @Test
  void aBoxStretchedByAChainOfThePointsGetters() {
    double k = Math.PI / 180;
    for (double[] x : new double[][] {{46, 48, 7, 9.5, 49, 10.5}, {-12, 3, -20, 4, -35, 2}}) {
      double c = (90 - x[4]) * k;
      checkBoxAndPoint("stretchBy", x, new double[][] {
          {1, 0, -c, 0, x[2] * k, 0},
          {0, 1, 0, 0, -k, 0},
          {0, 0, 1, 0, 0, 0},
          {0, 0, 0, 1, 0, 0}});
    }
  }

  /** The getters a chain calls are checked to run where the adjoint runs, as the getter called: an override fails, named. */
  @Test
  void anOverridingGetterBelowAChainIsNamedWhereTheAdjointRuns() {
    Method adjoint = BOX.method("stretchBy$adjoint", BOX.type, P, P);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> call(adjoint, box(new double[] {46, 48, 7, 9.5}),
        box(new double[4]), new ShiftedPoint(49, 10.5), point(0, 0)));
    assertTrue(e.getMessage().contains("ShiftedPoint overrides") && e.getMessage().contains("getLatitude"), e.getMessage());
  }

  @Test
  void aConstructorPrintingThePointWhereItReturnsStaysRefusedAtItsLine() {
    Diagnostic d = WARNED.result.diagnostics().stream().filter(x -> !x.warning() && x.method().startsWith("doubled("))
        .findFirst().orElse(null);
    assertNotNull(d, "doubled refused: " + WARNED.result.diagnostics());
    assertEquals(33, d.line(), d.message());
    assertTrue(d.message().contains("new WarnedPoint(double, double)"), d.message());
  }

  static Object call(Method m, Object receiver, Object... args) {
    try {
      return m.invoke(receiver, args);
    } catch (java.lang.reflect.InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw new AssertionError(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
