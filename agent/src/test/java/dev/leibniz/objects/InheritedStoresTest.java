package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.objects.fixtures.storers.Storers;
import dev.leibniz.objects.fixtures.storers.Tuple3;
import dev.leibniz.objects.fixtures.storers.Vec3;
import dev.leibniz.oracle.DotProductCheck;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.oracle.LinkedFixtures;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A method storing its result into {@code this} through a {@code void} setter it inherits (the twenty-fifth corpus
 * round: vecmath's {@code Vector3d.cross} calls {@code set(x, y, z)}, declared in the abstract {@code Tuple3d}; {@code
 * Quat4d.interpolate} calls the inherited {@code set(Tuple4d)}). javac names the subclass in the call; the core took it
 * for an own method the class does not declare and refused it as a passive call that writes fields. core.InheritedCalls
 * now names the declaring class for an inherited {@code void} method that stores numbers, a call of another class's
 * method differentiated as such. {@code crossInto(r, a, b)} = (r = a x b) . (1, 2, 3) and {@code scaledCopy(r, t, s)} =
 * (r = s t).x (r = s t).y + (r = s t).z, outputs the result and r's fields, inputs r's fields (overwritten), then the
 * vectors' and the scalar: both modes against the analytic Jacobian and central differences, and the dot product.
 * {@code Vec3}'s methods are marked, as the corpus marks vecmath's, so that {@code Vec3} is differentiated as its own
 * class: with the change to InheritedCalls reverted, its calls of the inherited setters are refused and all three fail.
 */
class InheritedStoresTest {
  static final LinkedFixtures L = LinkedFixtures.of(Tuple3.class, Vec3.class, Storers.class);
  static final Class<?> S = L.get(Storers.class);
  static final Class<?> V = L.get(Vec3.class);
  static final String[] XYZ = {"x", "y", "z"};

  // crossInto: inputs r (overwritten), a, b; scaledCopy: inputs r (overwritten), t, s
  static final double[] CROSS_AT = {0.5, -0.2, 0.9, 1.2, -0.7, 2.1, 0.4, 1.9, -0.8};
  static final double[] SCALED_AT = {0.5, -0.2, 0.9, 1.2, -0.7, 2.1, 1.7};

