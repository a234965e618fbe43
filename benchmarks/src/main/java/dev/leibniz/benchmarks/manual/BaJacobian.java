package dev.leibniz.benchmarks.manual;

import dev.leibniz.examples.adbench.BaInput;

/**
 * The hand-written Jacobian of one ADBench bundle-adjustment observation: the two reprojection
 * rows (15 nonzeros each, columns {@code r0 r1 r2 C0 C1 C2 f u0 v0 k1 k2 X0 X1 X2 w}) by the chain
 * rule through {@code Xcam = R(r)·(X − C)}, the perspective division, the radial distortion and
 * the affine projection; the weight row is {@code −2w}.
 *
 * <p>Rodrigues' formula is differentiated in the form {@code Xcam = a·Xo + b·(r × Xo) + c·(r·Xo)·r}
 * with {@code a = cos θ}, {@code b = sin θ / θ}, {@code c = (1 − cos θ)/θ²}, which is the
 * reference's {@code ω}-form with {@code ω = r/θ}; at {@code θ² = 0} the reference (and so this)
 * uses {@code Xcam = Xo + r × Xo}.
 */
public final class BaJacobian {
  /** Values per observation in the Jacobian's CSR value array (two rows of 15). */
  public static final int BLOCK = 30;

  private BaJacobian() {}

  /** Writes the 30 reprojection-row values of one observation at {@code jac[offset..]}. */
  public static void reprojectionRows(
      double[] cam, double[] x, double w, double[] feat, double[] jac, int offset) {
    double r0 = cam[0];
    double r1 = cam[1];
    double r2 = cam[2];
    double o0 = x[0] - cam[3];
    double o1 = x[1] - cam[4];
    double o2 = x[2] - cam[5];
    double v0 = r1 * o2 - r2 * o1;
    double v1 = r2 * o0 - r0 * o2;
    double v2 = r0 * o1 - r1 * o0;
    double s = r0 * o0 + r1 * o1 + r2 * o2;
    double sqtheta = r0 * r0 + r1 * r1 + r2 * r2;

    double a;
    double b;
    double c;
    double z0;
    double z1;
    double z2;
    // jr[3*i + j] = ∂Xcam_i/∂r_j before the e_j-terms, which are added below.
    double[] jr = new double[9];
    if (sqtheta != 0) {
      double theta = Math.sqrt(sqtheta);
      double cos = Math.cos(theta);
      double sin = Math.sin(theta);
      a = cos;
      b = sin / theta;
      c = (1 - cos) / sqtheta;
      double da = -sin / theta;
      double db = (theta * cos - sin) / (sqtheta * theta);
      double dc = (theta * sin - 2 * (1 - cos)) / (sqtheta * sqtheta);
      // ∂(a, b, c)/∂r_j = (da, db, dc)·r_j, as ∂θ/∂r_j = r_j/θ.
      double g0 = da * o0 + db * v0 + dc * s * r0;
      double g1 = da * o1 + db * v1 + dc * s * r1;
      double g2 = da * o2 + db * v2 + dc * s * r2;
      double[] r = {r0, r1, r2};
      double[] o = {o0, o1, o2};
      for (int j = 0; j < 3; j++) {
        jr[j] = g0 * r[j] + c * (o[j] * r0);
        jr[3 + j] = g1 * r[j] + c * (o[j] * r1);
        jr[6 + j] = g2 * r[j] + c * (o[j] * r2);
      }
      jr[0] += c * s;
      jr[4] += c * s;
      jr[8] += c * s;
      double w0 = r0 / theta;
      double w1 = r1 / theta;
      double w2 = r2 / theta;
      double tmp = (w0 * o0 + w1 * o1 + w2 * o2) * (1 - cos);
      z0 = o0 * cos + (w1 * o2 - w2 * o1) * sin + w0 * tmp;
      z1 = o1 * cos + (w2 * o0 - w0 * o2) * sin + w1 * tmp;
      z2 = o2 * cos + (w0 * o1 - w1 * o0) * sin + w2 * tmp;
    } else {
      a = 1;
      b = 1;
      c = 0;
      z0 = o0 + v0;
      z1 = o1 + v1;
      z2 = o2 + v2;
    }
    // b·(e_j × Xo): e0 × o = (0, −o2, o1), e1 × o = (o2, 0, −o0), e2 × o = (−o1, o0, 0).
    jr[1] += b * o2;
    jr[2] -= b * o1;
    jr[3] -= b * o2;
    jr[5] += b * o0;
    jr[6] += b * o1;
    jr[7] -= b * o0;
    // jo = ∂Xcam/∂Xo = a·I + b·[r]× + c·r rᵀ.
    double[] jo = {
      a + c * r0 * r0, -b * r2 + c * r0 * r1, b * r1 + c * r0 * r2,
      b * r2 + c * r1 * r0, a + c * r1 * r1, -b * r0 + c * r1 * r2,
      -b * r1 + c * r2 * r0, b * r0 + c * r2 * r1, a + c * r2 * r2
    };

    double p0 = z0 / z2;
    double p1 = z1 / z2;
    double rsq = p0 * p0 + p1 * p1;
    double k1 = cam[9];
    double k2 = cam[10];
    double l = 1 + k1 * rsq + k2 * rsq * rsq;
    double dl = 2 * (k1 + 2 * k2 * rsq);
    double f = cam[6];
    double wf = w * f;
    // dq/dp = l·I + dl·p pᵀ; then ∂err/∂Xcam = w f (dq/dp)(dp/dXcam).
    double q00 = l + dl * p0 * p0;
    double q01 = dl * p0 * p1;
    double q11 = l + dl * p1 * p1;
    double[] proj = {p0 * l * f + cam[7], p1 * l * f + cam[8]};
    double[] p = {p0, p1};
    double[][] qrow = {{q00, q01}, {q01, q11}};
    for (int e = 0; e < 2; e++) {
      double m0 = wf * qrow[e][0] / z2;
      double m1 = wf * qrow[e][1] / z2;
      double m2 = -(m0 * p0 + m1 * p1);
      int at = offset + 15 * e;
      for (int j = 0; j < 3; j++) {
        jac[at + j] = m0 * jr[j] + m1 * jr[3 + j] + m2 * jr[6 + j];
        double dx = m0 * jo[j] + m1 * jo[3 + j] + m2 * jo[6 + j];
        jac[at + 3 + j] = -dx;
        jac[at + 11 + j] = dx;
      }
      jac[at + 6] = w * p[e] * l;
      jac[at + 7] = e == 0 ? w : 0;
      jac[at + 8] = e == 0 ? 0 : w;
      jac[at + 9] = wf * p[e] * rsq;
      jac[at + 10] = wf * p[e] * rsq * rsq;
      jac[at + 14] = proj[e] - feat[e];
    }
  }

  /**
   * The whole Jacobian in ADBench's CSR value order: observation {@code i}'s two rows at {@code
   * 30i}, then the weight rows at {@code 30p + i}.
   */
  public static void jacobian(BaInput in, double[] jac) {
    int p = in.observationCount();
    for (int i = 0; i < p; i++) {
      reprojectionRows(in.cams()[in.obsCamera()[i]], in.points()[in.obsPoint()[i]],
          in.weights()[i], in.features()[i], jac, BLOCK * i);
      jac[BLOCK * p + i] = -2 * in.weights()[i];
    }
  }
}
