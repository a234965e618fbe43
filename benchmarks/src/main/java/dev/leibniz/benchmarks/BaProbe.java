package dev.leibniz.benchmarks;

import static dev.leibniz.benchmarks.ProbeClock.median;
import static dev.leibniz.benchmarks.ProbeClock.round;

import dev.leibniz.benchmarks.manual.BaJacobian;
import dev.leibniz.examples.adbench.Ba;
import dev.leibniz.examples.adbench.BaInput;
import java.lang.invoke.MethodHandle;
import java.util.Arrays;

/**
 * A quick, load-tolerant look at BA's full-Jacobian/primal ratio between JMH runs, in the style of
 * {@link GmmProbe}: this thread's CPU time per call of the primal (all residuals), the Leibniz
 * Jacobian by adjoint rows ({@link dev.leibniz.examples.adbench.BaJacobian#byAdjoint}, the code
 * {@code BaBenchmark.leibnizAdjoint} times, through constant handles as there), the hand-written
 * Jacobian and the Leibniz Jacobian by tangent columns (15 {@code residual$tangent} calls per
 * observation), interleaved round by round, each ratio the median over the rounds. Not a
 * substitute for the JMH figures.
 *
 * <p>Run with the agent: {@code java -javaagent:agent/target/leibniz-agent.jar -cp
 * benchmarks/target/benchmarks.jar dev.leibniz.benchmarks.BaProbe [rounds]}.
 */
public final class BaProbe {

  private final BaInput in;
  /** Constant handles, as in BaBenchmark: the JIT inlines a call through a static final one. */
  private static final MethodHandle RESIDUAL_ADJOINT = dev.leibniz.examples.adbench.BaJacobian.residualAdjoint();
  private static final MethodHandle WEIGHT_ERROR_ADJOINT = dev.leibniz.examples.adbench.BaJacobian.weightErrorAdjoint();
  private static final MethodHandle RESIDUAL_TANGENT = dev.leibniz.examples.adbench.BaJacobian.residualTangent();
  private static final MethodHandle WEIGHT_ERROR_TANGENT = dev.leibniz.examples.adbench.BaJacobian.weightErrorTangent();
  /** {@code residual$adjoints}: both rows of an observation from one forward sweep. */
  private static final MethodHandle RESIDUAL_ADJOINTS = dev.leibniz.examples.adbench.BaJacobian.residualAdjoints();
  private final double[][] camBars = new double[2][11];
  private final double[][] pointBars = new double[2][3];
  private final double[][] featBars = new double[2][2];
  private final double[][] errBars = new double[2][2];
  private final double[][] wBars = new double[2][1];
  private final double[] residuals;
  private final double[] jacobian;
  private final double[] err = new double[2];
  private final double[] errBar = new double[2];
  private final double[] camBar = new double[11];
  private final double[] pointBar = new double[3];
  private final double[] wBar = new double[1];
  /** The unwanted adjoint (tangent) of {@code feat}: a null would allocate a zero array per call. */
  private final double[] featBar = new double[2];
  private double sink;

  private BaProbe(BaInput in) {
    this.in = in;
    residuals = new double[3 * in.observationCount()];
    jacobian = new double[31 * in.observationCount()];
  }

  public static void main(String[] args) throws Throwable {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 9;
    new BaProbe(BaInput.read(Locations.dataFile("ba/ba1_n49_m7776_p31843.txt"))).run(rounds);
  }

  private void run(int rounds) throws Throwable {
    double[] adjointRatio = new double[rounds];
    double[] manualRatio = new double[rounds];
    double[] tangentRatio = new double[rounds];
    double[] primalMicros = new double[rounds];
    double[] sharedRatio = new double[rounds];
    for (int warm = 0; warm < 3; warm++) {
      time(0);
      time(1);
      time(2);
      time(3);
      time(4);
    }
    adjointRows();
    double[] byRows = jacobian.clone();
    sharedRows();
    double maxDiff = 0;
    for (int e = 0; e < byRows.length; e++) maxDiff = Math.max(maxDiff, Math.abs(byRows[e] - jacobian[e]));
    System.out.printf("BA ba1: vector adjoint against adjoint rows, largest difference %.3g%n", maxDiff);
    for (int r = 0; r < rounds; r++) {
      double primal = time(0);
      double adjointTime = time(1);
      double manual = time(2);
      tangentRatio[r] = time(3) / primal;
      sharedRatio[r] = time(4) / primal;
      primalMicros[r] = primal / 1e3;
      adjointRatio[r] = adjointTime / primal;
      manualRatio[r] = manual / primal;
    }
    System.out.printf(
        "BA ba1: primal %.0f us, adjoint rows/primal %.2f (rounds %s), hand-written/primal %.2f (%s),"
            + " tangent columns/primal %.2f (%s), vector adjoint (rows sharing a forward)/primal %.2f (%s)%n",
        median(primalMicros), median(adjointRatio), Arrays.toString(round(adjointRatio)),
        median(manualRatio), Arrays.toString(round(manualRatio)),
        median(tangentRatio), Arrays.toString(round(tangentRatio)),
        median(sharedRatio), Arrays.toString(round(sharedRatio)));
    if (sink == 42) {
      System.out.println();
    }
  }


