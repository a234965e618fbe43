package dev.leibniz.corpus.peers9;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The ninth peer round").
 * Source: XAD (auto-differentiation/xad on GitHub) at commit adb45376181ea9c40babc96038eb0487f433ff2b: the functions its
 * tests differentiate — test/ExpressionMath1_test.cpp (abs and fabs, smooth_abs with XAD's c = 0.001, floor, ceil,
 * trunc, round, fmod, remainder, remquo, atan2, hypot, cbrt), test/ExpressionMath3_test.cpp (nextafter, scalbn, max,
 * fmax, min, smooth_max, smooth_min, ldexp, frexp, modf), test/Hessian_test.cpp and test/Jacobian_test.cpp (the lambdas
 * `foo`), test/Checkpointing_test.cpp (g: n sines in place, f: g in chunks of m, g_rec: the recursive bisection) and
 * test/PartialRollback_test.cpp (evaluate(path, val) in its loops); smooth_abs as src/XAD/BinaryMathFunctors.hpp's
 * smooth_abs_op computes it, smooth_max/min as src/XAD/BinaryOperators.hpp.
 * Licence: AGPL-3.0. Rewritten here from what each function computes, never copied; no comments or code taken.
 * Translation: C++'s `T& x` out-parameter is a double[1] updated in place; remquo's and frexp's int* and modf's double*
 * are int[1] and double[1]; trunc is a cast through long, round half away from zero as in CodipackExpressions; fmod is
 * Java's %, remainder Math.IEEEremainder, scalbn/ldexp Math.scalb, nextafter Math.nextAfter; a std::vector<AD> is a
 * double[]; the vector-valued Jacobian lambda writes an output array.
 */

import dev.leibniz.Differentiable;

public final class XadFunctions {
  private XadFunctions() {}

  // ---- ExpressionMath1/3: scalar functions ----

  @Differentiable
  public static double abs(double x) {
    return Math.abs(x);
  }

  @Differentiable
  public static double absExpr(double x) {
    return Math.abs(2.3 * x);
  }

  /** XAD's smooth_abs: |x| outside [-c, c], a cubic inside that meets it with its slope and has slope 0 at 0. */
  @Differentiable
  public static double smoothAbs(double x, double c) {
    if (Math.abs(x) > c) return Math.abs(x);
    if (x < 0) return x * x * (2 / c + x / (c * c));
    return x * x * (2 / c - x / (c * c));
  }

  @Differentiable
  public static double smoothMax(double x, double y) {
    return 0.5 * (x + y + smoothAbs(x - y, 0.001));
  }

  @Differentiable
  public static double smoothMin(double x, double y) {
    return 0.5 * (x + y - smoothAbs(x - y, 0.001));
  }

  @Differentiable
  public static double smoothMaxScalar(double x) {
    return smoothMax(0.7, x);
  }

  @Differentiable
  public static double max(double x1, double x2) {
    return Math.max(x1, x2);
  }

  @Differentiable
  public static double maxExprExpr(double x1, double x2) {
    return Math.max(2.3 * x1, 2.3 * x2 + 0.0);
  }

  @Differentiable
  public static double maxScalar(double x) {
    return Math.max(0.7, x);
  }

  @Differentiable
  public static double min(double x1, double x2) {
    return Math.min(x1, x2);
  }

  /** floor, ceil, trunc and round of 2.3 x, summed with x so that the result has a slope. */
  @Differentiable
  public static double rounding(double x, double[] out) {
    double v = 2.3 * x;
    out[0] = Math.floor(v);
    out[1] = Math.ceil(v);
    out[2] = (double) (long) v;
    out[3] = v < 0 ? -Math.floor(-v + 0.5) : Math.floor(v + 0.5);
    return x + out[0] + out[1] + out[2] + out[3];
  }

  @Differentiable
  public static double fmod(double x1, double x2) {
    return x1 % x2;
  }

  @Differentiable
  public static double fmodExprExpr(double x1, double x2) {
    return (2.3 * x1) % (2.3 * x2);
  }

  @Differentiable
  public static double remainder(double x1, double x2) {
    return Math.IEEEremainder(x1, x2);
  }

  /** C's remquo: the IEEE remainder, and the quotient's sign and low bits (here all of it) through an int[1]. */
  @Differentiable
  public static double remquo(double x1, double x2, int[] quo) {
    double n = Math.rint(x1 / x2);
    quo[0] = (int) n;
    return x1 - n * x2;
  }

  @Differentiable
  public static double atan2(double x1, double x2) {
    return Math.atan2(x1, x2);
  }

