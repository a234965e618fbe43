package dev.leibniz.benchmarks;

import dev.leibniz.Derivatives;
import dev.leibniz.examples.BlackScholes;
import dev.leibniz.examples.Rosenbrock;
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

/**
 * The cost of the run-time self-check ({@code check=FRACTION}): the same companion calls, made
 * directly, in runs whose agent is started without the option (no wrapper exists), with {@code
 * check=0.001} and with {@code check=0.01} (every public companion wrapped; a sampled call is
 * checked against central differences and the dot-product test). Run it once per setting through
 * {@code -Dleibniz.agentOptions=check=...} (BenchmarkMain); figures and command in RESULTS.md,
 * "Issue 13".
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {BenchmarkMain.STACK, BenchmarkMain.HEAP})
@State(Scope.Thread)
public class SelfCheckBenchmark {
  private static final MethodHandle ADJOINT = Derivatives.adjoint(MethodHandles.lookup(), Rosenbrock.class, "extended", double[].class);
  private static final MethodHandle TANGENT = Derivatives.tangent(MethodHandles.lookup(), Rosenbrock.class, "extended", double[].class);
  private static final MethodHandle CALL_ADJOINT = Derivatives.adjoint(MethodHandles.lookup(), BlackScholes.class, "call",
      double.class, double.class, double.class, double.class, double.class);

  private final double[] x = new Random(42).doubles(100, -2, 2).toArray();
  private final double[] direction = new Random(43).doubles(100, -1, 1).toArray();
  private final double[] gradient = new double[100];
  private final double[] greeks = new double[5];
  private double s, k, t, r, sigma;

  @Setup
  public void setUp() {
    s = 100;
    k = 95;
    t = 0.5;
    r = 0.03;
    sigma = 0.25;
  }

  /** Extended Rosenbrock, n = 100: the primal, for the ratios. */
  @Benchmark
  public double rosenbrockPrimal() {
    return Rosenbrock.extended(x);
  }

  @Benchmark
  public double rosenbrockAdjoint() throws Throwable {
    Arrays.fill(gradient, 0);
    return (double) ADJOINT.invokeExact(x, gradient, 1.0);
  }

  @Benchmark
  public double rosenbrockTangent() throws Throwable {
    return (double) TANGENT.invokeExact(x, direction);
  }

  /** Black–Scholes' price: a loop-free primal of a few tens of nanoseconds. */
  @Benchmark
  public double callPrimal() {
    return BlackScholes.call(s, k, t, r, sigma);
  }

  /** Its adjoint (every Greek), where the wrapper's own cost shows most. */
  @Benchmark
  public double callAdjoint() throws Throwable {
    Arrays.fill(greeks, 0);
    return (double) CALL_ADJOINT.invokeExact(s, k, t, r, sigma, 1.0, greeks);
  }
}
