package dev.leibniz.corpus.peers15;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The fifteenth peer round").
 * Source: Candle (huggingface/candle on GitHub), candle-core/tests/grad_tests.rs at commit
 * ce9fbc368211815ef2dddff01575ca1f9d4eccd5 (simple_grad, sum_grad, matmul_grad, grad_descent, unary_grad,
 * binary_grad): the function each test differentiates, as the test composes it; candle's forward formulas of elu
 * (`is_sign_positive() ? v : alpha (exp(v) - 1)`), gelu (tanh approximation), gelu_erf and silu as candle-core computes
 * them.
 * Licence: MIT OR Apache-2.0 (the workspace Cargo.toml's `license`; Apache-2.0 chosen). Copyright the Candle authors,
 * Hugging Face. Licensed under the Apache License, Version 2.0 (http://www.apache.org/licenses/LICENSE-2.0); changes:
 * the Rust tests rewritten in Java, tensors as arrays.
 * Translation: candle's f32 tensors are float arrays (the tests' dtype), row index first; backward() of a tensor with
 * more than one element seeds every element with 1, so each function returns the sum of the test's last tensor; the
 * element-wise ops of unary_grad are selected by their candle name (a passive String); erf is Hipparchus' Erf.erf on the
 * widened value, as candle-core computes f32 erf through f64; interpolate1d and interpolate2d are candle's nearest
 * upsampling (source index floor(i * in / out)), the loss the test's dot product with 1, 2, ..., n.
 */

import dev.leibniz.Differentiable;
import org.hipparchus.special.Erf;

public final class CandleGrad {
  private CandleGrad() {}

  private static final float SQRT_TWO_OVER_PI = (float) Math.sqrt(2 / Math.PI);

  /** simple_grad: y = x^2 + 5 x + 4, summed. */
  @Differentiable
  public static float simple(float[] x) {
    float s = 0;
    for (float v : x) s += v * v + v * 5f + 4f;
    return s;
  }

  /** sum_grad: sum_keepdim(x.sqr()) * 2. */
  @Differentiable
  public static float sumOfSquaresTimesTwo(float[] x) {
    float s = 0;
    for (float v : x) s += v * v;
    return s * 2f;
  }

  /** matmul_grad: the batched product of (2, 2, 3) and (2, 3, 2), summed. */
  @Differentiable
  public static float batchedMatmul(float[][][] x, float[][][] y) {
    float s = 0;
    for (int b = 0; b < x.length; b++) {
      for (int i = 0; i < x[b].length; i++) {
        for (int j = 0; j < y[b][0].length; j++) {
          float c = 0;
          for (int k = 0; k < y[b].length; k++) c += x[b][i][k] * y[b][k][j];
          s += c;
        }
      }
    }
    return s;
  }

  /**
   * grad_descent: 100 steps of x -= 0.1 * dc/dx on c = (x - 4.2)^2, the gradient as candle's backward forms it
   * ((x - 4.2) + (x - 4.2)); differentiated here in the starting point.
   */
  @Differentiable
  public static float gradientDescent(float x) {
    float learningRate = 0.1f;
    for (int step = 0; step < 100; step++) {
      float d = x - 4.2f;
      float grad = d + d;
      x = x - grad * learningRate;
    }
    return x;
  }

  /** One element-wise op of unary_grad by candle's name. */
  private static float apply(String op, float v) {
    switch (op) {
      case "log+1":
        return (float) Math.log(v) + 1f;
      case "exp":
        return (float) Math.exp(v);
      case "exp.sqr": {
        float e = (float) Math.exp(v);
        return e * e;
      }
      case "sin":
        return (float) Math.sin(v);
      case "cos":
        return (float) Math.cos(v);
      case "sqr":
        return v * v;
      case "sqr.sqrt":
        return (float) Math.sqrt(v * v);
      case "neg":
        return -v;
      case "affine":
        return v * 0.2f + 1f;
      case "1/x":
        return 1f / v;
      case "x/0.5":
        return v / 0.5f;
      case "powf":
        return (float) Math.pow(v, 2.5);
      case "tanh":
        return (float) Math.tanh(v);
      case "gelu":
        return 0.5f * v * (1f + (float) Math.tanh(SQRT_TWO_OVER_PI * v * (1f + 0.044715f * v * v)));
      case "erf":
        return (float) Erf.erf(v);
      case "gelu_erf":
        return (float) (0.5 * v * (1 + Erf.erf(v / Math.sqrt(2))));
      case "silu":
        return v / (1f + (float) Math.exp(-v));
      default:
        throw new IllegalArgumentException(op);
    }
  }

  /** unary_grad: y = op(x) over [3, 1, 4, 0.15], summed by backward(). */
  @Differentiable
  public static float unary(String op, float[] x) {
    float s = 0;
    for (float v : x) s += apply(op, v);
    return s;
  }

  /** unary_grad's elu with alpha 2 at [-1, 0, -2, 3], as candle computes it (0 takes the identity side). */
  @Differentiable
  public static float elu(float[] x, float alpha) {
    float s = 0;
    for (float v : x) s += v >= 0 ? v : alpha * ((float) Math.exp(v) - 1f);
    return s;
  }

  /** unary_grad's interpolate1d(12) of a (1, 3, 3) tensor, flattened to 36 and dotted with 1..36. */
  @Differentiable
  public static float interpolate1d(float[][] x, int size) {
    float loss = 0;
    int k = 0;
    for (float[] channel : x) {
      for (int i = 0; i < size; i++) {
        int src = i * channel.length / size;
        loss += channel[src] * (++k);
      }
    }
    return loss;
  }

  /** unary_grad's interpolate2d(h, w) of an (n, c, hIn, wIn) tensor, flattened and dotted with 1..n. */
  @Differentiable
  public static float interpolate2d(float[][][][] x, int h, int w) {
    float loss = 0;
    int k = 0;
    for (float[][][] image : x) {
      for (float[][] plane : image) {
        for (int i = 0; i < h; i++) {
          int si = i * plane.length / h;
          for (int j = 0; j < w; j++) {
            int sj = j * plane[si].length / w;
            loss += plane[si][sj] * (++k);
          }
        }
      }
    }
    return loss;
  }

  /** binary_grad: x.maximum(x * 0.1), a leaky relu, summed. */
  @Differentiable
  public static float maximumOfTenth(float[] x) {
    float s = 0;
    for (float v : x) s += Math.max(v, v * 0.1f);
    return s;
  }

  /** binary_grad: x.minimum(x * 0.1), summed. */
  @Differentiable
  public static float minimumOfTenth(float[] x) {
    float s = 0;
    for (float v : x) s += Math.min(v, v * 0.1f);
    return s;
  }

  /** binary_grad: x.minimum(x), the identity ("easy to mess up, we want the gradient to be one"). */
  @Differentiable
  public static float minimumOfItself(float[] x) {
    float s = 0;
    for (float v : x) s += Math.min(v, v);
    return s;
  }

  /** binary_grad: x reshaped to (2, 3), its row 1 replaced by y (slice_scatter0), squared, summed. */
  @Differentiable
  public static float sliceScatterSquared(float[] x, float[] y) {
    float[][] m = new float[2][3];
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 3; j++) m[i][j] = x[3 * i + j];
    }
    for (int j = 0; j < 3; j++) m[1][j] = y[j];
    float s = 0;
    for (float[] row : m) {
      for (float v : row) s += v * v;
    }
    return s;
  }
}
