package dev.leibniz.corpus.peers;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The peer round").
 * Source: Enzyme (EnzymeAD/Enzyme on GitHub), enzyme/test/Integration/ReverseMode/: insertsort_sum.c
 * (insertsort_sum), mycos.c (my_sin, factorial), recurse.c (recurse_max, recurse_max_helper), sumtil.c (sumtil),
 * readwriteread.c (readwriteread and its helpers f_read, g_write, h_read), invsqrt.c (invmag, Q_rsqrt),
 * taylorlog.c (taylorlog), manymax.c (alldiv, alldiv2).
 * Licence: Enzyme is Apache-2.0 with LLVM exceptions. The functions were written here in Java from the C functions
 * (same names, same statements in the same order); no comments or other text were copied.
 * Translation: C pointers are Java arrays (a `float* ret` written once is a float[] of length 1; `double* x` read and
 * written through `*x` is a double[] of length 1); uint64_t is long and unsigned is int; pow(x, i) with an integer i
 * is Math.pow(x, i); Q_rsqrt's type pun `*(int32_t*) &y` is Float.floatToRawIntBits and back Float.intBitsToFloat;
 * Enzyme's test registers a custom gradient for Q_rsqrt (the bit trick has no useful derivative), which Java has no
 * way to say, so invmag is differentiated through the trick as written. my_sin is marked order = 2: Enzyme's test
 * checks its second and fourth derivatives.
 */

import dev.leibniz.Differentiable;

public final class EnzymeReverse {
  private EnzymeReverse() {}

  @Differentiable
  public static void insertsort_sum(float[] array, int N, float[] ret) {
    float sum = 0;
    for (int i = 1; i < N; i++) {
      int j = i;
      while (j > 0 && array[j - 1] < array[j]) {
        float tmp = array[j];
        array[j] = array[j - 1];
        array[j - 1] = tmp;
        j -= 1;
      }
    }
    for (int i = 0; i < N / 2; i++) sum += array[i];
    ret[0] = sum;
  }

  static long factorial(long x) {
    if (x == 0) return 1;
    return x * factorial(x - 1);
  }

  @Differentiable(order = 2)
  public static double my_sin(double x) {
    double result = 0;
    long N = 12;
    for (long i = 0; i <= N; i++) {
      if (i % 2 == 0) continue;
      result += Math.pow(x, i) / factorial(i) * (i % 4 == 1 ? 1 : -1);
    }
    return result;
  }

  static double recurse_max_helper(float[] a, float[] b, int N) {
    if (N <= 0) return a[0] + b[0];
    return recurse_max_helper(a, b, N - 1) + recurse_max_helper(a, b, N - 2);
  }

  @Differentiable
  public static void recurse_max(float[] a, float[] b, float[] ret, int N) {
    ret[0] = (float) recurse_max_helper(a, b, N);
  }

  @Differentiable
  public static double sumtil(double[] vec, int size) {
    double ret = 0.0;
    for (int i = 0; i < size; i++) {
      ret += vec[i] * vec[i];
      if (ret > 30) break;
      ret += vec[i] * vec[i];
      vec[i] = 0;
    }
    return ret;
  }

  static double f_read(double[] x) {
    double product = x[0] * x[0];
    return product;
  }

  static void g_write(double[] x, double product) {
    x[0] = x[0] * product;
  }

  static double h_read(double[] x) {
    return x[0];
  }

  static double readwriteread_helper(double[] x) {
    double product = f_read(x);
    g_write(x, product);
    double ret = h_read(x);
    return ret;
  }

  @Differentiable
  public static void readwriteread(double[] x, double[] ret) {
    ret[0] = readwriteread_helper(x);
  }

  static float Q_rsqrt(float number) {
    int i;
    float x2, y;
    final float threehalfs = 1.5F;
    x2 = number * 0.5F;
    y = number;
    i = Float.floatToRawIntBits(y);
    i = 0x5f3759df - (i >> 1);
    y = Float.intBitsToFloat(i);
    y = y * (threehalfs - (x2 * y * y));
    return y;
  }

  @Differentiable
  public static double invmag(double[] A, int n) {
    double sumsq = 0;
    for (int i = 0; i < n; i++) sumsq += A[i] * A[i];
    return Q_rsqrt((float) sumsq);
  }

  @Differentiable
  public static double taylorlog(double x, int SINCOSN) {
    double sum = 0;
    for (int i = 1; i <= SINCOSN; i++) sum += Math.pow(x, i) / i;
    return sum;
  }

  @Differentiable
  public static double alldiv(double[] a, int N, double start) {
    for (int i = 0; i < N; i++) {
      if (a[i] > start) start = a[i];
    }
    return start;
  }

  @Differentiable
  public static double alldiv2(double[] a, int N) {
    double start = 0.0f;
    for (int i = 0; i < N; i++) {
      if (a[i] > start) start = a[i];
    }
    return start;
  }
}
