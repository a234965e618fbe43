package dev.leibniz.secondorder;

import dev.leibniz.Differentiable;
import java.util.Arrays;

/**
 * Functions marked {@code order = 2}, one per construct that the generated adjoint contains and
 * its tangent must handle: straight-line scalar code (no tape), loops with recomputation, loops
 * that tape doubles and branch histories, calls reversed in joint mode (snapshots, callee
 * adjoints, scalar adjoint buffers), array copies and fills, instance methods, float arithmetic.
 */
public class SecondOrderFunctions {
  private final double weight;

  public SecondOrderFunctions(double weight) {
    this.weight = weight;
  }

  /** Scalar parameters: the adjoint returns the gradient in an array. */
  @Differentiable(order = 2)
  public static double scalar(double x, double y) {
    return x * x * Math.sin(y) + Math.exp(x * y) / (1 + y * y);
  }

  /** The extended Rosenbrock function (even n). */
  @Differentiable(order = 2)
  public static double rosenbrock(double[] x) {
    double f = 0;
    for (int i = 0; i < x.length; i += 2) {
      double a = 10 * (x[i + 1] - x[i] * x[i]);
      double b = 1 - x[i];
      f += a * a + b * b;
    }
    return f;
  }

  /** A recurrence whose reverse needs a double tape, and a branch whose history is taped. */
  @Differentiable(order = 2)
  public static double recurrence(double[] x) {
    double s = 0.5;
    for (int i = 0; i < x.length; i++) {
      if (x[i] > 0) {
        s = Math.sin(s * x[i]) + 0.5 * s;
      } else {
        s = Math.exp(0.3 * x[i]) * s - x[i];
      }
      s = s * Math.cos(s);
    }
    return s * s;
  }

  /** A helper with a loop, reversed in joint mode (its adjoint and, here, its second-order companion). */
  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  /** A helper that writes into an array argument. */
  private static void square(double[] in, double[] out) {
    for (int i = 0; i < in.length; i++) {
      out[i] = in[i] * in[i] + Math.sin(in[i]);
    }
  }

  @Differentiable(order = 2)
  public static double calls(double[] x) {
    double[] y = new double[x.length];
    square(x, y);
    double d = dot(y, x);
    return d * Math.log(1 + dot(x, x)) + Math.tanh(y[0]);
  }

  /** Array copies, fills and a passive data array. */
  @Differentiable(order = 2)
  public static double copies(double[] x, double[] data, int n) {
    double[] c = Arrays.copyOf(x, n + 2);
    Arrays.fill(c, n, n + 2, x[0] * x[1]);
    double[] d = new double[n];
    System.arraycopy(c, 1, d, 0, n - 1);
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += data[i] * c[i] * d[i] + c[n] * c[i];
    }
    return s;
  }

  /** A quadratic form with a per-instance weight: an instance companion. */
  @Differentiable(order = 2)
  public double energy(double[] x) {
    double e = 0;
    for (int i = 0; i + 1 < x.length; i++) {
      double d = x[i + 1] - x[i];
      e += weight * d * d * d * d + Math.cos(x[i]);
    }
    return e;
  }

  /** Calls an unmarked method of another class (hosted companions, second order included). */
  @Differentiable(order = 2)
  public static double hosted(double[] x) {
    return PlainMath.softNorm(x) * x[0] + Math.sin(x[1]);
  }

  /**
   * Adjoints that vanish where their derivatives do not: at {@code x[0] = 1} the adjoint reaching
   * {@code log}, {@code sqrt} and the division is {@code x[0] − 1 = 0}, whose strong zeros
   * ({@code d == 0 ? 0 : d·partial}) must still pass the adjoint's tangent on to H·v.
   */
  @Differentiable(order = 2)
  public static double vanishing(double[] x) {
    double u = x[0] - 1;
    return u * (Math.sin(x[1]) / x[1] + Math.log(x[2]) + Math.sqrt(x[2] * x[1]));
  }

  /**
   * Two residuals whose adjoints vanish in each other's rows: seeded with row 0, the adjoint
   * reaching {@code log} and {@code sqrt} is exactly 0, so a tangent in the seed (row 1, one call
   * for both rows) must pass through their strong zeros.
   */
  @Differentiable(order = 2)
  public static void rows(double[] x, double[] r) {
    r[0] = x[0] * x[1];
    r[1] = Math.log(x[2]) + Math.sqrt(x[1]) / x[0];
  }

  /** A float method: second order in single precision. */
  @Differentiable(order = 2)
  public static float single(float[] x) {
    float s = 0;
    for (int i = 0; i < x.length; i++) {
      s += x[i] * x[i] * x[i] + (float) Math.sin(x[i]);
    }
    return s;
  }
}
