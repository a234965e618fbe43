package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.objects.fixtures.local.Pt;
import dev.leibniz.oracle.JacobianCheck;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;

/**
 * New value objects stored into an array of objects made in the method (README, "Objects": objects built new from
 * values): Google S2's {@code S2Point.rotate} shape, {@code sum(a.mul(c), b.mul(s), center)} given to a varargs {@code
 * sum(S2Point... points)}, and a loop filling {@code new Pt[n]} read back here and by the helper. The array's shadow is
 * made here, its cells hold the shadows of the objects stored, so the objects' derivatives reach the helper and come
 * back. Each method in both modes against the analytic Jacobian (one checked by Hipparchus' {@code
 * DerivativeStructure}), central differences and the dot-product test; an element handed to an array the caller gave,
 * and the array returned, stay refused with their lines.
 */
class LocalObjectArraysTest {
  static final Transformed PT = Transformed.of(Pt.class, true); // the refused variants
  static final Class<?> P = PT.type;

  static Object call(Method m, Object... args) {
    try {
      return m.invoke(null, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw new AssertionError(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static Object pt(double x, double y, double z) {
    try {
      return P.getConstructor(double.class, double.class, double.class).newInstance(x, y, z);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static Object pt(double[] v, int from) {
    return pt(v[from], v[from + 1], v[from + 2]);
  }

  static double[] xyz(Object p) {
    try {
      return new double[] {(double) P.getMethod("x").invoke(p), (double) P.getMethod("y").invoke(p), (double) P.getMethod("z").invoke(p)};
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static double[] concat(double[] a, double[] b, double... c) {
    double[] out = new double[a.length + b.length + c.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    System.arraycopy(c, 0, out, a.length + b.length, c.length);
    return out;
  }

  @Test
  void newPointsGivenToAVarargsHelperInAnArrayMadeHere() {
    Method primal = PT.method("blend", P, P, double.class);
    Method tangent = PT.method("blend$tangent", P, P, P, P, double.class, double.class);
    Method adjoint = PT.method("blend$adjoint", P, P, P, P, double.class, P, double[].class);
    double[] x = {0.3, -1.2, 0.7, 0.9, 0.4, -0.5, 0.8};
    // r = (cos t + b.x) a + sin t b; inputs a, b, t
    double c = Math.cos(x[6]), s = Math.sin(x[6]);
    double[][] expected = new double[3][7];
    for (int i = 0; i < 3; i++) {
      expected[i][i] = c + x[3];
      expected[i][3 + i] = s;
      expected[i][3] += x[i];
      expected[i][6] = -s * x[i] + c * x[3 + i];
    }
    JacobianCheck.check("blend", x,
        v -> xyz(call(primal, pt(v, 0), pt(v, 3), v[6])),
        (v, dv) -> {
          Object shadow = call(tangent, pt(v, 0), pt(dv, 0), pt(v, 3), pt(dv, 3), v[6], dv[6]);
          assertEquals(P, shadow.getClass(), "the tangent returns the result's shadow");
          return xyz(shadow);
        },
        (v, w) -> {
          Object abar = pt(0, 0, 0), bbar = pt(0, 0, 0);
          double[] g = new double[1];
          Object r = call(adjoint, pt(v, 0), abar, pt(v, 3), bbar, v[6], pt(w, 0), g);
          assertEquals(java.util.Arrays.toString(xyz(call(primal, pt(v, 0), pt(v, 3), v[6]))), java.util.Arrays.toString(xyz(r)),
              "the adjoint returns the primal result");
          return concat(xyz(abar), xyz(bbar), g[0]);
        },
        expected);
  }

  @Test
  void newPointsStoredInALoopReadBackHereAndByTheHelper() {
    int n = 4;
    Method primal = PT.method("spread", P, int.class, double.class);
    Method tangent = PT.method("spread$tangent", P, P, int.class, double.class, double.class);
    Method adjoint = PT.method("spread$adjoint", P, P, int.class, double.class, double.class, double[].class);
    double[] x = {0.3, -1.2, 0.7, 0.45};
    JacobianCheck.check("spread", x,
        v -> new double[] {(double) call(primal, pt(v, 0), n, v[3])},
        (v, dv) -> new double[] {(double) call(tangent, pt(v, 0), pt(dv, 0), n, v[3], dv[3])},
        (v, w) -> {
          Object abar = pt(0, 0, 0);
          double[] g = new double[1];
          assertEquals((double) call(primal, pt(v, 0), n, v[3]), (double) call(adjoint, pt(v, 0), abar, n, v[3], w[0], g),
              "the adjoint returns the primal value");
          return concat(xyz(abar), g);
        },
        new double[][] {spreadGradient(x, n)});
  }

  /** The gradient of spread by Hipparchus: (c a.x + c a.y (n - 1 + t) a.z) with c = n(n-1)/2 + n t. */
  static double[] spreadGradient(double[] x, int n) {
    DSFactory f = new DSFactory(4, 1);
    DerivativeStructure ax = f.variable(0, x[0]), ay = f.variable(1, x[1]), az = f.variable(2, x[2]), t = f.variable(3, x[3]);
    DerivativeStructure c = t.multiply(n).add(n * (n - 1) / 2.0);
    DerivativeStructure y = c.multiply(ax).add(c.multiply(ay).multiply(t.add(n - 1)).multiply(az));
    double[] g = new double[4];
    for (int k = 0; k < 4; k++) {
      int[] order = new int[4];
      order[k] = 1;
      g[k] = y.getPartialDerivative(order);
    }
    return g;
  }

  @Test
  void anElementHandedToTheCallersArrayAndTheArrayReturnedStayRefused() {
    for (String[] c : new String[][] {{"leaked", "76"}, {"scaled", "82"}}) {
      Diagnostic d = PT.result.diagnostics().stream().filter(x -> !x.warning() && x.method().startsWith(c[0] + "(")).findFirst()
          .orElse(null);
      assertNotNull(d, c[0] + " refused: " + PT.result.diagnostics());
      assertEquals(Integer.parseInt(c[1]), d.line(), d.message());
      assertTrue(d.message().contains("stored or passed on here"), d.message());
    }
    assertTrue(PT.result.diagnostics().stream().noneMatch(d -> d.method().startsWith("blend(") || d.method().startsWith("spread(")),
        PT.result.diagnostics().toString());
    assertEquals(0, java.util.Arrays.stream(P.getDeclaredMethods()).filter(m -> m.getName().equals("leaked$tangent")
        || m.getName().equals("leaked$adjoint") || m.getName().startsWith("scaled$")).count(), "no companions for the refused methods");
  }
}
