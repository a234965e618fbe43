package dev.leibniz.benchmarks;

import dev.leibniz.Derivatives;
import dev.leibniz.benchmarks.checkpoint.Recurrence;
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
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Checkpointed reverse mode: the adjoint of 10^6 trips of {@code s = sin(s x) + 0.5} at three tape
 * budgets, against the primal: unbounded (taped whole, 8 MB of tape), 1 MiB (the schedule the
 * driver plans for it: segments re-run in the reverse sweep) and 16 KiB (too small for any two-level
 * schedule, so segments nest). The budget is the system property the agent's {@code tape=SIZE}
 * option sets, with the same syntax, read by the generated code at each entry of the loop, so one
 * fork measures all three. Results: benchmarks/SIZE.md.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {BenchmarkMain.STACK, BenchmarkMain.HEAP})
@State(Scope.Thread)
public class CheckpointBenchmark {
  static final int TRIPS = 1_000_000;

  /** {@code unbounded}: taped whole; {@code 1m}, {@code 16k}: checkpointed within that many bytes. */
  @Param({"unbounded", "1m", "16k"})
  public String tape;

  private final double[] gradient = new double[1];

  private static final class Companions {
    static final MethodHandle ADJOINT = Derivatives.adjoint(MethodHandles.lookup(), Recurrence.class, "iterate", double.class, int.class);
  }

  @Setup
  public void setUp() {
    System.setProperty("leibniz.tape", tape);
  }

  @Benchmark
  public double primal() {
    return Recurrence.iterate(0.9, TRIPS);
  }

  @Benchmark
  public double adjoint() throws Throwable {
    gradient[0] = 0;
    double y = (double) Companions.ADJOINT.invokeExact(0.9, TRIPS, 1.0, gradient);
    return y + gradient[0];
  }
}
