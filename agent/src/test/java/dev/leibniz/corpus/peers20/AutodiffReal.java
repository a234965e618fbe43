package dev.leibniz.corpus.peers20;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The twentieth peer round").
 * Source: autodiff (autodiff/autodiff on GitHub, C++ forward and reverse automatic differentiation):
 * tests/forward/real/real.test.cpp at commit 09da69339802d54bb5cf634a3faa30a24fd648be (the truncated Taylor series
 * real4th: its products, quotients, exp and log recurrences written out to fourth order, sin and cos, tan as
 * sin / cos, sqrt as exp(0.5 log x), pow(x, x) as exp(x log x); the inverse trigonometric and hyperbolic functions
 * with their derivatives, atan2 of a value and of a constant, abs, min and max against constants, ties at 0.5 among
 * them, and CHECK_DERIVATIVES_REAL4TH_WRT's directional derivatives along (3, 5) at (5, 7)) and
 * tests/forward/utils/taylorseries.test.cpp at commit 11fa06ab66e6be85b2a71fa9d064841e8bb172cb (taylor_projection_at
 * and (x.sin() * x.exp()).sum() along v = (3, 5, 7) at x = (1, 2, 3)).
 * Licence: MIT. Copyright (c) 2018-2024 Allan Leal. Permission is hereby granted, free of charge, to any person
 * obtaining a copy of this software and associated documentation files (the "Software"), to deal in the Software
 * without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute,
 * sublicense, and/or sell copies of the Software, subject to the condition that the above copyright notice and this
 * permission notice shall be included in all copies or substantial portions of the Software (see the MIT licence
 * text); changes: the test's expressions rewritten as Java methods.
 * Translation: real4th is a small immutable class Real of five Taylor coefficients whose operations are the test's
 * recurrences in general form (binomial coefficients from a static final table); an entry builds Real values from its
 * arrays and writes the result's coefficients into an output array. asinh, acosh and atanh, which java.lang.Math
 * lacks, are the logarithmic formulas a Java programmer writes; min and max are Math.min and Math.max.
 */

import dev.leibniz.Differentiable;

public final class AutodiffReal {
  private AutodiffReal() {}

  private static final int[][] BINOMIAL = {{1}, {1, 1}, {1, 2, 1}, {1, 3, 3, 1}, {1, 4, 6, 4, 1}};

  /** A truncated Taylor series: value and derivatives up to order four. */
  static final class Real {
    static final int N = 5;
    private final double[] c;

    Real(double[] c) {
      this.c = c;
    }

    static Real constant(double v) {
      double[] c = new double[N];
      c[0] = v;
      return new Real(c);
    }

    double get(int k) {
      return c[k];
    }

    Real plus(Real o) {
      double[] z = new double[N];
      for (int k = 0; k < N; k++) {
        z[k] = c[k] + o.c[k];
      }
      return new Real(z);
    }

    Real scale(double s) {
      double[] z = new double[N];
      for (int k = 0; k < N; k++) {
        z[k] = s * c[k];
      }
      return new Real(z);
    }

    Real times(Real o) {
      double[] z = new double[N];
      for (int k = 0; k < N; k++) {
        double s = 0;
        for (int j = 0; j <= k; j++) {
          s += BINOMIAL[k][j] * c[j] * o.c[k - j];
        }
        z[k] = s;
      }
      return new Real(z);
    }

    Real dividedBy(Real y) {
      double[] z = new double[N];
      for (int k = 0; k < N; k++) {
        double s = c[k];
        for (int j = 1; j <= k; j++) {
          s -= BINOMIAL[k][j] * y.c[j] * z[k - j];
        }
        z[k] = s / y.c[0];
      }
      return new Real(z);
    }

    Real exp() {
      double[] z = new double[N];
      z[0] = Math.exp(c[0]);
      for (int k = 1; k < N; k++) {
        double s = 0;
        for (int j = 0; j < k; j++) {
          s += BINOMIAL[k - 1][j] * c[j + 1] * z[k - 1 - j];
        }
        z[k] = s;
      }
      return new Real(z);
    }

    Real log() {
      double[] z = new double[N];
      z[0] = Math.log(c[0]);
      for (int k = 1; k < N; k++) {
        double s = c[k];
        for (int j = 1; j < k; j++) {
          s -= BINOMIAL[k - 1][j] * c[j] * z[k - j];
        }
        z[k] = s / c[0];
      }
      return new Real(z);
    }

    /** sin and cos together: {sin, cos}, each recurrence reading the other's lower coefficients. */
    Real[] sinCos() {
      double[] s = new double[N];
      double[] co = new double[N];
      s[0] = Math.sin(c[0]);
      co[0] = Math.cos(c[0]);
      for (int k = 1; k < N; k++) {
        double a = 0;
        double b = 0;
        for (int j = 0; j < k; j++) {
          a += BINOMIAL[k - 1][j] * c[j + 1] * co[k - 1 - j];
          b -= BINOMIAL[k - 1][j] * c[j + 1] * s[k - 1 - j];
        }
        s[k] = a;
        co[k] = b;
      }
      return new Real[] {new Real(s), new Real(co)};
    }

    void copyTo(double[] out) {
      System.arraycopy(c, 0, out, 0, N);
    }
  }

  /** The Multiplication section: x * y. */
  @Differentiable
  public static void taylorProduct(double[] x, double[] y, double[] out) {
    new Real(x).times(new Real(y)).copyTo(out);
  }

  /** The Division section: x / y. */
  @Differentiable
  public static void taylorQuotient(double[] x, double[] y, double[] out) {
    new Real(x).dividedBy(new Real(y)).copyTo(out);
  }

  /** numDivReal: 3 / y. */
  @Differentiable
  public static void taylorReciprocal(double[] y, double[] out) {
    Real.constant(3.0).dividedBy(new Real(y)).copyTo(out);
  }

  /** exp(x). */
  @Differentiable
  public static void taylorExp(double[] x, double[] out) {
    new Real(x).exp().copyTo(out);
  }

  /** log(x), and log10(x) as log(x) / ln10. */
  @Differentiable
  public static void taylorLog(boolean base10, double[] x, double[] out) {
    Real r = new Real(x).log();
    (base10 ? r.scale(1 / 2.302585092994046) : r).copyTo(out);
  }

  /** sqrt(x) as exp(0.5 * log(x)). */
  @Differentiable
  public static void taylorSqrt(double[] x, double[] out) {
    new Real(x).log().scale(0.5).exp().copyTo(out);
  }

  /** pow(x, x) as exp(x * log(x)). */
  @Differentiable
  public static void taylorPowSelf(double[] x, double[] out) {
    Real r = new Real(x);
    r.times(r.log()).exp().copyTo(out);
  }

  /** sin(x) and cos(x) into two outputs. */
  @Differentiable
  public static void taylorSinCos(double[] x, double[] sin, double[] cos) {
    Real[] sc = new Real(x).sinCos();
    sc[0].copyTo(sin);
    sc[1].copyTo(cos);
  }

  /** tan(x) as sin(x) / cos(x). */
  @Differentiable
  public static void taylorTan(double[] x, double[] out) {
    Real[] sc = new Real(x).sinCos();
    sc[0].dividedBy(sc[1]).copyTo(out);
  }

  /** The sum of the five coefficients of exp(log(2 x + 3 y)), the test's first directional expression. */
  @Differentiable
  public static double taylorExpLog(double[] x, double[] y) {
    Real r = new Real(x).scale(2).plus(new Real(y).scale(3)).log().exp();
    double s = 0;
    for (int k = 0; k < Real.N; k++) {
      s += r.get(k);
    }
    return s;
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

  /** asinh(x), acosh(10 x), atanh(x). */
  @Differentiable
  public static double inverseHyperbolic(int which, double x) {
    switch (which) {
      case 0:
        return asinh(x);
      case 1:
        return acosh(10 * x);
      default:
        return atanh(x);
    }
  }

  /** cbrt(x). */
  @Differentiable
  public static double cbrt(double x) {
    return Math.cbrt(x);
  }

  /** pow(x, pi) and pow(pi, x) with the test's pi = 3.14159265359. */
  @Differentiable
  public static double powPi(boolean piBase, double x) {
    final double pi = 3.14159265359;
    return piBase ? Math.pow(pi, x) : Math.pow(x, pi);
  }

  /** y = atan2(x, c); s = atan2(y, x). */
  @Differentiable
  public static double atan2OfAtan2(double x) {
    final double c = 2.0;
    double y = Math.atan2(x, c);
    return Math.atan2(y, x);
  }

  /** abs(x) and abs(-x). */
  @Differentiable
  public static double absOf(boolean negated, double x) {
    return Math.abs(negated ? -x : x);
  }

  /** The MIN/MAX section against constants, the case by which. */
  @Differentiable
  public static double minMaxConst(int which, double x) {
    switch (which) {
      case 0:
        return Math.min(x, 0.1);
      case 1:
        return Math.min(0.2, x);
      case 2:
        return Math.min(0.5, x);
      case 3:
        return Math.min(x, 0.5);
      case 4:
        return Math.min(3.5, x);
      case 5:
        return Math.min(x, 3.5);
      case 6:
        return Math.max(x, 0.1);
      case 7:
        return Math.max(0.2, x);
      case 8:
        return Math.max(0.5, x);
      case 9:
        return Math.max(x, 0.5);
      case 10:
        return Math.max(8.5, x);
      default:
        return Math.max(x, 8.5);
    }
  }

  /** min(x, y), min(y, x), max(x, y), max(y, x). */
  @Differentiable
  public static double minMaxPair(int which, double x, double y) {
    switch (which) {
      case 0:
        return Math.min(x, y);
      case 1:
        return Math.min(y, x);
      case 2:
        return Math.max(x, y);
      default:
        return Math.max(y, x);
    }
  }

  /** CHECK_DERIVATIVES_REAL4TH_WRT's expressions. */
  @Differentiable
  public static double directional(int which, double x, double y) {
    switch (which) {
      case 0:
        return Math.exp(Math.log(2 * x + 3 * y));
      case 1:
        return Math.sin(2 * x + 3 * y);
      default:
        return Math.exp(2 * x + 3 * y) * Math.log(x / y);
    }
  }

  /** taylor_projection_at: the Taylor polynomial with derivatives dfdv evaluated at t. */
  @Differentiable
  public static double taylorProjection(double[] dfdv, double t) {
    double res = dfdv[0];
    double factor = t;
    for (int i = 1; i < dfdv.length; ++i) {
      res += factor * dfdv[i];
      factor *= t / (double) (i + 1);
    }
    return res;
  }

  /** g(t) = f(x + t v) with f(x) = (x.sin() * x.exp()).sum(). */
  @Differentiable
  public static double sinExpAlong(double[] x, double[] v, double t) {
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      double xi = x[i] + t * v[i];
      s += Math.sin(xi) * Math.exp(xi);
    }
    return s;
  }
}
