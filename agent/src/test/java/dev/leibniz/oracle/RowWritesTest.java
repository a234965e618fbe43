package dev.leibniz.oracle;

import static dev.leibniz.oracle.ArraysAndCallsTest.callOn;
import static dev.leibniz.oracle.ArraysAndCallsTest.d;
import static dev.leibniz.oracle.ArraysAndCallsTest.one;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.oracle.fixtures.RowWrites;
import dev.leibniz.oracle.fixtures.lib.RowKernel;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Callees that write the rows of a {@code double[][]} parameter, or a counter held in an {@code
 * Object[]}, in reverse mode: a joint call's adjoint runs the callee again in the reverse sweep,
 * so the rows it writes must be given back as the call saw them (copied deeply), aliases of rows
 * taken before the call included; a split call runs it once. Both modes against the analytic
 * gradient, central differences and the dot-product test, and the primal's final state.
 */
class RowWritesTest {
  static final LinkedFixtures L = LinkedFixtures.allowingDiagnostics(RowWrites.class, RowKernel.class);
  static final Class<?> T = L.get(RowWrites.class);

  static double[][] matrix(double[] v) {
    return new double[][] {{v[0], v[1]}, {v[2], v[3]}};
  }

  static double[] flat(double[][] m) {
    return new double[] {m[0][0], m[0][1], m[1][0], m[1][1]};
  }

  /** {@code name(m)} at {@code v} (row-major) against {@code gradient}, in both modes. */
  static void checkMatrix(String name, double[] v, Function<double[], double[]> gradient) {
    assertNoDiagnostic(name);
    JacobianCheck.check(name, v,
        x -> one(d(callOn(null, T, name, (Object) matrix(x)))),
        (x, xd) -> one(d(callOn(null, T, name + "$tangent", matrix(x), matrix(xd)))),
        (x, yb) -> {
          double[][] mb = new double[2][2];
          callOn(null, T, name + "$adjoint", matrix(x), mb, yb[0]);
          return flat(mb);
        },
        new double[][] {gradient.apply(v)});
    double[][] primal = matrix(v), adj = matrix(v), tan = matrix(v);
    double y = d(callOn(null, T, name, (Object) primal));
    assertEquals(y, d(callOn(null, T, name + "$adjoint", adj, new double[2][2], 1.0)), 0, name + "$adjoint's value");
    callOn(null, T, name + "$tangent", tan, new double[2][2]);
    assertArrayEquals(flat(primal), flat(adj), 0, name + "$adjoint leaves the matrix as the primal does");
    assertArrayEquals(flat(primal), flat(tan), 0, name + "$tangent leaves the matrix as the primal does");
  }

  static void assertNoDiagnostic(String name) {
    List<Diagnostic> mine = L.result(RowWrites.class).diagnostics().stream().filter(d -> d.method().startsWith(name + "(")).toList();
    assertTrue(mine.isEmpty(), () -> name + ": " + mine);
  }

  static final double[][] POINTS = {{0.7, -0.4, 1.3, 0.2}, {-1.1, 0.5, 0.9, -2.0}};

  /** {@code 2 a b² + a b + c}. */
  static double[] twiceMixed(double[] v) {
    double a = v[0], b = v[2];
    return new double[] {2 * b * b + b, 0, 4 * a * b + a, 1};
  }

  /** {@code a² b³ + a b + a b² + c}. */
  static double[] rowAlias(double[] v) {
    double a = v[0], b = v[2];
    return new double[] {2 * a * b * b * b + b + b * b, 0, 3 * a * a * b * b + a + 2 * a * b, 1};
  }

  @Test
  void rowsWrittenByAMarkedCalleeOfAnotherClass() {
    for (double[] v : POINTS) checkMatrix("twiceMixedThere", v, RowWritesTest::twiceMixed);
  }

  @Test
  void aRowAliasTakenBeforeAMarkedCalleeWritesIt() {
    for (double[] v : POINTS) checkMatrix("rowAliasThere", v, RowWritesTest::rowAlias);
  }

  @Test
  void rowsWrittenByAnUnmarkedCalleeOfAnotherClass() {
    for (double[] v : POINTS) checkMatrix("twiceMixedHosted", v, RowWritesTest::twiceMixed);
  }

  @Test
  void aRowAliasTakenBeforeAnUnmarkedCalleeWritesIt() {
    for (double[] v : POINTS) checkMatrix("rowAliasHosted", v, RowWritesTest::rowAlias);
  }

  /** {@code 2 a b² + 2 a b + c} (the first call's result, {@code a b}, added). */
  @Test
  void rowsWrittenByASameClassCalleeReturningAnArray() {
    for (double[] v : POINTS) {
      checkMatrix("twiceMixedReturningArray", v, x -> {
        double a = x[0], b = x[2];
        return new double[] {2 * b * b + 2 * b, 0, 4 * a * b + 2 * a, 1};
      });
    }
  }

  /** From a zero count {@code 4 x²}; the count ends at 2 in every mode. */
  static void checkCounter(String name) {
    assertNoDiagnostic(name);
    for (double x : new double[] {0.7, -1.3}) {
      JacobianCheck.check(name, new double[] {x},
          v -> one(d(callOn(null, T, name, v, cells()))),
          (v, vd) -> one(d(callOn(null, T, name + "$tangent", v, vd, cells()))),
          (v, yb) -> {
            double[] g = new double[1];
            callOn(null, T, name + "$adjoint", v, g, cells(), yb[0]);
            return g;
          },
          new double[][] {{8 * x}});
      Object[] cells = cells();
      callOn(null, T, name + "$adjoint", new double[] {x}, new double[1], cells, 1.0);
      assertEquals(2, ((int[]) cells[0])[0], name + "$adjoint counts once per call");
      cells = cells();
      callOn(null, T, name + "$tangent", new double[] {x}, new double[] {1}, cells);
      assertEquals(2, ((int[]) cells[0])[0], name + "$tangent counts once per call");
    }
  }

  static Object[] cells() {
    return new Object[] {new int[1]};
  }

  @Test
  void aCounterInAnObjectArrayOfAMarkedCallee() {
    checkCounter("countInObjectArrayThere");
  }

  @Test
  void aCounterInAnObjectArrayOfAnUnmarkedCallee() {
    checkCounter("countInObjectArrayHosted");
  }
}
