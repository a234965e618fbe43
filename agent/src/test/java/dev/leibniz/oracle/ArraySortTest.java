package dev.leibniz.oracle;

import static dev.leibniz.oracle.ArraysAndCallsTest.callOn;
import static dev.leibniz.oracle.ArraysAndCallsTest.d;
import static dev.leibniz.oracle.ArraysAndCallsTest.one;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.oracle.fixtures.SortedArrays;
import dev.leibniz.oracle.fixtures.SortedArraysHigher;
import dev.leibniz.testing.Transformed;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@code Arrays.sort} of arrays holding active values (core.analysis.ArrayIntrinsic): the derivative
 * is the permutation the sort applies. Each function is checked in both modes against central finite
 * differences and an analytic gradient built from the ranks of the values, with the dot-product test
 * (JacobianCheck), at points without ties; ties and the JDK's order ({@code -0.0 < 0.0}, NaN last)
 * are documented by their own tests.
 */
class ArraySortTest {
  static final Class<?> S = Transformed.of(SortedArrays.class).type;
  static final double[] X5 = {0.3, 1.2, 2.0, -0.5, 1.5};
  static final double[] X6 = {0.3, 1.2, 2.0, -0.5, 1.5, 0.9};

  static Object call(String name, Object... args) {
    return callOn(null, S, name, args);
  }

  /** {@code rank[j]}: how many entries of {@code x[from..to)} are below {@code x[j]} (no ties). */
  static int[] ranks(double[] x, int from, int to) {
    int[] r = new int[x.length];
    for (int j = from; j < to; j++) {
      for (int k = from; k < to; k++) if (x[k] < x[j]) r[j]++;
    }
    return r;
  }

  static void checkScalar(String name, double[] x, double[] gradient) {
    JacobianCheck.check(
        name + Arrays.toString(x),
        x,
        v -> one(d(call(name, (Object) v))),
        (v, vd) -> one(d(call(name + "$tangent", v, vd))),
        (v, yb) -> {
          double[] xb = new double[v.length];
          call(name + "$adjoint", v, xb, yb[0]);
          return xb;
        },
        new double[][] {gradient});
  }

  static double[] random(int n, long seed) {
    Random rnd = new Random(seed);
    double[] x = new double[n];
    for (int i = 0; i < n; i++) x[i] = 0.05 * i + rnd.nextDouble() * 0.01; // distinct, apart by more than the step
    for (int i = n - 1; i > 0; i--) { // shuffled
      int j = rnd.nextInt(i + 1);
      double t = x[i];
      x[i] = x[j];
      x[j] = t;
    }
    return x;
  }

  @Test
  void medianOfOddAndEvenLengths() {
    for (double[] x : new double[][] {X5, X6, random(41, 7)}) {
      int n = x.length;
      int[] r = ranks(x, 0, n);
      double[] g = new double[n];
      for (int j = 0; j < n; j++) {
        if (n % 2 == 1) g[j] = r[j] == n / 2 ? 1 : 0;
        else g[j] = r[j] == n / 2 - 1 || r[j] == n / 2 ? 0.5 : 0;
      }
      checkScalar("median", x, g);
    }
  }

  @Test
  void trimmedMean() {
    for (double[] x : new double[][] {X6, random(30, 3)}) {
      int n = x.length, trim = n / 5;
      int[] r = ranks(x, 0, n);
      double[] g = new double[n];
      for (int j = 0; j < n; j++) g[j] = r[j] >= trim && r[j] < n - trim ? 1.0 / (n - 2 * trim) : 0;
      JacobianCheck.check(
          "trimmedMean" + n,
          x,
          v -> one(d(call("trimmedMean", v, trim))),
          (v, vd) -> one(d(call("trimmedMean$tangent", v, vd, trim))),
          (v, yb) -> {
            double[] xb = new double[v.length];
            call("trimmedMean$adjoint", v, xb, trim, yb[0]);
            return xb;
          },
          new double[][] {g});
    }
  }

