package dev.leibniz.secondorder;

import dev.leibniz.Differentiable;

/**
 * GMM's shape in small: a loop over components calls a helper that writes a work array the caller reuses
 * ({@code subtract}), then one that reads it ({@code sqnorm}). The adjoint reverses the calls jointly, so it copies
 * the work array before each call (a snapshot per component), and its second-order companion copies it and its
 * tangent ({@link HessianVectorAllocationTest}).
 */
public final class SnapshottedMixture {
  private SnapshottedMixture() {}

  private static void subtract(int d, double[] x, double[] means, int offset, double[] out) {
    for (int i = 0; i < d; i++) {
      out[i] = x[i] - means[offset + i];
    }
  }

  private static double sqnorm(int d, double[] a) {
    double s = 0;
    for (int i = 0; i < d; i++) {
      s += a[i] * a[i];
    }
    return s;
  }

  @Differentiable(order = 2)
  public static double mixture(double[] x, double[] means, int k) {
    int d = x.length;
    double[] centered = new double[d];
    double s = 0;
    for (int j = 0; j < k; j++) {
      subtract(d, x, means, j * d, centered);
      s += Math.exp(-0.5 * sqnorm(d, centered));
    }
    return Math.log(s);
  }
}
