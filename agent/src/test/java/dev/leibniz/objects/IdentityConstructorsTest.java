package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.objects.StoreDestTest.Fn;
import dev.leibniz.objects.fixtures.identity.CountedTurn;
import dev.leibniz.objects.fixtures.identity.IdentityOps;
import dev.leibniz.objects.fixtures.identity.Mat2;
import dev.leibniz.objects.fixtures.identity.Rotor;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A store made when none is given by a constructor that calls methods of its own object (README, "Objects": a store
 * made when none is given; issue 10, LWJGL): {@code if (dest == null) dest = new Mat2();} where {@code Mat2()} runs
 * {@code super()} (an abstract base with an empty constructor) and then its overridable {@code setIdentity()}, which
 * calls the static {@code setIdentity(this)} storing 1 and 0 — LWJGL's {@code Matrix3f.mul(left, right, dest)}; the
 * same store whose identity numbers are read ({@code scaleRow}: the new dest's {@code m11 = 1} carries no derivative);
 * and a {@code Rotor} whose abstract base's constructor calls {@code reset()}, which only the class made (a {@code
 * Rotor}) tells. Each with and without a dest, in both modes against the analytic Jacobian and central differences,
 * and the dot-product test. A subclass whose {@code reset()} writes a static makes the same base constructor not
 * blank: its {@code new} is refused with the line.
 */
class IdentityConstructorsTest {
  static final Transformed OPS = Transformed.of(IdentityOps.class);
  static final Class<?> M = Mat2.class;
  static final Class<?> R = Rotor.class;

  static Mat2 mat(double[] x, int from) {
    Mat2 m = new Mat2();
    m.m00 = x[from];
    m.m01 = x[from + 1];
    m.m10 = x[from + 2];
    m.m11 = x[from + 3];
    return m;
  }

  static Mat2 zeroMat() {
    return mat(new double[4], 0);
  }

  static double[] of(Mat2... ms) {
    double[] out = new double[4 * ms.length];
    for (int k = 0; k < ms.length; k++) {
      out[4 * k] = ms[k].m00;
      out[4 * k + 1] = ms[k].m01;
      out[4 * k + 2] = ms[k].m10;
      out[4 * k + 3] = ms[k].m11;
    }
    return out;
  }

  // ------------------------------------------------------------------------------------------------ mul

  /** Inputs left, right (and dest's fields on entry: overwritten, zero columns); outputs the result's four fields. */
  static Fn mul(boolean withDest) throws ReflectiveOperationException {
    Method tangent = OPS.method("mul$tangent", M, M, M, M, M, M);
    Method adjoint = OPS.method("mul$adjoint", M, M, M, M, M, M, M);
    return new Fn("mul(left, right, " + (withDest ? "dest)" : "null)"), withDest ? 12 : 8, 4,
        x -> of(IdentityOps.mul(mat(x, 0), mat(x, 4), withDest ? mat(x, 8) : null)),
        (x, v) -> {
          Mat2 dDest = withDest ? mat(v, 8) : null;
          Object r = StoreDestTest.call(tangent, mat(x, 0), mat(v, 0), mat(x, 4), mat(v, 4), withDest ? mat(x, 8) : null, dDest);
          if (withDest) assertSame(dDest, r, "the tangent returns the shadow given with dest");
          return of((Mat2) r);
        },
        (x, w) -> {
          Mat2 leftBar = zeroMat(), rightBar = zeroMat(), dest = withDest ? mat(x, 8) : null;
          Mat2 destBar = withDest ? zeroMat() : null;
          Mat2 r = (Mat2) StoreDestTest.call(adjoint, mat(x, 0), leftBar, mat(x, 4), rightBar, dest, destBar, mat(w, 0));
          if (withDest) assertSame(dest, r, "the adjoint returns dest");
          assertEquals(of(IdentityOps.mul(mat(x, 0), mat(x, 4), null))[3], r.m11, 0, "the adjoint returns the primal result");
          return withDest ? of(leftBar, rightBar, destBar) : of(leftBar, rightBar);
        },
        x -> mulJacobian(x, withDest ? 12 : 8),
        withDest ? new double[][] {{0.3, -1.2, 0.7, 1.1, 0.4, -0.9, 2.5, 0.6, 5, 6, 7, 8}}
            : new double[][] {{0.3, -1.2, 0.7, 1.1, 0.4, -0.9, 2.5, 0.6}});
  }

