package dev.leibniz.oracle;

import org.hipparchus.analysis.differentiation.DerivativeStructure;

/** The exact gradient of a first-order Hipparchus {@link DerivativeStructure}: the independent oracle of many tests. */
public final class ExactGradient {
  private ExactGradient() {}

  /** Each first partial derivative of {@code f}, in the order of its free parameters. */
  public static double[] of(DerivativeStructure f) {
    int n = f.getFreeParameters();
    double[] g = new double[n];
    for (int i = 0; i < n; i++) {
      int[] orders = new int[n];
      orders[i] = 1;
      g[i] = f.getPartialDerivative(orders);
    }
    return g;
  }
}
