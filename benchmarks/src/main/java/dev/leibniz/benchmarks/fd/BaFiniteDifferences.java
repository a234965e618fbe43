package dev.leibniz.benchmarks.fd;

import dev.leibniz.examples.adbench.Ba;
import dev.leibniz.examples.adbench.BaInput;

/**
 * The bundle-adjustment Jacobian by central differences, exploiting its block structure as
 * ADBench's finite-difference tool does: per observation, 15 columns (11 camera, 3 point, 1
 * weight), two residual evaluations each.
 */
public final class BaFiniteDifferences {
  private BaFiniteDifferences() {}

  /** The whole Jacobian, in ADBench's CSR value order (see {@code manual.BaJacobian}). */
  public static void jacobian(BaInput in, double[] jac) {
    int p = in.observationCount();
    double[] up = new double[2];
    double[] down = new double[2];
    for (int i = 0; i < p; i++) {
      double[] cam = in.cams()[in.obsCamera()[i]];
      double[] x = in.points()[in.obsPoint()[i]];
      double[] feat = in.features()[i];
      double w = in.weights()[i];
      int row = 30 * i;
      for (int j = 0; j < 11; j++) {
        column(cam, j, x, cam, w, feat, up, down, jac, row + j);
      }
      for (int j = 0; j < 3; j++) {
        column(x, j, x, cam, w, feat, up, down, jac, row + 11 + j);
      }
      double h = CentralDifferences.STEP * Math.max(1, Math.abs(w));
      Ba.residual(cam, x, w + h, feat, up);
      Ba.residual(cam, x, w - h, feat, down);
      jac[row + 14] = (up[0] - down[0]) / (2 * h);
      jac[row + 29] = (up[1] - down[1]) / (2 * h);
      jac[30 * p + i] = (Ba.weightError(w + h) - Ba.weightError(w - h)) / (2 * h);
    }
  }

  /** Differentiates both residuals with respect to {@code v[j]}, writing rows 0 and 1 (at +15). */
  private static void column(double[] v, int j, double[] x, double[] cam, double w, double[] feat,
      double[] up, double[] down, double[] jac, int at) {
    double vj = v[j];
    double h = CentralDifferences.STEP * Math.max(1, Math.abs(vj));
    v[j] = vj + h;
    double hUp = v[j] - vj;
    Ba.residual(cam, x, w, feat, up);
    v[j] = vj - h;
    double hDown = vj - v[j];
    Ba.residual(cam, x, w, feat, down);
    v[j] = vj;
    jac[at] = (up[0] - down[0]) / (hUp + hDown);
    jac[at + 15] = (up[1] - down[1]) / (hUp + hDown);
  }
}