  /** d(A B) by A and B (row-major 2x2, outputs c_ij at 2i + j), {@code n} columns. */
  static double[][] mulJacobian(double[] x, int n) {
    double[][] j = new double[4][n];
    for (int i = 0; i < 2; i++) {
      for (int c = 0; c < 2; c++) {
        for (int k = 0; k < 2; k++) {
          j[2 * i + c][2 * i + k] = x[4 + 2 * k + c]; // d c_ic / d a_ik = b_kc
          j[2 * i + c][4 + 2 * k + c] = x[2 * i + k]; // d c_ic / d b_kc = a_ik
        }
      }
    }
    return j;
  }

  // ------------------------------------------------------------------------------------------------ scaleRow

  /** Inputs s, src (and dest's fields on entry); outputs the result's four fields. */
  static Fn scaleRow(boolean withDest) throws ReflectiveOperationException {
    Method tangent = OPS.method("scaleRow$tangent", double.class, double.class, M, M, M, M);
    Method adjoint = OPS.method("scaleRow$adjoint", double.class, M, M, M, M, M, double[].class);
    return new Fn("scaleRow(s, src, " + (withDest ? "dest)" : "null)"), withDest ? 9 : 5, 4,
        x -> of(IdentityOps.scaleRow(x[0], mat(x, 1), withDest ? mat(x, 5) : null)),
        (x, v) -> of((Mat2) StoreDestTest.call(tangent, x[0], v[0], mat(x, 1), mat(v, 1),
            withDest ? mat(x, 5) : null, withDest ? mat(v, 5) : null)),
        (x, w) -> {
          double[] g = new double[1];
          Mat2 srcBar = zeroMat(), destBar = withDest ? zeroMat() : null;
          StoreDestTest.call(adjoint, x[0], mat(x, 1), srcBar, withDest ? mat(x, 5) : null, destBar, mat(w, 0), g);
          double[] out = new double[withDest ? 9 : 5];
          out[0] = g[0];
          System.arraycopy(of(srcBar), 0, out, 1, 4);
          if (withDest) System.arraycopy(of(destBar), 0, out, 5, 4);
          return out;
        },
        x -> {
          double s = x[0], d11 = withDest ? x[8] : 1; // a new dest's m11 is the identity's 1, with no derivative
          double[][] j = new double[4][withDest ? 9 : 5];
          j[0][0] = x[1];
          j[0][1] = s;
          j[1][0] = x[2];
          j[1][2] = s;
          j[3][0] = d11;
          if (withDest) {
            j[2][7] = 1; // m10 is left as it was
            j[3][8] = s;
          }
          return j;
        },
        withDest ? new double[][] {{0.7, 1.5, -2, 3, 4, 5, 6, 7, 8}} : new double[][] {{0.7, 1.5, -2, 3, 4}, {-1.3, 0, 1, 0, 2}});
  }

  // ------------------------------------------------------------------------------------------------ turn

  static Rotor rotor(double[] x, int from) {
    Rotor r = new Rotor();
    r.c = x[from];
    r.s = x[from + 1];
    return r;
  }

  static double[] of(Rotor r) {
    return new double[] {r.c, r.s};
  }

