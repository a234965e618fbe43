package dev.leibniz.corpus.peers;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The peer round").
 * Source: Clad (vgvassilev/clad on GitHub, commit 4b2c0eef), test/Gradient/Gradients.C: struct S with fields c1, c2
 * and the member function f(x, y) = c1 * x + c2 * y, differentiated with respect to x and y.
 * Licence: Clad is LGPL-3.0. No text was copied: written here in Java from what the C++ member function computes.
 */

import dev.leibniz.Differentiable;

public final class CladStructS {
  double c1;
  double c2;

  public CladStructS(double c1, double c2) {
    this.c1 = c1;
    this.c2 = c2;
  }

  @Differentiable
  public double f(double x, double y) {
    return c1 * x + c2 * y;
  }
}
