package dev.leibniz.corpus.peers;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The peer round"): MyStruct of Clad's
 * test/Gradient/UserDefinedTypes.C (vgvassilev/clad, LGPL-3.0; written here, not copied) as a plain class nobody
 * annotated, for CladUserDefinedTypes2.
 */
public final class CladMyStructPlain {
  public double a;
  public double b;

  public CladMyStructPlain(double a, double b) {
    this.a = a;
    this.b = b;
  }
}
