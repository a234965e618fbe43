package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.objects.fixtures.opencopies.Frame;
import dev.leibniz.objects.fixtures.opencopies.Mat3;
import dev.leibniz.objects.fixtures.opencopies.OpenCopies;
import dev.leibniz.objects.fixtures.opencopies.Segment;
import dev.leibniz.objects.fixtures.opencopies.Tuple3;
import dev.leibniz.objects.fixtures.opencopies.Vec3;
import dev.leibniz.oracle.JacobianCheck;
import dev.leibniz.oracle.LinkedFixtures;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Objects made by a copy constructor of a class that is not final, whose fields a superclass declares (JBullet's
 * {@code new Vector3f(tr2.origin)}, {@code Vector3f extends Tuple3f}; {@code core.objects.ValueBases}): a {@code new
 * Vec3(p)} is exactly a {@code Vec3} whatever could extend it, so its construction is split as any computing one
 * (README "Objects", objects built new from values). A copy moved by a frame (Transform.mul), the copy of a vector made
 * here moved (AabbUtil2.transformAabb) and a copy taken apart, each in both modes against central finite differences,
 * the analytic Jacobian and the dot-product test ({@link JacobianCheck}); a kink of {@code Math.abs} is kept off the
 * points. An object holding such objects (WorldWind's {@code LatLon} of two {@code Angle}s) stays refused at its line.
 */
class OpenClassCopiesTest {
  static final LinkedFixtures FIXTURES = LinkedFixtures.allowingDiagnostics(OpenCopies.class, Tuple3.class, Vec3.class,
      Mat3.class, Frame.class, Segment.class);
  static final Class<?> C = FIXTURES.get(OpenCopies.class), V = FIXTURES.get(Vec3.class), M = FIXTURES.get(Mat3.class),
      F = FIXTURES.get(Frame.class);

  static Method method(String name, Class<?>... types) {
    try {
      return C.getMethod(name, types);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(name + " is missing: " + FIXTURES.result(OpenCopies.class).diagnostics(), e);
    }
  }

  static Object call(Method m, Object... args) {
    try {
      return m.invoke(null, args);
    } catch (InvocationTargetException e) {
      throw new AssertionError(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static Object make(Class<?> c, double[] v, int at, int n) {
    try {
      Class<?>[] types = new Class<?>[n];
      Object[] args = new Object[n];
      for (int k = 0; k < n; k++) {
        types[k] = double.class;
        args[k] = v[at + k];
      }
      return c.getConstructor(types).newInstance(args);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static Object vec(double[] v, int at) {
    return make(V, v, at, 3);
  }

  /** A frame of the basis v[at..at+8] (by rows) and the origin v[at+9..at+11]. */
  static Object frame(double[] v, int at) {
    try {
      return F.getConstructor(M, V).newInstance(make(M, v, at, 9), vec(v, at + 9));
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static double[] parts(Object v) {
    try {
      Class<?> t = FIXTURES.get(Tuple3.class);
      return new double[] {t.getField("x").getDouble(v), t.getField("y").getDouble(v), t.getField("z").getDouble(v)};
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static double[] frameParts(Object f) {
    try {
      Object b = F.getField("basis").get(f);
      double[] out = new double[12];
      String[] names = {"m00", "m01", "m02", "m10", "m11", "m12", "m20", "m21", "m22"};
      for (int k = 0; k < 9; k++) out[k] = M.getField(names[k]).getDouble(b);
      System.arraycopy(parts(F.getField("origin").get(f)), 0, out, 9, 3);
      return out;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static double[] concat(double[]... parts) {
    return Arrays.stream(parts).flatMapToDouble(Arrays::stream).toArray();
  }

  /** A rotation with no zero element (the absolute value's kink). */
  static final double[] BASIS = {0.1392, -0.3456, -0.928, -0.096, 0.928, -0.36, 0.9856, 0.1392, 0.096};

  /** d(B p + o): column of p_j is B's column j, of B_ij is p_j in row i, of o_i is e_i. */
  static double[][] movedJacobian(double[] p, double[] b, int pAt, int fAt, int n) {
    double[][] j = new double[3][n];
    for (int i = 0; i < 3; i++) {
      for (int k = 0; k < 3; k++) {
        j[i][pAt + k] += b[3 * i + k];
        j[i][fAt + 3 * i + k] += p[k];
      }
      j[i][fAt + 9 + i] += 1;
    }
    return j;
  }

  @Test
  void aCopyMovedByAFrame() {
    Method primal = method("moved", V, F, V), tangent = method("moved$tangent", V, V, F, F, V, V),
        adjoint = method("moved$adjoint", V, V, F, F, V, V);
    double[] x = concat(new double[] {1.2, -0.7, 2.1}, BASIS, new double[] {0.5, -1.0, 2.0});
    JacobianCheck.check("moved", x,
        v -> {
          Object out = vec(new double[3], 0);
          call(primal, vec(v, 0), frame(v, 3), out);
          return parts(out);
        },
        (v, dv) -> {
          Object out = vec(new double[3], 0), dout = vec(new double[3], 0);
          call(tangent, vec(v, 0), vec(dv, 0), frame(v, 3), frame(dv, 3), out, dout);
          return parts(dout);
        },
        (v, w) -> {
          Object pBar = vec(new double[3], 0), fBar = frame(new double[12], 0), out = vec(new double[3], 0);
          call(adjoint, vec(v, 0), pBar, frame(v, 3), fBar, out, vec(w, 0));
          return concat(parts(pBar), frameParts(fBar));
        },
        movedJacobian(Arrays.copyOfRange(x, 0, 3), BASIS, 0, 3, 15));
  }

  @Test
  void theCopyOfAVectorMadeHereMoved() {
    Method primal = method("centerMoved", V, V, F, V), tangent = method("centerMoved$tangent", V, V, V, V, F, F, V, V),
        adjoint = method("centerMoved$adjoint", V, V, V, V, F, F, V, V);
    double[] x = concat(new double[] {-1.0, -0.5, -2.0, 1.5, 0.7, 1.0}, BASIS, new double[] {0.5, -1.0, 2.0});
    double[] mid = new double[3];
    for (int k = 0; k < 3; k++) mid[k] = (x[k] + x[3 + k]) / 2;
    // out = B (lo + hi)/2 + o - lo
    double[][] j = movedJacobian(mid, BASIS, 0, 6, 18);
    for (int i = 0; i < 3; i++) {
      for (int k = 0; k < 3; k++) {
        j[i][k] /= 2;
        j[i][3 + k] = j[i][k];
      }
      j[i][i] -= 1;
    }
    JacobianCheck.check("centerMoved", x,
        v -> {
          Object out = vec(new double[3], 0);
          call(primal, vec(v, 0), vec(v, 3), frame(v, 6), out);
          return parts(out);
        },
        (v, dv) -> {
          Object out = vec(new double[3], 0), dout = vec(new double[3], 0);
          call(tangent, vec(v, 0), vec(dv, 0), vec(v, 3), vec(dv, 3), frame(v, 6), frame(dv, 6), out, dout);
          return parts(dout);
        },
        (v, w) -> {
          Object loBar = vec(new double[3], 0), hiBar = vec(new double[3], 0), fBar = frame(new double[12], 0);
          call(adjoint, vec(v, 0), loBar, vec(v, 3), hiBar, frame(v, 6), fBar, vec(new double[3], 0), vec(w, 0));
          return concat(parts(loBar), parts(hiBar), frameParts(fBar));
        },
        j);
  }

  @Test
  void aCopyScaledAndMeasured() {
    Method primal = method("copiedLength", V, double.class), tangent = method("copiedLength$tangent", V, V, double.class, double.class),
        adjoint = method("copiedLength$adjoint", V, V, double.class, double.class, double[].class);
    double[] x = {1.2, -0.7, 2.1, 1.7};
    double n = Math.sqrt(x[0] * x[0] + x[1] * x[1] + x[2] * x[2]);
    double[][] j = {{x[3] * x[0] / n, x[3] * x[1] / n, x[3] * x[2] / n, n}};
    JacobianCheck.check("copiedLength", x,
        v -> new double[] {(double) call(primal, vec(v, 0), v[3])},
        (v, dv) -> new double[] {(double) call(tangent, vec(v, 0), vec(dv, 0), v[3], dv[3])},
        (v, w) -> {
          Object pBar = vec(new double[3], 0);
          double[] sBar = new double[1];
          Object r = call(adjoint, vec(v, 0), pBar, v[3], w[0], sBar);
          assertEquals((double) call(primal, vec(v, 0), v[3]), (double) r, 0, "the adjoint returns the primal value");
          return concat(parts(pBar), sBar);
        },
        j);
  }

  /** |B| h by rows: d/dh_k = |B_ik|, d/dB_ik = sign(B_ik) h_k. */
  static double[][] extentsJacobian(double[] h, double[] b, int hAt, int bAt, int n) {
    double[][] j = new double[3][n];
    for (int i = 0; i < 3; i++) {
      for (int k = 0; k < 3; k++) {
        j[i][hAt + k] += Math.abs(b[3 * i + k]);
        j[i][bAt + 3 * i + k] += Math.signum(b[3 * i + k]) * h[k];
      }
    }
    return j;
  }

  @Test
  void extentsOfACopiedBasis() {
    Method primal = method("extents", V, F, V), tangent = method("extents$tangent", V, V, F, F, V, V),
        adjoint = method("extents$adjoint", V, V, F, F, V, V);
    double[] x = concat(new double[] {1.25, 0.6, 1.5}, BASIS, new double[] {0.5, -1.0, 2.0});
    JacobianCheck.check("extents", x,
        v -> {
          Object out = vec(new double[3], 0);
          call(primal, vec(v, 0), frame(v, 3), out);
          return parts(out);
        },
        (v, dv) -> {
          Object out = vec(new double[3], 0), dout = vec(new double[3], 0);
          call(tangent, vec(v, 0), vec(dv, 0), frame(v, 3), frame(dv, 3), out, dout);
          return parts(dout);
        },
        (v, w) -> {
          Object hBar = vec(new double[3], 0), fBar = frame(new double[12], 0);
          call(adjoint, vec(v, 0), hBar, frame(v, 3), fBar, vec(new double[3], 0), vec(w, 0));
          return concat(parts(hBar), frameParts(fBar));
        },
        extentsJacobian(Arrays.copyOfRange(x, 0, 3), BASIS, 0, 3, 15));
  }

  @Test
  void aBoxMoved() {
    Method primal = method("box", V, V, F, V, V), tangent = method("box$tangent", V, V, V, V, F, F, V, V, V, V),
        adjoint = method("box$adjoint", V, V, V, V, F, F, V, V, V, V);
    double[] x = concat(new double[] {-1.0, -0.5, -2.0, 1.5, 0.7, 1.0}, BASIS, new double[] {0.5, -1.0, 2.0});
    double[] mid = new double[3], half = new double[3];
    for (int k = 0; k < 3; k++) {
      mid[k] = (x[k] + x[3 + k]) / 2;
      half[k] = (x[3 + k] - x[k]) / 2;
    }
    // min = B mid + o - |B| half, max = B mid + o + |B| half; mid = (lo + hi)/2, half = (hi - lo)/2
    double[][] moved = movedJacobian(mid, BASIS, 0, 6, 18), ext = extentsJacobian(half, BASIS, 0, 6, 18);
    double[][] j = new double[6][18];
    for (int i = 0; i < 3; i++) {
      for (int c = 0; c < 18; c++) {
        double m = moved[i][c], e = ext[i][c];
        if (c < 3) {
          j[i][c] = m / 2 + e / 2;
          j[i][3 + c] = m / 2 - e / 2;
          j[3 + i][c] = m / 2 - e / 2;
          j[3 + i][3 + c] = m / 2 + e / 2;
        } else if (c >= 6) {
          j[i][c] = m - e;
          j[3 + i][c] = m + e;
        }
      }
    }
    JacobianCheck.check("box", x,
        v -> {
          Object min = vec(new double[3], 0), max = vec(new double[3], 0);
          call(primal, vec(v, 0), vec(v, 3), frame(v, 6), min, max);
          return concat(parts(min), parts(max));
        },
        (v, dv) -> {
          Object min = vec(new double[3], 0), max = vec(new double[3], 0), dmin = vec(new double[3], 0), dmax = vec(new double[3], 0);
          call(tangent, vec(v, 0), vec(dv, 0), vec(v, 3), vec(dv, 3), frame(v, 6), frame(dv, 6), min, dmin, max, dmax);
          return concat(parts(dmin), parts(dmax));
        },
        (v, w) -> {
          Object loBar = vec(new double[3], 0), hiBar = vec(new double[3], 0), fBar = frame(new double[12], 0);
          call(adjoint, vec(v, 0), loBar, vec(v, 3), hiBar, frame(v, 6), fBar, vec(new double[3], 0), vec(w, 0),
              vec(new double[3], 0), vec(w, 3));
          return concat(parts(loBar), parts(hiBar), frameParts(fBar));
        },
        j);
  }

  @Test
  void theCompanionsCarryNoRefusal() {
    assertEquals(java.util.List.of(), FIXTURES.result(OpenCopies.class).diagnostics().stream().filter(d -> !d.warning()).toList());
  }

  /** A holder of vectors given active ones by its checking constructor: refused at the line of the {@code new}. */
  @Test
  void anObjectHoldingVectorsStaysRefusedWithTheLine() {
    Diagnostic d = FIXTURES.result(Segment.class).diagnostics().stream()
        .filter(x -> !x.warning() && x.method().startsWith("scaled(")).findFirst().orElse(null);
    assertNotNull(d, "Segment.scaled refused: " + FIXTURES.result(Segment.class).diagnostics());
    assertEquals(23, d.line(), d.message());
    assertTrue(d.message().contains("new Segment(Vec3, Vec3)"), d.message());
    assertTrue(Arrays.stream(FIXTURES.get(Segment.class).getDeclaredMethods()).noneMatch(m -> m.getName().startsWith("scaled$")),
        "no companion for Segment.scaled");
  }
}
