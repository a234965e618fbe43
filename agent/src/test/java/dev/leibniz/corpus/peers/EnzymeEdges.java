package dev.leibniz.corpus.peers;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The peer round").
 * Source: Enzyme (EnzymeAD/Enzyme on GitHub), enzyme/test/Integration/ReverseMode/pow_zero.c (f: out = powf(x, y) at
 * x = 0, y = 1, whose gradient the test wants to be (1, 0), not NaN) and ForwardMode/fabs_signed_zero.c (f: fabs(-x * x),
 * whose first derivative at 0 is 0 and second derivative 2: fabs'(-0.0) must be -1).
 * Licence: Enzyme is Apache-2.0 with LLVM exceptions. Written here in Java from the C functions; no comments or other
 * text were copied.
 * Translation: the float pointers of pow_zero are float[] of length 1 and __builtin_powf is (float) Math.pow; the C
 * functions are both named f, here pow_zero and fabs_signed_zero. fabs_signed_zero is marked order = 2
 * (PeerHessianTest checks its second derivative at 0, where the inner value is -0.0).
 */

import dev.leibniz.Differentiable;

public final class EnzymeEdges {
  private EnzymeEdges() {}

  @Differentiable
  public static void pow_zero(float[] x, float[] y, float[] out) {
    out[0] = (float) Math.pow(x[0], y[0]);
  }

  @Differentiable(order = 2)
  public static double fabs_signed_zero(double x) {
    return Math.abs(-x * x);
  }
}
