package dev.leibniz.corpus.peers;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The peer round").
 * Source: Clad (vgvassilev/clad on GitHub, commit 4b2c0eef), test/Gradient/MemberFunctions.C: SimpleFunctions'
 * mem_fn (reads the fields x, y) and ref_mem_fn (writes x and returns it), each differentiated by Clad's test as a
 * member function with respect to its parameters.
 * Licence: Clad is LGPL-3.0. No text was copied: written here in Java from what the C++ members compute.
 */

import dev.leibniz.Differentiable;

public final class CladMemberFunctions {
  double x, y;

  public CladMemberFunctions(double x, double y) {
    this.x = x;
    this.y = y;
  }

  @Differentiable
  public double mem_fn(double i, double j) {
    return (x + y) * i + i * j;
  }

  @Differentiable
  public double ref_mem_fn(double i) {
    x = +i;
    x = -i;
    return x;
  }
}
