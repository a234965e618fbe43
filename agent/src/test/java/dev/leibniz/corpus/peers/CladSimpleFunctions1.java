package dev.leibniz.corpus.peers;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The peer round"): class SimpleFunctions1 of Clad's
 * test/Gradient/UserDefinedTypes.C (vgvassilev/clad, LGPL-3.0; written here from its behaviour, not copied): fields
 * x, y, mem_fn, mem_fn_1 and the operators + and * returning new objects (here plus and times). Not annotated: the
 * functions that use it build it from their own values.
 */
public final class CladSimpleFunctions1 {
  public double x;
  public double y;

  public CladSimpleFunctions1(double x, double y) {
    this.x = x;
    this.y = y;
  }

  public double mem_fn_1(double i, double j) {
    return (x + y) * i + i * j * j;
  }

  public double mem_fn(double i, double j) {
    return (x + y) * i + i * j;
  }

  public CladSimpleFunctions1 plus(CladSimpleFunctions1 other) {
    CladSimpleFunctions1 res = new CladSimpleFunctions1(x + other.x, y + other.y);
    return res;
  }

  public CladSimpleFunctions1 times(CladSimpleFunctions1 rhs) {
    return new CladSimpleFunctions1(this.x * rhs.x, this.y * rhs.y);
  }
}
