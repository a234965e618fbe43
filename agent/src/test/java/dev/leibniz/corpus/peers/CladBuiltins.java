package dev.leibniz.corpus.peers;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The peer round").
 * Source: Clad (vgvassilev/clad on GitHub, commit 4b2c0eef), test/FirstDerivative/BuiltinDerivatives.C: one function
 * per <cmath> function Clad gives a built-in derivative, in float and double.
 * Licence: Clad is LGPL-3.0. No text was copied: each function was written here, in Java, from what the C++ function
 * computes (same name).
 * Translation: the <cmath> function is its java.lang.Math counterpart (std::remainder is Math.IEEEremainder, fmodf is
 * the float % operator, fdim(x, y) is Math.max(x - y, 0), exp2f is (float) Math.pow(2, x), log2 is
 * Math.log(x) / Math.log(2), the long double variants are double); a float function of a float argument calls the
 * double function and narrows, as C's float overloads round. Functions Java lacks (expint, erf, lgamma, beta, the
 * inverse hyperbolics) are left out. f_pow_zero is checked at x = 0, where pow(x, y)'s partial in y is 0 and the
 * textbook formula log(x) x^y is NaN.
 */

import dev.leibniz.Differentiable;

public final class CladBuiltins {
  private CladBuiltins() {}

  @Differentiable
  public static float f4(float x, float y) {
    return (float) Math.sin(x * x) + (float) Math.sin(y * y);
  }

  @Differentiable
  public static float f6(float x) {
    return (float) Math.exp(x * x);
  }

  @Differentiable
  public static double f8(float x) {
    return Math.pow(x, 2);
  }

  @Differentiable
  public static float f9(float x, float y) {
    return (float) Math.pow(x, y);
  }

  @Differentiable
  public static double f10(float x, int y) {
    return Math.pow(x, y);
  }

  @Differentiable
  public static double f11(double x, double y) {
    return Math.pow((1. - x), 2) + 100. * Math.pow(y - Math.pow(x, 2), 2);
  }

  @Differentiable
  public static double f12(double a, double b) {
    return Math.fma(a, b, b);
  }

  @Differentiable
  public static double f15(double y, double x) {
    return Math.atan2(y, x);
  }

  @Differentiable
  public static float f16(float x) {
    return (float) Math.acos(x);
  }

  @Differentiable
  public static double f17(double x) {
    double y = Math.abs(x);
    return 2 * y;
  }

  @Differentiable
  public static double f_tan(double x) {
    return Math.tan(x);
  }

  @Differentiable
  public static double f_cosh(double x) {
    return Math.cosh(x);
  }

  @Differentiable
  public static double f_sinh(double x) {
    return Math.sinh(x);
  }

  @Differentiable
  public static double f_asin(double x) {
    return Math.asin(x);
  }

  @Differentiable
  public static double f_atan(double x) {
    return Math.atan(x);
  }

  @Differentiable
  public static double f_log10(double x) {
    return Math.log10(x);
  }

  @Differentiable
  public static double f_log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  @Differentiable
  public static double f_cbrt(double x) {
    return Math.cbrt(x);
  }

  @Differentiable
  public static double f_hypot(double x, double y) {
    return Math.hypot(x, y);
  }

  @Differentiable
  public static double f_fmodf(double x, double y) {
    return (float) x % (float) y;
  }

  @Differentiable
  public static double f_remainder(double x, double y) {
    return Math.IEEEremainder(x, y);
  }

  @Differentiable
  public static double f_fmaxf(double x, double y) {
    return Math.max((float) x, (float) y);
  }

  @Differentiable
  public static double f_fmin(double x, double y) {
    return Math.min(x, y);
  }

  @Differentiable
  public static double f_fdim(double x, double y) {
    return Math.max(x - y, 0);
  }

  @Differentiable
  public static double f_exp2f(double x) {
    return (float) Math.pow(2, (float) x);
  }

  @Differentiable
  public static double f_expm1l(double x) {
    return Math.expm1(x);
  }

  @Differentiable
  public static double f_log1pl(double x) {
    return Math.log1p(x);
  }

  @Differentiable
  public static double f_tanhl(double x) {
    return Math.tanh(x);
  }

  @Differentiable
  public static double f_pow_zero(double x, double y) {
    return Math.pow(x, y);
  }
}
