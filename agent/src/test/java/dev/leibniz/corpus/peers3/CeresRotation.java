package dev.leibniz.corpus.peers3;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The third peer round").
 * Source: Ceres Solver (ceres-solver/ceres-solver on GitHub, commit 06acceadf), include/ceres/rotation.h: the templated
 * rotation functions that internal/ceres/rotation_test.cc differentiates with Jets (AngleAxisToQuaternion and
 * QuaternionToAngleAxis with their Taylor branches at the origin, RotationMatrixToQuaternion with Shoemake's choice of
 * the largest diagonal entry as an index, RotationMatrixToAngleAxis, AngleAxisToRotationMatrix with its first-order
 * branch below epsilon, EulerAnglesToRotationMatrix, QuaternionToRotation scaling in place, UnitQuaternionRotatePoint,
 * QuaternionRotatePoint, QuaternionProduct, CrossProduct and AngleAxisRotatePoint).
 * Licence: BSD-3-Clause (Copyright Google Inc.). Translation (written here in Java; no comments copied): T* are
 * double[]; the MatrixAdapter's column-major 3x3 view is the index helper colMajor(r, c) = r + 3 c and the row-major one
 * rowMajor(r, c) = 3 r + c; CERES_IF/CERES_ELSE are if/else, Ternary is ?:, the Euler function's unused row_stride
 * argument is dropped (the row-major adapter is what it uses).
 */

import dev.leibniz.Differentiable;

public final class CeresRotation {
  private CeresRotation() {}

  private static final double EPSILON = Math.ulp(1.0);

  private static int colMajor(int r, int c) {
    return r + 3 * c;
  }

  private static int rowMajor(int r, int c) {
    return 3 * r + c;
  }

  @Differentiable
  public static void angleAxisToQuaternion(double[] angleAxis, double[] quaternion) {
    double a0 = angleAxis[0];
    double a1 = angleAxis[1];
    double a2 = angleAxis[2];
    double thetaSquared = a0 * a0 + a1 * a1 + a2 * a2;
    if (thetaSquared > 0.0) {
      double theta = Math.sqrt(thetaSquared);
      double halfTheta = theta * 0.5;
      double k = Math.sin(halfTheta) / theta;
      quaternion[0] = Math.cos(halfTheta);
      quaternion[1] = a0 * k;
      quaternion[2] = a1 * k;
      quaternion[3] = a2 * k;
    } else {
      double k = 0.5;
      quaternion[0] = 1.0;
      quaternion[1] = a0 * k;
      quaternion[2] = a1 * k;
      quaternion[3] = a2 * k;
    }
  }

  @Differentiable
  public static void quaternionToAngleAxis(double[] quaternion, double[] angleAxis) {
    double q1 = quaternion[1];
    double q2 = quaternion[2];
    double q3 = quaternion[3];
    double sinSquaredTheta = q1 * q1 + q2 * q2 + q3 * q3;
    if (sinSquaredTheta > 0.0) {
      double sinTheta = Math.sqrt(sinSquaredTheta);
      double cosTheta = quaternion[0];
      double twoTheta = 2.0 * (cosTheta < 0.0 ? Math.atan2(-sinTheta, -cosTheta) : Math.atan2(sinTheta, cosTheta));
      double k = twoTheta / sinTheta;
      angleAxis[0] = q1 * k;
      angleAxis[1] = q2 * k;
      angleAxis[2] = q3 * k;
    } else {
      double k = 2.0;
      angleAxis[0] = q1 * k;
      angleAxis[1] = q2 * k;
      angleAxis[2] = q3 * k;
    }
  }

  @Differentiable
  public static void rotationMatrixToQuaternion(double[] r, double[] quaternion) {
    double trace = r[colMajor(0, 0)] + r[colMajor(1, 1)] + r[colMajor(2, 2)];
    if (trace >= 0.0) {
      double t = Math.sqrt(trace + 1.0);
      quaternion[0] = 0.5 * t;
      t = 0.5 / t;
      quaternion[1] = (r[colMajor(2, 1)] - r[colMajor(1, 2)]) * t;
      quaternion[2] = (r[colMajor(0, 2)] - r[colMajor(2, 0)]) * t;
      quaternion[3] = (r[colMajor(1, 0)] - r[colMajor(0, 1)]) * t;
    } else {
      int i = 0;
      if (r[colMajor(1, 1)] > r[colMajor(0, 0)]) {
        i = 1;
      }
      if (r[colMajor(2, 2)] > r[colMajor(i, i)]) {
        i = 2;
      }
      int j = (i + 1) % 3;
      int k = (j + 1) % 3;
      double t = Math.sqrt(r[colMajor(i, i)] - r[colMajor(j, j)] - r[colMajor(k, k)] + 1.0);
      quaternion[i + 1] = 0.5 * t;
      t = 0.5 / t;
      quaternion[0] = (r[colMajor(k, j)] - r[colMajor(j, k)]) * t;
      quaternion[j + 1] = (r[colMajor(j, i)] + r[colMajor(i, j)]) * t;
      quaternion[k + 1] = (r[colMajor(k, i)] + r[colMajor(i, k)]) * t;
    }
  }

