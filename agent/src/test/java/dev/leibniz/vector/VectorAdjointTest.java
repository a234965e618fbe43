package dev.leibniz.vector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * {@code m$adjoints} ({@code @Differentiable(adjoints = true)}): k rows of seeds, one forward sweep,
 * a reverse sweep per row. Each row against {@code m$adjoint} called with that seed alone (bit for
 * bit: the same reverse sweep), the analytic Jacobian, central differences, and the tangent
 * (dot-product test); rows must not leak into one another (a fresh array's increment, a recorded
 * branch). A method whose adjoint keeps a tape gets a warning and no vector adjoint.
 */
class VectorAdjointTest {
  static final Transformed T = Transformed.of(RowFunctions.class);

  /** Seeds: the unit rows, then a dense one, so that rows follow one another with different seeds. */
  static double[][] seeds(int m) {
    double[][] s = new double[m + 1][m];
    for (int i = 0; i < m; i++) s[i][i] = 1;
    for (int i = 0; i < m; i++) s[m][i] = 0.7 - 0.45 * i;
    return s;
  }

  static double[][] polarJacobian(double[] x) {
    double c = Math.cos(x[1]), s = Math.sin(x[1]);
    double[] last = x[2] > 0
        ? new double[] {x[0] / Math.hypot(x[0], x[2]), 0, x[2] / Math.hypot(x[0], x[2])}
        : new double[] {-1, 0, 1};
    return new double[][] {{c, -x[0] * s, 0}, {s, x[0] * c, 0}, last};
  }

  @Test
  void polarRowsAgainstRowByRowTheFormulaDifferencesAndTheTangent() throws ReflectiveOperationException {
    Method primal = T.method("polar", double[].class, double[].class);
    Method adjoints = T.method("polar$adjoints", double[].class, double[][].class, double[].class, double[][].class, int.class);
    Method adjoint = T.method("polar$adjoint", double[].class, double[].class, double[].class, double[].class);
    Method tangent = T.method("polar$tangent", double[].class, double[].class, double[].class, double[].class);
    for (double[] x : new double[][] {{1.3, 0.4, 0.8}, {-0.6, 2.1, -0.5}}) {
      double[][] seeds = seeds(3);
      int k = seeds.length;
      double[][] rBars = new double[k][];
      for (int d = 0; d < k; d++) rBars[d] = seeds[d].clone();
      double[][] xBars = new double[k][3];
      double[] r = new double[3];
      adjoints.invoke(null, x.clone(), xBars, r, rBars, k);
      double[] expected = new double[3];
      primal.invoke(null, x.clone(), expected);
      assertEquals(Arrays.toString(expected), Arrays.toString(r), "the primal result");
      double[][] jac = polarJacobian(x);
      for (int d = 0; d < k; d++) {
        double[] one = new double[3];
        adjoint.invoke(null, x.clone(), one, new double[3], seeds[d].clone());
        assertEquals(Arrays.toString(one), Arrays.toString(xBars[d]), "row " + d + " against m$adjoint alone (bit for bit)");
        for (int j = 0; j < 3; j++) {
          double formula = 0;
          for (int i = 0; i < 3; i++) formula += seeds[d][i] * jac[i][j];
          assertEquals(formula, xBars[d][j], 1e-14, "row " + d + ", column " + j + " against the formula");
        }
        checkColumnsAndDotProduct(x, seeds[d], xBars[d], p -> call(primal, p), tangent);
      }
    }
  }

  @Test
  void rowsDoNotCarryAFreshArraysIncrementOrTheScalarsAdjointToTheNextRow() throws ReflectiveOperationException {
    Method adjoints = T.method("accumulated$adjoints", double[].class, double[][].class, double.class, double[].class,
        double[][].class, double[][].class, int.class);
    Method adjoint = T.method("accumulated$adjoint", double[].class, double[].class, double.class, double[].class,
        double[].class, double[].class);
    double[] x = {0.9, -1.7};
    double w = 1.6;
    double[][] seeds = seeds(2);
    int k = seeds.length;
    double[][] rBars = new double[k][];
    for (int d = 0; d < k; d++) rBars[d] = seeds[d].clone();
    double[][] xBars = new double[k][2], wBars = new double[k][1];
    adjoints.invoke(null, x.clone(), xBars, w, new double[2], rBars, wBars, k);
    // r0 = w (x0 + x0 x1), r1 = w x1² + x0
    double[][] jac = {{w * (1 + x[1]), w * x[0], x[0] + x[0] * x[1]}, {1, 2 * w * x[1], x[1] * x[1]}};
    for (int d = 0; d < k; d++) {
      double[] one = new double[2], wOne = new double[1];
      adjoint.invoke(null, x.clone(), one, w, new double[2], seeds[d].clone(), wOne);
      assertEquals(Arrays.toString(one), Arrays.toString(xBars[d]), "row " + d + " against m$adjoint alone");
      assertEquals(wOne[0], wBars[d][0], 0, "row " + d + ": the scalar's adjoint");
      for (int j = 0; j < 3; j++) {
        double formula = seeds[d][0] * jac[0][j] + seeds[d][1] * jac[1][j];
        assertEquals(formula, j < 2 ? xBars[d][j] : wBars[d][0], 1e-14, "row " + d + ", column " + j);
      }
    }
  }