  @Test
  void rankWeightedSquaresOfTheParameterSortedInPlace() {
    for (double[] x : new double[][] {X5, random(40, 11)}) {
      int[] r = ranks(x, 0, x.length);
      double[] g = new double[x.length];
      for (int j = 0; j < x.length; j++) g[j] = 2 * (r[j] + 1) * x[j];
      checkScalar("sortedWeighted", x, g);
    }
  }

  @Test
  void sortOfASubRangeAfterReadsOfTheArray() {
    double[] x = random(25, 5);
    for (int[] range : new int[][] {{1, 4}, {0, 25}, {3, 22}, {7, 7}}) {
      int from = range[0], to = range[1], n = x.length;
      int[] r = ranks(x, from, to);
      double[] g = new double[n];
      for (int j = 0; j < n; j++) g[j] = j >= from && j < to ? from + r[j] + 1 : j + 1;
      g[0] += x[n - 1];
      g[n - 1] += x[0];
      JacobianCheck.check(
          "sortedRange " + from + ".." + to,
          x,
          v -> one(d(call("sortedRange", v, from, to))),
          (v, vd) -> one(d(call("sortedRange$tangent", v, vd, from, to))),
          (v, yb) -> {
            double[] xb = new double[v.length];
            call("sortedRange$adjoint", v, xb, from, to, yb[0]);
            return xb;
          },
          new double[][] {g});
    }
  }

  @Test
  void sortOfACopyOfARange() {
    for (double[] x : new double[][] {X6, random(33, 9)}) {
      int[] r = ranks(x, 1, x.length);
      double[] g = new double[x.length];
      for (int j = 1; j < x.length; j++) g[j] = 3 * (r[j] + 1) * x[j] * x[j];
      checkScalar("sortedTailCubes", x, g);
    }
  }

  @Test
  void sortIntoAnOutputArray() {
    for (double[] x : new double[][] {X5, random(20, 13)}) {
      int n = x.length;
      double[] sines = new double[n];
      for (int j = 0; j < n; j++) sines[j] = Math.sin(x[j]);
      int[] r = ranks(sines, 0, n);
      double[][] jac = new double[n][n];
      for (int j = 0; j < n; j++) jac[r[j]][j] = Math.cos(x[j]);
      JacobianCheck.check(
          "sortedSines" + n,
          x,
          v -> {
            double[] out = new double[v.length];
            call("sortedSines", v, out);
            return out;
          },
          (v, vd) -> {
            double[] out = new double[v.length], outd = new double[v.length];
            call("sortedSines$tangent", v, vd, out, outd);
            return outd;
          },
          (v, yb) -> {
            double[] xb = new double[v.length];
            call("sortedSines$adjoint", v, xb, new double[v.length], yb.clone());
            return xb;
          },
          jac);
    }
  }

  /**
   * Ties: any consistent permutation is a valid (one-sided) derivative. The one chosen is the
   * stable sort's: equal values (under {@code Double.compare}) keep their order, so the k-th equal
   * value's tangent is the k-th tied input's, and the adjoints go back the same way, in both modes.
   */
  @Test
  void tiesKeepTheirOrderInBothModes() {
    double[] x = {1, 2, 1, 3, 1};
    double[] xd = {10, 20, 30, 40, 50};
    double[] y = x.clone();
    call("sortInPlace$tangent", y, xd);
    assertArrayEquals(new double[] {1, 1, 1, 2, 3}, y);
    assertArrayEquals(new double[] {10, 30, 50, 20, 40}, xd);
    double[] xb = {1, 2, 3, 4, 5}; // the seed on the sorted values
    call("sortInPlace$adjoint", x.clone(), xb);
    assertArrayEquals(new double[] {1, 4, 2, 5, 3}, xb);
  }

