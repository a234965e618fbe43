package dev.leibniz.arrays;

import static dev.leibniz.arrays.MovedRowsTest.ROWS;
import static dev.leibniz.arrays.MovedRowsTest.invoke;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.arrays.fixtures.RowMatrix;
import dev.leibniz.core.Diagnostic;
import dev.leibniz.oracle.JacobianCheck;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rows of a caller's {@code double[][]} moved by reference, in both modes ({@code core.reverse.MovedRows}): sorted by a
 * private helper in a loop (its split adjoint follows the caller's shadow rows, the caller reseats the seeds between
 * its sweeps), a row referenced twice, a row of another parameter; each against the analytic Jacobian, central
 * differences and the dot-product test. The shapes not followed are refused with a located reason (rows of a row of a
 * three-dimensional parameter, a row-moving helper reversed jointly), and a shadow row given at two indices that end
 * with different rows is an exception at run time, never a wrong gradient.
 */
class RowsMovedByReferenceTest {
  // distinct keys in several orders: no swap, one swap, a full reversal, a rotation
  static final double[][] POINTS3 = {{2.0, 1.2, 0.5}, {1.2, 2.0, 0.5}, {0.5, 1.2, 2.0}, {1.2, 0.5, 2.0}};

  @Test
  void rowsSortedByAPrivateHelperInALoopAreDifferentiatedInBothModes() {
    MovedRowsTest.assertNoDiagnostic(ROWS, "sorted3");
    for (double[] x : POINTS3) {
      JacobianCheck.check("sorted3" + Arrays.toString(x), x, RowsMovedByReferenceTest::sorted3, RowsMovedByReferenceTest::sorted3Tangent,
          RowsMovedByReferenceTest::sorted3Adjoint, sorted3Jacobian(x));
    }
  }

  @Test
  void aRowReferencedTwiceGetsTheSumOfBothSeeds() {
    MovedRowsTest.assertNoDiagnostic(ROWS, "duplicated");
    for (double[] x : new double[][] {{0.5, 1.2, 2.0}, {-1.5, 0.7, 0.3}}) {
      double f0 = x[1] * x[1] * x[2], f1 = 2 * x[1] * x[2] * (x[0] + x[2]), f2 = x[1] * x[1] * (x[0] + 2 * x[2]);
      double[] a = {x[1], x[0], 0}, f = {f0, f1, f2};
      JacobianCheck.check("duplicated" + Arrays.toString(x), x, p -> twoRows("duplicated", p, null, false),
          (p, pd) -> twoRows("duplicated", p, pd, false), (p, w) -> twoRowsAdjoint("duplicated", p, w, false),
          new double[][] {a, f, a, f});
    }
  }

  @Test
  void aRowOfAnotherParameterGetsTheSeedsOfBothPlaces() {
    MovedRowsTest.assertNoDiagnostic(ROWS, "borrowed");
    for (double[] x : new double[][] {{0.5, 1.2, 2.0}, {-1.5, 0.7, 0.3}}) {
      double[] v00 = {x[2], 0, x[0] + 2 * x[2]}, v01 = {0, 1, 0}, zero = new double[3];
      JacobianCheck.check("borrowed" + Arrays.toString(x), x, p -> twoRows("borrowed", p, null, true),
          (p, pd) -> twoRows("borrowed", p, pd, true), (p, w) -> twoRowsAdjoint("borrowed", p, w, true),
          new double[][] {v00, v01, {1, 1, 0}, {0, 0, 2 * x[2]}, zero, zero, v00, v01});
    }
  }

  @Test
  void shapesNotFollowedAreRefusedInAdjointModeWithTheirLine() {
    List<Diagnostic> ds = ROWS.result.diagnostics();
    assertTrue(ds.stream().anyMatch(d -> d.method().startsWith("deeper(") && d.line() > 0
        && d.reason().contains("a row (an element of reference type) is stored into the double[][]")
        && d.reason().contains("within a double[][] or float[][] parameter only")), ds::toString);
    assertTrue(ds.stream().anyMatch(d -> d.method().startsWith("jointMover(") && d.line() > 0
        && d.reason().contains("moves rows of an array of arrays it is given") && d.reason().contains("reversed jointly")), ds::toString);
    for (String name : new String[] {"deeper", "jointMover"}) {
      assertTrue(Arrays.stream(ROWS.type.getDeclaredMethods()).noneMatch(m -> m.getName().equals(name + "$adjoint")), name);
      assertTrue(Arrays.stream(ROWS.type.getDeclaredMethods()).anyMatch(m -> m.getName().equals(name + "$tangent")), name);
    }
  }

