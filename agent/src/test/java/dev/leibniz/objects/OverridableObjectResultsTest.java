package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.objects.fixtures.overridden.Arrow;
import dev.leibniz.objects.fixtures.overridden.Dir;
import dev.leibniz.oracle.JacobianCheck;
import dev.leibniz.oracle.LinkedFixtures;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.function.Function;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;

/**
 * A marked overridable method of a class that is not final, returning an object with a shadow, called for that result
 * by another marked method (Ardor3D's {@code normalize(store)} returning {@code multiply(scalar, store)}, {@code
 * fromAxes} returning {@code fromRotationMatrix(...)}, i.e. {@code this}; Commons Geometry's {@code angle} reading the
 * norm of {@code cross(v)}, a new vector). The tangent dispatches as before; the adjoint reverses the callee in split
 * mode from the class's own code, which leaves the result's adjoint shadow for the caller, behind the check that the
 * receiver runs that code (joint reversal, which dispatch would pick, cannot give the caller that shadow: it was
 * refused). Both modes against the analytic Jacobian or {@code DerivativeStructure}, central differences and the
 * dot-product test ({@link JacobianCheck}); a receiver of a subclass that runs the same code gets the same derivative,
 * one whose class overrides the callee fails in the adjoint naming it, while its tangent dispatches to the override.
 */
class OverridableObjectResultsTest {
  // Arrow.Doubled's scale gets the load-time warning of an override writing state (checked below)
  static final LinkedFixtures L = LinkedFixtures.allowingDiagnostics(Arrow.class, Arrow.Doubled.class, Arrow.Plain.class, Dir.class, Dir.Flipped.class);
  static final Class<?> A = L.get(Arrow.class);
  static final Class<?> V = L.get(Dir.class);

  // ---------------------------------------------------------------- reflection on the linked classes

  static Method named(Class<?> c, String name) {
    for (Method m : c.getMethods()) {
      if (m.getName().equals(name)) return m;
    }
    throw new AssertionError("no " + name + " in " + c);
  }

