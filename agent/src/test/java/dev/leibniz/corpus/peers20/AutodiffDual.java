package dev.leibniz.corpus.peers20;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The twentieth peer round").
 * Source: autodiff (autodiff/autodiff on GitHub, C++ forward and reverse automatic differentiation) at commit
 * 006f48c98c9e35e91a10daa2544fa4755cd1d4d8, tests/forward/dual/dual.test.cpp: the expressions of its sections
 * "testing unary negative operator", "unary inverse operator", "binary ... operator", "operator+=" .. "operator/=",
 * "combination of operations", "mathematical functions", "complex expressions", "higher order derivatives" and the
 * Rosenbrock function of "reference to unary and binary expression nodes are not present".
 * Licence: MIT. Copyright (c) 2018-2022 Allan Leal. Permission is hereby granted, free of charge, to any person
 * obtaining a copy of this software and associated documentation files (the "Software"), to deal in the Software
 * without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute,
 * sublicense, and/or sell copies of the Software, subject to the condition that the above copyright notice and this
 * permission notice shall be included in all copies or substantial portions of the Software (see the MIT licence
 * text); changes: the test's expressions rewritten as Java methods.
 * Translation: dual is double; each CHECK_DERIVATIVES_FX/FXY/FXYZ lambda is a static method of x (and y, z); the
 * compound-assignment sections are one method per operator with a switch over the section's cases (the case number
 * a passive int); std::hypot of three values is a scaled varargs hypot as a Java programmer writes it (Java has only
 * the two-argument Math.hypot); erf, which Java lacks, is its Maclaurin series summed until the term is negligible;
 * the Rosenbrock lambdas pow2 and rosenbrock are a DoubleUnaryOperator and a DoubleBinaryOperator. The expressions of
 * "higher order derivatives" are marked order = 2 (their second derivatives are TwentiethPeerEdgeCasesTest's; the
 * third are beyond the contract's order 2).
 */

import dev.leibniz.Differentiable;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

public final class AutodiffDual {
  private AutodiffDual() {}

  /** -x - 2.0 * log(1.0 + exp(-x)). */
  @Differentiable
  public static double negSoftplusTwice(double x) {
    return -x - 2.0 * Math.log(1.0 + Math.exp(-x));
  }

  /** -x - log(1.0 + exp(-x)). */
  @Differentiable
  public static double negSoftplus(double x) {
    return -x - Math.log(1.0 + Math.exp(-x));
  }

  /** -x - (2*x). */
  @Differentiable
  public static double negThree(double x) {
    return -x - (2 * x);
  }

  /** The unary inverse section: 1/x, x/x, 1/(1/x), 1/(2x). */
  @Differentiable
  public static double inverse(int which, double x) {
    switch (which) {
      case 0:
        return 1.0 / x;
      case 1:
        return x / x;
      case 2:
        return 1.0 / (1.0 / x);
      default:
        return 1.0 / (2.0 * x);
    }
  }

  /** (-x) + (-y). */
  @Differentiable
  public static double sumOfNegatives(double x, double y) {
    return (-x) + (-y);
  }

  /** x * y + x * y. */
  @Differentiable
  public static double twiceProduct(double x, double y) {
    return x * y + x * y;
  }

  /** 1.0/x + 1.0/y. */
  @Differentiable
  public static double sumOfInverses(double x, double y) {
    return 1.0 / x + 1.0 / y;
  }

  /** 1.0/x - 1.0/y. */
  @Differentiable
  public static double differenceOfInverses(double x, double y) {
    return 1.0 / x - 1.0 / y;
  }

  /** x * y - x * y: zero, with zero derivatives. */
  @Differentiable
  public static double cancellingProducts(double x, double y) {
    return x * y - x * y;
  }

  /** (1/x) * (1/y). */
  @Differentiable
  public static double productOfInverses(double x, double y) {
    return (1 / x) * (1 / y);
  }

  /** (-x) * (-y). */
  @Differentiable
  public static double productOfNegatives(double x, double y) {
    return (-x) * (-y);
  }

  /** x / y. */
  @Differentiable
  public static double quotient(double x, double y) {
    return x / y;
  }

  /** The operator+= section: x += rhs, the case picking the right-hand side. */
  @Differentiable
  public static double plusAssign(int which, double x, double y) {
    switch (which) {
      case 0 -> x += 1;
      case 1 -> x += y;
      case 2 -> x += -y;
      case 3 -> x += -(x - y);
      case 4 -> x += 1.0 / y;
      case 5 -> x += 2.0 * y;
      case 6 -> x += x * y;
      default -> x += x + y;
    }
    return x;
  }

  /** The operator-= section. */
  @Differentiable
  public static double minusAssign(int which, double x, double y) {
    switch (which) {
      case 0 -> x -= 1;
      case 1 -> x -= y;
      case 2 -> x -= -y;
      case 3 -> x -= -(x - y);
      case 4 -> x -= 1.0 / y;
      case 5 -> x -= 2.0 * y;
      case 6 -> x -= x * y;
      default -> x -= x - y;
    }
    return x;
  }

  /** The operator*= section. */
  @Differentiable
  public static double timesAssign(int which, double x, double y) {
    switch (which) {
      case 0 -> x *= 2;
      case 1 -> x *= y;
      case 2 -> x *= -x;
      case 3 -> x *= (2.0 / y);
      case 4 -> x *= (2.0 * x);
      case 5 -> x *= (2.0 * y);
      case 6 -> x *= x + y;
      default -> x *= x * y;
    }
    return x;
  }

  /** The operator/= section. */
  @Differentiable
  public static double divideAssign(int which, double x, double y) {
    switch (which) {
      case 0 -> x /= 2;
      case 1 -> x /= y;
      case 2 -> x /= -x;
      case 3 -> x /= (2.0 / y);
      case 4 -> x /= (2.0 * y);
      case 5 -> x /= x + y;
      default -> x /= x * y;
    }
    return x;
  }

  /** A complex expression that is equivalent to one. */
  @Differentiable
  public static double equivalentToOne(double x, double y) {
    return (2.0 * x * x - x * y + x / y + x / (2.0 * y)) / (x * (2.0 * x - y + 1 / y + 1 / (2.0 * y)));
  }

  /** pow(x, 2.0 * x). */
  @Differentiable
  public static double powTwiceSelf(double x) {
    return Math.pow(x, 2.0 * x);
  }

  /** 3 * atan2(sin(x), 2*y+1). */
  @Differentiable
  public static double atan2Expr(double x, double y) {
    return 3 * Math.atan2(Math.sin(x), 2 * y + 1);
  }

  /** hypot(2.0*x, 3.0*y). */
  @Differentiable
  public static double hypotScaled(double x, double y) {
    return Math.hypot(2.0 * x, 3.0 * y);
  }

  /** std::hypot of any number of values, scaled by the largest against overflow. */
  static double hypot(double... v) {
    double scale = 0;
    for (double e : v) {
      scale = Math.max(scale, Math.abs(e));
    }
    if (scale == 0) {
      return 0;
    }
    double sum = 0;
    for (double e : v) {
      double r = e / scale;
      sum += r * r;
    }
    return scale * Math.sqrt(sum);
  }

  /** hypot(x, 2.0, 2.0), hypot(2.0, x, 2.0), hypot(2.0, 2.0, x): the place of x chosen by which. */
  @Differentiable
  public static double hypot3Const(int which, double x) {
    switch (which) {
      case 0:
        return hypot(x, 2.0, 2.0);
      case 1:
        return hypot(2.0, x, 2.0);
      default:
        return hypot(2.0, 2.0, x);
    }
  }

  /** hypot(x, y, 2.0), hypot(2.0, x, y), hypot(x, 2.0, y). */
  @Differentiable
  public static double hypot3Pair(int which, double x, double y) {
    switch (which) {
      case 0:
        return hypot(x, y, 2.0);
      case 1:
        return hypot(2.0, x, y);
      default:
        return hypot(x, 2.0, y);
    }
  }

  /** hypot(x, y, z). */
  @Differentiable
  public static double hypot3(double x, double y, double z) {
    return hypot(x, y, z);
  }

  /** hypot(2.0*x, 3.0*y, 4.0*z). */
  @Differentiable
  public static double hypot3Scaled(double x, double y, double z) {
    return hypot(2.0 * x, 3.0 * y, 4.0 * z);
  }

  /** erf by its Maclaurin series 2/sqrt(pi) sum (-1)^n x^(2n+1) / (n! (2n+1)), for the moderate |x| of the tests. */
  static double erf(double x) {
    double term = x;
    double sum = x;
    for (int n = 1; n < 100; n++) {
      term *= -x * x / n;
      double next = term / (2 * n + 1);
      sum += next;
      if (Math.abs(next) < 1e-17 * Math.abs(sum)) {
        break;
      }
    }
    return 2 / Math.sqrt(Math.PI) * sum;
  }

  /** erf(x). */
  @Differentiable
  public static double erfOf(double x) {
    return erf(x);
  }

  /** A complex function involving sin, cos and tan: identically zero. */
  @Differentiable
  public static double trigZero(double x, double y) {
    return Math.sin(x + y) * Math.cos(x / y) + Math.tan(2.0 * x * y) - Math.sin(4 * (x + y) * 2 / 8)
        * Math.cos(x * x / (y * y) * y / x) - Math.tan((x + y) * (x + y) - x * x - y * y);
  }

  /** A complex function involving log, exp, pow and sqrt: identically zero. */
  @Differentiable
  public static double logExpZero(double x, double y) {
    return Math.log(x + y) * Math.exp(x / y) + Math.sqrt(2.0 * x * y) - 1 / Math.pow(x, x + y)
        - Math.exp(x * x / (y * y) * y / x) * Math.log(4 * (x + y) * 2 / 8)
        - 4 * Math.sqrt((x + y) * (x + y) - x * x - y * y) * 0.5 * 0.5 + 2 / Math.pow(2.0 * x - x, y + x) * 0.5;
  }

  /** (x + y)*(x + y)*(x + y). */
  @Differentiable(order = 2)
  public static double cubeOfSum(double x, double y) {
    return (x + y) * (x + y) * (x + y);
  }

  /** exp(log(x * y)): x*y. */
  @Differentiable(order = 2)
  public static double expLogProduct(double x, double y) {
    return Math.exp(Math.log(x * y));
  }

  /** sin(x*y)^2 + cos(x*y)^2: one. */
  @Differentiable(order = 2)
  public static double pythagoras(double x, double y) {
    return Math.sin(x * y) * Math.sin(x * y) + Math.cos(x * y) * Math.cos(x * y);
  }

  /** tan(log(x) * exp(y)) - sin(exp(y) * log(x)) / cos(log(x) * exp(y)): zero. */
  @Differentiable(order = 2)
  public static double tanZero(double x, double y) {
    return Math.tan(Math.log(x) * Math.exp(y)) - Math.sin(Math.exp(y) * Math.log(x)) / Math.cos(Math.log(x) * Math.exp(y));
  }

  /** The Rosenbrock function through the test's two lambdas. */
  @Differentiable
  public static double rosenbrock(double x, double y) {
    DoubleUnaryOperator pow2 = v -> v * v;
    DoubleBinaryOperator rosenbrock = (a, b) -> 100.0 * pow2.applyAsDouble(a * a - b) + pow2.applyAsDouble(1.0 - a);
    return rosenbrock.applyAsDouble(x, y);
  }
}
