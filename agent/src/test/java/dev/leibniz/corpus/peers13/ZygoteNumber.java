package dev.leibniz.corpus.peers13;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The thirteenth peer round").
 * Source: Zygote.jl (FluxML/Zygote.jl on GitHub), test/lib/number.jl at commit
 * 18367efc61ab52189e5725094e7e7ec36d9a10ca (testsets "nograds", "basics", "literal_pow at zero (#1598)", "flipsign /
 * copysign", "Complex numbers"): the functions those tests differentiate, each as the test writes it, with Julia's
 * flipsign as Base computes it (the sign bit of y xor-ed into x's bits).
 * Licence: MIT ("Expat"). Copyright (c) 2018: Mike J Innes. "Permission is hereby granted, free of charge, to any
 * person obtaining a copy of this software ... The above copyright notice and this permission notice shall be
 * included in all copies or substantial portions of the Software." Written here in Java from the Julia tests.
 * Translation: x^n with a literal n is Math.pow(x, n); Int32(x) is a cast to int and back; a complex number is its
 * two parts; broadcasting is a loop.
 */

import dev.leibniz.Differentiable;

public final class ZygoteNumber {
  private ZygoteNumber() {}

  private static final long SIGN = 0x8000_0000_0000_0000L;

  /** "nograds": gradient(floor, 1) === (0.0,). */
  @Differentiable
  public static double floor(double x) {
    return Math.floor(x);
  }

  /** gradient(ceil, 1) === (0.0,). */
  @Differentiable
  public static double ceil(double x) {
    return Math.ceil(x);
  }

  /** gradient(round, 1) === (0.0,) (Julia rounds half to even: Math.rint). */
  @Differentiable
  public static double round(double x) {
    return Math.rint(x);
  }

  /** "basics": gradient(Int32, 2) == (1.0,) (Zygote's rule passes the derivative through the conversion). */
  @Differentiable
  public static double toInt32(double x) {
    return (int) x;
  }

  /** gradient(+, 2.0, 3, 4.0, 5.0) == (1.0, 1.0, 1.0, 1.0). */
  @Differentiable
  public static double plus4(double a, double b, double c, double d) {
    return a + b + c + d;
  }

  /** gradient(//, 3, 2) == (1//2, -3//4). */
  @Differentiable
  public static double rational(double a, double b) {
    return a / b;
  }

  /** "literal_pow at zero (#1598)": sqrt(x^2): 0 at 0.0 (the cusp), 1 at 2.0, -1 at -2.0. */
  @Differentiable
  public static double sqrtOfSquare(double x) {
    return Math.sqrt(Math.pow(x, 2));
  }

  /** gradient(x -> x^2, 0.0) == (0.0,), at 3.0 == (6.0,). */
  @Differentiable
  public static double square(double x) {
    return Math.pow(x, 2);
  }

  /** gradient(x -> x^3, 0.0) == (0.0,). */
  @Differentiable
  public static double cube(double x) {
    return Math.pow(x, 3);
  }

  /** gradient(x -> sum(sqrt.(x.^2)), [0.0, 1.0, -2.0]) == ([0.0, 1.0, -1.0],). */
  @Differentiable
  public static double sumSqrtOfSquares(double[] x) {
    double s = 0;
    for (double v : x) s += Math.sqrt(Math.pow(v, 2));
    return s;
  }

  /** gradient(x -> sum(x.^2), [0.0, 1.0]) == ([0.0, 2.0],). */
  @Differentiable
  public static double sumSquares(double[] x) {
    double s = 0;
    for (double v : x) s += Math.pow(v, 2);
    return s;
  }

  /** Julia's flipsign(x, y): x with its sign flipped when y's sign bit is set, by the bits. */
  static double flipsignOf(double x, double y) {
    return Double.longBitsToDouble(Double.doubleToRawLongBits(x) ^ (Double.doubleToRawLongBits(y) & SIGN));
  }

  /** "flipsign / copysign": gradient(flipsign, x, y)[1] == flipsign(1.0, y), [2] === nothing. */
  @Differentiable
  public static double flipsign(double x, double y) {
    return flipsignOf(x, y);
  }

  /** gradient(copysign, x, y)[1] == flipsign(1.0, x * y), [2] === nothing. */
  @Differentiable
  public static double copysign(double x, double y) {
    return Math.copySign(x, y);
  }

  /** gradient(x -> flipsign(x, -3.0), 2.0) == (-1.0,). */
  @Differentiable
  public static double flipsignMinus3(double x) {
    return flipsignOf(x, -3.0);
  }

  /** gradient(x -> copysign(x, -3.0), 2.0) == (-1.0,). */
  @Differentiable
  public static double copysignMinus3(double x) {
    return Math.copySign(x, -3.0);
  }

  /** "Complex numbers": gradient(abs2, 3.0) == (6.0,). */
  @Differentiable
  public static double abs2(double x) {
    return x * x;
  }

  /** gradient(abs2, 3.0+2im) == (6.0 + 4.0im,). */
  @Differentiable
  public static double abs2Complex(double re, double im) {
    return re * re + im * im;
  }

  /** gradient(real ∘ Complex, 3.0, 2.0) == (1.0, 0.0). */
  @Differentiable
  public static double realOfComplex(double re, double im) {
    double[] z = {re, im};
    return z[0];
  }
}
