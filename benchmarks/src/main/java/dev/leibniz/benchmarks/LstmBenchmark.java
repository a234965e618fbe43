package dev.leibniz.benchmarks;

import dev.leibniz.Derivatives;
import dev.leibniz.benchmarks.fd.CentralDifferences;
import dev.leibniz.benchmarks.hipparchus.HipparchusLstm;
import dev.leibniz.benchmarks.manual.LstmGradient;
import dev.leibniz.examples.adbench.Lstm;
import dev.leibniz.examples.adbench.LstmInput;
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

/**
 * The ADBench LSTM loss: its value and its gradient with respect to the main and extra parameters
 * by every method (see {@link Method}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 2,
    jvmArgsAppend = {BenchmarkMain.STACK, BenchmarkMain.HEAP})
@State(Scope.Thread)
public class LstmBenchmark {
  @Param({"l2_c1024", "l4_c1024"})
  public String lstm;

  private static final Class<?>[] LOSS = {
    double[].class, double[].class, double[].class, double[].class, int.class, int.class, int.class
  };

  private LstmInput in;
  private double[] mainBar;
  private double[] extraBar;
  private double[] dMain;
  private double[] dExtra;
  private double[] flatGradient;
  private LstmGradient manualGradient;
  private boolean hipparchusFull;
  private boolean differencesFull;

  /** Looked up on first use, so that a missing companion fails only the Leibniz benchmarks. */
  private static final class Adjoint {
    static final MethodHandle LOSS =
        Derivatives.adjoint(MethodHandles.lookup(), Lstm.class, "loss", LstmBenchmark.LOSS);
  }

  private static final class Tangent {
    static final MethodHandle LOSS =
        Derivatives.tangent(MethodHandles.lookup(), Lstm.class, "loss", LstmBenchmark.LOSS);
  }

  @Setup
  public void setUp() {
    in = LstmInput.read(Locations.dataFile("lstm/lstm_" + lstm + ".txt"));
    mainBar = new double[in.mainParams().length];
    extraBar = new double[in.extraParams().length];
    Random random = new Random(42);
    dMain = random.doubles(mainBar.length, -1, 1).toArray();
    dExtra = random.doubles(extraBar.length, -1, 1).toArray();
    flatGradient = new double[in.parameterCount()];
    manualGradient = new LstmGradient(in.l(), in.c(), in.b());
    hipparchusFull = Workload.LSTM.hipparchusFull(lstm);
    differencesFull = Workload.LSTM.differencesFull(lstm);
  }

  @Benchmark
  public double primal() {
    return Lstm.loss(
        in.mainParams(), in.extraParams(), in.state(), in.sequence(), in.l(), in.c(), in.b());
  }

  @Benchmark
  public void leibnizAdjoint(Blackhole bh) throws Throwable {
    Arrays.fill(mainBar, 0);
    Arrays.fill(extraBar, 0);
    double f = (double) Adjoint.LOSS.invokeExact(in.mainParams(), mainBar, in.extraParams(),
        extraBar, in.state(), (double[]) null, in.sequence(), (double[]) null, in.l(), in.c(),
        in.b(), 1.0);
    bh.consume(f);
    bh.consume(mainBar);
    bh.consume(extraBar);
  }

  @Benchmark
  public double leibnizTangent() throws Throwable {
    return (double) Tangent.LOSS.invokeExact(in.mainParams(), dMain, in.extraParams(), dExtra,
        in.state(), (double[]) null, in.sequence(), (double[]) null, in.l(), in.c(), in.b());
  }

  @Benchmark
  public void manual(Blackhole bh) {
    bh.consume(manualGradient.valueAndGradient(in.mainParams(), in.extraParams(), in.state(),
        in.sequence(), mainBar, extraBar));
    bh.consume(mainBar);
    bh.consume(extraBar);
  }

  @Benchmark
  public void hipparchus(Blackhole bh) {
    if (hipparchusFull) {
      bh.consume(HipparchusLstm.gradient(in, flatGradient));
      bh.consume(flatGradient);
    } else {
      bh.consume(HipparchusLstm.directional(in, dMain, dExtra));
    }
  }

  @Benchmark
  public void finiteDifferences(Blackhole bh) {
    double[][] params = {in.mainParams(), in.extraParams()};
    if (differencesFull) {
      CentralDifferences.gradient(this::primal, params, new double[][] {mainBar, extraBar});
      bh.consume(mainBar);
      bh.consume(extraBar);
    } else {
      bh.consume(CentralDifferences.directional(
          this::primal, params, new double[][] {dMain, dExtra}));
    }
  }
}
