package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.objects.fixtures.chains.ChainCplx;
import dev.leibniz.objects.fixtures.chains.ChainVec;
import dev.leibniz.objects.fixtures.chains.MutableChain;
import dev.leibniz.objects.fixtures.chains.OpenMutableChain;
import dev.leibniz.oracle.JacobianCheck;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.hipparchus.complex.Complex;
import org.junit.jupiter.api.Test;

/**
 * Chains of value-object operations (issue 10, "Objects": a value object made by one call and given to another):
 * {@code log().multiply(x).exp()} of a Commons Numbers-shaped {@code Complex}, {@code a.subtract(b).crossProduct(c)
 * .getNorm()} of a {@code Vector3D}-shaped vector, and a chain whose middle call returns its receiver on one path. The
 * classes' instance fields are all final; the object one call returns is given, with the shadow that call returned
 * (tangent) or left on the tape (the adjoint shadow its split reverse takes its result's seed from), to the next. Each
 * in both modes against the analytic Jacobian (Hipparchus' {@code Complex} for the complex ones), central differences
 * and the dot-product test; the same chain of an open mutable class stays refused with its line.
 */
class ObjectChainsTest {
  static final Transformed CPLX = Transformed.of(ChainCplx.class, true); // warnings: exact tests (im == 0, s == 1)
  static final Class<?> C = CPLX.type;
  static final Transformed VEC = Transformed.of(ChainVec.class, true);
  static final Class<?> V = VEC.type;

