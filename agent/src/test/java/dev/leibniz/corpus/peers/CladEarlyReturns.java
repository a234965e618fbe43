package dev.leibniz.corpus.peers;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The peer round").
 * Source: Clad (vgvassilev/clad on GitHub, commit 4b2c0eef), test/Gradient/EarlyReturns.C and
 * test/Gradient/RecursiveFunctionEarlyReturn.C (func1 and its CustomObj).
 * Licence: Clad is LGPL-3.0. No text was copied: each function was written here, in Java, from what the C++ function
 * computes (same name, same statements in the same order).
 * Translation: the C++ struct Pair (two doubles, a local value bound to a reference) is a small class with double
 * fields; the reference `Pair& r = p` is a second Java variable naming the same object; CustomObj likewise.
 */

import dev.leibniz.Differentiable;

public final class CladEarlyReturns {
  private CladEarlyReturns() {}

  static final class Pair {
    double a;
    double b;
  }

  static final class CustomObj {
    double v;

    CustomObj(double temp) {
      v = temp * 2.0;
    }
  }

  @Differentiable
  public static double singleEarly(double x, double y) {
    if (x > y) return x * x;
    return x * y;
  }

  @Differentiable
  public static double multiEarly(double x, double y) {
    if (x > 10) return x;
    if (y > 10) return y * y;
    return x * y;
  }

  @Differentiable
  public static double loopEarly(double x, double y) {
    double s = 0;
    for (int i = 0; i < 5; ++i) {
      s += x * y;
      if (s > 20) return s;
    }
    return s;
  }

  @Differentiable
  public static double midEarly(double x, double y) {
    double a = x * y;
    double b = a + x;
    if (b > 50) return a * b;
    return b * y;
  }

  @Differentiable
  public static double recEarly(double x, double y) {
    if (x > y) return recEarly(x - 1, y);
    return x * y;
  }

  @Differentiable
  public static double nested_early_return(double x, double y) {
    if (x > 0) x = x * y;
    if (x < 0) return 0;
    return x;
  }

  @Differentiable
  public static double declAfterEarly(double x, double y) {
    if (y == 0) return 1;
    double n = y;
    double a = n + x;
    double b = n, c = 2 * x;
    a *= b;
    return a + c;
  }

  @Differentiable
  public static double structRefAfterEarly(double x, double y) {
    if (y == 0) return 1;
    Pair p = new Pair();
    p.a = x * y;
    p.b = x + y;
    Pair r = p;
    double d = r.a * r.b;
    return d;
  }

  /** RecursiveFunctionEarlyReturn.C: x*2 per level and, at the bottom, an object built from x. */
  @Differentiable
  public static double func1(double x, int n) {
    if (n <= 0) {
      CustomObj obj = new CustomObj(x);
      return obj.v;
    }
    return x * 2.0 + func1(x, n - 1);
  }
}
