package dev.leibniz.hipparchus;

import dev.leibniz.Differentiable;
import dev.leibniz.SparseJacobian;

/**
 * A residual method that evaluates a sparse Jacobian itself, after writing its residuals: the
 * Jacobian {@link #inner} (set by the test, possibly the one differentiating this very method) at
 * {@link #innerPoint}, once per outer evaluation.
 */
public class Reentrant {
  SparseJacobian inner;
  double[] innerPoint;
  double[][] innerEntries;

  /** {@link Decay#chainVector}, then the nested Jacobian. */
  @Differentiable(tangents = true)
  public void chain(double[] x, double[] out) {
    int n = x.length;
    for (int i = 0; i < n; i++) {
      double left = i > 0 ? x[i - 1] : 1, right = i + 1 < n ? x[i + 1] : 0;
      out[i] = left * x[i] + Math.sin(right) - 2 * x[i] * x[i];
    }
    evaluateInner();
  }

  /** Not differentiated: the nested evaluation (not nested again when it is this method's own Jacobian). */
  void evaluateInner() {
    SparseJacobian j = inner;
    if (j == null) return;
    inner = null;
    try {
      innerEntries = j.values(innerPoint, null);
    } finally {
      inner = j;
    }
  }
}
