package dev.leibniz.benchmarks.hipparchus;

import org.hipparchus.analysis.differentiation.Gradient;

/** {@code Rosenbrock.extended} on Hipparchus {@link Gradient}s. */
public final class HipparchusRosenbrock {
  private HipparchusRosenbrock() {}

  public static Gradient extended(Gradient[] x) {
    Gradient sum = Gradient.constant(x[0].getFreeParameters(), 0);
    for (int i = 0; i < x.length / 2; i++) {
      Gradient a = x[2 * i].multiply(x[2 * i]).subtract(x[2 * i + 1]);
      Gradient b = x[2 * i].subtract(1);
      sum = sum.add(a.multiply(a).multiply(100)).add(b.multiply(b));
    }
    return sum;
  }

  /** The full gradient into {@code grad}; returns the value. */
  public static double gradient(double[] x, double[] grad) {
    Gradient f = extended(Variables.independent(x, 0, x.length));
    Variables.partials(f, 0, grad);
    return f.getValue();
  }

  /** The derivative along {@code direction}. */
  public static double directional(double[] x, double[] direction) {
    return extended(Variables.along(x, direction)).getPartialDerivative(0);
  }
}