  @Differentiable
  public static double hypot(double x1, double x2) {
    return Math.hypot(1.3 * x1, 1.3 * x2);
  }

  @Differentiable
  public static double cbrt(double x) {
    return Math.cbrt(2.1 * x);
  }

  @Differentiable
  public static double nextafter(double x1, double x2) {
    return Math.nextAfter(2.3 * x1, x2);
  }

  @Differentiable
  public static double scalbn(double x) {
    return Math.scalb(x * 2.3, 2);
  }

  @Differentiable
  public static double ldexp(double x) {
    return Math.scalb(2.0 * x, 3);
  }

  /** frexp(x, &exponent): the mantissa, and the exponent through an int[1]. */
  @Differentiable
  public static double frexp(double x, int[] exponent) {
    double y = 1.0 * x;
    if (y == 0 || Double.isNaN(y) || Double.isInfinite(y)) {
      exponent[0] = 0;
      return y;
    }
    int e = Math.getExponent(y) + 1;
    exponent[0] = e;
    return Math.scalb(y, -e);
  }

  /** modf(x, &ipart): the fractional part, the integral part (towards zero) through a double[1]. */
  @Differentiable
  public static double modf(double x, double[] ipart) {
    ipart[0] = (double) (long) x;
    return x - ipart[0];
  }

  // ---- Hessian_test and Jacobian_test: the lambdas foo ----

  @Differentiable
  public static double quadratic(double[] x) {
    return x[0] * x[0] + x[1] * x[1];
  }

  @Differentiable
  public static double cubicPlusLinear(double[] x) {
    return x[0] * x[0] * x[0] + x[0];
  }

  @Differentiable
  public static double sinExp(double[] x) {
    return x[0] * Math.sin(x[1]) + x[2] * Math.exp(x[3]);
  }

  @Differentiable
  public static double quartics(double[] x) {
    return Math.pow(x[0], 4) + Math.pow(x[1], 4) + Math.pow(x[2], 4);
  }

  @Differentiable
  public static double product3(double[] x) {
    return x[0] * x[1] * x[2];
  }

  /** sum(x[i]^2) + sum(x[i] x[j]) over i < j, by two loops. */
  @Differentiable
  public static double squaresAndCrossTerms(double[] x) {
    double result = 0.0;
    for (int i = 0; i < x.length; ++i) result += x[i] * x[i];
    for (int i = 0; i < x.length; ++i) {
      for (int j = i + 1; j < x.length; ++j) result += x[i] * x[j];
    }
    return result;
  }

  @Differentiable
  public static void jacobianSimple(double[] x, double[] out) {
    out[0] = x[0] + Math.sin(x[1]);
    out[1] = x[1] + Math.sin(x[0]);
  }

  // ---- Checkpointing_test: x = sin(x) n times, in place ----

  @Differentiable
  public static void g(int n, double[] x) {
    for (int i = 0; i < n; ++i) x[0] = Math.sin(x[0]);
  }

  /** The equidistant checkpointed loop: g over chunks of m (XAD checkpoints each chunk; here each is a call). */
  @Differentiable
  public static void f(int n, int m, double[] x) {
    for (int i = 0; i < n; i += m) g(Math.min(m, n - i), x);
  }

  /** The recursive bisection of [from, to) down to a stride, each leaf a run of sines. */
  @Differentiable
  public static void gRec(int from, int to, int stride, double[] x) {
    if (to - from > stride) {
      gRec(from, from + (to - from) / 2, stride, x);
      gRec(from + (to - from) / 2, to, stride, x);
    } else {
      for (int i = from; i < to; i++) x[0] = Math.sin(x[0]);
    }
  }

  // ---- PartialRollback_test ----

  static double evaluate(int path, double val) {
    return val * val * (double) path + Math.exp(val);
  }

  /** MultiDerivativesInComplexLoop's v = 2 evaluate(p, in) for p = 0..3, as an output array. */
  @Differentiable
  public static void complexLoop(double in, double[] v) {
    for (int p = 0; p < 4; ++p) {
      double vt = evaluate(p, in);
      v[p] = 2 * vt;
    }
  }

  /** MultiDerivativesInNestedLoop: rpt = q p exp(-r t), v = evaluate(intval[k], rpt), every (p, t, k) as an output. */
  @Differentiable
  public static void nestedLoop(double r, double q, int[] intval, double[] v) {
    int k = 0;
    for (int p = 0; p < 5; ++p) {
      for (int t = 0; t < 5; ++t) {
        double rpt = q * p * Math.exp(-r * (double) t);
        for (int tidx = 0; tidx < intval.length; ++tidx) v[k++] = evaluate(intval[tidx], rpt);
      }
    }
  }
}
