package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.objects.fixtures.Matrix;
import dev.leibniz.objects.fixtures.MatrixUser;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.oracle.LinkedFixtures;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A matrix class with its entries in a {@code double[]} field, forward mode: fields written in
 * loops, objects passed to a marked method of another class and returned from callees, aliasing
 * (the same matrix twice), against the analytic derivative and finite differences.
 */
class MatrixTangentTest {
  static final LinkedFixtures L = LinkedFixtures.allowingDiagnostics(Matrix.class, MatrixUser.class);
  static final Class<?> M = L.get(Matrix.class);
  static final Class<?> U = L.get(MatrixUser.class);

  static Object matrix(int r, int c, double[] entries) throws Exception {
    Object m = M.getConstructor(int.class, int.class).newInstance(r, c);
    System.arraycopy(entries, 0, data(m), 0, r * c);
    return m;
  }

  static double[] data(Object m) throws Exception {
    return (double[]) M.getField("data").get(m);
  }

  static double[] random(int n, long seed) {
    Random r = new Random(seed);
    double[] x = new double[n];
    for (int i = 0; i < n; i++) x[i] = 2 * r.nextDouble() - 1;
    return x;
  }

  static double[] product(double[] a, double[] b, int n, int k, int m) {
    double[] c = new double[n * m];
    for (int i = 0; i < n; i++) for (int j = 0; j < m; j++) for (int l = 0; l < k; l++) c[i * m + j] += a[i * k + l] * b[l * m + j];
    return c;
  }

