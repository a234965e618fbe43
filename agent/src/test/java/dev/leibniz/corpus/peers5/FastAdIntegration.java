package dev.leibniz.corpus.peers5;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The fifth peer round").
 * Source: FastAD (JamesYang007/FastAD on GitHub), test/integration/ad_inttest.cpp (commit 1037859b): the expressions
 * F_lmda (w0 = sin x0 cos x1, w1 = x2 + x3 x4, w2 = w0 + w1), F_with_constant_test (w2 plus the constant 3.14), G_lmda
 * (w0 = sum of sin over x, w1 = w0^2 - sum of cos), H_lmda (x0 x4) at the fixture's point (0.1, 2.3, -1, 4.1, -5.21),
 * and PHI_lmda (seven chained statements, each the sine of the previous plus a sum or product over x of a lambda:
 * cos v exp v, sin v exp v, cos v) of function_vector_complex, whose 1000 standard normals are 20 here.
 * Licence: MIT (Copyright (c) 2019 JamesYang007).
 * Translation (written here in Java; no comments copied): FastAD's comma expressions of assignments to w[i] are
 * statements writing the local array w; ad::sum and ad::prod over an iterator range with a lambda are helpers taking a
 * DoubleUnaryOperator; the value of the expression (its last statement) is returned.
 */

import dev.leibniz.Differentiable;
import java.util.function.DoubleUnaryOperator;

public final class FastAdIntegration {
  private FastAdIntegration() {}

  static double sum(double[] x, DoubleUnaryOperator f) {
    double s = 0;
    for (double v : x) s += f.applyAsDouble(v);
    return s;
  }

  static double prod(double[] x, DoubleUnaryOperator f) {
    double p = 1;
    for (double v : x) p *= f.applyAsDouble(v);
    return p;
  }

  @Differentiable
  public static double f(double[] x) {
    double[] w = new double[3];
    w[0] = Math.sin(x[0]) * Math.cos(x[1]);
    w[1] = x[2] + x[3] * x[4];
    w[2] = w[0] + w[1];
    return w[2];
  }

  @Differentiable
  public static double fWithConstant(double[] x) {
    double[] w = new double[3];
    w[0] = Math.sin(x[0]) * Math.cos(x[1]);
    w[1] = x[2] + x[3] * x[4];
    w[2] = w[0] + w[1] + 3.14;
    return w[2];
  }

  @Differentiable
  public static double g(double[] x) {
    double[] w = new double[2];
    w[0] = sum(x, Math::sin);
    w[1] = w[0] * w[0] - sum(x, Math::cos);
    return w[1];
  }

  @Differentiable
  public static double h(double[] x) {
    return x[0] * x[4];
  }

  @Differentiable
  public static double phi(double[] x) {
    double[] w = new double[7];
    w[0] = Math.sin(x[0]) * Math.cos(Math.exp(x[1])) + Math.exp(x[0]) - x[1];
    w[1] = Math.sin(w[0]) - sum(x, v -> Math.cos(v) * Math.exp(v));
    w[2] = Math.sin(w[1]) + sum(x, v -> Math.sin(v) * Math.exp(v));
    w[3] = Math.sin(w[2]) + prod(x, Math::cos);
    w[4] = Math.sin(w[3]) + sum(x, v -> Math.sin(v) * Math.exp(v));
    w[5] = Math.sin(w[4]) + sum(x, v -> Math.cos(v) * Math.exp(v));
    w[6] = Math.sin(w[5]) + sum(x, v -> Math.sin(v) * Math.exp(v));
    return w[6];
  }
}
