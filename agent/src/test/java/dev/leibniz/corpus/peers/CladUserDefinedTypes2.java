package dev.leibniz.corpus.peers;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The peer round").
 * Source: Clad (vgvassilev/clad on GitHub, commit 4b2c0eef), test/Gradient/UserDefinedTypes.C: fn12, which returns a
 * new MyStruct built from its parameter's members, spelt with a plain (unannotated) class and the parameter marked
 * @Differentiable instead of the class (README, "Objects": a library's class cannot be annotated, its parameter can).
 * Licence: Clad is LGPL-3.0. No text was copied: written here in Java from what the C++ function computes.
 */

import dev.leibniz.Differentiable;

public final class CladUserDefinedTypes2 {
  private CladUserDefinedTypes2() {}

  @Differentiable
  public static CladMyStructPlain fn12(@Differentiable CladMyStructPlain s) {
    return new CladMyStructPlain(2 * s.a, 2 * s.b + 2);
  }
}
