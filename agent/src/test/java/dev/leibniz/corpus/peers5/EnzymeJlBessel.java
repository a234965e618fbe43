package dev.leibniz.corpus.peers5;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The fifth peer round").
 * Source: Enzyme.jl (EnzymeAD/Enzyme.jl on GitHub), test/basic.jl (commit 1de77c39), testset "Bessel": mybesselj(nu,
 * z), the series J_nu(z) = sum (-1)^k / Gamma(k + 1) / Gamma(k + nu + 1) (z / 2)^(nu + 2k), each term from the last,
 * with a while loop until a term is at most atol = 1e-8, for nu = 0 and 1 (mybesselj0, mybesselj1), which the test
 * differentiates with test_scalar at z = 1, -1, 0, 0.5, 10, -17.1.
 * Licence: MIT (Copyright (c) 2020 William Moses, Valentin Churavy, and other contributors).
 * Translation (written here in Java; no comments copied): factorial(nu) is a recursion with a long accumulator,
 * (z / 2)^nu is Math.pow with the int nu, atol a local.
 */

import dev.leibniz.Differentiable;

public final class EnzymeJlBessel {
  private EnzymeJlBessel() {}

  static long factorial(int n, long acc) {
    return n <= 1 ? acc : factorial(n - 1, acc * n);
  }

  @Differentiable
  public static double mybesselj(int nu, double z) {
    double atol = 1.0e-8;
    int k = 0;
    double s = Math.pow(z / 2, nu) / factorial(nu, 1L);
    double out = s;
    while (Math.abs(s) > atol) {
      k += 1;
      s *= (-1.0) / k / (k + nu) * Math.pow(z / 2, 2);
      out += s;
    }
    return out;
  }
}
