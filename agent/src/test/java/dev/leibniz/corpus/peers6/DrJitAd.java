package dev.leibniz.corpus.peers6;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The sixth peer round").
 * Source: Dr.Jit (mitsuba-renderer/drjit on GitHub), tests/python/test_ad.py at commit 05b5b297 (the Enoki-era AD
 * tests): test05 sub_mul, test07/09/11 hsum, test13 hprod, test14 hmax, test21 gather, test23 scatter_reduce, test25
 * scatter, test26 scatter_fwd, test27 scatter permute, test28 exp and test29 log (of x*x), test31, 32, 34 csc, sec, cot
 * (of x*x), test43-45 asinh, acosh, atanh, test46 safe_sqrt/safe_acos/safe_asin, test50 the Normalize custom op, test56
 * NaN propagation through a select, test58 the differentiable loop, test60 the masked loop with scatter_reduce (the
 * plain elementwise tests, sqrt, sin, tanh..., are taken from JAX's lax tests in this round instead).
 * Licence: BSD-3-Clause (Copyright (c) 2021 Wenzel Jakob).
 * Translation (written here in Java; no comments copied): Dr.Jit's arrays are double[] (the tests' Float arrays, at
 * their ek.linspace points, computed here by linspace); an elementwise op writes an output array; hsum, hprod, hmax and
 * dot are loops; gather and scatter are index loops over int[]; ek.backward(y) of an array result is the adjoint seeded
 * with ones (here the harness seeds every output); Java has no asinh, acosh, atanh, csc, sec, cot: they are written
 * with Math.log, Math.sqrt and 1 / Math.sin etc. as a Java programmer would; safe_sqrt is sqrt(max(x, 0)), safe_acos
 * and safe_asin clamp to [-1, 1].
 */

import dev.leibniz.Differentiable;

public final class DrJitAd {
  private DrJitAd() {}

  /** ek.linspace(Float, min, max, n). */
  public static double[] linspace(double min, double max, int n) {
    double[] x = new double[n];
    for (int i = 0; i < n; i++) x[i] = min + (max - min) * i / (n - 1);
    return x;
  }

  static double hsum(double[] x) {
    double s = 0;
    for (double v : x) s += v;
    return s;
  }

