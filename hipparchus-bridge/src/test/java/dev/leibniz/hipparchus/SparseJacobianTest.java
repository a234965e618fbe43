package dev.leibniz.hipparchus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.SparseJacobian;
import java.lang.invoke.MethodHandles;
import java.util.Random;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;

/**
 * {@link SparseJacobian} under the agent: coloured tangent sweeps give the Jacobian of a banded
 * residual in 3 calls (plus the check) against Hipparchus and differences; a detected pattern
 * equals the true one; an incomplete pattern is reported, never turned into wrong entries.
 */
class SparseJacobianTest {
  static final int N = 40;

  static double[] point(long seed) {
    return new Random(seed).doubles(N, 0.1, 2).toArray();
  }

  static int[][] tridiagonal() {
    int[][] p = new int[N][];
    for (int i = 0; i < N; i++) {
      p[i] = i == 0 ? new int[] {0, 1} : i == N - 1 ? new int[] {N - 2, N - 1} : new int[] {i - 1, i, i + 1};
    }
    return p;
  }

  @Test
  void threeColoursGiveTheBandedJacobian() {
    SparseJacobian j = SparseJacobian.of(MethodHandles.lookup(), Decay.class, "chain", N, N, tridiagonal());
    assertEquals(3, j.colours());
    assertEquals(4, j.calls());
    double[] x = point(1);
    double[] r = new double[N];
    double[][] sparse = j.dense(x, r);
    double[][] ds = BridgeTest.jacobianDs(v -> {
      DerivativeStructure[] out = new DerivativeStructure[N];
      for (int i = 0; i < N; i++) {
        DerivativeStructure left = i > 0 ? v[i - 1] : v[0].getField().getOne();
        DerivativeStructure right = i + 1 < N ? v[i + 1].sin() : v[0].getField().getZero();
        out[i] = left.multiply(v[i]).add(right).subtract(v[i].multiply(v[i]).multiply(2));
      }
      return out;
    }, x);
    BridgeTest.assertClose(ds, sparse, 1e-14, "coloured J vs Hipparchus");
    LeibnizModel dense = LeibnizModel.of(MethodHandles.lookup(), Decay.class, "chain", N, N);
    BridgeTest.assertClose(BridgeTest.jacobianFd(dense::residuals, x), sparse, 1e-8, "coloured J vs differences");
    assertArrayEquals(dense.residuals(x), r, 0);
  }

  @Test
  void detectedPatternIsTheStructure() {
    int[][] found = SparseJacobian.detect(MethodHandles.lookup(), Decay.class, "chain", N, N, point(2));
    int[][] expected = tridiagonal();
    for (int i = 0; i < N; i++) assertArrayEquals(expected[i], found[i], "row " + i);
  }

