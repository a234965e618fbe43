package dev.leibniz.corpus.peers3;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The third peer round").
 * Source: Ceres Solver (ceres-solver/ceres-solver on GitHub, commit 01d2beb0), internal/ceres/autodiff_test.cc: the
 * functors the test differentiates with Ceres' Jets and compares with symmetric differences: Projective (a 3x4 camera
 * matrix P, row-major, times a homogeneous point X, dehomogenised, refused when PX[2] == 0), the packed form taking P
 * and X in one array of 16, Metric (quaternion q -> QuaternionToScaledRotation -> P = [R | -R c] -> Projective) and
 * VaryingResidualFunctor (y[i] = i * x[0] * x[1]^2 for a number of residuals held in a field).
 * Licence: BSD-3-Clause (Copyright Google Inc.). Translation (written here in Java; no comments copied): C arrays are
 * double[], `P + 12` is an offset argument, the templated operator() overloads are static methods with their own names,
 * the functor with a field is a small class with an int field and an instance method, bool results stay boolean.
 */

import dev.leibniz.Differentiable;

public final class CeresAutoDiff {
  int numResiduals;

  public CeresAutoDiff(int numResiduals) {
    this.numResiduals = numResiduals;
  }

  private static int rowMajor(int cols, int i, int j) {
    return cols * i + j;
  }

  private static boolean project(double[] p, int pOff, double[] xh, int xOff, double[] x) {
    double[] px = new double[3];
    for (int i = 0; i < 3; ++i) {
      px[i] = p[pOff + rowMajor(4, i, 0)] * xh[xOff] + p[pOff + rowMajor(4, i, 1)] * xh[xOff + 1]
          + p[pOff + rowMajor(4, i, 2)] * xh[xOff + 2] + p[pOff + rowMajor(4, i, 3)] * xh[xOff + 3];
    }
    if (px[2] != 0.0) {
      x[0] = px[0] / px[2];
      x[1] = px[1] / px[2];
      return true;
    }
    return false;
  }

  @Differentiable
  public static boolean projective(double[] p, double[] xh, double[] x) {
    return project(p, 0, xh, 0, x);
  }

  @Differentiable
  public static boolean projectivePacked(double[] pX, double[] x) {
    return project(pX, 0, pX, 12, x);
  }

  static void quaternionToScaledRotation(double[] q, double[] r) {
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
    r[rowMajor(3, 0, 0)] = aa + bb - cc - dd;
    r[rowMajor(3, 0, 1)] = 2 * (bc - ad);
    r[rowMajor(3, 0, 2)] = 2 * (ac + bd);
    r[rowMajor(3, 1, 0)] = 2 * (ad + bc);
    r[rowMajor(3, 1, 1)] = aa - bb + cc - dd;
    r[rowMajor(3, 1, 2)] = 2 * (cd - ab);
    r[rowMajor(3, 2, 0)] = 2 * (bd - ac);
    r[rowMajor(3, 2, 1)] = 2 * (ab + cd);
    r[rowMajor(3, 2, 2)] = aa - bb - cc + dd;
  }

  @Differentiable
  public static boolean metric(double[] q, double[] c, double[] xw, double[] x) {
    double[] r = new double[9];
    quaternionToScaledRotation(q, r);
    double[] p = new double[12];
    for (int i = 0; i < 3; ++i) {
      for (int j = 0; j < 3; ++j) {
        p[rowMajor(4, i, j)] = r[rowMajor(3, i, j)];
      }
    }
    for (int i = 0; i < 3; ++i) {
      p[rowMajor(4, i, 3)] =
          -(r[rowMajor(3, i, 0)] * c[0] + r[rowMajor(3, i, 1)] * c[1] + r[rowMajor(3, i, 2)] * c[2]);
    }
    double[] x1 = {xw[0], xw[1], xw[2], 1.0};
    return project(p, 0, x1, 0, x);
  }

  @Differentiable
  public boolean varyingResiduals(double[] x, double[] y) {
    for (int i = 0; i < numResiduals; ++i) {
      y[i] = i * x[0] * x[1] * x[1];
    }
    return true;
  }
}
