package dev.leibniz.corpus.peers;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The peer round").
 * Source: Enzyme (EnzymeAD/Enzyme on GitHub), enzyme/test/Integration/ReverseMode/: overwrite_outer_loop.c (f: each
 * outer pass stores over the range the previous pass read, so the reverse pass needs the values read),
 * sumtil2.c (sumtil2, the C function sumtil: a running sum that breaks past 15), frexp.c (f: the mantissa of x,
 * derivative 2^-exponent), headerremat.c (integrate_image: int casts of an active step size, an output array scaled
 * in place by them).
 * Licence: Enzyme is Apache-2.0 with LLVM exceptions. Written here in Java from the C functions (same statements);
 * no comments or other text were copied.
 * Translation: `long* offs` (enzyme_const) is a long[]; frexp(x, &exp) is Math.scalb(x, -(Math.getExponent(x) + 1))
 * for normal x (the same mantissa in [0.5, 1)); the C functions named f are named after their files; printf dropped.
 */

import dev.leibniz.Differentiable;

public final class EnzymeReverse2 {
  private EnzymeReverse2() {}

  @Differentiable
  public static double overwrite_outer_loop(double[] A, long[] offs, long N, long M) {
    double s = 0;
    if (N <= 0 || M <= 0) return 0;
    for (long i = 0; i < N; i++) {
      long off = offs[(int) i];
      for (long j = 0; j < M; j++) {
        double v = A[(int) (off + M + 1 + j)];
        s += v * v;
        A[(int) (off + j)] = 3.0;
      }
    }
    return s;
  }

  @Differentiable
  public static double sumtil2(double[] vec, int size) {
    double ret = 0.0;
    for (int i = 0; i < size; i++) {
      ret += vec[i];
      if (ret > 15) break;
      ret += vec[i];
    }
    return ret;
  }

  @Differentiable
  public static double frexp(double x) {
    int exp = Math.getExponent(x) + 1;
    return Math.scalb(x, -exp);
  }

  static int evaluate_integrand(final int nr, final int dtheta) {
    return nr * dtheta;
  }

  @Differentiable
  public static double integrate_image(double dr, double[] out) {
    double dtheta = 1;
    double I_estimate = 0;
    for (int k = 0; k < 10; k++) {
      int nr = (int) (dr);
      int ntheta = (int) (dtheta);
      double sum = evaluate_integrand(nr, ntheta);
      out[k] *= nr * ntheta;
      I_estimate = sum * dr;
      dr /= 0.8;
      dtheta = dr / 4.0;
    }
    return I_estimate;
  }
}
