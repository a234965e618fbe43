package dev.leibniz.corpus.peers;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The peer round").
 * Source: Enzyme (EnzymeAD/Enzyme on GitHub), enzyme/test/Integration/euler.h (euler_pressure, euler_normal_velocity,
 * euler_flux: the normal flux of the compressible Euler equations with a stiffened-gas closure) as differentiated by
 * ForwardMode/euler_homogeneity.c, which checks the flux Jacobian A against Euler's identity A(U) U = F(U) for the
 * ideal gas and A(U) U - F(U) = -dF for the stiffened gas.
 * Licence: Enzyme is Apache-2.0 with LLVM exceptions. Written here in Java from the C functions (same names, same
 * statements); no comments or other text were copied.
 * Translation: the face normal n and the EulerEos struct, which the test passes as enzyme_const, are fields of the
 * receiver; the enum indices are int constants.
 */

import dev.leibniz.Differentiable;

public final class EnzymeEuler {
  static final int RHO = 0, RHOU = 1, RHOV = 2, RHOW = 3, RHOE = 4;

  final double[] n;
  final double gamma;
  final double p_inf;

  public EnzymeEuler(double[] n, double gamma, double p_inf) {
    this.n = n;
    this.gamma = gamma;
    this.p_inf = p_inf;
  }

  double euler_pressure(double[] U) {
    double inv = 1.0 / U[RHO];
    double ke = 0.5 * inv * (U[RHOU] * U[RHOU] + U[RHOV] * U[RHOV] + U[RHOW] * U[RHOW]);
    return (gamma - 1.0) * (U[RHOE] - ke) - gamma * p_inf;
  }

  static double euler_normal_velocity(double[] U, double[] n) {
    return (U[RHOU] * n[0] + U[RHOV] * n[1] + U[RHOW] * n[2]) / U[RHO];
  }

  @Differentiable
  public void euler_flux(double[] U, double[] F) {
    double un = euler_normal_velocity(U, n);
    double p = euler_pressure(U);
    F[RHO] = U[RHO] * un;
    F[RHOU] = U[RHOU] * un + p * n[0];
    F[RHOV] = U[RHOV] * un + p * n[1];
    F[RHOW] = U[RHOW] * un + p * n[2];
    F[RHOE] = (U[RHOE] + p) * un;
  }

  /** euler_from_primitive: the conserved state of (rho, u, v, w, p). */
  public static double[] fromPrimitive(double rho, double u, double v, double w, double p, double gamma, double p_inf) {
    return new double[] {rho, rho * u, rho * v, rho * w,
      (p + gamma * p_inf) / (gamma - 1.0) + 0.5 * rho * (u * u + v * v + w * w)};
  }
}
