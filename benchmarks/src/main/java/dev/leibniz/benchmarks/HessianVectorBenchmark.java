package dev.leibniz.benchmarks;

import dev.leibniz.Derivatives;
import dev.leibniz.Hessians;
import dev.leibniz.examples.Rosenbrock;
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
 * Second order: one Hessian-vector product by {@code m$adjoint$tangent} (forward over reverse),
 * next to the primal and the gradient ({@code m$adjoint}) of the same function in the same run.
 * The figure of merit is {@code leibnizHessianVector / primal} (target ≤ 10). Not part of the
 * workload report ({@link Workload}); see the README's "Second order and Jacobians".
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 2,
    jvmArgsAppend = {BenchmarkMain.STACK, BenchmarkMain.HEAP})
@State(Scope.Thread)
public class HessianVectorBenchmark {
  /** {@code rosenbrock-10000}: the extended Rosenbrock function, n = 10^4; {@code gmm-<file>}: ADBench GMM, 1,000 points. */
  @Param({"rosenbrock-10000", "gmm-d10_K25"})
  public String problem;

  private static final Class<?>[] GMM = {
    double[].class, double[].class, double[].class, double[].class, int.class, int.class, int.class, double.class, int.class
  };

  private double[] x, v, grad, hv;
  private GmmInput in;
  private double[][] bars, dirs, barDots;

  /** Looked up on first use, so that a missing companion fails only the Leibniz benchmarks. */
  private static final class Handles {
    static final MethodHandle ROSENBROCK_ADJOINT =
        Derivatives.adjoint(MethodHandles.lookup(), Rosenbrock.class, "extended", double[].class);
    static final MethodHandle ROSENBROCK_HVP =
        Hessians.adjointTangent(MethodHandles.lookup(), Rosenbrock.class, "extended", double[].class);
    static final MethodHandle GMM_ADJOINT = Derivatives.adjoint(MethodHandles.lookup(), Gmm.class, "objective", GMM);
    static final MethodHandle GMM_HVP = Hessians.adjointTangent(MethodHandles.lookup(), Gmm.class, "objective", GMM);
  }

  @Setup
  public void setUp() {
    Random random = new Random(42);
    if (problem.startsWith("rosenbrock-")) {
      int n = Integer.parseInt(problem.substring("rosenbrock-".length()));
      x = random.doubles(n, -2, 2).toArray();
      v = random.doubles(n, -1, 1).toArray();
      grad = new double[n];
      hv = new double[n];
    } else {
      in = GmmInput.read(Locations.dataFile("gmm/1k/gmm_" + problem.substring("gmm-".length()) + ".txt"));
      double[][] params = {in.alphas(), in.means(), in.icf()};
      bars = new double[3][];
      dirs = new double[3][];
      barDots = new double[3][];
      for (int k = 0; k < 3; k++) {
        bars[k] = new double[params[k].length];
        barDots[k] = new double[params[k].length];
        dirs[k] = random.doubles(params[k].length, -1, 1).toArray();
      }
    }
  }

  @Benchmark
  public double primal() {
    return in == null ? Rosenbrock.extended(x)
        : Gmm.objective(in.alphas(), in.means(), in.icf(), in.x(), in.d(), in.k(), in.n(), in.gamma(), in.m());
  }

  @Benchmark
  public void leibnizAdjoint(Blackhole bh) throws Throwable {
    if (in == null) {
      Arrays.fill(grad, 0);
      bh.consume((double) Handles.ROSENBROCK_ADJOINT.invokeExact(x, grad, 1.0));
      bh.consume(grad);
      return;
    }
    for (double[] b : bars) Arrays.fill(b, 0);
    bh.consume((double) Handles.GMM_ADJOINT.invokeExact(in.alphas(), bars[0], in.means(), bars[1], in.icf(), bars[2],
        in.x(), (double[]) null, in.d(), in.k(), in.n(), in.gamma(), in.m(), 1.0, new double[1]));
    bh.consume(bars);
  }

  /** One H·v (and, as a by-product, the gradient and ∇f·v). */
  @Benchmark
  public void leibnizHessianVector(Blackhole bh) throws Throwable {
    if (in == null) {
      Arrays.fill(grad, 0);
      Arrays.fill(hv, 0);
      bh.consume((double) Handles.ROSENBROCK_HVP.invokeExact(x, v, grad, hv, 1.0, 0.0));
      bh.consume(hv);
      return;
    }
    for (int k = 0; k < 3; k++) {
      Arrays.fill(bars[k], 0);
      Arrays.fill(barDots[k], 0);
    }
    bh.consume((double) Handles.GMM_HVP.invokeExact(
        in.alphas(), dirs[0], bars[0], barDots[0], in.means(), dirs[1], bars[1], barDots[1], in.icf(), dirs[2], bars[2], barDots[2],
        in.x(), (double[]) null, (double[]) null, (double[]) null,
        in.d(), in.k(), in.n(), in.gamma(), 0.0, in.m(), 1.0, 0.0, new double[1], new double[1]));
    bh.consume(barDots);
  }
}
