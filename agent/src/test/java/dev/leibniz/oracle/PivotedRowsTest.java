package dev.leibniz.oracle;

import static dev.leibniz.oracle.CheckpointingTest.withBudget;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.core.outline.Checkpointer;
import dev.leibniz.oracle.fixtures.PivotedRows;
import dev.leibniz.testing.Transformed;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.junit.jupiter.api.Test;

/**
 * Rows of a {@code double[][]} moved by reference in ordinary numeric Java (issue 13's spirit), in adjoint mode
 * (core.reverse.MovedRows): LU with partial pivoting swapping the row references of a local copy (determinant, solve,
 * inverse), Gauss-Jordan swapping the rows of two local arrays, Gram-Schmidt storing new rows into a shallow clone of
 * the caller's array, rows shared with the caller's array swapped in the clone and read through both, and a row read
 * before the rows move and used after. Each in both modes against central differences, the Jacobian from Hipparchus
 * or by hand, and the dot-product test, at points where the pivoting swaps rows: taped whole (the default budget) and
 * with the pivoting loops checkpointed (a tape budget of one byte: each loop runs as segments, reversed jointly, whose
 * calls make the shadow rows follow the primal ones and put them back before the re-run). The pivoting loops were
 * refused in adjoint mode before (the joint re-run could not move the caller's shadow rows), and the stores into the
 * clone (taken for the caller's array).
 */
class PivotedRowsTest {
  static final Transformed T = Transformed.of(PivotedRows.class, true);
  static final Class<?> DD = double[][].class, A = double[].class;
  /** Points whose partial pivoting swaps rows (the largest entry of each column off the diagonal). */
  static final double[][][] MATRICES = {
    {{1, 2, 3, 0.5}, {4, 1, -2, 1}, {-7, 0.5, 2, 3}, {2, 9, 1, -1}},
    {{0.2, -1, 3}, {2, 0.5, 1}, {-1, 4, 0.3}},
  };
  /** Under this budget the counted loops are checkpointed (segments reversed jointly). */
  static final String[] BUDGETS = {null, "1"};

  @Test
  void generatedWithoutRefusal() {
    for (String name : List.of("determinant", "solve", "inverse", "gaussJordan", "gramSchmidt", "sharedRows", "heldRow")) {
      List<Diagnostic> ds = T.result.diagnostics().stream().filter(d -> !d.warning() && d.method().contains(" " + name + "(")).toList();
      assertTrue(ds.isEmpty(), () -> name + ": " + ds);
    }
  }

  @Test
  void determinantByLuWithPivotingAgainstJacobisFormula() {
    for (String budget : BUDGETS) {
      for (double[][] t : MATRICES) {
        int n = t.length;
        RealMatrix m = MatrixUtils.createRealMatrix(t);
        LUDecomposition lu = new LUDecomposition(m);
        double[][] jacobi = {flat(lu.getSolver().getInverse().transpose().scalarMultiply(lu.getDeterminant()).getData())};
        check("determinant", budget, flat(t), x -> new double[] {(double) T.call("determinant", (Object) shaped(x, n))},
            (x, xd) -> new double[] {(double) T.call("determinant$tangent", shaped(x, n), shaped(xd, n))},
            (x, w) -> {
              double[][] bar = new double[n][n];
              T.call("determinant$adjoint", shaped(x, n), bar, w[0]);
              return flat(bar);
            }, jacobi);
      }
    }
  }

  @Test
  void solveByLuWithPivotingAgainstTheInverse() {
    for (String budget : BUDGETS) {
      for (double[][] t : MATRICES) {
        int n = t.length;
        double[] b = new double[n];
        for (int i = 0; i < n; i++) b[i] = 1.5 - 0.7 * i;
        double[] x0 = concat(flat(t), b);
        check("solve", budget, x0, x -> (double[]) T.call("solve", shaped(x, n), tail(x, n)),
            (x, xd) -> (double[]) T.call("solve$tangent", shaped(x, n), shaped(xd, n), tail(x, n), tail(xd, n)),
            (x, w) -> {
              double[][] tb = new double[n][n];
              double[] bb = new double[n];
              T.call("solve$adjoint", shaped(x, n), tb, tail(x, n), bb, w.clone());
              return concat(flat(tb), bb);
            }, solveJacobian(t, b));
      }
    }
  }

