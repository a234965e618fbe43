package dev.leibniz.corpus.peers3;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The third peer round").
 * Source: Ceres Solver (ceres-solver/ceres-solver on GitHub, commit of 2023, file id 1019523830 in the index),
 * internal/ceres/jet_test.cc: the expressions its Jet tests differentiate (Trigonometric: atan2(r sin t, r cos t);
 * Abs: abs(-x * x); Cbrt, Exp2, Log10, Log2, Erf, Erfc through NumericalTest at the test's points, 1e-200 and 0
 * included; Log1p: log1p(expm1(x)) down to 1e-16; Pow: pow(x, y) with both active, also at the special points (0, 2) and
 * (0, 1), and pow of a negative base to whole exponents; Hypot2 at the test's points near the axes and with x * x
 * underflowing or overflowing, Hypot3 as hypot(hypot(x, y), z) as the test asserts; Fdim; CopySign; FmaxJetWithJet
 * and FminJetWithJet with C's fmax/fmin treating NaN as missing; Fma).
 * Licence: BSD-3-Clause (Copyright Google Inc.). Translation (written here in Java; no comments copied): each tested
 * expression is a static method of doubles; exp2 is Math.pow(2, x), log2 is log(x) / log(2) (Java has neither),
 * C's fmax/fmin are written out with their NaN rule, fdim is Math.max(x - y, 0), erf/erfc are Hipparchus' (Erf),
 * three-argument hypot nests Math.hypot, fma is Math.fma.
 */

import dev.leibniz.Differentiable;
import org.hipparchus.special.Erf;

public final class CeresJet {
  private CeresJet() {}

  @Differentiable
  public static double atan2_polar(double t, double r) {
    return Math.atan2(r * Math.sin(t), r * Math.cos(t));
  }

  @Differentiable
  public static double abs_neg_square(double x) {
    return Math.abs(-x * x);
  }

  @Differentiable
  public static double cbrt(double x) {
    return Math.cbrt(x);
  }

  @Differentiable
  public static double log1p_expm1(double x) {
    return Math.log1p(Math.expm1(x));
  }

  @Differentiable
  public static double exp2(double x) {
    return Math.pow(2.0, x);
  }

  @Differentiable
  public static double log10(double x) {
    return Math.log10(x);
  }

  @Differentiable
  public static double log2(double x) {
    return Math.log(x) / Math.log(2.0);
  }

  @Differentiable
  public static double erf(double x) {
    return Erf.erf(x);
  }

  @Differentiable
  public static double erfc(double x) {
    return Erf.erfc(x);
  }

  @Differentiable
  public static double pow(double x, double y) {
    return Math.pow(x, y);
  }

  @Differentiable
  public static double pow_int_exponent(double a, int b) {
    return Math.pow(a, b);
  }

  @Differentiable
  public static double hypot2(double x, double y) {
    return Math.hypot(x, y);
  }

  @Differentiable
  public static double hypot3(double x, double y, double z) {
    return Math.hypot(Math.hypot(x, y), z);
  }

  @Differentiable
  public static double fdim(double x, double y) {
    return Math.max(x - y, 0.0);
  }

  @Differentiable
  public static double copysign(double x, double y) {
    return Math.copySign(x, y);
  }

  static double cFmax(double x, double y) {
    if (Double.isNaN(x)) {
      return y;
    }
    if (Double.isNaN(y)) {
      return x;
    }
    return x > y ? x : y;
  }

  static double cFmin(double x, double y) {
    if (Double.isNaN(x)) {
      return y;
    }
    if (Double.isNaN(y)) {
      return x;
    }
    return x < y ? x : y;
  }

  @Differentiable
  public static double fmax(double x, double y) {
    return cFmax(x, y);
  }

  @Differentiable
  public static double fmin(double x, double y) {
    return cFmin(x, y);
  }

  @Differentiable
  public static double fma(double x, double y, double z) {
    return Math.fma(x, y, z);
  }
}
