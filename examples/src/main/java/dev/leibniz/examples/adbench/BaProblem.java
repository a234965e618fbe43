package dev.leibniz.examples.adbench;

import dev.leibniz.Differentiable;

/**
 * All of a bundle-adjustment instance's residuals as one function of all its parameters — the
 * cameras (11 each), then the points (3 each), then the weights (one per observation) — so that
 * the whole sparse Jacobian can be taken at once ({@code dev.leibniz.SparseJacobian}). The
 * observations' structure and features are passive fields. Rows: 2 reprojection errors per
 * observation, then one weight error per observation, as in ADBench.
 */
public final class BaProblem {
  private final int[] obsCamera;
  private final int[] obsPoint;
  private final double[][] features;
  private final int pointsAt;
  private final int weightsAt;

  public BaProblem(BaInput in) {
    this.obsCamera = in.obsCamera();
    this.obsPoint = in.obsPoint();
    this.features = in.features();
    this.pointsAt = in.cameraCount() * BaInput.CAMERA_SIZE;
    this.weightsAt = pointsAt + 3 * in.pointCount();
  }

  /** The parameter vector of {@code in}: cameras, points, weights. */
  public static double[] parameters(BaInput in) {
    int pointsAt = in.cameraCount() * BaInput.CAMERA_SIZE, weightsAt = pointsAt + 3 * in.pointCount();
    double[] x = new double[weightsAt + in.observationCount()];
    for (int c = 0; c < in.cameraCount(); c++) System.arraycopy(in.cams()[c], 0, x, c * BaInput.CAMERA_SIZE, BaInput.CAMERA_SIZE);
    for (int q = 0; q < in.pointCount(); q++) System.arraycopy(in.points()[q], 0, x, pointsAt + 3 * q, 3);
    System.arraycopy(in.weights(), 0, x, weightsAt, in.observationCount());
    return x;
  }

  public int parameterCount() {
    return weightsAt + obsCamera.length;
  }

  public int residualCount() {
    return 3 * obsCamera.length;
  }

  /** The columns of each row's nonzeros, known from the observations (ascending). */
  public int[][] pattern() {
    int p = obsCamera.length;
    int[][] rows = new int[3 * p][];
    for (int i = 0; i < p; i++) {
      int[] row = new int[BaJacobian.BLOCK_WIDTH];
      for (int k = 0; k < BaInput.CAMERA_SIZE; k++) row[k] = obsCamera[i] * BaInput.CAMERA_SIZE + k;
      for (int k = 0; k < 3; k++) row[BaInput.CAMERA_SIZE + k] = pointsAt + 3 * obsPoint[i] + k;
      row[BaJacobian.BLOCK_WIDTH - 1] = weightsAt + i;
      rows[2 * i] = row;
      rows[2 * i + 1] = row.clone();
      rows[2 * p + i] = new int[] {weightsAt + i};
    }
    return rows;
  }

  @Differentiable(tangents = true)
  public void residuals(double[] x, double[] out) {
    int p = obsCamera.length;
    double[] cam = new double[BaInput.CAMERA_SIZE];
    double[] point = new double[3];
    double[] feat = new double[2];
    double[] err = new double[2];
    for (int i = 0; i < p; i++) {
      int c = obsCamera[i] * BaInput.CAMERA_SIZE, q = pointsAt + 3 * obsPoint[i];
      for (int k = 0; k < BaInput.CAMERA_SIZE; k++) cam[k] = x[c + k];
      for (int k = 0; k < 3; k++) point[k] = x[q + k];
      feat[0] = features[i][0]; // copied: arrays held in fields stay passive
      feat[1] = features[i][1];
      double w = x[weightsAt + i];
      Ba.residual(cam, point, w, feat, err);
      out[2 * i] = err[0];
      out[2 * i + 1] = err[1];
      out[2 * p + i] = Ba.weightError(w);
    }
  }
}