  static Object call(Method m, Object receiver, Object... args) {
    try {
      m.setAccessible(true);
      return m.invoke(receiver, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw new AssertionError(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** The one method {@code name} of {@code t}, or a failure listing the diagnostics and the methods there are. */
  static Method only(Transformed t, String name) {
    Method found = null;
    for (Method m : t.type.getDeclaredMethods()) {
      if (m.getName().equals(name)) {
        assertTrue(found == null, "two methods " + name);
        found = m;
      }
    }
    if (found == null) {
      throw new AssertionError(name + " missing: " + t.result.diagnostics() + "; methods " + Arrays.toString(t.type.getDeclaredMethods()));
    }
    found.setAccessible(true);
    return found;
  }

  static Object cplx(double re, double im) {
    return call(CPLX.method("of", double.class, double.class), null, re, im);
  }

  static double[] parts(Object z) {
    return new double[] {(double) call(CPLX.method("re"), z), (double) call(CPLX.method("im"), z)};
  }

  /** [[Re f', -Im f'], [Im f', Re f']] per complex input of a holomorphic f whose derivatives are {@code d}. */
  static double[][] holomorphic(Complex... d) {
    double[][] j = new double[2][2 * d.length];
    for (int k = 0; k < d.length; k++) {
      j[0][2 * k] = d[k].getReal();
      j[0][2 * k + 1] = -d[k].getImaginary();
      j[1][2 * k] = d[k].getImaginary();
      j[1][2 * k + 1] = d[k].getReal();
    }
    return j;
  }

  /**
   * {@code name(x, passive...)} of the receiver {@code v[0] + i v[1]} and the parameter {@code v[2] + i v[3]}, passive
   * arguments after it: both modes against {@code expected}, central differences and the dot-product test.
   */
  static void checkBinary(String name, double[] at, double[][] expected, Object... passive) {
    Method primal = only(CPLX, name), tangent = only(CPLX, name + "$tangent"), adjoint = only(CPLX, name + "$adjoint");
    JacobianCheck.check(name + Arrays.toString(passive), at,
        v -> parts(call(primal, cplx(v[0], v[1]), join(new Object[] {cplx(v[2], v[3])}, passive))),
        (v, dv) -> {
          Object shadow = call(tangent, cplx(v[0], v[1]), join(new Object[] {cplx(dv[0], dv[1]), cplx(v[2], v[3]), cplx(dv[2], dv[3])},
              passive));
          assertEquals(C, shadow.getClass(), name + ": the tangent returns the result's shadow");
          return parts(shadow);
        },
        (v, w) -> {
          Object zbar = cplx(0, 0), xbar = cplx(0, 0);
          Object r = call(adjoint, cplx(v[0], v[1]), join(join(new Object[] {zbar, cplx(v[2], v[3]), xbar}, passive),
              new Object[] {cplx(w[0], w[1])}));
          double[] value = parts(call(primal, cplx(v[0], v[1]), join(new Object[] {cplx(v[2], v[3])}, passive)));
          assertEquals(Arrays.toString(value), Arrays.toString(parts(r)), name + ": the adjoint returns the primal result");
          double[] z = parts(zbar), x = parts(xbar);
          return new double[] {z[0], z[1], x[0], x[1]};
        },
        expected);
  }

  static Object[] join(Object[] a, Object[] b) {
    Object[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void powIsLogThenMultiplyThenExp() {
    for (double[] at : new double[][] {{1.3, -0.7, 0.4, 0.3}, {-0.6, 0.8, 1.7, -0.9}}) {
      Complex z = new Complex(at[0], at[1]), x = new Complex(at[2], at[3]), p = z.pow(x);
      checkBinary("pow", at, holomorphic(x.multiply(p).divide(z), p.multiply(z.log())));
    }
  }

  @Test
  void theMiddleCallReturningItsReceiverOrANewObject() {
    double[] at = {1.3, -0.7, 0.4, 0.3};
    Complex z = new Complex(at[0], at[1]), x = new Complex(at[2], at[3]);
    for (int k : new int[] {1, 3}) { // scale(1) returns the product itself, scale(3) a new object
      Complex f = z.multiply(x).multiply(k).exp();
      checkBinary("scaledExp", at, holomorphic(x.multiply(k).multiply(f), z.multiply(k).multiply(f)), k);
    }
  }

  @Test
  void theConstantReturnedInTheChainHasAZeroDerivative() {
    Object z = cplx(Double.NaN, 0.5), x = cplx(0.4, 0.3);
    Object shadow = call(only(CPLX, "pow$tangent"), z, cplx(1, 1), x, cplx(1, 1));
    assertEquals("[0.0, 0.0]", Arrays.toString(parts(shadow)), "log's NAN, then NAN's exp: a zero tangent");
    Object zbar = cplx(0, 0), xbar = cplx(0, 0);
    Object r = call(only(CPLX, "pow$adjoint"), z, zbar, x, xbar, cplx(1, 1));
    assertTrue(r == call(only(CPLX, "pow"), z, x), "the adjoint returns the constant itself");
    // the constant's seed goes nowhere: log's NAN passes nothing to the receiver (x's adjoint is NAN's NaN times 0)
    assertEquals("[0.0, 0.0]", Arrays.toString(parts(zbar)), "no seed reaches the receiver");
  }

  static Object vec(double[] v, int from) {
    try {
      return V.getConstructor(double.class, double.class, double.class).newInstance(v[from], v[from + 1], v[from + 2]);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static double[] coords(Object o) {
    return new double[] {(double) call(VEC.method("getX"), o), (double) call(VEC.method("getY"), o), (double) call(VEC.method("getZ"), o)};
  }

  @Test
  void aCrossProductOfADifferenceThenItsNorm() {
    double[] at = {3.0, -4.0, 1.2, 0.3, 1.2, -0.5, -0.7, 0.4, 2.0}; // a, b, c
    double[] u = {at[0] - at[3], at[1] - at[4], at[2] - at[5]}, c = {at[6], at[7], at[8]};
    double[] w = cross(u, c);
    double norm = Math.sqrt(w[0] * w[0] + w[1] * w[1] + w[2] * w[2]);
    double[] n = {w[0] / norm, w[1] / norm, w[2] / norm};
    double[] du = cross(c, n), dc = cross(n, u); // d|u x c| = n.(du x c) + n.(u x dc) = du.(c x n) + dc.(n x u)
    double[] exact = {du[0], du[1], du[2], -du[0], -du[1], -du[2], dc[0], dc[1], dc[2]};
    Method primal = only(VEC, "crossNorm"), tangent = only(VEC, "crossNorm$tangent"), adjoint = only(VEC, "crossNorm$adjoint");
    JacobianCheck.check("crossNorm", at,
        v -> new double[] {(double) call(primal, vec(v, 0), vec(v, 3), vec(v, 6))},
        (v, dv) -> new double[] {(double) call(tangent, vec(v, 0), vec(dv, 0), vec(v, 3), vec(dv, 3), vec(v, 6), vec(dv, 6))},
        (v, s) -> {
          double[] zero = new double[9];
          Object abar = vec(zero, 0), bbar = vec(zero, 0), cbar = vec(zero, 0);
          double y = (double) call(adjoint, vec(v, 0), abar, vec(v, 3), bbar, vec(v, 6), cbar, s[0]);
          assertEquals((double) call(primal, vec(v, 0), vec(v, 3), vec(v, 6)), y, 0, "the adjoint returns the primal value");
          double[] g = new double[9];
          System.arraycopy(coords(abar), 0, g, 0, 3);
          System.arraycopy(coords(bbar), 0, g, 3, 3);
          System.arraycopy(coords(cbar), 0, g, 6, 3);
          return g;
        },
        new double[][] {exact});
  }

  static double[] cross(double[] a, double[] b) {
    return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
  }

  @Test
  void theSameChainOfAnOpenMutableClassStaysRefusedWithItsLine() {
    Transformed t = Transformed.of(OpenMutableChain.class, true);
    Diagnostic d = t.result.diagnostics().stream().filter(x -> !x.warning() && x.method().startsWith("chained(")).findFirst()
        .orElse(null);
    assertNotNull(d, "chained refused: " + t.result.diagnostics());
    assertEquals(32, d.line(), d.message());
    assertTrue(d.message().contains("OpenMutableChain returned by"), d.message());
    assertTrue(d.message().contains("may be a new object that call made, and is given to a call here"), d.message());
  }

  /**
   * The final mutable class's chain is differentiated through its factory taken apart: {@code chained = (x + o.x) s}
   * (s != 1), in both modes against the analytic gradient {@code (s, 0, s, 0, x + o.x)} and central differences.
   */
  @Test
  void theChainOfAFinalMutableClassIsTakenApart() throws ReflectiveOperationException {
    Transformed t = Transformed.of(MutableChain.class, true); // warning: the exact test s == 1
    Class<?> c = t.type;
    java.lang.reflect.Constructor<?> pair = c.getConstructor(double.class, double.class);
    Method primal = t.method("chained", c, double.class);
    Method tangent = only(t, "chained$tangent");
    Method adjoint = only(t, "chained$adjoint");
    for (double[] p : new double[][] {{1.5, 2.0, 0.25, -1.0, 3.0}, {-0.5, 0.75, 2.0, 1.25, 2.5}}) {
      Object a = pair.newInstance(p[0], p[1]), o = pair.newInstance(p[2], p[3]);
      double[] exact = {p[4], 0, p[4], 0, p[0] + p[2]};
      for (int k = 0; k < 5; k++) {
        double[] e = new double[5];
        e[k] = 1;
        double dy = (double) call(tangent, a, pair.newInstance(e[0], e[1]), o, pair.newInstance(e[2], e[3]), p[4], e[4]);
        assertEquals(exact[k], dy, 1e-12, "tangent along input " + k);
        double h = 1e-6, up = chained(primal, pair, p, k, h), down = chained(primal, pair, p, k, -h);
        assertEquals(exact[k], (up - down) / (2 * h), 1e-6, "central difference along input " + k);
      }
      Object abar = pair.newInstance(0.0, 0.0), obar = pair.newInstance(0.0, 0.0);
      double[] sbar = new double[1];
      double y = (double) call(adjoint, a, abar, o, obar, p[4], 1.0, sbar);
      assertEquals((double) call(primal, a, o, p[4]), y, 0, "the adjoint returns the primal value");
      double[] g = {c.getField("x").getDouble(abar), c.getField("y").getDouble(abar), c.getField("x").getDouble(obar),
          c.getField("y").getDouble(obar), sbar[0]};
      for (int k = 0; k < 5; k++) assertEquals(exact[k], g[k], 1e-12, "adjoint of input " + k);
    }
  }

  private static double chained(Method primal, java.lang.reflect.Constructor<?> pair, double[] p, int k, double h)
      throws ReflectiveOperationException {
    double[] q = p.clone();
    q[k] += h;
    return (double) call(primal, pair.newInstance(q[0], q[1]), pair.newInstance(q[2], q[3]), q[4]);
  }
}
