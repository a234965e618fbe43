package dev.leibniz.corpus.peers2;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The second peer round").
 * Source: PyTorch (pytorch/pytorch on GitHub), the elementwise kernels that its gradcheck/gradgradcheck tests
 * (torch/testing/_internal/common_methods_invocations.py, OpInfo entries nn.functional.softplus,
 * nn.functional.smooth_l1_loss, nn.functional.huber_loss, nn.functional.elu, nn.functional.hardtanh) differentiate:
 * softplus as in aten/src/ATen/native/cuda/ActivationSoftplusKernel.cu and THNN's SoftPlus.c
 * ((x * beta) > threshold ? x : log1p(exp(x * beta)) / beta, computed in the input's type: float here as for a
 * float32 tensor), smooth_l1_loss and huber_loss with reduction 'mean' (|d| < beta ? 0.5 d^2 / beta : |d| - 0.5 beta;
 * |d| < delta ? 0.5 d^2 : delta (|d| - 0.5 delta)), elu (x > 0 ? x : alpha (exp(x) - 1)) and hardtanh
 * (min(max(x, min_val), max_val)) over tensors.
 * Licence: BSD-3-Clause (PyTorch's LICENSE; Copyright (c) 2016- Facebook, Inc. and contributors).
 * Translation (written here in Java from what the kernels compute; no code or comments copied): a tensor is an array;
 * the 'mean' reduction a loop and a division by the element count.
 */

import dev.leibniz.Differentiable;

public final class TorchFunctional {
  private TorchFunctional() {}

  @Differentiable
  public static float[] softplus(float[] x, float beta, float threshold) {
    float[] out = new float[x.length];
    for (int i = 0; i < x.length; i++) {
      float a = x[i];
      out[i] = (a * beta) > threshold ? a : (float) Math.log1p(Math.exp(a * beta)) / beta;
    }
    return out;
  }

  @Differentiable
  public static double smooth_l1_loss(double[] input, double[] target, double beta) {
    double sum = 0;
    for (int i = 0; i < input.length; i++) {
      double z = Math.abs(input[i] - target[i]);
      sum += z < beta ? 0.5 * z * z / beta : z - 0.5 * beta;
    }
    return sum / input.length;
  }

  @Differentiable
  public static double huber_loss(double[] input, double[] target, double delta) {
    double sum = 0;
    for (int i = 0; i < input.length; i++) {
      double z = Math.abs(input[i] - target[i]);
      sum += z < delta ? 0.5 * z * z : delta * (z - 0.5 * delta);
    }
    return sum / input.length;
  }

  @Differentiable
  public static double[] elu(double[] x, double alpha) {
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = x[i] > 0 ? x[i] : alpha * (Math.exp(x[i]) - 1);
    }
    return out;
  }

  @Differentiable
  public static void hardtanh_(double[] x, double minVal, double maxVal) {
    for (int i = 0; i < x.length; i++) {
      x[i] = Math.min(Math.max(x[i], minVal), maxVal);
    }
  }
}