  @Test
  void inverseByLuAndByGaussJordanWithRowSwaps() {
    for (String name : List.of("inverse", "gaussJordan")) {
      for (String budget : BUDGETS) {
        for (double[][] t : MATRICES) {
          int n = t.length;
          check(name, budget, flat(t), x -> flat((double[][]) T.call(name, (Object) shaped(x, n))),
              (x, xd) -> flat((double[][]) T.call(name + "$tangent", shaped(x, n), shaped(xd, n))),
              (x, w) -> {
                double[][] bar = new double[n][n];
                T.call(name + "$adjoint", shaped(x, n), bar, shaped(w, n));
                return flat(bar);
              }, inverseJacobian(t));
        }
      }
    }
  }

  @Test
  void gramSchmidtStoringRowsIntoAClone() {
    double[][] vs = {{1.0, 0.2, 0.1}, {0.3, 1.1, -0.2}, {0.5, -0.4, 0.9}};
    int n = vs.length;
    double[] x0 = flat(vs);
    check("gramSchmidt", null, x0, x -> flat((double[][]) T.call("gramSchmidt", (Object) shaped(x, n))),
        (x, xd) -> flat((double[][]) T.call("gramSchmidt$tangent", shaped(x, n), shaped(xd, n))),
        (x, w) -> {
          double[][] bar = new double[n][n];
          T.call("gramSchmidt$adjoint", shaped(x, n), bar, shaped(w, n));
          return flat(bar);
        }, gramSchmidtJacobian(vs));
  }

  @Test
  void rowsSharedWithTheCallersArraySwappedInTheClone() {
    for (String budget : BUDGETS) {
      for (double[][] t : MATRICES) {
        int n = t.length;
        check("sharedRows", budget, flat(t), x -> new double[] {(double) T.call("sharedRows", (Object) shaped(x, n))},
            (x, xd) -> new double[] {(double) T.call("sharedRows$tangent", shaped(x, n), shaped(xd, n))},
            (x, w) -> {
              double[][] bar = new double[n][n];
              T.call("sharedRows$adjoint", shaped(x, n), bar, w[0]);
              return flat(bar);
            }, new double[][] {sharedRowsGradient(t)});
      }
    }
  }

  @Test
  void aRowHeldAcrossTheMoves() {
    for (String budget : BUDGETS) {
      for (double[][] t : MATRICES) {
        int n = t.length;
        check("heldRow", budget, flat(t), x -> new double[] {(double) T.call("heldRow", (Object) shaped(x, n))},
            (x, xd) -> new double[] {(double) T.call("heldRow$tangent", shaped(x, n), shaped(xd, n))},
            (x, w) -> {
              double[][] bar = new double[n][n];
              T.call("heldRow$adjoint", shaped(x, n), bar, w[0]);
              return flat(bar);
            }, new double[][] {heldRowGradient(t)});
      }
    }
  }

  /** The pivoting loops really run as segments under the tiny budget, at the size of {@link #largeMatricesCheckpointed}. */
  @Test
  void theTinyBudgetCheckpointsThePivotingLoops() {
    for (String name : List.of("determinant", "gaussJordan", "heldRow", "solve", "inverse")) {
      int n = name.equals("sharedRows") || name.equals("heldRow") ? SORTED : LARGE;
      double[][] t = random(n, 7);
      String printed = printed(() -> withBudget("1", () -> {
        if (name.equals("solve")) return T.call("solve$adjoint", copy(t), new double[n][n], new double[n], new double[n], new double[n]);
        Object seed = name.equals("gaussJordan") || name.equals("inverse") ? (Object) new double[n][n] : (Object) 1.0;
        return T.call(name + "$adjoint", copy(t), new double[n][n], seed);
      }));
      String loop = name.equals("solve") || name.equals("inverse") ? "lu" : name;
      assertTrue(printed.contains("checkpointing the loop at " + PivotedRows.class.getName() + "." + loop), name + ": " + printed);
    }
  }

