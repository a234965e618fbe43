package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.objects.fixtures.made.Frame;
import dev.leibniz.objects.fixtures.made.MaybeFrame;
import dev.leibniz.objects.fixtures.made.V3;
import dev.leibniz.oracle.JacobianCheck;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;

/**
 * New objects whose blank no-argument constructor makes their own sub-objects and arrays (README, "Objects": a store made
 * when none is given; Sunflow's {@code OrthoNormalBasis()} making three {@code Vector3}s, Rajawali's {@code Matrix4()}
 * making {@code new double[16]} and calling {@code identity()}): {@link Frame}'s shadow is the same constructor run again,
 * the floating fields of its vectors set to 0 and its array filled with 0, so active values written into them, through
 * helpers given the sub-objects, reach the result (a new frame returned, or a number after the frame is dropped). Both
 * modes against the Jacobian by Hipparchus' {@code DerivativeStructure}, central differences and the dot-product test; a
 * sub-object handed to an object the caller gave gets both modes (the holder's seeds reseated), and constructors whose
 * sub-object is not made once on every path ({@link MaybeFrame}) stay refused at their lines.
 */
class MadeSubObjectsTest {
  static final Transformed F = Transformed.of(Frame.class, true);
  static final Transformed MAYBE = Transformed.of(MaybeFrame.class, true);
  static final Class<?> FRAME = F.type, D = double.class;

  static Object call(Method m, Object... args) {
    return LocalObjectArraysTest.call(m, args);
  }

