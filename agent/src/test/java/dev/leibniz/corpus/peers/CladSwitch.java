package dev.leibniz.corpus.peers;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The peer round").
 * Source: Clad (vgvassilev/clad on GitHub, commit 4b2c0eef), test/Gradient/Switch.C.
 * Licence: Clad is LGPL-3.0. No text was copied: each function was written here, in Java, from what the C++ function
 * computes (same name, same statements in the same order).
 * Translation: fn1's `case 2:` label inside a nested block (legal in C++, not in Java) is placed after case 1's
 * statement, which keeps the fall-through from case 1 into case 2's statement and on into default; the enum Op of fn24
 * is the public Java enum CladSwitchOp (javac switches on it through a synthetic ordinal map); switch(res = u * v) on an int stores the
 * truncated product.
 */

import dev.leibniz.Differentiable;

public final class CladSwitch {
  private CladSwitch() {}

  @Differentiable
  public static double fn1(double i, double j) {
    double res = 0;
    int count = 1;
    switch (count) {
      case 0:
        res += i * j;
        break;
      case 1:
        res += i * i;
      case 2:
        res += j * j;
      default:
        res += i * i * j * j;
    }
    return res;
  }

  @Differentiable
  public static double fn3(double i, double j) {
    double res = 0;
    int counter = 2;
    while (counter-- != 0) {
      switch (counter) {
        case 0:
          res += i * i * j * j;
        case 1: {
          res += i * i;
        }
        break;
        case 2:
          res += j * j;
        default:
          res += i + j;
      }
    }
    return res;
  }

  @Differentiable
  public static double fn4(double i, double j) {
    double res = 0;
    switch (1) {
      case 0:
        res += i * i * j * j;
        break;
      case 1:
        int counter = 2;
        while (counter-- != 0) res += i * j;
        break;
    }
    return res;
  }

  @Differentiable
  public static double fn6(double u, double v) {
    int res = 0;
    double temp = 0;
    switch (res = (int) (u * v)) {
      default:
        temp = 1;
    }
    return res;
  }

  @Differentiable
  public static double fn7(double u, double v) {
    double res = 0;
    for (int i = 0; i < 5; ++i) {
      switch (i) {
        case 0:
        case 1:
        case 2:
          res += u;
          break;
        case 3:
        default:
          res += v;
          break;
      }
    }
    return res;
  }

  @Differentiable
  public static double fn24(double x, double y, CladSwitchOp op) {
    double res = 0;
    switch (op) {
      case Add:
        res = x + y;
        break;
      case Sub:
        res = x - y;
        break;
      case Mul:
        res = x * y;
        break;
      case Div:
        res = x / y;
        break;
    }
    return res;
  }

  @Differentiable
  public static double switchReturn(double x, double y, int k) {
    switch (k) {
      case 0:
        return x * x;
      case 1:
        return x * y;
      default:
        return y * y;
    }
  }
}
