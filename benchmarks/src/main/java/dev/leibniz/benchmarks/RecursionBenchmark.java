package dev.leibniz.benchmarks;

import dev.leibniz.Derivatives;
import dev.leibniz.Differentiable;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A recursion {@code depth} levels deep (issue 11's target: tangent and adjoint within 10× of the
 * primal at 10^4). The adjoint reverses each level's call split (its forward once, its reverse
 * once: linear); the tangent still calls each level's primal again for the value its rule needs
 * (quadratic). Not part of the workload report; run it by name, e.g.
 * {@code benchmarks/run.sh --full -- RecursionBenchmark -f 1 -wi 3 -i 3}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 2,
    jvmArgsAppend = {BenchmarkMain.STACK, BenchmarkMain.HEAP})
@State(Scope.Thread)
public class RecursionBenchmark {
  @Param({"10000"})
  public int depth;

  private final double x = 0.7;
  private final double[] gradient = new double[1];

  /** The recursive function: {@code f(x, 0) = x}, {@code f(x, n) = sin(f(x, n - 1)) + 0.1 x}. */
  public static final class Recursive {
    static double level(double x, int n) {
      if (n == 0) {
        return x;
      }
      return Math.sin(level(x, n - 1)) + 0.1 * x;
    }

    @Differentiable
    public static double deep(double x, int n) {
      return level(x, n);
    }
  }

  private static final class Handles {
    static final MethodHandle ADJOINT = Derivatives.adjoint(MethodHandles.lookup(), Recursive.class, "deep", double.class, int.class);
    static final MethodHandle TANGENT = Derivatives.tangent(MethodHandles.lookup(), Recursive.class, "deep", double.class, int.class);
  }

  @Benchmark
  public double primal() {
    return Recursive.deep(x, depth);
  }

  @Benchmark
  public double leibnizAdjoint() throws Throwable {
    gradient[0] = 0;
    return (double) Handles.ADJOINT.invokeExact(x, depth, 1.0, gradient);
  }

  @Benchmark
  public double leibnizTangent() throws Throwable {
    return (double) Handles.TANGENT.invokeExact(x, 1.0, depth);
  }
}
