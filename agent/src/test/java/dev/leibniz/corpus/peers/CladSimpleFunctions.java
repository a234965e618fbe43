package dev.leibniz.corpus.peers;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The peer round").
 * Source: Clad (vgvassilev/clad on GitHub, commit 4b2c0eef), test/Gradient/MemberFunctions.C: class SimpleFunctions
 * (fields x, y; mem_fn reads them, ref_mem_fn writes x and returns it, operator+= adds to x), used unmarked by
 * CladMemberCalls, as the functions Clad's test differentiates call it.
 * Licence: Clad is LGPL-3.0. No text was copied: written here in Java from what the C++ members compute.
 * Translation: `double& ref_mem_fn` returns the value of x; operator+= is plusAssign returning this.
 */
public final class CladSimpleFunctions {
  public double x, y;

  public CladSimpleFunctions(double x, double y) {
    this.x = x;
    this.y = y;
  }

  public double mem_fn(double i, double j) {
    return (x + y) * i + i * j;
  }

  public double ref_mem_fn(double i) {
    x = +i;
    x = -i;
    return x;
  }

  public CladSimpleFunctions plusAssign(double value) {
    x += value;
    return this;
  }
}
