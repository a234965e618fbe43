package dev.leibniz.corpus.peers;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The peer round").
 * Source: Clad (vgvassilev/clad on GitHub, commit 4b2c0eef), test/Hessian/Hessians.C: the functions whose Hessians
 * Clad's tests compute (f_cubed_add1, f_suvat1, f_cond3, f_power10; the member functions are CladExperiment and
 * CladWidget).
 * Licence: Clad is LGPL-3.0. No text was copied: each function was written here, in Java, from what the C++ function
 * computes (same name, same expression).
 * Marked order = 2: the first-order companions are classified by the corpus harness, m$adjoint$tangent (H·v) by
 * PeerHessianTest.
 */

import dev.leibniz.Differentiable;

public final class CladHessians {
  private CladHessians() {}

  @Differentiable(order = 2)
  public static double f_cubed_add1(double a, double b) {
    return a * a * a + b * b * b;
  }

  @Differentiable(order = 2)
  public static double f_suvat1(double u, double t) {
    return ((u * t) + ((0.5) * (9.81) * (t * t)));
  }

  @Differentiable(order = 2)
  public static double f_cond3(double x, double c) {
    if (c > 0) {
      return (x * x * x) + (c * c * c);
    } else {
      return (x * x * x) - (c * c * c);
    }
  }

  @Differentiable(order = 2)
  public static double f_power10(double x) {
    return x * x * x * x * x * x * x * x * x * x;
  }
}
