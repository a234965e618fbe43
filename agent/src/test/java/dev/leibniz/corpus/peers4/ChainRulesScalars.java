package dev.leibniz.corpus.peers4;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The fourth peer round").
 * Source: ChainRules.jl (JuliaDiff/ChainRules.jl on GitHub), test/rulesets/Base/base.jl (commit 01c1ce8c: the trig,
 * hyperbolic, degree and inverse families at the test's points, sinc, deg2rad/rad2deg, ldexp with n = 0, 1, 20, mod,
 * muladd, fma, clamp to the left, in the middle and to the right) and test/rulesets/Base/fastmath_able.jl (commit
 * 13fcb81e: exp2, exp10, inv, cbrt at -0.1 and 7.9; rem, atan, max and min of (k + 0.6r + 0.2) * base and base; ^ of
 * a negative base to the integer 3, and of zero; sign away from 0), whose test_frule/test_rrule compare ChainRules'
 * rules with finite differences.
 * Licence: MIT (Copyright (c) 2018 Jarrett Revels and other contributors).
 * Translation (written here in Java; no comments copied): each Base function is written as Julia defines it for
 * Float64, with java.lang.Math: sinpi(x) = sin(pi x), sind(x) = sin(toRadians(x)), asind(x) = toDegrees(asin(x)), sec
 * = 1 / cos, asec(x) = acos(1 / x), acot(x) = atan(1 / x), asech(x) = acosh(1 / x) with acosh, asinh and atanh by their
 * logarithms, sinc(x) = x == 0 ? 1 : sin(pi x) / (pi x) (Julia's own special case at 0), exp10 = pow(10, x), ldexp =
 * Math.scalb, rem = %, mod as Julia's mod for floats (rem, then y added when the signs differ), clamp as Julia's nested
 * ifelse; each family is one method switching on an int code.
 */

import dev.leibniz.Differentiable;

public final class ChainRulesScalars {
  private ChainRulesScalars() {}

  static double acosh(double x) {
    return Math.log(x + Math.sqrt(x * x - 1));
  }

  static double asinh(double x) {
    return Math.log(x + Math.sqrt(x * x + 1));
  }

  static double atanh(double x) {
    return 0.5 * Math.log((1 + x) / (1 - x));
  }

  /** sec csc cot sinpi cospi sech csch coth, by code. */
  @Differentiable
  public static double trig(int code, double x) {
    switch (code) {
      case 0: return 1 / Math.cos(x);
      case 1: return 1 / Math.sin(x);
      case 2: return 1 / Math.tan(x);
      case 3: return Math.sin(Math.PI * x);
      case 4: return Math.cos(Math.PI * x);
      case 5: return 1 / Math.cosh(x);
      case 6: return 1 / Math.sinh(x);
      default: return 1 / Math.tanh(x);
    }
  }

  /** sind cosd tand secd cscd cotd. */
  @Differentiable
  public static double degrees(int code, double x) {
    double r = Math.toRadians(x);
    switch (code) {
      case 0: return Math.sin(r);
      case 1: return Math.cos(r);
      case 2: return Math.tan(r);
      case 3: return 1 / Math.cos(r);
      case 4: return 1 / Math.sin(r);
      default: return 1 / Math.tan(r);
    }
  }

  /** asec acsc acot, asinh acosh atanh asech acsch acoth, asind acosd atand asecd acscd acotd. */
  @Differentiable
  public static double inverses(int code, double x) {
    switch (code) {
      case 0: return Math.acos(1 / x);
      case 1: return Math.asin(1 / x);
      case 2: return Math.atan(1 / x);
      case 3: return asinh(x);
      case 4: return acosh(x);
      case 5: return atanh(x);
      case 6: return acosh(1 / x);
      case 7: return asinh(1 / x);
      case 8: return atanh(1 / x);
      case 9: return Math.toDegrees(Math.asin(x));
      case 10: return Math.toDegrees(Math.acos(x));
      case 11: return Math.toDegrees(Math.atan(x));
      case 12: return Math.toDegrees(Math.acos(1 / x));
      case 13: return Math.toDegrees(Math.asin(1 / x));
      default: return Math.toDegrees(Math.atan(1 / x));
    }
  }

  /** Julia's sinc: exactly 1 at 0, where sin(pi x) / (pi x) is 0 / 0. */
  @Differentiable
  public static double sinc(double x) {
    if (x == 0) return 1.0;
    if (Double.isInfinite(x)) return 0.0;
    double px = Math.PI * x;
    return Math.sin(px) / px;
  }

  /** inv exp exp2 exp10 expm1 cbrt, and for x >= 0 sqrt log log2 log10 log1p. */
  @Differentiable
  public static double exponents(int code, double x) {
    switch (code) {
      case 0: return 1 / x;
      case 1: return Math.exp(x);
      case 2: return Math.pow(2, x);
      case 3: return Math.pow(10, x);
      case 4: return Math.expm1(x);
      case 5: return Math.cbrt(x);
      case 6: return Math.sqrt(x);
      case 7: return Math.log(x);
      case 8: return Math.log(x) / Math.log(2);
      case 9: return Math.log10(x);
      default: return Math.log1p(x);
    }
  }

  @Differentiable
  public static double angles(double x) {
    return Math.toRadians(x) + Math.toDegrees(x);
  }

  @Differentiable
  public static double ldexp(double x, int n) {
    return Math.scalb(x, n);
  }

  /** Julia's mod for floats: the remainder with the sign of y. */
  @Differentiable
  public static double mod(double x, double y) {
    double r = x % y;
    if (r == 0) return Math.copySign(r, y);
    if ((r > 0) != (y > 0)) return r + y;
    return r;
  }

  /** rem, atan(x, y), max, min: the binary functions of fastmath_able.jl. */
  @Differentiable
  public static double binary(int code, double x, double y) {
    switch (code) {
      case 0: return x % y;
      case 1: return Math.atan2(x, y);
      case 2: return Math.max(x, y);
      default: return Math.min(x, y);
    }
  }

  @Differentiable
  public static double muladdAndFma(double x, double y, double z) {
    return (x * y + z) + Math.fma(x, y, z);
  }

  /** Julia's clamp(x, lo, hi): hi when x > hi, else lo when x < lo, else x. */
  @Differentiable
  public static double clamp(double x, double lo, double hi) {
    return x > hi ? hi : (x < lo ? lo : x);
  }

  /** x ^ n for an integer n: Julia's power_by_squaring, as a Java programmer writes it. */
  @Differentiable
  public static double powInt(double x, int n) {
    double result = 1;
    double base = x;
    int e = Math.abs(n);
    while (e > 0) {
      if ((e & 1) == 1) result *= base;
      base *= base;
      e >>= 1;
    }
    return n < 0 ? 1 / result : result;
  }

  @Differentiable
  public static double powIntMath(double x, int n) {
    return Math.pow(x, n);
  }

  /** sign itself, at 0 in FourthPeerEdgeCasesTest (ChainRules' ZeroTangent over the point discontinuity). */
  @Differentiable
  public static double signOnly(double x) {
    return Math.signum(x);
  }

  /** x ^ y with both real: the test's x < 0 with y = 3, where ChainRules gives d/dy = 0. */
  @Differentiable
  public static double powReal(double x, double y) {
    return Math.pow(x, y);
  }

  @Differentiable
  public static double sign(double x) {
    return Math.signum(x) * x * x;
  }
}