  static double[][] cellsJacobian(double[] x) {
    double a = Math.abs(x[1]), sign = Math.signum(x[1]), n = x[1] > 0 ? 2 : 3;
    return new double[][] {{2 * x[0], sign}, {2 * x[0] * a * n, x[0] * x[0] * sign * n}, {x[1], x[0]}};
  }

  /** Small temporaries (a branch writing their cells, an {@code int} one, one whose length is read): each row as m$adjoint's, the formula's, differences', the tangent's. */
  @Test
  void cellsRowsAgainstRowByRowTheFormulaDifferencesAndTheTangent() throws ReflectiveOperationException {
    Method primal = T.method("cells", double[].class, double[].class);
    Method adjoints = T.method("cells$adjoints", double[].class, double[][].class, double[].class, double[][].class, int.class);
    Method adjoint = T.method("cells$adjoint", double[].class, double[].class, double[].class, double[].class);
    Method tangent = T.method("cells$tangent", double[].class, double[].class, double[].class, double[].class);
    for (double[] x : new double[][] {{1.3, 0.4}, {-0.6, -2.1}}) {
      double[][] seeds = seeds(3);
      int k = seeds.length;
      double[][] rBars = new double[k][];
      for (int d = 0; d < k; d++) rBars[d] = seeds[d].clone();
      double[][] xBars = new double[k][2];
      double[] r = new double[3];
      adjoints.invoke(null, x.clone(), xBars, r, rBars, k);
      double[] expected = new double[3];
      primal.invoke(null, x.clone(), expected);
      assertEquals(Arrays.toString(expected), Arrays.toString(r), "the primal result");
      double[][] jac = cellsJacobian(x);
      for (int d = 0; d < k; d++) {
        double[] one = new double[2];
        adjoint.invoke(null, x.clone(), one, new double[3], seeds[d].clone());
        assertEquals(Arrays.toString(one), Arrays.toString(xBars[d]), "row " + d + " against m$adjoint alone (bit for bit)");
        for (int j = 0; j < 2; j++) {
          double formula = 0;
          for (int i = 0; i < 3; i++) formula += seeds[d][i] * jac[i][j];
          assertEquals(formula, xBars[d][j], 1e-13, "row " + d + ", column " + j + " against the formula");
        }
        checkColumnsAndDotProduct(x, seeds[d], xBars[d], p -> call(primal, p), tangent);
      }
    }
  }

  /** Rows of {@code n} cells each longer than {@code n} by two, filled with NaN: what a writing vector adjoint must overwrite. */
  static double[][] dirtyRows(int k, int n) {
    double[][] rows = new double[k][n + 2];
    for (double[] row : rows) Arrays.fill(row, Double.NaN);
    return rows;
  }

