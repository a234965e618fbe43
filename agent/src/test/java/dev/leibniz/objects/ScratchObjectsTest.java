package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.objects.fixtures.ScratchPoint;
import dev.leibniz.objects.fixtures.ScratchReadElsewhere;
import dev.leibniz.objects.fixtures.ScratchRot;
import dev.leibniz.objects.fixtures.ScratchSegment;
import dev.leibniz.objects.fixtures.ScratchSwapped;
import dev.leibniz.objects.fixtures.ScratchTwoFields;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Objects held in static fields used as scratch (issue 10; core.objects.ScratchFields, analysis.ScratchObjects): libGDX's
 * distanceSegmentPoint writing the nearest point into a static vector and reading it back, JBox2D's mulTransToOut using a
 * static pool as a temporary. Both modes against the analytic derivative and central differences, the dot-product test;
 * a static object another method reads refused with its line; a parameter that is the static object stopped at run time.
 */
class ScratchObjectsTest {
  static final Transformed SEGMENT = Transformed.of(ScratchSegment.class);

  // ---------------------------------------------------------------- distanceSegmentPoint (libGDX)

  /** The distance and its gradient by hand, for a point whose nearest point is inside the segment. */
  static double[] distanceGradient(double[] a) {
    double sx = a[0], sy = a[1], ex = a[2], ey = a[3], px = a[4], py = a[5];
    double dx = ex - sx, dy = ey - sy, l2 = dx * dx + dy * dy;
    // the distance of p to the line through s and e: |cross(e - s, p - s)| / |e - s|
    double c = dx * (py - sy) - dy * (px - sx), l = Math.sqrt(l2), sign = Math.signum(c);
    double[] dc = {-(py - sy) + dy, (px - sx) - dx, (py - sy), -(px - sx), -dy, dx}; // dc/d(sx, sy, ex, ey, px, py)
    double[] dl = {-dx / l, -dy / l, dx / l, dy / l, 0, 0};
    double[] g = new double[6];
    for (int k = 0; k < 6; k++) g[k] = sign * (dc[k] * l - c * dl[k]) / l2;
    return g;
  }

  private static double distanceTangent(double[] a, double[] v) {
    return distanceTangent("distanceSegmentPoint", a, v);
  }

  private static double distanceTangent(String name, double[] a, double[] v) {
    Method m = SEGMENT.method(name + "$tangent", double.class, double.class, double.class, double.class, double.class,
        double.class, double.class, double.class, double.class, double.class, double.class, double.class);
    return (double) Transformed.invoke(m, a[0], v[0], a[1], v[1], a[2], v[2], a[3], v[3], a[4], v[4], a[5], v[5]);
  }

  private static double[] distanceAdjoint(double[] a, double seed) {
    Method m = SEGMENT.method("distanceSegmentPoint$adjoint", double.class, double.class, double.class, double.class, double.class,
        double.class, double.class, double[].class);
    double[] grad = new double[6];
    double y = (double) Transformed.invoke(m, a[0], a[1], a[2], a[3], a[4], a[5], seed, grad);
    assertEquals(ScratchSegment.distanceSegmentPoint(a[0], a[1], a[2], a[3], a[4], a[5]), y, 0, "the adjoint returns the primal value");
    return grad;
  }

  @Test
  void aStaticScratchVectorCarriesTheNearestPointsDerivative() {
    double[] a = {0.3, -1.2, 2.5, 0.7, 1.1, 1.9};
    double[] exact = distanceGradient(a);
    for (int k = 0; k < 6; k++) {
      double[] v = new double[6];
      v[k] = 1;
      double h = 1e-6;
      double[] plus = a.clone(), minus = a.clone();
      plus[k] += h;
      minus[k] -= h;
      double fd = (ScratchSegment.distanceSegmentPoint(plus[0], plus[1], plus[2], plus[3], plus[4], plus[5])
          - ScratchSegment.distanceSegmentPoint(minus[0], minus[1], minus[2], minus[3], minus[4], minus[5])) / (2 * h);
      double dot = distanceTangent(a, v);
      assertEquals(exact[k], dot, 1e-12, "tangent d/d" + k);
      assertEquals(fd, dot, 1e-7, "central differences d/d" + k);
    }
    double[] grad = distanceAdjoint(a, 1.0);
    for (int k = 0; k < 6; k++) assertEquals(exact[k], grad[k], 1e-12, "adjoint d/d" + k);
    double[] v = {0.4, -0.3, 1.1, 0.2, -0.7, 0.5};
    double w = -1.7;
    double[] bar = distanceAdjoint(a, w);
    double lhs = w * distanceTangent(a, v), rhs = 0;
    for (int k = 0; k < 6; k++) rhs += bar[k] * v[k];
    assertEquals(lhs, rhs, 1e-13 * Math.max(1, Math.abs(lhs)), "dot-product test");
    // a second call starts afresh: the static object holds the last primal point, no derivative carries over
    assertEquals(exact[0], distanceTangent(a, new double[] {1, 0, 0, 0, 0, 0}), 1e-12, "the tangent again");
  }

