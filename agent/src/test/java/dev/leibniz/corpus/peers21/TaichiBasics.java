package dev.leibniz.corpus.peers21;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The twenty-first peer round").
 * Source: Taichi (taichi-dev/taichi on GitHub, a language for differentiable kernels embedded in Python, with forward
 * and reverse mode over its fields) at commit ba0e81dce559fb63a5958bf82feb1d00c55c02fe: tests/python/test_ad_basics.py
 * (grad_test's lambdas, test_select, test_obey_kernel_simplicity, test_violate_kernel_simplicity1/2, test_ad_frac,
 * test_ad_global_store_forwarding, test_ad_set_loss_grad, test_ad_precision_1, test_mod_fwd), test_ad_grad_check.py
 * (test_basics' lambdas, the same list), test_ad_basics_fwd.py (test_ad_fwd_add, test_ad_fwd_multiply,
 * test_multiple_calls), test_ad_atomic.py (test_ad_reduce), test_ad_tensor.py (test_ad_tensor_store_load) and
 * test_ad_dynamic_index.py (test_matrix_non_constant_index).
 * Licence: Apache-2.0 (Copyright (c) 2016 The Taichi Authors). Written here in Java from the Python kernels (same
 * names); no comments or other text were copied.
 * Translation: a field of shape N is a double[] (a matrix field a double[][][]), a 0-d field a double returned or an
 * element of a double[]; `+=` into a field is `+=` into the array; the grad_test lambdas are one method per family,
 * looked up by name in a string switch (ti.rsqrt is 1 / Math.sqrt, ti.min/ti.max Math.min/Math.max, ** Math.pow);
 * ti.select(c, a, b) is the conditional operator; the kernel that chains five 0-d fields is a small class with five
 * fields; test_ad_precision_1's f32 loss of an f64 x is a (float) cast; x % 3 of an f32 field is Java's % on doubles.
 */

import dev.leibniz.Differentiable;

public final class TaichiBasics {
  private TaichiBasics() {}

  /** test_poly's lambdas. */
  @Differentiable
  public static double poly(String name, double x) {
    switch (name) {
      case "x":
        return x;
      case "abs(-x)":
        return Math.abs(-x);
      case "-x":
        return -x;
      case "x*x":
        return x * x;
      case "x**2":
        return Math.pow(x, 2);
      case "x*x*x":
        return x * x * x;
      case "x*x*x*x":
        return x * x * x * x;
      case "0.4*x*x-3":
        return 0.4 * x * x - 3;
      case "(x-3)*(x-1)":
        return (x - 3) * (x - 1);
      case "(x-3)*(x-1)+x*x":
        return (x - 3) * (x - 1) + x * x;
      default:
        throw new IllegalArgumentException(name);
    }
  }

  /** test_trigonometric's lambdas. */
  @Differentiable
  public static double trigonometric(String name, double x) {
    switch (name) {
      case "tanh":
        return Math.tanh(x);
      case "sin":
        return Math.sin(x);
      case "cos":
        return Math.cos(x);
      case "acos":
        return Math.acos(x);
      case "asin":
        return Math.asin(x);
      default:
        throw new IllegalArgumentException(name);
    }
  }

  /** test_frac's lambdas. */
  @Differentiable
  public static double frac(int k, double x) {
    switch (k) {
      case 0:
        return 1 / x;
      case 1:
        return (x + 1) / (x - 1);
      default:
        return (x + 1) * (x + 2) / ((x - 1) * (x + 3));
    }
  }

  /** test_unary's lambdas. */
  @Differentiable
  public static double unary(String name, double x) {
    switch (name) {
      case "sqrt":
        return Math.sqrt(x);
      case "rsqrt":
        return 1 / Math.sqrt(x);
      case "exp":
        return Math.exp(x);
      case "log":
        return Math.log(x);
      default:
        throw new IllegalArgumentException(name);
    }
  }

  /** test_minmax's lambdas: min and max against 0 and 1, on either side. */
  @Differentiable
  public static double minmax(int k, double x) {
    switch (k) {
      case 0:
        return Math.min(x, 0);
      case 1:
        return Math.min(x, 1);
      case 2:
        return Math.min(0, x);
      case 3:
        return Math.min(1, x);
      case 4:
        return Math.max(x, 0);
      case 5:
        return Math.max(x, 1);
      case 6:
        return Math.max(0, x);
      default:
        return Math.max(1, x);
    }
  }

  /** test_atan2's lambdas. */
  @Differentiable
  public static double atan2(boolean yConstant, double x) {
    return yConstant ? Math.atan2(0.4, x) : Math.atan2(x, 0.4);
  }

  /** test_pow's lambdas. */
  @Differentiable
  public static double pow(boolean baseConstant, double x) {
    return baseConstant ? Math.pow(0.4, x) : Math.pow(x, 0.4);
  }

