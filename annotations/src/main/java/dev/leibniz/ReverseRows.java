package dev.leibniz;

import java.lang.invoke.MethodHandle;
import java.util.Arrays;

/**
 * {@link SparseJacobian} by reverse rows: rows that share no column (structurally orthogonal rows)
 * get one colour, and one {@code r$adjoint} call per colour, its result adjoint seeded with the sum
 * of that colour's unit vectors, gives all of their rows at once — column colouring applied to the
 * transposed pattern. It pays where few rows cover many columns (a handful of dense rows, or
 * blocks of rows each reading its own columns). Every evaluation checks itself with one more
 * adjoint call weighted by a dense test direction over the rows: {@code wᵀJ} must match the
 * entries column by column.
 */
final class ReverseRows {
  /** {@code r$adjoint(x, xBar, out, outBar)} (bound to its receiver for an instance method). */
  private final MethodHandle adjoint;
  private final int n;
  private final int m;
  private final int[][] pattern;
  /** The rows of each colour, ascending. */
  private final int[][] rowsOf;
  /** The entries of each column: {@code columnRows[j][e]} is a row, {@code columnEntries[j][e]} its index in that row. */
  private final int[][] columnRows;
  private final int[][] columnEntries;

  ReverseRows(MethodHandle adjoint, int n, int m, int[][] pattern) {
    this.adjoint = adjoint;
    this.n = n;
    this.m = m;
    this.pattern = pattern;
    int[] count = new int[n];
    for (int[] row : pattern) for (int j : row) count[j]++;
    columnRows = new int[n][];
    columnEntries = new int[n][];
    for (int j = 0; j < n; j++) {
      columnRows[j] = new int[count[j]];
      columnEntries[j] = new int[count[j]];
    }
    Arrays.fill(count, 0);
    for (int i = 0; i < m; i++) {
      for (int e = 0; e < pattern[i].length; e++) {
        int j = pattern[i][e];
        columnRows[j][count[j]] = i;
        columnEntries[j][count[j]++] = e;
      }
    }
    int[] colour = SparseJacobian.colour(columnRows, m); // the transposed pattern's columns are the rows
    int colours = 0;
    for (int c : colour) colours = Math.max(colours, c + 1);
    int[] size = new int[colours];
    for (int c : colour) size[c]++;
    rowsOf = new int[colours][];
    for (int c = 0; c < colours; c++) rowsOf[c] = new int[size[c]];
    Arrays.fill(size, 0);
    for (int i = 0; i < m; i++) rowsOf[colour[i]][size[colour[i]]++] = i;
  }

  /** The number of row colours: adjoint calls per Jacobian, without the check's. */
  int colours() {
    return rowsOf.length;
  }

  /**
   * The entries at {@code x} into {@code v}, the residuals into {@code r}. The buffers are the
   * thread's spare arrays for the call; x is copied before each call (a method may write its
   * parameters), the seeds and adjoints are set afresh (the adjoint consumes its seed), the
   * receiver of an instance method as before the first call ({@code sweeps}).
   */
  void values(double[] x, double[] r, double[][] v, boolean check, ReceiverState.Sequence sweeps) {
    // listedBy[j]: the last row colour whose rows list column j (small integers in a spare double[]).
    double[] point = Scratch.take(n), xBar = Scratch.take(n), rBar = Scratch.take(m), listedBy = Scratch.take(n);
    try {
      Arrays.fill(listedBy, -1);
      for (int c = 0; c < rowsOf.length; c++) {
        Arrays.fill(rBar, 0);
        for (int i : rowsOf[c]) rBar[i] = 1;
        sweeps.next();
        call(x, point, xBar, r, rBar);
        for (int i : rowsOf[c]) {
          for (int e = 0; e < pattern[i].length; e++) {
            v[i][e] = xBar[pattern[i][e]];
            listedBy[pattern[i][e]] = c;
          }
        }
        for (int j = 0; j < n; j++) {
          if (listedBy[j] != c && xBar[j] != 0 && !Double.isNaN(xBar[j])) throw unlisted(c, j);
        }
      }
      if (check) {
        sweeps.next();
        verify(x, point, xBar, r, rBar, v);
      }
    } finally {
      Scratch.give(listedBy);
      Scratch.give(rBar);
      Scratch.give(xBar);
      Scratch.give(point);
    }
  }

  /** One adjoint call at a fresh copy of x with the seed {@code rBar}: {@code xBar} gets {@code rBarᵀJ}. */
  private void call(double[] x, double[] point, double[] xBar, double[] r, double[] rBar) {
    System.arraycopy(x, 0, point, 0, n);
    Arrays.fill(xBar, 0);
    Arrays.fill(r, 0); // as a new array: a method may add into its results
    try {
      adjoint.invokeExact(point, xBar, r, rBar);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  /** One more call weighted by the test direction w over the rows: column j of wᵀJ from the entries must match. */
  private void verify(double[] x, double[] point, double[] xBar, double[] r, double[] rBar, double[][] v) {
    for (int i = 0; i < m; i++) rBar[i] = SparseJacobian.testDirection(i);
    call(x, point, xBar, r, rBar);
    for (int j = 0; j < n; j++) {
      double sum = 0, scale = Math.abs(xBar[j]);
      for (int e = 0; e < columnRows[j].length; e++) {
        int i = columnRows[j][e];
        double term = SparseJacobian.testDirection(i) * v[i][columnEntries[j][e]];
        sum += term;
        scale += Math.abs(term);
      }
      if (Math.abs(sum - xBar[j]) > 1e-9 * scale && Double.isFinite(xBar[j]) && Double.isFinite(sum)) {
        throw new IllegalStateException("the sparsity pattern is incomplete: column " + j + " of a test direction times the"
            + " Jacobian is " + xBar[j] + ", but " + sum + " from the entries of rows " + Arrays.toString(columnRows[j])
            + "; give the full pattern or detect it at more points");
      }
    }
  }

  private IllegalStateException unlisted(int c, int j) {
    int[] rows = Arrays.copyOf(rowsOf[c], Math.min(8, rowsOf[c].length));
    return new IllegalStateException("the sparsity pattern is incomplete: column " + j + " reaches a row of colour " + c
        + " (rows " + Arrays.toString(rows) + (rows.length < rowsOf[c].length ? "..." : "") + ") that does not list it;"
        + " give the full pattern or detect it at more points");
  }
}
