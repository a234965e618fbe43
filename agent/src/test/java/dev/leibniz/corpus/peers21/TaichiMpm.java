package dev.leibniz.corpus.peers21;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The twenty-first peer round").
 * Source: Taichi (taichi-dev/taichi on GitHub) at commit ba0e81dce559fb63a5958bf82feb1d00c55c02fe:
 * tests/python/test_ad_gdar_diffmpm.py (test_gdar_mpm: a differentiable MLS-MPM of an elastic block, set_v, p2g,
 * grid_op, g2p, compute_x_avg, compute_loss) with ti.polar_decompose's 2x2 case from python/taichi/_funcs.py
 * (_polar_decompose2d).
 * Licence: Apache-2.0 (Copyright (c) 2016 The Taichi Authors). Written here in Java from the Python kernels and
 * function (same names); no comments or other text were copied.
 * Translation: ti.Matrix(2, 2) is a small immutable Mat2 class (plus, minus, times, scaled, transpose, determinant,
 * outer product); the per-step particle fields x, v, C, F are arrays of the current step, overwritten as the steps go
 * (Taichi keeps every step for its tape); the grid fields are double[n_grid][n_grid][2] and [n_grid][n_grid] cleared
 * each step (the test fills them with zeros); ti.cast(.., i32) of a positive value is (int); the block's side N, the
 * grid's size and the number of steps are parameters (the test's are 30, 120 and 32; the corpus runs 2, 32 and 4 so
 * that the particles start, as in the test, at cells 10 and 25); the test's validation (Taichi's global data access
 * checker, which this kernel is written to trip) has no Java counterpart: the kernels run in sequence.
 * The kernels are written twice: as methods of a Block object that keeps Mat2s in its arrays (loss), and as static
 * methods over the particles' arrays (lossByKernels), as the Python test's kernels are functions over global fields; these keep the particles' matrices C and
 * F as double[4]s in row order (Mat2.of, storeInto), written in place as the grid's and particles' rows are and use Mat2 within a kernel only, since the core refuses Mat2
 * objects kept in arrays ("constructor call", loss; README).
 */

import dev.leibniz.Differentiable;

public final class TaichiMpm {
  private TaichiMpm() {}

  static final double DT = 3e-4;
  static final double P_MASS = 1;
  static final double P_VOL = 1;
  static final double E = 100;
  static final double MU = E;
  static final double LA = E;
  static final double GRAVITY = 9.8;
  static final double[] TARGET = {0.3, 0.6};
  static final int BOUND = 3;

  /** A 2x2 matrix, row major. */
  static final class Mat2 {
    final double a;
    final double b;
    final double c;
    final double d;

    Mat2(double a, double b, double c, double d) {
      this.a = a;
      this.b = b;
      this.c = c;
      this.d = d;
    }

    static Mat2 of(double[] m) {
      return new Mat2(m[0], m[1], m[2], m[3]);
    }

    void storeInto(double[] m) {
      m[0] = a;
      m[1] = b;
      m[2] = c;
      m[3] = d;
    }

    static Mat2 diag(double v) {
      return new Mat2(v, 0, 0, v);
    }

    static Mat2 outer(double[] u, double[] w) {
      return new Mat2(u[0] * w[0], u[0] * w[1], u[1] * w[0], u[1] * w[1]);
    }

    Mat2 plus(Mat2 o) {
      return new Mat2(a + o.a, b + o.b, c + o.c, d + o.d);
    }

    Mat2 minus(Mat2 o) {
      return new Mat2(a - o.a, b - o.b, c - o.c, d - o.d);
    }

    Mat2 scaled(double s) {
      return new Mat2(a * s, b * s, c * s, d * s);
    }

    Mat2 times(Mat2 o) {
      return new Mat2(a * o.a + b * o.c, a * o.b + b * o.d, c * o.a + d * o.c, c * o.b + d * o.d);
    }

    double[] times(double[] v) {
      return new double[] {a * v[0] + b * v[1], c * v[0] + d * v[1]};
    }

    Mat2 transpose() {
      return new Mat2(a, c, b, d);
    }

