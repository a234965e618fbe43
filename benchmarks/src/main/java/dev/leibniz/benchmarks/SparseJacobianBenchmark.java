package dev.leibniz.benchmarks;

import dev.leibniz.SparseJacobian;
import dev.leibniz.benchmarks.manual.BaForwardJacobian;
import dev.leibniz.examples.adbench.BaInput;
import dev.leibniz.examples.adbench.BaJacobian;
import dev.leibniz.examples.adbench.BaProblem;
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
 * The examples' {@code jacobian} command: ADBench BA's whole sparse Jacobian by coloured vector
 * tangents ({@code SparseJacobian} on {@code BaProblem.residuals}: 15 colours in one {@code
 * residuals$tangents} call, with and without the checking direction), by one {@code
 * residuals$tangent} call per colour (the way before vector tangents), and by adjoint rows ({@code
 * BaJacobian.byAdjoint}), next to {@code primal}, one evaluation of all residuals through {@code
 * BaProblem}; and the detection of the pattern by index sets ({@code residuals$pattern}). The
 * yardsticks: a hand-written forward-mode Jacobian with 15 directions per observation ({@code
 * BaForwardJacobian}, what coloured forward mode at best costs) and the hand-written symbolic one
 * ({@code manual.BaJacobian}). See benchmarks/VECTOR.md.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 2,
    jvmArgsAppend = {BenchmarkMain.STACK, BenchmarkMain.HEAP})
@State(Scope.Thread)
public class SparseJacobianBenchmark {
  @Param({"ba1_n49_m7776_p31843"})
  public String ba;

  private BaInput in;
  private BaProblem problem;
  private double[] x;
  private double[] residuals;
  private SparseJacobian checked;
  private SparseJacobian unchecked;
  private SparseJacobian perColour;
  private MethodHandle adjoint;
  private MethodHandle weightAdjoint;
  private BaForwardJacobian forward;
  private double[] values;
  private double[][] into;

  @Setup
  public void setUp() {
    in = BaInput.read(Locations.dataFile("ba/" + ba + ".txt"));
    problem = new BaProblem(in);
    x = BaProblem.parameters(in);
    residuals = new double[problem.residualCount()];
    checked = SparseJacobian.of(MethodHandles.lookup(), problem, "residuals", problem.parameterCount(),
        problem.residualCount(), problem.pattern());
    unchecked = checked.unchecked();
    into = unchecked.newValues();
    perColour = checked.oneDirectionPerCall();
    adjoint = BaJacobian.residualAdjoint();
    weightAdjoint = BaJacobian.weightErrorAdjoint();
    forward = new BaForwardJacobian();
    values = new double[31 * in.observationCount()];
  }

  @Benchmark
  public double[] primal() {
    problem.residuals(x, residuals);
    return residuals;
  }

  @Benchmark
  public double[][] colouredChecked() {
    return checked.values(x, residuals);
  }

  @Benchmark
  public double[][] colouredUnchecked() {
    return unchecked.values(x, residuals);
  }

  /** As {@code colouredUnchecked}, the entries written into the same array each time: what the Jacobian costs beyond its result. */
  @Benchmark
  public double[][] colouredUncheckedInto() {
    return unchecked.values(x, residuals, into);
  }

  /** The pattern by index sets: one {@code residuals$pattern} call (14 colours on it). */
  @Benchmark
  public int[][] detectPattern() {
    return SparseJacobian.detect(MethodHandles.lookup(), problem, "residuals", problem.parameterCount(), problem.residualCount(), x);
  }

  /** One {@code residuals$tangent} call per colour, and one more for the check. */
  @Benchmark
  public double[][] colouredOneCallPerColour() {
    return perColour.values(x, residuals);
  }

  @Benchmark
  public double[] adjointRows() throws Throwable {
    return BaJacobian.byAdjoint(adjoint, weightAdjoint, in);
  }

  /** As {@code adjointRows}, the entries written into the same array each time (as {@code colouredUncheckedInto}). */
  @Benchmark
  public double[] adjointRowsInto() throws Throwable {
    return BaJacobian.byAdjoint(adjoint, weightAdjoint, in, values);
  }

  /** Hand-written forward mode, 15 directions per observation, no allocation: the bound for coloured forward mode. */
  @Benchmark
  public double[] handForward() {
    forward.jacobian(in, values);
    return values;
  }

  /** The hand-written symbolic Jacobian ({@code manual.BaJacobian}). */
  @Benchmark
  public double[] handSymbolic() {
    dev.leibniz.benchmarks.manual.BaJacobian.jacobian(in, values);
    return values;
  }
}
