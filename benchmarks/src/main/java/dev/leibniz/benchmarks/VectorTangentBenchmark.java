package dev.leibniz.benchmarks;

import dev.leibniz.Derivatives;
import dev.leibniz.examples.adbench.Gmm;
import dev.leibniz.examples.adbench.GmmInput;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.util.Arrays;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Vector tangents ({@code m$tangents}, k directions per call): the dense Jacobian of {@link
 * DenseMap} (n = m = 64) by n {@code $tangent} calls, by ⌈n/k⌉ {@code $tangents} calls for k = 8
 * and k = 64, and by n {@code $adjoint} rows; and ADBench GMM (d10_K25, 1,000 points): one
 * {@code $tangents} call with k = 8 next to the primal and one {@code $tangent}. See
 * benchmarks/VECTOR.md.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 2,
    jvmArgsAppend = {BenchmarkMain.STACK, BenchmarkMain.HEAP})
@State(Scope.Thread)
public class VectorTangentBenchmark {
  static final int N = 64;
  private static final Class<?>[] GMM = {
    double[].class, double[].class, double[].class, double[].class, int.class, int.class, int.class, double.class, int.class
  };

  /** Looked up on first use, so that a missing companion fails only the benchmarks that need it. */
  private static final class Handles {
    static final MethodHandle MAP_TANGENT = Derivatives.tangent(MethodHandles.lookup(), DenseMap.class, "map", double[].class, double[].class);
    static final MethodHandle MAP_TANGENTS = Derivatives.tangents(MethodHandles.lookup(), DenseMap.class, "map", double[].class, double[].class);
    static final MethodHandle MAP_ADJOINT = Derivatives.adjoint(MethodHandles.lookup(), DenseMap.class, "map", double[].class, double[].class);
    static final MethodHandle GMM_TANGENT = Derivatives.tangent(MethodHandles.lookup(), Gmm.class, "objective", GMM);
    static final MethodHandle GMM_TANGENTS = Derivatives.tangents(MethodHandles.lookup(), Gmm.class, "objective", GMM);
  }

  private double[] x, r, dx, dr, xbar, rbar;
  private final double[][] jacobian = new double[N][N];
  private GmmInput in;
  private double[][] dirs, dirs8;
  private final double[] gmmTangents = new double[8];

  @Setup
  public void setUp() {
    Random random = new Random(42);
    x = random.doubles(N, -1, 1).toArray();
    r = new double[N];
    dx = new double[N * N];
    dr = new double[N * N];
    xbar = new double[N];
    rbar = new double[N];
    in = GmmInput.read(Locations.dataFile("gmm/1k/gmm_d10_K25.txt"));
    double[][] params = {in.alphas(), in.means(), in.icf()};
    dirs = new double[3][];
    dirs8 = new double[3][];
    for (int p = 0; p < 3; p++) {
      dirs[p] = random.doubles(params[p].length, -1, 1).toArray();
      dirs8[p] = random.doubles(params[p].length * 8L, -1, 1).toArray();
    }
  }

  @Benchmark
  public double[] densePrimal() {
    DenseMap.map(x, r);
    return r;
  }

  /** n calls of {@code map$tangent}, one per unit vector. */
  @Benchmark
  public double[][] denseByTangents() throws Throwable {
    double[] e = new double[N], col = new double[N];
    for (int j = 0; j < N; j++) {
      e[j] = 1;
      Handles.MAP_TANGENT.invokeExact(x, e, r, col);
      e[j] = 0;
      for (int i = 0; i < N; i++) jacobian[i][j] = col[i];
    }
    return jacobian;
  }

  @Benchmark
  public double[][] denseByVectorTangents8() throws Throwable {
    return byVectorTangents(8);
  }

  @Benchmark
  public double[][] denseByVectorTangents64() throws Throwable {
    return byVectorTangents(N);
  }

  /** ⌈n/k⌉ calls of {@code map$tangents}, unit vectors j0..j0+k-1 as the k directions. */
  private double[][] byVectorTangents(int k) throws Throwable {
    for (int j0 = 0; j0 < N; j0 += k) {
      Arrays.fill(dx, 0, N * k, 0);
      for (int d = 0; d < k; d++) dx[(j0 + d) * k + d] = 1;
      Handles.MAP_TANGENTS.invokeExact(x, dx, r, dr, k);
      for (int i = 0; i < N; i++) for (int d = 0; d < k; d++) jacobian[i][j0 + d] = dr[i * k + d];
    }
    return jacobian;
  }

  /** n calls of {@code map$adjoint}, one per row. */
  @Benchmark
  public double[][] denseByAdjointRows() throws Throwable {
    for (int i = 0; i < N; i++) {
      Arrays.fill(xbar, 0);
      Arrays.fill(rbar, 0);
      rbar[i] = 1;
      Handles.MAP_ADJOINT.invokeExact(x, xbar, r, rbar);
      System.arraycopy(xbar, 0, jacobian[i], 0, N);
    }
    return jacobian;
  }

  @Benchmark
  public double gmmPrimal() {
    return Gmm.objective(in.alphas(), in.means(), in.icf(), in.x(), in.d(), in.k(), in.n(), in.gamma(), in.m());
  }

  @Benchmark
  public double gmmTangent() throws Throwable {
    return (double) Handles.GMM_TANGENT.invokeExact(in.alphas(), dirs[0], in.means(), dirs[1], in.icf(), dirs[2],
        in.x(), (double[]) null, in.d(), in.k(), in.n(), in.gamma(), 0.0, in.m());
  }

  /** Eight directions in one call. */
  @Benchmark
  public void gmmVectorTangents8(Blackhole bh) throws Throwable {
    bh.consume((double) Handles.GMM_TANGENTS.invokeExact(in.alphas(), dirs8[0], in.means(), dirs8[1], in.icf(), dirs8[2],
        in.x(), (double[]) null, in.d(), in.k(), in.n(), in.gamma(), (double[]) null, in.m(), 8, gmmTangents));
    bh.consume(gmmTangents);
  }
}