  /** Sizes at which the loops are checkpointed under the tiny budget: the eliminations', and the sorts' (less tape a trip). */
  static final int LARGE = 16, SORTED = 96;



  /**
   * At a size where the pivoting loops are checkpointed under the tiny budget: for random directions v and weights w,
   * the adjoint's w J against the exact one (Hipparchus, or by hand), the tangent's J v against the exact one and central
   * differences, and the dot-product test w (J v) = (w J) v, each with and without checkpointing.
   */
  @Test
  void largeMatricesCheckpointed() {
    int n = LARGE;
    double[][] t = random(n, 11);
    double[] b = new double[n];
    for (int i = 0; i < n; i++) b[i] = Math.sin(i + 1.0);
    RealMatrix lu = new LUDecomposition(MatrixUtils.createRealMatrix(t)).getSolver().getInverse();
    double det = new LUDecomposition(MatrixUtils.createRealMatrix(t)).getDeterminant();
    for (String budget : BUDGETS) {
      large("determinant", budget, flat(t), new double[][] {flat(lu.transpose().scalarMultiply(det).getData())},
          x -> new double[] {(double) T.call("determinant", (Object) shaped(x, n))},
          (x, xd) -> new double[] {(double) T.call("determinant$tangent", shaped(x, n), shaped(xd, n))},
          (x, w) -> {
            double[][] bar = new double[n][n];
            T.call("determinant$adjoint", shaped(x, n), bar, w[0]);
            return flat(bar);
          });
      large("solve", budget, concat(flat(t), b), solveJacobian(t, b), x -> (double[]) T.call("solve", shaped(x, n), tail(x, n)),
          (x, xd) -> (double[]) T.call("solve$tangent", shaped(x, n), shaped(xd, n), tail(x, n), tail(xd, n)),
          (x, w) -> {
            double[][] tb = new double[n][n];
            double[] bb = new double[n];
            T.call("solve$adjoint", shaped(x, n), tb, tail(x, n), bb, w.clone());
            return concat(flat(tb), bb);
          });
      for (String name : List.of("inverse", "gaussJordan")) {
        large(name, budget, flat(t), inverseJacobian(t), x -> flat((double[][]) T.call(name, (Object) shaped(x, n))),
            (x, xd) -> flat((double[][]) T.call(name + "$tangent", shaped(x, n), shaped(xd, n))),
            (x, w) -> {
              double[][] bar = new double[n][n];
              T.call(name + "$adjoint", shaped(x, n), bar, shaped(w, n));
              return flat(bar);
            });
      }
    }
    int m = SORTED;
    double[][] s = random(m, 17);
    for (String budget : BUDGETS) {
      if (budget == null) large("sharedRows", budget, flat(s), new double[][] {sharedRowsGradient(s)},
          x -> new double[] {(double) T.call("sharedRows", (Object) shaped(x, m))},
          (x, xd) -> new double[] {(double) T.call("sharedRows$tangent", shaped(x, m), shaped(xd, m))},
          (x, w) -> {
            double[][] bar = new double[m][m];
            T.call("sharedRows$adjoint", shaped(x, m), bar, w[0]);
            return flat(bar);
          });
      large("heldRow", budget, flat(s), new double[][] {heldRowGradient(s)},
          x -> new double[] {(double) T.call("heldRow", (Object) shaped(x, m))},
          (x, xd) -> new double[] {(double) T.call("heldRow$tangent", shaped(x, m), shaped(xd, m))},
          (x, w) -> {
            double[][] bar = new double[m][m];
            T.call("heldRow$adjoint", shaped(x, m), bar, w[0]);
            return flat(bar);
          });
    }
  }

