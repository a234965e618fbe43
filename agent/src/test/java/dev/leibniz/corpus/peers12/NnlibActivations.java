package dev.leibniz.corpus.peers12;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The twelfth peer round").
 * Source: NNlib.jl (FluxML/NNlib.jl on GitHub) at commit f71b71c7f497b849c6553e098ba1966d36418225: the activation
 * functions test/activations.jl differentiates ("Gradient correctness": gradtest of every function in
 * NNlib.ACTIVATIONS at +-2 +- rand and the binary ones at their second argument 0.2 and 0.7; "Flux-like usage":
 * sigma.(W*x .+ b) and its relu, selu, elu, logsigmoid and leakyrelu forms; "Zygote issue 758"; "saturated gradients";
 * softplus's ForwardDiff.derivative at 0), each as src/activations.jl computes it (gelu_erf as
 * ext/NNlibSpecialFunctionsExt.jl), and softmax, logsoftmax and logsumexp as src/softmax.jl computes them
 * (test/softmax.jl's "AutoDiff" and its asserted ∇softmax / ∇logsoftmax).
 * Licence: MIT ("Expat"). Copyright (c) 2017-19: Julia Computing, Inc., Mike J Innes, and Contributors. "Permission is
 * hereby granted, free of charge, to any person obtaining a copy of this software ... The above copyright notice and
 * this permission notice shall be included in all copies or substantial portions of the Software." Written here in
 * Java from the Julia definitions; the polynomial coefficients of tanh_fast are NNlib's.
 * Translation: ifelse(c, a, b) evaluates both arguments (Julia's ifelse is a function): both are computed into locals
 * before the conditional, as there; clamp(x, lo, hi) is min(max(x, lo), hi); oftf is a cast to the argument's type;
 * @fastmath is dropped; evalpoly is Horner's scheme; Float32 methods are float; broadcasting is a loop; dims = 1 of a
 * matrix is a loop over its columns (a double[][] of rows here, so columns are x[.][j]).
 */

import dev.leibniz.Differentiable;
import org.hipparchus.special.Erf;

public final class NnlibActivations {
  private NnlibActivations() {}

  static double sigma(double x) {
    double t = Math.exp(-Math.abs(x));
    double a = 1 / (1 + t);
    double b = t / (1 + t);
    return x >= 0 ? a : b;
  }

  /** σ(x): t = exp(-|x|); ifelse(x ≥ 0, inv(1 + t), t / (1 + t)). */
  @Differentiable
  public static double sigmoid(double x) {
    return sigma(x);
  }

  /** hardσ(x) = clamp((x + 3) / 6, 0, 1). */
  @Differentiable
  public static double hardsigmoid(double x) {
    return Math.min(Math.max((x + 3) / 6, 0), 1);
  }

  static double softplusOf(double x) {
    return x < 0 ? Math.log1p(Math.exp(x)) : x + Math.log1p(Math.exp(-x));
  }

  /** softplus(x) = x < 0 ? log1p(exp(x)) : x + log1p(exp(-x)) (NNlib#671: smooth at 0, derivative 0.5 there). */
  @Differentiable
  public static double softplus(double x) {
    return softplusOf(x);
  }

  /** logσ(x) = -softplus(-x). */
  @Differentiable
  public static double logsigmoid(double x) {
    return -softplusOf(-x);
  }

  /** hardtanh(x) = clamp(x, -1, 1). */
  @Differentiable
  public static double hardtanh(double x) {
    return Math.min(Math.max(x, -1.0), 1.0);
  }

  /** relu(x) = ifelse(x < 0, zero(x), x). */
  @Differentiable
  public static double relu(double x) {
    return x < 0 ? 0 : x;
  }

  /** leakyrelu(x, a) = ifelse(x > 0, float(x), a * x). */
  @Differentiable
  public static double leakyrelu(double x, double a) {
    double ax = a * x;
    return x > 0 ? x : ax;
  }

  /** relu6(x) = clamp(x, 0, 6). */
  @Differentiable
  public static double relu6(double x) {
    return Math.min(Math.max(x, 0.0), 6.0);
  }

  static double eluOf(double x, double alpha) {
    double neg = alpha * (Math.exp(x) - 1);
    return x >= 0 ? x : neg;
  }

  /** elu(x, α) = ifelse(x ≥ 0, float(x), α * (exp(x) - 1)). */
  @Differentiable
  public static double elu(double x, double alpha) {
    return eluOf(x, alpha);
  }

  private static final double GELU_LAMBDA = Math.sqrt(2 / Math.PI);
  private static final double GELU_2LAMBDA = Math.sqrt(8 / Math.PI);

  /** gelu_tanh(x) = x/2 * (1 + tanh_fast(λ (x + α x^3))), the default gelu. */
  @Differentiable
  public static double geluTanh(double x) {
    double alpha = 0.044715;
    return x / 2 * (1 + tanhFastOf(GELU_LAMBDA * (x + alpha * Math.pow(x, 3))));
  }

  /** gelu_sigmoid(x) = x * sigmoid_fast(2λ x muladd(x^2, α, 1)). */
  @Differentiable
  public static double geluSigmoid(double x) {
    double alpha = 0.044715;
    return x * sigmoidFastOf(GELU_2LAMBDA * x * (Math.pow(x, 2) * alpha + 1));
  }

  /** gelu_erf(x) = x/2 * (1 + erf(x / sqrt(2))). */
  @Differentiable
  public static double geluErf(double x) {
    return x / 2 * (1 + Erf.erf(x / Math.sqrt(2)));
  }

  /** swish(x) = x * sigmoid_fast(x). */
  @Differentiable
  public static double swish(double x) {
    return x * sigmoidFastOf(x);
  }

  /** hardswish(x) = x * hardσ(x). */
  @Differentiable
  public static double hardswish(double x) {
    return x * Math.min(Math.max((x + 3) / 6, 0), 1);
  }

  /** lisht(x) = x * tanh_fast(x). */
  @Differentiable
  public static double lisht(double x) {
    return x * tanhFastOf(x);
  }

  private static final double SELU_LAMBDA = 1.0507009873554804934193349852946;
  private static final double SELU_ALPHA = 1.6732632423543772848170429916717;

  static double seluOf(double x) {
    double neg = SELU_ALPHA * (Math.exp(x) - 1);
    return SELU_LAMBDA * (x > 0 ? x : neg);
  }

  /** selu(x) = λ * ifelse(x > 0, x, α (exp(x) - 1)). */
  @Differentiable
  public static double selu(double x) {
    return seluOf(x);
  }

  /** celu(x, α) = ifelse(x ≥ 0, float(x), α (exp(x / α) - 1)). */
  @Differentiable
  public static double celu(double x, double alpha) {
    double neg = alpha * (Math.exp(x / alpha) - 1);
    return x >= 0 ? x : neg;
  }

  /** trelu(x, θ) = ifelse(x <= θ, zero(x), x). */
  @Differentiable
  public static double trelu(double x, double theta) {
    return x <= theta ? 0 : x;
  }

  /** softsign(x) = x / (1 + abs(x)). */
  @Differentiable
  public static double softsign(double x) {
    return x / (1 + Math.abs(x));
  }

  /** logcosh(x) = x + softplus(-2x) - log(2). */
  @Differentiable
  public static double logcosh(double x) {
    return x + softplusOf(-2 * x) - Math.log(2);
  }

  /** mish(x) = x * tanh(softplus(x)). */
  @Differentiable
  public static double mish(double x) {
    return x * Math.tanh(softplusOf(x));
  }

  /** tanhshrink(x) = x - tanh_fast(x). */
  @Differentiable
  public static double tanhshrink(double x) {
    return x - tanhFastOf(x);
  }

  /** softshrink(x, λ): lo = x - λ, hi = x + λ; ifelse(hi > 0, ifelse(lo < 0, 0, lo), hi). */
  @Differentiable
  public static double softshrink(double x, double lambda) {
    double lo = x - lambda;
    double hi = x + lambda;
    double inner = lo < 0 ? 0 : lo;
    return hi > 0 ? inner : hi;
  }

  static double tanhFastOf(double x) {
    double exp2x = Math.exp(x + x);
    double y = (exp2x - 1) / (exp2x + 1);
    double x2 = x * x;
    double ypoly = x * (1.0 + x2 * (-0.33333333333324583 + x2 * (0.13333333325511604 + x2 * (-0.05396823125794372
        + x2 * (0.02186660872609521 + x2 * -0.008697141630499953)))));
    double inner = x2 < 0.017 ? ypoly : y;
    return x2 > 900.0 ? Math.signum(x) : inner;
  }

  /** tanh_fast(x::Float64): (exp(2x) - 1) / (exp(2x) + 1), a polynomial for x^2 < 0.017, sign(x) for x^2 > 900. */
  @Differentiable
  public static double tanhFast(double x) {
    return tanhFastOf(x);
  }

  /** tanh_fast(x::Float32): a Remez rational x n(x^2) / d(x^2) for x^2 < 66, sign(x) beyond. */
  @Differentiable
  public static float tanhFast32(float x) {
    float x2 = x * x;
    float n = 1.0f + x2 * (0.1346604f + x2 * (0.0035974074f + x2 * (2.2332108e-5f + x2 * 1.587199e-8f)));
    float d = 1.0f + x2 * (0.4679937f + x2 * (0.026262015f + x2 * (0.0003453992f + x2 * 8.7767893e-7f)));
    float r = x * (n / d);
    return x2 < 66f ? r : Math.signum(x);
  }

  static double sigmoidFastOf(double x) {
    double t = Math.exp(-Math.abs(x));
    double a = 1 / (1 + t);
    double b = t / (1 + t);
    double y = x >= 0 ? a : b;
    double inner = x < -80 ? 0 : y;
    return x > 40 ? 1 : inner;
  }

  /** sigmoid_fast(x::Real): σ's formula, then ifelse(x > 40, 1, ifelse(x < -80, 0, y)). */
  @Differentiable
  public static double sigmoidFast(double x) {
    return sigmoidFastOf(x);
  }

  /** "Flux-like usage": σ.(W*x .+ b) with x of 5, W (2, 5), b of 2. */
  @Differentiable
  public static void denseSigmoid(double[] x, double[][] w, double[] b, double[] y) {
    for (int i = 0; i < w.length; i++) {
      double z = b[i];
      for (int j = 0; j < x.length; j++) z += w[i][j] * x[j];
      y[i] = sigma(z);
    }
  }

  /** relu.(W*x .+ b) with x (5, 3): a batch of three columns, stored as rows x[j][k]. */
  @Differentiable
  public static void denseRelu(double[][] x, double[][] w, double[] b, double[][] y) {
    for (int k = 0; k < x[0].length; k++) {
      for (int i = 0; i < w.length; i++) {
        double z = b[i];
        for (int j = 0; j < x.length; j++) z += w[i][j] * x[j][k];
        y[i][k] = z < 0 ? 0 : z;
      }
    }
  }

  /** selu.(W*x .+ b), elu.(W*x .+ b, 2), logσ.(W*x .+ b) and leakyrelu.(W*x .+ b, 0.2), stacked as four rows. */
  @Differentiable
  public static void denseOthers(double[] x, double[][] w, double[] b, double[][] y) {
    for (int i = 0; i < w.length; i++) {
      double z = b[i];
      for (int j = 0; j < x.length; j++) z += w[i][j] * x[j];
      y[0][i] = seluOf(z);
      y[1][i] = eluOf(z, 2);
      y[2][i] = -softplusOf(-z);
      double az = 0.2 * z;
      y[3][i] = z > 0 ? z : az;
    }
  }

  /** softmax(x; dims = 1) as _softmax!: exp.(x .- max) (or the infinite-max ifelse) ./ sum, column by column. */
  @Differentiable
  public static void softmax(double[][] x, double[][] out) {
    int rows = x.length;
    for (int j = 0; j < x[0].length; j++) {
      double max = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < rows; i++) max = Math.max(max, x[i][j]);
      if (Double.isFinite(max)) {
        for (int i = 0; i < rows; i++) out[i][j] = Math.exp(x[i][j] - max);
      } else {
        for (int i = 0; i < rows; i++) {
          double e = Math.exp(x[i][j] - max);
          double atInf = x[i][j] == Double.POSITIVE_INFINITY ? 1 : 0;
          out[i][j] = max == Double.POSITIVE_INFINITY ? atInf : e;
        }
      }
      double tmp = 0;
      for (int i = 0; i < rows; i++) tmp += out[i][j];
      for (int i = 0; i < rows; i++) out[i][j] /= tmp;
    }
  }

  /** logsoftmax(x; dims = 1) as _logsoftmax! in Float32 (test/softmax.jl's Float32 matrices). */
  @Differentiable
  public static void logsoftmax32(float[][] x, float[][] out) {
    int rows = x.length;
    for (int j = 0; j < x[0].length; j++) {
      float max = Float.NEGATIVE_INFINITY;
      for (int i = 0; i < rows; i++) max = Math.max(max, x[i][j]);
      if (Float.isFinite(max)) {
        for (int i = 0; i < rows; i++) out[i][j] = x[i][j] - max;
      } else {
        for (int i = 0; i < rows; i++) {
          float d = x[i][j] - max;
          float atInf = x[i][j] == Float.POSITIVE_INFINITY ? 0 : Float.NEGATIVE_INFINITY;
          out[i][j] = max == Float.POSITIVE_INFINITY ? atInf : d;
        }
      }
      float sum = 0;
      for (int i = 0; i < rows; i++) sum += (float) Math.exp(out[i][j]);
      float log = (float) Math.log(sum);
      for (int i = 0; i < rows; i++) out[i][j] -= log;
    }
  }

  /** logsumexp(x; dims = :) = max + log(sum(exp.(x .- max))). */
  @Differentiable
  public static double logsumexp(double[][] x) {
    double max = Double.NEGATIVE_INFINITY;
    for (double[] row : x) for (double v : row) max = Math.max(max, v);
    double sum = 0;
    for (double[] row : x) for (double v : row) sum += Math.exp(v - max);
    return max + Math.log(sum);
  }

  /** test/softmax.jl "AutoDiff": gradtest(x -> softmax(x) .* (1:3), (3, 5)). */
  @Differentiable
  public static void softmaxTimesRange(double[][] x, double[][] out) {
    softmax(x, out);
    for (int i = 0; i < out.length; i++) for (int j = 0; j < out[i].length; j++) out[i][j] *= i + 1;
  }
}
