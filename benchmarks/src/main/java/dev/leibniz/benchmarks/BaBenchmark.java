package dev.leibniz.benchmarks;

import dev.leibniz.benchmarks.fd.BaFiniteDifferences;
import dev.leibniz.benchmarks.hipparchus.HipparchusBa;
import dev.leibniz.benchmarks.manual.BaJacobian;
import dev.leibniz.examples.adbench.BaInput;
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

/**
 * ADBench bundle adjustment: all residuals ({@code 2p} reprojection errors and {@code p} weight
 * errors) against the full sparse Jacobian in CSR value order by every method (see {@link
 * Method}); the Leibniz tangent computes {@code J·v} for one direction {@code v}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 2,
    jvmArgsAppend = {BenchmarkMain.STACK, BenchmarkMain.HEAP})
@State(Scope.Thread)
public class BaBenchmark {
  @Param({"ba1_n49_m7776_p31843"})
  public String ba;

  private BaInput in;
  private BaCalls calls;
  private double[][] dCams;
  private double[][] dPoints;
  private double[] dWeights;

  @Setup
  public void setUp() {
    in = BaInput.read(Locations.dataFile("ba/" + ba + ".txt"));
    int p = in.observationCount();
    calls = new BaCalls(in);
    Random random = new Random(42);
    dCams = new double[in.cameraCount()][];
    for (int i = 0; i < dCams.length; i++) {
      dCams[i] = random.doubles(11, -1, 1).toArray();
    }
    dPoints = new double[in.pointCount()][];
    for (int i = 0; i < dPoints.length; i++) {
      dPoints[i] = random.doubles(3, -1, 1).toArray();
    }
    dWeights = random.doubles(p, -1, 1).toArray();
  }

  @Benchmark
  public double[] primal() {
    return calls.primal();
  }

  /**
   * The report's Leibniz reverse row: the Jacobian by the writing vector adjoint into slices {@code
   * residual$adjointsInto} (per observation one forward sweep, then the reverse sweep once per row, each writing its
   * row straight into the CSR values, which the caller so neither zeroes nor copies into).
   */
  @Benchmark
  public double[] leibnizAdjoint() throws Throwable {
    return calls.rowsInPlace();
  }

  /**
   * The same Jacobian by the writing vector adjoint {@code residual$adjointsSet}, its rows copied into the CSR values:
   * not in the report's table; run by name.
   */
  @Benchmark
  public double[] leibnizAdjointsSet() throws Throwable {
    return calls.writtenRows();
  }

  /**
   * The same Jacobian by the vector adjoint {@code residual$adjoints}, the route {@code Jacobian.byRows} takes when a
   * method has one, adding into rows the caller zeroes: not in the report's table; run by name.
   */
  @Benchmark
  public double[] leibnizAdjointsAdding() throws Throwable {
    return calls.sharedRows();
  }

  /**
   * The same Jacobian by one {@code residual$adjoint} call per row (a forward sweep per row): not in the report's
   * table; run by name.
   */
  @Benchmark
  public double[] leibnizAdjointRows() throws Throwable {
    return calls.adjointRows();
  }

  @Benchmark
  public double[] leibnizTangent() throws Throwable {
    return calls.directional(dCams, dPoints, dWeights);
  }

  @Benchmark
  public double[] manual() {
    BaJacobian.jacobian(in, calls.jacobian);
    return calls.jacobian;
  }

  @Benchmark
  public double[] hipparchus() {
    HipparchusBa.jacobian(in, calls.jacobian);
    return calls.jacobian;
  }

  @Benchmark
  public double[] finiteDifferences() {
    BaFiniteDifferences.jacobian(in, calls.jacobian);
    return calls.jacobian;
  }
}
