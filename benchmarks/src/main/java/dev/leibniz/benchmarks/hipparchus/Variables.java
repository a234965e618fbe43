package dev.leibniz.benchmarks.hipparchus;

import org.hipparchus.analysis.differentiation.Gradient;

/**
 * Turns {@code double} inputs into Hipparchus {@link Gradient} inputs, in one of two modes: every
 * entry its own free parameter (a full gradient in one evaluation, at a cost per operation that
 * grows with the number of parameters), or every entry seeded along one direction (one free
 * parameter: a directional derivative, at a small constant cost per operation).
 */
public final class Variables {
  private Variables() {}

  /** Entry {@code i} becomes free parameter {@code first + i} of {@code total}. */
  public static Gradient[] independent(double[] values, int first, int total) {
    Gradient[] out = new Gradient[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = Gradient.variable(total, first + i, values[i]);
    }
    return out;
  }

  /** Entry {@code i} with derivative {@code direction[i]} along the one free parameter. */
  public static Gradient[] along(double[] values, double[] direction) {
    Gradient[] out = new Gradient[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = new Gradient(values[i], direction[i]);
    }
    return out;
  }

  /** Constants in a computation with {@code freeParameters} free parameters. */
  public static Gradient[] constants(double[] values, int freeParameters) {
    Gradient[] out = new Gradient[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = Gradient.constant(freeParameters, values[i]);
    }
    return out;
  }

  /** Copies the partial derivatives {@code first .. first + out.length} of {@code g} into {@code out}. */
  public static void partials(Gradient g, int first, double[] out) {
    double[] all = g.getGradient();
    System.arraycopy(all, first, out, 0, out.length);
  }
}
