package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.objects.fixtures.rerun.Bounded;
import dev.leibniz.objects.fixtures.rerun.Refusals;
import dev.leibniz.oracle.DotProductCheck;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.oracle.LinkedFixtures;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Overridable callees of the method's own class called before the method writes the state they read or were given
 * (Esri's {@code ECoordinate.add}: {@code epsCoordinate()} then {@code m_value = r}; LWJGL's {@code Matrix3f.invert(src,
 * dest)}: the marked {@code src.determinant()} then {@code dest}'s fields, {@code dest} possibly {@code src}). Joint
 * reversal would run the callee again in the reverse sweep on the state the method left; such a call is reversed split
 * from this class's code behind a check of the receiver's class. Both modes against the analytic Jacobian and central
 * differences, and the dot-product test, for receivers of the class and of a subclass that inherits the callee, among
 * them the cases where the write changes what the callee read ({@code grow}, {@code invert(b, b)}); a subclass that
 * overrides the callee fails at run time naming itself; the calls that cannot be split stay refused at their line.
 */
class ReRunCalleesTest {
  static final LinkedFixtures L = LinkedFixtures.allowingDiagnostics(Bounded.class, Bounded.Plain.class, Bounded.Coarse.class,
      Bounded.Skewed.class, Refusals.Pairs.class, Refusals.Scaled.class);
  static final Class<?> B = L.get(Bounded.class);
  static final Class<?> PLAIN = L.get(Bounded.Plain.class);

  /** One differentiated operation on {@code Bounded} objects, its inputs and outputs the objects' fields and its numbers. */
  interface Case {
    double[] primal(Class<?> receiver, double[] in) throws ReflectiveOperationException;

    double[] tangent(Class<?> receiver, double[] in, double[] dir) throws ReflectiveOperationException;

    double[] adjoint(Class<?> receiver, double[] in, double[] w) throws ReflectiveOperationException;

    /** The analytic Jacobian, row per output. */
    double[][] jacobian(double[] in);
  }

  static Object make(Class<?> c, double value, double err) throws ReflectiveOperationException {
    Object o = c.getConstructor().newInstance();
    B.getField("value").setDouble(o, value);
    B.getField("err").setDouble(o, err);
    return o;
  }

  static double value(Object o) throws ReflectiveOperationException {
    return B.getField("value").getDouble(o);
  }

  static double err(Object o) throws ReflectiveOperationException {
    return B.getField("err").getDouble(o);
  }

  static Object call(String name, Object receiver, Object... args) throws ReflectiveOperationException {
    for (Method m : B.getMethods()) {
      if (m.getName().equals(name)) {
        try {
          return m.invoke(receiver, args);
        } catch (InvocationTargetException e) {
          if (e.getCause() instanceof RuntimeException r) throw r;
          throw e;
        }
      }
    }
    throw new NoSuchMethodException(name);
  }

  /** {@code a.add(b)}: inputs a's value and error, b's; outputs the same after. */
  static final Case ADD = new Case() {
    static final double UNIT = 0.125;

    public double[] primal(Class<?> c, double[] in) throws ReflectiveOperationException {
      Object a = make(c, in[0], in[1]), b = make(B, in[2], in[3]);
      call("add", a, b);
      return new double[] {value(a), err(a), value(b), err(b)};
    }

    public double[] tangent(Class<?> c, double[] in, double[] d) throws ReflectiveOperationException {
      Object a = make(c, in[0], in[1]), b = make(B, in[2], in[3]), ad = make(c, d[0], d[1]), bd = make(B, d[2], d[3]);
      call("add$tangent", a, ad, b, bd);
      return new double[] {value(ad), err(ad), value(bd), err(bd)};
    }

    public double[] adjoint(Class<?> c, double[] in, double[] w) throws ReflectiveOperationException {
      Object a = make(c, in[0], in[1]), b = make(B, in[2], in[3]), ab = make(c, w[0], w[1]), bb = make(B, w[2], w[3]);
      call("add$adjoint", a, ab, b, bb);
      return new double[] {value(ab), err(ab), value(bb), err(bb)};
    }

    public double[][] jacobian(double[] in) {
      double s = Math.signum(in[0] + in[2]) * UNIT;
      return new double[][] {{1, 0, 1, 0}, {s, 1, s, 1}, {0, 0, 1, 0}, {0, 0, 0, 1}};
    }
  };

  /** {@code a.grow(k)}: inputs a's value and error, k; outputs a's value and error after. */
  static final Case GROW = new Case() {
    public double[] primal(Class<?> c, double[] in) throws ReflectiveOperationException {
      Object a = make(c, in[0], in[1]);
      call("grow", a, in[2]);
      return new double[] {value(a), err(a)};
    }

    public double[] tangent(Class<?> c, double[] in, double[] d) throws ReflectiveOperationException {
      Object a = make(c, in[0], in[1]), ad = make(c, d[0], d[1]);
      call("grow$tangent", a, ad, in[2], d[2]);
      return new double[] {value(ad), err(ad)};
    }

    public double[] adjoint(Class<?> c, double[] in, double[] w) throws ReflectiveOperationException {
      Object a = make(c, in[0], in[1]), ab = make(c, w[0], w[1]);
      double[] k = new double[1];
      call("grow$adjoint", a, ab, in[2], k);
      return new double[] {value(ab), err(ab), k[0]};
    }

    public double[][] jacobian(double[] in) {
      double v = in[0], e = in[1], k = in[2];
      return new double[][] {{k + 2 * v, 1, v}, {2 * v * e, v * v + 2 * e, 0}};
    }
  };

  /** {@code Bounded.invert(src, dest)} with two objects: inputs src's fields, dest's; outputs the result, src's, dest's. */
  static final Case INVERT = new Case() {
    public double[] primal(Class<?> c, double[] in) throws ReflectiveOperationException {
      Object s = make(c, in[0], in[1]), d = make(B, in[2], in[3]);
      double r = (double) call("invert", null, s, d);
      return new double[] {r, value(s), err(s), value(d), err(d)};
    }

    public double[] tangent(Class<?> c, double[] in, double[] dir) throws ReflectiveOperationException {
      Object s = make(c, in[0], in[1]), d = make(B, in[2], in[3]), sd = make(c, dir[0], dir[1]), dd = make(B, dir[2], dir[3]);
      double r = (double) call("invert$tangent", null, s, sd, d, dd);
      return new double[] {r, value(sd), err(sd), value(dd), err(dd)};
    }

    public double[] adjoint(Class<?> c, double[] in, double[] w) throws ReflectiveOperationException {
      Object s = make(c, in[0], in[1]), d = make(B, in[2], in[3]), sb = make(c, w[1], w[2]), db = make(B, w[3], w[4]);
      call("invert$adjoint", null, s, sb, d, db, w[0]);
      return new double[] {value(sb), err(sb), value(db), err(db)};
    }

    public double[][] jacobian(double[] in) {
      double v = in[0], e = in[1];
      return new double[][] {{e, v, 0, 0}, {1, 0, 0, 0}, {0, 1, 0, 0}, {-1 / (v * v), 0, 0, 0}, {0, -1 / (e * e), 0, 0}};
    }
  };

  /** {@code Bounded.invert(b, b)}: det() read the fields that the method then overwrites. */
  static final Case INVERT_IN_PLACE = new Case() {
    public double[] primal(Class<?> c, double[] in) throws ReflectiveOperationException {
      Object b = make(c, in[0], in[1]);
      double r = (double) call("invert", null, b, b);
      return new double[] {r, value(b), err(b)};
    }

    public double[] tangent(Class<?> c, double[] in, double[] dir) throws ReflectiveOperationException {
      Object b = make(c, in[0], in[1]), bd = make(c, dir[0], dir[1]);
      double r = (double) call("invert$tangent", null, b, bd, b, bd);
      return new double[] {r, value(bd), err(bd)};
    }

    public double[] adjoint(Class<?> c, double[] in, double[] w) throws ReflectiveOperationException {
      Object b = make(c, in[0], in[1]), bb = make(c, w[1], w[2]);
      call("invert$adjoint", null, b, bb, b, bb, w[0]);
      return new double[] {value(bb), err(bb)};
    }

    public double[][] jacobian(double[] in) {
      double v = in[0], e = in[1];
      return new double[][] {{e, v}, {-1 / (v * v), 0}, {0, -1 / (e * e)}};
    }
  };

  static final List<Case> CASES = List.of(ADD, GROW, INVERT, INVERT_IN_PLACE);
  static final List<double[]> POINTS = List.of(new double[] {1.5, 0.25, 0.75, -0.5}, new double[] {0.8, 1.3, 1.1, 0.6});
  static final List<String> NAMES = List.of("add", "grow", "invert(src, dest)", "invert(b, b)");

  static double[] point(Case k, double[] p) {
    int n = k.jacobian(p).length == 0 ? 0 : k.jacobian(p)[0].length;
    return java.util.Arrays.copyOf(p, n);
  }

  static double[] unchecked(Fn f) {
    try {
      return f.get();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  interface Fn {
    double[] get() throws ReflectiveOperationException;
  }

  @Test
  void noDiagnosticForTheSplitCalls() {
    assertEquals(List.of(), L.result(Bounded.class).diagnostics());
  }

  @Test
  void bothModesAgainstTheAnalyticJacobian() {
    for (int c = 0; c < CASES.size(); c++) {
      Case k = CASES.get(c);
      for (double[] p : POINTS) {
        double[] x = point(k, p);
        double[][] jac = k.jacobian(x);
        for (Class<?> r : new Class<?>[] {B, PLAIN}) {
          String what = NAMES.get(c) + " on " + r.getSimpleName() + " at " + java.util.Arrays.toString(x);
          for (int i = 0; i < x.length; i++) {
            double[] dir = new double[x.length];
            dir[i] = 1;
            double[] jv = unchecked(() -> k.tangent(r, x, dir));
            for (int o = 0; o < jac.length; o++) assertEquals(jac[o][i], jv[o], 1e-13 * Math.max(1, Math.abs(jac[o][i])), what + ": tangent d" + o + "/d" + i);
          }
          for (int o = 0; o < jac.length; o++) {
            double[] w = new double[jac.length];
            w[o] = 1;
            double[] g = unchecked(() -> k.adjoint(r, x, w));
            for (int i = 0; i < x.length; i++) assertEquals(jac[o][i], g[i], 1e-13 * Math.max(1, Math.abs(jac[o][i])), what + ": adjoint d" + o + "/d" + i);
          }
        }
      }
    }
  }

  @Test
  void bothModesAgainstCentralDifferencesAndTheDotProduct() {
    java.util.Random rnd = new java.util.Random(11);
    for (int c = 0; c < CASES.size(); c++) {
      Case k = CASES.get(c);
      double[] x = point(k, POINTS.get(0));
      int m = k.jacobian(x).length;
      for (int trial = 0; trial < 3; trial++) {
        double[] v = new double[x.length];
        for (int i = 0; i < v.length; i++) v[i] = rnd.nextGaussian();
        FiniteDifferences.Estimate[] fd = FiniteDifferences.directional(in -> unchecked(() -> k.primal(B, in)), x, v);
        double[] jv = unchecked(() -> k.tangent(B, x, v));
        for (int o = 0; o < m; o++) {
          assertEquals(fd[o].value(), jv[o], fd[o].tolerance(1e-9), NAMES.get(c) + ": tangent, output " + o);
          double[] w = new double[m];
          w[o] = 1;
          double[] g = unchecked(() -> k.adjoint(B, x, w));
          double gv = 0;
          for (int i = 0; i < v.length; i++) gv += g[i] * v[i];
          assertEquals(fd[o].value(), gv, fd[o].tolerance(1e-9), NAMES.get(c) + ": adjoint, output " + o);
        }
      }
      DotProductCheck.check(NAMES.get(c), x, m, (in, d) -> unchecked(() -> k.tangent(PLAIN, in, d)),
          (in, w) -> unchecked(() -> k.adjoint(PLAIN, in, w)), 17, 4);
    }
  }

  @Test
  void aReceiverThatOverridesTheCalleeFailsNamingItsClass() {
    double[] x = point(ADD, POINTS.get(0));
    Class<?> coarse = L.get(Bounded.Coarse.class);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> ADD.adjoint(coarse, x, new double[] {1, 0, 0, 0}));
    assertTrue(e.getMessage().contains("Bounded$Coarse overrides") && e.getMessage().contains("Bounded.unit"), e.getMessage());
    // the tangent dispatches to the override's companion: unit() is 0.5 there
    double[] jv = unchecked(() -> ADD.tangent(coarse, x, new double[] {1, 0, 0, 0}));
    assertEquals(0.5 * Math.signum(x[0] + x[2]), jv[1], 1e-15);

    Class<?> skewed = L.get(Bounded.Skewed.class);
    double[] y = point(INVERT_IN_PLACE, POINTS.get(1));
    e = assertThrows(IllegalStateException.class, () -> INVERT_IN_PLACE.adjoint(skewed, y, new double[] {1, 0, 0}));
    assertTrue(e.getMessage().contains("Bounded$Skewed overrides") && e.getMessage().contains("Bounded.det"), e.getMessage());
  }

  /** Calls that cannot be reversed split (an array result, an abstract callee) stay refused, at their line, in reverse mode only. */
  @Test
  void callsThatCannotBeSplitStayRefusedAtTheirLine() {
    assertRefused(Refusals.Pairs.class, "fold", "an object with a shadow passed to double[] Refusals.Pairs.pair() is written after the call", "fold$tangent");
    assertRefused(Refusals.Scaled.class, "apply", "calls double Refusals.Scaled.factor() with an object that has a shadow", "apply$tangent");
  }

  private static void assertRefused(Class<?> fixture, String method, String reason, String tangent) {
    List<Diagnostic> ds = L.result(fixture).diagnostics();
    assertEquals(1, ds.size(), ds.toString());
    Diagnostic d = ds.get(0);
    assertEquals(method + "()V", d.method());
    assertEquals("adjoint", d.mode());
    assertTrue(d.line() > 0, d.toString());
    assertTrue(d.reason().contains(reason), d.reason());
    assertTrue(d.reason().contains("objects are not snapshotted"), d.reason());
    assertNotNull(unchecked(() -> {
      L.get(fixture).getMethod(tangent, L.get(fixture));
      return new double[0];
    }));
  }
}
