package dev.leibniz.corpus.peers;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The peer round").
 * Source: Clad (vgvassilev/clad on GitHub, commit 4b2c0eef), test/Hessian/NestedFunctionCalls.C (f2 calling f),
 * test/Hessian/BuiltinDerivatives.C (f1 to f6 and f8, float functions of sin, cos, exp, log and pow) and
 * test/Hessian/EarlyReturns.C (poly with an early return before its loop, earlyBeforeLoop and loopAfterEarly).
 * Licence: Clad is LGPL-3.0. No text was copied: each function was written here, in Java, from what the C++ function
 * computes (same name, same statements).
 * Translation: float <cmath> calls are the double Math functions narrowed to float; `double* c` is a double[] (Clad's
 * test passes four values, poly reads the first n). All marked order = 2, checked by PeerHessianTest.
 */

import dev.leibniz.Differentiable;

public final class CladHessians2 {
  private CladHessians2() {}

  static double f(double x, double y) {
    return x * x + y * y;
  }

  @Differentiable(order = 2)
  public static double f2(double x, double y) {
    double ans = f(x, y);
    return ans;
  }

  @Differentiable(order = 2)
  public static float builtin_f1(float x) {
    return (float) Math.sin(x) + (float) Math.cos(x);
  }

  @Differentiable(order = 2)
  public static float builtin_f3(float x) {
    return (float) Math.log(x);
  }

  @Differentiable(order = 2)
  public static float builtin_f4(float x) {
    return (float) Math.pow(x, 4.0F);
  }

  @Differentiable(order = 2)
  public static float builtin_f5(float x) {
    return (float) Math.pow(2.0F, x);
  }

  @Differentiable(order = 2)
  public static float builtin_f6(float x, float y) {
    return (float) Math.pow(x, y);
  }

  @Differentiable(order = 2)
  public static float builtin_f8(float x, float y) {
    return (x * x + y * y) / 2 + x * y;
  }

  static double poly(double[] coefs, int n) {
    int degree = n - 1;
    if (degree == 2) return coefs[2] * coefs[1] + coefs[1] * coefs[0];
    double t = 1.;
    double result = coefs[0];
    for (int i = 1; i < degree; i++) {
      result = result + t * coefs[i];
      t *= coefs[0];
    }
    return result;
  }

  @Differentiable(order = 2)
  public static double earlyBeforeLoop(double[] c) {
    return poly(c, 3);
  }

  @Differentiable(order = 2)
  public static double loopAfterEarly(double[] c) {
    return poly(c, 4);
  }
}
