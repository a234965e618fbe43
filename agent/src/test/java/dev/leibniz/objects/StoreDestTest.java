package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.objects.fixtures.dest.CountedStore;
import dev.leibniz.objects.fixtures.dest.IntoDest;
import dev.leibniz.objects.fixtures.dest.JVec;
import dev.leibniz.objects.fixtures.dest.NullStore;
import dev.leibniz.objects.fixtures.dest.Quat;
import dev.leibniz.objects.fixtures.dest.StoredAway;
import dev.leibniz.objects.fixtures.dest.StoredFromCall;
import dev.leibniz.objects.fixtures.dest.TempDest;
import dev.leibniz.objects.fixtures.dest.UnitStore;
import dev.leibniz.objects.fixtures.dest.Vec3;
import dev.leibniz.oracle.DotProductCheck;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The "store / dest" idiom of geometry libraries (JOML, jME, libGDX; README, "Objects"): a marked method writes its
 * result into an object passed in, or made when none is given, and returns it. (a) {@code cross(a, b, dest)} writes
 * {@code dest} and returns it: the tangent returns the shadow passed with {@code dest}, the adjoint adds the result's
 * seed into {@code dest}'s adjoint shadow and returns the primal. (b) {@code toSpherical(c, store)} with {@code if
 * (store == null) store = new Vec3()} (jME's {@code cartesianToSpherical}): with a store, as (a); with none, the
 * tangent returns a new shadow (made by the same blank constructor, zeroed) and the adjoint takes the seed. (c)
 * {@code a.cross(b, tmp)} into a fresh temporary, then {@code tmp.dot(c)}: the temporary is taken apart. Also JOML's
 * instance form {@code v.cross(w, dest)} (with {@code dest == v}), and a store whose constructor sets {@code w = 1}. Each in both
 * modes against the analytic Jacobian and central differences, and the dot-product test; a store whose constructor is
 * not blank is refused with its line.
 */
class StoreDestTest {
  static final Class<?> V = Vec3.class;

  /** A function of {@code n} inputs and {@code m} outputs, by its primal, tangent, adjoint and analytic Jacobian. */
  record Fn(String name, int n, int m, Function<double[], double[]> primal, Mode tangent, Mode adjoint,
      Function<double[], double[][]> jacobian, double[][] points) {}

  interface Mode {
    double[] at(double[] x, double[] d) throws ReflectiveOperationException;
  }

  static Vec3 vec(double[] x, int from) {
    return new Vec3(x[from], x[from + 1], x[from + 2]);
  }

  static double[] of(Vec3... vs) {
    double[] out = new double[3 * vs.length];
    for (int k = 0; k < vs.length; k++) {
      out[3 * k] = vs[k].x;
      out[3 * k + 1] = vs[k].y;
      out[3 * k + 2] = vs[k].z;
    }
    return out;
  }

  static Object call(Method m, Object... args) throws ReflectiveOperationException {
    try {
      return m.invoke(null, args);
    } catch (InvocationTargetException e) {
      throw new AssertionError(m.getName(), e.getCause());
    }
  }

  // ------------------------------------------------------------------------------------------------ (a)

  static final Transformed INTO = Transformed.of(IntoDest.class);

  /** Inputs a, b and dest's fields on entry (overwritten: zero columns); outputs the returned dest's fields. */
  static Fn intoDest(boolean seedInShadow) throws ReflectiveOperationException {
    Method tangent = INTO.type.getMethod("cross$tangent", V, V, V, V, V, V);
    Method adjoint = INTO.type.getMethod("cross$adjoint", V, V, V, V, V, V, V);
    return new Fn("cross(a, b, dest)" + (seedInShadow ? ", seed in dest's adjoint shadow" : ""), 9, 3,
        x -> of(IntoDest.cross(vec(x, 0), vec(x, 3), vec(x, 6))),
        (x, v) -> {
          Vec3 dest = vec(x, 6), dDest = vec(v, 6);
          Object r = call(tangent, vec(x, 0), vec(v, 0), vec(x, 3), vec(v, 3), dest, dDest);
          assertSame(dDest, r, "the tangent returns the shadow given with dest");
          return of((Vec3) r);
        },
        (x, w) -> {
          Vec3 aBar = new Vec3(), bBar = new Vec3(), dest = vec(x, 6);
          Vec3 destBar = seedInShadow ? vec(w, 0) : new Vec3();
          Object r = call(adjoint, vec(x, 0), aBar, vec(x, 3), bBar, dest, destBar, seedInShadow ? null : vec(w, 0));
          assertSame(dest, r, "the adjoint returns the primal result, dest itself");
          return of(aBar, bBar, destBar);
        },
        x -> crossJacobian(x, 9), new double[][] {{0.3, -1.2, 0.7, 1.1, 0.4, -0.9, 5, 6, 7}});
  }

  static final Transformed JVEC = Transformed.of(JVec.class);

  static Object jvec(double[] x, int from) {
    try {
      return JVEC.type.getConstructor(double.class, double.class, double.class).newInstance(x[from], x[from + 1], x[from + 2]);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static double[] fieldsOf(Object... vs) {
    double[] out = new double[3 * vs.length];
    try {
      for (int k = 0; k < vs.length; k++) {
        for (int c = 0; c < 3; c++) out[3 * k + c] = JVEC.type.getField("xyz".substring(c, c + 1)).getDouble(vs[k]);
      }
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
    return out;
  }

  static Object invoke(Method m, Object receiver, Object... args) throws ReflectiveOperationException {
    try {
      return m.invoke(receiver, args);
    } catch (InvocationTargetException e) {
      throw new AssertionError(m.getName(), e.getCause());
    }
  }

  /**
   * JOML's instance form {@code this.cross(v, dest)}: inputs this, v and dest's fields on entry (a separate dest) or
   * this and v ({@code dest == this}, one shadow for both); outputs the returned dest's fields.
   */
  static Fn jomlCross(boolean destIsThis) throws ReflectiveOperationException {
    Class<?> j = JVEC.type;
    Method primal = j.getMethod("cross", j, j);
    Method tangent = j.getMethod("cross$tangent", j, j, j, j, j);
    Method adjoint = j.getMethod("cross$adjoint", j, j, j, j, j, j);
    return new Fn("this.cross(v, " + (destIsThis ? "this)" : "dest)"), destIsThis ? 6 : 9, 3,
        x -> {
          try {
            Object self = jvec(x, 0);
            return fieldsOf(invoke(primal, self, jvec(x, 3), destIsThis ? self : jvec(x, 6)));
          } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
          }
        },
        (x, v) -> {
          Object self = jvec(x, 0), dSelf = jvec(v, 0);
          Object dest = destIsThis ? self : jvec(x, 6), dDest = destIsThis ? dSelf : jvec(v, 6);
          Object r = invoke(tangent, self, dSelf, jvec(x, 3), jvec(v, 3), dest, dDest);
          assertSame(dDest, r, "the tangent returns dest's shadow");
          return fieldsOf(r);
        },
        (x, w) -> {
          Object self = jvec(x, 0), selfBar = jvec(new double[3], 0), vBar = jvec(new double[3], 0);
          Object dest = destIsThis ? self : jvec(x, 6), destBar = destIsThis ? selfBar : jvec(new double[3], 0);
          Object r = invoke(adjoint, self, selfBar, jvec(x, 3), vBar, dest, destBar, jvec(w, 0));
          assertSame(dest, r, "the adjoint returns dest");
          return destIsThis ? fieldsOf(selfBar, vBar) : fieldsOf(selfBar, vBar, destBar);
        },
        x -> crossJacobian(x, destIsThis ? 6 : 9),
        destIsThis ? new double[][] {{0.3, -1.2, 0.7, 1.1, 0.4, -0.9}} : new double[][] {{0.3, -1.2, 0.7, 1.1, 0.4, -0.9, 5, 6, 7}});
  }

  /** d(a x b) by (a, b, rest...), {@code n} columns. */
  static double[][] crossJacobian(double[] x, int n) {
    double ax = x[0], ay = x[1], az = x[2], bx = x[3], by = x[4], bz = x[5];
    double[][] j = new double[3][n];
    double[][] ab = {{0, bz, -by, 0, -az, ay}, {-bz, 0, bx, az, 0, -ax}, {by, -bx, 0, -ay, ax, 0}};
    for (int o = 0; o < 3; o++) System.arraycopy(ab[o], 0, j[o], 0, 6);
    return j;
  }

  // ------------------------------------------------------------------------------------------------ (b)

  static final Transformed NULL_STORE = Transformed.of(NullStore.class);

  /** With a store: inputs c and the store's fields on entry; without: inputs c. Outputs the result's fields. */
  static Fn toSpherical(boolean withStore) throws ReflectiveOperationException {
    Method tangent = NULL_STORE.type.getMethod("toSpherical$tangent", V, V, V, V);
    Method adjoint = NULL_STORE.type.getMethod("toSpherical$adjoint", V, V, V, V, V);
    return new Fn("toSpherical(c, " + (withStore ? "store)" : "null)"), withStore ? 6 : 3, 3,
        x -> of(NullStore.toSpherical(vec(x, 0), withStore ? vec(x, 3) : null)),
        (x, v) -> {
          Vec3 dStore = withStore ? vec(v, 3) : null;
          Object r = call(tangent, vec(x, 0), vec(v, 0), withStore ? vec(x, 3) : null, dStore);
          if (withStore) assertSame(dStore, r, "the tangent returns the store's shadow");
          else assertSame(V, r.getClass(), "without a store, the tangent returns a new shadow");
          return of((Vec3) r);
        },
        (x, w) -> {
          Vec3 cBar = new Vec3(), store = withStore ? vec(x, 3) : null, storeBar = withStore ? new Vec3() : null;
          Vec3 r = (Vec3) call(adjoint, vec(x, 0), cBar, store, storeBar, vec(w, 0));
          if (withStore) assertSame(store, r, "the adjoint returns the store");
          assertEquals(of(NullStore.toSpherical(vec(x, 0), null))[2], r.z, 0, "the adjoint returns the primal result");
          return withStore ? of(cBar, storeBar) : of(cBar);
        },
        x -> sphericalJacobian(x, withStore ? 6 : 3),
        withStore ? new double[][] {{1.5, 0.5, -0.8, 9, 9, 9}, {-1.5, -0.5, 0.8, 0, 0, 0}}
            : new double[][] {{1.5, 0.5, -0.8}, {-1.5, -0.5, 0.8}});
  }

  static double[][] sphericalJacobian(double[] c, int n) {
    double x = c[0], y = c[1], z = c[2];
    double r2 = x * x + y * y + z * z, r = Math.sqrt(r2), rho2 = x * x + y * y, rho = Math.sqrt(rho2);
    double[][] j = new double[3][n];
    j[0][0] = x / r;
    j[0][1] = y / r;
    j[0][2] = z / r;
    j[1][0] = -y / rho2;
    j[1][1] = x / rho2;
    j[2][0] = -z * x / (r2 * rho);
    j[2][1] = -z * y / (r2 * rho);
    j[2][2] = rho / r2;
    return j;
  }

  static final Transformed UNIT_STORE = Transformed.of(UnitStore.class);
  static final Class<?> Q = Quat.class;

  static Quat quat(double[] x, int from) {
    Quat q = new Quat();
    q.x = x[from];
    q.y = x[from + 1];
    q.z = x[from + 2];
    q.w = x[from + 3];
    return q;
  }

  static double[] of(Quat q) {
    return new double[] {q.x, q.y, q.z, q.w};
  }

  /**
   * A store whose constructor sets {@code w = 1}, read by the method: without a store, the shadow's {@code w} must be 0
   * (d x / d a = w = 1, not 1 + a). Inputs a (and the store's fields on entry); outputs the result's four fields.
   */
  static Fn scaledBy(boolean withStore) throws ReflectiveOperationException {
    Method tangent = UNIT_STORE.type.getMethod("scaledBy$tangent", double.class, double.class, Q, Q);
    Method adjoint = UNIT_STORE.type.getMethod("scaledBy$adjoint", double.class, Q, Q, Q, double[].class);
    return new Fn("scaledBy(a, " + (withStore ? "store)" : "null)"), withStore ? 5 : 1, 4,
        x -> of(UnitStore.scaledBy(x[0], withStore ? quat(x, 1) : null)),
        (x, v) -> of((Quat) call(tangent, x[0], v[0], withStore ? quat(x, 1) : null, withStore ? quat(v, 1) : null)),
        (x, w) -> {
          double[] g = new double[1];
          Quat storeBar = withStore ? new Quat() : null;
          if (storeBar != null) storeBar.w = 0;
          call(adjoint, x[0], withStore ? quat(x, 1) : null, storeBar, quat(w, 0), g);
          return withStore ? new double[] {g[0], storeBar.x, storeBar.y, storeBar.z, storeBar.w} : g;
        },
        x -> {
          double a = x[0], w0 = withStore ? x[4] : 1;
          double[][] j = withStore ? new double[4][5] : new double[4][1];
          j[0][0] = w0;
          j[1][0] = 2 * a;
          if (withStore) {
            j[0][4] = a;
            j[2][4] = 1;
            j[3][4] = 1;
          }
          return j;
        },
        withStore ? new double[][] {{0.7, 5, 6, 7, 1.3}} : new double[][] {{0.7}, {-1.4}});
  }

  // ------------------------------------------------------------------------------------------------ (c)

  static final Transformed TEMP = Transformed.of(TempDest.class);

  static final double[][] TRIPLE_POINTS = {{0.3, -1.2, 0.7, 1.1, 0.4, -0.9, 0.5, 2.0, -1.5}};

  /** (a x b) . c by a, b and c: its gradient is (b x c, c x a, a x b). */
  static double[][] tripleJacobian(double[] x) {
    Vec3 a = vec(x, 0), b = vec(x, 3), c = vec(x, 6);
    return new double[][] {of(b.cross(c, new Vec3()), c.cross(a, new Vec3()), a.cross(b, new Vec3()))};
  }

  static Fn tripleOfObjects() throws ReflectiveOperationException {
    Method tangent = TEMP.type.getMethod("triple$tangent", V, V, V, V, V, V);
    Method adjoint = TEMP.type.getMethod("triple$adjoint", V, V, V, V, V, V, double.class);
    return new Fn("triple(a, b, c)", 9, 1, x -> new double[] {TempDest.triple(vec(x, 0), vec(x, 3), vec(x, 6))},
        (x, v) -> new double[] {(double) call(tangent, vec(x, 0), vec(v, 0), vec(x, 3), vec(v, 3), vec(x, 6), vec(v, 6))},
        (x, w) -> {
          Vec3 aBar = new Vec3(), bBar = new Vec3(), cBar = new Vec3();
          call(adjoint, vec(x, 0), aBar, vec(x, 3), bBar, vec(x, 6), cBar, w[0]);
          return of(aBar, bBar, cBar);
        },
        StoreDestTest::tripleJacobian, TRIPLE_POINTS);
  }

  static Fn tripleOfScalars() throws ReflectiveOperationException {
    Class<?>[] nine = new Class<?>[9];
    java.util.Arrays.fill(nine, double.class);
    Class<?>[] eighteen = new Class<?>[18];
    java.util.Arrays.fill(eighteen, double.class);
    Class<?>[] adjointTypes = new Class<?>[11];
    java.util.Arrays.fill(adjointTypes, double.class);
    adjointTypes[10] = double[].class;
    Method primal = TEMP.type.getMethod("tripleOf", nine);
    Method tangent = TEMP.type.getMethod("tripleOf$tangent", eighteen);
    Method adjoint = TEMP.type.getMethod("tripleOf$adjoint", adjointTypes);
    return new Fn("tripleOf(9 doubles)", 9, 1, x -> {
          try {
            return new double[] {(double) call(primal, boxed(x))};
          } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
          }
        },
        (x, v) -> {
          Object[] args = new Object[18];
          for (int k = 0; k < 9; k++) {
            args[2 * k] = x[k];
            args[2 * k + 1] = v[k];
          }
          return new double[] {(double) call(tangent, args)};
        },
        (x, w) -> {
          double[] g = new double[9];
          Object[] args = new Object[11];
          for (int k = 0; k < 9; k++) args[k] = x[k];
          args[9] = w[0];
          args[10] = g;
          call(adjoint, args);
          return g;
        },
        StoreDestTest::tripleJacobian, TRIPLE_POINTS);
  }

  static Object[] boxed(double[] x) {
    Object[] out = new Object[x.length];
    for (int k = 0; k < x.length; k++) out[k] = x[k];
    return out;
  }

  // ------------------------------------------------------------------------------------------------ checks

  static List<Fn> all() throws ReflectiveOperationException {
    return List.of(intoDest(false), intoDest(true), jomlCross(false), jomlCross(true), toSpherical(true), toSpherical(false), scaledBy(true), scaledBy(false),
        tripleOfObjects(), tripleOfScalars());
  }

  static double[] run(Fn f, Mode mode, double[] x, double[] d) {
    try {
      return mode.at(x, d);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(f.name(), e);
    }
  }

  static double[] unit(int n, int k) {
    double[] e = new double[n];
    e[k] = 1;
    return e;
  }

  @Test
  void bothModesAgainstTheAnalyticJacobian() throws Exception {
    againstTheAnalyticJacobian(all());
  }

  /** Each function's tangent columns and adjoint rows against its analytic Jacobian, at each of its points. */
  static void againstTheAnalyticJacobian(List<Fn> fns) {
    for (Fn f : fns) {
      for (double[] x : f.points()) {
        double[][] j = f.jacobian().apply(x);
        for (int i = 0; i < f.n(); i++) {
          double[] col = run(f, f.tangent(), x, unit(f.n(), i));
          for (int o = 0; o < f.m(); o++) {
            assertEquals(j[o][i], col[o], 1e-14 * Math.max(1, Math.abs(j[o][i])), f.name() + " tangent d" + o + "/d" + i);
          }
        }
        for (int o = 0; o < f.m(); o++) {
          double[] row = run(f, f.adjoint(), x, unit(f.m(), o));
          for (int i = 0; i < f.n(); i++) {
            assertEquals(j[o][i], row[i], 1e-14 * Math.max(1, Math.abs(j[o][i])), f.name() + " adjoint d" + o + "/d" + i);
          }
        }
      }
    }
  }

  @Test
  void bothModesAgainstFiniteDifferences() throws Exception {
    againstFiniteDifferences(all());
  }

  /** Each function's tangent and adjoint along a random direction against central differences of its primal. */
  static void againstFiniteDifferences(List<Fn> fns) {
    Random rnd = new Random(17);
    for (Fn f : fns) {
      for (double[] x : f.points()) {
        double[] v = new double[f.n()];
        for (int k = 0; k < v.length; k++) v[k] = rnd.nextGaussian();
        FiniteDifferences.Estimate[] fd = FiniteDifferences.directional(f.primal(), x, v);
        double[] jv = run(f, f.tangent(), x, v);
        for (int o = 0; o < f.m(); o++) {
          assertEquals(fd[o].value(), jv[o], fd[o].tolerance(1e-9), f.name() + " tangent, output " + o);
          double[] g = run(f, f.adjoint(), x, unit(f.m(), o));
          double gv = 0;
          for (int k = 0; k < v.length; k++) gv += g[k] * v[k];
          assertEquals(fd[o].value(), gv, fd[o].tolerance(1e-9), f.name() + " adjoint, output " + o);
        }
      }
    }
  }

  @Test
  void dotProductBetweenTheModes() throws Exception {
    dotProduct(all());
  }

  /** The dot-product test between each function's tangent and adjoint, at each of its points. */
  static void dotProduct(List<Fn> fns) {
    for (Fn f : fns) {
      for (double[] x : f.points()) {
        DotProductCheck.check(f.name(), x, f.m(), (p, v) -> run(f, f.tangent(), p, v), (p, w) -> run(f, f.adjoint(), p, w), 5, 4);
      }
    }
  }

  /** Without a store, each call's shadow is a new object; the primal's store is a new object too, never the shadow. */
  @Test
  void aStoreMadeInsideGetsAFreshShadowPerCall() throws Exception {
    Method tangent = NULL_STORE.type.getMethod("toSpherical$tangent", V, V, V, V);
    Vec3 c = new Vec3(1.5, 0.5, -0.8);
    Object s1 = tangent.invoke(null, c, new Vec3(0, 0, 0), null, null);
    Object s2 = tangent.invoke(null, c, new Vec3(0, 0, 0), null, null);
    assertNotSame(s1, s2, "a fresh shadow per call");
    assertEquals(0.0, ((Vec3) s1).x, 0, "a zero direction gives a zero shadow");
  }

  /** A store whose constructor is not blank (it writes a static) stays refused: one located diagnostic with advice. */
  @Test
  void aStoreWhoseConstructorIsNotBlankIsRefusedWithTheLine() {
    Transformed t = Transformed.of(CountedStore.class, true);
    List<Diagnostic> ds = t.result.diagnostics().stream().filter(d -> !d.warning()).toList();
    assertEquals(1, ds.size(), ds.toString());
    Diagnostic d = ds.get(0);
    assertTrue(d.method().startsWith("squared("), d.method());
    assertEquals(20, d.line(), d.message());
    assertTrue(d.message().contains("Counted") && d.message().contains("blank constructor"), d.message());
    assertNotNull(t.type);
  }

  /**
   * A store made by a blank constructor and then put into an array passed in: the adjoint's seed for the array's final
   * contents sits in the shadows the caller passed, never in the one made inside, so this stays refused at the store.
   */
  @Test
  void aStoreMadeInsideAndPutIntoAnArrayIsRefusedWithTheLine() {
    Transformed t = Transformed.of(StoredAway.class, true);
    List<Diagnostic> ds = t.result.diagnostics().stream().filter(d -> !d.warning()).toList();
    assertEquals(1, ds.size(), ds.toString());
    Diagnostic d = ds.get(0);
    assertEquals(16, d.line(), d.message());
    assertTrue(d.message().contains("blank constructor") && d.message().contains("stored or passed on"), d.message());
  }

  /**
   * The same through a callee of another class that makes the store when given null: put into an array, refused with
   * the line; its fields read ({@code radius}), both modes against central differences and the dot-product test.
   */
  @Test
  void aStoreMadeByACallee() throws Exception {
    Transformed t = Transformed.of(StoredFromCall.class, true);
    List<Diagnostic> ds = t.result.diagnostics().stream().filter(d -> !d.warning()).toList();
    assertEquals(1, ds.size(), ds.toString());
    Diagnostic d = ds.get(0);
    assertTrue(d.method().startsWith("fill(") && d.line() == 12 && d.message().contains("stored or passed on"), d.toString());
    Method tangent = t.type.getMethod("radius$tangent", V, V);
    Method adjoint = t.type.getMethod("radius$adjoint", V, V, double.class);
    Fn f = new Fn("radius(c)", 3, 1, x -> {
          Vec3 s = dev.leibniz.objects.fixtures.dest.SphericalLib.toSpherical(vec(x, 0), null);
          return new double[] {s.x * s.z};
        },
        (x, v) -> new double[] {(double) call(tangent, vec(x, 0), vec(v, 0))},
        (x, w) -> {
          Vec3 cBar = new Vec3();
          call(adjoint, vec(x, 0), cBar, w[0]);
          return of(cBar);
        }, null, new double[][] {{1.5, 0.5, -0.8}});
    double[] x = f.points()[0];
    double[][] j = sphericalJacobian(x, 3);
    Vec3 s = dev.leibniz.objects.fixtures.dest.SphericalLib.toSpherical(vec(x, 0), null);
    for (int i = 0; i < 3; i++) {
      double expected = j[0][i] * s.z + s.x * j[2][i];
      assertEquals(expected, run(f, f.tangent(), x, unit(3, i))[0], 1e-14, "tangent d/dc" + i);
      assertEquals(expected, run(f, f.adjoint(), x, new double[] {1})[i], 1e-14, "adjoint d/dc" + i);
    }
    FiniteDifferences.Estimate[] fd = FiniteDifferences.directional(f.primal(), x, new double[] {0.3, -0.7, 1.1});
    assertEquals(fd[0].value(), run(f, f.tangent(), x, new double[] {0.3, -0.7, 1.1})[0], fd[0].tolerance(1e-9), "differences");
    DotProductCheck.check(f.name(), x, 1, (p, v) -> run(f, f.tangent(), p, v), (p, w) -> run(f, f.adjoint(), p, w), 5, 4);
  }
}
