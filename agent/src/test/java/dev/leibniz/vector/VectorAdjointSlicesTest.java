package dev.leibniz.vector;

import static dev.leibniz.vector.VectorAdjointTest.T;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * {@code m$adjointsInto}: {@code m$adjointsSet} with each row in a slice of a flat array ({@code
 * double[] bar, int at, int stride}: row d from {@code at + d·stride}). Each row against {@code
 * m$adjoint} called with that seed alone (bit for bit), the analytic Jacobian, central differences
 * and the tangent (dot-product test); the cells around the slices are left as they were (NaN), the
 * overwritten slices' former contents (NaN) are not read; rows of two parameters interleaved in one
 * array as a Jacobian's rows in CSR order (BA); overlapping slices, slices outside their array and a missing array
 * refused at run time.
 */
class VectorAdjointSlicesTest {
  private static final Class<?>[] INTO = {double[].class, double[].class, int.class, int.class, double[].class, double[].class,
      int.class, int.class, int.class};

  private static double[] nan(int n) {
    double[] a = new double[n];
    Arrays.fill(a, Double.NaN);
    return a;
  }

  @Test
  void slicesOverwriteWhatTheyHeldAgainstRowByRowTheFormulaDifferencesAndTheTangent() throws ReflectiveOperationException {
    for (String name : new String[] {"polar", "cells", "oneSided", "picked"}) {
      Method primal = T.method(name, double[].class, double[].class);
      Method into = T.method(name + "$adjointsInto", INTO);
      Method adjoint = T.method(name + "$adjoint", double[].class, double[].class, double[].class, double[].class);
      Method tangent = T.method(name + "$tangent", double[].class, double[].class, double[].class, double[].class);
      for (double[] x : name.equals("cells") ? new double[][] {{1.3, 0.4}, {-0.6, -2.1}} : new double[][] {{1.3, 0.4, 0.8}, {-0.6, 2.1, -0.5}}) {
        double[][] seeds = VectorAdjointTest.seeds(3);
        int k = seeds.length, n = x.length;
        // x's rows from 3 with a gap of 2 cells between rows; the seeds' rows from 1, one after the other
        int xAt = 3, xStride = n + 2, rAt = 1;
        double[] xBar = nan(xAt + k * xStride);
        double[] rBar = nan(rAt + 3 * k);
        for (int d = 0; d < k; d++) System.arraycopy(seeds[d], 0, rBar, rAt + 3 * d, 3);
        double[] r = new double[3];
        into.invoke(null, x.clone(), xBar, xAt, xStride, r, rBar, rAt, 3, k);
        double[] expected = new double[3];
        primal.invoke(null, x.clone(), expected);
        assertEquals(Arrays.toString(expected), Arrays.toString(r), name + ": the primal result");
        double[][] jac = jacobian(name, x);
        for (int d = 0; d < k; d++) {
          double[] row = Arrays.copyOfRange(xBar, xAt + d * xStride, xAt + d * xStride + n);
          double[] one = new double[n];
          adjoint.invoke(null, x.clone(), one, new double[3], seeds[d].clone());
          assertEquals(Arrays.toString(one), Arrays.toString(row), name + " row " + d + " against m$adjoint alone (bit for bit)");
          assertEquals("[NaN, NaN]", Arrays.toString(Arrays.copyOfRange(xBar, xAt + d * xStride + n, xAt + (d + 1) * xStride)),
              name + " row " + d + ": the cells after the slice are not the row's");
          for (int j = 0; j < n; j++) {
            double formula = 0;
            for (int i = 0; i < 3; i++) formula += seeds[d][i] * jac[i][j];
            assertEquals(formula, row[j], 1e-13, name + " row " + d + ", column " + j + " against the formula");
          }
          VectorAdjointTest.checkColumnsAndDotProduct(x, seeds[d], row, p -> VectorAdjointTest.call(primal, p), tangent);
        }
        assertEquals("[NaN, NaN, NaN]", Arrays.toString(Arrays.copyOf(xBar, xAt)), name + ": the cells before the first slice");
        assertTrue(Double.isNaN(rBar[0]), name + ": the cell before the seeds' first slice");
      }
    }
  }

  private static double[][] jacobian(String name, double[] x) {
    switch (name) {
      case "polar": return VectorAdjointTest.polarJacobian(x);
      case "cells": return VectorAdjointTest.cellsJacobian(x);
      case "oneSided":
        return new double[][] {{x[2], 0, x[0]}, x[0] > 0 ? new double[] {0, 2 * x[1], 0} : new double[] {1, 0, 0}, {0, 0, 0}};
      default: return new double[][] {{x[2], 0, x[0]}, {0, 2 * x[1], 0}, {0, 0, 0}};
    }
  }