  static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) s += a[i] * b[i];
    return s;
  }

  static double residual(double[] a, double[] b, int n, int k, int m) throws Exception {
    return (double) U.getMethod("residual", M, M, M).invoke(null, matrix(n, k, a), matrix(k, m, b), matrix(n, m, new double[n * m]));
  }

  @Test
  void residualAgainstAnalyticAndFiniteDifferences() throws Exception {
    int n = 3, k = 4, m = 2;
    double[] a = random(n * k, 1), b = random(k * m, 2), da = random(n * k, 3), db = random(k * m, 4);
    Object ma = matrix(n, k, a), mb = matrix(k, m, b), work = matrix(n, m, new double[n * m]);
    Object sa = Derivatives.zeroShadow(ma), sb = Derivatives.zeroShadow(mb), sw = Derivatives.zeroShadow(work);
    System.arraycopy(da, 0, data(sa), 0, da.length);
    System.arraycopy(db, 0, data(sb), 0, db.length);
    double t = (double) U.getMethod("residual$tangent", M, M, M, M, M, M).invoke(null, ma, sa, mb, sb, work, sw);
    double[] c = product(a, b, n, k, m);
    double[] dc = product(da, b, n, k, m);
    double[] adb = product(a, db, n, k, m);
    for (int i = 0; i < dc.length; i++) dc[i] += adb[i];
    assertEquals(2 * dot(c, dc), t, 1e-13, "analytic");
    // the work matrix's shadow holds the tangent of the product the method wrote into it
    for (int i = 0; i < dc.length; i++) assertEquals(dc[i], data(sw)[i], 1e-14, "d(work) " + i);
    double[] x = new double[a.length + b.length], v = new double[x.length];
    System.arraycopy(a, 0, x, 0, a.length);
    System.arraycopy(b, 0, x, a.length, b.length);
    System.arraycopy(da, 0, v, 0, a.length);
    System.arraycopy(db, 0, v, a.length, b.length);
    FiniteDifferences.Estimate fd = FiniteDifferences.directional(p -> {
      try {
        return new double[] {residual(java.util.Arrays.copyOf(p, a.length), java.util.Arrays.copyOfRange(p, a.length, p.length), n, k, m)};
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    }, x, v)[0];
    assertEquals(fd.value(), t, fd.tolerance(1e-9), "finite differences");
  }

  @Test
  void sameMatrixTwiceSharesItsShadow() throws Exception {
    int n = 3;
    double[] a = random(n * n, 5), da = random(n * n, 6);
    Object ma = matrix(n, n, a), work = matrix(n, n, new double[n * n]);
    Object[] s = Derivatives.zeroShadows(ma, work);
    System.arraycopy(da, 0, data(s[0]), 0, da.length);
    double t = (double) U.getMethod("residual$tangent", M, M, M, M, M, M).invoke(null, ma, s[0], ma, s[0], work, s[1]);
    double[] c = product(a, a, n, n, n);
    double[] dc = product(da, a, n, n, n);
    double[] adb = product(a, da, n, n, n);
    for (int i = 0; i < dc.length; i++) dc[i] += adb[i];
    assertEquals(2 * dot(c, dc), t, 1e-13);
  }

  @Test
  void sameMatrixWithTwoShadowsIsRefusedAtRunTime() throws Exception {
    int n = 2;
    Object ma = matrix(n, n, random(4, 7)), work = matrix(n, n, new double[4]);
    Method tangent = U.getMethod("residual$tangent", M, M, M, M, M, M);
    InvocationTargetException e = assertThrows(InvocationTargetException.class,
        () -> tangent.invoke(null, ma, Derivatives.zeroShadow(ma), ma, Derivatives.zeroShadow(ma), work, Derivatives.zeroShadow(work)));
    assertTrue(e.getCause() instanceof IllegalArgumentException && e.getCause().getMessage().contains("two different shadows"), e.getCause()::toString);
    InvocationTargetException n2 = assertThrows(InvocationTargetException.class,
        () -> tangent.invoke(null, ma, null, ma, null, work, Derivatives.zeroShadow(work)));
    assertTrue(n2.getCause().getMessage().contains("shadow of parameter 0 is null"), n2.getCause()::toString);
    // the adjoint checks the same at entry: a null adjoint shadow is an error, not passive
    Method adjoint = U.getMethod("residual$adjoint", M, M, M, M, M, M, double.class);
    InvocationTargetException a1 = assertThrows(InvocationTargetException.class,
        () -> adjoint.invoke(null, ma, Derivatives.zeroShadow(ma), ma, Derivatives.zeroShadow(ma), work, Derivatives.zeroShadow(work), 1.0));
    assertTrue(a1.getCause() instanceof IllegalArgumentException && a1.getCause().getMessage().contains("two different shadows"), a1.getCause()::toString);
    InvocationTargetException a2 = assertThrows(InvocationTargetException.class,
        () -> adjoint.invoke(null, ma, null, ma, null, work, Derivatives.zeroShadow(work), 1.0));
    assertTrue(a2.getCause().getMessage().contains("shadow of parameter 0 is null"), a2.getCause()::toString);
  }

  @Test
  void objectReturnedByACalleeBringsItsShadow() throws Exception {
    double[] a = random(6, 8), b = random(6, 9), da = random(6, 10), db = random(6, 11);
    Object ma = matrix(2, 3, a), mb = matrix(3, 2, b);
    Object[] s = Derivatives.zeroShadows(ma, mb);
    System.arraycopy(da, 0, data(s[0]), 0, 6);
    System.arraycopy(db, 0, data(s[1]), 0, 6);
    Method picked = U.getMethod("picked$tangent", M, M, M, M, boolean.class, double.class, double.class);
    for (boolean first : new boolean[] {true, false}) {
      double[] x = first ? a : b, dx = first ? da : db;
      double t = 1.5, dt = -0.5;
      double exact = dt * dot(x, x) + 2 * t * dot(x, dx);
      assertEquals(exact, (double) picked.invoke(null, ma, s[0], mb, s[1], first, t, dt), 1e-13);
    }
  }

  @Test
  void returnedObjectsTangentIsItsShadow() throws Exception {
    double[] a = random(4, 12), da = random(4, 13);
    Object ma = matrix(2, 2, a), sa = Derivatives.zeroShadow(ma);
    System.arraycopy(da, 0, data(sa), 0, 4);
    double f = 1.25, df = 0.5;
    Object r = M.getMethod("scale$tangent", M, double.class, double.class).invoke(ma, sa, f, df);
    assertSame(sa, r, "the tangent of `return this` is the receiver's shadow");
    for (int i = 0; i < 4; i++) {
      assertEquals(a[i] * f, data(ma)[i], 0);
      assertEquals(da[i] * f + a[i] * df, data(sa)[i], 1e-15);
    }
  }

  @Test
  void reverseModeOfTheCrossClassWriterAndTheObjectResultAndAFluentWriter() throws Exception {
    assertTrue(L.result(Matrix.class).diagnostics().isEmpty(), () -> "" + L.result(Matrix.class).diagnostics());
    // residual passes its matrices to Matrix.setProduct, another class's method that writes them: its
    // split adjoint is generated into MatrixUser (Matrix is final), so residual has an adjoint; scaled returns
    // m.scale(f), which writes m and returns it: a fluent callee (its tangent alone runs, the result is m)
    assertTrue(L.result(MatrixUser.class).diagnostics().stream().noneMatch(d -> d.method().startsWith("residual(")
        || d.method().startsWith("scaled(")), () -> "" + L.result(MatrixUser.class).diagnostics());
    double[] a = random(4, 14), da = random(4, 15);
    Object ma = matrix(2, 2, a), sa = Derivatives.zeroShadow(ma);
    System.arraycopy(da, 0, data(sa), 0, 4);
    double f = 1.25, df = 0.5;
    Object r = U.getMethod("scaled$tangent", M, M, double.class, double.class).invoke(null, ma, sa, f, df);
    assertSame(sa, r, "the tangent of m.scale(f) returned is m's shadow");
    for (int i = 0; i < 4; i++) {
      assertEquals(a[i] * f, data(ma)[i], 0, "written once");
      assertEquals(da[i] * f + a[i] * df, data(sa)[i], 1e-15);
    }
  }

  @Test
  void residualAdjointAgainstAnalyticFiniteDifferencesAndTheTangent() throws Exception {
    int n = 3, k = 4, m = 2;
    double[] a = random(n * k, 31), b = random(k * m, 32), w0 = random(n * m, 33);
    Object ma = matrix(n, k, a), mb = matrix(k, m, b), work = matrix(n, m, w0);
    Object[] bar = Derivatives.zeroShadows(ma, mb, work);
    double[] workSeed = random(n * m, 34);
    System.arraycopy(workSeed, 0, data(bar[2]), 0, n * m); // a seed on the work matrix's final entries too
    double r = (double) U.getMethod("residual$adjoint", M, M, M, M, M, M, double.class).invoke(null, ma, bar[0], mb, bar[1], work, bar[2], 1.5);
    double[] c = product(a, b, n, k, m);
    assertEquals(dot(c, c), r, 1e-13);
    // r = ||AB||^2, and the work matrix ends as AB: dA = (2 * 1.5 AB + workSeed) B^T, dB = A^T (...)
    double[] cbar = new double[n * m];
    for (int i = 0; i < cbar.length; i++) cbar[i] = 2 * 1.5 * c[i] + workSeed[i];
    for (int i = 0; i < n; i++) {
      for (int l = 0; l < k; l++) {
        double e = 0;
        for (int j = 0; j < m; j++) e += cbar[i * m + j] * b[l * m + j];
        assertEquals(e, data(bar[0])[i * k + l], 1e-13, "dA");
      }
    }
    for (int l = 0; l < k; l++) {
      for (int j = 0; j < m; j++) {
        double e = 0;
        for (int i = 0; i < n; i++) e += a[i * k + l] * cbar[i * m + j];
        assertEquals(e, data(bar[1])[l * m + j], 1e-13, "dB");
      }
    }
    for (double v : data(bar[2])) assertEquals(0, v, 0, "the work matrix's entries on entry are overwritten");
    assertEquals(dot(c, c), dot(data(work), data(work)), 1e-13, "the product was written once, as the primal writes it");
    // against central differences and the tangent, along a random direction
    double[] da = random(n * k, 35), db = random(k * m, 36);
    double[] x = new double[a.length + b.length], v = new double[x.length];
    System.arraycopy(a, 0, x, 0, a.length);
    System.arraycopy(b, 0, x, a.length, b.length);
    System.arraycopy(da, 0, v, 0, a.length);
    System.arraycopy(db, 0, v, a.length, b.length);
    FiniteDifferences.Estimate fd = FiniteDifferences.directional(p -> {
      try {
        return new double[] {residual(java.util.Arrays.copyOf(p, n * k), java.util.Arrays.copyOfRange(p, n * k, p.length), n, k, m)};
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    }, x, v)[0];
    Object ma2 = matrix(n, k, a), mb2 = matrix(k, m, b), work2 = matrix(n, m, w0);
    Object[] bar2 = Derivatives.zeroShadows(ma2, mb2, work2);
    U.getMethod("residual$adjoint", M, M, M, M, M, M, double.class).invoke(null, ma2, bar2[0], mb2, bar2[1], work2, bar2[2], 1.0);
    double gv = dot(data(bar2[0]), da) + dot(data(bar2[1]), db);
    assertEquals(fd.value(), gv, fd.tolerance(1e-9), "adjoint vs differences");
    Object ma3 = matrix(n, k, a), mb3 = matrix(k, m, b), work3 = matrix(n, m, w0);
    Object[] t = Derivatives.zeroShadows(ma3, mb3, work3);
    System.arraycopy(da, 0, data(t[0]), 0, da.length);
    System.arraycopy(db, 0, data(t[1]), 0, db.length);
    double tv = (double) U.getMethod("residual$tangent", M, M, M, M, M, M).invoke(null, ma3, t[0], mb3, t[1], work3, t[2]);
    assertEquals(tv, gv, 1e-13 * Math.max(1, Math.abs(tv)), "dot product: the tangent against the adjoint");
  }

  @Test
  void scaleAdjointTakesTheResultsSeedShadow() throws Exception {
    double[] a = random(4, 41), w = random(4, 42), sd = random(4, 43), da = random(4, 44);
    double f = 1.25, df = -0.75;
    Method adjoint = M.getMethod("scale$adjoint", M, double.class, M, double[].class);
    Object ma = matrix(2, 2, a), bar = Derivatives.zeroShadow(ma), seed = Derivatives.zeroShadow(ma);
    System.arraycopy(w, 0, data(bar), 0, 4); // seed on the receiver's final entries
    System.arraycopy(sd, 0, data(seed), 0, 4); // seed on the result, which is the receiver
    double[] grad = new double[1];
    assertSame(ma, adjoint.invoke(ma, bar, f, seed, grad), "returns the primal result");
    double fbar = 0;
    for (int i = 0; i < 4; i++) {
      assertEquals(f * (w[i] + sd[i]), data(bar)[i], 1e-15, "both seeds reach the entries");
      fbar += (w[i] + sd[i]) * a[i];
    }
    assertEquals(fbar, grad[0], 1e-15);
    // the dot-product test against the tangent, which returns the receiver's shadow
    Object mt = matrix(2, 2, a), st = Derivatives.zeroShadow(mt);
    System.arraycopy(da, 0, data(st), 0, 4);
    Object dr = M.getMethod("scale$tangent", M, double.class, double.class).invoke(mt, st, f, df);
    double lhs = dot(w, data(st)) + dot(sd, data(dr));
    assertEquals(lhs, dot(data(bar), da) + grad[0] * df, 1e-14);
    // the receiver's own shadow as the seed: already there, not added again
    Object mb = matrix(2, 2, a), same = Derivatives.zeroShadow(mb);
    System.arraycopy(w, 0, data(same), 0, 4);
    adjoint.invoke(mb, same, f, same, new double[1]);
    for (int i = 0; i < 4; i++) assertEquals(f * w[i], data(same)[i], 1e-15);
  }

  @Test
  void sumOfSquaresAdjointAccumulatesIntoTheReceiversShadow() throws Exception {
    double[] a = random(6, 14);
    Object m = matrix(2, 3, a), bar = Derivatives.zeroShadow(m);
    double[] seedless = data(bar);
    seedless[1] = 0.5; // adjoints accumulate (+=) into what the shadow holds
    double value = (double) M.getMethod("sumOfSquares$adjoint", M, double.class).invoke(m, bar, 2.0);
    assertEquals(dot(a, a), value, 1e-15);
    for (int i = 0; i < 6; i++) assertEquals((i == 1 ? 0.5 : 0) + 2.0 * 2 * a[i], data(bar)[i], 1e-15);
  }

  @Test
  void setProductAdjointAgainstItsTangentByTheDotProductTest() throws Exception {
    int n = 3, k = 2, m = 4;
    double[] a = random(n * k, 20), b = random(k * m, 21), da = random(n * k, 22), db = random(k * m, 23), w = random(n * m, 24);
    Method tangent = M.getMethod("setProduct$tangent", M, M, M, M, M);
    Method adjoint = M.getMethod("setProduct$adjoint", M, M, M, M, M);
    Object ma = matrix(n, k, a), mb = matrix(k, m, b), c = matrix(n, m, random(n * m, 25));
    Object[] t = Derivatives.zeroShadows(ma, mb, c);
    System.arraycopy(da, 0, data(t[0]), 0, da.length);
    System.arraycopy(db, 0, data(t[1]), 0, db.length);
    tangent.invoke(c, t[2], ma, t[0], mb, t[1]);
    double lhs = dot(w, data(t[2]));
    Object ma2 = matrix(n, k, a), mb2 = matrix(k, m, b), c2 = matrix(n, m, random(n * m, 25));
    Object[] bar = Derivatives.zeroShadows(ma2, mb2, c2);
    System.arraycopy(w, 0, data(bar[2]), 0, w.length);
    adjoint.invoke(c2, bar[2], ma2, bar[0], mb2, bar[1]);
    double rhs = dot(data(bar[0]), da) + dot(data(bar[1]), db);
    assertEquals(lhs, rhs, 1e-13 * Math.max(1, Math.abs(lhs)));
    for (double v : data(bar[2])) assertEquals(0, v, 0, "the product overwrote the receiver's entries: their adjoint is zero");
    assertEquals(dot(product(a, b, n, k, m), product(a, b, n, k, m)), dot(data(c2), data(c2)), 1e-12);
  }
}