  /**
   * {@code m$adjointsSet} writes the rows that hold no seed: rows full of NaN (and longer than the
   * array) come back as {@code m$adjoint}'s on zeroed arrays, bit for bit, past the array's length
   * zero; against the formula, differences and the tangent. The seeds' rows are read as in {@code m$adjoints}.
   * Cells one path leaves unwritten ({@code oneSided}) and a row read at a computed index ({@code picked}) included.
   */
  @Test
  void writingRowsOverwriteWhatTheyHeldAgainstRowByRowTheFormulaDifferencesAndTheTangent() throws ReflectiveOperationException {
    for (String name : new String[] {"polar", "cells", "oneSided", "picked"}) {
      Method primal = T.method(name, double[].class, double[].class);
      Method set = T.method(name + "$adjointsSet", double[].class, double[][].class, double[].class, double[][].class, int.class);
      Method adjoint = T.method(name + "$adjoint", double[].class, double[].class, double[].class, double[].class);
      Method tangent = T.method(name + "$tangent", double[].class, double[].class, double[].class, double[].class);
      for (double[] x : name.equals("cells") ? new double[][] {{1.3, 0.4}, {-0.6, -2.1}} : new double[][] {{1.3, 0.4, 0.8}, {-0.6, 2.1, -0.5}}) {
        double[][] seeds = seeds(3);
        int k = seeds.length, n = x.length;
        double[][] rBars = new double[k][];
        for (int d = 0; d < k; d++) rBars[d] = seeds[d].clone();
        double[][] xBars = dirtyRows(k, n);
        double[] r = new double[3];
        set.invoke(null, x.clone(), xBars, r, rBars, k);
        double[][] jac = name.equals("polar") ? polarJacobian(x) : name.equals("cells") ? cellsJacobian(x)
            : name.equals("oneSided") ? new double[][] {{x[2], 0, x[0]}, x[0] > 0 ? new double[] {0, 2 * x[1], 0} : new double[] {1, 0, 0}, {0, 0, 0}}
            : new double[][] {{x[2], 0, x[0]}, {0, 2 * x[1], 0}, {0, 0, 0}};
        for (int d = 0; d < k; d++) {
          double[] one = new double[n];
          adjoint.invoke(null, x.clone(), one, new double[3], seeds[d].clone());
          assertEquals(Arrays.toString(one), Arrays.toString(Arrays.copyOf(xBars[d], n)), name + " row " + d + " against m$adjoint alone");
          assertEquals("[0.0, 0.0]", Arrays.toString(Arrays.copyOfRange(xBars[d], n, n + 2)), name + " row " + d + " past the array");
          for (int j = 0; j < n; j++) {
            double formula = 0;
            for (int i = 0; i < 3; i++) formula += seeds[d][i] * jac[i][j];
            assertEquals(formula, xBars[d][j], 1e-13, name + " row " + d + ", column " + j + " against the formula");
          }
          checkColumnsAndDotProduct(x, seeds[d], Arrays.copyOf(xBars[d], n), p -> call(primal, p), tangent);
        }
      }
    }
  }

  /** The scalar adjoints' row is written too; a temporary's increment and the scalar's adjoint do not reach the next row. */
  @Test
  void writingRowsOverwriteTheScalarAdjointsRow() throws ReflectiveOperationException {
    Method set = T.method("accumulated$adjointsSet", double[].class, double[][].class, double.class, double[].class,
        double[][].class, double[][].class, int.class);
    Method adjoint = T.method("accumulated$adjoint", double[].class, double[].class, double.class, double[].class,
        double[].class, double[].class);
    double[] x = {0.9, -1.7};
    double w = 1.6;
    double[][] seeds = seeds(2);
    int k = seeds.length;
    double[][] rBars = new double[k][];
    for (int d = 0; d < k; d++) rBars[d] = seeds[d].clone();
    double[][] xBars = dirtyRows(k, 2), wBars = dirtyRows(k, 1);
    set.invoke(null, x.clone(), xBars, w, new double[2], rBars, wBars, k);
    double[][] jac = {{w * (1 + x[1]), w * x[0], x[0] + x[0] * x[1]}, {1, 2 * w * x[1], x[1] * x[1]}};
    for (int d = 0; d < k; d++) {
      double[] one = new double[2], wOne = new double[1];
      adjoint.invoke(null, x.clone(), one, w, new double[2], seeds[d].clone(), wOne);
      assertEquals(Arrays.toString(one), Arrays.toString(Arrays.copyOf(xBars[d], 2)), "row " + d + " against m$adjoint alone");
      assertEquals(Arrays.toString(new double[] {wOne[0], 0, 0}), Arrays.toString(wBars[d]), "row " + d + ": the scalar's adjoint");
      for (int j = 0; j < 3; j++) {
        double formula = seeds[d][0] * jac[0][j] + seeds[d][1] * jac[1][j];
        assertEquals(formula, j < 2 ? xBars[d][j] : wBars[d][0], 1e-14, "row " + d + ", column " + j);
      }
    }
    set.invoke(null, x.clone(), xBars, w, new double[2], new double[][] {seeds[0].clone()}, new double[][] {null}, 1);
    assertEquals(w * (1 + x[1]), xBars[0][0], 1e-14, "a null scalar adjoints' row (not wanted): the others are still written");
  }