  @Test
  void rowsCopiedIntoTheCallersArrayBySystemArraycopyAreRefusedInAdjointMode() {
    // silently wrong before: the seeds (1, 10) of the final rows gave (1, 20), not (10, 2)
    dev.leibniz.testing.Transformed t = dev.leibniz.testing.Transformed.of(dev.leibniz.arrays.fixtures.CopiedRows.class, true);
    List<Diagnostic> ds = t.result.diagnostics();
    assertTrue(ds.stream().anyMatch(d -> d.method().startsWith("copiedRows(") && d.line() > 0 && d.mode().equals("adjoint")
        && d.reason().contains("System.arraycopy copies rows (references) into the double[][] the caller gave")), ds::toString);
    assertTrue(Arrays.stream(t.type.getDeclaredMethods()).noneMatch(m -> m.getName().equals("copiedRows$adjoint")));
    assertTrue(Arrays.stream(t.type.getDeclaredMethods()).anyMatch(m -> m.getName().equals("copiedRows$tangent")));
  }

  @Test
  void oneShadowRowGivenAtTwoIndicesThatEndWithDifferentRowsIsAnExceptionAtRunTime() {
    // the caller's rows 0 and 1 are one row, and so are their shadows: v[0] = w[1] leaves index 1 with it, index 0 not
    double[] x = {0.5, 1.2, 2.0};
    double[] shared = new double[2], sharedBar = {1, 1};
    double[][] v = {shared, shared}, vb = {sharedBar, sharedBar}, w = new double[2][2], wb = new double[2][2];
    AssertionError e = assertThrows(AssertionError.class,
        () -> invoke(ROWS, "borrowed$adjoint", x, new double[3], v, vb, w, wb));
    assertTrue(e.getCause() instanceof IllegalArgumentException && e.getCause().getMessage().contains("one shadow row is given at two"),
        String.valueOf(e.getCause()));
  }

  @Test
  void rowsOfAnArrayHeldInTheReceiversFieldSwappedByReferenceAreDifferentiatedInBothModes() {
    assertTrue(MATRIX.result.diagnostics().stream().noneMatch(d -> d.method().startsWith("scaleAndSwap(")),
        MATRIX.result.diagnostics()::toString);
    // inputs s, then rows (a, b; c, d); outputs the final rows: (c, d; s a, s b)
    for (double[] p : new double[][] {{1.5, 0.5, -1.2, 2.0, 0.7}, {-0.3, 1.1, 0.4, -2.2, 3.0}}) {
      double s = p[0], a = p[1], b = p[2];
      JacobianCheck.check("scaleAndSwap" + Arrays.toString(p), p, q -> scaleAndSwap(q, null),
          (q, qd) -> scaleAndSwap(q, qd), RowsMovedByReferenceTest::scaleAndSwapAdjoint,
          new double[][] {{0, 0, 0, 1, 0}, {0, 0, 0, 0, 1}, {a, s, 0, 0, 0}, {b, 0, s, 0, 0}});
    }
  }

  @Test
  void aHelperSwappingRowsOfAnObjectsFieldIsRefusedAtTheCall() {
    List<Diagnostic> ds = MATRIX.result.diagnostics();
    assertTrue(ds.stream().anyMatch(d -> d.method().startsWith("swapThrough(") && d.line() > 0
        && d.reason().contains("moves rows of an array of arrays it is given")), ds::toString);
    assertTrue(Arrays.stream(MATRIX.type.getDeclaredMethods()).noneMatch(m -> m.getName().equals("swapThrough$adjoint")));
  }

  static final dev.leibniz.testing.Transformed MATRIX = dev.leibniz.testing.Transformed.of(RowMatrix.class, true);