  /**
   * The values come out as {@code Arrays.sort} leaves them, bit for bit ({@code -0.0} before
   * {@code 0.0}, NaN last), both for short ranges and long ones (another algorithm), and the
   * tangents (here each input's index) follow their values, ties in their original order.
   */
  @Test
  void theJdkOrderSignedZerosAndNaNs() {
    Random rnd = new Random(17);
    for (int n : new int[] {7, 16, 17, 300}) {
      double[] x = new double[n];
      double[] pool = {Double.NaN, 0.0, -0.0, 1, -1, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 2.5};
      for (int i = 0; i < n; i++) x[i] = i < pool.length ? pool[i] : pool[rnd.nextInt(pool.length)] + (rnd.nextBoolean() ? 0 : rnd.nextInt(5));
      double[] expected = x.clone();
      Arrays.sort(expected);
      double[] y = x.clone(), index = new double[n];
      for (int i = 0; i < n; i++) index[i] = i;
      call("sortInPlace$tangent", y, index);
      for (int k = 0; k < n; k++) {
        assertEquals(Double.doubleToLongBits(expected[k]), Double.doubleToLongBits(y[k]), "n=" + n + " value " + k);
        assertEquals(Double.doubleToLongBits(x[(int) index[k]]), Double.doubleToLongBits(y[k]), "n=" + n + " tangent " + k);
        if (k > 0 && Double.compare(y[k - 1], y[k]) == 0) {
          assertEquals(true, index[k - 1] < index[k], "n=" + n + " tie at " + k + " keeps its order");
        }
      }
      double[] yb = new double[n]; // the adjoint sends each sorted position's seed back to its input
      for (int k = 0; k < n; k++) yb[k] = k;
      call("sortInPlace$adjoint", x.clone(), yb);
      for (int j = 0; j < n; j++) assertEquals(j, index[(int) yb[j]], "n=" + n + " adjoint " + j);
    }
  }

  @Test
  void floatArrays() {
    float[] x = {0.3f, 1.2f, 2.0f, -0.5f, 1.5f};
    int[] r = ranks(new double[] {0.3f, 1.2f, 2.0f, -0.5f, 1.5f}, 0, 5);
    float[] xd = {1, 2, 3, 4, 5};
    float[] g = new float[5];
    for (int j = 0; j < 5; j++) g[j] = r[j] == 2 ? 2 * x[j] : 0;
    float t = ((Number) call("medianF$tangent", x.clone(), xd.clone())).floatValue();
    float[] xb = new float[5];
    call("medianF$adjoint", x.clone(), xb, 1f);
    float expected = 0;
    for (int j = 0; j < 5; j++) expected += g[j] * xd[j];
    assertEquals(expected, t, 1e-6f);
    assertArrayEquals(g, xb, 1e-6f);
    float fd = (((Number) call("medianF", bump(x, xd, 1e-3f))).floatValue() - ((Number) call("medianF", bump(x, xd, -1e-3f))).floatValue()) / 2e-3f;
    assertEquals(expected, fd, 1e-2f);

    float[] xs = {0.3f, 1.2f, 2.0f, -0.5f, 1.5f, 0.9f};
    float[] tg = xs.clone(), td = {1, 0, 0, 0, 0, 0};
    for (int j = 0; j < 6; j++) { // sortedRangeF over [1, 5): weight from + rank + 1 inside, j + 1 outside
      float[] e = new float[6];
      e[j] = 1;
      float tj = ((Number) call("sortedRangeF$tangent", xs.clone(), e, 1, 5)).floatValue();
      int[] rr = ranks(toDouble(xs), 1, 5);
      float w = j >= 1 && j < 5 ? 1 + rr[j] + 1 : j + 1;
      assertEquals(w, tj, 0f, "sortedRangeF tangent " + j);
      float[] sb = new float[6];
      call("sortedRangeF$adjoint", xs.clone(), sb, 1, 5, 1f);
      assertEquals(w, sb[j], 0f, "sortedRangeF adjoint " + j);
    }
  }

  static float[] bump(float[] x, float[] d, float h) {
    float[] y = x.clone();
    for (int i = 0; i < y.length; i++) y[i] += h * d[i];
    return y;
  }

