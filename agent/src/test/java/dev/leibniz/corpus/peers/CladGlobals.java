package dev.leibniz.corpus.peers;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The peer round").
 * Source: Clad (vgvassilev/clad on GitHub, commit 4b2c0eef), test/Gradient/Gradients.C: f_reuse_global and its helper
 * g, which write the global glob1 (Clad warns that "rerunning the gradient requires 'glob1' to be reset").
 * Licence: Clad is LGPL-3.0. No text was copied: written here in Java from what the C++ functions compute.
 * Translation: the C++ global is a static double field. Calls can repeat without a reset: g overwrites it before it
 * is read, so every call computes -x * t.
 */

import dev.leibniz.Differentiable;

public final class CladGlobals {
  private CladGlobals() {}

  static double glob1 = 5;

  static double g(double a, double b) {
    glob1 = b;
    return a;
  }

  @Differentiable
  public static double f_reuse_global(double x, double t) {
    t = g(t, x);
    glob1 *= t;
    return -glob1;
  }
}