  @Differentiable
  public static void rotationMatrixToAngleAxis(double[] r, double[] angleAxis) {
    double[] quaternion = new double[4];
    rotationMatrixToQuaternion(r, quaternion);
    quaternionToAngleAxis(quaternion, angleAxis);
  }

  private static double dot(double[] x, double[] y) {
    return x[0] * y[0] + x[1] * y[1] + x[2] * y[2];
  }

  @Differentiable
  public static void angleAxisToRotationMatrix(double[] angleAxis, double[] r) {
    double kOne = 1.0;
    double theta2 = dot(angleAxis, angleAxis);
    if (theta2 > EPSILON) {
      double theta = Math.sqrt(theta2);
      double wx = angleAxis[0] / theta;
      double wy = angleAxis[1] / theta;
      double wz = angleAxis[2] / theta;
      double costheta = Math.cos(theta);
      double sintheta = Math.sin(theta);
      r[colMajor(0, 0)] = costheta + wx * wx * (kOne - costheta);
      r[colMajor(1, 0)] = wz * sintheta + wx * wy * (kOne - costheta);
      r[colMajor(2, 0)] = -wy * sintheta + wx * wz * (kOne - costheta);
      r[colMajor(0, 1)] = wx * wy * (kOne - costheta) - wz * sintheta;
      r[colMajor(1, 1)] = costheta + wy * wy * (kOne - costheta);
      r[colMajor(2, 1)] = wx * sintheta + wy * wz * (kOne - costheta);
      r[colMajor(0, 2)] = wy * sintheta + wx * wz * (kOne - costheta);
      r[colMajor(1, 2)] = -wx * sintheta + wy * wz * (kOne - costheta);
      r[colMajor(2, 2)] = costheta + wz * wz * (kOne - costheta);
    } else {
      r[colMajor(0, 0)] = kOne;
      r[colMajor(1, 0)] = angleAxis[2];
      r[colMajor(2, 0)] = -angleAxis[1];
      r[colMajor(0, 1)] = -angleAxis[2];
      r[colMajor(1, 1)] = kOne;
      r[colMajor(2, 1)] = angleAxis[0];
      r[colMajor(0, 2)] = angleAxis[1];
      r[colMajor(1, 2)] = -angleAxis[0];
      r[colMajor(2, 2)] = kOne;
    }
  }

  @Differentiable
  public static void eulerAnglesToRotationMatrix(double[] euler, double[] r) {
    double kPi = 3.14159265358979323846;
    double degreesToRadians = kPi / 180.0;
    double pitch = euler[0] * degreesToRadians;
    double roll = euler[1] * degreesToRadians;
    double yaw = euler[2] * degreesToRadians;
    double c1 = Math.cos(yaw);
    double s1 = Math.sin(yaw);
    double c2 = Math.cos(roll);
    double s2 = Math.sin(roll);
    double c3 = Math.cos(pitch);
    double s3 = Math.sin(pitch);
    r[rowMajor(0, 0)] = c1 * c2;
    r[rowMajor(0, 1)] = -s1 * c3 + c1 * s2 * s3;
    r[rowMajor(0, 2)] = s1 * s3 + c1 * s2 * c3;
    r[rowMajor(1, 0)] = s1 * c2;
    r[rowMajor(1, 1)] = c1 * c3 + s1 * s2 * s3;
    r[rowMajor(1, 2)] = -c1 * s3 + s1 * s2 * c3;
    r[rowMajor(2, 0)] = -s2;
    r[rowMajor(2, 1)] = c2 * s3;
    r[rowMajor(2, 2)] = c2 * c3;
  }

  private static void quaternionToScaledRotation(double[] q, double[] r) {
    double a = q[0];
    double b = q[1];
    double c = q[2];
    double d = q[3];
    double aa = a * a;
    double ab = a * b;
    double ac = a * c;
    double ad = a * d;
    double bb = b * b;
    double bc = b * c;
    double bd = b * d;
    double cc = c * c;
    double cd = c * d;
    double dd = d * d;
    r[rowMajor(0, 0)] = aa + bb - cc - dd;
    r[rowMajor(0, 1)] = 2 * (bc - ad);
    r[rowMajor(0, 2)] = 2 * (ac + bd);
    r[rowMajor(1, 0)] = 2 * (ad + bc);
    r[rowMajor(1, 1)] = aa - bb + cc - dd;
    r[rowMajor(1, 2)] = 2 * (cd - ab);
    r[rowMajor(2, 0)] = 2 * (bd - ac);
    r[rowMajor(2, 1)] = 2 * (ab + cd);
    r[rowMajor(2, 2)] = aa - bb - cc + dd;
  }

