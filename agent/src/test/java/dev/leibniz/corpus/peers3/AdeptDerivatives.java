package dev.leibniz.corpus.peers3;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The third peer round").
 * Source: Adept 2 (rjhogan/Adept-2 on GitHub, commit 0e5bf475), test/test_derivatives.cpp: TEST_UNARY_FUNC applies
 * each of 31 functions elementwise to the vector x = (0.01, 0.4, 0.99) and TEST_BINARY_FUNC each of 6 functions to x
 * and y = (0.9, 0.6, 0.1), comparing Adept's derivatives with one-sided differences.
 * Licence: all-permissive (FSF; Copyright (C) 2017 European Centre for Medium-Range Weather Forecasts).
 * Translation (written here in Java; no comments copied): the macro's FUNC is an int code chosen by a switch, the
 * aVector result a new double[]; functions Java lacks are written as a Java programmer would: log2 as log(x)/log(2),
 * exp2 as pow(2, x), asinh/acosh/atanh by their logarithm formulas, erf/erfc by Hipparchus' Erf, round as
 * (double) Math.round (a long), trunc as (double) (long) x, nearbyint as Math.rint, C's fmax/fmin with their NaN rule
 * (written out as in CeresJet), max/min as Math.max/min.
 */

import dev.leibniz.Differentiable;
import org.hipparchus.special.Erf;

public final class AdeptDerivatives {
  private AdeptDerivatives() {}

  public static final String[] UNARY = {"log", "log10", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh",
      "abs", "fabs", "exp", "sqrt", "ceil", "floor", "log2", "expm1", "exp2", "log1p", "asinh", "acosh", "atanh", "erf",
      "erfc", "cbrt", "round", "trunc", "rint", "nearbyint"};

  public static final String[] BINARY = {"pow", "atan2", "max", "min", "fmax", "fmin"};

  private static double unary(int func, double x) {
    switch (func) {
      case 0: return Math.log(x);
      case 1: return Math.log10(x);
      case 2: return Math.sin(x);
      case 3: return Math.cos(x);
      case 4: return Math.tan(x);
      case 5: return Math.asin(x);
      case 6: return Math.acos(x);
      case 7: return Math.atan(x);
      case 8: return Math.sinh(x);
      case 9: return Math.cosh(x);
      case 10: return Math.tanh(x);
      case 11: return Math.abs(x);
      case 12: return Math.abs(x);
      case 13: return Math.exp(x);
      case 14: return Math.sqrt(x);
      case 15: return Math.ceil(x);
      case 16: return Math.floor(x);
      case 17: return Math.log(x) / Math.log(2.0);
      case 18: return Math.expm1(x);
      case 19: return Math.pow(2.0, x);
      case 20: return Math.log1p(x);
      case 21: return Math.log(x + Math.sqrt(x * x + 1.0));
      case 22: return Math.log(x + Math.sqrt(x * x - 1.0));
      case 23: return 0.5 * Math.log((1.0 + x) / (1.0 - x));
      case 24: return Erf.erf(x);
      case 25: return Erf.erfc(x);
      case 26: return Math.cbrt(x);
      case 27: return (double) Math.round(x);
      case 28: return (double) (long) x;
      case 29: return Math.rint(x);
      case 30: return Math.rint(x);
      default: throw new IllegalArgumentException("unknown function " + func);
    }
  }

  private static double cFmax(double x, double y) {
    if (Double.isNaN(x)) {
      return y;
    }
    if (Double.isNaN(y)) {
      return x;
    }
    return x > y ? x : y;
  }

  private static double cFmin(double x, double y) {
    if (Double.isNaN(x)) {
      return y;
    }
    if (Double.isNaN(y)) {
      return x;
    }
    return x < y ? x : y;
  }

  private static double binary(int func, double x, double y) {
    switch (func) {
      case 0: return Math.pow(x, y);
      case 1: return Math.atan2(x, y);
      case 2: return Math.max(x, y);
      case 3: return Math.min(x, y);
      case 4: return cFmax(x, y);
      case 5: return cFmin(x, y);
      default: throw new IllegalArgumentException("unknown function " + func);
    }
  }

  @Differentiable
  public static double[] testUnaryFunc(int func, double[] x) {
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = unary(func, x[i]);
    }
    return y;
  }

  @Differentiable
  public static double[] testBinaryFunc(int func, double[] x, double[] y) {
    double[] z = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      z[i] = binary(func, x[i], y[i]);
    }
    return z;
  }
}
