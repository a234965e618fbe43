package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.objects.fixtures.held.Pair;
import dev.leibniz.objects.fixtures.held.Pt;
import dev.leibniz.objects.fixtures.held.RecordModels;
import dev.leibniz.objects.fixtures.held.Span;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.oracle.JacobianCheck;
import dev.leibniz.oracle.LinkedFixtures;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Records in both modes ({@link RecordModels}): their accessors are read as their components
 * ({@code core.objects.RecordAccessors}), so a record of arrays passed in, nested in another record
 * or held in an array gets its adjoint as well as its tangent; records of doubles made inside are
 * taken apart; a record of doubles passed in gets its tangent from a shadow built by its canonical
 * constructor, and its adjoint is refused with the line (a record's final fields cannot receive
 * adjoints). Each: tangent vs central differences, adjoint rows vs tangent columns and the analytic
 * Jacobian, the dot-product test ({@link JacobianCheck}).
 */
class RecordAdjointsTest {
  static final LinkedFixtures L = LinkedFixtures.allowingDiagnostics(RecordModels.class);
  static final Class<?> T = L.get(RecordModels.class);
  static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
  static final int N = 3, K = 2;

  static MethodHandle tangent(String name, Class<?>... types) {
    return Derivatives.tangent(LOOKUP, T, name, types);
  }

  static MethodHandle adjoint(String name, Class<?>... types) {
    return Derivatives.adjoint(LOOKUP, T, name, types);
  }

  static double[] part(double[] v, int k, int n) {
    return Arrays.copyOfRange(v, k * n, (k + 1) * n);
  }

  static double[] concat(double f, double[]... parts) {
    double[] out = new double[] {f};
    for (double[] p : parts) {
      double[] o = Arrays.copyOf(out, out.length + p.length);
      System.arraycopy(p, 0, o, out.length, p.length);
      out = o;
    }
    return out;
  }

  // ---- spread(Span(Pair(a, b), w)): inputs a, w, b (entry, overwritten); outputs t, b

  static Span span(double[] v) {
    return new Span(new Pair(part(v, 0, N), part(v, 2, N)), part(v, 1, N));
  }

