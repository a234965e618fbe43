package dev.leibniz.corpus.peers6;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The sixth peer round").
 * Source: JAX (jax-ml/jax on GitHub), tests/lax_autodiff_test.py at commit 00003c2d: LAX_GRAD_OPS (testOpGrad, each
 * op checked by check_grads in both modes at shape (3,) or a pair of shapes (3,)) and LAX_GRAD_SPECIAL_VALUE_TESTS
 * (testOpGradSpecialValue): floor, round, exp, exp2, expm1, log, log1p, tanh, sin, cos, tan, asin, acos, atan
 * (special values), atan2, erf, erfc, erf_inv, bessel_i0e, bessel_i1e, abs, pow, sqrt, rsqrt, cbrt, logistic, div, max,
 * min (neg, ceil, add, sub, mul, sinh and cosh left out: the same shapes as taken ones); and testPowSecondDerivative's first derivatives at (4, 0),
 * testPowIntPowerAtZero (x ** n at (0., 0)) and testPowIntPowerAtZero2 (the five forms at 3.14).
 * Licence: Apache-2.0 (Copyright 2020 The JAX Authors).
 * Translation (written here in Java; no comments copied): each lax op is a static method writing an output array
 * elementwise, as a Java programmer ports an array op; the points are in the range of the test's rng factory
 * (rand_default, rand_small, rand_positive, rand_uniform(low, high), rand_not_small) and fixed here; Java has no erf,
 * erf_inv, I0e or I1e: erf is Abramowitz and Stegun's formula 7.1.26 (odd by symmetry), erf_inv is Giles' polynomial
 * approximation (the one XLA uses for float), I0e and I1e are the power series of I0 and I1 times exp(-|x|); lax.round
 * rounds half away from zero (Math.floor of |x| + 0.5 with the sign); logistic is 1 / (1 + exp(-x)).
 */

import dev.leibniz.Differentiable;

public final class JaxLaxElementwise {
  private JaxLaxElementwise() {}

  @Differentiable
  public static void floor(double[] x, double[] out) {
    for (int i = 0; i < x.length; i++) out[i] = Math.floor(x[i]);
  }

  /** Half away from zero, as lax.round's default. */
  @Differentiable
  public static void round(double[] x, double[] out) {
    for (int i = 0; i < x.length; i++) out[i] = Math.copySign(Math.floor(Math.abs(x[i]) + 0.5), x[i]);
  }

  @Differentiable
  public static void exp(double[] x, double[] out) {
    for (int i = 0; i < x.length; i++) out[i] = Math.exp(x[i]);
  }

  @Differentiable
  public static void exp2(double[] x, double[] out) {
    for (int i = 0; i < x.length; i++) out[i] = Math.pow(2, x[i]);
  }

  @Differentiable
  public static void expm1(double[] x, double[] out) {
    for (int i = 0; i < x.length; i++) out[i] = Math.expm1(x[i]);
  }

  @Differentiable
  public static void log(double[] x, double[] out) {
    for (int i = 0; i < x.length; i++) out[i] = Math.log(x[i]);
  }

  @Differentiable
  public static void log1p(double[] x, double[] out) {
    for (int i = 0; i < x.length; i++) out[i] = Math.log1p(x[i]);
  }

  @Differentiable
  public static void tanh(double[] x, double[] out) {
    for (int i = 0; i < x.length; i++) out[i] = Math.tanh(x[i]);
  }

  @Differentiable
  public static void sin(double[] x, double[] out) {
    for (int i = 0; i < x.length; i++) out[i] = Math.sin(x[i]);
  }

  @Differentiable
  public static void cos(double[] x, double[] out) {
    for (int i = 0; i < x.length; i++) out[i] = Math.cos(x[i]);
  }

  @Differentiable
  public static void tan(double[] x, double[] out) {
    for (int i = 0; i < x.length; i++) out[i] = Math.tan(x[i]);
  }

  @Differentiable
  public static void asin(double[] x, double[] out) {
    for (int i = 0; i < x.length; i++) out[i] = Math.asin(x[i]);
  }

  @Differentiable
  public static void acos(double[] x, double[] out) {
    for (int i = 0; i < x.length; i++) out[i] = Math.acos(x[i]);
  }

  @Differentiable
  public static void atan(double[] x, double[] out) {
    for (int i = 0; i < x.length; i++) out[i] = Math.atan(x[i]);
  }

  @Differentiable
  public static void atan2(double[] y, double[] x, double[] out) {
    for (int i = 0; i < x.length; i++) out[i] = Math.atan2(y[i], x[i]);
  }

  /** Abramowitz and Stegun 7.1.26 for x >= 0, odd by symmetry. */
  static double erf(double x) {
    if (x < 0) return -erf(-x);
    double t = 1 / (1 + 0.3275911 * x);
    double poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
    return 1 - poly * Math.exp(-x * x);
  }

  @Differentiable
  public static void erf(double[] x, double[] out) {
    for (int i = 0; i < x.length; i++) out[i] = erf(x[i]);
  }

  @Differentiable
  public static void erfc(double[] x, double[] out) {
    for (int i = 0; i < x.length; i++) out[i] = 1 - erf(x[i]);
  }

