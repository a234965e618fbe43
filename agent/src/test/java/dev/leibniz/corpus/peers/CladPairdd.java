package dev.leibniz.corpus.peers;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The peer round"): a two-double value type of Clad's
 * test/Gradient/UserDefinedTypes.C (vgvassilev/clad, LGPL-3.0; written here, not copied), marked @Differentiable so
 * that its numbers carry derivatives (README, "Objects").
 */

import dev.leibniz.Differentiable;

@Differentiable
public final class CladPairdd {
  public double first;
  public double second;

  public CladPairdd(double first, double second) {
    this.first = first;
    this.second = second;
  }
}