  /** A field neither final nor private read once, before any call: the same derivative (the libGDX copy's v2a). */
  @Test
  void anOpenStaticReadBeforeAnyCallIsScratchToo() {
    double[] a = {0.3, -1.2, 2.5, 0.7, 1.1, 1.9};
    double[] exact = distanceGradient(a);
    for (int k = 0; k < 6; k++) {
      double[] v = new double[6];
      v[k] = 1;
      assertEquals(exact[k], distanceTangent("distanceThroughOpenField", a, v), 1e-12, "tangent d/d" + k);
    }
    Method m = SEGMENT.method("distanceThroughOpenField$adjoint", double.class, double.class, double.class, double.class,
        double.class, double.class, double.class, double[].class);
    double[] grad = new double[6];
    Transformed.invoke(m, a[0], a[1], a[2], a[3], a[4], a[5], 1.0, grad);
    for (int k = 0; k < 6; k++) assertEquals(exact[k], grad[k], 1e-12, "adjoint d/d" + k);
  }

  /** Not final and read again after a call of another class: the call could have replaced the object; refused. */
  @Test
  void anOpenStaticReadAfterACallIsRefusedWithTheLine() {
    Transformed t = Transformed.of(ScratchSwapped.class, true);
    List<Diagnostic> errors = t.result.diagnostics().stream().filter(d -> !d.warning()).toList();
    assertEquals(1, errors.size(), t.result.diagnostics()::toString);
    Diagnostic d = errors.get(0);
    assertTrue(d.reason().contains("the object in static field ScratchPoint ScratchSwapped.open receives")
        && d.reason().contains("the field is not final: the object could be swapped meanwhile"), d::message);
    assertEquals(11, d.line(), d::message);
  }

  // ---------------------------------------------------------------- mulTransToOut (JBox2D)

  static ScratchPoint point(double x, double y) {
    return new ScratchPoint().set(x, y);
  }

  static ScratchRot rot(double angle) {
    ScratchRot q = new ScratchRot();
    q.s = Math.sin(angle);
    q.c = Math.cos(angle);
    return q;
  }

  /** out = q^T (v - p): inputs (s, c, px, py, vx, vy); by hand. */
  static double[][] mulTransJacobian(double[] a) {
    double s = a[0], c = a[1], dx = a[4] - a[2], dy = a[5] - a[3];
    return new double[][] {
        {dy, dx, -c, -s, c, s},
        {-dx, dy, s, -c, -s, c}};
  }

  static double[] mulTrans(double[] a) {
    ScratchRot q = new ScratchRot();
    q.s = a[0];
    q.c = a[1];
    ScratchPoint out = new ScratchPoint();
    ScratchSegment.mulTransToOut(q, point(a[2], a[3]), point(a[4], a[5]), out);
    return new double[] {out.x, out.y};
  }

  private static final Class<?> P = ScratchPoint.class, R = ScratchRot.class;

  private static double[] mulTransTangent(double[] a, double[] v) {
    Method m = SEGMENT.method("mulTransToOut$tangent", R, R, P, P, P, P, P, P);
    ScratchRot q = rot(0), dq = new ScratchRot();
    q.s = a[0];
    q.c = a[1];
    dq.s = v[0];
    dq.c = v[1];
    ScratchPoint out = new ScratchPoint(), dout = new ScratchPoint();
    Transformed.invoke(m, q, dq, point(a[2], a[3]), point(v[2], v[3]), point(a[4], a[5]), point(v[4], v[5]), out, dout);
    double[] primal = mulTrans(a);
    assertEquals(primal[0], out.x, 0, "the tangent's primal");
    return new double[] {dout.x, dout.y};
  }

  private static double[] mulTransAdjoint(double[] a, double[] w) {
    Method m = SEGMENT.method("mulTransToOut$adjoint", R, R, P, P, P, P, P, P);
    ScratchRot q = new ScratchRot(), qbar = new ScratchRot();
    q.s = a[0];
    q.c = a[1];
    ScratchPoint pbar = new ScratchPoint(), vbar = new ScratchPoint(), out = new ScratchPoint(), outbar = point(w[0], w[1]);
    Transformed.invoke(m, q, qbar, point(a[2], a[3]), pbar, point(a[4], a[5]), vbar, out, outbar);
    return new double[] {qbar.s, qbar.c, pbar.x, pbar.y, vbar.x, vbar.y};
  }

