package dev.leibniz.vector;

import dev.leibniz.Differentiable;

/** Fixtures of {@link VectorTangentTest}: every construct the vector tangents support. */
public class VectorFunctions {
  private final double[] weights;

  public VectorFunctions(double[] weights) {
    this.weights = weights;
  }

  /** Scalar parameters, math functions with non-trivial partials, division. */
  @Differentiable(tangents = true)
  public static double scalars(double x, double y) {
    return Math.sin(x) * y + x / y + Math.exp(x * y) - Math.pow(y, 3) % 2.5;
  }

  /** A loop with an active accumulator (a phi), array loads, a math call. */
  @Differentiable(tangents = true)
  public static double loop(double[] x) {
    double s = 0;
    int n = x.length;
    for (int i = 0; i < n; i++) {
      s += Math.log(1 + x[i] * x[i]) * x[(i + 1) % n];
    }
    return s;
  }

  /** Loop-carried values that swap: the phis' tangents need a parallel copy on the back edge. */
  @Differentiable(tangents = true)
  public static double rotate(double a, double b, double x, int steps) {
    for (int i = 0; i < steps; i++) {
      double t = a;
      a = b;
      b = t + b * x;
    }
    return a + 2 * b;
  }

  /** An output array, a local array, a branch on a value (different paths per element). */
  @Differentiable(tangents = true)
  public static void residuals(double[] x, double[] r) {
    double[] tmp = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      tmp[i] = x[i] > 0.5 ? Math.sqrt(x[i]) * x[0] : x[i] * x[i] - x[x.length - 1];
    }
    for (int i = 0; i + 1 < x.length; i++) {
      r[i] = tmp[i] * tmp[i + 1] - Math.atan2(x[i], 1 + tmp[i]);
    }
    r[x.length - 1] = tmp[0] / (1 + tmp[x.length - 1] * tmp[x.length - 1]);
  }

  /** Not inlined (it has a loop): called through its own {@code $tangents}. */
  @Differentiable(tangents = true)
  public static double norm2(double[] x, double scale) {
    double s = 0;
    for (double v : x) s += v * v;
    return scale * s;
  }

  /** Writes an array argument. */
  @Differentiable(tangents = true)
  public static void squares(double[] x, double[] out) {
    for (int i = 0; i < x.length; i++) out[i] = x[i] * x[i];
  }

  /** Calls with scalar and array arguments, a scalar result, copies of arrays. */
  @Differentiable(tangents = true)
  public static double calls(double[] x, double a) {
    double[] sq = new double[x.length];
    squares(x, sq);
    double[] copy = sq.clone();
    double[] tail = java.util.Arrays.copyOf(x, x.length);
    System.arraycopy(copy, 1, tail, 0, x.length - 1);
    double n = norm2(tail, a * a);
    return n + Math.cos(norm2(x, 1.0)) * a;
  }

  /** An instance method with passive data in a field. */
  @Differentiable(tangents = true)
  public double weighted(double[] x) {
    double s = 0;
    for (int i = 0; i < x.length; i++) s += weights[i % weights.length] * Math.tanh(x[i]);
    return s * s;
  }

  /** Calls an unmarked helper with a loop (not inlined): it gets a private {@code $tangents}. */
  @Differentiable(tangents = true)
  public static double viaHelper(double[] x, double a) {
    double[] y = new double[x.length];
    scaleInto(x, a, y);
    return logSumExp(y) * a;
  }

  private static void scaleInto(double[] x, double a, double[] out) {
    for (int i = 0; i < x.length; i++) out[i] = a * Math.sin(x[i]);
  }

  static double logSumExp(double[] v) {
    double max = v[0];
    for (int i = 1; i < v.length; i++) if (v[i] > max) max = v[i];
    double sum = 0;
    for (double e : v) sum += Math.exp(e - max);
    return Math.log(sum) + max;
  }

  /** Fills with active values, whole and a range: every element gets each direction's tangent. */
  @Differentiable(tangents = true)
  public static double filled(double[] x, double a) {
    double[] t = new double[x.length + 2];
    java.util.Arrays.fill(t, a * x[0]);
    java.util.Arrays.fill(t, 1, 3, Math.sin(a));
    double s = 0;
    for (int i = 0; i < x.length; i++) s += t[i] * x[i] + t[i + 2];
    return s;
  }

  /** An array chosen by a branch (a phi of arrays): its tangents follow the choice. */
  @Differentiable(tangents = true)
  public static double chosen(double[] x, double a) {
    double[] u = new double[x.length];
    double[] v = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      u[i] = a * x[i];
      v[i] = Math.sin(x[i]) + a;
    }
    double[] w = a > 0 ? u : v;
    double s = 0;
    for (double e : w) s += e * e;
    return s;
  }

  /** max(√v, 1)·w: at v = 0 the tangent of √v is infinite and max does not select it. */
  @Differentiable(tangents = true)
  public static double capped(double v, double w) {
    return Math.max(Math.sqrt(v), 1.0) * w;
  }

  /** √x·y + y/z: at x = 0 the partial of √x is infinite, at z = 0 the divisor is zero. */
  @Differentiable(tangents = true)
  public static double singular(double x, double y, double z) {
    return Math.sqrt(x) * y + y / z;
  }

  /**
   * Two same-class helpers with arrays of different lengths called one after the other in a loop
   * (their vector tangents take their arrays from the same place in the workspace, in turn).
   */
  @Differentiable(tangents = true)
  public static double helpersInALoop(double[] x, double a) {
    double s = 0;
    for (int i = 0; i < 3; i++) {
      s += logSumExp(x) * a;
      s += padded(x, a + i);
    }
    return s;
  }

  private static double padded(double[] x, double a) {
    double[] y = new double[x.length + 2];
    for (int i = 0; i < x.length; i++) y[i + 1] = Math.cos(a * x[i]);
    double s = 0;
    for (int i = 1; i + 1 < y.length; i++) s += y[i - 1] * y[i] + y[i + 1];
    return s;
  }

  /** cos then sin of one angle: each partial is the other's primal value (one call of each in {@code $tangents}). */
  @Differentiable(tangents = true)
  public static double turn(double t, double x, double y) {
    double c = Math.cos(t);
    double s = Math.sin(t);
    return c * x - s * y + s * c;
  }
}
