package dev.leibniz.benchmarks;

import dev.leibniz.Derivatives;
import dev.leibniz.benchmarks.kernel.LargeKernel;
import dev.leibniz.benchmarks.kernel.SmallKernel;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.util.Arrays;
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
 * A generated straight-line kernel of 1,000 statements (about 18 KB of bytecode: {@link LargeKernel}):
 * its companions would be far over HotSpot's 8,000-byte compile limit, so the agent outlines the
 * kernel into parts and generates companions per part. The primal itself is too large to be
 * JIT-compiled (HotSpot's limit applies to it too) and runs interpreted: the ratios below compare
 * compiled companions with an interpreted primal.
 *
 * <p>The {@code small*} methods measure the same for {@link SmallKernel}, generated the same way
 * (same generator and seed: its 50 statements are the large kernel's first 50), small enough that
 * the primal and each companion are one compiled method with no parts. Dividing each method's time
 * per call by its kernel's statement count (1,000 and 50) gives the time per statement, which says
 * whether outlined parts cost more per statement than one whole compiled companion. Results:
 * benchmarks/SIZE.md.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {BenchmarkMain.STACK, BenchmarkMain.HEAP})
@State(Scope.Thread)
public class LargeKernelBenchmark {
  private final double[] x = new double[8];
  private final double[] direction = new double[8];
  private final double[] gradient = new double[8];

  private static final class Companions {
    static final MethodHandle TANGENT = Derivatives.tangent(MethodHandles.lookup(), LargeKernel.class, "f", double[].class);
    static final MethodHandle ADJOINT = Derivatives.adjoint(MethodHandles.lookup(), LargeKernel.class, "f", double[].class);
  }

  private static final class SmallCompanions {
    static final MethodHandle TANGENT = Derivatives.tangent(MethodHandles.lookup(), SmallKernel.class, "f", double[].class);
    static final MethodHandle ADJOINT = Derivatives.adjoint(MethodHandles.lookup(), SmallKernel.class, "f", double[].class);
  }

  @Setup
  public void setUp() {
    for (int i = 0; i < x.length; i++) {
      x[i] = 0.3 + 0.1 * i;
      direction[i] = i % 2 == 0 ? 1 : -0.5;
    }
  }

  @Benchmark
  public double primal() {
    return LargeKernel.f(x);
  }

  @Benchmark
  public double leibnizTangent() throws Throwable {
    return (double) Companions.TANGENT.invokeExact(x, direction);
  }

  @Benchmark
  public double[] leibnizAdjoint(Blackhole bh) throws Throwable {
    Arrays.fill(gradient, 0);
    bh.consume((double) Companions.ADJOINT.invokeExact(x, gradient, 1.0));
    return gradient;
  }

  @Benchmark
  public double smallPrimal() {
    return SmallKernel.f(x);
  }

  @Benchmark
  public double smallTangent() throws Throwable {
    return (double) SmallCompanions.TANGENT.invokeExact(x, direction);
  }

  @Benchmark
  public double[] smallAdjoint(Blackhole bh) throws Throwable {
    Arrays.fill(gradient, 0);
    bh.consume((double) SmallCompanions.ADJOINT.invokeExact(x, gradient, 1.0));
    return gradient;
  }
}
