package dev.leibniz.corpus.peers;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The peer round").
 * Source: Enzyme (EnzymeAD/Enzyme on GitHub), enzyme/test/Integration/ForwardMode/substencil_weights.c: three
 * shock-capturing reconstructions of a face value from five stencil values — WENO5-JS (smooth weights), WENO5-Z (a
 * kink |beta0 - beta2| in its weights) and TENO5 (weights cut off to 0 or 1 below a threshold, piecewise constant) —
 * with their helpers smoothness, candidates, normalise and teno5_cutoff.
 * Licence: Enzyme is Apache-2.0 with LLVM exceptions. Written here in Java from the C functions (same names, same
 * statements, same constants); no comments or other text were copied.
 * Translation: the helpers' output pointers are Java arrays; fabs is Math.abs.
 */

import dev.leibniz.Differentiable;

public final class EnzymeWeno {
  private EnzymeWeno() {}

  static final double TENO_CT = 1.0e-5, EPS_TENO = 1.0e-40, EPS_WENOZ = 1.0e-40, EPS_WENOJS = 1.0e-6;
  static final double[] d_opt = {0.1, 0.6, 0.3};
  static final double[] sub_coeff = {
    1.0 / 3.0, -7.0 / 6.0, 11.0 / 6.0,
    -1.0 / 6.0, 5.0 / 6.0, 1.0 / 3.0,
    1.0 / 3.0, 5.0 / 6.0, -1.0 / 6.0,
  };

  static void smoothness(double[] v, double[] beta) {
    double a0 = v[0] - 2.0 * v[1] + v[2];
    double b0 = v[0] - 4.0 * v[1] + 3.0 * v[2];
    double a1 = v[1] - 2.0 * v[2] + v[3];
    double b1 = v[1] - v[3];
    double a2 = v[2] - 2.0 * v[3] + v[4];
    double b2 = 3.0 * v[2] - 4.0 * v[3] + v[4];
    beta[0] = (13.0 / 12.0) * a0 * a0 + 0.25 * b0 * b0;
    beta[1] = (13.0 / 12.0) * a1 * a1 + 0.25 * b1 * b1;
    beta[2] = (13.0 / 12.0) * a2 * a2 + 0.25 * b2 * b2;
  }

  static void candidates(double[] v, double[] f) {
    f[0] = sub_coeff[0] * v[0] + sub_coeff[1] * v[1] + sub_coeff[2] * v[2];
    f[1] = sub_coeff[3] * v[1] + sub_coeff[4] * v[2] + sub_coeff[5] * v[3];
    f[2] = sub_coeff[6] * v[2] + sub_coeff[7] * v[3] + sub_coeff[8] * v[4];
  }

  static double normalise(double[] w, double[] f) {
    return (w[0] * f[0] + w[1] * f[1] + w[2] * f[2]) / (w[0] + w[1] + w[2]);
  }

  @Differentiable
  public static double weno5js(double[] v) {
    double[] beta = new double[3], f = new double[3], w = new double[3];
    smoothness(v, beta);
    candidates(v, f);
    for (int k = 0; k < 3; k++) {
      double den = beta[k] + EPS_WENOJS;
      w[k] = d_opt[k] / (den * den);
    }
    return normalise(w, f);
  }

  @Differentiable
  public static double weno5z(double[] v) {
    double[] beta = new double[3], f = new double[3], w = new double[3];
    smoothness(v, beta);
    candidates(v, f);
    double tau5 = Math.abs(beta[0] - beta[2]);
    for (int k = 0; k < 3; k++) w[k] = d_opt[k] * (1.0 + tau5 / (beta[k] + EPS_WENOZ));
    return normalise(w, f);
  }

  static void teno5_cutoff(double[] v, double[] delta) {
    double[] beta = new double[3], g = new double[3];
    smoothness(v, beta);
    double tau5 = Math.abs(beta[0] - beta[2]);
    double sum = 0.0;
    for (int k = 0; k < 3; k++) {
      double x = 1.0 + tau5 / (beta[k] + EPS_TENO);
      double x3 = x * x * x;
      g[k] = x3 * x3;
      sum += g[k];
    }
    for (int k = 0; k < 3; k++) delta[k] = (g[k] / sum < TENO_CT) ? 0.0 : 1.0;
  }

  @Differentiable
  public static double teno5(double[] v) {
    double[] delta = new double[3], f = new double[3], w = new double[3];
    teno5_cutoff(v, delta);
    candidates(v, f);
    for (int k = 0; k < 3; k++) w[k] = delta[k] * d_opt[k];
    double sum = w[0] + w[1] + w[2];
    if (sum < EPS_TENO) return f[1];
    return (w[0] * f[0] + w[1] * f[1] + w[2] * f[2]) / sum;
  }
}
