package dev.leibniz.benchmarks;

import dev.leibniz.Derivatives;
import dev.leibniz.benchmarks.fd.BaFiniteDifferences;
import dev.leibniz.benchmarks.hipparchus.HipparchusBa;
import dev.leibniz.benchmarks.manual.BaJacobian;
import dev.leibniz.examples.adbench.Ba;
import dev.leibniz.examples.adbench.BaInput;
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

  private static final Class<?>[] RESIDUAL = {
    double[].class, double[].class, double.class, double[].class, double[].class
  };

  private BaInput in;
  private double[] residuals;
  private double[] jacobian;
  private final double[] err = new double[2];
  private final double[] errBar = new double[2];
  private final double[] camBar = new double[11];
  private final double[] pointBar = new double[3];
  private final double[] wBar = new double[1];
  /** The unwanted adjoint of {@code feat}: a null would make each call allocate a zero array for it (2 MB per Jacobian). */
  private final double[] featBar = new double[2];
  private double[][] dCams;
  private double[][] dPoints;
  private double[] dWeights;

  /** Looked up on first use, so that a missing companion fails only the Leibniz benchmarks. */
  private static final class Adjoint {
    static final MethodHandle RESIDUAL =
        Derivatives.adjoint(MethodHandles.lookup(), Ba.class, "residual", BaBenchmark.RESIDUAL);
    static final MethodHandle WEIGHT_ERROR =
        Derivatives.adjoint(MethodHandles.lookup(), Ba.class, "weightError", double.class);
  }

  /** {@code residual$adjoints} ({@code adjoints = true}): both rows of an observation from one forward sweep. */
  private static final class Adjoints {
    static final MethodHandle RESIDUAL = dev.leibniz.examples.adbench.BaJacobian.residualAdjoints();
  }

  private final double[][] camBars = new double[2][11];
  private final double[][] pointBars = new double[2][3];
  private final double[][] featBars = new double[2][2];
  private final double[][] errBars = new double[2][2];
  private final double[][] wBars = new double[2][1];

  private static final class Tangent {
    static final MethodHandle RESIDUAL =
        Derivatives.tangent(MethodHandles.lookup(), Ba.class, "residual", BaBenchmark.RESIDUAL);
    static final MethodHandle WEIGHT_ERROR =
        Derivatives.tangent(MethodHandles.lookup(), Ba.class, "weightError", double.class);
  }

  @Setup
  public void setUp() {
    in = BaInput.read(Locations.dataFile("ba/" + ba + ".txt"));
    int p = in.observationCount();
    residuals = new double[3 * p];
    jacobian = new double[31 * p];
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
    int p = in.observationCount();
    for (int i = 0; i < p; i++) {
      Ba.residual(in.cams()[in.obsCamera()[i]], in.points()[in.obsPoint()[i]], in.weights()[i],
          in.features()[i], err);
      residuals[2 * i] = err[0];
      residuals[2 * i + 1] = err[1];
      residuals[2 * p + i] = Ba.weightError(in.weights()[i]);
    }
    return residuals;
  }

  @Benchmark
  public double[] leibnizAdjoint() throws Throwable {
    int p = in.observationCount();
    for (int i = 0; i < p; i++) {
      double[] cam = in.cams()[in.obsCamera()[i]];
      double[] point = in.points()[in.obsPoint()[i]];
      double w = in.weights()[i];
      for (int row = 0; row < 2; row++) {
        Arrays.fill(camBar, 0);
        Arrays.fill(pointBar, 0);
        Arrays.fill(featBar, 0);
        wBar[0] = 0;
        errBar[row] = 1;
        errBar[1 - row] = 0;
        Adjoint.RESIDUAL.invokeExact(cam, camBar, point, pointBar, w, in.features()[i],
            featBar, err, errBar, wBar);
        int at = 30 * i + 15 * row;
        System.arraycopy(camBar, 0, jacobian, at, 11);
        System.arraycopy(pointBar, 0, jacobian, at + 11, 3);
        jacobian[at + 14] = wBar[0];
      }
      wBar[0] = 0;
      double unused = (double) Adjoint.WEIGHT_ERROR.invokeExact(w, 1.0, wBar);
      jacobian[30 * p + i] = wBar[0];
    }
    return jacobian;
  }

  /**
   * The Jacobian of {@link #leibnizAdjoint} by the vector adjoint {@code residual$adjoints}: per
   * observation one forward sweep and two reverse sweeps (not in the report's table; run by name).
   */
  @Benchmark
  public double[] leibnizAdjoints() throws Throwable {
    int p = in.observationCount();
    for (int i = 0; i < p; i++) {
      double[] cam = in.cams()[in.obsCamera()[i]];
      double[] point = in.points()[in.obsPoint()[i]];
      double w = in.weights()[i];
      for (int row = 0; row < 2; row++) {
        Arrays.fill(camBars[row], 0);
        Arrays.fill(pointBars[row], 0);
        Arrays.fill(featBars[row], 0);
        wBars[row][0] = 0;
        errBars[row][row] = 1;
        errBars[row][1 - row] = 0;
      }
      Adjoints.RESIDUAL.invokeExact(cam, camBars, point, pointBars, w, in.features()[i], featBars, err, errBars, wBars, 2);
      for (int row = 0; row < 2; row++) {
        int at = 30 * i + 15 * row;
        System.arraycopy(camBars[row], 0, jacobian, at, 11);
        System.arraycopy(pointBars[row], 0, jacobian, at + 11, 3);
        jacobian[at + 14] = wBars[row][0];
      }
      wBar[0] = 0;
      double unused = (double) Adjoint.WEIGHT_ERROR.invokeExact(w, 1.0, wBar);
      jacobian[30 * p + i] = wBar[0];
    }
    return jacobian;
  }

  @Benchmark
  public double[] leibnizTangent() throws Throwable {
    int p = in.observationCount();
    for (int i = 0; i < p; i++) {
      Tangent.RESIDUAL.invokeExact(in.cams()[in.obsCamera()[i]], dCams[in.obsCamera()[i]],
          in.points()[in.obsPoint()[i]], dPoints[in.obsPoint()[i]], in.weights()[i], dWeights[i],
          in.features()[i], (double[]) null, err, errBar);
      residuals[2 * i] = errBar[0];
      residuals[2 * i + 1] = errBar[1];
      residuals[2 * p + i] =
          (double) Tangent.WEIGHT_ERROR.invokeExact(in.weights()[i], dWeights[i]);
    }
    return residuals;
  }

  @Benchmark
  public double[] manual() {
    BaJacobian.jacobian(in, jacobian);
    return jacobian;
  }

  @Benchmark
  public double[] hipparchus() {
    HipparchusBa.jacobian(in, jacobian);
    return jacobian;
  }

  @Benchmark
  public double[] finiteDifferences() {
    BaFiniteDifferences.jacobian(in, jacobian);
    return jacobian;
  }
}
