package dev.leibniz.corpus.peers17;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The seventeenth peer round").
 * Source: Nx (elixir-nx/nx on GitHub) at commit 37901d749105076e2882fdea89a6e18393eecc0f, nx/test/nx/defn/grad_test.exs:
 * the scalar functions its describe blocks differentiate ("addition rule", "product rule", "division rule", "remainder
 * rule", "power rule", "exponential rule", "atan2 rule", "chain rule", "grad grad", "tuples", the unary family (cbrt,
 * cos, exp, expm1, log, log1p, sigmoid, mean, negate, rsqrt, sin, sqrt, sum, tanh), "tan", "inverse trig family",
 * "hyperbolics", "inverse hyperbolic functions", "erf", "erfc", "erf_inv"), each as the test's defn writes it.
 * Licence: Apache-2.0 (nx/LICENSE). Copyright (c) 2020 Dashbit and the Nx contributors. Licensed under the Apache
 * License, Version 2.0 (http://www.apache.org/licenses/LICENSE-2.0); changes: the Elixir defn functions rewritten in
 * Java.
 * Translation: a scalar tensor is a double; Nx.pow(t, n) is Math.pow; Nx.remainder is Java's % (both take the sign of
 * the dividend); Nx.sigmoid is 1 / (1 + exp(-t)); Nx.rsqrt 1 / sqrt; Java's Math has no asinh, acosh or atanh, so they
 * are their logarithms; Nx's erf and erfc (Erlang's :math) and erf_inv (the Complex library's) are Hipparchus' Erf;
 * the grad of tanh that "grad grad" differentiates again is Nx's rule for it, 1 - tanh(t)^2; the op by its Nx name (a
 * passive String).
 */

import dev.leibniz.Differentiable;
import org.hipparchus.special.Erf;

public final class NxElementwise {
  private NxElementwise() {}

  /** "addition rule": Nx.tanh(Nx.tanh(Nx.add(Nx.pow(t, 2), Nx.pow(t, 3)))). */
  @Differentiable
  public static double additionRule(double t) {
    return Math.tanh(Math.tanh(Math.pow(t, 2) + Math.pow(t, 3)));
  }

  /** "product rule": Nx.tanh(Nx.tanh(Nx.multiply(Nx.pow(t, 2), Nx.pow(t, 3)))). */
  @Differentiable
  public static double productRule(double t) {
    return Math.tanh(Math.tanh(Math.pow(t, 2) * Math.pow(t, 3)));
  }

  /** "product rule" for tensors: Nx.sum(Nx.multiply(Nx.pow(t, 2), Nx.pow(t, 3))). */
  @Differentiable
  public static double sumProductRule(double[][] t) {
    double s = 0;
    for (double[] row : t) {
      for (double x : row) s += Math.pow(x, 2) * Math.pow(x, 3);
    }
    return s;
  }

  /** "division rule": tanh(t) / t, its constant denominator tanh(t) / 2 and constant numerator 2 / exp(t). */
  @Differentiable
  public static double divisionRule(String form, double t) {
    switch (form) {
      case "division_rule":
        return Math.tanh(t) / t;
      case "division_num_rule":
        return Math.tanh(t) / 2;
      default:
        return 2 / Math.exp(t);
    }
  }

  /** "remainder rule": Nx.remainder(tanh(t), t), and with the constant 2 as denominator or numerator. */
  @Differentiable
  public static double remainderRule(String form, double t) {
    switch (form) {
      case "remainder_rule":
        return Math.tanh(t) % t;
      case "remainder_num_rule":
        return Math.tanh(t) % 2;
      default:
        return 2 % Math.exp(t);
    }
  }

  /** "power rule": Nx.pow(t, 3). */
  @Differentiable
  public static double powerRule(double t) {
    return Math.pow(t, 3);
  }

  /** "exponential rule": Nx.add(Nx.pow(Nx.tanh(t), 2), Nx.pow(Nx.tanh(t), 3)). */
  @Differentiable
  public static double expRule(double t) {
    return Math.pow(Math.tanh(t), 2) + Math.pow(Math.tanh(t), 3);
  }

  /** "atan2 rule": Nx.atan2(Nx.tanh(t), t). */
  @Differentiable
  public static double atan2Rule(double t) {
    return Math.atan2(Math.tanh(t), t);
  }

  /** "chain rule": Nx.tanh(Nx.exp(t)). */
  @Differentiable
  public static double tanhExp(double t) {
    return Math.tanh(Math.exp(t));
  }

  /** "grad grad": grad_tanh_base, the gradient of tanh by Nx's rule (1 - ans^2), differentiated again. */
  @Differentiable
  public static double gradTanhBase(double t) {
    double ans = Math.tanh(t);
    return 1 - ans * ans;
  }

  /** "tuples", as patterns: tuple_pattern({t, 2.0}) = Nx.pow(a, 2) + b. */
  @Differentiable
  public static double tuplePattern(double t) {
    return tuplePattern(t, 2.0);
  }

  private static double tuplePattern(double a, double b) {
    return Math.pow(a, 2) + b;
  }

  /** "tuples", as multiple inputs: Nx.pow(a, 2) * Nx.pow(b, 3). */
  @Differentiable
  public static double tupleInput2(double a, double b) {
    return Math.pow(a, 2) * Math.pow(b, 3);
  }

  /** "tuples", three inputs: Nx.pow(a, 2) * Nx.pow(b, 3) * Nx.pow(c, 4). */
  @Differentiable
  public static double tupleInput3(double a, double b, double c) {
    return Math.pow(a, 2) * Math.pow(b, 3) * Math.pow(c, 4);
  }

  /** "tuples", an unused input: fn {a, _b} -> Nx.pow(a, a). */
  @Differentiable
  public static double tupleUnused(double a, double b) {
    return Math.pow(a, a);
  }

  static double op(String op, double t) {
    switch (op) {
      case "cbrt":
        return Math.cbrt(t);
      case "cos":
        return Math.cos(t);
      case "exp":
        return Math.exp(t);
      case "expm1":
        return Math.expm1(t);
      case "log":
        return Math.log(t);
      case "log1p":
        return Math.log1p(t);
      case "sigmoid":
        return 1 / (1 + Math.exp(-t));
      case "mean":
      case "sum":
        return t;
      case "negate":
        return -t;
      case "rsqrt":
        return 1 / Math.sqrt(t);
      case "sin":
        return Math.sin(t);
      case "sqrt":
        return Math.sqrt(t);
      case "tanh":
        return Math.tanh(t);
      case "tan":
        return Math.tan(t);
      case "asin":
        return Math.asin(t);
      case "acos":
        return Math.acos(t);
      case "atan":
        return Math.atan(t);
      case "sinh":
        return Math.sinh(t);
      case "cosh":
        return Math.cosh(t);
      case "asinh":
        return Math.log(t + Math.sqrt(t * t + 1));
      case "acosh":
        return Math.log(t + Math.sqrt(t * t - 1));
      case "atanh":
        return 0.5 * Math.log((1 + t) / (1 - t));
      case "erf":
        return Erf.erf(t);
      case "erfc":
        return Erf.erfc(t);
      case "erf_inv":
        return Erf.erfInv(t);
      default:
        throw new IllegalArgumentException(op);
    }
  }

  /** The describe blocks of one unary function: grad(t, &Nx.op/1) at a scalar t. */
  @Differentiable
  public static double unary(String op, double t) {
    return op(op, t);
  }
}
