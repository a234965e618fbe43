package dev.leibniz.corpus.peers;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The peer round").
 * Source: Clad (vgvassilev/clad on GitHub, commit 4b2c0eef), test/Hessian/Hessians.C: struct Experiment (fields x, y
 * set by its constructor, unused by the method) and its member someMethod(i, j), whose Hessian the test computes.
 * Licence: Clad is LGPL-3.0. No text was copied: written here in Java from what the C++ member function computes.
 */

import dev.leibniz.Differentiable;

public final class CladExperiment {
  double x, y;

  public CladExperiment(double x, double y) {
    this.x = x;
    this.y = y;
  }

  @Differentiable(order = 2)
  public double someMethod(double i, double j) {
    return i * i * j + j * j * i;
  }
}