  @Differentiable
  public static void quaternionToRotation(double[] q, double[] r) {
    quaternionToScaledRotation(q, r);
    double normalizer = q[0] * q[0] + q[1] * q[1] + q[2] * q[2] + q[3] * q[3];
    normalizer = 1 / normalizer;
    for (int i = 0; i < 3; ++i) {
      for (int j = 0; j < 3; ++j) {
        r[rowMajor(i, j)] *= normalizer;
      }
    }
  }

  @Differentiable
  public static void unitQuaternionRotatePoint(double[] q, double[] pt, double[] result) {
    double t2 = q[0] * q[1];
    double t3 = q[0] * q[2];
    double t4 = q[0] * q[3];
    double t5 = -q[1] * q[1];
    double t6 = q[1] * q[2];
    double t7 = q[1] * q[3];
    double t8 = -q[2] * q[2];
    double t9 = q[2] * q[3];
    double t1 = -q[3] * q[3];
    result[0] = 2 * ((t8 + t1) * pt[0] + (t6 - t4) * pt[1] + (t3 + t7) * pt[2]) + pt[0];
    result[1] = 2 * ((t4 + t6) * pt[0] + (t5 + t1) * pt[1] + (t9 - t2) * pt[2]) + pt[1];
    result[2] = 2 * ((t7 - t3) * pt[0] + (t2 + t9) * pt[1] + (t5 + t8) * pt[2]) + pt[2];
  }

  @Differentiable
  public static void quaternionRotatePoint(double[] q, double[] pt, double[] result) {
    double scale = 1 / Math.sqrt(q[0] * q[0] + q[1] * q[1] + q[2] * q[2] + q[3] * q[3]);
    double[] unit = {scale * q[0], scale * q[1], scale * q[2], scale * q[3]};
    unitQuaternionRotatePoint(unit, pt, result);
  }

  @Differentiable
  public static void quaternionProduct(double[] z, double[] w, double[] zw) {
    zw[0] = z[0] * w[0] - z[1] * w[1] - z[2] * w[2] - z[3] * w[3];
    zw[1] = z[0] * w[1] + z[1] * w[0] + z[2] * w[3] - z[3] * w[2];
    zw[2] = z[0] * w[2] - z[1] * w[3] + z[2] * w[0] + z[3] * w[1];
    zw[3] = z[0] * w[3] + z[1] * w[2] - z[2] * w[1] + z[3] * w[0];
  }

  @Differentiable
  public static void crossProduct(double[] x, double[] y, double[] xCrossY) {
    xCrossY[0] = x[1] * y[2] - x[2] * y[1];
    xCrossY[1] = x[2] * y[0] - x[0] * y[2];
    xCrossY[2] = x[0] * y[1] - x[1] * y[0];
  }

  @Differentiable
  public static void angleAxisRotatePoint(double[] angleAxis, double[] pt, double[] result) {
    double theta2 = dot(angleAxis, angleAxis);
    if (theta2 > EPSILON) {
      double theta = Math.sqrt(theta2);
      double costheta = Math.cos(theta);
      double sintheta = Math.sin(theta);
      double thetaInverse = 1.0 / theta;
      double[] w = {angleAxis[0] * thetaInverse, angleAxis[1] * thetaInverse, angleAxis[2] * thetaInverse};
      double[] wCrossPt = {w[1] * pt[2] - w[2] * pt[1], w[2] * pt[0] - w[0] * pt[2], w[0] * pt[1] - w[1] * pt[0]};
      double tmp = (w[0] * pt[0] + w[1] * pt[1] + w[2] * pt[2]) * (1.0 - costheta);
      result[0] = pt[0] * costheta + wCrossPt[0] * sintheta + w[0] * tmp;
      result[1] = pt[1] * costheta + wCrossPt[1] * sintheta + w[1] * tmp;
      result[2] = pt[2] * costheta + wCrossPt[2] * sintheta + w[2] * tmp;
    } else {
      double[] wCrossPt = {angleAxis[1] * pt[2] - angleAxis[2] * pt[1], angleAxis[2] * pt[0] - angleAxis[0] * pt[2],
          angleAxis[0] * pt[1] - angleAxis[1] * pt[0]};
      result[0] = pt[0] + wCrossPt[0];
      result[1] = pt[1] + wCrossPt[1];
      result[2] = pt[2] + wCrossPt[2];
    }
  }
}
