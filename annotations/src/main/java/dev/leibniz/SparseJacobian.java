package dev.leibniz;

import dev.leibniz.contract.CompanionContract;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The sparse Jacobian of a residual method {@code void r(double[] x, double[] out)} marked
 * {@code @Differentiable}, from its sparsity pattern: columns that share no row (structurally
 * orthogonal) get the same colour, and one {@code r$tangent} call per colour, seeded with the sum
 * of that colour's unit vectors, gives all of its columns at once (Curtis, Powell and Reid). The
 * number of calls is the number of colours (at least the largest number of entries in a row),
 * instead of n.
 *
 * <p>The pattern is given ({@link #of}), or detected ({@link #detect}) by propagating index sets
 * ({@code r$pattern}, with {@code tangents = true}) or NaN
 * tangents from one column at a time at given points — the dependencies along the paths those
 * points take: when the code's structure depends on the point (a branch that reads other
 * variables elsewhere), give the pattern. An incomplete pattern would put a missing entry's value
 * into another entry of its colour, so every evaluation checks itself with one more tangent call
 * along a fixed dense direction v: the compressed Jacobian times v must match it row by row, or
 * it throws {@link IllegalStateException} naming the row ({@link #unchecked} drops that call).
 *
 * <p>When the method also has a vector tangent companion ({@code @Differentiable(tangents =
 * true)}, {@code r$tangents}), one call carries every colour and the checking direction together
 * (k = colours + 1), sharing the primal work; otherwise each colour is one {@code r$tangent} call
 * that re-runs the primal. Where few rows cover many columns, the rows are coloured instead
 * ({@link #byRows}, chosen by {@link #of} when clearly cheaper): one {@code r$adjoint} call per row
 * colour. Thread-safe and re-entrant: the buffers a call needs (for the vector
 * call, n·k seeds and m·k result tangents) are the calling thread's spare arrays, taken for the call
 * and given back when it returns; the instance holds none between calls, and a call made from inside
 * {@code r} gets arrays of its own.
 *
 * <p>For an instance method the receiver is held fixed across the calls of one evaluation (and of
 * {@link #detect}): each call after the first starts from its state before the first, and it is
 * left as one call of {@code r} leaves it; a call that changed an object the receiver refers to is
 * an {@link IllegalStateException} naming the field ({@link ReceiverState}).
 */
public final class SparseJacobian {
  private static final MethodType RESIDUALS = MethodType.methodType(void.class, double[].class, double[].class);

  private final MethodHandle tangent;
  /** The receiver of an instance method (each call after the first sees it as before the first, see {@link ReceiverState}), null for a static one. */
  private final Object receiver;
  /** The method's name, for messages. */
  private final String name;
  /** {@code r$adjoint}, or null when the method has none. */
  private final MethodHandle adjoint;
  /** The reverse rows when this Jacobian is taken by rows, else null. */
  private final ReverseRows rows;
  /** {@code r$tangents} (k directions per call), or null when the method has none. */
  private final MethodHandle tangents;
  private final int n;
  private final int m;
  private final int[][] pattern;
  private final int[] colour;
  private final int colours;
  private final boolean check;
  /** The directions of the {@code r$tangents} call (n·k, see {@link #byVectorTangents}), made once; null without it. */
  private final double[] seed;

  /** How a Jacobian is taken: whichever {@link #of} judges cheaper, or as asked. */
  private enum Sweep { CHOOSE, ROWS, COLUMNS }

  /**
   * Reverse rows are chosen when this many times their colours is still below the columns'
   * colours: an adjoint call costs a few tangent directions (its forward and reverse sweeps).
   */
  static final int ADJOINT_COST = 3;

  private SparseJacobian(Object receiver, String name, MethodHandle tangent, MethodHandle tangents, MethodHandle adjoint,
      int n, int m, int[][] pattern, boolean check, Sweep sweep) {
    this.receiver = receiver;
    this.name = name;
    this.tangent = tangent;
    this.tangents = tangents;
    this.adjoint = adjoint;
    this.check = check;
    this.n = n;
    this.m = m;
    this.pattern = copyChecked(pattern, n, m);
    this.colour = colour(this.pattern, n);
    int c = 0;
    for (int k : colour) c = Math.max(c, k + 1);
    this.colours = c;
    this.seed = tangents == null ? null : seed();
    this.rows = rowsIf(sweep);
  }

  /**
   * The reverse rows when asked for, or when chosen: a column in c rows needs at least c row
   * colours, so the row colouring (whose cost grows with the square of the columns' lengths) is
   * computed only when that bound leaves rows a chance.
   */
  private ReverseRows rowsIf(Sweep sweep) {
    if (sweep == Sweep.COLUMNS) return null;
    if (adjoint == null) {
      if (sweep == Sweep.ROWS) throw new IllegalStateException("no adjoint companion: " + tangent + " has no r$adjoint");
      return null;
    }
    if (sweep == Sweep.CHOOSE) {
      int[] count = new int[n];
      int longest = 0;
      for (int[] row : pattern) for (int j : row) longest = Math.max(longest, ++count[j]);
      if (ADJOINT_COST * longest >= colours) return null;
    }
    ReverseRows r = new ReverseRows(adjoint, n, m, pattern);
    return sweep == Sweep.ROWS || ADJOINT_COST * r.colours() < colours ? r : null;
  }

  /** Direction c of the k is the sum of colour c's unit vectors, the last the check's test direction. */
  private double[] seed() {
    int k = columnDirections();
    double[] dx = new double[n * k];
    for (int j = 0; j < n; j++) {
      dx[j * k + colour[j]] = 1;
      if (check) dx[j * k + colours] = testDirection(j);
    }
    return dx;
  }

  /**
   * The Jacobian of {@code name} ({@code target}: its class when static, else the receiver) with n
   * parameters and m residuals, whose row i has its nonzeros in the columns {@code pattern[i]}.
   */
  public static SparseJacobian of(MethodHandles.Lookup lookup, Object target, String name, int n, int m, int[][] pattern) {
    return new SparseJacobian(target instanceof Class<?> ? null : target, label(target, name), tangentHandle(lookup, target, name), vectorHandle(lookup, target, name),
        adjointHandle(lookup, target, name), n, m, pattern, true, Sweep.CHOOSE);
  }

  /** The same Jacobian by tangent columns, one {@code r$tangent} call per colour even when {@code r$tangents} exists. */
  public SparseJacobian oneDirectionPerCall() {
    return new SparseJacobian(receiver, name, tangent, null, adjoint, n, m, pattern, check, Sweep.COLUMNS);
  }

  /** The same Jacobian by tangent columns (one {@code r$tangents} call, or one {@code r$tangent} call per colour). */
  public SparseJacobian byColumns() {
    return new SparseJacobian(receiver, name, tangent, tangents, adjoint, n, m, pattern, check, Sweep.COLUMNS);
  }

  /**
   * The same Jacobian by reverse rows: rows that share no column get one colour, and one {@code
   * r$adjoint} call per row colour gives all of its rows (plus one call that checks the result).
   * Colouring the rows costs the sum over columns of their squared lengths (once, here): on
   * BA-like patterns, where a camera's columns are read by thousands of rows, that takes minutes
   * and gives hundreds of colours; {@link #of} never colours rows there.
   *
   * @throws IllegalStateException when the method has no adjoint companion
   */
  public SparseJacobian byRows() {
    return new SparseJacobian(receiver, name, tangent, tangents, adjoint, n, m, pattern, check, Sweep.ROWS);
  }

  /** True when the Jacobian is taken by reverse rows ({@link #byRows}, or chosen by {@link #of}). */
  public boolean byReverseRows() {
    return rows != null;
  }

  /** True when one {@code r$tangents} call gives the whole Jacobian. */
  public boolean byVectorTangents() {
    return rows == null && tangents != null;
  }

  /** The same Jacobian without the verifying call: for a pattern known to be complete. */
  public SparseJacobian unchecked() {
    return new SparseJacobian(receiver, name, tangent, tangents, adjoint, n, m, pattern, false, rows != null ? Sweep.ROWS : Sweep.COLUMNS);
  }

  /**
   * The pattern at each of {@code points} (their union). With the sparsity companion {@code
   * r$pattern} (the method marked {@code tangents = true}) one call per point propagates the set of
   * columns each value depends on; otherwise each column is seeded with a NaN tangent and the rows
   * it reaches recorded (one {@code r$tangent} call per column). Either way the dependencies are those along the paths the points take
   * (branches follow the values); every evaluation checks the pattern (see the class comment).
   */
  public static int[][] detect(MethodHandles.Lookup lookup, Object target, String name, int n, int m, double[]... points) {
    MethodHandle sets = patternHandle(lookup, target, name);
    MethodHandle t = sets != null ? null : tangentHandle(lookup, target, name);
    int[][] pattern = new int[m][0];
    ReceiverState.Sequence sweeps = new ReceiverState.Sequence(target, label(target, name));
    for (double[] x : points) {
      if (sets != null) sweeps.next();
      int[][] found = sets != null ? bySets(sets, x, n, m) : byNanColumns(t, x, n, m, sweeps);
      for (int i = 0; i < m; i++) pattern[i] = union(pattern[i], found[i]);
    }
    return pattern;
  }

  /** One {@code r$tangent} call per column j with a NaN tangent: the rows it reaches depend on j. */
  private static int[][] byNanColumns(MethodHandle t, double[] x, int n, int m, ReceiverState.Sequence sweeps) {
    int[][] rows = new int[m][4];
    int[] count = new int[m];
    double[] dx = new double[n], out = new double[m], dout = new double[m];
    for (int j = 0; j < n; j++) {
      Arrays.fill(dout, 0);
      dx[j] = Double.NaN;
      sweeps.next();
      call(t, x.clone(), dx, out, dout);
      dx[j] = 0;
      for (int i = 0; i < m; i++) {
        if (!Double.isNaN(dout[i])) continue;
        if (count[i] == rows[i].length) rows[i] = Arrays.copyOf(rows[i], 2 * count[i]);
        rows[i][count[i]++] = j;
      }
    }
    for (int i = 0; i < m; i++) rows[i] = Arrays.copyOf(rows[i], count[i]);
    return rows;
  }

  /** The union of two ascending column lists. */
  private static int[] union(int[] a, int[] b) {
    int[] out = new int[a.length + b.length];
    int i = 0, j = 0, k = 0;
    while (i < a.length || j < b.length) {
      int next = j == b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
      if (i < a.length && a[i] == next) i++;
      if (j < b.length && b[j] == next) j++;
      out[k++] = next;
    }
    return Arrays.copyOf(out, k);
  }

  /** One {@code r$pattern} call: column j's set is {j}; row i's set lists its columns (ascending). */
  private static int[][] bySets(MethodHandle sets, double[] x, int n, int m) {
    int[][] seeds = new int[n][];
    for (int j = 0; j < n; j++) seeds[j] = new int[] {j};
    int[][] rows = new int[m][];
    try {
      sets.invokeExact(x.clone(), seeds, new double[m], rows);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
    for (int i = 0; i < m; i++) {
      if (rows[i] == null) rows[i] = new int[0];
    }
    return rows;
  }

  /** The handle of {@code r$pattern} of type (x, int[][] sx, out, int[][] sout), or null when there is none. */
  private static MethodHandle patternHandle(MethodHandles.Lookup lookup, Object target, String name) {
    boolean isClass = target instanceof Class<?>;
    Class<?> owner = isClass ? (Class<?>) target : target.getClass();
    // the contract's layout (CompanionContract.patternDescriptor) of void r(double[] x, double[] out)
    MethodType type = MethodType.fromMethodDescriptorString(
        CompanionContract.patternDescriptor(RESIDUALS.toMethodDescriptorString()), null);
    String pattern = name + CompanionContract.PATTERN_SUFFIX;
    MethodHandle h;
    try {
      h = isClass ? lookup.findStatic(owner, pattern, type) : lookup.findVirtual(owner, pattern, type).bindTo(target);
    } catch (NoSuchMethodException | IllegalAccessException e) {
      return null; // not marked tangents = true
    }
    return h;
  }

  /**
   * How many tangent calls one Jacobian takes: 1 by vector tangents, else the colours plus one for
   * the check.
   */
  public int calls() {
    if (rows != null) return rows.colours() + (check ? 1 : 0);
    return tangents != null ? 1 : colours + (check ? 1 : 0);
  }

  /** How many directions (by columns) or seeds (by rows) one Jacobian propagates: the colours, plus one for the check. */
  public int directions() {
    return colours() + (check ? 1 : 0);
  }

  /** The directions of the {@code r$tangents} call: the column colours, plus one for the check. */
  private int columnDirections() {
    return colours + (check ? 1 : 0);
  }

  /** The number of colours: of the rows when taken by reverse rows, else of the columns. */
  public int colours() {
    return rows != null ? rows.colours() : colours;
  }

  /** The colour of each column. */
  public int[] columnColours() {
    return colour.clone();
  }

  /** The pattern (a copy): the columns of row i's entries, ascending. */
  public int[][] pattern() {
    int[][] p = new int[m][];
    for (int i = 0; i < m; i++) p[i] = pattern[i].clone();
    return p;
  }

  /**
   * The entries at {@code x}: {@code values[i][k]} is ∂r_i/∂x_{pattern[i][k]}. {@code out} (length
   * m, or null) receives the residuals.
   */
  public double[][] values(double[] x, double[] out) {
    return values(x, out, newValues());
  }

  /** An array shaped for the entries ({@code [i][k]} for row i's k-th column): for {@link #values(double[], double[], double[][])}. */
  public double[][] newValues() {
    double[][] v = new double[m][];
    for (int i = 0; i < m; i++) v[i] = new double[pattern[i].length];
    return v;
  }

  /**
   * The entries at {@code x} written into {@code into} (shaped as {@link #newValues} makes it) and
   * returned: with {@code r$tangents} a Jacobian then allocates nothing in steady state.
   */
  public double[][] values(double[] x, double[] out, double[][] into) {
    if (x.length != n) throw new IllegalArgumentException("expected " + n + " parameters, got " + x.length);
    if (into.length != m) throw new IllegalArgumentException("expected " + m + " rows to write the entries into, got " + into.length);
    for (int i = 0; i < m; i++) {
      if (into[i].length != pattern[i].length) {
        throw new IllegalArgumentException("row " + i + " has " + pattern[i].length + " entries, its array " + into[i].length);
      }
    }
    double[] r = out != null ? out : new double[m];
    if (rows != null) {
      rows.values(x, r, into, check, new ReceiverState.Sequence(receiver, name));
      return into;
    }
    return tangents != null ? byVectorTangents(x, r, into) : byTangentPerColour(x, r, into, new ReceiverState.Sequence(receiver, name));
  }

  /** One {@code r$tangent} call per colour, seeded with the sum of its unit vectors. */
  private double[][] byTangentPerColour(double[] x, double[] r, double[][] v, ReceiverState.Sequence sweeps) {
    double[] dx = Scratch.take(n), dout = Scratch.take(m);
    try {
      for (int c = 0; c < colours; c++) {
        for (int j = 0; j < n; j++) dx[j] = colour[j] == c ? 1 : 0;
        Arrays.fill(dout, 0);
        sweeps.next();
        call(tangent, x, dx, r, dout);
        for (int i = 0; i < m; i++) {
          boolean any = false;
          for (int k = 0; k < pattern[i].length; k++) {
            if (colour[pattern[i][k]] == c) {
              v[i][k] = dout[i];
              any = true;
            }
          }
          if (!any && dout[i] != 0 && !Double.isNaN(dout[i])) {
            throw new IllegalStateException("the sparsity pattern is incomplete: row " + i + " depends on a column of colour "
                + c + " (columns " + columnsOf(c) + ") that the pattern does not list; give the full pattern or detect it at more points");
          }
        }
      }
    } finally {
      Scratch.give(dout);
      Scratch.give(dx);
    }
    if (check) {
      sweeps.next();
      verify(x, v);
    }
    return v;
  }

  /**
   * One {@code r$tangents} call with k = colours (+ 1 for the check): direction c is the sum of
   * colour c's unit vectors, the last the test direction; entry (i, j) is {@code dout[i·k + colour[j]]}.
   */
  private double[][] byVectorTangents(double[] x, double[] r, double[][] v) {
    int k = columnDirections();
    // The thread's spare buffers, given back when the call returns: nothing outlives the call, and
    // a call from inside r (this instance's too) takes buffers of its own.
    double[] dx = Scratch.take(n * k), dout = Scratch.take(m * k);
    try {
      System.arraycopy(seed, 0, dx, 0, seed.length); // afresh: a method that writes x writes its tangents too
      Arrays.fill(dout, 0); // rows the method does not write at this x have no tangents
      Arrays.fill(r, 0); // as a new array: a method may add into its results
      try {
        tangents.invokeExact(x, dx, r, dout, k);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException(e);
      }
      entries(v, dout, k);
    } finally {
      Scratch.give(dout);
      Scratch.give(dx);
    }
    return v;
  }

  /** The entries from the vector call's result tangents (row i, direction c at {@code dout[i·k + c]}), and the check. */
  private void entries(double[][] v, double[] dout, int k) {
    boolean[] listed = new boolean[colours];
    for (int i = 0; i < m; i++) {
      Arrays.fill(listed, false);
      for (int e = 0; e < pattern[i].length; e++) {
        int c = colour[pattern[i][e]];
        v[i][e] = dout[i * k + c];
        listed[c] = true;
      }
      for (int c = 0; c < colours; c++) {
        double d = dout[i * k + c];
        if (!listed[c] && d != 0 && !Double.isNaN(d)) {
          throw new IllegalStateException("the sparsity pattern is incomplete: row " + i + " depends on a column of colour "
              + c + " (columns " + columnsOf(c) + ") that the pattern does not list; give the full pattern or detect it at more points");
        }
      }
    }
    if (check) {
      for (int i = 0; i < m; i++) verifyRow(i, v, dout[i * k + colours]);
    }
  }

  /** The check's direction: v_j = 1 + frac(j·golden ratio), dense and with distinct entries. */
  static double testDirection(int j) {
    return 1 + (j * 0.6180339887498949) % 1;
  }

  /** One more call along the test direction v: J v from the entries must match it. */
  private void verify(double[] x, double[][] v) {
    double[] dx = new double[n], out = new double[m], dout = new double[m];
    for (int j = 0; j < n; j++) dx[j] = testDirection(j);
    call(tangent, x, dx, out, dout);
    for (int i = 0; i < m; i++) verifyRow(i, v, dout[i]);
  }

  private void verifyRow(int i, double[][] v, double jv) {
    double sum = 0, scale = Math.abs(jv);
    for (int k = 0; k < pattern[i].length; k++) {
      double vj = testDirection(pattern[i][k]);
      sum += v[i][k] * vj;
      scale += Math.abs(v[i][k] * vj);
    }
    if (Math.abs(sum - jv) > 1e-9 * scale && Double.isFinite(jv) && Double.isFinite(sum)) {
      throw new IllegalStateException("the sparsity pattern is incomplete: row " + i + " of the Jacobian times a test"
          + " direction is " + jv + ", but " + sum + " from the entries of columns " + Arrays.toString(pattern[i])
          + "; give the full pattern or detect it at more points");
    }
  }

  /** The Jacobian at {@code x} as a dense m × n array (zeros outside the pattern). */
  public double[][] dense(double[] x, double[] out) {
    double[][] v = values(x, out);
    double[][] j = new double[m][n];
    for (int i = 0; i < m; i++) {
      for (int k = 0; k < pattern[i].length; k++) j[i][pattern[i][k]] = v[i][k];
    }
    return j;
  }

  private String columnsOf(int c) {
    List<Integer> cols = new ArrayList<>();
    for (int j = 0; j < n && cols.size() < 8; j++) if (colour[j] == c) cols.add(j);
    return cols + (cols.size() == 8 ? "..." : "");
  }

  /** Greedy colouring, columns in order of decreasing count of entries: no two columns of a row alike. */
  static int[] colour(int[][] pattern, int n) {
    int[] count = new int[n];
    for (int[] row : pattern) for (int j : row) count[j]++;
    List<List<Integer>> rowsOf = new ArrayList<>();
    for (int j = 0; j < n; j++) rowsOf.add(new ArrayList<>());
    for (int i = 0; i < pattern.length; i++) for (int j : pattern[i]) rowsOf.get(j).add(i);
    Integer[] order = new Integer[n];
    for (int j = 0; j < n; j++) order[j] = j;
    Arrays.sort(order, (a, b) -> count[b] != count[a] ? count[b] - count[a] : a - b);
    int[] colour = new int[n];
    Arrays.fill(colour, -1);
    int[] forbiddenFor = new int[n + 1];
    Arrays.fill(forbiddenFor, -1);
    for (int j : order) {
      for (int i : rowsOf.get(j)) {
        for (int k : pattern[i]) if (colour[k] >= 0) forbiddenFor[colour[k]] = j;
      }
      int c = 0;
      while (forbiddenFor[c] == j) c++;
      colour[j] = c;
    }
    return colour;
  }

  private static int[][] copyChecked(int[][] pattern, int n, int m) {
    if (pattern.length != m) throw new IllegalArgumentException("the pattern has " + pattern.length + " rows, expected " + m);
    int[][] p = new int[m][];
    for (int i = 0; i < m; i++) {
      p[i] = pattern[i].clone();
      Arrays.sort(p[i]);
      for (int k = 0; k < p[i].length; k++) {
        if (p[i][k] < 0 || p[i][k] >= n || (k > 0 && p[i][k] == p[i][k - 1])) {
          throw new IllegalArgumentException("row " + i + " of the pattern has an invalid or repeated column " + p[i][k]);
        }
      }
    }
    return p;
  }

  /** {@code Owner.name}, for messages. */
  private static String label(Object target, String name) {
    return (target instanceof Class<?> ? (Class<?>) target : target.getClass()).getSimpleName() + "." + name;
  }

  private static MethodHandle tangentHandle(MethodHandles.Lookup lookup, Object target, String name) {
    boolean isClass = target instanceof Class<?>;
    Class<?> owner = isClass ? (Class<?>) target : target.getClass();
    Method primal;
    try {
      primal = owner.getDeclaredMethod(name, double[].class, double[].class);
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException("no method void " + owner.getName() + "." + name + "(double[], double[])", e);
    }
    if (Modifier.isStatic(primal.getModifiers()) != isClass) {
      throw new IllegalArgumentException(owner.getName() + "." + name
          + (isClass ? " is an instance method: pass the receiver object" : " is static: pass its class"));
    }
    MethodHandle t = Derivatives.tangent(lookup, owner, name, RESIDUALS.parameterArray());
    return isClass ? t : t.bindTo(target);
  }

  /** The handle of {@code r$adjoint} of type (x, xBar, out, outBar), or null when there is none. */
  private static MethodHandle adjointHandle(MethodHandles.Lookup lookup, Object target, String name) {
    return companionOrNull(target, owner -> Derivatives.adjoint(lookup, owner, name, RESIDUALS.parameterArray()));
  }

  /** The handle of {@code r$tangents} of type (x, dx, out, dout, k), or null when there is none. */
  private static MethodHandle vectorHandle(MethodHandles.Lookup lookup, Object target, String name) {
    return companionOrNull(target, owner -> Derivatives.tangents(lookup, owner, name, RESIDUALS.parameterArray()));
  }

  /**
   * The companion {@code find} gives for {@code target}'s class (a {@code Class}, or an instance it is
   * bound to), or null when there is none: those Jacobians then use the sweeps that remain.
   */
  private static MethodHandle companionOrNull(Object target, java.util.function.Function<Class<?>, MethodHandle> find) {
    boolean isClass = target instanceof Class<?>;
    Class<?> owner = isClass ? (Class<?>) target : target.getClass();
    MethodHandle h;
    try {
      h = find.apply(owner);
    } catch (IllegalStateException e) {
      return null;
    }
    return isClass ? h : h.bindTo(target);
  }

  /** One tangent call; {@code out} zeroed first, as a new array would be (a method may add into it). */
  private static void call(MethodHandle t, double[] x, double[] dx, double[] out, double[] dout) {
    Arrays.fill(out, 0);
    try {
      t.invokeExact(x, dx, out, dout);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }
}