  @Test
  void aStaticPoolUsedAsATemporaryGivesBothModes() {
    double[] a = {Math.sin(0.6), Math.cos(0.6), 1.0, -2.0, 0.3, 1.2};
    double[][] j = mulTransJacobian(a);
    double h = 1e-6;
    for (int k = 0; k < 6; k++) {
      double[] v = new double[6];
      v[k] = 1;
      double[] dot = mulTransTangent(a, v);
      double[] plus = a.clone(), minus = a.clone();
      plus[k] += h;
      minus[k] -= h;
      double[] fp = mulTrans(plus), fm = mulTrans(minus);
      for (int o = 0; o < 2; o++) {
        assertEquals(j[o][k], dot[o], 1e-12, "tangent d" + o + "/d" + k);
        assertEquals((fp[o] - fm[o]) / (2 * h), dot[o], 1e-7, "central differences d" + o + "/d" + k);
      }
    }
    for (int o = 0; o < 2; o++) {
      double[] w = new double[2];
      w[o] = 1;
      double[] bar = mulTransAdjoint(a, w);
      for (int k = 0; k < 6; k++) assertEquals(j[o][k], bar[k], 1e-12, "adjoint d" + o + "/d" + k);
    }
    double[] v = {0.4, -0.3, 1.1, 0.2, -0.7, 0.5}, w = {-1.7, 0.6};
    double[] jv = mulTransTangent(a, v), bar = mulTransAdjoint(a, w);
    double lhs = w[0] * jv[0] + w[1] * jv[1], rhs = 0;
    for (int k = 0; k < 6; k++) rhs += bar[k] * v[k];
    assertEquals(lhs, rhs, 1e-13 * Math.max(1, Math.abs(lhs)), "dot-product test");
  }

  /** The static pool passed as a parameter would take its derivatives into the shadow made inside: stopped at run time. */
  @Test
  void theStaticObjectPassedAsAParameterIsStoppedAtRunTime() throws Exception {
    java.lang.reflect.Field f = SEGMENT.type.getDeclaredField("pool");
    f.setAccessible(true);
    ScratchPoint pool = (ScratchPoint) f.get(null);
    Method m = SEGMENT.method("mulTransToOut$tangent", R, R, P, P, P, P, P, P);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Transformed.invoke(m, rot(0.6), new ScratchRot(),
        point(1, 2), new ScratchPoint(), pool, new ScratchPoint(), new ScratchPoint(), new ScratchPoint()));
    assertTrue(e.getMessage().startsWith("leibniz: the object in field ScratchPoint ScratchSegment.pool")
        && e.getMessage().contains("is the same object as parameter 2"), e::getMessage);
  }

  // ---------------------------------------------------------------- refused

  /** Two static fields of one class used as scratch in one method may hold the same object: refused with the line. */
  @Test
  void twoScratchFieldsOfOneClassAreRefused() {
    Transformed t = Transformed.of(ScratchTwoFields.class, true);
    List<Diagnostic> errors = t.result.diagnostics().stream().filter(d -> !d.warning()).toList();
    assertEquals(1, errors.size(), t.result.diagnostics()::toString);
    Diagnostic d = errors.get(0);
    assertTrue(d.reason().contains("the object in static field ScratchPoint ScratchTwoFields.GAP is used as scratch")
        && d.reason().contains("the object in field ScratchPoint ScratchTwoFields.FROM (line 12) may be the same object"), d::message);
    assertEquals(13, d.line(), d::message);
  }

  /** A static object another method of the class reads holds a result, whose derivative would be dropped. */
  @Test
  void aStaticObjectReadByAnotherMethodIsRefusedWithTheLine() {
    Transformed t = Transformed.of(ScratchReadElsewhere.class, true);
    List<Diagnostic> errors = t.result.diagnostics().stream().filter(d -> !d.warning()).toList();
    assertEquals(1, errors.size(), t.result.diagnostics()::toString);
    Diagnostic d = errors.get(0);
    assertTrue(d.reason().contains("the object in static field ScratchPoint ScratchReadElsewhere.LAST receives")
        && d.reason().contains("other methods of the class read it (lastX())"), d::message);
    assertEquals(11, d.line(), d::message);
  }
}
