package dev.leibniz.benchmarks.manual;

import dev.leibniz.examples.adbench.BaInput;

/**
 * A hand-written <em>forward-mode</em> Jacobian of one ADBench bundle-adjustment observation, in
 * the form a vector tangent has: every intermediate value carries a contiguous block of {@link #K}
 * tangents (one per column of the observation's block: 11 camera, 3 point, 1 weight), each
 * operation's partials are computed once and applied to all K directions in a loop with a constant
 * trip count, and the blocks live in one work array reused for every observation (no allocation).
 * It does not exploit that the seeds are unit vectors: it is what coloured forward mode at best
 * costs (each observation carries 15 nonzero directions), the yardstick for {@code
 * residuals$tangents} in benchmarks/VECTOR.md. Same CSR value order as {@link BaJacobian}.
 */
public final class BaForwardJacobian {
  /** Directions: the observation's 15 columns {@code r0 r1 r2 C0 C1 C2 f u0 v0 k1 k2 X0 X1 X2 w}. */
  public static final int K = 15;

  // Blocks of K tangents in the work array, one per intermediate value.
  private static final int CAM = 0; // 11 blocks
  private static final int X = CAM + 11 * K; // 3 blocks
  private static final int W = X + 3 * K;
  private static final int XO = W + K; // 3 blocks
  private static final int SQ = XO + 3 * K;
  private static final int THETA = SQ + K;
  private static final int COS = THETA + K;
  private static final int SIN = COS + K;
  private static final int INV = SIN + K;
  private static final int OMEGA = INV + K; // 3 blocks
  private static final int CROSS = OMEGA + 3 * K; // 3 blocks
  private static final int DOT = CROSS + 3 * K;
  private static final int TMP = DOT + K;
  private static final int XCAM = TMP + K; // 3 blocks
  private static final int P = XCAM + 3 * K; // 2 blocks
  private static final int RSQ = P + 2 * K;
  private static final int L = RSQ + K;
  private static final int Q = L + K; // 2 blocks
  private static final int PROJ = Q + 2 * K; // 2 blocks
  private static final int SIZE = PROJ + 2 * K;

  /** The tangents, seeded once with the unit directions; one per thread (not thread-safe). */
  private final double[] t = new double[SIZE];
  /** Primal intermediates, reused (escape analysis does not remove them: the methods are not all inlined). */
  private final double[] xo = new double[3];
  private final double[] xcam = new double[3];
  private final double[] omega = new double[3];
  private final double[] cross = new double[3];
  private final double[] p = new double[2];

  public BaForwardJacobian() {
    for (int j = 0; j < 11; j++) t[CAM + j * K + j] = 1;
    for (int j = 0; j < 3; j++) t[X + j * K + 11 + j] = 1;
    t[W + 14] = 1;
  }

  /** Writes the 30 reprojection-row values of one observation at {@code jac[offset..]}. */
  public void reprojectionRows(double[] cam, double[] x, double w, double[] feat, double[] jac, int offset) {
    double[] t = this.t;
    double[] xo = this.xo;
    for (int i = 0; i < 3; i++) {
      xo[i] = x[i] - cam[3 + i];
      for (int d = 0; d < K; d++) t[XO + i * K + d] = t[X + i * K + d] - t[CAM + (3 + i) * K + d];
    }
    double r0 = cam[0], r1 = cam[1], r2 = cam[2];
    double sq = r0 * r0 + r1 * r1 + r2 * r2;
    for (int d = 0; d < K; d++) {
      t[SQ + d] = 2 * (r0 * t[CAM + d] + r1 * t[CAM + K + d] + r2 * t[CAM + 2 * K + d]);
    }
    double[] xcam = this.xcam;
    if (sq != 0) {
      rotate(cam, xo, sq, xcam);
    } else {
      // xcam = xo + r × xo
      xcam[0] = xo[0] + (r1 * xo[2] - r2 * xo[1]);
      xcam[1] = xo[1] + (r2 * xo[0] - r0 * xo[2]);
      xcam[2] = xo[2] + (r0 * xo[1] - r1 * xo[0]);
      for (int i = 0; i < 3; i++) {
        int a = (i + 1) % 3, b = (i + 2) % 3;
        for (int d = 0; d < K; d++) {
          t[XCAM + i * K + d] = t[XO + i * K + d] + t[CAM + a * K + d] * xo[b] + cam[a] * t[XO + b * K + d]
              - t[CAM + b * K + d] * xo[a] - cam[b] * t[XO + a * K + d];
        }
      }
    }
    project(cam, w, feat, xcam, jac, offset);
  }

