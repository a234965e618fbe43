package dev.leibniz.benchmarks;

import dev.leibniz.Derivatives;
import dev.leibniz.benchmarks.fd.CentralDifferences;
import dev.leibniz.benchmarks.hipparchus.HipparchusGmm;
import dev.leibniz.benchmarks.manual.GmmGradient;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The ADBench GMM objective on the 1,000-point instances: its value and its gradient with respect
 * to alphas, means and icf by every method (see {@link Method}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 2,
    jvmArgsAppend = {BenchmarkMain.STACK, BenchmarkMain.HEAP})
@State(Scope.Thread)
public class GmmBenchmark {
  @Param({"d2_K5", "d10_K25", "d20_K50", "d64_K25"})
  public String gmm;

  private static final Class<?>[] OBJECTIVE = {
    double[].class, double[].class, double[].class, double[].class,
    int.class, int.class, int.class, double.class, int.class
  };

  private GmmInput in;
  private double[] alphasBar;
  private double[] meansBar;
  private double[] icfBar;
  private final double[] gammaBar = new double[1];
  private double[] dAlphas;
  private double[] dMeans;
  private double[] dIcf;
  private double[] flatGradient;
  private boolean hipparchusFull;
  private boolean differencesFull;

  /** Looked up on first use, so that a missing companion fails only the Leibniz benchmarks. */
  private static final class Adjoint {
    static final MethodHandle OBJECTIVE =
        Derivatives.adjoint(MethodHandles.lookup(), Gmm.class, "objective", GmmBenchmark.OBJECTIVE);
  }

  private static final class Tangent {
    static final MethodHandle OBJECTIVE =
        Derivatives.tangent(MethodHandles.lookup(), Gmm.class, "objective", GmmBenchmark.OBJECTIVE);
  }

  @Setup
  public void setUp() {
    in = GmmInput.read(Locations.dataFile("gmm/1k/gmm_" + gmm + ".txt"));
    alphasBar = new double[in.alphas().length];
    meansBar = new double[in.means().length];
    icfBar = new double[in.icf().length];
    Random random = new Random(42);
    dAlphas = random.doubles(alphasBar.length, -1, 1).toArray();
    dMeans = random.doubles(meansBar.length, -1, 1).toArray();
    dIcf = random.doubles(icfBar.length, -1, 1).toArray();
    flatGradient = new double[in.parameterCount()];
    hipparchusFull = Workload.GMM.hipparchusFull(gmm);
    differencesFull = Workload.GMM.differencesFull(gmm);
  }

  @Benchmark
  public double primal() {
    return Gmm.objective(
        in.alphas(), in.means(), in.icf(), in.x(), in.d(), in.k(), in.n(), in.gamma(), in.m());
  }

  @Benchmark
  public void leibnizAdjoint(Blackhole bh) throws Throwable {
    Arrays.fill(alphasBar, 0);
    Arrays.fill(meansBar, 0);
    Arrays.fill(icfBar, 0);
    gammaBar[0] = 0;
    double f = (double) Adjoint.OBJECTIVE.invokeExact(
        in.alphas(), alphasBar, in.means(), meansBar, in.icf(), icfBar, in.x(), (double[]) null,
        in.d(), in.k(), in.n(), in.gamma(), in.m(), 1.0, gammaBar);
    bh.consume(f);
    bh.consume(alphasBar);
    bh.consume(meansBar);
    bh.consume(icfBar);
  }

  @Benchmark
  public double leibnizTangent() throws Throwable {
    return (double) Tangent.OBJECTIVE.invokeExact(
        in.alphas(), dAlphas, in.means(), dMeans, in.icf(), dIcf, in.x(), (double[]) null,
        in.d(), in.k(), in.n(), in.gamma(), 0.0, in.m());
  }

  @Benchmark
  public void manual(Blackhole bh) {
    bh.consume(GmmGradient.valueAndGradient(in.alphas(), in.means(), in.icf(), in.x(), in.d(),
        in.k(), in.n(), in.gamma(), in.m(), alphasBar, meansBar, icfBar));
    bh.consume(alphasBar);
    bh.consume(meansBar);
    bh.consume(icfBar);
  }

  @Benchmark
  public void hipparchus(Blackhole bh) {
    if (hipparchusFull) {
      bh.consume(HipparchusGmm.gradient(in, flatGradient));
      bh.consume(flatGradient);
    } else {
      bh.consume(HipparchusGmm.directional(in, dAlphas, dMeans, dIcf));
    }
  }

  @Benchmark
  public void finiteDifferences(Blackhole bh) {
    double[][] params = {in.alphas(), in.means(), in.icf()};
    if (differencesFull) {
      CentralDifferences.gradient(this::primal, params, new double[][] {alphasBar, meansBar, icfBar});
      bh.consume(alphasBar);
      bh.consume(meansBar);
      bh.consume(icfBar);
    } else {
      bh.consume(CentralDifferences.directional(
          this::primal, params, new double[][] {dAlphas, dMeans, dIcf}));
    }
  }
}