    double determinant() {
      return a * d - c * b;
    }
  }

  /** _polar_decompose2d's U (the rotation of A = U P). */
  static Mat2 polarRotation(Mat2 m) {
    if (m.a == 0 && m.b == 0 && m.c == 0 && m.d == 0) {
      return Mat2.diag(1);
    }
    double detA = m.a * m.d - m.c * m.b;
    Mat2 b = new Mat2(m.a + m.d, m.b - m.c, m.c - m.b, m.d + m.a);
    if (detA < 0) {
      b = new Mat2(m.a - m.d, m.b + m.c, m.c + m.b, m.d - m.a);
    }
    double adetB = Math.abs(b.a * b.d - b.c * b.b);
    double k = 1.0 / Math.sqrt(adetB);
    return b.scaled(k);
  }

  /** One simulation: the block of n x n particles, its velocities, deformation gradients and affine velocities. */
  static final class Block {
    final int nGrid;
    final double dx;
    final double invDx;
    final double[][] x;
    final double[][] v;
    final Mat2[] affineC;
    final Mat2[] deformation;
    double[][][] gridV;
    double[][] gridM;

    Block(int n, int nGrid, double[] initV) {
      this.nGrid = nGrid;
      this.dx = 1.0 / nGrid;
      this.invDx = 1 / dx;
      int particles = n * n;
      x = new double[particles][];
      v = new double[particles][];
      affineC = new Mat2[particles];
      deformation = new Mat2[particles];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          x[i * n + j] = new double[] {dx * (i * 0.7 + 10), dx * (j * 0.7 + 25)};
        }
      }
      for (int p = 0; p < particles; p++) {
        v[p] = new double[] {initV[0], initV[1]};
        affineC[p] = Mat2.diag(0);
        deformation[p] = Mat2.diag(1);
      }
    }

    static double[][] weights(double[] fx) {
      double[][] w = new double[3][2];
      for (int c = 0; c < 2; c++) {
        w[0][c] = 0.5 * Math.pow(1.5 - fx[c], 2);
        w[1][c] = 0.75 - Math.pow(fx[c] - 1, 2);
        w[2][c] = 0.5 * Math.pow(fx[c] - 0.5, 2);
      }
      return w;
    }

    void p2g() {
      gridV = new double[nGrid][nGrid][2];
      gridM = new double[nGrid][nGrid];
      for (int p = 0; p < x.length; p++) {
        int[] base = {(int) (x[p][0] * invDx - 0.5), (int) (x[p][1] * invDx - 0.5)};
        double[] fx = {x[p][0] * invDx - base[0], x[p][1] * invDx - base[1]};
        double[][] w = weights(fx);
        Mat2 newF = Mat2.diag(1).plus(affineC[p].scaled(DT)).times(deformation[p]);
        deformation[p] = newF;
        double jac = newF.determinant();
        Mat2 r = polarRotation(newF);
        Mat2 cauchy = newF.minus(r).times(newF.transpose()).scaled(2 * MU).plus(Mat2.diag(LA * (jac - 1) * jac));
        Mat2 stress = cauchy.scaled(-(DT * P_VOL * 4 * invDx * invDx));
        Mat2 affine = stress.plus(affineC[p].scaled(P_MASS));
        for (int i = 0; i < 3; i++) {
          for (int j = 0; j < 3; j++) {
            double[] dpos = {(i - fx[0]) * dx, (j - fx[1]) * dx};
            double weight = w[i][0] * w[j][1];
            double[] ad = affine.times(dpos);
            double[] node = gridV[base[0] + i][base[1] + j];
            node[0] += weight * (P_MASS * v[p][0] + ad[0]);
            node[1] += weight * (P_MASS * v[p][1] + ad[1]);
            gridM[base[0] + i][base[1] + j] += weight * P_MASS;
          }
        }
      }
    }

    void gridOp() {
      for (int i = 0; i < nGrid; i++) {
        for (int j = 0; j < nGrid; j++) {
          double invM = 1 / (gridM[i][j] + 1e-10);
          double[] vOut = {invM * gridV[i][j][0], invM * gridV[i][j][1]};
          vOut[1] -= DT * GRAVITY;
          if (i < BOUND && vOut[0] < 0) {
            vOut[0] = 0;
          }
          if (i > nGrid - BOUND && vOut[0] > 0) {
            vOut[0] = 0;
          }
          if (j < BOUND && vOut[1] < 0) {
            vOut[1] = 0;
          }
          if (j > nGrid - BOUND && vOut[1] > 0) {
            vOut[1] = 0;
          }
          gridV[i][j] = vOut;
        }
      }
    }

    void g2p() {
      for (int p = 0; p < x.length; p++) {
        int[] base = {(int) (x[p][0] * invDx - 0.5), (int) (x[p][1] * invDx - 0.5)};
        double[] fx = {x[p][0] * invDx - base[0], x[p][1] * invDx - base[1]};
        double[][] w = weights(fx);
        double[] newV = {0.0, 0.0};
        Mat2 newC = Mat2.diag(0);
        for (int i = 0; i < 3; i++) {
          for (int j = 0; j < 3; j++) {
            double[] dpos = {i - fx[0], j - fx[1]};
            double[] gv = gridV[base[0] + i][base[1] + j];
            double weight = w[i][0] * w[j][1];
            newV[0] += weight * gv[0];
            newV[1] += weight * gv[1];
            newC = newC.plus(Mat2.outer(gv, dpos).scaled(4 * weight * invDx));
          }
        }
        v[p] = newV;
        x[p] = new double[] {x[p][0] + DT * v[p][0], x[p][1] + DT * v[p][1]};
        affineC[p] = newC;
      }
    }

    double[] average() {
      double[] avg = {0, 0};
      for (double[] p : x) {
        avg[0] += (1.0 / x.length) * p[0];
        avg[1] += (1.0 / x.length) * p[1];
      }
      return avg;
    }
  }

  /** The test's loss, 0.5 |x_avg - target|^2 after steps - 1 substeps, as a function of the initial velocity. */
  @Differentiable
  public static double loss(double[] initV, int n, int nGrid, int steps) {
    Block block = new Block(n, nGrid, initV);
    for (int s = 0; s < steps - 1; s++) {
      block.p2g();
      block.gridOp();
      block.g2p();
    }
    double[] avg = block.average();
    double d0 = avg[0] - TARGET[0];
    double d1 = avg[1] - TARGET[1];
    return 0.5 * (d0 * d0 + d1 * d1);
  }

  /** p2g over the particles' arrays; returns the grid's momenta, the masses in {@code gridM}. */
  static double[][][] p2g(double[][] x, double[][] v, double[][] affineC, double[][] deformation, double[][] gridM) {
    int nGrid = gridM.length;
    double dx = 1.0 / nGrid;
    double invDx = 1 / dx;
    double[][][] gridV = new double[nGrid][nGrid][2];
    for (int p = 0; p < x.length; p++) {
      int[] base = {(int) (x[p][0] * invDx - 0.5), (int) (x[p][1] * invDx - 0.5)};
      double[] fx = {x[p][0] * invDx - base[0], x[p][1] * invDx - base[1]};
      double[][] w = Block.weights(fx);
      Mat2 c = Mat2.of(affineC[p]);
      Mat2 newF = Mat2.diag(1).plus(c.scaled(DT)).times(Mat2.of(deformation[p]));
      newF.storeInto(deformation[p]);
      double jac = newF.determinant();
      Mat2 r = polarRotation(newF);
      Mat2 cauchy = newF.minus(r).times(newF.transpose()).scaled(2 * MU).plus(Mat2.diag(LA * (jac - 1) * jac));
      Mat2 stress = cauchy.scaled(-(DT * P_VOL * 4 * invDx * invDx));
      Mat2 affine = stress.plus(c.scaled(P_MASS));
      for (int i = 0; i < 3; i++) {
        for (int j = 0; j < 3; j++) {
          double[] dpos = {(i - fx[0]) * dx, (j - fx[1]) * dx};
          double weight = w[i][0] * w[j][1];
          double[] ad = affine.times(dpos);
          double[] node = gridV[base[0] + i][base[1] + j];
          node[0] += weight * (P_MASS * v[p][0] + ad[0]);
          node[1] += weight * (P_MASS * v[p][1] + ad[1]);
          gridM[base[0] + i][base[1] + j] += weight * P_MASS;
        }
      }
    }
    return gridV;
  }

  /** grid_op: momenta to velocities, gravity, the boundary's sticky walls (in place: the core follows no moved rows). */
  static void gridOp(double[][][] gridV, double[][] gridM) {
    int nGrid = gridM.length;
    for (int i = 0; i < nGrid; i++) {
      for (int j = 0; j < nGrid; j++) {
        double invM = 1 / (gridM[i][j] + 1e-10);
        double[] vOut = {invM * gridV[i][j][0], invM * gridV[i][j][1]};
        vOut[1] -= DT * GRAVITY;
        if (i < BOUND && vOut[0] < 0) {
          vOut[0] = 0;
        }
        if (i > nGrid - BOUND && vOut[0] > 0) {
          vOut[0] = 0;
        }
        if (j < BOUND && vOut[1] < 0) {
          vOut[1] = 0;
        }
        if (j > nGrid - BOUND && vOut[1] > 0) {
          vOut[1] = 0;
        }
        gridV[i][j][0] = vOut[0];
        gridV[i][j][1] = vOut[1];
      }
    }
  }

  /** g2p: the grid's velocities back to the particles, which move. */
  static void g2p(double[][] x, double[][] v, double[][] affineC, double[][][] gridV) {
    double invDx = gridV.length;
    for (int p = 0; p < x.length; p++) {
      int[] base = {(int) (x[p][0] * invDx - 0.5), (int) (x[p][1] * invDx - 0.5)};
      double[] fx = {x[p][0] * invDx - base[0], x[p][1] * invDx - base[1]};
      double[][] w = Block.weights(fx);
      double[] newV = {0.0, 0.0};
      Mat2 newC = Mat2.diag(0);
      for (int i = 0; i < 3; i++) {
        for (int j = 0; j < 3; j++) {
          double[] dpos = {i - fx[0], j - fx[1]};
          double[] gv = gridV[base[0] + i][base[1] + j];
          double weight = w[i][0] * w[j][1];
          newV[0] += weight * gv[0];
          newV[1] += weight * gv[1];
          newC = newC.plus(Mat2.outer(gv, dpos).scaled(4 * weight * invDx));
        }
      }
      v[p][0] = newV[0];
      v[p][1] = newV[1];
      x[p][0] += DT * v[p][0];
      x[p][1] += DT * v[p][1];
      newC.storeInto(affineC[p]);
    }
  }

  /** The same loss with the kernels as static methods over the particles' arrays. */
  @Differentiable
  public static double lossByKernels(double[] initV, int n, int nGrid, int steps) {
    double dx = 1.0 / nGrid;
    int particles = n * n;
    double[][] x = new double[particles][];
    double[][] v = new double[particles][];
    double[][] affineC = new double[particles][];
    double[][] deformation = new double[particles][];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        x[i * n + j] = new double[] {dx * (i * 0.7 + 10), dx * (j * 0.7 + 25)};
      }
    }
    for (int p = 0; p < particles; p++) {
      v[p] = new double[] {initV[0], initV[1]};
      affineC[p] = new double[] {0, 0, 0, 0};
      deformation[p] = new double[] {1, 0, 0, 1};
    }
    for (int s = 0; s < steps - 1; s++) {
      double[][] gridM = new double[nGrid][nGrid];
      double[][][] gridV = p2g(x, v, affineC, deformation, gridM);
      gridOp(gridV, gridM);
      g2p(x, v, affineC, gridV);
    }
    double avg0 = 0;
    double avg1 = 0;
    for (double[] p : x) {
      avg0 += (1.0 / particles) * p[0];
      avg1 += (1.0 / particles) * p[1];
    }
    double d0 = avg0 - TARGET[0];
    double d1 = avg1 - TARGET[1];
    return 0.5 * (d0 * d0 + d1 * d1);
  }
}
