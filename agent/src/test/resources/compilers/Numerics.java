package cfix;

import dev.leibniz.Differentiable;

/**
 * Ordinary numeric Java, compiled by several compilers and settings in OtherJavaCompilersTest
 * (Java 8 syntax, so that javac --release 8 takes it too).
 */
public class Numerics {
  private final double scale;

  public Numerics(double scale) {
    this.scale = scale;
  }

  /** Loops, a ternary, a branch and a private helper: x + 2 x^2 y + 3 x^3 +- y sin y. */
  @Differentiable
  public static double poly(double x, double y) {
    double s = 0;
    for (int i = 1; i <= 3; i++) {
      s += i * Math.pow(x, i) * (i % 2 == 0 ? y : 1);
    }
    return x > 0 ? s + helper(y) : s - helper(y);
  }

  private static double helper(double y) {
    return Math.sin(y) * y;
  }

  /** An enhanced for over an array (each compiler copies the array and index differently). */
  @Differentiable
  public static double norm(double[] v) {
    double s = 0;
    for (double e : v) {
      s += e * e;
    }
    return Math.sqrt(s);
  }

  /** An output array, a guard whose message concatenates (StringBuilder or invokedynamic). */
  @Differentiable
  public static void softmax(double[] x, double[] out) {
    if (x.length != out.length) {
      throw new IllegalArgumentException("lengths " + x.length + " and " + out.length);
    }
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < x.length; i++) {
      max = Math.max(max, x[i]);
    }
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      out[i] = Math.exp(x[i] - max);
      sum += out[i];
    }
    for (int i = 0; i < x.length; i++) {
      out[i] /= sum;
    }
  }

  /** An instance method reading a field, with a switch. */
  @Differentiable
  public double energy(double[] q, int n) {
    double e = 0;
    for (int i = 0; i < n; i++) {
      switch (i % 3) {
        case 0:
          e += scale * q[i] * q[i];
          break;
        case 1:
          e += Math.cos(q[i]);
          break;
        default:
          e -= q[i] / (1 + q[i] * q[i]);
      }
    }
    return e;
  }

  @Differentiable
  public static float single(float x) {
    return (float) Math.exp(x) * x;
  }

  /** Refused in every compilation: the diagnostic must stay located and readable. */
  @Differentiable
  public static double viaText(double x) {
    return Double.parseDouble(String.valueOf(x)) * x;
  }
}