  static Object matrix(double[][] rows) {
    try {
      return MATRIX.type.getConstructor(double[][].class).newInstance((Object) rows);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static double[][] rowsOf(Object m) {
    try {
      return (double[][]) MATRIX.type.getField("rows").get(m);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static Object call(Object receiver, String name, Object... args) {
    for (java.lang.reflect.Method m : MATRIX.type.getDeclaredMethods()) {
      if (!m.getName().equals(name) || m.getParameterCount() != args.length) continue;
      try {
        return m.invoke(receiver, args);
      } catch (java.lang.reflect.InvocationTargetException e) {
        throw new AssertionError(name, e.getCause());
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(name, e);
      }
    }
    throw new AssertionError("no " + name);
  }

  /** The final rows, or with {@code pd} their tangents. */
  static double[] scaleAndSwap(double[] p, double[] pd) {
    Object m = matrix(new double[][] {{p[1], p[2]}, {p[3], p[4]}});
    if (pd == null) {
      call(m, "scaleAndSwap", p[0], 0, 1);
      double[][] r = rowsOf(m);
      return new double[] {r[0][0], r[0][1], r[1][0], r[1][1]};
    }
    Object dm = matrix(new double[][] {{pd[1], pd[2]}, {pd[3], pd[4]}});
    call(m, "scaleAndSwap$tangent", dm, p[0], pd[0], 0, 1);
    double[][] r = rowsOf(dm);
    return new double[] {r[0][0], r[0][1], r[1][0], r[1][1]};
  }

  static double[] scaleAndSwapAdjoint(double[] p, double[] w) {
    Object m = matrix(new double[][] {{p[1], p[2]}, {p[3], p[4]}});
    Object bar = matrix(new double[][] {{w[0], w[1]}, {w[2], w[3]}});
    double[][] given = rowsOf(bar).clone();
    double[] grad = new double[1];
    call(m, "scaleAndSwap$adjoint", bar, p[0], 0, 1, grad);
    double[][] r = rowsOf(bar);
    for (int i = 0; i < 2; i++) assertTrue(r[i] == given[i], "shadow row " + i + " moved");
    return new double[] {grad[0], r[0][0], r[0][1], r[1][0], r[1][1]};
  }

  // sorted3: rows r_i = (x_i x_{i+1}, x_i + 2 x_{i+2}), keys x_i, sorted descending; outputs v (3 x 2) then d

  static int[] order(double[] x) {
    Integer[] o = {0, 1, 2};
    Arrays.sort(o, (a, b) -> Double.compare(x[b], x[a]));
    return new int[] {o[0], o[1], o[2]};
  }

  static double[][] sorted3Jacobian(double[] x) {
    int[] s = order(x);
    double[][] j = new double[9][3];
    for (int k = 0; k < 3; k++) {
      int a = s[k], a1 = (a + 1) % 3, a2 = (a + 2) % 3;
      j[2 * k][a] += x[a1];
      j[2 * k][a1] += x[a];
      j[2 * k + 1][a] += 1;
      j[2 * k + 1][a2] += 2;
      j[6 + k][a] = 1;
    }
    return j;
  }

  static double[] flat3(double[][] v, double[] d) {
    return new double[] {v[0][0], v[0][1], v[1][0], v[1][1], v[2][0], v[2][1], d[0], d[1], d[2]};
  }

  static double[] sorted3(double[] x) {
    double[][] v = new double[3][2];
    double[] d = new double[3];
    invoke(ROWS, "sorted3", x, v, d);
    return flat3(v, d);
  }

  static double[] sorted3Tangent(double[] x, double[] xd) {
    double[][] v = new double[3][2], vd = new double[3][2];
    double[] d = new double[3], dd = new double[3];
    invoke(ROWS, "sorted3$tangent", x, xd, v, vd, d, dd);
    return flat3(vd, dd);
  }

  static double[] sorted3Adjoint(double[] x, double[] w) {
    double[][] v = new double[3][2], vb = {{w[0], w[1]}, {w[2], w[3]}, {w[4], w[5]}};
    double[] d = new double[3], db = {w[6], w[7], w[8]}, xb = new double[3];
    double[][] given = vb.clone();
    invoke(ROWS, "sorted3$adjoint", x, xb, v, vb, d, db);
    for (int i = 0; i < 3; i++) assertTrue(vb[i] == given[i], "sorted3: shadow row " + i + " moved");
    return xb;
  }

  // duplicated(x, v) and borrowed(x, v, w): outputs v's final rows, then w's

  static double[] twoRows(String name, double[] x, double[] xd, boolean withW) {
    double[][] v = new double[2][2], vd = new double[2][2], w = new double[2][2], wd = new double[2][2];
    if (xd == null) {
      if (withW) invoke(ROWS, name, x, v, w);
      else invoke(ROWS, name, x, v);
      return flat(v, withW ? w : null);
    }
    if (withW) invoke(ROWS, name + "$tangent", x, xd, v, vd, w, wd);
    else invoke(ROWS, name + "$tangent", x, xd, v, vd);
    return flat(vd, withW ? wd : null);
  }

  static double[] twoRowsAdjoint(String name, double[] x, double[] s, boolean withW) {
    double[][] v = new double[2][2], vb = {{s[0], s[1]}, {s[2], s[3]}}, w = new double[2][2];
    double[][] wb = withW ? new double[][] {{s[4], s[5]}, {s[6], s[7]}} : null;
    double[] xb = new double[3];
    double[][] given = vb.clone();
    if (withW) invoke(ROWS, name + "$adjoint", x, xb, v, vb, w, wb);
    else invoke(ROWS, name + "$adjoint", x, xb, v, vb);
    // the caller's shadow arrangement is given back: each shadow row object where the caller put it
    for (int i = 0; i < 2; i++) assertTrue(vb[i] == given[i], name + ": shadow row " + i + " moved");
    return xb;
  }

  static double[] flat(double[][] v, double[][] w) {
    double[] a = {v[0][0], v[0][1], v[1][0], v[1][1]};
    if (w == null) return a;
    double[] b = Arrays.copyOf(a, 8);
    b[4] = w[0][0];
    b[5] = w[0][1];
    b[6] = w[1][0];
    b[7] = w[1][1];
    return b;
  }
}
