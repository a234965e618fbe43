package dev.leibniz.corpus.peers;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The peer round").
 * Source: Clad (vgvassilev/clad on GitHub, commit 4b2c0eef), test/Gradient/RecursiveFunctionEarlyReturn.C (func:
 * recursion inside a loop, each call adding to v[0] before recursing, v shared by all calls) and
 * test/FirstDerivative/Recursive.C (f_pow: arg * f_pow(arg, p - 1), written for int and differentiated in arg).
 * Licence: Clad is LGPL-3.0. No text was copied: written here in Java from what the C++ functions compute.
 * Translation: std::vector<double>& v is a double[]; f_pow's int argument is a double (Clad differentiates it as a
 * number).
 */

import dev.leibniz.Differentiable;

public final class CladRecursion {
  private CladRecursion() {}

  @Differentiable
  public static double func(double[] A, int n, double[] v) {
    if (n <= 1) return A[0] * v[0];
    double res = 0;
    for (int i = 0; i < n; i++) {
      v[0] += A[i];
      res += func(A, n - 1, v);
    }
    return res;
  }

  @Differentiable
  public static double f_pow(double arg, int p) {
    if (p == 0) return 1;
    else return arg * f_pow(arg, p - 1);
  }
}