  static Method named(String name) {
    return Arrays.stream(FRAME.getMethods()).filter(m -> m.getName().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + name + " in " + Arrays.toString(FRAME.getDeclaredMethods())));
  }

  static V3 v3(double[] v, int from) {
    return new V3(v[from], v[from + 1], v[from + 2]);
  }

  static double[] xyz(V3 p) {
    return new double[] {p.x, p.y, p.z};
  }

  static Object field(Object frame, String name) {
    try {
      return FRAME.getField(name).get(frame);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** A frame's numbers: u, v, m. */
  static double[] flat(Object frame) {
    double[] out = new double[10];
    System.arraycopy(xyz((V3) field(frame, "u")), 0, out, 0, 3);
    System.arraycopy(xyz((V3) field(frame, "v")), 0, out, 3, 3);
    System.arraycopy((double[]) field(frame, "m"), 0, out, 6, 4);
    return out;
  }

  /** A frame holding {@code w} (u, v, m), made by its own constructor. */
  static Object frame(double[] w) {
    try {
      Object f = FRAME.getConstructor().newInstance();
      V3 u = (V3) field(f, "u"), v = (V3) field(f, "v");
      u.x = w[0]; u.y = w[1]; u.z = w[2];
      v.x = w[3]; v.y = w[4]; v.z = w[5];
      System.arraycopy(w, 6, (double[]) field(f, "m"), 0, 4);
      return f;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static double[] with(double[] a, double b) {
    double[] out = Arrays.copyOf(a, a.length + 1);
    out[a.length] = b;
    return out;
  }

  @Test
  void aNewFrameFilledThroughItsSubObjectsAndArrayIsReturnedWithItsShadow() {
    Method primal = named("fromW"), tangent = named("fromW$tangent"), adjoint = named("fromW$adjoint");
    double[] x = {0.6, -0.2, 0.9, 0.7};
    JacobianCheck.check("fromW", x,
        v -> flat(call(primal, v3(v, 0), v[3])),
        (v, dv) -> {
          Object shadow = call(tangent, v3(v, 0), v3(dv, 0), v[3], dv[3]);
          assertEquals(FRAME, shadow.getClass(), "the tangent returns the result's shadow");
          return flat(shadow);
        },
        (v, w) -> {
          V3 wbar = new V3();
          double[] g = new double[1];
          Object seed = frame(w);
          Object r = call(adjoint, v3(v, 0), wbar, v[3], seed, g);
          assertNotSame(seed, r, "the adjoint returns the primal result");
          assertEquals(Arrays.toString(flat(call(primal, v3(v, 0), v[3]))), Arrays.toString(flat(r)), "the primal result");
          return with(xyz(wbar), g[0]);
        },
        fromWJacobian(x));
  }

  /** fromW by Hipparchus (|u.x| >= |u.y| at the point: v = (u.z, 0, -u.x) normalised). */
  static double[][] fromWJacobian(double[] x) {
    DSFactory f = new DSFactory(4, 1);
    DerivativeStructure wx = f.variable(0, x[0]), wy = f.variable(1, x[1]), wz = f.variable(2, x[2]), t = f.variable(3, x[3]);
    DerivativeStructure n = wx.multiply(wx).add(wy.multiply(wy)).add(wz.multiply(wz)).sqrt().reciprocal();
    DerivativeStructure ux = wx.multiply(n), uy = wy.multiply(n), uz = wz.multiply(n);
    assertTrue(Math.abs(ux.getValue()) >= Math.abs(uy.getValue()), "the branch the Jacobian follows");
    DerivativeStructure vn = uz.multiply(uz).add(ux.multiply(ux)).sqrt().reciprocal();
    DerivativeStructure[] out = {ux, uy, uz, uz.multiply(vn), f.constant(0), ux.negate().multiply(vn),
        t.cos(), t.sin().negate(), t.sin(), t.cos().multiply(uz)};
    return rows(out, 4);
  }

  static double[][] rows(DerivativeStructure[] out, int n) {
    double[][] j = new double[out.length][n];
    for (int i = 0; i < out.length; i++) {
      for (int k = 0; k < n; k++) {
        int[] order = new int[n];
        order[k] = 1;
        j[i][k] = out[i].getPartialDerivative(order);
      }
    }
    return j;
  }

  @Test
  void aNewFrameFilledGivenToAHelperAndDroppedGivesItsNumber() {
    Method primal = named("spread"), tangent = named("spread$tangent"), adjoint = named("spread$adjoint");
    double[] x = {0.3, -1.2, 0.7, 0.9, 0.4, -0.5, 0.8};
    JacobianCheck.check("spread", x,
        v -> new double[] {(double) call(primal, v3(v, 0), v3(v, 3), v[6])},
        (v, dv) -> new double[] {(double) call(tangent, v3(v, 0), v3(dv, 0), v3(v, 3), v3(dv, 3), v[6], dv[6])},
        (v, w) -> {
          V3 abar = new V3(), bbar = new V3();
          double[] g = new double[1];
          assertEquals((double) call(primal, v3(v, 0), v3(v, 3), v[6]),
              (double) call(adjoint, v3(v, 0), abar, v3(v, 3), bbar, v[6], w[0], g), "the adjoint returns the primal value");
          double[] out = Arrays.copyOf(xyz(abar), 7);
          System.arraycopy(xyz(bbar), 0, out, 3, 3);
          out[6] = g[0];
          return out;
        },
        rows(new DerivativeStructure[] {spreadByHipparchus(x)}, 7));
  }

  /** u = a × b, m = (1, s u.y, 0, 1 + s²), v = (1, 0, 0): u.x² + Σ (k+1) m[k]² + v.x u.z. */
  static DerivativeStructure spreadByHipparchus(double[] x) {
    DSFactory f = new DSFactory(7, 1);
    DerivativeStructure[] a = {f.variable(0, x[0]), f.variable(1, x[1]), f.variable(2, x[2])};
    DerivativeStructure[] b = {f.variable(3, x[3]), f.variable(4, x[4]), f.variable(5, x[5])};
    DerivativeStructure s = f.variable(6, x[6]);
    DerivativeStructure ux = a[1].multiply(b[2]).subtract(a[2].multiply(b[1]));
    DerivativeStructure uy = a[2].multiply(b[0]).subtract(a[0].multiply(b[2]));
    DerivativeStructure uz = a[0].multiply(b[1]).subtract(a[1].multiply(b[0]));
    DerivativeStructure m1 = s.multiply(uy), m3 = s.multiply(s).add(1);
    return ux.multiply(ux).add(1).add(m1.multiply(m1).multiply(2)).add(m3.multiply(m3).multiply(4)).add(uz);
  }

  /** Frame.Holder, as the transformed Frame sees it. */
  static final Class<?> HOLDER = Arrays.stream(FRAME.getClasses()).filter(c -> c.getSimpleName().equals("Holder")).findFirst()
      .orElseThrow();

  static Object holder(double[] v, int from) {
    try {
      Object h = HOLDER.getConstructor().newInstance();
      HOLDER.getField("kept").set(h, v3(v, from));
      return h;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static V3 kept(Object h) {
    try {
      return (V3) HOLDER.getField("kept").get(h);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * handedOut: (a, h.kept) -> (result, a, h.kept'), h.kept' being the frame's sub-object u = a / |a| (issue 10: refused in
   * adjoint mode until the session of 5 December, afternoon). The adjoint takes the seed of h.kept' from the shadow the
   * caller's holder shadow held there, and gives that shadow back holding the adjoint of the vector held on entry (0:
   * it is replaced unread). Central differences, the dot-product test against the tangent, and the analytic partial of
   * the result (u.x a.y with u = a / |a|).
   */
  @Test
  void aSubObjectHandedToAnObjectTheCallerGaveHasBothModes() {
    assertTrue(F.result.diagnostics().stream().allMatch(Diagnostic::warning), F.result.diagnostics().toString());
    Method primal = named("handedOut"), tangent = named("handedOut$tangent"), adjoint = named("handedOut$adjoint");
    java.util.function.Function<double[], double[]> f = x -> {
      V3 a = v3(x, 0);
      Object h = holder(x, 3);
      double r = (double) call(primal, a, h);
      return out(r, a, kept(h));
    };
    JacobianCheck.check("handedOut", new double[] {0.6, -1.1, 0.8, 2.0, 3.0, -1.0}, f, (x, dx) -> {
      V3 a = v3(x, 0), da = v3(dx, 0);
      Object h = holder(x, 3), dh = holder(dx, 3);
      double r = (double) call(tangent, a, da, h, dh);
      return out(r, da, kept(dh));
    }, (x, ybar) -> {
      V3 a = v3(x, 0), abar = v3(ybar, 1);
      Object h = holder(x, 3), hbar = holder(ybar, 4);
      V3 given = kept(hbar);
      call(adjoint, a, abar, h, hbar, ybar[0]);
      assertTrue(given == kept(hbar), "the holder's shadow keeps the vector shadow the caller gave");
      double[] xbar = new double[6];
      System.arraycopy(xyz(abar), 0, xbar, 0, 3);
      System.arraycopy(xyz(kept(hbar)), 0, xbar, 3, 3);
      return xbar;
    }, null);
    double[] a = {0.6, -1.1, 0.8};
    double n = Math.sqrt(a[0] * a[0] + a[1] * a[1] + a[2] * a[2]);
    V3 abar = new V3(0, 0, 0);
    Object hbar = holder(new double[3], 0);
    call(adjoint, v3(a, 0), abar, holder(new double[] {2, 3, -1}, 0), hbar, 1.0);
    // d (a.x a.y / |a|): a.y / n - a.x a.y a.x / n^3, a.x / n - a.x a.y a.y / n^3, - a.x a.y a.z / n^3
    double n3 = n * n * n;
    assertEquals(a[1] / n - a[0] * a[0] * a[1] / n3, abar.x, 1e-14);
    assertEquals(a[0] / n - a[0] * a[1] * a[1] / n3, abar.y, 1e-14);
    assertEquals(-a[0] * a[1] * a[2] / n3, abar.z, 1e-14);
    assertEquals(0.0, kept(hbar).x + kept(hbar).y + kept(hbar).z, 0.0, "the vector replaced unread");
  }

  static double[] out(double r, V3 a, V3 kept) {
    double[] y = new double[7];
    y[0] = r;
    System.arraycopy(xyz(a), 0, y, 1, 3);
    System.arraycopy(xyz(kept), 0, y, 4, 3);
    return y;
  }

  @Test
  void aSubObjectNotMadeOnceOnEveryPathStaysRefusedAtTheNew() {
    for (String[] c : new String[][] {{"conditional", "27"}, {"aliased", "35"}}) {
      Diagnostic d = MAYBE.result.diagnostics().stream().filter(x -> !x.warning() && x.method().startsWith(c[0] + "("))
          .findFirst().orElse(null);
      assertNotNull(d, c[0] + " refused: " + MAYBE.result.diagnostics());
      assertEquals(Integer.parseInt(c[1]), d.line(), d.message());
      assertTrue(d.message().contains("before any branch"), d.message());
    }
    assertTrue(Arrays.stream(MAYBE.type.getDeclaredMethods()).noneMatch(m -> m.getName().contains("$")), "no companions");
  }
}