  /** One array given as two rows, or as an array the method writes and another's adjoint row: refused at run time, not summed away. */
  @Test
  void writingRowsRefuseSharedArrays() throws ReflectiveOperationException {
    Method set = T.method("polar$adjointsSet", double[].class, double[][].class, double[].class, double[][].class, int.class);
    double[] shared = new double[3];
    InvocationTargetException e = assertThrows(InvocationTargetException.class,
        () -> set.invoke(null, new double[] {1.3, 0.4, 0.8}, new double[][] {shared}, new double[3], new double[][] {shared}, 1));
    assertTrue(e.getCause() instanceof IllegalArgumentException && e.getCause().getMessage().contains("distinct"), e.getCause().toString());
    double[] x = {1.3, 0.4, 0.8};
    e = assertThrows(InvocationTargetException.class,
        () -> set.invoke(null, x, new double[][] {new double[3]}, x, new double[][] {{1, 0, 0}}, 1));
    assertTrue(e.getCause() instanceof IllegalArgumentException && e.getCause().getMessage().contains("distinct"), e.getCause().toString());
  }

  @Test
  void jacobianByRowsUsesTheVectorAdjointAndAgreesWithTheFormula() throws ReflectiveOperationException {
    double[] x = {1.3, 0.4, 0.8};
    double[][] jac = dev.leibniz.Jacobian.byRows(java.lang.invoke.MethodHandles.lookup(), T.type, "polar", 3).at(x);
    double[][] formula = polarJacobian(x);
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) assertEquals(formula[i][j], jac[i][j], 1e-14, "entry " + i + ", " + j);
    }
    assertEquals(1.3, x[0], 0, "x is not changed");
    java.lang.invoke.MethodHandles.Lookup lookup = java.lang.invoke.MethodHandles.lookup();
    assertTrue(lookup.findStatic(T.type, "polar$adjoints", java.lang.invoke.MethodType.methodType(void.class, double[].class,
        double[][].class, double[].class, double[][].class, int.class)) != null);
  }

  @Test
  void noRowsRunsTheForwardSweepOnly() throws ReflectiveOperationException {
    Method adjoints = T.method("polar$adjoints", double[].class, double[][].class, double[].class, double[][].class, int.class);
    double[] r = new double[3];
    adjoints.invoke(null, new double[] {1.3, 0.4, 0.8}, new double[0][], r, new double[0][], 0);
    assertEquals(1.3 * Math.cos(0.4), r[0], 0);
  }

  @Test
  void aMethodWhoseAdjointCountsTripsGetsAWarningAndNoVectorAdjoint() {
    Transformed t = Transformed.of(RowRefusals.class, true);
    Diagnostic d = t.result.diagnostics().stream().filter(x -> x.mode().equals("vector-adjoint")).findFirst().orElseThrow();
    assertTrue(d.warning(), d.toString());
    assertTrue(d.reason().startsWith("no vector adjoint: ") && d.reason().contains("call m$adjoint once per row"), d.reason());
    assertThrows(NoSuchMethodException.class,
        () -> t.type.getMethod("cumulative$adjoints", double[].class, double[][].class, double[].class, double[][].class, int.class));
    assertTrue(t.result.diagnostics().stream().allMatch(Diagnostic::warning), "the other companions stand: " + t.result.diagnostics());
  }

  /** Each column of {@code seedᵀJ} against central differences, and the dot product with the tangent. */
  static void checkColumnsAndDotProduct(double[] x, double[] seed, double[] row,
      java.util.function.Function<double[], double[]> f, Method tangent) throws ReflectiveOperationException {
    for (int j = 0; j < x.length; j++) {
      double[] v = new double[x.length];
      v[j] = 1;
      FiniteDifferences.Estimate[] fd = FiniteDifferences.directional(f, x, v);
      double sum = 0, tol = 0;
      for (int i = 0; i < seed.length; i++) {
        sum += seed[i] * fd[i].value();
        tol += Math.abs(seed[i]) * fd[i].tolerance(1e-7);
      }
      assertEquals(sum, row[j], tol, "column " + j + " against differences");
    }
    double[] v = Arrays.copyOf(new double[] {0.3, -1.1, 0.7}, x.length);
    double[] dr = new double[seed.length];
    tangent.invoke(null, x.clone(), v.clone(), new double[seed.length], dr);
    double left = 0, right = 0;
    for (int i = 0; i < seed.length; i++) left += seed[i] * dr[i];
    for (int j = 0; j < x.length; j++) right += row[j] * v[j];
    assertEquals(left, right, 1e-13 * (1 + Math.abs(left)), "dot product: seedᵀ(J v) = (seedᵀJ) v");
  }

  static double[] call(Method primal, double[] p) {
    double[] r = new double[3];
    try {
      primal.invoke(null, p, r);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new AssertionError(e);
    }
    return r;
  }
}
