package dev.leibniz.corpus.peers10;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The tenth peer round").
 * Source: DiffSharp (DiffSharp/DiffSharp on GitHub) at commit afee7e9c: tests/DiffSharp.Tests/TestDiffSharp.fs (the
 * functions rosenbrock, fscalarscalar, fscalarvect3, fvect2vect2, fvect3vect2, fvect3vect3 and fvect3vect4 that TestGrad,
 * TestDiff, TestJacobian and TestJacobianv differentiate) and tests/DiffSharp.Tests/TestDerivatives.fs (the forward and
 * reverse derivative tests of pow, max, clamp, abs, sign, relu, leakyRelu, softplus, sigmoid, exp, log, log10, sqrt,
 * sin, cos, tan, softmax, var and std, in Float32 as the tests' combos run them).
 * Licence: BSD-2-Clause (Copyright (c) 2016- University of Oxford, 2017- Microsoft Research, 2014- National University
 * of Ireland Maynooth).
 * Translation (written here in Java from the F#; no comments copied): a Tensor is double[] or, for the Float32 tests,
 * float[] / float[][]; a stacked or element-wise result is written into an output array; `**` is Math.pow; relu is
 * max(0, x), leakyRelu max(x, 0.01 x), clamp(low, high) min(max(x, low), high), softplus max(x, 0) + log1p(exp(-|x|))
 * (DiffSharp's stable form), softmax along dim 1 with the row's maximum subtracted, var the unbiased variance.
 */

import dev.leibniz.Differentiable;

public final class DiffSharpDerivatives {
  private DiffSharpDerivatives() {}

  @Differentiable
  public static double rosenbrock(double[] v) {
    double x = v[0], y = v[1];
    return Math.pow(1. - x, 2) + 100. * Math.pow(y - Math.pow(x, 2), 2);
  }

  @Differentiable
  public static double fscalarscalar(double x) {
    return Math.sin(x);
  }

  @Differentiable
  public static void fscalarvect3(double x, double[] out) {
    out[0] = Math.sin(x);
    out[1] = Math.exp(x);
    out[2] = Math.cos(x);
  }

  @Differentiable
  public static void fvect2vect2(double[] v, double[] out) {
    double x = v[0], y = v[1];
    out[0] = x * x * y;
    out[1] = 5 * x + Math.sin(y);
  }

  @Differentiable
  public static void fvect3vect2(double[] v, double[] out) {
    double x = v[0], y = v[1], z = v[2];
    out[0] = x * y + 2 * y * z;
    out[1] = 2 * x * y * y * z;
  }

  /** Spherical to Cartesian coordinates. */
  @Differentiable
  public static void fvect3vect3(double[] v, double[] out) {
    double r = v[0], theta = v[1], phi = v[2];
    out[0] = r * Math.sin(phi) * Math.cos(theta);
    out[1] = r * Math.sin(phi) * Math.sin(theta);
    out[2] = r * Math.cos(phi);
  }

  @Differentiable
  public static void fvect3vect4(double[] x, double[] out) {
    out[0] = x[0];
    out[1] = 5 * x[2];
    out[2] = 4 * x[1] * x[1] - 2 * x[2];
    out[3] = x[2] * Math.sin(x[0]);
  }

  /** TestDerivativePowTT: x ** y element-wise. */
  @Differentiable
  public static void powTT(float[] x, float[] y, float[] out) {
    for (int i = 0; i < x.length; i++) out[i] = (float) Math.pow(x[i], y[i]);
  }

  /** TestDerivativeMaxBinary: dsharp.max(x, y). */
  @Differentiable
  public static void maxBinary(float[] x, float[] y, float[] out) {
    for (int i = 0; i < x.length; i++) out[i] = Math.max(x[i], y[i]);
  }

  /** TestDerivativeClampT: clamp(-2, 3). */
  @Differentiable
  public static void clamp(float[] x, float[] out) {
    for (int i = 0; i < x.length; i++) out[i] = Math.min(Math.max(x[i], -2f), 3f);
  }

  /** TestDerivativeAbsT, SignT, ReluT and LeakyRelu: one row of out per function. */
  @Differentiable
  public static void piecewise(float[] x, float[][] out) {
    for (int i = 0; i < x.length; i++) {
      out[0][i] = Math.abs(x[i]);
      out[1][i] = Math.signum(x[i]);
      out[2][i] = Math.max(0f, x[i]);
      out[3][i] = Math.max(x[i], 0.01f * x[i]);
    }
  }

  /** TestDerivativeSoftplusT, in DiffSharp's stable form. */
  @Differentiable
  public static void softplus(float[] x, float[] out) {
    for (int i = 0; i < x.length; i++) {
      out[i] = Math.max(x[i], 0f) + (float) Math.log1p(Math.exp(-Math.abs(x[i])));
    }
  }

  /** TestDerivativeSigmoidT, ExpT, LogT, Log10T, SinT, CosT and TanT: one row of out per function. */
  @Differentiable
  public static void elementwise(float[] x, float[][] out) {
    for (int i = 0; i < x.length; i++) {
      out[0][i] = 1f / (1f + (float) Math.exp(-x[i]));
      out[1][i] = (float) Math.exp(x[i]);
      out[2][i] = (float) Math.log(x[i]);
      out[3][i] = (float) Math.log10(x[i]);
      out[4][i] = (float) Math.sin(x[i]);
      out[5][i] = (float) Math.cos(x[i]);
      out[6][i] = (float) Math.tan(x[i]);
    }
  }

  /** TestDerivativeSqrtT. */
  @Differentiable
  public static void sqrt(float[] x, float[] out) {
    for (int i = 0; i < x.length; i++) out[i] = (float) Math.sqrt(x[i]);
  }

  /** TestDerivativeSoftmax: softmax along dim 1 of a 2 x 3 tensor. */
  @Differentiable
  public static void softmax(float[][] x, float[][] out) {
    for (int i = 0; i < x.length; i++) {
      float max = x[i][0];
      for (int j = 1; j < x[i].length; j++) max = Math.max(max, x[i][j]);
      float sum = 0;
      for (int j = 0; j < x[i].length; j++) {
        out[i][j] = (float) Math.exp(x[i][j] - max);
        sum += out[i][j];
      }
      for (int j = 0; j < x[i].length; j++) out[i][j] /= sum;
    }
  }

  private static float mean(float[] x) {
    float s = 0;
    for (float v : x) s += v;
    return s / x.length;
  }

  /** TestDerivativeVariance: the unbiased variance. */
  @Differentiable
  public static float variance(float[] x) {
    float m = mean(x);
    float s = 0;
    for (float v : x) s += (v - m) * (v - m);
    return s / (x.length - 1);
  }

  /** TestDerivativeStddev. */
  @Differentiable
  public static float stddev(float[] x) {
    return (float) Math.sqrt(variance(x));
  }
}