  static void large(String name, String budget, double[] x, double[][] exact, Function<double[], double[]> primal,
      DotProductCheck.Tangent tangent, DotProductCheck.Adjoint adjoint) {
    java.util.Random r = new java.util.Random(name.hashCode());
    double[] v = new double[x.length], w = new double[exact.length];
    for (int j = 0; j < v.length; j++) v[j] = r.nextDouble() - 0.5;
    for (int i = 0; i < w.length; i++) w[i] = r.nextDouble() - 0.5;
    String what = name + " (budget " + budget + ", " + x.length + " inputs)";
    double[] jv = withBudget(budget, () -> tangent.apply(x.clone(), v.clone()));
    double[] wj = withBudget(budget, () -> adjoint.apply(x.clone(), w.clone()));
    FiniteDifferences.Estimate[] fd = FiniteDifferences.directional(p -> primal.apply(p.clone()), x, v);
    double wjv = 0, wJv = 0;
    for (int i = 0; i < exact.length; i++) {
      double e = 0;
      for (int j = 0; j < x.length; j++) e += exact[i][j] * v[j];
      assertEquals(e, jv[i], 1e-9 * Math.max(1, Math.abs(e)), what + " tangent vs exact (J v)[" + i + "]");
      assertEquals(fd[i].value(), jv[i], fd[i].tolerance(1e-6), what + " tangent vs differences (J v)[" + i + "]");
      wJv += w[i] * jv[i];
    }
    for (int j = 0; j < x.length; j++) {
      double e = 0;
      for (int i = 0; i < exact.length; i++) e += w[i] * exact[i][j];
      assertEquals(e, wj[j], 1e-9 * Math.max(1, Math.abs(e)), what + " adjoint vs exact (w J)[" + j + "]");
      wjv += wj[j] * v[j];
    }
    assertEquals(wJv, wjv, 1e-10 * Math.max(1, Math.abs(wJv)), what + " dot-product test");
  }

  static double[][] random(int n, long seed) {
    java.util.Random r = new java.util.Random(seed);
    double[][] t = new double[n][n];
    for (double[] row : t) for (int j = 0; j < n; j++) row[j] = r.nextDouble() * 2 - 1;
    return t;
  }

  /**
   * A checkpointed loop that copies a row reference (a[k] = a[k + 1]: a row at two indices, one dropped) rather than
   * permuting the rows: the joint re-run's contract cannot place the seeds, refused at run time with a located message;
   * taped whole the same code is differentiated (the shadow mirrors each store).
   */
  @Test
  void aCheckpointedLoopCopyingRowReferencesIsRefusedAtRunTime() {
    double[][] tall = new double[1 << 14][];
    for (int i = 0; i < tall.length; i++) tall[i] = new double[] {Math.sin(i), Math.cos(i)};
    double[][] tallBar = new double[tall.length][2];
    // refused at run time where the loop runs as segments; where it does not, the gradient is right
    RuntimeException[] thrown = new RuntimeException[1];
    String printed = printed(() -> {
      try {
        withBudget("1", () -> T.call("shiftedRows$adjoint", tall, tallBar, 1.0));
      } catch (AssertionError | IllegalArgumentException e) {
        Throwable c = e;
        while (!(c instanceof IllegalArgumentException) && c.getCause() != null) c = c.getCause();
        thrown[0] = c instanceof RuntimeException r ? r : new RuntimeException(e);
      }
      return null;
    });
    assertTrue(printed.contains("checkpointing the loop at " + PivotedRows.class.getName() + ".shiftedRows"), printed);
    if (thrown[0] != null) {
      assertTrue(thrown[0].getMessage().startsWith("leibniz: a callee reversed jointly moved rows"), thrown[0]::toString);
    } else {
      int last = tall.length - 1;
      for (int j = 0; j <= last; j++) {
        double c = j == last ? last + tall.length : j;
        assertEquals(c * tall[j][1], tallBar[j][0], 1e-9 * Math.max(1, c), "row " + j);
        assertEquals(c * tall[j][0], tallBar[j][1], 1e-9 * Math.max(1, c), "row " + j);
      }
    }
    double[][] t = MATRICES[1];
    sharedRowsGivenTwiceToACheckpointedLoopAreRefusedAtRunTime();
    // shiftedRows = sum over i of (i + 1) a[i][0] a[i][1] with a = (t1, t2, t2)
    double[] g = new double[9];
    g[3] = t[1][1];
    g[4] = t[1][0];
    g[6] = 5 * t[2][1];
    g[7] = 5 * t[2][0];
    int n = t.length;
    check("shiftedRows", null, flat(t), x -> new double[] {(double) T.call("shiftedRows", (Object) shaped(x, n))},
        (x, xd) -> new double[] {(double) T.call("shiftedRows$tangent", shaped(x, n), shaped(xd, n))},
        (x, w) -> {
          double[][] bar = new double[n][n];
          T.call("shiftedRows$adjoint", shaped(x, n), bar, w[0]);
          return flat(bar);
        }, new double[][] {g});
  }

