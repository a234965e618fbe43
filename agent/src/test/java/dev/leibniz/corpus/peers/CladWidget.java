package dev.leibniz.corpus.peers;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The peer round").
 * Source: Clad (vgvassilev/clad on GitHub, commit 4b2c0eef), test/Hessian/Hessians.C: struct Widget (fields x, y set
 * by its constructor) and its member memFn_2(i, j), whose Hessian the test computes.
 * Licence: Clad is LGPL-3.0. No text was copied: written here in Java from what the C++ member function computes.
 */

import dev.leibniz.Differentiable;

public final class CladWidget {
  double x, y;

  public CladWidget(double x, double y) {
    this.x = x;
    this.y = y;
  }

  @Differentiable(order = 2)
  public double memFn_2(double i, double j) {
    double a = x * i * j;
    double b = 4 * a;
    return b * y * y * i;
  }
}