  static double[] toDouble(float[] x) {
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) y[i] = x[i];
    return y;
  }

  /** A bad range throws what {@code Arrays.sort} throws, in both companions. */
  @Test
  void badRangesThrowWhatTheJdkThrows() throws Exception {
    double[] x = X5.clone();
    for (String m : new String[] {"sortedRange$tangent", "sortedRange$adjoint"}) {
      for (int[] range : new int[][] {{3, 1}, {-1, 2}, {0, 6}}) {
        Object[] args = m.endsWith("tangent") ? new Object[] {x.clone(), new double[5], range[0], range[1]}
            : new Object[] {x.clone(), new double[5], range[0], range[1], 1.0};
        Class<? extends Throwable> jdk = assertThrows(RuntimeException.class, () -> Arrays.sort(x.clone(), range[0], range[1])).getClass();
        AssertionError e = assertThrows(AssertionError.class, () -> call(m, args));
        assertInstanceOf(jdk, e.getCause(), m + " " + Arrays.toString(range));
      }
    }
  }

  /**
   * Order 2 (forward over reverse): the adjoint's sort helpers have tangents of their own
   * (core.analysis.HelperIntrinsic); H·v of {@code sum (i + 1) s_i^3} against the analytic
   * {@code diag(6 (rank_j + 1) x_j)} and central differences of the gradient.
   */
  @Test
  void hessianVectorProductsThroughASort() {
    Transformed h = Transformed.of(SortedArraysHigher.class, true);
    for (double[] x : new double[][] {X6, random(20, 21)}) {
      int n = x.length;
      int[] r = ranks(x, 0, n);
      double[] v = new double[n];
      for (int j = 0; j < n; j++) v[j] = Math.cos(3 * j + 1);
      double[] grad = new double[n], hv = new double[n];
      callOn(null, h.type, "rankWeightedCubes$adjoint$tangent", x.clone(), v.clone(), grad, hv, 1.0, 0.0);
      FiniteDifferences.Estimate[] fd = FiniteDifferences.directional(p -> {
        double[] g = new double[n];
        callOn(null, h.type, "rankWeightedCubes$adjoint", p.clone(), g, 1.0);
        return g;
      }, x, v);
      for (int j = 0; j < n; j++) {
        assertEquals(3 * (r[j] + 1) * x[j] * x[j], grad[j], 1e-12, "gradient " + j);
        assertEquals(6 * (r[j] + 1) * x[j] * v[j], hv[j], 1e-12, "H.v " + j);
        assertEquals(fd[j].value(), hv[j], fd[j].tolerance(1e-7), "H.v vs differences " + j);
      }
    }
  }

  /** Vector tangents do not carry a sort yet: one located diagnostic; the first-order companions stay. */
  @Test
  void vectorTangentsOfASortAreRefusedWhereItIsCalled() {
    Transformed h = Transformed.of(SortedArraysHigher.class, true);
    Diagnostic d = h.result.diagnostics().stream().filter(x -> x.method().startsWith("largest")).findFirst().orElseThrow();
    assertEquals(21, d.line(), d::toString);
    assertTrue(d.reason().contains("vector tangents do not support Arrays.sort") && d.reason().contains("largest$tangent"), d::reason);
    assertEquals(1, h.result.diagnostics().stream().filter(x -> !x.warning()).count(), () -> h.result.diagnostics().toString());
    double[] x = {0.4, -1.5, 2.5};
    double t = d(callOn(null, h.type, "largest$tangent", x.clone(), new double[] {1, 1, 1}));
    assertEquals(2.5 * 1 + (-1.5) * 1, t, 1e-15);
  }

  /** A sort in every trip of a loop (each trip's permutation on the tape): both modes, differences, dot product. */
  @Test
  void aSortInEveryTripOfALoop() {
    for (int trips : new int[] {1, 3}) {
      double[] x = random(9, 29);
      JacobianCheck.check(
          "sortsInALoop trips=" + trips,
          x,
          v -> one(d(call("sortsInALoop", v, trips))),
          (v, vd) -> one(d(call("sortsInALoop$tangent", v, vd, trips))),
          (v, yb) -> {
            double[] xb = new double[v.length];
            call("sortsInALoop$adjoint", v, xb, trips, yb[0]);
            return xb;
          },
          null);
    }
  }

  /** A same-class helper sorts the caller's array (a callee writing its argument: joint reversal). */
  @Test
  void aHelperSortsTheCallersArray() {
    for (double[] x : new double[][] {X5, random(12, 31)}) {
      int n = x.length;
      int[] r = ranks(x, 0, n);
      double low = 0, max = Double.NEGATIVE_INFINITY;
      for (int j = 0; j < n; j++) {
        if (r[j] < 2) low += x[j];
        max = Math.max(max, x[j]);
      }
      double[] g = new double[n];
      for (int j = 0; j < n; j++) g[j] = (r[j] < 2 ? max : 0) + (r[j] == n - 1 ? low : 0);
      checkScalar("lowPairTimesMax", x, g);
    }
  }

  /** A method of another class (companions generated into the caller, helpers copied there) sorts the caller's array. */
  @Test
  void aMethodOfAnotherClassSortsTheCallersArray() {
    for (double[] x : new double[][] {X5, X6, random(15, 37)}) {
      int n = x.length;
      int[] r = ranks(x, 0, n);
      double med = 0, min = Double.POSITIVE_INFINITY;
      for (int j = 0; j < n; j++) {
        if (r[j] == n / 2) med = x[j];
        min = Math.min(min, x[j]);
      }
      double[] g = new double[n];
      for (int j = 0; j < n; j++) g[j] = (r[j] == n / 2 ? min : 0) + (r[j] == 0 ? med : 0);
      checkScalar("libraryMedianTimesMin", x, g);
    }
  }

  /**
   * Allocation per call in steady state (the calling thread's counter): the tangent of a sort of at
   * most 16 elements allocates nothing (insertion with the tangents carried along); a longer one, and
   * every adjoint, allocates the permutation, an {@code int[]} of the range's length (its tape entry).
   */
  @Test
  void allocationPerCallIsThePermutationAtMost() throws Throwable {
    for (int n : new int[] {12, 40}) {
      double[] x = random(n, 41), work = new double[n], dot = new double[n], bar = new double[n];
      java.lang.invoke.MethodHandle tangent = handle("sortInPlace$tangent", double[].class, double[].class);
      java.lang.invoke.MethodHandle adjoint = handle("sortInPlace$adjoint", double[].class, double[].class);
      double permutation = 16 + 4.0 * n; // an int[n]: header and elements, 8-byte aligned
      double t = bytesPerCall(() -> {
        System.arraycopy(x, 0, work, 0, n);
        tangent.invokeExact(work, dot);
        return work[0];
      });
      double a = bytesPerCall(() -> {
        System.arraycopy(x, 0, work, 0, n);
        bar[0] = 1;
        adjoint.invokeExact(work, bar);
        return bar[0];
      });
      assertTrue(t <= (n <= 16 ? 0 : permutation) + 16, "tangent n=" + n + ": " + t + " bytes per call");
      assertTrue(a <= permutation + 16, "adjoint n=" + n + ": " + a + " bytes per call");
    }
  }

  interface Call {
    double run() throws Throwable;
  }

  static double bytesPerCall(Call call) throws Throwable {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    double sink = 0;
    for (int k = 0; k < 30_000; k++) sink += call.run();
    long before = threads.getCurrentThreadAllocatedBytes();
    for (int k = 0; k < 20_000; k++) sink += call.run();
    long after = threads.getCurrentThreadAllocatedBytes();
    assertTrue(!Double.isNaN(sink));
    return (after - before) / 20_000.0;
  }

  static java.lang.invoke.MethodHandle handle(String name, Class<?>... params) throws ReflectiveOperationException {
    java.lang.reflect.Method m = S.getDeclaredMethod(name, params);
    m.setAccessible(true);
    return java.lang.invoke.MethodHandles.lookup().unreflect(m).asType(java.lang.invoke.MethodType.methodType(void.class, params));
  }
}
