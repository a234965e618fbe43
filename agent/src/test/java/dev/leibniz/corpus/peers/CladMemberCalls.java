package dev.leibniz.corpus.peers;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The peer round").
 * Source: Clad (vgvassilev/clad on GitHub, commit 4b2c0eef), test/Gradient/MemberFunctions.C: fn2 (sf.ref_mem_fn(i) on
 * an object passed by reference), fn3 (an object built from x, y, then sf.mem_fn(i, j)), fn5 (v += value on an object
 * passed by reference, then v.x).
 * Licence: Clad is LGPL-3.0. No text was copied: written here in Java from what the C++ functions compute.
 * Translation: references to the object are Java references to a CladSimpleFunctions (unmarked, as in Clad's test).
 */

import dev.leibniz.Differentiable;

public final class CladMemberCalls {
  private CladMemberCalls() {}

  @Differentiable
  public static double fn2(CladSimpleFunctions sf, double i) {
    return sf.ref_mem_fn(i);
  }

  @Differentiable
  public static double fn3(double x, double y, double i, double j) {
    CladSimpleFunctions sf = new CladSimpleFunctions(x, y);
    return sf.mem_fn(i, j);
  }

  @Differentiable
  public static double fn5(CladSimpleFunctions v, double value) {
    v.plusAssign(value);
    return v.x;
  }
}
