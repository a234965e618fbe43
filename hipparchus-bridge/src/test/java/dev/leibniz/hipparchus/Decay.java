package dev.leibniz.hipparchus;

import dev.leibniz.Differentiable;

/**
 * Test models. {@code residuals}: a damped oscillation {@code a e^{-b t} cos(c t + d) + e} against
 * observations held in fields (5 parameters, m residuals: Jacobian by columns). {@code wide}: 3
 * residuals of 6 parameters (by rows). {@code rosenbrock}: an objective.
 */
public class Decay {
  private final double[] t;
  private final double[] y;

  public Decay(double[] t, double[] y) {
    this.t = t;
    this.y = y;
  }

  /** The model at time {@code t}. */
  public static double model(double[] p, double t) {
    return p[0] * Math.exp(-p[1] * t) * Math.cos(p[2] * t + p[3]) + p[4];
  }

  @Differentiable
  public void residuals(double[] p, double[] out) {
    for (int i = 0; i < t.length; i++) {
      out[i] = p[0] * Math.exp(-p[1] * t[i]) * Math.cos(p[2] * t[i] + p[3]) + p[4] - y[i];
    }
  }

  @Differentiable
  public static void wide(double[] x, double[] out) {
    out[0] = x[0] * x[1] + Math.sin(x[2]) - x[5];
    out[1] = x[3] * x[3] * x[4] + x[0];
    out[2] = Math.exp(x[1] - x[4]) * x[5] + x[2] * x[3];
  }

  @Differentiable
  public static double rosenbrock(double[] x) {
    double f = 0;
    for (int i = 0; i + 1 < x.length; i += 2) {
      double a = x[i] * x[i] - x[i + 1];
      double b = x[i] - 1;
      f += 100 * a * a + b * b;
    }
    return f;
  }

  /** Tridiagonal: out[i] depends on x[i-1], x[i], x[i+1] (3 colours whatever n is). */
  @Differentiable
  public static void chain(double[] x, double[] out) {
    int n = x.length;
    for (int i = 0; i < n; i++) {
      double left = i > 0 ? x[i - 1] : 1, right = i + 1 < n ? x[i + 1] : 0;
      out[i] = left * x[i] + Math.sin(right) - 2 * x[i] * x[i];
    }
  }

  /** Its structure depends on the point: where x[i] ≤ 0, out[i] also reads x[i+1]. */
  @Differentiable
  public static void branchy(double[] x, double[] out) {
    int n = x.length;
    for (int i = 0; i < n; i++) {
      out[i] = x[i] > 0 ? x[i] * x[i] : x[i] * x[(i + 1) % n];
    }
  }

  /** {@link #chain} with vector tangents: one {@code chainVector$tangents} call per Jacobian. */
  @Differentiable(tangents = true)
  public static void chainVector(double[] x, double[] out) {
    int n = x.length;
    for (int i = 0; i < n; i++) {
      double left = i > 0 ? x[i - 1] : 1, right = i + 1 < n ? x[i + 1] : 0;
      out[i] = left * x[i] + Math.sin(right) - 2 * x[i] * x[i];
    }
  }

  /** {@link #branchy} with vector tangents. */
  @Differentiable(tangents = true)
  public static void branchyVector(double[] x, double[] out) {
    int n = x.length;
    for (int i = 0; i < n; i++) {
      out[i] = x[i] > 0 ? x[i] * x[i] : x[i] * x[(i + 1) % n];
    }
  }

  /**
   * Four rows (out.length), each reading its own block of ten parameters: the rows share no column
   * (one row colour, ten column colours), so its sparse Jacobian is taken by reverse rows.
   */
  @Differentiable(tangents = true)
  public static void blocks(double[] x, double[] out) {
    for (int i = 0; i < out.length; i++) {
      double s = 0;
      for (int j = 10 * i; j < 10 * i + 10; j++) s += Math.sin(x[j]) * x[j];
      out[i] = s * s;
    }
  }

  /** {@link #blocks} with x[0] in every row too: four row colours, eleven column colours. */
  @Differentiable
  public static void bordered(double[] x, double[] out) {
    for (int i = 0; i < out.length; i++) {
      double s = 0;
      for (int j = 10 * i; j < 10 * i + 10; j++) s += Math.sin(x[j]) * x[j];
      out[i] = s * s + x[0] * x[10 * i + 5];
    }
  }

  /** Not marked: has no companions. */
  public static void unmarked(double[] x, double[] out) {
    out[0] = x[0];
  }

  /** Adds into {@code out} (twice), so it is right only when out starts at zero; row i reads x[i] and x[i+1]. */
  @Differentiable
  public static void addsInto(double[] x, double[] out) {
    for (int t = 1; t <= 2; t++) {
      for (int i = 0; i < out.length; i++) {
        out[i] += t * Math.sin(x[i]) * x[(i + 1) % x.length];
      }
    }
  }
}
