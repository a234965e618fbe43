package dev.leibniz.corpus.peers17;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The seventeenth peer round").
 * Source: Nx (elixir-nx/nx on GitHub) at commit 37901d749105076e2882fdea89a6e18393eecc0f, nx/test/nx/defn/grad_test.exs:
 * the functions of its describe blocks "if" and "while" (among them the regression tests of Nx issue 1747, reverse mode
 * through a while loop whose body's Jacobian depends on the differentiated variable), each as the test's defn writes it.
 * Licence: Apache-2.0 (nx/LICENSE). Copyright (c) 2020 Dashbit and the Nx contributors. Licensed under the Apache
 * License, Version 2.0 (http://www.apache.org/licenses/LICENSE-2.0); changes: the Elixir defn functions rewritten in
 * Java.
 * Translation: defn's `if` takes a tensor as true when it is nonzero (Nx.all when every element is); `while {state},
 * cond do body end` is a Java while loop over the same state; the tests typed :f32 are float code; a tensor is a double
 * array.
 */

import dev.leibniz.Differentiable;

public final class NxControlFlow {
  private NxControlFlow() {}

  /** grad_if: if(t + 1, do: Nx.pow(t, 2), else: Nx.pow(t, 3)). */
  @Differentiable
  public static double gradIf(double t) {
    return t + 1 != 0 ? Math.pow(t, 2) : Math.pow(t, 3);
  }

  static boolean all(double[] t) {
    for (double v : t) {
      if (v == 0) return false;
    }
    return true;
  }

  /**
   * grad_sum_if: Nx.sum(if(Nx.all(t), do: Nx.pow(t, 2), else: Nx.pow(t, 3))); grad_if_sum: if(Nx.all(t), do:
   * Nx.sum(Nx.pow(t, 2)), else: Nx.sum(Nx.pow(t, 3))).
   */
  @Differentiable
  public static double sumIf(double[] t, boolean sumInside) {
    boolean all = all(t);
    if (sumInside) {
      double s = 0;
      if (all) {
        for (double v : t) s += Math.pow(v, 2);
      } else {
        for (double v : t) s += Math.pow(v, 3);
      }
      return s;
    }
    double[] r = new double[t.length];
    for (int i = 0; i < t.length; i++) r[i] = all ? Math.pow(t[i], 2) : Math.pow(t[i], 3);
    double s = 0;
    for (double v : r) s += v;
    return s;
  }

  /** grad_if_tuple: {{a, b}, c} by the sign of t, d = if t > 0, do: 123, else: 456; a * b + c - d. */
  @Differentiable
  public static double ifTuple(double t) {
    double a;
    double b;
    double c;
    if (t > 0) {
      a = Math.pow(t, 2);
      b = Math.pow(t, 3);
      c = Math.pow(t, 4);
    } else {
      a = Math.pow(t, 4);
      b = Math.pow(t, 3);
      c = Math.pow(t, 2);
    }
    double d = t > 0 ? 123 : 456;
    return a * b + c - d;
  }

  /** grad_while_constant: while {i = 0, t}, i < 3 do {i + 1, t} end; Nx.sum(t). */
  @Differentiable
  public static double whileConstant(double[] t) {
    int i = 0;
    while (i < 3) {
      i = i + 1;
    }
    double s = 0;
    for (double v : t) s += v;
    return s;
  }

  /** grad_while_param: while {x, t}, t < 100 do {x, x * t} end; Nx.sum(t) (value_and_grad along x). */
  @Differentiable
  public static double whileParam(double t, double x) {
    while (t < 100) {
      t = x * t;
    }
    return t;
  }

  /** grad_while_single_var: while t, t < 100 do t * t end. */
  @Differentiable
  public static double whileSingleVar(double t) {
    while (t < 100) {
      t = t * t;
    }
    return t;
  }

  /** grad_while_single_var_unroll: v4 = v2 * v2; v16 = v4 * v4; v16 * v16. */
  @Differentiable
  public static double whileSingleVarUnroll(double v2) {
    double v4 = v2 * v2;
    double v16 = v4 * v4;
    return v16 * v16;
  }

  /** grad_while_3x_sin: while {i = 0, t = Nx.pow(t, 3)}, i < 3 do {i + 1, Nx.sin(t)} end; Nx.sum(Nx.pow(t, 2)). */
  @Differentiable
  public static double while3xSin(double[] t) {
    double s = 0;
    for (double v : t) {
      int i = 0;
      double u = Math.pow(v, 3);
      while (i < 3) {
        i = i + 1;
        u = Math.sin(u);
      }
      s += Math.pow(u, 2);
    }
    return s;
  }

  /**
   * The :f32 while tests: square_via_while and power_via_while ({acc * x, i + 1, x} while i < 2, i < 3),
   * product_shifted_via_while ({acc * (x - 2), ...} while i < 2), sum_via_while ({acc + x, ...} while i < 3),
   * power_via_generator (acc * x for _ <- 0..2).
   */
  @Differentiable
  public static float viaWhile(String form, float x) {
    float acc = form.equals("sum") ? 0.0f : 1.0f;
    int i = 0;
    switch (form) {
      case "square":
        while (i < 2) {
          acc = acc * x;
          i = i + 1;
        }
        return acc;
      case "power":
        while (i < 3) {
          acc = acc * x;
          i = i + 1;
        }
        return acc;
      case "shifted":
        while (i < 2) {
          acc = acc * (x - 2);
          i = i + 1;
        }
        return acc;
      case "sum":
        while (i < 3) {
          acc = acc + x;
          i = i + 1;
        }
        return acc;
      default:
        for (int k = 0; k <= 2; k++) acc = acc * x;
        return acc;
    }
  }
}