  static Object call(Class<?> c, String name, Object receiver, Object... args) {
    try {
      return named(c, name).invoke(receiver, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException) throw (RuntimeException) e.getCause();
      throw new AssertionError(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static Object make(Class<?> c, double x, double y, double z) {
    try {
      return c.getConstructor(double.class, double.class, double.class).newInstance(x, y, z);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** The three fields of an Arrow or a Dir (declared by {@code c}). */
  static double[] fields(Class<?> c, Object o) {
    try {
      double[] v = new double[3];
      for (int i = 0; i < 3; i++) {
        java.lang.reflect.Field f = c.getDeclaredField("xyz".substring(i, i + 1));
        f.setAccessible(true);
        v[i] = f.getDouble(o);
      }
      return v;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** {@code o}'s three fields set from {@code v[at..at+2]}, final ones too (a shadow, or a seed). */
  static <T> T fill(Class<?> c, T o, double[] v, int at) {
    try {
      for (int i = 0; i < 3; i++) {
        java.lang.reflect.Field f = c.getDeclaredField("xyz".substring(i, i + 1));
        f.setAccessible(true);
        f.setDouble(o, v[at + i]);
      }
      return o;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static double[] concat(double[] a, double[] b) {
    double[] o = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, o, a.length, b.length);
    return o;
  }

  // ---------------------------------------------------------------- unit(store): scale(1 / n, store)'s result

  /** unit: the receiver (x, y, z) -> the store's fields, which are the result. */
  static double[] unit(Class<?> receiverClass, double[] in) {
    Object r = make(receiverClass, in[0], in[1], in[2]), store = make(A, 9, 9, 9);
    assertSame(store, call(A, "unit", r, store));
    return fields(A, store);
  }

  static double[] unitTangent(Class<?> receiverClass, double[] in, double[] dir) {
    Object r = make(receiverClass, in[0], in[1], in[2]), store = make(A, 9, 9, 9);
    Object dr = fill(A, Derivatives.zeroShadow(r), dir, 0), dstore = Derivatives.zeroShadow(store);
    assertSame(dstore, call(A, "unit$tangent", r, dr, store, dstore), "the result's shadow is the store's");
    return fields(A, dstore);
  }

  /** The seed through the store's adjoint shadow, or through the result's seed; the store's old values get none. */
  static double[] unitAdjoint(Class<?> receiverClass, double[] in, double[] w, boolean throughResult) {
    Object r = make(receiverClass, in[0], in[1], in[2]), store = make(A, 9, 9, 9);
    Object rbar = Derivatives.zeroShadow(r), storeBar = Derivatives.zeroShadow(store), seed = null;
    if (throughResult) {
      seed = fill(A, Derivatives.zeroShadow(store), w, 0);
    } else {
      fill(A, storeBar, w, 0);
    }
    assertSame(store, call(A, "unit$adjoint", r, rbar, store, storeBar, seed));
    assertEquals(0, java.util.Arrays.stream(fields(A, storeBar)).map(Math::abs).sum(), 0, "the store's old values are overwritten");
    return fields(A, rbar);
  }

  static double[][] unitJacobian(double[] v) {
    double n = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
    double[][] j = new double[3][3];
    for (int a = 0; a < 3; a++) {
      for (int b = 0; b < 3; b++) j[a][b] = ((a == b ? 1 : 0) - v[a] * v[b] / (n * n)) / n;
    }
    return j;
  }

  @Test
  void aStoreReturnedByAnOverridableCalleeInBothModes() {
    for (Class<?> c : new Class<?>[] {A, L.get(Arrow.Plain.class)}) { // a subclass running Arrow.scale: the same
      for (double[] in : new double[][] {{1.2, -0.7, 2.1}, {-0.3, 0.8, 0.5}}) {
        for (boolean throughResult : new boolean[] {false, true}) {
          JacobianCheck.check("unit", in, v -> unit(c, v), (v, d) -> unitTangent(c, v, d),
              (v, w) -> unitAdjoint(c, v, w, throughResult), unitJacobian(in));
        }
      }
    }
  }

  // ---------------------------------------------------------------- scaledProduct(s, store): a number from the result

  static double[] scaledProduct(double[] in) {
    Object r = make(A, in[0], in[1], in[2]), store = make(A, 0, 0, 0);
    return new double[] {(double) call(A, "scaledProduct", r, in[3], store)};
  }

  static double[] scaledProductTangent(double[] in, double[] dir) {
    Object r = make(A, in[0], in[1], in[2]), store = make(A, 0, 0, 0);
    Object dr = fill(A, Derivatives.zeroShadow(r), dir, 0);
    return new double[] {(double) call(A, "scaledProduct$tangent", r, dr, in[3], dir[3], store, Derivatives.zeroShadow(store))};
  }

  static double[] scaledProductAdjoint(double[] in, double[] w) {
    Object r = make(A, in[0], in[1], in[2]), store = make(A, 0, 0, 0);
    Object rbar = Derivatives.zeroShadow(r);
    double[] grad = new double[1];
    call(A, "scaledProduct$adjoint", r, rbar, in[3], store, Derivatives.zeroShadow(store), w[0], grad);
    return concat(fields(A, rbar), grad);
  }

  @Test
  void aNumberReadFromTheStoreInBothModes() {
    for (double[] in : new double[][] {{1.2, -0.7, 2.1, 0.6}, {-0.3, 0.8, 0.5, -1.7}}) {
      double x = in[0], y = in[1], z = in[2], s = in[3];
      double[][] exact = {{s * y, x * s, s, x * y + z}};
      JacobianCheck.check("scaledProduct", in, OverridableObjectResultsTest::scaledProduct,
          OverridableObjectResultsTest::scaledProductTangent, OverridableObjectResultsTest::scaledProductAdjoint, exact);
    }
  }

  @Test
  void aReceiverWhoseClassOverridesTheCalleeFailsInTheAdjointNamingIt() {
    Class<?> doubled = L.get(Arrow.Doubled.class);
    double[] in = {1.2, -0.7, 2.1};
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> unitAdjoint(doubled, in, new double[] {1, 0, 0}, false));
    assertTrue(e.getMessage().startsWith("leibniz: ") && e.getMessage().contains("Arrow$Doubled overrides"), e.getMessage());
    // the tangent dispatches to the override's own companion: the derivative of 2 v / |v|
    double[][] j = unitJacobian(in);
    for (int k = 0; k < 3; k++) {
      double[] e3 = new double[3];
      e3[k] = 1;
      double[] col = unitTangent(doubled, in, e3);
      for (int i = 0; i < 3; i++) assertEquals(2 * j[i][k], col[i], 1e-13, "the override's tangent");
    }
  }

  // ---------------------------------------------------------------- polar(r, t): set(...)'s result, the receiver

  static double[] polar(double[] in) {
    Object p = make(A, 5, 6, 7);
    assertSame(p, call(A, "polar", p, in[0], in[1]));
    return fields(A, p);
  }

  static double[] polarTangent(double[] in, double[] dir) {
    Object p = make(A, 5, 6, 7), dp = Derivatives.zeroShadow(p);
    assertSame(dp, call(A, "polar$tangent", p, dp, in[0], dir[0], in[1], dir[1]));
    return fields(A, dp);
  }

  static double[] polarAdjoint(double[] in, double[] w) {
    Object p = make(A, 5, 6, 7), pbar = fill(A, Derivatives.zeroShadow(p), w, 0);
    double[] grad = new double[2];
    assertSame(p, call(A, "polar$adjoint", p, pbar, in[0], in[1], null, grad));
    assertEquals(0, java.util.Arrays.stream(fields(A, pbar)).map(Math::abs).sum(), 0, "the receiver's old values are overwritten");
    return grad;
  }

  @Test
  void theReceiverReturnedByAnOverridableCalleeInBothModes() {
    for (double[] in : new double[][] {{1.3, 0.4}, {0.7, -2.2}}) {
      double r = in[0], t = in[1];
      double[][] exact = {{Math.cos(t), -r * Math.sin(t)}, {Math.sin(t), r * Math.cos(t)}, {t, r}};
      JacobianCheck.check("polar", in, OverridableObjectResultsTest::polar, OverridableObjectResultsTest::polarTangent,
          OverridableObjectResultsTest::polarAdjoint, exact);
    }
  }

  // ---------------------------------------------------------------- sine(v): the norm of cross(v), a new object

  /** sine: (the receiver's x, y, z, v's x, y, z) -> |u x v| / (|u| |v|). */
  static double[] sine(Class<?> receiverClass, double[] in) {
    Object u = make(receiverClass, in[0], in[1], in[2]), v = make(V, in[3], in[4], in[5]);
    return new double[] {(double) call(V, "sine", u, v)};
  }

  static double[] sineTangent(Class<?> receiverClass, double[] in, double[] dir) {
    Object u = make(receiverClass, in[0], in[1], in[2]), v = make(V, in[3], in[4], in[5]);
    Object du = fill(V, Derivatives.zeroShadow(u), dir, 0), dv = fill(V, Derivatives.zeroShadow(v), dir, 3);
    return new double[] {(double) call(V, "sine$tangent", u, du, v, dv)};
  }

  static double[] sineAdjoint(Class<?> receiverClass, double[] in, double[] w) {
    Object u = make(receiverClass, in[0], in[1], in[2]), v = make(V, in[3], in[4], in[5]);
    Object ubar = Derivatives.zeroShadow(u), vbar = Derivatives.zeroShadow(v);
    call(V, "sine$adjoint", u, ubar, v, vbar, w[0]);
    return concat(fields(V, ubar), fields(V, vbar));
  }

  static DerivativeStructure[] sineExact(DerivativeStructure[] d) {
    DerivativeStructure cx = d[1].multiply(d[5]).subtract(d[2].multiply(d[4]));
    DerivativeStructure cy = d[2].multiply(d[3]).subtract(d[0].multiply(d[5]));
    DerivativeStructure cz = d[0].multiply(d[4]).subtract(d[1].multiply(d[3]));
    Function<DerivativeStructure[], DerivativeStructure> norm = c -> c[0].square().add(c[1].square()).add(c[2].square()).sqrt();
    DerivativeStructure nu = norm.apply(new DerivativeStructure[] {d[0], d[1], d[2]});
    DerivativeStructure nv = norm.apply(new DerivativeStructure[] {d[3], d[4], d[5]});
    return new DerivativeStructure[] {norm.apply(new DerivativeStructure[] {cx, cy, cz}).divide(nu.multiply(nv))};
  }

  @Test
  void aNewObjectReturnedByAnOverridableCalleeInBothModes() {
    for (double[] in : new double[][] {{1.2, -0.7, 2.1, 0.4, 0.9, -1.3}, {1.2, -0.7, 2.1, 1.25, -0.66, 2.05}}) {
      double[][] exact = ComputingConstructorsTest.exact(in, OverridableObjectResultsTest::sineExact);
      JacobianCheck.check("sine", in, v -> sine(V, v), (v, d) -> sineTangent(V, v, d), (v, w) -> sineAdjoint(V, v, w), exact);
    }
  }

  @Test
  void aNewObjectFromAReceiverWhoseClassOverridesTheCallee() {
    Class<?> flipped = L.get(Dir.Flipped.class);
    double[] in = {1.2, -0.7, 2.1, 0.4, 0.9, -1.3};
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> sineAdjoint(flipped, in, new double[] {1}));
    assertTrue(e.getMessage().startsWith("leibniz: ") && e.getMessage().contains("Dir$Flipped overrides"), e.getMessage());
    // the tangent dispatches to Flipped.cross's own companion: v x u has the same norm
    double[][] exact = ComputingConstructorsTest.exact(in, OverridableObjectResultsTest::sineExact);
    for (int k = 0; k < in.length; k++) {
      double[] d = new double[in.length];
      d[k] = 1;
      assertEquals(exact[0][k], sineTangent(flipped, in, d)[0], 1e-13, "the override's tangent");
    }
  }

  @Test
  void noDiagnosticButTheOverridesWarning() {
    for (Class<?> c : new Class<?>[] {Arrow.class, Arrow.Plain.class, Dir.class, Dir.Flipped.class}) {
      assertEquals(java.util.List.of(), L.result(c).diagnostics(), c.getName());
    }
    var d = L.result(Arrow.Doubled.class).diagnostics();
    assertEquals(1, d.size(), d::toString);
    assertTrue(d.get(0).warning() && d.get(0).reason().startsWith("it overrides Arrow Arrow.scale(double, Arrow)"), d::toString);
  }
}
