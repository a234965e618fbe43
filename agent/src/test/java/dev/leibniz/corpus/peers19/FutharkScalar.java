package dev.leibniz.corpus.peers19;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The nineteenth peer round").
 * Source: Futhark (diku-dk/futhark on GitHub) at commit 48a0c814248b0a2f340234aab979cb57dfdd7b19, the scalar
 * programs of tests/ad: fadd.fut, fmul.fut, fdiv.fut, if0.fut, if1.fut, negate.fut, pow0.fut, cmp0.fut,
 * lighthouse.fut (Griewank's lighthouse), rev_unused.fut, rev_const.fut, conv0.fut, conv1.fut, conv2.fut,
 * fwd/red0.fut, fwd/map0.fut, fwd/scatter0.fut, and the inner derivative that the nested test issue2229_jvp.fut
 * differentiates again.
 * Licence: ISC. Copyright (c) 2013-2022. DIKU, University of Copenhagen. Permission to use, copy, modify, and/or
 * distribute this software for any purpose with or without fee is hereby granted, provided that the above copyright
 * notice and this permission notice appear in all copies (see the ISC licence text); changes: the Futhark programs
 * rewritten in Java.
 * Translation: f64 is double, f32 float; a tuple result is written into an output array; Futhark's i32 test values
 * are doubles (Leibniz differentiates floating point); a function that the test nests inside another jvp/vjp is the
 * inner derivative written by hand, as a Java user would (the tests' outer derivative is then this entry's).
 */

import dev.leibniz.Differentiable;

public final class FutharkScalar {
  private FutharkScalar() {}

  /** fadd.fut: x + y. */
  @Differentiable
  public static double fadd(double x, double y) {
    return x + y;
  }

  /** fmul.fut: x * y. */
  @Differentiable
  public static double fmul(double x, double y) {
    return x * y;
  }

  /** fdiv.fut: x / y. */
  @Differentiable
  public static double fdiv(double x, double y) {
    return x / y;
  }

  /** if0.fut: if b then x * y else x / y. */
  @Differentiable
  public static double if0(boolean b, double x, double y) {
    if (b) {
      return x * y;
    }
    return x / y;
  }

  /** if1.fut: let y = if b then x * x else x in y + x. */
  @Differentiable
  public static double if1(boolean b, double x) {
    double y = b ? x * x : x;
    double z = y + x;
    return z;
  }

  /** negate.fut: -x (f32). */
  @Differentiable
  public static float negate(float x) {
    return -x;
  }

  /** pow0.fut: x ** y ("the power function has a dangerous kink for x == 0"). */
  @Differentiable
  public static double pow0(double x, double y) {
    return Math.pow(x, y);
  }

  /** cmp0.fut: a == b, a boolean as 0 or 1 (the derivatives of comparisons are always zero). */
  @Differentiable
  public static double cmp0(double a, double b) {
    return a == b ? 1.0 : 0.0;
  }

  /** lighthouse.fut (from Griewank 2008): (y1, y2) of the lighthouse into y[0], y[1]. */
  @Differentiable
  public static void lighthouse(double nu, double gamma, double omega, double t, double[] y) {
    double y1 = (nu * Math.tan(omega * t)) / (gamma - Math.tan(omega * t));
    double y2 = (gamma * nu * Math.tan(omega * t)) / (gamma - Math.tan(omega * t));
    y[0] = y1;
    y[1] = y2;
  }

  /** rev_unused.fut: (x', _) -> x' + 2, the second parameter unused (f32). */
  @Differentiable
  public static float revUnused(float x, float y) {
    return x + 2;
  }

  /** rev_const.fut: (x', y') -> (x' + y', 0), the second result constant. */
  @Differentiable
  public static void revConst(double x, double y, double[] out) {
    out[0] = x + y;
    out[1] = 0;
  }

  /** conv0.fut: f32.f64, a double narrowed to float. */
  @Differentiable
  public static float conv0(double x) {
    return (float) x;
  }

  /** conv1.fut: i32.f64, a double truncated to int (returned as double, a Java result must be differentiable). */
  @Differentiable
  public static double conv1(double x) {
    int i = (int) x;
    return i;
  }

  /** conv2.fut: i32.f64 (f64.ceil x). */
  @Differentiable
  public static double conv2(double x) {
    return (int) Math.ceil(x);
  }

  /** fwd/red0.fut: reduce (*) 1 [1, 2, x, 4]. */
  @Differentiable
  public static double red0(double x) {
    double[] xs = {1, 2, x, 4};
    double p = 1;
    for (double v : xs) {
      p *= v;
    }
    return p;
  }

  /** fwd/map0.fut: map (* (x * x)) [0, 1, 2]. */
  @Differentiable
  public static void map0(double x, double[] out) {
    double[] c = {0, 1, 2};
    for (int i = 0; i < c.length; i++) {
      out[i] = c[i] * (x * x);
    }
  }

  /** fwd/scatter0.fut: spread 5 1 [0, 1, 2] [x, x * x, x * x * x]. */
  @Differentiable
  public static void spread(double x, double[] out) {
    double[] vs = {x, x * x, x * x * x};
    int[] is = {0, 1, 2};
    java.util.Arrays.fill(out, 1);
    for (int k = 0; k < is.length; k++) {
      out[is[k]] = vs[k];
    }
  }

  /** issue2229_jvp.fut: inner a b = grad (\x -> (x - b) ** 2) a, by hand; the test takes its derivative in b. */
  @Differentiable
  public static double issue2229Inner(double a, double b) {
    return 2 * (a - b);
  }
}
