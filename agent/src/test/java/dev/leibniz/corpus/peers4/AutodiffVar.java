package dev.leibniz.corpus.peers4;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The fourth peer round").
 * Source: autodiff (autodiff/autodiff on GitHub), tests/reverse/var/var.test.cpp (commit 11fa06ab) ("testing
 * autodiff::var": a variable aliased into an expression, c = a * a + x with x = a; the compound assignments += -= *=
 * /= by constants and by another variable, one after the other; x * x - a + b through the sub-expression x = 2a + b;
 * pow(x, x) and pow(x, y) with y = 2a; atan2 with a constant on either side and of (sin y, 2x + 1); hypot of two and
 * three arguments, of scaled arguments; condition(x > 0, x * x, x * x * x) and condition(x < y, x * y, x * x) at the
 * test's points, the latter after x.update(3); abs at 1, -1 and 0; sgn; erf) and tests/forward/utils/gradient.test.cpp (commit 04727a8e; CHECK_GRADIENT and
 * CHECK_JACOBIAN: each expression g(x) over x = (2, 3, 5, 7, 9), and f(x) = g(x) / g(x) - 1, identically zero).
 * Licence: MIT (Copyright (c) 2018-2024 Allan Leal).
 * Translation (written here in Java; no comments copied): var is double; condition(c, a, b) is c ? a : b; sgn is
 * Math.signum; three-argument std::hypot is Math.hypot(Math.hypot(x, y), z); erf is Hipparchus' Erf.erf; the Eigen
 * array expressions are loops over double[] (sum of exp, log, tan, x * x, sin * exp, x * log x, sin * cos; the
 * element-wise forms write an output array), the expression picked by an int code.
 */

import dev.leibniz.Differentiable;
import org.hipparchus.special.Erf;

public final class AutodiffVar {
  private AutodiffVar() {}

  /** x is a second name for a: c = a * a + x. */
  @Differentiable
  public static double identicalVariables(double a) {
    double x = a;
    return a * a + x;
  }

  /** The test's chain of compound assignments on a, each followed by c = a * b. */
  @Differentiable
  public static double compoundAssignments(double a, double b) {
    double c = 0;
    a += 2.0;
    c += a * b;
    a -= 3.0;
    c += a * b;
    a *= 2.0;
    c += a * b;
    a /= 3.0;
    c += a * b;
    a += 2 * b;
    c += a * b;
    a -= 3 * b;
    c += a * b;
    a *= b;
    c += a * b;
    a /= b;
    c += a * b;
    return c;
  }

  @Differentiable
  public static double subExpressions(double a, double b) {
    double x = 2 * a + b;
    return x * x - a + b;
  }

  /** pow(x, x) + pow(x, y) with y = 2a. */
  @Differentiable
  public static double powers(double x, double a) {
    double y = 2 * a;
    return Math.pow(x, x) + Math.pow(x, y) + Math.pow(2.0, x) + Math.pow(x, 2.0);
  }

  @Differentiable
  public static double atan2s(double x, double y) {
    return Math.atan2(2.0, x) + Math.atan2(x, 2.0) + Math.atan2(y, x) + 3 * Math.atan2(Math.sin(y), 2 * x + 1);
  }

  @Differentiable
  public static double hypots(double x, double y, double z) {
    return Math.hypot(x, 2.0) + Math.hypot(2.0, y) + Math.hypot(2.0 * x, 3.0 * y)
        + Math.hypot(Math.hypot(x, y), z) + Math.hypot(Math.hypot(2.0 * x, 3.0 * y), 4.0 * z);
  }

  @Differentiable
  public static double condition(double x) {
    return x > 0 ? x * x : x * x * x;
  }

  @Differentiable
  public static double conditionOfTwo(double x, double y) {
    return x < y ? x * y : x * x;
  }

  /** The test's abs at 1, -1 and 0 (where autodiff's answer is 0; FourthPeerEdgeCasesTest). */
  @Differentiable
  public static double abs(double x) {
    return Math.abs(x);
  }

  /** sgn(x) * x + erf(x): the sign's derivative is 0 away from 0. */
  @Differentiable
  public static double sgnAndErf(double x) {
    return Math.signum(x) * x + Erf.erf(x);
  }

  /** The gradient test's expression g(x) picked by code. */
  static double g(double[] x, int code) {
    double sum = 0;
    for (double v : x) {
      switch (code) {
        case 0: sum += v; break;
        case 1: sum += Math.exp(v); break;
        case 2: sum += Math.log(v); break;
        case 3: sum += Math.tan(v); break;
        case 4: sum += v * v; break;
        case 5: sum += Math.sin(v) * Math.exp(v); break;
        case 6: sum += v * Math.log(v); break;
        default: sum += Math.sin(v) * Math.cos(v); break;
      }
    }
    return sum;
  }

  @Differentiable
  public static double gradientOf(double[] x, int code) {
    return g(x, code);
  }

  /** f = g / g - 1: zero everywhere, so its gradient must be zero too. */
  @Differentiable
  public static double identicallyZero(double[] x, int code) {
    return g(x, code) / g(x, code) - 1.0;
  }

  /** CHECK_JACOBIAN: the element-wise expression into out, and out / out - 1 into zero. */
  @Differentiable
  public static void jacobianOf(double[] x, int code, double[] out, double[] zero) {
    for (int i = 0; i < x.length; i++) {
      double v = x[i];
      double e;
      switch (code) {
        case 0: e = v; break;
        case 1: e = Math.exp(v); break;
        case 2: e = Math.log(v); break;
        case 3: e = Math.tan(v); break;
        case 4: e = v * v; break;
        case 5: e = Math.sin(v) * Math.exp(v); break;
        case 6: e = v * Math.log(v); break;
        default: e = Math.sin(v) * Math.cos(v); break;
      }
      out[i] = e;
      zero[i] = e / e - 1.0;
    }
  }
}
