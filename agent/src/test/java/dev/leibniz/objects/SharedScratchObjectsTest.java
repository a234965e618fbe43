package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.objects.fixtures.ScratchPoint;
import dev.leibniz.objects.fixtures.ScratchRot;
import dev.leibniz.objects.fixtures.pools.SharedPool;
import dev.leibniz.objects.fixtures.pools.SharedPoolAfterCall;
import dev.leibniz.objects.fixtures.pools.SharedPoolHandedOut;
import dev.leibniz.objects.fixtures.pools.SharedPoolReadFirst;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A private static scratch object that several methods of its class use (issue 10; JBox2D's {@code Transform.pool}, read by
 * three methods; core.objects.ConfinedScratch): each writes the object's fields before reading them and keeps it to
 * itself, so no value crosses from one call to another through it and the shadow each companion makes at entry holds all
 * its derivatives. Both modes against the analytic derivative and central differences, the dot-product test, also for a
 * method that calls another reader of the pool and writes it again; refused with the line and the read that may see an
 * earlier call's value: a read before the write, a read after a call of another reader, and a pool another method hands out.
 */
class SharedScratchObjectsTest {
  static final Transformed POOL = Transformed.of(SharedPool.class);
  private static final Class<?> P = ScratchPoint.class, R = ScratchRot.class;

  static ScratchPoint point(double x, double y) {
    return new ScratchPoint().set(x, y);
  }

  static ScratchRot rot(double s, double c) {
    ScratchRot q = new ScratchRot();
    q.s = s;
    q.c = c;
    return q;
  }

  // ---------------------------------------------------------------- mulTransToOut: out = q^T (v - p); inputs (s, c, px, py, vx, vy)

  static double[][] mulTransJacobian(double[] a) {
    double s = a[0], c = a[1], dx = a[4] - a[2], dy = a[5] - a[3];
    return new double[][] {{dy, dx, -c, -s, c, s}, {-dx, dy, s, -c, -s, c}};
  }

  static double[] mulTrans(double[] a) {
    ScratchPoint out = new ScratchPoint();
    SharedPool.mulTransToOut(rot(a[0], a[1]), point(a[2], a[3]), point(a[4], a[5]), out);
    return new double[] {out.x, out.y};
  }

  static double[] mulTransTangent(double[] a, double[] v) {
    Method m = POOL.method("mulTransToOut$tangent", R, R, P, P, P, P, P, P);
    ScratchPoint out = new ScratchPoint(), dout = new ScratchPoint();
    Transformed.invoke(m, rot(a[0], a[1]), rot(v[0], v[1]), point(a[2], a[3]), point(v[2], v[3]), point(a[4], a[5]),
        point(v[4], v[5]), out, dout);
    assertEquals(mulTrans(a)[0], out.x, 0, "the tangent's primal");
    return new double[] {dout.x, dout.y};
  }

  static double[] mulTransAdjoint(double[] a, double[] w) {
    Method m = POOL.method("mulTransToOut$adjoint", R, R, P, P, P, P, P, P);
    ScratchRot qbar = new ScratchRot();
    ScratchPoint pbar = new ScratchPoint(), vbar = new ScratchPoint();
    Transformed.invoke(m, rot(a[0], a[1]), qbar, point(a[2], a[3]), pbar, point(a[4], a[5]), vbar, new ScratchPoint(), point(w[0], w[1]));
    return new double[] {qbar.s, qbar.c, pbar.x, pbar.y, vbar.x, vbar.y};
  }

  @Test
  void aPoolOtherMethodsAlsoUseGivesBothModes() {
    double[] a = {Math.sin(0.6), Math.cos(0.6), 1.0, -2.0, 0.3, 1.2};
    double[][] j = mulTransJacobian(a);
    check(a, j, SharedScratchObjectsTest::mulTrans, SharedScratchObjectsTest::mulTransTangent, SharedScratchObjectsTest::mulTransAdjoint);
    // the other reader, run between calls, leaves its own values in the pool: the next call's derivatives are unchanged
    SharedPool.mulTrans(rot(0.3, 0.9), point(7, 8), point(-5, 4));
    assertEquals(j[1][3], mulTransTangent(a, new double[] {0, 0, 0, 1, 0, 0})[1], 1e-12, "after the other reader ran");
  }

  // ---------------------------------------------------------------- rewritten: |q^T (v - p)|^2 + (v - p).x (v - p).y

  static double[][] rewrittenGradient(double[] a) {
    double s = a[0], c = a[1], dx = a[4] - a[2], dy = a[5] - a[3], n = s * s + c * c, d2 = dx * dx + dy * dy;
    double fx = 2 * n * dx + dy, fy = 2 * n * dy + dx;
    return new double[][] {{2 * s * d2, 2 * c * d2, -fx, -fy, fx, fy}};
  }

  static double[] rewritten(double[] a) {
    return new double[] {SharedPool.rewritten(rot(a[0], a[1]), point(a[2], a[3]), point(a[4], a[5]), new ScratchPoint())};
  }

