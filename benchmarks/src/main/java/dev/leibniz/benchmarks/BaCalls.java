package dev.leibniz.benchmarks;

import dev.leibniz.examples.adbench.Ba;
import dev.leibniz.examples.adbench.BaInput;
import dev.leibniz.examples.adbench.BaJacobian;
import java.lang.invoke.MethodHandle;
import java.util.Arrays;

/**
 * BA's residuals and the Leibniz ways to its full Jacobian (CSR value order: per observation 15 entries of each
 * reprojection row, then one per weight error), as {@link BaBenchmark} (JMH) and {@link BaProbe} time them: one
 * instance per thread holds the work arrays, reused across calls.
 */
final class BaCalls {
  /** Constant handles: the JIT inlines a call through a static final one; looked up on first use, so a missing companion fails only the Leibniz runs. */
  private static final class Adjoint {
    static final MethodHandle RESIDUAL = BaJacobian.residualAdjoint();
    static final MethodHandle WEIGHT_ERROR = BaJacobian.weightErrorAdjoint();
  }

  /** {@code residual$adjoints} ({@code adjoints = true}): both rows of an observation from one forward sweep. */
  private static final class Adjoints {
    static final MethodHandle RESIDUAL = BaJacobian.residualAdjoints();
  }

  /** {@code residual$adjointsSet}: as {@link Adjoints}, the rows that hold no seed written rather than added into. */
  private static final class AdjointsSet {
    static final MethodHandle RESIDUAL = BaJacobian.residualAdjointsSet();
  }

  /** {@code residual$adjointsInto}: as {@link AdjointsSet}, each row a slice of a flat array (the CSR values). */
  private static final class AdjointsInto {
    static final MethodHandle RESIDUAL = BaJacobian.residualAdjointsInto();
  }

  private static final class Tangent {
    static final MethodHandle RESIDUAL = BaJacobian.residualTangent();
    static final MethodHandle WEIGHT_ERROR = BaJacobian.weightErrorTangent();
  }

  private final BaInput in;
  final double[] residuals;
  final double[] jacobian;
  private final double[] err = new double[2];
  private final double[] errBar = new double[2];
  private final double[] camBar = new double[11];
  private final double[] pointBar = new double[3];
  private final double[] wBar = new double[1];
  /** The unwanted adjoint (tangent) of {@code feat}: a null would make each call allocate a zero array for it. */
  private final double[] featBar = new double[2];
  private final double[][] camBars = new double[2][11];
  private final double[][] pointBars = new double[2][3];
  private final double[][] featBars = new double[2][2];
  private final double[][] errBars = new double[2][2];
  private final double[][] wBars = new double[2][1];
  /** {@link #rowsInPlace()}: both rows' seeds, one after the other; the feature's unwanted adjoint, both rows in one slice. */
  private final double[] seeds = new double[4];
  private final double[] featScratch = new double[2];

  BaCalls(BaInput in) {
    this.in = in;
    residuals = new double[3 * in.observationCount()];
    jacobian = new double[31 * in.observationCount()];
  }

  /** All residuals: {@code 2p} reprojection errors, then {@code p} weight errors. */
  double[] primal() {
    int p = in.observationCount();
    for (int i = 0; i < p; i++) {
      Ba.residual(in.cams()[in.obsCamera()[i]], in.points()[in.obsPoint()[i]], in.weights()[i], in.features()[i], err);
      residuals[2 * i] = err[0];
      residuals[2 * i + 1] = err[1];
      residuals[2 * p + i] = Ba.weightError(in.weights()[i]);
    }
    return residuals;
  }

