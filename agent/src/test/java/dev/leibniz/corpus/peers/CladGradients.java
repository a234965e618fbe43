package dev.leibniz.corpus.peers;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The peer round").
 * Source: Clad (vgvassilev/clad on GitHub, commit 4b2c0eef), test/Gradient/Gradients.C and
 * test/Gradient/TestTypeConversion.C (fn_type_conversion).
 * Licence: Clad is LGPL-3.0. No text was copied: each function was written here, in Java, from what the C++ function
 * computes (same name, same statements in the same order).
 * Translation: std::pow is Math.pow; sum_of_powers (which Clad's test gives a custom pullback) is an ordinary helper
 * here; C++ conditions on doubles (`if (i*j && ...)`, `if ((res = ...) && ...)`) compare with 0; `float* p` is a
 * float[].
 */

import dev.leibniz.Differentiable;

public final class CladGradients {
  private CladGradients() {}

  @Differentiable
  public static double f_c(double x, double y) {
    return -x * y + (x + y) * (x / y) - x * x;
  }

  @Differentiable
  public static double f_rosenbrock(double x, double y) {
    return (x - 1) * (x - 1) + 100 * (y - x * x) * (y - x * x);
  }

  @Differentiable
  public static double f_cond2(double x, double y) {
    return (x > y ? x : (y > 0 ? y : -y));
  }

  @Differentiable
  public static double f_cond4(double x, double y) {
    int i = 0;
    double[] arr = {x, y};
    if (x > 0) y = arr[i] * x;
    return y;
  }

  @Differentiable
  public static double f_if2(double x, double y) {
    if (x > y) return x;
    else if (y > 0) return y;
    else return -y;
  }

  static double sum_of_powers(double x, double y, double z, double p) {
    return Math.pow(x, p) + Math.pow(y, p) + Math.pow(z, p);
  }

  @Differentiable
  public static double f_norm(double x, double y, double z, double d) {
    return Math.pow(sum_of_powers(x, y, z, d), 1 / d);
  }

  @Differentiable
  public static double f_sin(double x, double y) {
    return (Math.sin(x) + Math.sin(y)) * (x + y);
  }

  @Differentiable
  public static double f_decls3(double x, double y) {
    double a = 3 * x;
    double c = 333 * y;
    if (x > 1) return 2 * a;
    else if (x < -1) return -2 * a;
    double b = a * a;
    return b;
  }

  @Differentiable
  public static float running_sum(float[] p, int n) {
    for (int i = 1; i < n; i++) p[i] += p[i - 1];
    return p[n - 1];
  }

  @Differentiable
  public static double fn_increment_in_return(double i, double j) {
    double temp = i;
    return (++i) * temp;
  }

  @Differentiable
  public static double fn_cond_add_assign(double i, double j) {
    double res = 0;
    if ((res = 2 * i * j) != 0 && (res += 3 * i * j) != 0 && (res += 5 * i * j) != 0) res += 6 * i * j;
    return res;
  }

  @Differentiable
  public static double f_mult3(double i, double j) {
    i = (i + j) * (i < 10 ? i : j);
    return i;
  }

  /** TestTypeConversion.C: a float multiplied by an int a - 1 times. */
  @Differentiable
  public static float fn_type_conversion(float z, int a) {
    for (int i = 1; i < a; i++) z = z * a;
    return z;
  }
}