  static double[] rewrittenTangent(double[] a, double[] v) {
    Method m = POOL.method("rewritten$tangent", R, R, P, P, P, P, P, P);
    double dy = (double) Transformed.invoke(m, rot(a[0], a[1]), rot(v[0], v[1]), point(a[2], a[3]), point(v[2], v[3]),
        point(a[4], a[5]), point(v[4], v[5]), new ScratchPoint(), new ScratchPoint());
    return new double[] {dy};
  }

  static double[] rewrittenAdjoint(double[] a, double[] w) {
    Method m = POOL.method("rewritten$adjoint", R, R, P, P, P, P, P, P, double.class);
    ScratchRot qbar = new ScratchRot();
    ScratchPoint pbar = new ScratchPoint(), vbar = new ScratchPoint();
    double y = (double) Transformed.invoke(m, rot(a[0], a[1]), qbar, point(a[2], a[3]), pbar, point(a[4], a[5]), vbar,
        new ScratchPoint(), new ScratchPoint(), w[0]);
    assertEquals(rewritten(a)[0], y, 0, "the adjoint returns the primal value");
    return new double[] {qbar.s, qbar.c, pbar.x, pbar.y, vbar.x, vbar.y};
  }

  @Test
  void aMethodCallingAnotherReaderAndWritingThePoolAgainGivesBothModes() {
    double[] a = {0.7, -0.4, 1.0, -2.0, 0.3, 1.2};
    check(a, rewrittenGradient(a), SharedScratchObjectsTest::rewritten, SharedScratchObjectsTest::rewrittenTangent,
        SharedScratchObjectsTest::rewrittenAdjoint);
  }

  /** Tangents along each input and adjoints of each output against the Jacobian {@code j} and differences; the dot product. */
  static void check(double[] a, double[][] j, Function<double[], double[]> f, java.util.function.BiFunction<double[], double[], double[]> tangent,
      java.util.function.BiFunction<double[], double[], double[]> adjoint) {
    for (int k = 0; k < a.length; k++) {
      double[] v = new double[a.length];
      v[k] = 1;
      double[] dot = tangent.apply(a, v);
      FiniteDifferences.Estimate[] fd = FiniteDifferences.directional(f, a, v);
      for (int o = 0; o < j.length; o++) {
        assertEquals(j[o][k], dot[o], 1e-12 * Math.max(1, Math.abs(j[o][k])), "tangent d" + o + "/d" + k);
        assertEquals(fd[o].value(), dot[o], fd[o].tolerance(1e-8), "differences d" + o + "/d" + k);
      }
    }
    for (int o = 0; o < j.length; o++) {
      double[] w = new double[j.length];
      w[o] = 1;
      double[] bar = adjoint.apply(a, w);
      for (int k = 0; k < a.length; k++) assertEquals(j[o][k], bar[k], 1e-12 * Math.max(1, Math.abs(j[o][k])), "adjoint d" + o + "/d" + k);
    }
    double[] v = {0.4, -0.3, 1.1, 0.2, -0.7, 0.5}, w = {-1.7, 0.6};
    double[] jv = tangent.apply(a, v), bar = adjoint.apply(a, java.util.Arrays.copyOf(w, j.length));
    double lhs = 0, rhs = 0;
    for (int o = 0; o < j.length; o++) lhs += w[o] * jv[o];
    for (int k = 0; k < a.length; k++) rhs += bar[k] * v[k];
    assertEquals(lhs, rhs, 1e-13 * Math.max(1, Math.abs(lhs)), "dot-product test");
  }

  // ---------------------------------------------------------------- refused

  static Diagnostic refusal(Class<?> c) {
    Transformed t = Transformed.of(c, true);
    List<Diagnostic> errors = t.result.diagnostics().stream().filter(d -> !d.warning()).toList();
    assertEquals(1, errors.size(), t.result.diagnostics()::toString);
    return errors.get(0);
  }

  @Test
  void aReadBeforeTheCallWritesThePoolIsRefusedWithItsLine() {
    Diagnostic d = refusal(SharedPoolReadFirst.class);
    assertTrue(d.reason().contains("the object in static field ScratchPoint SharedPoolReadFirst.pool receives")
        && d.reason().contains("nor is it scratch in every method that reads it: double SharedPoolReadFirst.smoothed(double,"
            + " double) at line 12 reads field x of it before the call writes it, so it may see an earlier call's value"), d::message);
    assertEquals(13, d.line(), d::message); // the pool's first read that receives derivatives; the message names line 12's
  }

  @Test
  void aReadAfterACallOfAnotherReaderIsRefusedWithItsLine() {
    Diagnostic d = refusal(SharedPoolAfterCall.class);
    assertTrue(d.reason().contains("the object in static field ScratchPoint SharedPoolAfterCall.pool receives")
        && d.reason().contains("double SharedPoolAfterCall.twice(double, double) at line 17 reads field x of it before the call"
            + " writes it, so it may see an earlier call's value"), d::message);
    assertEquals(15, d.line(), d::message);
  }

  @Test
  void aPoolAnotherMethodHandsOutIsRefusedWithThatLine() {
    Diagnostic d = refusal(SharedPoolHandedOut.class);
    assertTrue(d.reason().contains("the object in static field ScratchPoint SharedPoolHandedOut.pool receives")
        && d.reason().contains("ScratchPoint SharedPoolHandedOut.scratch() at line 17 returns it"), d::message);
    assertEquals(12, d.line(), d::message);
  }
}