  static Object vec(double[] in, int from) {
    try {
      return V.getConstructor(double.class, double.class, double.class).newInstance(in[from], in[from + 1], in[from + 2]);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static void set(Object v, double[] in, int from) {
    try {
      for (int k = 0; k < 3; k++) v.getClass().getField(XYZ[k]).setDouble(v, in[from + k]);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static void get(Object v, double[] out, int from) {
    try {
      for (int k = 0; k < 3; k++) out[from + k] = v.getClass().getField(XYZ[k]).getDouble(v);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static Object invoke(String name, Object... args) {
    try {
      for (Method m : S.getMethods()) {
        if (m.getName().equals(name)) return m.invoke(null, args);
      }
      throw new AssertionError("no " + name + " in " + S.getName());
    } catch (InvocationTargetException e) {
      throw new AssertionError(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** The function, its tangent and its adjoint (seeds: the result's, then r's fields) as arrays. */
  interface Modes {
    double[] primal(double[] x);

    double[] tangent(double[] x, double[] dx);

    double[] adjoint(double[] x, double[] ybar);
  }

  static final Modes CROSS = new Modes() {
    public double[] primal(double[] x) {
      Object r = vec(x, 0);
      double[] y = new double[4];
      y[0] = (double) invoke("crossInto", r, vec(x, 3), vec(x, 6));
      get(r, y, 1);
      return y;
    }

    public double[] tangent(double[] x, double[] dx) {
      Object r = vec(x, 0), a = vec(x, 3), b = vec(x, 6);
      Object dr = vec(dx, 0), da = vec(dx, 3), db = vec(dx, 6);
      double[] y = new double[4];
      y[0] = (double) invoke("crossInto$tangent", r, dr, a, da, b, db);
      get(dr, y, 1);
      return y;
    }

    public double[] adjoint(double[] x, double[] ybar) {
      Object r = vec(x, 0), a = vec(x, 3), b = vec(x, 6);
      Object rbar = Derivatives.zeroShadow(r), abar = Derivatives.zeroShadow(a), bbar = Derivatives.zeroShadow(b);
      set(rbar, ybar, 1);
      invoke("crossInto$adjoint", r, rbar, a, abar, b, bbar, ybar[0]);
      double[] g = new double[9];
      get(rbar, g, 0);
      get(abar, g, 3);
      get(bbar, g, 6);
      return g;
    }
  };

  static final Modes SCALED = new Modes() {
    public double[] primal(double[] x) {
      Object r = vec(x, 0);
      double[] y = new double[4];
      y[0] = (double) invoke("scaledCopy", r, vec(x, 3), x[6]);
      get(r, y, 1);
      return y;
    }

    public double[] tangent(double[] x, double[] dx) {
      Object r = vec(x, 0), t = vec(x, 3);
      Object dr = vec(dx, 0), dt = vec(dx, 3);
      double[] y = new double[4];
      y[0] = (double) invoke("scaledCopy$tangent", r, dr, t, dt, x[6], dx[6]);
      get(dr, y, 1);
      return y;
    }

    public double[] adjoint(double[] x, double[] ybar) {
      Object r = vec(x, 0), t = vec(x, 3);
      Object rbar = Derivatives.zeroShadow(r), tbar = Derivatives.zeroShadow(t);
      set(rbar, ybar, 1);
      double[] sbar = new double[1];
      invoke("scaledCopy$adjoint", r, rbar, t, tbar, x[6], ybar[0], sbar);
      double[] g = new double[7];
      get(rbar, g, 0);
      get(tbar, g, 3);
      g[6] = sbar[0];
      return g;
    }
  };

  /** J^T ybar of crossInto: u = ybar0 (1, 2, 3) + ybar(r); d/da u.(a x b) = b x u, d/db = u x a; r's inputs 0. */
  static double[] crossGradient(double[] x, double[] ybar) {
    double[] a = {x[3], x[4], x[5]}, b = {x[6], x[7], x[8]};
    double[] u = {ybar[0] + ybar[1], 2 * ybar[0] + ybar[2], 3 * ybar[0] + ybar[3]};
    double[] bu = cross(b, u), ua = cross(u, a);
    return new double[] {0, 0, 0, bu[0], bu[1], bu[2], ua[0], ua[1], ua[2]};
  }

  /** J^T ybar of scaledCopy: r = s t, f = s^2 tx ty + s tz; r's inputs 0. */
  static double[] scaledGradient(double[] x, double[] ybar) {
    double tx = x[3], ty = x[4], tz = x[5], s = x[6], w = ybar[0];
    return new double[] {0, 0, 0, w * s * s * ty + s * ybar[1], w * s * s * tx + s * ybar[2], w * s + s * ybar[3],
        w * (2 * s * tx * ty + tz) + tx * ybar[1] + ty * ybar[2] + tz * ybar[3]};
  }

  static double[] cross(double[] a, double[] b) {
    return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
  }

  /** Each Jacobian column by the tangent, each row by the adjoint, against the formula and central differences. */
  static void check(String what, Modes f, double[] x, Function<double[], double[]> rowTimes) {
    int n = x.length, m = 4;
    for (int i = 0; i < m; i++) {
      double[] ybar = new double[m];
      ybar[i] = 1;
      double[] expected = rowTimes.apply(ybar), adjoint = f.adjoint(x, ybar);
      for (int j = 0; j < n; j++) {
        assertEquals(expected[j], adjoint[j], 1e-13 * (1 + Math.abs(expected[j])), what + " adjoint, output " + i + ", input " + j);
      }
    }
    for (int j = 0; j < n; j++) {
      double[] dx = new double[n];
      dx[j] = 1;
      double[] tangent = f.tangent(x, dx);
      FiniteDifferences.Estimate[] fd = FiniteDifferences.directional(f::primal, x, dx);
      for (int i = 0; i < m; i++) {
        double[] ybar = new double[m];
        ybar[i] = 1;
        double expected = rowTimes.apply(ybar)[j];
        assertEquals(expected, tangent[i], 1e-13 * (1 + Math.abs(expected)), what + " tangent, output " + i + ", input " + j);
        assertEquals(expected, fd[i].value(), fd[i].tolerance(1e-8), what + " differences, output " + i + ", input " + j);
      }
    }
    DotProductCheck.check(what, x, m, f::tangent, f::adjoint, 25L, 5);
  }

  @Test
  void noDiagnostic() {
    for (Class<?> c : new Class<?>[] {Vec3.class, Storers.class}) {
      assertTrue(L.result(c).diagnostics().isEmpty(), () -> c + ": " + L.result(c).diagnostics());
    }
  }

  @Test
  void aSetterOfTheBaseStoringIntoThis() {
    check("crossInto", CROSS, CROSS_AT, ybar -> crossGradient(CROSS_AT, ybar));
  }

  @Test
  void aCopyingSetterAndAScalingOfTheBase() {
    check("scaledCopy", SCALED, SCALED_AT, ybar -> scaledGradient(SCALED_AT, ybar));
  }
}