  /** test_select: loss[i] += select(i % 2, x[i], y[i]). */
  @Differentiable
  public static void select(double[] x, double[] y, double[] loss) {
    for (int i = 0; i < loss.length; i++) {
      loss[i] += i % 2 != 0 ? x[i] : y[i];
    }
  }

  /** test_obey_kernel_simplicity: three static trips of two compound assignments. */
  @Differentiable
  public static void obeyKernelSimplicity(double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < 3; j++) {
        y[i] += x[i] * 42;
        y[i] -= x[i] * 5;
      }
    }
  }

  /** test_violate_kernel_simplicity1: an assignment before the inner loop. */
  @Differentiable
  public static void violateKernelSimplicity1(double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) {
      y[i] = x[i] * 42;
      for (int j = 0; j < 3; j++) {
        y[i] += x[i];
      }
    }
  }

  /** test_violate_kernel_simplicity2: an accumulation after the inner loop. */
  @Differentiable
  public static void violateKernelSimplicity2(double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < 3; j++) {
        y[i] += x[i];
      }
      y[i] += x[i] * 42;
    }
  }

  private static double fractional(double x) {
    return x > 0.0 ? x - Math.floor(x) : x - Math.ceil(x);
  }

  /** test_ad_frac: ti_frac then calc_loss, loss = sum of frac(x_i)^2. */
  @Differentiable
  public static double fracLoss(double[] input) {
    double[] output = new double[input.length];
    for (int i = 0; i < input.length; i++) {
      output[i] = Math.pow(fractional(input[i]), 2);
    }
    double loss = 0;
    for (int i = 0; i < output.length; i++) {
      loss += output[i];
    }
    return loss;
  }

  /** The five 0-d fields of test_ad_global_store_forwarding. */
  static final class Chain {
    double a;
    double b;
    double c;
    double d;
    double e;
  }

  /** test_ad_global_store_forwarding: e = x * 2 * 3 * 4 * 5 through the fields a..e. */
  @Differentiable
  public static double globalStoreForwarding(double x) {
    Chain f = new Chain();
    f.a = x;
    f.b = f.a * 2;
    f.c = f.b * 3;
    f.d = f.c * 4;
    f.e = f.d * 5;
    return f.e;
  }

  /** test_ad_set_loss_grad: three kernels each overwrite the loss; the last, 4x, stays. */
  @Differentiable
  public static double setLossGrad(double x) {
    double[] loss = new double[1];
    loss[0] = x;
    loss[0] = 2 * x;
    loss[0] = 4 * x;
    return loss[0];
  }

  /** test_ad_precision_1: an f32 loss holding an f64 x. */
  @Differentiable
  public static float precision(double x) {
    float loss = (float) x;
    return loss;
  }

  /** test_mod_fwd: y = x % 3 and, in a second kernel, y += x % 3. */
  @Differentiable
  public static double mod(double x) {
    double y = x % 3;
    y += x % 3;
    return y;
  }

  /** test_ad_fwd_add: loss[1] += 2 * x[3]. */
  @Differentiable
  public static void fwdAdd(double[] x, double[] loss) {
    loss[1] += 2 * x[3];
  }

  /** test_ad_fwd_multiply: loss[1] += x[3] * x[4]. */
  @Differentiable
  public static void fwdMultiply(double[] x, double[] loss) {
    loss[1] += x[3] * x[4];
  }

  /** test_multiple_calls: two losses of the squares of a and b's elements; loss holds loss_1 and loss_2. */
  @Differentiable
  public static void multipleCalls(double[] a, double[] b, double[] loss) {
    loss[0] += 3 * Math.pow(b[1], 2) + 5 * Math.pow(a[3], 2);
    loss[1] += 4 * Math.pow(b[2], 2) + 6 * Math.pow(a[4], 2);
  }

  /** test_ad_reduce: loss += x[i] ** 2. */
  @Differentiable
  public static double reduce(double[] x) {
    double loss = 0;
    for (int i = 0; i < x.length; i++) {
      loss += Math.pow(x[i], 2);
    }
    return loss;
  }

  /** test_ad_tensor_store_load: b = (tmp, tmp, tmp, tmp) with b[0] = 4 tmp; y = b * x elementwise. */
  @Differentiable
  public static void tensorStoreLoad(double tmp, double[] x, double[] y) {
    double[] b = {tmp, tmp, tmp, tmp};
    b[0] = tmp * 4;
    for (int k = 0; k < 4; k++) {
      y[k] = b[k] * x[k];
    }
  }

  /** test_matrix_non_constant_index: m[i][j, k] = (j + 1)(k + 1) n[i][j, k]; loss += m[i][j, k]. */
  @Differentiable
  public static double matrixNonConstantIndex(double[][][] n, double[][][] m) {
    double loss = 0;
    for (int i = 0; i < n.length; i++) {
      for (int j = 0; j < 2; j++) {
        for (int k = 0; k < 2; k++) {
          m[i][j][k] = (j + 1) * (k + 1) * n[i][j][k];
          loss += m[i][j][k];
        }
      }
    }
    return loss;
  }
}
