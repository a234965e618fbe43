package dev.leibniz.corpus.peers15;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The fifteenth peer round").
 * Source: MLX (ml-explore/mlx on GitHub), python/tests/test_grad_reference.py at commit
 * e2099e53e702a28395de7d7301ddc9e31c607462 (UNARY_OPS, BINARY_OPS, test_erf_gradient_away_from_zero), and the element
 * formulas of mlx/backend/cpu/unary_ops.h and binary_ops.h for sigmoid (1 / (1 + exp(-x))) and logaddexp
 * (max + log1p(exp(min - max)), infinite arguments returned as they are).
 * Licence: MIT. Copyright © 2023 Apple Inc. "Permission is hereby granted, free of charge, to any person obtaining a
 * copy of this software ... The above copyright notice and this permission notice shall be included in all copies or
 * substantial portions of the Software." Written here in Java from the Python test.
 * Translation: the test's float32 grids are float[] (its dtype); mx.grad(lambda a: mx.sum(op(a))) is the sum of op over
 * the array; each op by its MLX name (a passive String), in float through Math's double functions as a Java programmer
 * writes f32 code; Java has no asinh or atanh, so arcsinh is log(x + sqrt(x^2 + 1)) and arctanh
 * 0.5 log1p(2x / (1 - x)); rsqrt is 1 / sqrt; erf is Hipparchus' Erf.erf on the widened value.
 */

import dev.leibniz.Differentiable;
import org.hipparchus.special.Erf;

public final class MlxGradReference {
  private MlxGradReference() {}

  private static float apply(String op, float x) {
    switch (op) {
      case "sin":
        return (float) Math.sin(x);
      case "sinh":
        return (float) Math.sinh(x);
      case "cosh":
        return (float) Math.cosh(x);
      case "tan":
        return (float) Math.tan(x);
      case "arcsin":
        return (float) Math.asin(x);
      case "arccos":
        return (float) Math.acos(x);
      case "arctan":
        return (float) Math.atan(x);
      case "arcsinh":
        return (float) Math.log(x + Math.sqrt((double) x * x + 1));
      case "arctanh":
        return (float) (0.5 * Math.log1p(2.0 * x / (1.0 - x)));
      case "expm1":
        return (float) Math.expm1(x);
      case "log1p":
        return (float) Math.log1p(x);
      case "reciprocal":
        return 1f / x;
      case "rsqrt":
        return (float) (1 / Math.sqrt(x));
      case "erf":
        return (float) Erf.erf(x);
      case "sigmoid":
        return (float) (1 / (1 + Math.exp(-x)));
      default:
        throw new IllegalArgumentException(op);
    }
  }

  /** test_unary_op_gradients: mx.grad(lambda a: mx.sum(op(a))) on the grid. */
  @Differentiable
  public static float unarySum(String op, float[] a) {
    float s = 0;
    for (float x : a) s += apply(op, x);
    return s;
  }

  /** MLX's logaddexp: the larger plus log1p(exp(smaller - larger)), an infinite argument returned as it is. */
  private static float logaddexp(float a, float b) {
    float maxval = Math.max(a, b);
    float minval = Math.min(a, b);
    if (minval == Float.NEGATIVE_INFINITY || maxval == Float.POSITIVE_INFINITY) return maxval;
    return maxval + (float) Math.log1p(Math.exp(minval - maxval));
  }

  /** test_binary_op_gradients: logaddexp (a and b on the same grid: every pair a tie). */
  @Differentiable
  public static float logaddexpSum(float[] a, float[] b) {
    float s = 0;
    for (int i = 0; i < a.length; i++) s += logaddexp(a[i], b[i]);
    return s;
  }

  /** test_binary_op_gradients: arctan2. */
  @Differentiable
  public static float arctan2Sum(float[] a, float[] b) {
    float s = 0;
    for (int i = 0; i < a.length; i++) s += (float) Math.atan2(a[i], b[i]);
    return s;
  }

  /** test_erf_gradient_away_from_zero: mx.sum(mx.erf(a)) for a one-element array. */
  @Differentiable
  public static float erfOne(float[] a) {
    return (float) Erf.erf(a[0]);
  }
}