  /**
   * The array's and the scalar's adjoints interleaved in one array, a Jacobian row after another
   * ({@code [∂x0, ∂x1, ∂w]} per row, as BA's CSR values): no copy; the scalar adjoints' row null: not wanted.
   */
  @Test
  void anArraysAndAScalarsRowsSideBySideInOneArray() throws ReflectiveOperationException {
    Method into = T.method("accumulated$adjointsInto", double[].class, double[].class, int.class, int.class, double.class,
        double[].class, double[].class, int.class, int.class, double[].class, int.class, int.class, int.class);
    Method adjoint = T.method("accumulated$adjoint", double[].class, double[].class, double.class, double[].class,
        double[].class, double[].class);
    double[] x = {0.9, -1.7};
    double w = 1.6;
    double[][] seeds = VectorAdjointTest.seeds(2);
    int k = seeds.length;
    double[] rBar = new double[2 * k];
    for (int d = 0; d < k; d++) System.arraycopy(seeds[d], 0, rBar, 2 * d, 2);
    double[] jacobian = nan(5 + 3 * k);
    into.invoke(null, x.clone(), jacobian, 5, 3, w, new double[2], rBar, 0, 2, jacobian, 7, 3, k);
    double[][] formula = {{w * (1 + x[1]), w * x[0], x[0] + x[0] * x[1]}, {1, 2 * w * x[1], x[1] * x[1]}};
    for (int d = 0; d < k; d++) {
      double[] one = new double[2], wOne = new double[1];
      adjoint.invoke(null, x.clone(), one, w, new double[2], seeds[d].clone(), wOne);
      assertEquals(Arrays.toString(new double[] {one[0], one[1], wOne[0]}),
          Arrays.toString(Arrays.copyOfRange(jacobian, 5 + 3 * d, 8 + 3 * d)), "row " + d + " against m$adjoint alone");
      for (int j = 0; j < 3; j++) {
        double f = seeds[d][0] * formula[0][j] + seeds[d][1] * formula[1][j];
        assertEquals(f, jacobian[5 + 3 * d + j], 1e-14, "row " + d + ", column " + j + " against the formula");
      }
    }
    double[] xOnly = nan(2);
    into.invoke(null, x.clone(), xOnly, 0, 0, w, new double[2], new double[] {1, 0}, 0, 2, null, 0, 0, 1);
    assertEquals(w * (1 + x[1]), xOnly[0], 1e-14, "a null scalar adjoints' array (not wanted): the array's row is still written");
    assertEquals(w * x[0], xOnly[1], 1e-14, "a null scalar adjoints' array (not wanted): the array's row is still written");
  }

  /** An overwritten slice overlapping another row's in one array, or no array for an adjoint: refused at run time. */
  @Test
  void overlappingSlicesAndAMissingArrayAreRefused() throws ReflectiveOperationException {
    Method into = T.method("polar$adjointsInto", INTO);
    double[] x = {1.3, 0.4, 0.8};
    double[] shared = new double[6];
    shared[2] = 1;
    InvocationTargetException e = assertThrows(InvocationTargetException.class,
        () -> into.invoke(null, x.clone(), shared, 0, 3, new double[3], shared, 2, 3, 1));
    assertTrue(e.getCause() instanceof IllegalArgumentException && e.getCause().getMessage().contains("overlap"), e.getCause().toString());
    double[] apart = new double[6];
    apart[3] = 1;
    into.invoke(null, x.clone(), apart, 0, 3, new double[3], apart, 3, 3, 1);
    assertEquals(Math.cos(0.4), apart[0], 1e-15, "slices side by side in one array: x's row next to the seed's");
    e = assertThrows(InvocationTargetException.class,
        () -> into.invoke(null, x.clone(), null, 0, 3, new double[3], new double[] {1, 0, 0}, 0, 3, 1));
    assertTrue(e.getCause() instanceof IllegalArgumentException && e.getCause().getMessage().contains("no adjoint array"),
        e.getCause().toString());
  }

