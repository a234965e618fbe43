package dev.leibniz.examples.adbench;

import java.nio.file.Path;

/**
 * One bundle-adjustment instance in ADBench's file format: {@code n m p}, then one camera (11
 * values), one point (3), one weight and one feature (2), which ADBench replicates: {@code n}
 * cameras, {@code m} points, {@code p} weights and features, and observation {@code i} sees point
 * {@code i mod m} through camera {@code i mod n}.
 *
 * @param cams the {@code n} cameras, 11 values each
 * @param points the {@code m} points, 3 values each
 * @param weights the {@code p} observation weights
 * @param features the {@code p} observed image points, 2 values each
 * @param obsCamera the camera of each observation
 * @param obsPoint the point of each observation
 */
public record BaInput(
    double[][] cams,
    double[][] points,
    double[] weights,
    double[][] features,
    int[] obsCamera,
    int[] obsPoint) {

  /** Values per camera. */
  public static final int CAMERA_SIZE = 11;

  /** Reads and replicates the instance in {@code file}. */
  public static BaInput read(Path file) {
    Tokens in = Tokens.of(file);
    int n = in.nextInt();
    int m = in.nextInt();
    int p = in.nextInt();
    double[] cam = in.nextDoubles(CAMERA_SIZE);
    double[] point = in.nextDoubles(3);
    double weight = in.nextDouble();
    double[] feature = in.nextDoubles(2);

    double[][] cams = new double[n][];
    for (int i = 0; i < n; i++) {
      cams[i] = cam.clone();
    }
    double[][] points = new double[m][];
    for (int i = 0; i < m; i++) {
      points[i] = point.clone();
    }
    double[] weights = new double[p];
    double[][] features = new double[p][];
    int[] obsCamera = new int[p];
    int[] obsPoint = new int[p];
    for (int i = 0; i < p; i++) {
      weights[i] = weight;
      features[i] = feature.clone();
      obsCamera[i] = i % n;
      obsPoint[i] = i % m;
    }
    return new BaInput(cams, points, weights, features, obsCamera, obsPoint);
  }

  /** Number of cameras {@code n}. */
  public int cameraCount() {
    return cams.length;
  }

  /** Number of points {@code m}. */
  public int pointCount() {
    return points.length;
  }

  /** Number of observations {@code p}. */
  public int observationCount() {
    return weights.length;
  }

  /** The reprojection error of observation {@code i}, 2 values. */
  public double[] reprojectionError(int i) {
    double[] err = new double[2];
    Ba.residual(cams[obsCamera[i]], points[obsPoint[i]], weights[i], features[i], err);
    return err;
  }
}
