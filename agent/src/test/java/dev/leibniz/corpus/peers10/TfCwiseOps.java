package dev.leibniz.corpus.peers10;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The tenth peer round").
 * Source: TensorFlow (tensorflow/tensorflow on GitHub), the gradient checks (gradient_checker.compute_gradient against
 * the numeric Jacobian) of tensorflow/python/kernel_tests/math_ops/cwise_ops_unary_test.py at commit
 * 0304934138cbfabd338ec432a630a9c3c1191564 (UnaryOpTest.testDoubleBasic on x, y, z, w and k; testFloatBasic's
 * log_sigmoid; testFloatTanhEdge) and cwise_ops_binary_test.py at commit 05092c5d9ceae35c6136c322be417c1e5ec54217
 * (BinaryOpTest.testDoubleBasic: add, subtract, multiply, truediv, atan2, igamma, igammac, each times 1.1 as
 * _compareGradientX/Y take it; testFloatDifferentShapes; _compareBCast of pow and truediv; testZeroPowGrad).
 * Licence: Apache-2.0 (Copyright 2015-2018 The TensorFlow Authors).
 * Translation (written here in Java; no comments copied): a tensor is double[] (float[] for the float tests), or
 * double[][] / double[][][] with broadcasting as index arithmetic; each op writes its result into an output array
 * element by element; asinh/acosh/atanh are Hipparchus' FastMath, erf/erfc Hipparchus' Erf, igamma/igammac Hipparchus'
 * Gamma.regularizedGammaP/Q, lgamma Hipparchus' Gamma.logGamma with the reflection formula for x < 0.5 (TensorFlow's
 * lgamma is log|Gamma(x)|), bessel_i0e/i1e the exponentially scaled power series of I0 and I1 (the helpers below),
 * sigmoid 1 / (1 + exp(-x)).
 */

import dev.leibniz.Differentiable;
import org.hipparchus.special.Erf;
import org.hipparchus.special.Gamma;
import org.hipparchus.util.FastMath;

public final class TfCwiseOps {
  private TfCwiseOps() {}

  /** I0(x) by its power series sum (x^2/4)^k / (k!)^2. */
  static double besselI0(double x) {
    double t = x * x / 4;
    double term = 1;
    double sum = 1;
    for (int k = 1; k < 100 && term > 1e-17 * sum; k++) {
      term *= t / ((double) k * k);
      sum += term;
    }
    return sum;
  }

  /** I1(x) by its power series (x/2) sum (x^2/4)^k / (k! (k+1)!). */
  static double besselI1(double x) {
    double t = x * x / 4;
    double term = x / 2;
    double sum = term;
    for (int k = 1; k < 100 && Math.abs(term) > 1e-17 * Math.abs(sum); k++) {
      term *= t / (k * (k + 1.0));
      sum += term;
    }
    return sum;
  }

  static double besselI0e(double x) {
    return Math.exp(-Math.abs(x)) * besselI0(x);
  }

  static double besselI1e(double x) {
    return Math.exp(-Math.abs(x)) * besselI1(x);
  }

  static double sigmoid(double x) {
    return 1.0 / (1.0 + Math.exp(-x));
  }

  /** log|Gamma(x)|, by reflection below 1/2. */
  static double lgamma(double x) {
    if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - Gamma.logGamma(1 - x);
    return Gamma.logGamma(x);
  }

  /** The unary ops testDoubleBasic checks on x = [-3, -2, -1, 0, 1, 2]: one row of out per op. */
  @Differentiable
  public static void unaryOnX(double[] x, double[][] out) {
    for (int i = 0; i < x.length; i++) {
      out[0][i] = -x[i];
      out[1][i] = x[i] * x[i];
      out[2][i] = Math.exp(x[i]);
      out[3][i] = Math.expm1(x[i]);
      out[4][i] = Math.sinh(x[i]);
      out[5][i] = Math.cosh(x[i]);
      out[6][i] = Math.tanh(x[i]);
      out[7][i] = FastMath.asinh(x[i]);
      out[8][i] = sigmoid(x[i]);
      out[9][i] = Math.sin(x[i]);
      out[10][i] = Math.cos(x[i]);
      out[11][i] = Math.atan(x[i]);
      out[12][i] = Erf.erf(x[i]);
      out[13][i] = Erf.erfc(x[i]);
      out[14][i] = besselI1e(x[i]);
    }
  }

  @Differentiable
  public static void abs(double[] x, double[] out) {
    for (int i = 0; i < x.length; i++) out[i] = Math.abs(x[i]);
  }

  @Differentiable
  public static void i0e(double[] x, double[] out) {
    for (int i = 0; i < x.length; i++) out[i] = besselI0e(x[i]);
  }

  /** On y = x + 0.5 (no zero): reciprocal, sign and lgamma. */
  @Differentiable
  public static void unaryOnY(double[] y, double[][] out) {
    for (int i = 0; i < y.length; i++) {
      out[0][i] = 1.0 / y[i];
      out[1][i] = Math.signum(y[i]);
      out[2][i] = lgamma(y[i]);
    }
  }