  /** Inputs the angle (and dest's c, s on entry); outputs the result's c and s. */
  static Fn turn(boolean withDest) throws ReflectiveOperationException {
    Method tangent = OPS.method("turn$tangent", double.class, double.class, R, R);
    Method adjoint = OPS.method("turn$adjoint", double.class, R, R, R, double[].class);
    return new Fn("turn(angle, " + (withDest ? "dest)" : "null)"), withDest ? 3 : 1, 2,
        x -> of(IdentityOps.turn(x[0], withDest ? rotor(x, 1) : null)),
        (x, v) -> of((Rotor) StoreDestTest.call(tangent, x[0], v[0], withDest ? rotor(x, 1) : null, withDest ? rotor(v, 1) : null)),
        (x, w) -> {
          double[] g = new double[1];
          Rotor destBar = withDest ? rotor(new double[2], 0) : null;
          StoreDestTest.call(adjoint, x[0], withDest ? rotor(x, 1) : null, destBar, rotor(w, 0), g);
          return withDest ? new double[] {g[0], destBar.c, destBar.s} : g;
        },
        x -> {
          double cos = Math.cos(x[0]), sin = Math.sin(x[0]);
          double c0 = withDest ? x[1] : 1, s0 = withDest ? x[2] : 0; // a new dest is the identity (1, 0)
          double nc = c0 * cos - s0 * sin, ns = s0 * cos + c0 * sin;
          return withDest ? new double[][] {{-ns, cos, -sin}, {nc, sin, cos}} : new double[][] {{-ns}, {nc}};
        },
        withDest ? new double[][] {{0.6, 0.8, -0.3}} : new double[][] {{0.6}, {-2.1}});
  }

  // ------------------------------------------------------------------------------------------------ checks

  static List<Fn> all() throws ReflectiveOperationException {
    return List.of(mul(true), mul(false), scaleRow(true), scaleRow(false), turn(true), turn(false));
  }

  @Test
  void bothModesAgainstTheAnalyticJacobian() throws Exception {
    StoreDestTest.againstTheAnalyticJacobian(all());
  }

  @Test
  void bothModesAgainstFiniteDifferences() throws Exception {
    StoreDestTest.againstFiniteDifferences(all());
  }

  @Test
  void dotProductBetweenTheModes() throws Exception {
    StoreDestTest.dotProduct(all());
  }

  /** Without a dest, each call's shadow is a new object, zeroed after its constructor set the identity. */
  @Test
  void aDestMadeInsideGetsAFreshZeroShadow() throws Exception {
    Method tangent = OPS.method("mul$tangent", M, M, M, M, M, M);
    Mat2 a = mat(new double[] {1, 2, 3, 4}, 0), b = mat(new double[] {-1, 0.5, 2, 3}, 0);
    Mat2 s1 = (Mat2) tangent.invoke(null, a, zeroMat(), b, zeroMat(), null, null);
    Mat2 s2 = (Mat2) tangent.invoke(null, a, zeroMat(), b, zeroMat(), null, null);
    assertNotSame(s1, s2, "a fresh shadow per call");
    assertEquals(0.0, s1.m00, 0, "a zero direction gives a zero shadow, not the identity");
    assertEquals(0.0, s1.m11, 0, "a zero direction gives a zero shadow, not the identity");
  }

  /**
   * A subclass overriding the method its base's constructor calls, with code that writes a static: the object made
   * is a {@code CountingRotor}, so its {@code reset()} is the code judged, and the construction stays refused, with
   * its line and the advice.
   */
  @Test
  void aConstructorRunningAnOverrideThatWritesAStaticIsRefusedWithTheLine() {
    Transformed t = Transformed.of(CountedTurn.class, true);
    List<Diagnostic> ds = t.result.diagnostics().stream().filter(d -> !d.warning()).toList();
    assertEquals(1, ds.size(), ds.toString());
    Diagnostic d = ds.get(0);
    assertTrue(d.method().startsWith("turn("), d.method());
    assertEquals(12, d.line(), d.message());
    assertTrue(d.message().contains("CountingRotor") && d.message().contains("blank constructor"), d.message());
    assertNotNull(t.type);
  }
}