  /**
   * sharedRows checkpointed: its segment is given the clone and the caller's array, whose shadows share the rows, and
   * moves rows of the one only; the segment's adjoint cannot tell the seeds of the two indices apart (its reseating
   * refuses at run time). Taped whole, the same code is differentiated ({@link #largeMatricesCheckpointed}).
   */
  static void sharedRowsGivenTwiceToACheckpointedLoopAreRefusedAtRunTime() {
    double[][] t = random(SORTED, 7);
    String printed = printed(() -> {
      Throwable e = assertThrows(Throwable.class,
          () -> withBudget("1", () -> T.call("sharedRows$adjoint", t, new double[SORTED][SORTED], 1.0)));
      while (!(e instanceof IllegalArgumentException) && e.getCause() != null) e = e.getCause();
      assertTrue(e.getMessage().startsWith("leibniz: one shadow row is given at two indices"), e.toString());
      return null;
    });
    assertTrue(printed.contains("checkpointing the loop at " + PivotedRows.class.getName() + ".sharedRows"), printed);
  }

  // ---- oracles ----

  /** x = t^-1 b: dx/dt_ij = -x_j (t^-1)_{:,i}, dx/db = t^-1. */
  static double[][] solveJacobian(double[][] t, double[] b) {
    int n = t.length;
    RealMatrix inv = new LUDecomposition(MatrixUtils.createRealMatrix(t)).getSolver().getInverse();
    double[] x = inv.operate(b);
    double[][] j = new double[n][n * n + n];
    for (int r = 0; r < n; r++) {
      for (int i = 0; i < n; i++) {
        for (int c = 0; c < n; c++) j[r][i * n + c] = -inv.getEntry(r, i) * x[c];
        j[r][n * n + i] = inv.getEntry(r, i);
      }
    }
    return j;
  }

  /** d(t^-1)_rc / dt_ij = -(t^-1)_ri (t^-1)_jc. */
  static double[][] inverseJacobian(double[][] t) {
    int n = t.length;
    RealMatrix inv = new LUDecomposition(MatrixUtils.createRealMatrix(t)).getSolver().getInverse();
    double[][] j = new double[n * n][n * n];
    for (int r = 0; r < n; r++) {
      for (int c = 0; c < n; c++) {
        for (int i = 0; i < n; i++) {
          for (int k = 0; k < n; k++) j[r * n + c][i * n + k] = -inv.getEntry(r, i) * inv.getEntry(k, c);
        }
      }
    }
    return j;
  }

  /** Classical Gram-Schmidt differentiated by hand (forward propagation along each input direction). */
  static double[][] gramSchmidtJacobian(double[][] vs) {
    int n = vs.length, m = vs[0].length;
    double[][] jac = new double[n * m][n * m];
    for (int col = 0; col < n * m; col++) {
      double[][] v = copy(vs), dv = new double[n][m];
      dv[col / m][col % m] = 1;
      for (int i = 1; i < n; i++) {
        for (int j = 0; j < i; j++) {
          double uv = 0, vv = 0, duv = 0, dvv = 0;
          for (int k = 0; k < m; k++) {
            uv += v[i][k] * v[j][k];
            vv += v[j][k] * v[j][k];
            duv += dv[i][k] * v[j][k] + v[i][k] * dv[j][k];
            dvv += 2 * v[j][k] * dv[j][k];
          }
          double q = uv / vv, dq = (duv * vv - uv * dvv) / (vv * vv);
          double[] r = new double[m], dr = new double[m];
          for (int k = 0; k < m; k++) {
            r[k] = v[i][k] - q * v[j][k];
            dr[k] = dv[i][k] - dq * v[j][k] - q * dv[j][k];
          }
          v[i] = r;
          dv[i] = dr;
        }
      }
      for (int i = 0; i < n; i++) for (int k = 0; k < m; k++) jac[i * m + k][col] = dv[i][k];
    }
    return jac;
  }