  /** Giles' approximation of erf^-1 ("Approximating the erfinv function", GPU Computing Gems, 2011). */
  static double erfInv(double x) {
    double w = -Math.log((1 - x) * (1 + x));
    double p;
    if (w < 5) {
      w = w - 2.5;
      p = 2.81022636e-08;
      p = 3.43273939e-07 + p * w;
      p = -3.5233877e-06 + p * w;
      p = -4.39150654e-06 + p * w;
      p = 0.00021858087 + p * w;
      p = -0.00125372503 + p * w;
      p = -0.00417768164 + p * w;
      p = 0.246640727 + p * w;
      p = 1.50140941 + p * w;
    } else {
      w = Math.sqrt(w) - 3;
      p = -0.000200214257;
      p = 0.000100950558 + p * w;
      p = 0.00134934322 + p * w;
      p = -0.00367342844 + p * w;
      p = 0.00573950773 + p * w;
      p = -0.0076224613 + p * w;
      p = 0.00943887047 + p * w;
      p = 1.00167406 + p * w;
      p = 2.83297682 + p * w;
    }
    return p * x;
  }

  @Differentiable
  public static void erfInv(double[] x, double[] out) {
    for (int i = 0; i < x.length; i++) out[i] = erfInv(x[i]);
  }

  /** I0(x) exp(-|x|) by the power series of I0. */
  static double besselI0e(double x) {
    double q = x * x / 4, term = 1, sum = 1;
    for (int k = 1; term > 1e-17 * sum; k++) {
      term *= q / ((double) k * k);
      sum += term;
    }
    return sum * Math.exp(-Math.abs(x));
  }

  /** I1(x) exp(-|x|) by the power series of I1. */
  static double besselI1e(double x) {
    double q = x * x / 4, term = x / 2, sum = term;
    for (int k = 1; Math.abs(term) > 1e-17 * Math.abs(sum); k++) {
      term *= q / ((double) k * (k + 1));
      sum += term;
    }
    return sum * Math.exp(-Math.abs(x));
  }

  @Differentiable
  public static void besselI0e(double[] x, double[] out) {
    for (int i = 0; i < x.length; i++) out[i] = besselI0e(x[i]);
  }

  @Differentiable
  public static void besselI1e(double[] x, double[] out) {
    for (int i = 0; i < x.length; i++) out[i] = besselI1e(x[i]);
  }

  @Differentiable
  public static void abs(double[] x, double[] out) {
    for (int i = 0; i < x.length; i++) out[i] = Math.abs(x[i]);
  }

  @Differentiable
  public static void pow(double[] x, double[] y, double[] out) {
    for (int i = 0; i < x.length; i++) out[i] = Math.pow(x[i], y[i]);
  }

  @Differentiable
  public static void sqrt(double[] x, double[] out) {
    for (int i = 0; i < x.length; i++) out[i] = Math.sqrt(x[i]);
  }

  @Differentiable
  public static void rsqrt(double[] x, double[] out) {
    for (int i = 0; i < x.length; i++) out[i] = 1 / Math.sqrt(x[i]);
  }

  @Differentiable
  public static void cbrt(double[] x, double[] out) {
    for (int i = 0; i < x.length; i++) out[i] = Math.cbrt(x[i]);
  }

  @Differentiable
  public static void logistic(double[] x, double[] out) {
    for (int i = 0; i < x.length; i++) out[i] = 1 / (1 + Math.exp(-x[i]));
  }

  @Differentiable
  public static void div(double[] x, double[] y, double[] out) {
    for (int i = 0; i < x.length; i++) out[i] = x[i] / y[i];
  }

  @Differentiable
  public static void max(double[] x, double[] y, double[] out) {
    for (int i = 0; i < x.length; i++) out[i] = Math.max(x[i], y[i]);
  }

  @Differentiable
  public static void min(double[] x, double[] y, double[] out) {
    for (int i = 0; i < x.length; i++) out[i] = Math.min(x[i], y[i]);
  }

  /** testPowSecondDerivative's function, lax.pow(x, y), at (4, 0) (first derivatives 0 and log 4). */
  @Differentiable
  public static double powScalar(double x, double y) {
    return Math.pow(x, y);
  }

  /** testPowIntPowerAtZero: x ** n with an integer n, at (0., 0): derivative 0. */
  @Differentiable
  public static double powInt(double x, int n) {
    return Math.pow(x, n);
  }

  /** testPowIntPowerAtZero2: the five forms a to e, each with derivative 1 at 3.14. */
  @Differentiable
  public static double powIntAtZero2(int form, double z) {
    switch (form) {
      case 0: {
        double s = 0;
        for (int k = 0; k < 2; k++) s += Math.pow(z, k);
        return s;
      }
      case 1: {
        double s = 0;
        for (double k = 0; k < 2; k++) s += Math.pow(z, k);
        return s;
      }
      case 2:
        return 1 + z;
      case 3:
        return Math.pow(z, 0) + z;
      default:
        return Math.pow(z, 0.0) + z;
    }
  }
}
