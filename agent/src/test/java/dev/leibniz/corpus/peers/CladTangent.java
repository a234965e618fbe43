package dev.leibniz.corpus.peers;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The peer round"): struct Tangent of Clad's
 * test/Gradient/UserDefinedTypes.C (vgvassilev/clad, LGPL-3.0; written here from its behaviour, not copied): five
 * doubles in an array member, updateTo, someMemFn2. Marked @Differentiable so that its numbers carry derivatives.
 */

import dev.leibniz.Differentiable;

@Differentiable
public final class CladTangent {
  public double[] data = new double[5];

  public CladTangent(double[] data) {
    this.data = data;
  }

  public void updateTo(double d) {
    for (int i = 0; i < 5; ++i) data[i] = d;
  }

  public double someMemFn2(double i, double j) {
    return data[0] * i + data[1] * i * j;
  }
}
