package dev.leibniz.oracle;

import static dev.leibniz.oracle.ArraysAndCallsTest.callOn;
import static dev.leibniz.oracle.ArraysAndCallsTest.d;
import static dev.leibniz.oracle.ArraysAndCallsTest.one;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.oracle.fixtures.ScratchMath;
import dev.leibniz.oracle.fixtures.ScratchStorage;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.util.function.Supplier;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;

/**
 * Scratch storage held in fields (core.objects.ScratchFields): a work array of the instance filled
 * then reduced, one overwritten round after round (the reverse sweep needs the values each round
 * overwrote), one given to helpers, a cell read before it is written (what an earlier call left is
 * passive: derivative 0 through it), a static final work array and a static double written then read
 * back (Clad's f_reuse_global). Both modes against central finite differences, the analytic gradient
 * (closed forms, or Hipparchus' DerivativeStructure replaying the computation) and the dot-product
 * test; the field keeps what the primal leaves in it; the scratch array passed as the parameter is a
 * clear run-time error.
 */
class ScratchFieldsTest {
  /** With ScratchMath, whose marked method one fixture gives its work array (its companion is called). */
  static final Class<?> TYPE = LinkedFixtures.of(ScratchStorage.class, ScratchMath.class).get(ScratchStorage.class);

  static Object fresh(int n, double staleValue) {
    try {
      return TYPE.getConstructor(int.class, double.class).newInstance(n, staleValue);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** Checks {@code name(x, extra...)} on receivers {@code receiver} gives (a fresh one per call when asked). */
  static void check(String name, Supplier<Object> receiver, double[] x, double[] exact, Object... extra) {
    JacobianCheck.check(name, x,
        v -> one(d(callOn(receiver.get(), TYPE, name, args(v, null, extra, null)))),
        (v, vd) -> one(d(callOn(receiver.get(), TYPE, name + "$tangent", args(v, vd, extra, null)))),
        (v, yb) -> {
          double[] g = new double[v.length];
          callOn(receiver.get(), TYPE, name + "$adjoint", args(v, g, extra, yb[0]));
          return g;
        },
        new double[][] {exact});
  }

  private static Object[] args(double[] v, double[] dv, Object[] extra, Double seed) {
    java.util.List<Object> a = new java.util.ArrayList<>();
    a.add(v);
    if (dv != null) a.add(dv);
    a.addAll(java.util.List.of(extra));
    if (seed != null) a.add(seed);
    return a.toArray();
  }

  @Test
  void workArrayFilledThenReduced() {
    Object m = fresh(4, 0);
    double[] x = {0.3, -0.7, 1.1, 0.5};
    int n = x.length;
    double[] exact = new double[n];
    for (int i = 0; i < n; i++) {
      int j = (i + 1) % n;
      double w = x[i] * x[j] + Math.sin(x[i]);
      exact[i] += 2 * w * (x[j] + Math.cos(x[i]));
      exact[j] += 2 * w * x[i];
    }
    check("filledThenReduced", () -> m, x, exact);
    // the field holds what the primal leaves in it, after either companion
    double[] primal = field(m, "work").clone();
    callOn(m, TYPE, "filledThenReduced", (Object) x.clone());
    double[] left = field(m, "work").clone();
    callOn(m, TYPE, "filledThenReduced$adjoint", x.clone(), new double[n], 1.0);
    assertArrayEquals(left, field(m, "work"), "adjoint leaves the primal's values");
    callOn(m, TYPE, "filledThenReduced$tangent", x.clone(), new double[n]);
    assertArrayEquals(left, field(m, "work"), "tangent leaves the primal's values");
    assertEquals(primal.length, left.length);
  }

  @Test
  void workArrayInVectorTangents() {
    Object m = fresh(4, 0);
    double[] x = {0.3, -0.7, 1.1, 0.5};
    for (int j = 0; j < x.length; j++) {
      double[] e = new double[x.length];
      e[j] = 1;
      double[] out = new double[1];
      callOn(m, TYPE, "filledThenReduced$tangents", x.clone(), e.clone(), 1, out);
      double one = d(callOn(m, TYPE, "filledThenReduced$tangent", x.clone(), e.clone()));
      assertEquals(one, out[0], 1e-13 * Math.max(1, Math.abs(one)), "direction " + j);
      assertTrue(one != 0, "direction " + j);
    }
  }

  @Test
  void workArrayOverwrittenRoundAfterRound() {
    Object m = fresh(3, 0);
    double[] x = {0.4, -0.9, 1.3};
    for (int rounds : new int[] {1, 2, 4}) {
      check("reusedAcrossTrips", () -> m, x, reusedAcrossTrips(x, rounds), rounds);
    }
  }

  /** The fixture's computation on DerivativeStructures: its exact gradient. */
  static double[] reusedAcrossTrips(double[] x, int rounds) {
    int n = x.length;
    DSFactory f = new DSFactory(n, 1);
    DerivativeStructure[] v = new DerivativeStructure[n], buf = new DerivativeStructure[n];
    for (int i = 0; i < n; i++) v[i] = f.variable(i, x[i]);
    DerivativeStructure total = f.constant(0);
    for (int r = 0; r < rounds; r++) {
      for (int i = 0; i < n; i++) buf[i] = r == 0 ? v[i] : buf[i].sin().multiply(v[i]).add(i + 1 < n ? buf[i + 1] : buf[0]);
      for (int i = 0; i < n; i++) total = total.add(buf[i].multiply(buf[(i + 1) % n]));
    }
    return gradient(total, n);
  }

  @Test
  void workArrayGivenToHelpers() {
    Object m = fresh(4, 0);
    double[] x = {0.6, -0.4, 0.9, 0.2};
    int n = x.length;
    DSFactory f = new DSFactory(n, 1);
    DerivativeStructure[] a = new DerivativeStructure[n];
    for (int i = 0; i < n; i++) a[i] = f.variable(i, x[i]).square();
    for (int i = n - 1; i > 0; i--) a[i] = a[i].multiply(a[i - 1]).add(a[i]);
    DerivativeStructure s = f.constant(0);
    for (int i = 0; i < n; i++) s = s.add(a[i].log1p());
    check("stagedThroughHelpers", () -> m, x, gradient(s, n));
  }

  @Test
  void workArrayGivenToAnotherClassThenOverwritten() {
    Object m = fresh(3, 0);
    double[] x = {0.5, -1.1, 0.7};
    int n = x.length, rows = 3;
    DSFactory f = new DSFactory(n, 1);
    DerivativeStructure[] v = new DerivativeStructure[n];
    for (int i = 0; i < n; i++) v[i] = f.variable(i, x[i]);
    DerivativeStructure total = f.constant(0);
    for (int r = 0; r < rows; r++) {
      DerivativeStructure[] s = new DerivativeStructure[n];
      for (int i = 0; i < n; i++) s[i] = v[i].multiply(r + 1).add(v[(i + r) % n]);
      DerivativeStructure sum = f.constant(0);
      for (int i = 0; i < n; i++) sum = sum.add(s[i].exp());
      total = total.add(sum.log()).subtract(s[r % n]);
    }
    check("givenThenOverwritten", () -> m, x, gradient(total, n), rows);
  }

  @Test
  void cellReadBeforeItIsWrittenIsPassive() {
    double c = 1.75;
    double[] x = {0.8, -1.2, 0.5};
    double p = x[0] * x[1];
    double[] exact = {x[1] * (2 * p + x[2]), x[0] * (2 * p + x[2]), c + p};
    // a fresh receiver per call: the value read first is c, left "by an earlier call"
    check("staleThenWritten", () -> fresh(3, c), x, exact);
    // on a receiver an earlier call wrote, the value read first is that call's x0 x1, still passive
    Object m = fresh(3, c);
    double[] earlier = {2.0, 3.0, 0.0};
    callOn(m, TYPE, "staleThenWritten", (Object) earlier);
    double[] g = new double[3];
    callOn(m, TYPE, "staleThenWritten$adjoint", x.clone(), g, 1.0);
    assertArrayEquals(new double[] {exact[0], exact[1], 6.0 + p}, g, 1e-12);
  }

  @Test
  void staticFinalWorkArray() {
    double[] x = {0.3, 0.6, -0.8};
    double t0 = x[0] * x[1], e = Math.exp(t0 * x[2]);
    double[] exact = {x[1] * (e * x[2] + 1), x[0] * (e * x[2] + 1), e * t0};
    check("staticTable", () -> null, x, exact);
  }

  @Test
  void staticDoubleWrittenThenReadBack() {
    double x = 1.3, t = -0.6;
    Supplier<Object> none = () -> null;
    JacobianCheck.check("reuseGlobal", new double[] {x, t},
        v -> one(d(callOn(none.get(), TYPE, "reuseGlobal", v[0], v[1]))),
        (v, vd) -> one(d(callOn(none.get(), TYPE, "reuseGlobal$tangent", v[0], vd[0], v[1], vd[1]))),
        (v, yb) -> {
          double[] g = new double[2];
          callOn(none.get(), TYPE, "reuseGlobal$adjoint", v[0], v[1], yb[0], g);
          return g;
        },
        new double[][] {{-t, -x}});
    callOn(null, TYPE, "reuseGlobal$adjoint", x, t, 1.0, new double[2]);
    assertEquals(x * t, staticDouble("glob"), 1e-15, "the static holds what the primal leaves in it");
  }

  @Test
  void scratchArrayPassedAsTheParameterIsRefusedAtRunTime() {
    Object m = fresh(3, 0);
    double[] work = field(m, "work");
    AssertionError e = assertThrows(AssertionError.class, () -> callOn(m, TYPE, "filledThenReduced$tangent", work, new double[3]));
    Throwable cause = e.getCause() instanceof InvocationTargetException ? e.getCause().getCause() : e.getCause();
    assertTrue(cause instanceof IllegalArgumentException && cause.getMessage().contains("ScratchStorage.work")
        && cause.getMessage().contains("parameter 0"), String.valueOf(cause));
  }

  static double[] gradient(DerivativeStructure y, int n) {
    double[] g = new double[n];
    for (int i = 0; i < n; i++) {
      int[] orders = new int[n];
      orders[i] = 1;
      g[i] = y.getPartialDerivative(orders);
    }
    return g;
  }

  static double[] field(Object m, String name) {
    try {
      Field f = TYPE.getDeclaredField(name);
      f.setAccessible(true);
      return (double[]) f.get(m);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static double staticDouble(String name) {
    try {
      Field f = TYPE.getDeclaredField(name);
      f.setAccessible(true);
      return f.getDouble(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
