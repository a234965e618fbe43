package dev.leibniz.corpus.peers16;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The sixteenth peer round").
 * Source: TensorFlow.js (tensorflow/tfjs on GitHub) at commit 0fc04d958ea592f3b8db79a8b3b497b5c8904097, the gradient
 * tests ("gradients: ...", "gradient: ...") of tfjs-core/src/ops/{abs, acosh, asinh, atanh, relu, relu6, leaky_relu,
 * selu, elu, sign, step, softplus, log_sigmoid, sqrt, rsqrt, reciprocal, clip_by_value, binary_ops (maximum,
 * squaredDifference, minimum, mod, atan2), arithmetic (pow), prod, max, min}_test.ts: the function each test
 * differentiates with its upstream gradient dy, as sum(dy * op(x)); the ops by their forward definitions in
 * tfjs-core/src/ops (selu's SELU_SCALE and SELU_SCALEALPHA of selu_util.ts, leakyRelu as maximum(alpha x, x), relu6 as
 * min(max(x, 0), 6), mod as the remainder of positive operands).
 * Licence: Apache-2.0. Copyright 2018-2023 Google LLC. Licensed under the Apache License, Version 2.0
 * (http://www.apache.org/licenses/LICENSE-2.0); changes: the TypeScript tests rewritten in Java, tensors as arrays.
 * Translation: tensors are double arrays, row index first (a scalar a one-element array); the upstream gradients dy,
 * integers in every test, are passive int arrays; the op by its tfjs name (a passive String); Java's Math has no
 * asinh, acosh or atanh, so they are their logarithms; `tf.mod` of the tests' positive operands is Java's `%`.
 */

import dev.leibniz.Differentiable;

public final class TfjsGrads {
  private TfjsGrads() {}

  private static final double SELU_SCALEALPHA = 1.7580993408473768599402175208123;
  private static final double SELU_SCALE = 1.0507009873554804934193349852946;

  static double unaryOp(String op, double x) {
    switch (op) {
      case "abs":
        return Math.abs(x);
      case "acosh":
        return Math.log(x + Math.sqrt(x * x - 1));
      case "asinh":
        return Math.log(x + Math.sqrt(x * x + 1));
      case "atanh":
        return 0.5 * Math.log((1 + x) / (1 - x));
      case "relu":
        return Math.max(x, 0);
      case "relu6":
        return Math.min(Math.max(x, 0), 6);
      case "leakyRelu":
        return Math.max(0.1 * x, x);
      case "selu":
        return x > 0 ? SELU_SCALE * x : SELU_SCALEALPHA * (Math.exp(x) - 1);
      case "elu":
        return x > 0 ? x : Math.exp(x) - 1;
      case "sign":
        return Math.signum(x);
      case "step":
        return x > 0 ? 1 : 0;
      case "softplus":
        return Math.log(1 + Math.exp(x));
      case "logSigmoid":
        return -Math.log(1 + Math.exp(-x));
      case "sqrt":
        return Math.sqrt(x);
      case "rsqrt":
        return 1 / Math.sqrt(x);
      case "reciprocal":
        return 1 / x;
      case "clipByValue":
        return Math.max(-1, Math.min(x, 2));
      default:
        throw new IllegalArgumentException(op);
    }
  }

  /** tf.grad(a => op(a))(a, dy): sum(dy * op(a)). */
  @Differentiable
  public static double unary(String op, double[] a, int[] dy) {
    double s = 0;
    for (int i = 0; i < a.length; i++) s += dy[i] * unaryOp(op, a[i]);
    return s;
  }

  static double binaryOp(String op, double a, double b) {
    switch (op) {
      case "maximum":
        return Math.max(a, b);
      case "minimum":
        return Math.min(a, b);
      case "squaredDifference":
        return (a - b) * (a - b);
      case "mod":
        return a % b;
      case "atan2":
        return Math.atan2(a, b);
      case "pow":
        return Math.pow(a, b);
      default:
        throw new IllegalArgumentException(op);
    }
  }

  /** tf.grads((a, b) => op(a, b))([a, b], dy), a of length 1 broadcast against b. */
  @Differentiable
  public static double binary(String op, double[] a, double[] b, int[] dy) {
    double s = 0;
    for (int i = 0; i < b.length; i++) s += dy[i] * binaryOp(op, a[a.length == 1 ? 0 : i], b[i]);
    return s;
  }

  /** "gradients: Tensor ^ Tensor" with the test's int32 exponent: pow(a, n) with a passive int exponent. */
  @Differentiable
  public static double powInt(double[] a, int[] n, int[] dy) {
    double s = 0;
    for (int i = 0; i < a.length; i++) s += dy[i] * Math.pow(a[i], n[i]);
    return s;
  }

  /** prod along an axis (0 down the columns, 1 along the rows, -1 the whole matrix), weighted by dy, by a loop. */
  @Differentiable
  public static double prod(double[][] a, int axis, int[] dy) {
    if (axis < 0) {
      double p = 1;
      for (double[] row : a) {
        for (double x : row) p *= x;
      }
      return dy[0] * p;
    }
    int outer = axis == 1 ? a.length : a[0].length;
    int inner = axis == 1 ? a[0].length : a.length;
    double s = 0;
    for (int o = 0; o < outer; o++) {
      double p = 1;
      for (int i = 0; i < inner; i++) p *= axis == 1 ? a[o][i] : a[i][o];
      s += dy[o] * p;
    }
    return s;
  }

  /** prod(1) of a (2, 3, 2) tensor: along the middle axis, each (i, k) weighted by dy. */
  @Differentiable
  public static double prodMiddle(double[][][] a, int[][] dy) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      for (int k = 0; k < a[i][0].length; k++) {
        double p = 1;
        for (double[] row : a[i]) p *= row[k];
        s += dy[i][k] * p;
      }
    }
    return s;
  }

  /** tf.max(x, -1) / tf.min(x, -1) of each row (a 1-D tensor one row), weighted by dy, by a Math.max/min loop. */
  @Differentiable
  public static double extremumRows(double[][] x, boolean max, int[] dy) {
    double s = 0;
    for (int r = 0; r < x.length; r++) {
      double m = x[r][0];
      for (int i = 1; i < x[r].length; i++) m = max ? Math.max(m, x[r][i]) : Math.min(m, x[r][i]);
      s += dy[r] * m;
    }
    return s;
  }
}
