package dev.leibniz.vector;

import dev.leibniz.Differentiable;

/** A method whose vector adjoint is refused (a loop: its reverse sweep counts the trips down). */
public final class RowRefusals {
  private RowRefusals() {}

  @Differentiable(adjoints = true)
  public static void cumulative(double[] x, double[] r) {
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      s += x[i] * x[i];
      r[i] = s;
    }
  }
}