  @Test
  void aPatternDetectedWhereTheBranchHidesColumnsIsReportedElsewhere() {
    double[] positive = point(3);
    int[][] diagonal = SparseJacobian.detect(MethodHandles.lookup(), Decay.class, "branchy", N, N, positive);
    for (int i = 0; i < N; i++) assertArrayEquals(new int[] {i}, diagonal[i], "row " + i);
    SparseJacobian j = SparseJacobian.of(MethodHandles.lookup(), Decay.class, "branchy", N, N, diagonal);
    assertEquals(1, j.colours());
    j.values(positive, null); // right where the pattern was found
    double[] mixed = positive.clone();
    mixed[7] = -0.5;
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> j.values(mixed, null));
    assertTrue(e.getMessage().contains("row 7"), e.getMessage());
    // Detected at both points, the pattern is complete there.
    int[][] union = SparseJacobian.detect(MethodHandles.lookup(), Decay.class, "branchy", N, N, positive, mixed);
    assertArrayEquals(new int[] {7, 8}, union[7]);
    double[][] ok = SparseJacobian.of(MethodHandles.lookup(), Decay.class, "branchy", N, N, union).dense(mixed, null);
    assertEquals(mixed[8], ok[7][7], 0);
    assertEquals(mixed[7], ok[7][8], 0);
  }

  /** With {@code $tangents}: one call per Jacobian (colours and check together), same entries. */
  @Test
  void vectorTangentsGiveTheSameJacobianInOneCall() {
    SparseJacobian vector = SparseJacobian.of(MethodHandles.lookup(), Decay.class, "chainVector", N, N, tridiagonal());
    SparseJacobian scalar = SparseJacobian.of(MethodHandles.lookup(), Decay.class, "chain", N, N, tridiagonal());
    assertTrue(vector.byVectorTangents());
    assertTrue(!scalar.byVectorTangents());
    assertEquals(1, vector.calls());
    assertEquals(4, vector.directions());
    double[] x = point(4);
    double[] r1 = new double[N], r2 = new double[N];
    double[][] a = vector.dense(x, r1), b = scalar.dense(x, r2);
    assertArrayEquals(r2, r1, 0);
    for (int i = 0; i < N; i++) assertArrayEquals(b[i], a[i], 1e-15, "row " + i);
    double[][] c = vector.oneDirectionPerCall().dense(x, null);
    for (int i = 0; i < N; i++) assertArrayEquals(b[i], c[i], 0, "row " + i);
  }

  /**
   * The vector call's seed and result buffers are reused from one Jacobian to the next on a
   * thread, and the entries can be written into a given array: the same entries as a fresh
   * instance gives, at each of several points in turn (no stale tangents), in several threads.
   */
  @Test
  void reusedBuffersAndResultGiveTheEntriesOfEachPoint() throws Exception {
    SparseJacobian reused = SparseJacobian.of(MethodHandles.lookup(), Decay.class, "chainVector", N, N, tridiagonal());
    double[][] into = reused.newValues();
    for (long p = 10; p < 14; p++) {
      double[] x = point(p);
      double[][] fresh = SparseJacobian.of(MethodHandles.lookup(), Decay.class, "chainVector", N, N, tridiagonal()).values(x, null);
      assertTrue(into == reused.values(x, null, into));
      for (int i = 0; i < N; i++) assertArrayEquals(fresh[i], into[i], 0, "point " + p + " row " + i);
      double[][] scalar = SparseJacobian.of(MethodHandles.lookup(), Decay.class, "chain", N, N, tridiagonal()).values(x, null);
      for (int i = 0; i < N; i++) assertArrayEquals(scalar[i], into[i], 1e-15, "point " + p + " row " + i + " against r$tangent");
    }
    double[][] expected = reused.values(point(20), null);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
    try {
      java.util.List<java.util.concurrent.Future<double[][]>> results = new java.util.ArrayList<>();
      for (int t = 0; t < 6; t++) {
        long p = t % 2 == 0 ? 20 : 21;
        results.add(pool.submit(() -> {
          double[][] v = null;
          for (int n = 0; n < 50; n++) v = reused.values(point(p), null);
          return v;
        }));
      }
      for (int t = 0; t < 6; t += 2) {
        for (int i = 0; i < N; i++) assertArrayEquals(expected[i], results.get(t).get()[i], 0, "thread " + t + " row " + i);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThrows(IllegalArgumentException.class, () -> reused.values(point(1), null, new double[N][3]));
  }

  /**
   * The vector call's buffers come from the thread's spare arrays for the length of the call: a
   * residual method that evaluates the same instance's Jacobian from inside gets arrays of its
   * own, so both the nested and the outer entries are those of their points (with buffers held per
   * instance, the nested call wrote its tangents into the outer call's result).
   */
  @Test
  void aJacobianEvaluatedFromInsideItsOwnMethodGetsBuffersOfItsOwn() {
    Reentrant model = new Reentrant();
    SparseJacobian j = SparseJacobian.of(MethodHandles.lookup(), model, "chain", N, N, tridiagonal());
    assertTrue(j.byVectorTangents());
    double[] outer = point(30), inner = point(31);
    double[][] expectedOuter = j.values(outer, null), expectedInner = j.values(inner, null);
    model.inner = j;
    model.innerPoint = inner;
    for (int round = 0; round < 3; round++) {
      double[] r = new double[N];
      double[][] got = j.values(outer, r);
      for (int i = 0; i < N; i++) {
        assertArrayEquals(expectedOuter[i], got[i], 0, "outer, round " + round + ", row " + i);
        assertArrayEquals(expectedInner[i], model.innerEntries[i], 0, "nested, round " + round + ", row " + i);
      }
      double[] plain = new double[N];
      Decay.chainVector(outer.clone(), plain);
      assertArrayEquals(plain, r, 0, "residuals, round " + round);
    }
    double[][] dense = SparseJacobian.of(MethodHandles.lookup(), Decay.class, "chain", N, N, tridiagonal()).values(outer, null);
    for (int i = 0; i < N; i++) assertArrayEquals(dense[i], expectedOuter[i], 1e-15, "against r$tangent, row " + i);
    model.inner = null;
    double[][] fd = BridgeTest.jacobianFd(x -> {
      double[] out = new double[N];
      Decay.chainVector(x, out);
      return out;
    }, outer);
    double[][] full = j.dense(outer, null);
    BridgeTest.assertClose(fd, full, 1e-8, "nested-capable Jacobian vs differences");
  }

  /**
   * In steady state a vector Jacobian written into a given array allocates nothing per call: its
   * seed copy and result tangents (2 × 40 × 4 doubles here) are the thread's spare buffers, taken
   * and given back; the instance holds none between calls.
   */
  @Test
  void aJacobianIntoAGivenArrayAllocatesNoBuffersInSteadyState() {
    SparseJacobian j = SparseJacobian.of(MethodHandles.lookup(), Decay.class, "chainVector", N, N, tridiagonal());
    double[] x = point(40), r = new double[N];
    double[][] into = j.newValues();
    com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    long id = Thread.currentThread().getId();
    for (int w = 0; w < 20_000; w++) j.values(x, r, into);
    int calls = 2_000;
    long before = bean.getThreadAllocatedBytes(id);
    for (int c = 0; c < calls; c++) j.values(x, r, into);
    long perCall = (bean.getThreadAllocatedBytes(id) - before) / calls;
    assertTrue(perCall < 2 * N * j.directions() * 8 / 4, perCall + " bytes allocated per Jacobian");
    double[][] fresh = SparseJacobian.of(MethodHandles.lookup(), Decay.class, "chain", N, N, tridiagonal()).values(x, null);
    for (int i = 0; i < N; i++) assertArrayEquals(fresh[i], into[i], 1e-15, "row " + i);
  }

  static int[][] blockRows(boolean bordered) {
    int[][] p = new int[4][];
    for (int i = 0; i < 4; i++) {
      int[] block = new int[10];
      for (int k = 0; k < 10; k++) block[k] = 10 * i + k;
      p[i] = bordered && i > 0 ? concat(new int[] {0}, block) : block;
    }
    return p;
  }

  static int[] concat(int[] a, int[] b) {
    int[] c = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  /** Hipparchus' Jacobian of {@link Decay#blocks} (bordered: plus x[0]·x[10i + 5]). */
  static double[][] blocksDs(double[] x, boolean bordered) {
    return BridgeTest.jacobianDs(v -> {
      DerivativeStructure[] out = new DerivativeStructure[4];
      for (int i = 0; i < 4; i++) {
        DerivativeStructure s = v[0].getField().getZero();
        for (int j = 10 * i; j < 10 * i + 10; j++) s = s.add(v[j].sin().multiply(v[j]));
        out[i] = s.multiply(s);
        if (bordered) out[i] = out[i].add(v[0].multiply(v[10 * i + 5]));
      }
      return out;
    }, x);
  }

  /**
   * Rows that share no column take one colour: the whole Jacobian of four dense blocks comes from
   * one adjoint call (plus the check) instead of ten tangent directions, chosen by {@code of}; it
   * equals Hipparchus' and finite differences, and the columns' Jacobian (the tangents' and
   * adjoints' transposed products agree).
   */
  /** Every call of the method gets zeroed results, as a new array: a method adding into them saw the last call's. */
  @Test
  void aMethodAddingIntoItsResultsGetsTheSameEntriesAtEveryCall() {
    int[][] pattern = new int[N][];
    for (int i = 0; i < N; i++) pattern[i] = i + 1 < N ? new int[] {i, i + 1} : new int[] {0, i};
    double[] x = point(7);
    double[][] expected = new double[N][N];
    for (int i = 0; i < N; i++) {
      int next = (i + 1) % N;
      expected[i][i] += 3 * Math.cos(x[i]) * x[next];
      expected[i][next] += 3 * Math.sin(x[i]);
    }
    SparseJacobian columns = SparseJacobian.of(MethodHandles.lookup(), Decay.class, "addsInto", N, N, pattern);
    double[] r = new double[N];
    for (SparseJacobian j : new SparseJacobian[] {columns, columns.oneDirectionPerCall(), columns.byRows()}) {
      for (int call = 0; call < 3; call++) {
        BridgeTest.assertClose(expected, j.dense(x, r), 1e-13, "call " + call);
      }
      double[] plain = new double[N];
      Decay.addsInto(x.clone(), plain);
      assertArrayEquals(plain, r, 1e-15, "the residuals of the last call");
    }
  }

  @Test
  void structurallyOrthogonalRowsAreTakenByOneAdjointCall() {
    SparseJacobian j = SparseJacobian.of(MethodHandles.lookup(), Decay.class, "blocks", N, 4, blockRows(false));
    assertTrue(j.byReverseRows());
    assertTrue(!j.byVectorTangents());
    assertEquals(1, j.colours());
    assertEquals(2, j.calls());
    SparseJacobian columns = j.byColumns();
    assertTrue(!columns.byReverseRows() && columns.byVectorTangents());
    assertEquals(10, columns.colours());
    double[] x = point(50);
    double[] r = new double[4];
    double[][] byRows = j.dense(x, r);
    BridgeTest.assertClose(blocksDs(x, false), byRows, 1e-14, "reverse rows vs Hipparchus");
    BridgeTest.assertClose(BridgeTest.jacobianFd(y -> {
      double[] out = new double[4];
      Decay.blocks(y, out);
      return out;
    }, x), byRows, 1e-7, "reverse rows vs differences");
    double[] plain = new double[4];
    Decay.blocks(x.clone(), plain);
    assertArrayEquals(plain, r, 0);
    double[][] byColumns = columns.dense(x, null);
    BridgeTest.assertClose(byColumns, byRows, 1e-14, "reverse rows vs tangent columns");
    // dot product: u·(J v) by the columns' Jacobian against (uᵀJ)·v by the rows'
    java.util.Random random = new java.util.Random(5);
    double[] u = random.doubles(4).toArray(), v = random.doubles(N).toArray();
    double left = 0, right = 0;
    for (int i = 0; i < 4; i++) {
      for (int k = 0; k < N; k++) {
        left += u[i] * byColumns[i][k] * v[k];
        right += u[i] * byRows[i][k] * v[k];
      }
    }
    assertEquals(left, right, 1e-12 * Math.abs(left));
  }

  /** With a column every row reads, the rows need four colours: columns are chosen; rows on request agree. */
  @Test
  void rowsThatShareAColumnAreTakenByColumnsUnlessAsked() {
    SparseJacobian j = SparseJacobian.of(MethodHandles.lookup(), Decay.class, "bordered", N, 4, blockRows(true));
    assertTrue(!j.byReverseRows());
    assertEquals(11, j.colours());
    SparseJacobian rows = j.byRows();
    assertTrue(rows.byReverseRows());
    assertEquals(4, rows.colours());
    assertEquals(5, rows.calls());
    assertEquals(4, rows.unchecked().calls());
    double[] x = point(51);
    double[][] byRows = rows.dense(x, null);
    BridgeTest.assertClose(blocksDs(x, true), byRows, 1e-14, "reverse rows vs Hipparchus");
    BridgeTest.assertClose(j.dense(x, null), byRows, 1e-14, "reverse rows vs tangent columns");
    double[][] into = rows.newValues();
    for (long p = 52; p < 55; p++) {
      double[] y = point(p);
      rows.values(y, null, into);
      double[][] expected = SparseJacobian.of(MethodHandles.lookup(), Decay.class, "bordered", N, 4, blockRows(true)).values(y, null);
      for (int i = 0; i < 4; i++) assertArrayEquals(expected[i], into[i], 1e-14, "point " + p + " row " + i);
    }
  }

  /** Reverse rows of an instance method (the adjoint bound to its receiver), nested inside itself as for columns. */
  @Test
  void reverseRowsOfAnInstanceMethodAreReentrant() {
    Reentrant model = new Reentrant();
    SparseJacobian columns = SparseJacobian.of(MethodHandles.lookup(), model, "chain", N, N, tridiagonal());
    SparseJacobian rows = columns.byRows();
    assertTrue(rows.byReverseRows());
    assertEquals(3, rows.colours());
    double[] outer = point(60), inner = point(61);
    double[][] expectedOuter = columns.values(outer, null), expectedInner = columns.values(inner, null);
    model.inner = rows;
    model.innerPoint = inner;
    double[][] got = rows.values(outer, null);
    for (int i = 0; i < N; i++) {
      assertArrayEquals(expectedOuter[i], got[i], 1e-14, "outer row " + i);
      assertArrayEquals(expectedInner[i], model.innerEntries[i], 1e-14, "nested row " + i);
    }
  }

  /** A column missing from the pattern is reported by reverse rows too, never folded into another entry. */
  @Test
  void reverseRowsReportAnIncompletePattern() {
    int[][] missing = blockRows(false);
    missing[2] = java.util.Arrays.copyOf(missing[2], 9); // drops column 29
    SparseJacobian j = SparseJacobian.of(MethodHandles.lookup(), Decay.class, "blocks", N, 4, missing);
    assertTrue(j.byReverseRows());
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> j.values(point(56), null));
    assertTrue(e.getMessage().contains("column 29"), e.getMessage());
    int[][] bordered = blockRows(true);
    bordered[3] = java.util.Arrays.copyOfRange(bordered[3], 1, 11); // row 3 without column 0, shared with rows 1, 2
    SparseJacobian b = SparseJacobian.of(MethodHandles.lookup(), Decay.class, "bordered", N, 4, bordered).byRows();
    IllegalStateException f = assertThrows(IllegalStateException.class, () -> b.values(point(57), null));
    assertTrue(f.getMessage().contains("column 0"), f.getMessage());
  }

  /** Detection probes 64 columns per $tangents call; the result is the per-column probe's. */
  @Test
  void vectorDetectionFindsTheSamePatterns() {
    int[][] found = SparseJacobian.detect(MethodHandles.lookup(), Decay.class, "chainVector", N, N, point(2));
    int[][] expected = tridiagonal();
    for (int i = 0; i < N; i++) assertArrayEquals(expected[i], found[i], "row " + i);
    double[] positive = point(3), mixed = positive.clone();
    mixed[7] = -0.5;
    int[][] diagonal = SparseJacobian.detect(MethodHandles.lookup(), Decay.class, "branchyVector", N, N, positive);
    SparseJacobian j = SparseJacobian.of(MethodHandles.lookup(), Decay.class, "branchyVector", N, N, diagonal);
    j.values(positive, null);
    // the checking direction rides in the same call, and still catches the hidden column
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> j.values(mixed, null));
    assertTrue(e.getMessage().contains("row 7"), e.getMessage());
    int[][] union = SparseJacobian.detect(MethodHandles.lookup(), Decay.class, "branchyVector", N, N, positive, mixed);
    int[][] unionScalar = SparseJacobian.detect(MethodHandles.lookup(), Decay.class, "branchy", N, N, positive, mixed);
    for (int i = 0; i < N; i++) assertArrayEquals(unionScalar[i], union[i], "row " + i);
    assertArrayEquals(new int[] {7, 8}, union[7]);
  }

  @Test
  void badPatternsAreRejected() {
    int[][] p = tridiagonal();
    p[3] = new int[] {2, 2};
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SparseJacobian.of(MethodHandles.lookup(), Decay.class, "chain", N, N, p));
    assertTrue(e.getMessage().contains("row 3"), e.getMessage());
  }
}