  /** The Jacobian by two {@code residual$adjoint} calls per observation (one per row) and one weight-error adjoint. */
  double[] adjointRows() throws Throwable {
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
        Adjoint.RESIDUAL.invokeExact(cam, camBar, point, pointBar, w, in.features()[i], featBar, err, errBar, wBar);
        putRow(i, row, camBar, pointBar, wBar[0]);
      }
      weightErrorRow(i, w);
    }
    return jacobian;
  }

  /** The same rows by {@code residual$adjoints}: per observation one forward sweep, then a reverse sweep per row. */
  double[] sharedRows() throws Throwable {
    return sharedRows(2);
  }

  /**
   * {@link #sharedRows()} with the reverse sweep run for the first {@code k} rows only (the caller's work on both
   * rows unchanged): {@code k = 0} times the forward sweeps and the caller's zeroing and copying, for {@link BaProbe}'s
   * breakdown; the Jacobian is complete only for {@code k = 2}.
   */
  double[] sharedRows(int k) throws Throwable {
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
      Adjoints.RESIDUAL.invokeExact(cam, camBars, point, pointBars, w, in.features()[i], featBars, err, errBars, wBars, k);
      for (int row = 0; row < 2; row++) {
        putRow(i, row, camBars[row], pointBars[row], wBars[row][0]);
      }
      weightErrorRow(i, w);
    }
    return jacobian;
  }

  /**
   * The same rows by {@code residual$adjointsSet}: as {@link #sharedRows()}, but the companion writes the rows of the
   * camera's, the point's, the feature's and the weight's adjoints, so nothing is zeroed here; only the seeds are set.
   */
  double[] writtenRows() throws Throwable {
    int p = in.observationCount();
    for (int i = 0; i < p; i++) {
      double[] cam = in.cams()[in.obsCamera()[i]];
      double[] point = in.points()[in.obsPoint()[i]];
      double w = in.weights()[i];
      for (int row = 0; row < 2; row++) {
        errBars[row][row] = 1;
        errBars[row][1 - row] = 0;
      }
      AdjointsSet.RESIDUAL.invokeExact(cam, camBars, point, pointBars, w, in.features()[i], featBars, err, errBars, wBars, 2);
      for (int row = 0; row < 2; row++) {
        putRow(i, row, camBars[row], pointBars[row], wBars[row][0]);
      }
      weightErrorRow(i, w);
    }
    return jacobian;
  }

  /**
   * The same rows by {@code residual$adjointsInto}: as {@link #writtenRows()}, but the companion writes each row's camera,
   * point and weight entries straight into the CSR values (slices at {@code 30i}, {@code 30i + 11}, {@code 30i + 14},
   * stride 15), so nothing is copied here either; only the seeds are set.
   */
  double[] rowsInPlace() throws Throwable {
    int p = in.observationCount();
    for (int i = 0; i < p; i++) {
      int at = 30 * i;
      double w = in.weights()[i];
      seeds[0] = 1;
      seeds[1] = 0;
      seeds[2] = 0;
      seeds[3] = 1;
      AdjointsInto.RESIDUAL.invokeExact(in.cams()[in.obsCamera()[i]], jacobian, at, 15, in.points()[in.obsPoint()[i]], jacobian,
          at + 11, 15, w, in.features()[i], featScratch, 0, 0, err, seeds, 0, 2, jacobian, at + 14, 15, 2);
      weightErrorRow(i, w);
    }
    return jacobian;
  }

  /** The same Jacobian by columns: 15 {@code residual$tangent} calls per observation (11 camera, 3 point, 1 weight). */
  double[] tangentColumns() throws Throwable {
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
        Tangent.RESIDUAL.invokeExact(cam, camBar, point, pointBar, w, dw, in.features()[i], featBar, err, errBar);
        jacobian[30 * i + col] = errBar[0];
        jacobian[30 * i + 15 + col] = errBar[1];
      }
      jacobian[30 * p + i] = (double) Tangent.WEIGHT_ERROR.invokeExact(w, 1.0);
    }
    return jacobian;
  }

  /** {@code J·v} for one direction (a tangent per camera, point and weight), into {@link #residuals}. */
  double[] directional(double[][] dCams, double[][] dPoints, double[] dWeights) throws Throwable {
    int p = in.observationCount();
    for (int i = 0; i < p; i++) {
      Tangent.RESIDUAL.invokeExact(in.cams()[in.obsCamera()[i]], dCams[in.obsCamera()[i]], in.points()[in.obsPoint()[i]],
          dPoints[in.obsPoint()[i]], in.weights()[i], dWeights[i], in.features()[i], (double[]) null, err, errBar);
      residuals[2 * i] = errBar[0];
      residuals[2 * i + 1] = errBar[1];
      residuals[2 * p + i] = (double) Tangent.WEIGHT_ERROR.invokeExact(in.weights()[i], dWeights[i]);
    }
    return residuals;
  }

  /** Row {@code row} of observation {@code i}: its 11 camera, 3 point and 1 weight entries. */
  private void putRow(int i, int row, double[] cam, double[] point, double w) {
    int at = 30 * i + 15 * row;
    System.arraycopy(cam, 0, jacobian, at, 11);
    System.arraycopy(point, 0, jacobian, at + 11, 3);
    jacobian[at + 14] = w;
  }

  private void weightErrorRow(int i, double w) throws Throwable {
    wBar[0] = 0;
    double unused = (double) Adjoint.WEIGHT_ERROR.invokeExact(w, 1.0, wBar);
    jacobian[30 * in.observationCount() + i] = wBar[0];
  }
}