  /** CPU nanoseconds per call of {@code which} (see {@link #call}). */
  private double time(int which) throws Throwable {
    return ProbeClock.nanosPerCall(() -> call(which));
  }

  private void call(int which) throws Throwable {
    if (which == 0) {
      int p = in.observationCount();
      for (int i = 0; i < p; i++) {
        Ba.residual(in.cams()[in.obsCamera()[i]], in.points()[in.obsPoint()[i]], in.weights()[i],
            in.features()[i], err);
        residuals[2 * i] = err[0];
        residuals[2 * i + 1] = err[1];
        residuals[2 * p + i] = Ba.weightError(in.weights()[i]);
      }
      sink += residuals[0];
    } else if (which == 1) {
      adjointRows();
      sink += jacobian[0];
    } else if (which == 4) {
      sharedRows();
      sink += jacobian[0];
    } else if (which == 3) {
      tangentColumns();
      sink += jacobian[0];
    } else {
      BaJacobian.jacobian(in, jacobian);
      sink += jacobian[0];
    }
  }

  /** BaBenchmark.leibnizAdjoint: two residual adjoints per observation (one per row), one weight-error adjoint. */
  private void adjointRows() throws Throwable {
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
        RESIDUAL_ADJOINT.invokeExact(cam, camBar, point, pointBar, w, in.features()[i], featBar, err, errBar, wBar);
        int at = 30 * i + 15 * row;
        System.arraycopy(camBar, 0, jacobian, at, 11);
        System.arraycopy(pointBar, 0, jacobian, at + 11, 3);
        jacobian[at + 14] = wBar[0];
      }
      wBar[0] = 0;
      double unused = (double) WEIGHT_ERROR_ADJOINT.invokeExact(w, 1.0, wBar);
      jacobian[30 * p + i] = wBar[0];
    }
  }

  /** The same rows by {@code residual$adjoints}: one forward sweep, then a reverse sweep per row. */
  private void sharedRows() throws Throwable {
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
      RESIDUAL_ADJOINTS.invokeExact(cam, camBars, point, pointBars, w, in.features()[i], featBars, err, errBars, wBars, 2);
      for (int row = 0; row < 2; row++) {
        int at = 30 * i + 15 * row;
        System.arraycopy(camBars[row], 0, jacobian, at, 11);
        System.arraycopy(pointBars[row], 0, jacobian, at + 11, 3);
        jacobian[at + 14] = wBars[row][0];
      }
      wBar[0] = 0;
      double unused = (double) WEIGHT_ERROR_ADJOINT.invokeExact(w, 1.0, wBar);
      jacobian[30 * p + i] = wBar[0];
    }
  }

  /** The same Jacobian by columns: 15 residual tangents per observation (11 camera, 3 point, 1 weight). */
  private void tangentColumns() throws Throwable {
    int p = in.observationCount();
    for (int i = 0; i < p; i++) {
      double[] cam = in.cams()[in.obsCamera()[i]];
      double[] point = in.points()[in.obsPoint()[i]];
      double w = in.weights()[i];
      for (int col = 0; col < 15; col++) {
        Arrays.fill(camBar, 0);
        Arrays.fill(pointBar, 0);
        double dw = 0;
        if (col < 11) {
          camBar[col] = 1;
        } else if (col < 14) {
          pointBar[col - 11] = 1;
        } else {
          dw = 1;
        }
        RESIDUAL_TANGENT.invokeExact(cam, camBar, point, pointBar, w, dw, in.features()[i], featBar, err, errBar);
        jacobian[30 * i + col] = errBar[0];
        jacobian[30 * i + 15 + col] = errBar[1];
      }
      jacobian[30 * p + i] = (double) WEIGHT_ERROR_TANGENT.invokeExact(w, 1.0);
    }
  }


}
