package dev.leibniz.examples.adbench;

import dev.leibniz.Differentiable;

/**
 * The ADBench bundle-adjustment residuals of one observation, computed exactly as ADBench's
 * reference ({@code ba.cpp}) does.
 *
 * <p>A camera is {@code cam[11] = [r1 r2 r3, C1 C2 C3, f, u0 v0, k1 k2]}: angle-axis rotation,
 * centre, focal length, principal point, radial distortion. {@link #residual} gives the two
 * reprojection rows of the Jacobian (15 nonzeros each: camera, point, weight) and {@link
 * #weightError} the weight row.
 */
public final class Ba {
  static final int ROTATION = 0;
  static final int CENTRE = 3;
  static final int FOCAL = 6;
  static final int PRINCIPAL_POINT = 7;
  static final int DISTORTION = 9;

  private Ba() {}

  /** {@code err[0..1] = w·(proj(cam, X) − feat)}: the weighted reprojection error. */
  @Differentiable(tangents = true, adjoints = true)
  public static void residual(double[] cam, double[] X, double w, double[] feat, double[] err) {
    double[] proj = new double[2];
    project(cam, X, proj);
    err[0] = w * (proj[0] - feat[0]);
    err[1] = w * (proj[1] - feat[1]);
  }

  /** {@code 1 − w²}: the penalty that keeps a weight near one. */
  @Differentiable(tangents = true)
  public static double weightError(double w) {
    return 1 - w * w;
  }

  /** {@code proj[0..1]}: point {@code X} seen through camera {@code cam}. */
  static void project(double[] cam, double[] X, double[] proj) {
    double[] xo = new double[3];
    xo[0] = X[0] - cam[CENTRE];
    xo[1] = X[1] - cam[CENTRE + 1];
    xo[2] = X[2] - cam[CENTRE + 2];
    double[] xcam = new double[3];
    rodriguesRotatePoint(cam, xo, xcam);
    proj[0] = xcam[0] / xcam[2];
    proj[1] = xcam[1] / xcam[2];
    radialDistort(cam, proj);
    proj[0] = proj[0] * cam[FOCAL] + cam[PRINCIPAL_POINT];
    proj[1] = proj[1] * cam[FOCAL] + cam[PRINCIPAL_POINT + 1];
  }

  /** {@code out = R(cam[0..2])·pt}, Rodrigues' formula; first order near the zero rotation. */
  static void rodriguesRotatePoint(double[] cam, double[] pt, double[] out) {
    double r0 = cam[ROTATION];
    double r1 = cam[ROTATION + 1];
    double r2 = cam[ROTATION + 2];
    double sqtheta = r0 * r0 + r1 * r1 + r2 * r2;
    if (sqtheta != 0) {
      double theta = Math.sqrt(sqtheta);
      double costheta = Math.cos(theta);
      double sintheta = Math.sin(theta);
      double thetaInverse = 1.0 / theta;
      double w0 = r0 * thetaInverse;
      double w1 = r1 * thetaInverse;
      double w2 = r2 * thetaInverse;
      double c0 = w1 * pt[2] - w2 * pt[1];
      double c1 = w2 * pt[0] - w0 * pt[2];
      double c2 = w0 * pt[1] - w1 * pt[0];
      double tmp = (w0 * pt[0] + w1 * pt[1] + w2 * pt[2]) * (1.0 - costheta);
      out[0] = pt[0] * costheta + c0 * sintheta + w0 * tmp;
      out[1] = pt[1] * costheta + c1 * sintheta + w1 * tmp;
      out[2] = pt[2] * costheta + c2 * sintheta + w2 * tmp;
    } else {
      out[0] = pt[0] + (r1 * pt[2] - r2 * pt[1]);
      out[1] = pt[1] + (r2 * pt[0] - r0 * pt[2]);
      out[2] = pt[2] + (r0 * pt[1] - r1 * pt[0]);
    }
  }

  /** Scales {@code proj} in place by {@code 1 + k1·r² + k2·r⁴}. */
  static void radialDistort(double[] cam, double[] proj) {
    double rsq = proj[0] * proj[0] + proj[1] * proj[1];
    double l = 1.0 + cam[DISTORTION] * rsq + cam[DISTORTION + 1] * rsq * rsq;
    proj[0] = proj[0] * l;
    proj[1] = proj[1] * l;
  }
}