  /** On z = x + 15.5 (all positive): sqrt, rsqrt, log and log1p. */
  @Differentiable
  public static void unaryOnZ(double[] z, double[][] out) {
    for (int i = 0; i < z.length; i++) {
      out[0][i] = Math.sqrt(z[i]);
      out[1][i] = 1.0 / Math.sqrt(z[i]);
      out[2][i] = Math.log(z[i]);
      out[3][i] = Math.log1p(z[i]);
    }
  }

  /** On w = x - min(x) + 1.02 (all greater than 1): acosh. */
  @Differentiable
  public static void acosh(double[] w, double[] out) {
    for (int i = 0; i < w.length; i++) out[i] = FastMath.acosh(w[i]);
  }

  /** On k = arange(-0.9, 0.9, 0.35) (between -1 and 1): atanh, asin, acos and tan. */
  @Differentiable
  public static void unaryOnK(double[] k, double[][] out) {
    for (int i = 0; i < k.length; i++) {
      out[0][i] = FastMath.atanh(k[i]);
      out[1][i] = Math.asin(k[i]);
      out[2][i] = Math.acos(k[i]);
      out[3][i] = Math.tan(k[i]);
    }
  }

  /** testFloatBasic's log_sigmoid in float. */
  @Differentiable
  public static void logSigmoid(float[] x, float[] out) {
    for (int i = 0; i < x.length; i++) out[i] = (float) Math.log(1.0f / (1.0f + (float) Math.exp(-x[i])));
  }

  /** testFloatTanhEdge: tanh in float at 40..45 and -40..-35, where it saturates. */
  @Differentiable
  public static void tanhFloat(float[] x, float[] out) {
    for (int i = 0; i < x.length; i++) out[i] = (float) Math.tanh(x[i]);
  }

  /** 1.1 * add, subtract and multiply, as _compareGradientX/Y check them. */
  @Differentiable
  public static void arithmetic(double[] x, double[] y, double[][] out) {
    for (int i = 0; i < x.length; i++) {
      out[0][i] = 1.1 * (x[i] + y[i]);
      out[1][i] = 1.1 * (x[i] - y[i]);
      out[2][i] = 1.1 * (x[i] * y[i]);
    }
  }

  @Differentiable
  public static void truediv(double[] x, double[] y, double[] out) {
    for (int i = 0; i < x.length; i++) out[i] = 1.1 * (x[i] / y[i]);
  }

  @Differentiable
  public static void atan2(double[] x, double[] y, double[] out) {
    for (int i = 0; i < x.length; i++) out[i] = 1.1 * Math.atan2(x[i], y[i]);
  }

  /** igamma(a, x) and igammac(a, x), the regularized incomplete gamma functions, in both arguments. */
  @Differentiable
  public static void igamma(double[] a, double[] x, double[][] out) {
    for (int i = 0; i < a.length; i++) {
      out[0][i] = 1.1 * Gamma.regularizedGammaP(a[i], x[i]);
      out[1][i] = 1.1 * Gamma.regularizedGammaQ(a[i], x[i]);
    }
  }

  /** testFloatDifferentShapes: atan2 of y (2 x 1) broadcast against x (2 x 2). */
  @Differentiable
  public static void atan2Broadcast(double[][] y, double[][] x, double[][] out) {
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < x[i].length; j++) out[i][j] = 1.1 * Math.atan2(y[i][0], x[i][j]);
    }
  }

  /** testFloatDifferentShapes: reduce_sum(x * y) for x 2 x 2 and y 2 x 1 (gx is y broadcast, gy x's rows summed). */
  @Differentiable
  public static double sumOfBroadcastProduct(double[][] x, double[][] y) {
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < x[i].length; j++) s += x[i][j] * y[i][0];
    }
    return s;
  }

  /** _compareBCast of pow for shapes [2, 1, 5] and [2, 3, 1]: the result is [2, 3, 5]. */
  @Differentiable
  public static void powBroadcast(double[][][] x, double[][][] y, double[][][] out) {
    for (int i = 0; i < out.length; i++) {
      for (int j = 0; j < out[i].length; j++) {
        for (int k = 0; k < out[i][j].length; k++) out[i][j][k] = 1.1 * Math.pow(x[i][0][k], y[i][j][0]);
      }
    }
  }

  /** _compareBCast of truediv for shapes [3, 2] (the test's [1, 3, 2]) and [3, 1]. */
  @Differentiable
  public static void truedivBroadcast(double[][] x, double[][] y, double[][] out) {
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < x[i].length; j++) out[i][j] = 1.1 * (x[i][j] / y[i][0]);
    }
  }

  /** testZeroPowGrad: pow(0, y), differentiated in the exponent at y = 2 (the test asserts a gradient error of 0). */
  @Differentiable
  public static double zeroPow(double y) {
    return Math.pow(0.0, y);
  }
}
