package dev.leibniz.benchmarks;

import dev.leibniz.SparseJacobian;
import java.lang.invoke.MethodHandles;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link SparseJacobian} by reverse rows against tangent columns on {@link BlockRows} (8 rows of
 * 128 columns each, disjoint): one {@code residuals$adjoint} call (one row colour) against one
 * {@code residuals$tangents} call with k = 128 colours, both unchecked and written into a reused
 * array. See benchmarks/VECTOR.md.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {BenchmarkMain.STACK, BenchmarkMain.HEAP})
@State(Scope.Thread)
public class ReverseRowsBenchmark {
  private final int n = BlockRows.ROWS * BlockRows.WIDTH;
  private double[] x;
  private double[] r;
  private SparseJacobian rows;
  private SparseJacobian columns;
  private double[][] into;
  private java.lang.invoke.MethodHandle adjoint;
  private double[] xBar;
  private double[] rBar;

  @Setup
  public void setUp() {
    x = new Random(1).doubles(n, -1, 1).toArray();
    r = new double[BlockRows.ROWS];
    SparseJacobian chosen = SparseJacobian.of(MethodHandles.lookup(), BlockRows.class, "residuals", n, BlockRows.ROWS, BlockRows.pattern());
    if (!chosen.byReverseRows()) throw new IllegalStateException("expected reverse rows to be chosen");
    rows = chosen.unchecked();
    columns = chosen.byColumns().unchecked();
    into = rows.newValues();
    adjoint = dev.leibniz.Derivatives.adjoint(MethodHandles.lookup(), BlockRows.class, "residuals", double[].class, double[].class);
    xBar = new double[n];
    rBar = new double[BlockRows.ROWS];
  }

  @Benchmark
  public double[] primal() {
    BlockRows.residuals(x, r);
    return r;
  }

  /** One {@code residuals$adjoint} call: all 8 rows (one row colour). */
  @Benchmark
  public double[][] byRows() {
    return rows.values(x, r, into);
  }

  /** The bare {@code residuals$adjoint} call that {@code byRows} makes (seeds set, no copies): its share of {@code byRows}. */
  @Benchmark
  public double[] adjointCall() throws Throwable {
    java.util.Arrays.fill(xBar, 0);
    java.util.Arrays.fill(rBar, 1);
    adjoint.invokeExact(x, xBar, r, rBar);
    return xBar;
  }

  /** One {@code residuals$tangents} call with k = 128 (the column colours). */
  @Benchmark
  public double[][] byColumns() {
    return columns.values(x, r, into);
  }
}
