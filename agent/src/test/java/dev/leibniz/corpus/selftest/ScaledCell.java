package dev.leibniz.corpus.selftest;

import dev.leibniz.Differentiable;

/**
 * For the harness's own test, companions written by hand: an instance method writing a field of its own class on an
 * argument of that class and returning it, as jblas' {@code ComplexDouble.muli(c, result)}: the companions take the
 * receiver's shadow first and a shadow after each argument of the class, and the adjoint a seed for the result.
 */
public final class ScaledCell {
  public double v;

  public ScaledCell(double v) {
    this.v = v;
  }

  @Differentiable
  public ScaledCell scaleInto(ScaledCell c, ScaledCell out) {
    out.v = v * c.v;
    return out;
  }

  public ScaledCell scaleInto$tangent(ScaledCell self, ScaledCell c, ScaledCell cd, ScaledCell out, ScaledCell outd) {
    outd.v = self.v * c.v + v * cd.v;
    out.v = v * c.v;
    return outd;
  }

  public ScaledCell scaleInto$adjoint(ScaledCell self, ScaledCell c, ScaledCell cb, ScaledCell out, ScaledCell outb,
      ScaledCell resultSeed) {
    double yb = outb.v + resultSeed.v; // the final contents of out and the result are the same number
    outb.v = 0; // out's value on entry is overwritten
    self.v += yb * c.v;
    cb.v += yb * v;
    out.v = v * c.v;
    return out;
  }
}