  /** The order of the original rows after the selection by descending first entry (swaps as the fixture makes them). */
  static int[] sortedOrder(double[][] t) {
    int n = t.length;
    int[] at = new int[n];
    for (int i = 0; i < n; i++) at[i] = i;
    for (int k = 0; k < n; k++) {
      int p = k;
      for (int i = k + 1; i < n; i++) if (t[at[i]][0] > t[at[p]][0]) p = i;
      int q = at[k];
      at[k] = at[p];
      at[p] = q;
    }
    return at;
  }

  /** s = sum over k of 0.01 a[k] . t[k], plus sum (i + 1) a[i][0] t[i][1] + (i + 2) a[i][1]^2, with a[i] = t[at[i]]. */
  static double[] sharedRowsGradient(double[][] t) {
    int n = t.length;
    int[] at = sortedOrder(t);
    double[] g = new double[n * n];
    for (int k = 0; k < n; k++) {
      for (int j = 0; j < n; j++) {
        g[at[k] * n + j] += 0.01 * t[k][j];
        g[k * n + j] += 0.01 * t[at[k]][j];
      }
    }
    for (int i = 0; i < n; i++) {
      g[at[i] * n] += (i + 1) * t[i][1];
      g[i * n + 1] += (i + 1) * t[at[i]][0];
      g[at[i] * n + 1] += 2 * (i + 2) * t[at[i]][1];
    }
    return g;
  }

  /** 0.01 times the sum of squares, plus 3 r1^2 + 5 a[0][1] + a[n-1][0] a[1][1], with r = t[0], a[i] = t[at[i]]. */
  static double[] heldRowGradient(double[][] t) {
    int n = t.length;
    int[] at = sortedOrder(t);
    double[] g = new double[n * n];
    for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) g[i * n + j] = 0.02 * t[i][j];
    g[1] += 6 * t[0][1];
    g[at[0] * n + 1] += 5;
    g[at[n - 1] * n] += t[at[1]][1];
    g[at[1] * n + 1] += t[at[n - 1]][0];
    return g;
  }

  // ---- plumbing ----

  static void check(String name, String budget, double[] x, Function<double[], double[]> primal, DotProductCheck.Tangent tangent,
      DotProductCheck.Adjoint adjoint, double[][] exact) {
    withBudget(budget, () -> {
      JacobianCheck.check(name + " (budget " + budget + ") at " + Arrays.toString(x), x, primal, tangent, adjoint, exact);
      return null;
    });
  }

  static String printed(java.util.function.Supplier<Object> body) {
    PrintStream err = System.err;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    String before = System.getProperty(Checkpointer.VERBOSE_PROPERTY);
    try {
      System.setProperty(Checkpointer.VERBOSE_PROPERTY, "true");
      System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
      body.get();
    } finally {
      System.setErr(err);
      if (before == null) System.clearProperty(Checkpointer.VERBOSE_PROPERTY);
      else System.setProperty(Checkpointer.VERBOSE_PROPERTY, before);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  static double[][] copy(double[][] t) {
    double[][] r = new double[t.length][];
    for (int i = 0; i < t.length; i++) r[i] = t[i].clone();
    return r;
  }

  static double[] flat(double[][] r) {
    return Arrays.stream(r).flatMapToDouble(Arrays::stream).toArray();
  }

  static double[][] shaped(double[] f, int rows) {
    int cols = rows;
    double[][] r = new double[rows][cols];
    for (int i = 0; i < rows; i++) System.arraycopy(f, i * cols, r[i], 0, cols);
    return r;
  }

  static double[] tail(double[] x, int n) {
    return Arrays.copyOfRange(x, n * n, n * n + n);
  }

  static double[] concat(double[] a, double[] b) {
    double[] r = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }
}
