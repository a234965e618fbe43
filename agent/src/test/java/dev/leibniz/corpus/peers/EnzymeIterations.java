package dev.leibniz.corpus.peers;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The peer round").
 * Source: Enzyme (EnzymeAD/Enzyme on GitHub), enzyme/test/Integration/ReverseMode/fixed_point.c (plain: the nonlinear
 * fixed point u = C sin(A u) + p^2 iterated by step until no entry moves by more than tol, then loss(u, y); the test
 * compares __enzyme_fixed_point's gradient with this plain loop's) and checkpoint_while.c (plain: u grown by step
 * until u[0] reaches limit, a trip count known only when the loop ends, then loss(u)).
 * Licence: Enzyme is Apache-2.0 with LLVM exceptions. Written here in Java from the C functions (same names, same
 * statements); no comments or other text were copied.
 * Translation: tol and limit, which the tests pass as enzyme_const pointers, are fields of the receiver (fields are
 * passive); the C names plain and step are kept with the file's name in front; fmax/fabs are Math.max/abs; the
 * int64_t counter is a long.
 */

import dev.leibniz.Differentiable;

public final class EnzymeIterations {
  static final int N = 4;
  static final double C = 0.4;
  static final double[][] A = {{1.0, 0.5, 0.0, -0.3}, {0.2, 1.0, 0.4, 0.0}, {0.0, -0.6, 1.0, 0.3}, {0.5, 0.0, 0.1, 1.0}};

  final double tol;
  final double limit;

  public EnzymeIterations(double tol, double limit) {
    this.tol = tol;
    this.limit = limit;
  }

  static boolean fixed_point_step(long i, double[] u, double[] p, double[] y, double tol) {
    double[] tmp = new double[N];
    for (int k = 0; k < N; k++) {
      double s = 0;
      for (int j = 0; j < N; j++) s += A[k][j] * u[j];
      tmp[k] = C * Math.sin(s) + p[k] * p[k];
    }
    double err = 0;
    for (int k = 0; k < N; k++) {
      y[k] = tmp[k] * u[k];
      err = Math.max(err, Math.abs(tmp[k] - u[k]));
      u[k] = tmp[k];
    }
    return err > tol;
  }

  static double fixed_point_loss(double[] u, double[] y) {
    double s = 0;
    for (int k = 0; k < N; k++) s += u[k] * u[k] * u[k] + y[k];
    return s;
  }

  @Differentiable
  public double fixed_point_plain(double[] u, double[] p, double[] y) {
    long i = 0;
    while (fixed_point_step(i++, u, p, y, tol)) ;
    return fixed_point_loss(u, y);
  }

  static boolean checkpoint_while_step(long i, double[] u, double limit) {
    double[] tmp = new double[N];
    for (int k = 0; k < N; k++) tmp[k] = u[k] + 0.1 * u[(k + 1) % N] + 0.01 * Math.sin(u[k] + 0.1 * (double) i);
    for (int k = 0; k < N; k++) u[k] = tmp[k];
    return u[0] < limit;
  }

  static double checkpoint_while_loss(double[] u) {
    double s = 0;
    for (int k = 0; k < N; k++) s += u[k] * u[k];
    return s;
  }

  @Differentiable
  public double checkpoint_while_plain(double[] u) {
    long i = 0;
    while (checkpoint_while_step(i++, u, limit)) ;
    return checkpoint_while_loss(u);
  }
}
