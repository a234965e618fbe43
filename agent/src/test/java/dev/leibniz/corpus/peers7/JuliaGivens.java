package dev.leibniz.corpus.peers7;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The seventh peer round").
 * Source: ForwardDiff.jl's test/DerivativeTest.jl, testset "Givens rotations: Derivatives" (f in [randexp(),
 * -randexp()], g in [0, f/2, 2f, -f/2, -2f], the derivative of each of the three results in f and in g), on Julia's
 * LinearAlgebra.givensAlgorithm(f::T, g::T) where T<:AbstractFloat (JuliaLang/julia, stdlib/LinearAlgebra/src/givens.jl,
 * "derived from LAPACK's dlartg": the special cases g == 0 and f == 0, the scaling loops by floatmin2 above safmx2 and
 * below safmn2, r = sqrt(f1^2 + g1^2), and the sign flip when |f| > |g| and cs < 0).
 * Licence: MIT (Julia; Copyright (c) 2009-2024 Jeff Bezanson, Stefan Karpinski, Viral B. Shah, and other contributors),
 * the algorithm from LAPACK's dlartg (modified BSD licence, Univ. of Tennessee, Univ. of California Berkeley, Univ. of
 * Colorado Denver, NAG Ltd.); ForwardDiff.jl's test: MIT.
 * Translation (written here in Java; no comments copied): floatmin2(Float64) = reinterpret(Float64, 0x21a0000000000000)
 * as Double.longBitsToDouble of that constant; the tuple (cs, sn, r) as a double[3]; the `while true ... break` loops as
 * do-while loops; the entry returns result i of the tuple, i an int as in the test's loop.
 */

import dev.leibniz.Differentiable;

public final class JuliaGivens {
  private JuliaGivens() {}

  static final double SAFMN2 = Double.longBitsToDouble(0x21a0000000000000L);
  static final double SAFMX2 = 1 / SAFMN2;

  static double[] givensAlgorithm(double f, double g) {
    double cs;
    double sn;
    double r;
    if (g == 0) {
      cs = 1;
      sn = 0;
      r = f;
    } else if (f == 0) {
      cs = 0;
      sn = 1;
      r = g;
    } else {
      double f1 = f;
      double g1 = g;
      double scale = Math.max(Math.abs(f1), Math.abs(g1));
      if (scale >= SAFMX2) {
        int count = 0;
        do {
          count++;
          f1 *= SAFMN2;
          g1 *= SAFMN2;
          scale = Math.max(Math.abs(f1), Math.abs(g1));
        } while (scale >= SAFMX2);
        r = Math.sqrt(f1 * f1 + g1 * g1);
        cs = f1 / r;
        sn = g1 / r;
        for (int i = 0; i < count; i++) r *= SAFMX2;
      } else if (scale <= SAFMN2) {
        int count = 0;
        do {
          count++;
          f1 *= SAFMX2;
          g1 *= SAFMX2;
          scale = Math.max(Math.abs(f1), Math.abs(g1));
        } while (scale <= SAFMN2);
        r = Math.sqrt(f1 * f1 + g1 * g1);
        cs = f1 / r;
        sn = g1 / r;
        for (int i = 0; i < count; i++) r *= SAFMN2;
      } else {
        r = Math.sqrt(f1 * f1 + g1 * g1);
        cs = f1 / r;
        sn = g1 / r;
      }
      if (Math.abs(f) > Math.abs(g) && cs < 0) {
        cs = -cs;
        sn = -sn;
        r = -r;
      }
    }
    return new double[] {cs, sn, r};
  }

  @Differentiable
  public static double givens(double f, double g, int i) {
    return givensAlgorithm(f, g)[i];
  }
}
