package dev.leibniz.arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.arrays.fixtures.ReversedInPlace;
import dev.leibniz.arrays.fixtures.SwappedRows;
import dev.leibniz.core.Diagnostic;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.oracle.JacobianCheck;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Arrays the caller gave, moved rather than written: rows of an output parameter swapped by reference (the Mines Java
 * Toolkit's {@code Eigen.solveSymmetric22} sorting its eigenvectors), and a parameter reversed in place by a helper that
 * returns it, written through that result and reversed back ({@code Conv.xcor}), or written through the parameter and
 * read through the result. The first was silently wrong in adjoint mode (the seed of each final row reached the row at
 * its index before the call; its tangent is right), then refused; it is now differentiated in both modes ({@code
 * core.reverse.MovedRows} reseats the seeds; more shapes in {@link RowsMovedByReferenceTest}). The second was
 * silently wrong in adjoint mode (the restoring reversal was reversed on a separate zero shadow of the helper's result:
 * the identity came out reversed), the third in both (the tangent's primal call ran on a copy): both modes are refused
 * ({@code core.analysis.ReturnedArguments}). The same computations written so that the caller's arrays stay in place
 * (values copied between rows, rows swapped in an array the method made, the helper's result only read) are
 * differentiated in both modes, against the analytic Jacobian, differences and the dot-product test.
 */
class MovedRowsTest {
  static final Transformed ROWS = Transformed.of(SwappedRows.class, true);
  static final Transformed REVERSED = Transformed.of(ReversedInPlace.class, true);
  // a point where the rows are swapped (x0 < x2), and one where they are not
  static final double[][] POINTS = {{0.5, 1.2, 2.0}, {2.0, 1.2, 0.5}};

  @Test
  void rowsOfAParameterSwappedByReferenceAreDifferentiatedInBothModes() {
    assertNoDiagnostic(ROWS, "sorted");
    for (double[] x : POINTS) {
      checkTangent("sorted", x, sortedJacobian(x), MovedRowsTest::sortedTangent);
      JacobianCheck.check("sorted" + Arrays.toString(x), x, p -> sortedPrimal("sorted", p),
          (p, pd) -> sortedTangentOf("sorted", p, pd), (p, w) -> sortedAdjoint("sorted", p, w), sortedJacobian(x));
    }
  }

  @Test
  void rowsSortedByCopyingValuesAreDifferentiatedInBothModes() {
    assertNoDiagnostic(ROWS, "sortedByValues");
    for (double[] x : POINTS) {
      JacobianCheck.check("sortedByValues" + Arrays.toString(x), x, p -> sortedPrimal("sortedByValues", p),
          (p, pd) -> sortedTangentOf("sortedByValues", p, pd), (p, w) -> sortedAdjoint("sortedByValues", p, w),
          sortedJacobian(x));
    }
  }

  @Test
  void rowsSwappedInAnArrayTheMethodMadeAreDifferentiatedInBothModes() {
    assertNoDiagnostic(ROWS, "sortedHere");
    for (double[] x : POINTS) {
      boolean swap = x[0] < x[2];
      // unsorted rows a = (x0 x1, x2 + x0), b = (x1, x2^2); weights 1, 2 on the first row, 3, 4 on the second
      double[] grad = swap ? new double[] {3 * x[1] + 4, 1 + 3 * x[0], 4 * x[2] + 4}
          : new double[] {x[1] + 2, x[0] + 3, 2 + 8 * x[2]};
      JacobianCheck.check("sortedHere" + Arrays.toString(x), x, p -> new double[] {(double) invoke(ROWS, "sortedHere", p)},
          (p, pd) -> new double[] {(double) invoke(ROWS, "sortedHere$tangent", p, pd)},
          (p, w) -> {
            double[] g = new double[3];
            invoke(ROWS, "sortedHere$adjoint", p, g, w[0]);
            return g;
          },
          new double[][] {grad});
    }
  }

  @Test
  void aHelpersResultThatMayBeItsArgumentIsRefusedWhenEitherIsWrittenAfterTheCall() {
    String reason = "which may return the array it is given";
    for (String name : new String[] {"weightedNoCopy", "weighted", "xcorLike", "readAfterArgumentWrite"}) {
      List<Diagnostic> ds = REVERSED.result.diagnostics();
      assertTrue(ds.stream().anyMatch(d -> d.method().startsWith(name + "(") && d.reason().contains(reason)), ds::toString);
      for (String companion : new String[] {"$tangent", "$adjoint"}) {
        assertTrue(Arrays.stream(REVERSED.type.getDeclaredMethods()).noneMatch(m -> m.getName().equals(name + companion)),
            "no " + name + companion);
      }
    }
    // the primal is unchanged: reverse, write x[0] = 5 x[1] through the parameter, read r[0] r[2] through the result
    double[] x = {0.5, 1.0, -0.25};
    assertEquals(5 * 1.0 * 0.5, (double) invoke(REVERSED, "readAfterArgumentWrite", (Object) x), 1e-15);
  }

  @Test
  void aHelpersResultKeptApartFromTheParameterIsDifferentiatedInBothModes() {
    assertNoDiagnostic(REVERSED, "weightedKept");
    for (double[] p : new double[][] {{0.5, 1.0, -0.25, 1.0, 2.0, -1.0}, {-1.5, 0.3, 0.8, 0.4, -0.7, 1.9}}) {
      JacobianCheck.check("weightedKept" + Arrays.toString(p), p, q -> weightedPrimal("weightedKept", q),
          (q, qd) -> weightedTangent("weightedKept", q, qd), MovedRowsTest::weightedKeptAdjoint, keptJacobian(p));
    }
  }

  // sorted: outputs v[0][0], v[0][1], v[1][0], v[1][1], d[0], d[1] of x = (x0, x1, x2)

  static double[][] sortedJacobian(double[] x) {
    double p = x[0] * x[1], q = x[2] + x[0];
    double[] dp = {x[1], x[0], 0}, dq = {1, 0, 1}, dx1 = {0, 1, 0}, dpq = {x[1] * q + p, x[0] * q, p};
    double[][] rowA = {dp, dq}, rowB = {dx1, dpq};
    double[] dx0 = {1, 0, 0}, dx2 = {0, 0, 1};
    boolean swap = x[0] < x[2];
    double[][] first = swap ? rowB : rowA, second = swap ? rowA : rowB;
    return new double[][] {first[0], first[1], second[0], second[1], swap ? dx2 : dx0, swap ? dx0 : dx2};
  }

  static double[] flat(double[][] v, double[] d) {
    return new double[] {v[0][0], v[0][1], v[1][0], v[1][1], d[0], d[1]};
  }

  static double[] sortedPrimal(String name, double[] x) {
    double[][] v = new double[2][2];
    double[] d = new double[2];
    invoke(ROWS, name, x, v, d);
    return flat(v, d);
  }

  static double[] sortedTangent(double[] x, double[] xd) {
    return sortedTangentOf("sorted", x, xd);
  }

  static double[] sortedTangentOf(String name, double[] x, double[] xd) {
    double[][] v = new double[2][2], vd = new double[2][2];
    double[] d = new double[2], dd = new double[2];
    invoke(ROWS, name + "$tangent", x, xd, v, vd, d, dd);
    return flat(vd, dd);
  }

  static double[] sortedAdjoint(String name, double[] x, double[] w) {
    double[][] v = new double[2][2], vb = {{w[0], w[1]}, {w[2], w[3]}};
    double[] d = new double[2], db = {w[4], w[5]}, xb = new double[3];
    invoke(ROWS, name + "$adjoint", x, xb, v, vb, d, db);
    return xb;
  }

  // weighted*: inputs x (3) then y (3); outputs the result, then x's final contents (x itself)

  static double[][] weightedJacobian(double[] p) {
    return new double[][] {{3 * p[5], 2 * p[4], p[3], p[2], 2 * p[1], 3 * p[0]}, {1, 0, 0, 0, 0, 0}, {0, 1, 0, 0, 0, 0},
        {0, 0, 1, 0, 0, 0}};
  }

  /** weightedKept: the same result, and x's final contents reversed. */
  static double[][] keptJacobian(double[] p) {
    return new double[][] {weightedJacobian(p)[0], {0, 0, 1, 0, 0, 0}, {0, 1, 0, 0, 0, 0}, {1, 0, 0, 0, 0, 0}};
  }

  static double[] weightedPrimal(String name, double[] p) {
    double[] x = Arrays.copyOf(p, 3);
    double s = (double) invoke(REVERSED, name, x, Arrays.copyOfRange(p, 3, 6));
    return new double[] {s, x[0], x[1], x[2]};
  }

  static double[] weightedTangent(String name, double[] p, double[] pd) {
    double[] xd = Arrays.copyOf(pd, 3);
    double s = (double) invoke(REVERSED, name + "$tangent", Arrays.copyOf(p, 3), xd, Arrays.copyOfRange(p, 3, 6),
        Arrays.copyOfRange(pd, 3, 6));
    return new double[] {s, xd[0], xd[1], xd[2]};
  }

  static double[] weightedKeptAdjoint(double[] p, double[] w) {
    double[] xb = {w[1], w[2], w[3]}, yb = new double[3];
    invoke(REVERSED, "weightedKept$adjoint", Arrays.copyOf(p, 3), xb, Arrays.copyOfRange(p, 3, 6), yb, w[0]);
    return new double[] {xb[0], xb[1], xb[2], yb[0], yb[1], yb[2]};
  }

  interface Tangent {
    double[] apply(double[] x, double[] xd);
  }

  /** The tangent's Jacobian, column by column, against the analytic one and central differences of the primal. */
  static void checkTangent(String name, double[] x, double[][] exact, Tangent tangent) {
    Function<double[], double[]> primal = p -> sortedPrimal(name, p);
    for (int j = 0; j < x.length; j++) {
      double[] e = new double[x.length];
      e[j] = 1;
      double[] col = tangent.apply(x.clone(), e);
      FiniteDifferences.Estimate[] fd = FiniteDifferences.directional(p -> primal.apply(p.clone()), x, e);
      for (int i = 0; i < exact.length; i++) {
        assertEquals(exact[i][j], col[i], 1e-12, name + " tangent vs analytic J[" + i + "][" + j + "] at " + Arrays.toString(x));
        assertEquals(fd[i].value(), col[i], fd[i].tolerance(1e-7), name + " tangent vs differences J[" + i + "][" + j + "]");
      }
    }
  }

  static void refusedInAdjointMode(Transformed t, String name, String reason) {
    List<Diagnostic> ds = t.result.diagnostics();
    assertTrue(ds.stream().anyMatch(d -> d.method().startsWith(name + "(") && d.reason().contains(reason)), ds::toString);
    assertTrue(Arrays.stream(t.type.getDeclaredMethods()).noneMatch(m -> m.getName().equals(name + "$adjoint")),
        "no " + name + "$adjoint");
    assertTrue(Arrays.stream(t.type.getDeclaredMethods()).anyMatch(m -> m.getName().equals(name + "$tangent")),
        name + "$tangent is generated");
  }

  static void assertNoDiagnostic(Transformed t, String name) {
    List<Diagnostic> ds = t.result.diagnostics();
    assertTrue(ds.stream().noneMatch(d -> d.method().startsWith(name + "(")), ds::toString);
  }

  static Object invoke(Transformed t, String name, Object... args) {
    for (Method m : t.type.getDeclaredMethods()) {
      if (!m.getName().equals(name) || m.getParameterCount() != args.length) continue;
      try {
        return m.invoke(null, args);
      } catch (InvocationTargetException e) {
        throw new AssertionError(name, e.getCause());
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(name, e);
      }
    }
    throw new AssertionError("no " + name + " of " + args.length + " parameters");
  }
}
