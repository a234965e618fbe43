package dev.leibniz.benchmarks;

import dev.leibniz.Derivatives;
import dev.leibniz.benchmarks.fd.CentralDifferences;
import dev.leibniz.benchmarks.hipparchus.HipparchusRosenbrock;
import dev.leibniz.benchmarks.manual.RosenbrockGradient;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/** {@code Rosenbrock.extended}: its value and its gradient by every method (see {@link Method}). */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 2,
    jvmArgsAppend = {BenchmarkMain.STACK, BenchmarkMain.HEAP})
@State(Scope.Thread)
public class RosenbrockBenchmark {
  @Param({"2", "100", "10000"})
  public int n;

  private double[] x;
  private double[] direction;
  private double[] gradient;
  private boolean hipparchusFull;

  /** Looked up on first use, so that a missing companion fails only the Leibniz benchmarks. */
  private static final class Adjoint {
    static final MethodHandle EXTENDED =
        Derivatives.adjoint(MethodHandles.lookup(), Rosenbrock.class, "extended", double[].class);
  }

  private static final class Tangent {
    static final MethodHandle EXTENDED =
        Derivatives.tangent(MethodHandles.lookup(), Rosenbrock.class, "extended", double[].class);
  }

  @Setup
  public void setUp() {
    Random random = new Random(42);
    x = random.doubles(n, -2, 2).toArray();
    direction = random.doubles(n, -1, 1).toArray();
    gradient = new double[n];
    hipparchusFull = Workload.ROSENBROCK.hipparchusFull(Integer.toString(n));
  }

  @Benchmark
  public double primal() {
    return Rosenbrock.extended(x);
  }

  @Benchmark
  public double[] leibnizAdjoint(Blackhole bh) throws Throwable {
    Arrays.fill(gradient, 0);
    bh.consume((double) Adjoint.EXTENDED.invokeExact(x, gradient, 1.0));
    return gradient;
  }

  @Benchmark
  public double leibnizTangent() throws Throwable {
    return (double) Tangent.EXTENDED.invokeExact(x, direction);
  }

  @Benchmark
  public double[] manual(Blackhole bh) {
    bh.consume(RosenbrockGradient.valueAndGradient(x, gradient));
    return gradient;
  }

  @Benchmark
  public void hipparchus(Blackhole bh) {
    if (hipparchusFull) {
      bh.consume(HipparchusRosenbrock.gradient(x, gradient));
      bh.consume(gradient);
    } else {
      bh.consume(HipparchusRosenbrock.directional(x, direction));
    }
  }

  @Benchmark
  public double[] finiteDifferences() {
    CentralDifferences.gradient(
        () -> Rosenbrock.extended(x), new double[][] {x}, new double[][] {gradient});
    return gradient;
  }
}