  static double[] spreadPrimal(double[] v) {
    try {
      Span s = span(v);
      double t = (double) T.getMethod("spread", Span.class).invoke(null, s);
      return concat(t, s.ends().b());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static double[] spreadTangent(double[] v, double[] dv) {
    try {
      Span s = span(v), ds = Derivatives.zeroShadow(s);
      System.arraycopy(part(dv, 0, N), 0, ds.ends().a(), 0, N);
      System.arraycopy(part(dv, 1, N), 0, ds.w(), 0, N);
      System.arraycopy(part(dv, 2, N), 0, ds.ends().b(), 0, N);
      double dt = (double) tangent("spread", Span.class).invoke(s, ds);
      return concat(dt, ds.ends().b());
    } catch (Throwable e) {
      throw new AssertionError(e);
    }
  }

  static double[] spreadAdjoint(double[] v, double[] ybar) {
    try {
      Span s = span(v), sbar = Derivatives.zeroShadow(s);
      System.arraycopy(ybar, 1, sbar.ends().b(), 0, N); // the seed of b's final values
      double t = (double) adjoint("spread", Span.class).invoke(s, sbar, ybar[0]);
      assertEquals(spreadPrimal(v)[0], t, 0, "the adjoint returns the primal value");
      return Arrays.copyOfRange(concat(0, sbar.ends().a(), sbar.w(), sbar.ends().b()), 1, 1 + 3 * N);
    } catch (Throwable e) {
      throw new AssertionError(e);
    }
  }

  static double[][] spreadExact(double[] v) {
    double[][] j = new double[1 + N][3 * N];
    for (int i = 0; i < N; i++) {
      double a = v[i], w = v[N + i];
      j[0][i] = 2 * w * w * a;
      j[0][N + i] = 2 * w * a * a;
      j[1 + i][i] = 2 * w * a;
      j[1 + i][N + i] = a * a;
    }
    return j;
  }

  @Test
  void nestedRecordsInBothModes() {
    double[] x = {0.7, -1.2, 1.9, 1.3, 0.4, -0.8, 5, 6, 7};
    JacobianCheck.check("spread", x, RecordAdjointsTest::spreadPrimal, RecordAdjointsTest::spreadTangent,
        RecordAdjointsTest::spreadAdjoint, spreadExact(x));
  }

  // ---- all(Pair[K], x): inputs the pairs' a (K*N), x (N), the pairs' b (K*N, overwritten); outputs s, the pairs' b

  static Pair[] pairs(double[] v) {
    Pair[] ps = new Pair[K];
    for (int k = 0; k < K; k++) ps[k] = new Pair(part(v, k, N), part(v, K + 1 + k, N));
    return ps;
  }

  static double[] bs(Pair[] ps) {
    double[] out = new double[0];
    for (Pair p : ps) out = Arrays.copyOfRange(concat(0, out, p.b()), 1, out.length + 1 + N);
    return out;
  }

  static double[] allPrimal(double[] v) {
    try {
      Pair[] ps = pairs(v);
      double s = (double) T.getMethod("all", Pair[].class, double[].class).invoke(null, ps, part(v, K, N));
      return concat(s, bs(ps));
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static double[] allTangent(double[] v, double[] dv) {
    try {
      Pair[] ps = pairs(v), dps = Derivatives.zeroShadow(ps);
      for (int k = 0; k < K; k++) {
        System.arraycopy(part(dv, k, N), 0, dps[k].a(), 0, N);
        System.arraycopy(part(dv, K + 1 + k, N), 0, dps[k].b(), 0, N);
      }
      double ds = (double) tangent("all", Pair[].class, double[].class).invoke(ps, dps, part(v, K, N), part(dv, K, N));
      return concat(ds, bs(dps));
    } catch (Throwable e) {
      throw new AssertionError(e);
    }
  }

  static double[] allAdjoint(double[] v, double[] ybar) {
    try {
      Pair[] ps = pairs(v), pbar = Derivatives.zeroShadow(ps);
      for (int k = 0; k < K; k++) System.arraycopy(ybar, 1 + k * N, pbar[k].b(), 0, N);
      double[] xbar = new double[N];
      double s = (double) adjoint("all", Pair[].class, double[].class).invoke(ps, pbar, part(v, K, N), xbar, ybar[0]);
      assertEquals(allPrimal(v)[0], s, 0, "the adjoint returns the primal value");
      double[] g = new double[(2 * K + 1) * N];
      for (int k = 0; k < K; k++) {
        System.arraycopy(pbar[k].a(), 0, g, k * N, N);
        System.arraycopy(pbar[k].b(), 0, g, (K + 1 + k) * N, N);
      }
      System.arraycopy(xbar, 0, g, K * N, N);
      return g;
    } catch (Throwable e) {
      throw new AssertionError(e);
    }
  }

  static double[][] allExact(double[] v) {
    double[][] j = new double[1 + K * N][(2 * K + 1) * N];
    for (int k = 0; k < K; k++) {
      for (int i = 0; i < N; i++) {
        double a = v[k * N + i], x = v[K * N + i];
        j[0][k * N + i] = (Math.sin(a) + a * Math.cos(a)) * x;
        j[0][K * N + i] += a * Math.sin(a);
        j[1 + k * N + i][k * N + i] = Math.cos(a) * x;
        j[1 + k * N + i][K * N + i] = Math.sin(a);
      }
    }
    return j;
  }

  @Test
  void anArrayOfRecordsInBothModes() {
    double[] x = {0.3, -0.9, 1.4, 2.1, -0.5, 0.8, 1.1, -1.7, 0.6, 9, 9, 9, 8, 8, 8};
    JacobianCheck.check("all", x, RecordAdjointsTest::allPrimal, RecordAdjointsTest::allTangent,
        RecordAdjointsTest::allAdjoint, allExact(x));
  }

  // ---- temp(a, b): records of doubles made and dropped inside

  @Test
  void recordsOfDoublesMadeInsideInBothModes() {
    double[] x = {0.6, -1.3};
    MethodHandle t = tangent("temp", double.class, double.class), ad = adjoint("temp", double.class, double.class);
    double a = x[0], b = x[1], e = Math.exp(a * b);
    double[][] exact = {{b * (a + b) + a * b + b * e, a * (a + b) + a * b + a * e}};
    JacobianCheck.check("temp", x,
        v -> new double[] {call(() -> (double) T.getMethod("temp", double.class, double.class).invoke(null, v[0], v[1]))},
        (v, dv) -> new double[] {call(() -> (double) t.invoke(v[0], dv[0], v[1], dv[1]))},
        (v, ybar) -> {
          double[] g = new double[2];
          call(() -> (double) ad.invoke(v[0], v[1], ybar[0], g));
          return g;
        },
        exact);
  }

  // ---- radius(Pt): a record of doubles passed in, tangent only

  @Test
  void aRecordOfDoublesPassedInHasItsTangentAndItsAdjointIsRefusedWithTheLine() throws Throwable {
    MethodHandle t = tangent("radius", Pt.class);
    double x = 0.8, y = -1.5, r = Math.hypot(x, y);
    double[][] dirs = {{1, 0}, {0, 1}, {0.3, -2}};
    for (double[] d : dirs) {
      double dr = (double) t.invoke(new Pt(x, y), new Pt(d[0], d[1]));
      double exact = (x * d[0] + y * d[1]) / r;
      FiniteDifferences.Estimate fd = FiniteDifferences.directional(v -> new double[] {Math.hypot(v[0], v[1])}, new double[] {x, y}, d)[0];
      assertEquals(exact, dr, 1e-15, "tangent vs analytic");
      assertEquals(fd.value(), dr, fd.tolerance(1e-9), "tangent vs differences");
    }
    var d = L.result(RecordModels.class).diagnostics();
    assertEquals(2, d.size(), d::toString);
    for (var one : d) {
      assertTrue(one.mode().equals("adjoint") && one.line() > 0, d::toString);
      assertTrue(one.message().matches("(?s).*(radius\\(Pt\\)|dots\\(Pt\\[\\]\\)).*component [xy] of record .*Pt.*"), one::message);
    }
    assertTrue(Arrays.stream(T.getMethods()).noneMatch(m -> m.getName().equals("radius$adjoint") || m.getName().equals("dots$adjoint")));
    assertTrue(Arrays.stream(T.getMethods()).anyMatch(m -> m.getName().equals("spread$adjoint")));
  }

  /** An array of records of doubles: the shadow is an array of records built by their constructor. */
  @Test
  void anArrayOfRecordsOfDoublesHasItsTangent() throws Throwable {
    MethodHandle t = tangent("dots", Pt[].class);
    double[] v = {0.4, -1.1, 2.3, 0.9, -0.6, 1.7};
    java.util.function.Function<double[], double[]> f = w -> new double[] {w[0] * w[1] + w[2] * w[3] + w[4] * w[5]};
    for (int k = 0; k < v.length; k++) {
      double[] e = new double[v.length];
      e[k] = 1;
      Pt[] ps = {new Pt(v[0], v[1]), new Pt(v[2], v[3]), new Pt(v[4], v[5])};
      Pt[] dps = {new Pt(e[0], e[1]), new Pt(e[2], e[3]), new Pt(e[4], e[5])};
      double dt = (double) t.invoke(ps, dps);
      double exact = v[k ^ 1]; // d(x y)/dx = y and d/dy = x
      FiniteDifferences.Estimate fd = FiniteDifferences.directional(f, v, e)[0];
      assertEquals(exact, dt, 1e-15, "tangent vs analytic, direction " + k);
      assertEquals(fd.value(), dt, fd.tolerance(1e-9), "tangent vs differences, direction " + k);
    }
  }

  interface Call {
    double run() throws Throwable;
  }

  static double call(Call c) {
    try {
      return c.run();
    } catch (Throwable e) {
      throw new AssertionError(e);
    }
  }
}