  static double[] square(double[] x) {
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) y[i] = x[i] * x[i];
    return y;
  }

  @Differentiable
  public static double subMul(double a, double b, double c) {
    return a * b - c;
  }

  @Differentiable
  public static double hsum0(double[] x) {
    return hsum(square(x));
  }

  @Differentiable
  public static double hsum1(double[] x) {
    double s = hsum(x);
    double t = 0;
    for (double v : x) t += s * v;
    return t;
  }

  @Differentiable
  public static double hsum2(double[] x) {
    double[] x2 = square(x);
    double s = hsum(x2);
    double z = 0;
    for (double v : x2) z += s * v;
    return z;
  }

  @Differentiable
  public static double hprod(double[] x) {
    double p = 1;
    for (double v : x) p *= v;
    return p;
  }

  @Differentiable
  public static double hmax(double[] x) {
    double m = Double.NEGATIVE_INFINITY;
    for (double v : x) m = Math.max(m, v);
    return m;
  }

  /** hsum(gather(x * x, [1, 1, 2, 3])). */
  @Differentiable
  public static double gather(double[] x) {
    double[] x2 = square(x);
    int[] index = {1, 1, 2, 3};
    double z = 0;
    for (int i : index) z += x2[i];
    return z;
  }

  /** scatter_reduce(Add) of x at 0..4 and y at 3..6 into a zero buffer of 10, then dot(buf, buf). */
  @Differentiable
  public static double scatterReduce(double[] x, double[] y, double[] buf) {
    double[] b = buf.clone();
    for (int i = 0; i < x.length; i++) b[i] += x[i];
    for (int i = 0; i < y.length; i++) b[i + 3] += y[i];
    double s = 0;
    for (double v : b) s += v * v;
    return s;
  }

  /** scatter of x at 0..4 then of y at 3..6 (overwriting), then dot(buf, buf). */
  @Differentiable
  public static double scatter(double[] x, double[] y, double[] buf) {
    double[] b = buf.clone();
    for (int i = 0; i < x.length; i++) b[i] = x[i];
    for (int i = 0; i < y.length; i++) b[i + 3] = y[i];
    double s = 0;
    for (double v : b) s += v * v;
    return s;
  }

  /** x * x * linspace(1, 4, 4) scattered at 0, 2, 4, 6 of a zero buffer, then entry 0 overwritten by 3. */
  @Differentiable
  public static double[] scatterFwd(double x) {
    double[] buf = new double[10];
    double[] ramp = linspace(1, 4, 4);
    for (int i = 0; i < 4; i++) buf[2 * i] = x * x * ramp[i];
    buf[0] = 3;
    return buf;
  }

  /** x * linspace(1, 9, 5) into 0..4 and x * linspace(11, 19, 5) into 5..9. */
  @Differentiable
  public static double[] scatterPermute(double x) {
    double[] buf = new double[10];
    double[] a = linspace(1, 9, 5), b = linspace(11, 19, 5);
    for (int i = 0; i < 5; i++) {
      buf[i] = x * a[i];
      buf[i + 5] = x * b[i];
    }
    return buf;
  }

  @Differentiable
  public static void expOfSquare(double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) y[i] = Math.exp(x[i] * x[i]);
  }

  @Differentiable
  public static void logOfSquare(double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) y[i] = Math.log(x[i] * x[i]);
  }

  @Differentiable
  public static void csc(double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) y[i] = 1 / Math.sin(x[i] * x[i]);
  }

  @Differentiable
  public static void sec(double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) y[i] = 1 / Math.cos(x[i] * x[i]);
  }

  @Differentiable
  public static void cot(double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) y[i] = 1 / Math.tan(x[i] * x[i]);
  }

  static double asinh(double x) {
    return Math.log(x + Math.sqrt(x * x + 1));
  }

  static double acosh(double x) {
    return Math.log(x + Math.sqrt(x * x - 1));
  }

  static double atanh(double x) {
    return 0.5 * Math.log((1 + x) / (1 - x));
  }

  @Differentiable
  public static void asinh(double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) y[i] = asinh(x[i]);
  }

  @Differentiable
  public static void acosh(double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) y[i] = acosh(x[i]);
  }

  @Differentiable
  public static void atanh(double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) y[i] = atanh(x[i]);
  }

  static double clamp(double v, double lo, double hi) {
    return Math.max(lo, Math.min(hi, v));
  }

  /** safe_sqrt(x) + safe_acos(y) + safe_asin(z), each summed (three backward passes accumulate). */
  @Differentiable
  public static double safeFunctions(double[] x, double[] y, double[] z) {
    double s = 0;
    for (double v : x) s += Math.sqrt(Math.max(v, 0));
    for (double v : y) s += Math.acos(clamp(v, -1, 1));
    for (double v : z) s += Math.asin(clamp(v, -1, 1));
    return s;
  }

  /** The Normalize custom op: value / norm(value). */
  @Differentiable
  public static double[] normalize(double[] value) {
    double norm = 0;
    for (double v : value) norm += v * v;
    double invNorm = 1 / Math.sqrt(norm);
    double[] out = new double[value.length];
    for (int i = 0; i < value.length; i++) out[i] = value[i] * invNorm;
    return out;
  }

  /** select(x < limit, x, x * (0 / 0)). */
  @Differentiable
  public static void nanPropagation(double[] x, double limit, double[] y) {
    double f0 = 0;
    for (int i = 0; i < x.length; i++) y[i] = x[i] < limit ? x[i] : x[i] * (f0 / f0);
  }

  /** The differentiable loop: fo += fi while fo < 10, per lane. */
  @Differentiable
  public static void diffLoop(double[] fi, double[] fo) {
    for (int i = 0; i < fi.length; i++) {
      fo[i] = 0;
      while (fo[i] < 10) fo[i] += fi[i];
    }
  }

  /** The masked loop: each lane scatter-adds its fi at fo[i] for i from its start while i < 5. */
  @Differentiable
  public static double[] maskedLoop(double[] fi, int[] start) {
    double[] fo = new double[10];
    for (int lane = 0; lane < fi.length; lane++) {
      for (int i = start[lane]; i < 5; i++) fo[i] += fi[lane];
    }
    return fo;
  }
}