  /** Rodrigues' rotation with ω = r/θ, as {@code Ba.rodriguesRotatePoint}, with its tangents. */
  private void rotate(double[] cam, double[] xo, double sq, double[] xcam) {
    double[] t = this.t;
    double theta = Math.sqrt(sq), cos = Math.cos(theta), sin = Math.sin(theta), inv = 1 / theta;
    double dTheta = 0.5 / theta, dInv = -inv * inv;
    for (int d = 0; d < K; d++) {
      double th = t[SQ + d] * dTheta;
      t[THETA + d] = th;
      t[COS + d] = -sin * th;
      t[SIN + d] = cos * th;
      t[INV + d] = dInv * th;
    }
    double[] omega = this.omega;
    for (int i = 0; i < 3; i++) {
      omega[i] = cam[i] * inv;
      for (int d = 0; d < K; d++) t[OMEGA + i * K + d] = t[CAM + i * K + d] * inv + cam[i] * t[INV + d];
    }
    double[] cross = this.cross;
    for (int i = 0; i < 3; i++) {
      int a = (i + 1) % 3, b = (i + 2) % 3;
      cross[i] = omega[a] * xo[b] - omega[b] * xo[a];
      for (int d = 0; d < K; d++) {
        t[CROSS + i * K + d] = t[OMEGA + a * K + d] * xo[b] + omega[a] * t[XO + b * K + d]
            - t[OMEGA + b * K + d] * xo[a] - omega[b] * t[XO + a * K + d];
      }
    }
    double dot = omega[0] * xo[0] + omega[1] * xo[1] + omega[2] * xo[2];
    double oneMinusCos = 1 - cos;
    double tmp = dot * oneMinusCos;
    for (int d = 0; d < K; d++) {
      double dd = 0;
      for (int i = 0; i < 3; i++) dd += t[OMEGA + i * K + d] * xo[i] + omega[i] * t[XO + i * K + d];
      t[TMP + d] = dd * oneMinusCos - dot * t[COS + d];
    }
    for (int i = 0; i < 3; i++) {
      xcam[i] = xo[i] * cos + cross[i] * sin + omega[i] * tmp;
      for (int d = 0; d < K; d++) {
        t[XCAM + i * K + d] = t[XO + i * K + d] * cos + xo[i] * t[COS + d] + t[CROSS + i * K + d] * sin
            + cross[i] * t[SIN + d] + t[OMEGA + i * K + d] * tmp + omega[i] * t[TMP + d];
      }
    }
  }

  /** Perspective division, radial distortion, focal length and principal point; the weighted error rows. */
  private void project(double[] cam, double w, double[] feat, double[] xcam, double[] jac, int offset) {
    double[] t = this.t;
    double z = xcam[2];
    double p0 = xcam[0] / z, p1 = xcam[1] / z;
    for (int d = 0; d < K; d++) {
      double dz = t[XCAM + 2 * K + d];
      t[P + d] = (t[XCAM + d] - p0 * dz) / z;
      t[P + K + d] = (t[XCAM + K + d] - p1 * dz) / z;
    }
    double rsq = p0 * p0 + p1 * p1, k1 = cam[9], k2 = cam[10];
    double l = 1 + k1 * rsq + k2 * rsq * rsq;
    double dlRsq = k1 + 2 * k2 * rsq;
    for (int d = 0; d < K; d++) {
      double dr = 2 * (p0 * t[P + d] + p1 * t[P + K + d]);
      t[L + d] = t[CAM + 9 * K + d] * rsq + t[CAM + 10 * K + d] * rsq * rsq + dlRsq * dr;
    }
    double f = cam[6];
    double[] p = this.p;
    p[0] = p0;
    p[1] = p1;
    for (int e = 0; e < 2; e++) {
      double q = p[e] * l;
      double proj = q * f + cam[7 + e];
      double res = proj - feat[e];
      int at = offset + 15 * e;
      for (int d = 0; d < K; d++) {
        double dq = t[P + e * K + d] * l + p[e] * t[L + d];
        double dProj = dq * f + q * t[CAM + 6 * K + d] + t[CAM + (7 + e) * K + d];
        jac[at + d] = t[W + d] * res + w * dProj;
      }
    }
  }

  /** The whole Jacobian in {@link BaJacobian}'s CSR value order. */
  public void jacobian(BaInput in, double[] jac) {
    int p = in.observationCount();
    for (int i = 0; i < p; i++) {
      reprojectionRows(in.cams()[in.obsCamera()[i]], in.points()[in.obsPoint()[i]], in.weights()[i], in.features()[i],
          jac, BaJacobian.BLOCK * i);
      jac[BaJacobian.BLOCK * p + i] = -2 * in.weights()[i];
    }
  }
}
