package dev.leibniz.corpus.peers5;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The fifth peer round").
 * Source: Enzyme.jl (EnzymeAD/Enzyme.jl on GitHub), test/basic.jl (commit 1de77c39): the testsets "Simple tests"
 * (f1(x) = 1.0 + x, f2(x) = x * x, and test_scalar of log2, log1p, log10, acos, atan, cbrt, sinh, cosh, sinc, the
 * exp_fast family, exp10, exp2, expm1, rem(x, 1), rem2pi(x, RoundDown), fma(x, x + 1, x / 3), tanh in Float64 and
 * Float32, atan of two arguments), "Compare against" (foo(x) = asin(0.2 + sin(x)); f74(a, c) = a * sqrt(c) with c a
 * constant integer), "SinCos", "BoxFloat",
 * "Taylor series tests" (euroad, -log(1 - f) as the sum of f^i / i), "Globals" (x^2 times a const, a mutable and a
 * typed global) and the second "Simple tests" (g(x) = real((x + im) * (1 - im * x))).
 * Licence: MIT (Copyright (c) 2020 William Moses, Valentin Churavy, and other contributors).
 * Translation (written here in Java; no comments copied): the scalar functions are one method switching on the Julia
 * name as a String (log2 as log(x) / log(2), exp_fast as StrictMath.exp, exp2 and exp10 as Math.pow, asin as in
 * "Compare against", sinc with Julia's exact x == 0 case,
 * rem(x, 1) as %, rem2pi(x, RoundDown) by Math.floor); the Float32 cases a second method on float; sincos is a helper
 * returning a double[2]; the boxed Float64 is a Double through an Object; Julia's Complex is a small final class; euroad runs
 * 10^4 terms instead of 10^7 (at f = 0.5 the terms past i = 1075 are 0 in double); the mutable global is a non-final
 * static field.
 */

import dev.leibniz.Differentiable;

public final class EnzymeJlScalars {
  private EnzymeJlScalars() {}

  private static final double LOG2 = Math.log(2.0);

  @Differentiable
  public static double scalar(String name, double x) {
    switch (name) {
      case "f1": return 1.0 + x;
      case "f2": return x * x;
      case "log2": return Math.log(x) / LOG2;
      case "log1p": return Math.log1p(x);
      case "log10": return Math.log10(x);
      case "acos": return Math.acos(x);
      case "atan": return Math.atan(x);
      case "cbrt": return Math.cbrt(x);
      case "sinh": return Math.sinh(x);
      case "cosh": return Math.cosh(x);
      case "sinc": return x == 0 ? 1.0 : Math.sin(Math.PI * x) / (Math.PI * x);
      case "exp_fast": return StrictMath.exp(x);
      case "exp2": return Math.pow(2.0, x);
      case "exp10": return Math.pow(10.0, x);
      case "expm1": return Math.expm1(x);
      case "rem": return x % 1;
      case "rem2pi": return x - 2 * Math.PI * Math.floor(x / (2 * Math.PI));
      case "fma": return Math.fma(x, x + 1, x / 3);
      case "tanh": return Math.tanh(x);
      case "asin": return Math.asin(x);
      default: throw new IllegalArgumentException(name);
    }
  }

  @Differentiable
  public static float scalarFloat(int code, float x) {
    switch (code) {
      case 0: return (float) Math.tanh(x);
      case 1: return (float) Math.cbrt(x);
      case 2: return (float) Math.pow(2, x);
      case 3: return (float) Math.pow(10, x);
      default: return (float) Math.exp(x);
    }
  }

  @Differentiable
  public static double atan2(double y, double x) {
    return Math.atan2(y, x);
  }

  @Differentiable
  public static double foo(double x) {
    double a = Math.sin(x);
    double b = 0.2 + a;
    double c = Math.asin(b);
    return c;
  }

  @Differentiable
  public static double f74(double a, int c) {
    return a * Math.sqrt(c);
  }

  static double[] sincos(double theta) {
    return new double[] {Math.sin(theta), Math.cos(theta)};
  }

  @Differentiable
  public static double sumsincos(double theta) {
    double[] ab = sincos(theta);
    return ab[0] + ab[1];
  }

  @Differentiable
  public static double boxfloat(double x) {
    Object boxed = x;
    return Math.sin((Double) boxed) + (Double) boxed;
  }

  static final class Complex {
    final double re;
    final double im;

    Complex(double re, double im) {
      this.re = re;
      this.im = im;
    }

    Complex plus(Complex o) {
      return new Complex(re + o.re, im + o.im);
    }

    Complex times(Complex o) {
      return new Complex(re * o.re - im * o.im, re * o.im + im * o.re);
    }
  }

  static final Complex IM = new Complex(0, 1);

  @Differentiable
  public static double g(double x) {
    Complex z = new Complex(x, 0).plus(IM).times(new Complex(1, -x));
    return z.re;
  }

  @Differentiable
  public static double euroad(double f) {
    double g = 0;
    for (int i = 1; i <= 10_000; i++) {
      g += Math.pow(f, i) / i;
    }
    return g;
  }

  static final double CONST_VAL = 2.0;
  static double mutableVal = 2.0;

  @Differentiable
  public static double fConstGlobal(double x) {
    return x * x * CONST_VAL;
  }

  @Differentiable
  public static double fMutableGlobal(double x) {
    return Math.pow(x, 2) * mutableVal;
  }
}