  /**
   * A slice past its array's end (the last row's, or the seeds' last row), before its start (a negative {@code at}, a
   * stride stepping below 0) or out of {@code int} range ({@code (k - 1)·stride}): refused before any row is written,
   * naming the parameter, not an {@link ArrayIndexOutOfBoundsException} after the first rows were (a partial Jacobian).
   * A slice ending on the array's last cell, and rows laid out backwards, are written.
   */
  @Test
  void slicesOutsideTheirArrayAreRefusedBeforeAnyRowIsWritten() throws ReflectiveOperationException {
    Method into = T.method("polar$adjointsInto", INTO);
    double[] x = {1.3, 0.4, 0.8};
    double[][] seeds = VectorAdjointTest.seeds(3);
    int k = seeds.length;
    double[] rBar = new double[3 * k];
    for (int d = 0; d < k; d++) System.arraycopy(seeds[d], 0, rBar, 3 * d, 3);
    // {at, stride, cells} of x's rows, and of the seeds' rows
    int[][][] outside = {
        {{2, 4, 2 + 4 * (k - 1) + 2}, {0, 3, 3 * k}}, // x's last row one cell short
        {{0, 3, 3 * k}, {1, 3, 3 * k}}, // the seeds' last row one cell short
        {{-1, 3, 3 * k}, {0, 3, 3 * k}}, // x's first row before the array
        {{3, -3, 3 * k}, {0, 3, 3 * k}}, // x's rows backwards, the last below 0
        {{0, Integer.MAX_VALUE, 3}, {0, 3, 3 * k}}}; // (k - 1)·stride past int
    String[] named = {"2nd parameter", "6th parameter", "2nd parameter", "2nd parameter", "2nd parameter"};
    for (int c = 0; c < outside.length; c++) {
      int[] xs = outside[c][0], rs = outside[c][1];
      double[] xBar = nan(xs[2]);
      double[] seedsIn = Arrays.copyOf(rBar, rs[2]);
      double[] before = seedsIn.clone();
      InvocationTargetException e = assertThrows(InvocationTargetException.class,
          () -> into.invoke(null, x.clone(), xBar, xs[0], xs[1], new double[3], seedsIn, rs[0], rs[1], k), "case " + c);
      assertTrue(e.getCause() instanceof IllegalArgumentException && e.getCause().getMessage().contains(named[c] + "'s slices run past its array"),
          "case " + c + ": " + e.getCause());
      assertEquals(Arrays.toString(nan(xs[2])), Arrays.toString(xBar), "case " + c + ": no row written");
      assertEquals(Arrays.toString(before), Arrays.toString(seedsIn), "case " + c + ": no seed overwritten");
    }
    double[] exact = nan(3 * k), backwards = nan(3 * k);
    into.invoke(null, x.clone(), exact, 0, 3, new double[3], rBar.clone(), 0, 3, k);
    into.invoke(null, x.clone(), backwards, 3 * (k - 1), -3, new double[3], rBar.clone(), 0, 3, k);
    for (int d = 0; d < k; d++) {
      double[] one = new double[3];
      T.method("polar$adjoint", double[].class, double[].class, double[].class, double[].class)
          .invoke(null, x.clone(), one, new double[3], seeds[d].clone());
      assertEquals(Arrays.toString(one), Arrays.toString(Arrays.copyOfRange(exact, 3 * d, 3 * d + 3)), "row " + d + ", the last ending on the last cell");
      assertEquals(Arrays.toString(one), Arrays.toString(Arrays.copyOfRange(backwards, 3 * (k - 1 - d), 3 * (k - d))), "row " + d + ", backwards");
    }
  }

  /**
   * Two seeded rows (arrays the method writes) sharing a cell in one row, or one seeded array's slices overlapping from
   * one row to the next (stride 0): each row's seed would be read after another row's reverse left its adjoint there (a
   * gradient of 3 where 4 is meant, silently): refused at run time. Apart, the gradient is exact.
   */
  @Test
  void seededSlicesThatOverlapAreRefused() throws ReflectiveOperationException {
    Class<?>[] three = {double[].class, double[].class, int.class, int.class, double[].class, double[].class, int.class,
        int.class, double[].class, double[].class, int.class, int.class, int.class};
    Method into = T.method("twoWritten$adjointsInto", three);
    double[] x = {0.7};
    double[] shared = {1};
    InvocationTargetException e = assertThrows(InvocationTargetException.class,
        () -> into.invoke(null, x.clone(), new double[1], 0, 1, new double[1], shared, 0, 1, new double[1], shared, 0, 1, 1));
    assertTrue(e.getCause() instanceof IllegalArgumentException && e.getCause().getMessage().contains("overlap"), e.getCause().toString());
    e = assertThrows(InvocationTargetException.class,
        () -> into.invoke(null, x.clone(), new double[2], 0, 1, new double[1], new double[] {1}, 0, 0, new double[1], new double[] {0, 1}, 0, 1, 2));
    assertTrue(e.getCause() instanceof IllegalArgumentException && e.getCause().getMessage().contains("from one row to the next"),
        e.getCause().toString());
    double[] xBar = new double[2];
    double[] seeds = {1, 1, 0, 1}; // row 0: y's seed 1, z's seed 1; row 1: y's 0, z's 1
    into.invoke(null, x.clone(), xBar, 0, 1, new double[1], seeds, 0, 2, new double[1], seeds, 1, 2, 2);
    assertEquals(4, xBar[0], 0, "row 0: 1 + 3 (y and z seeded)");
    assertEquals(3, xBar[1], 0, "row 1: 3 (z seeded)");
  }
}
