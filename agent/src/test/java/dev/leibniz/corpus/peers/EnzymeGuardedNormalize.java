package dev.leibniz.corpus.peers;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The peer round").
 * Source: Enzyme (EnzymeAD/Enzyme on GitHub), enzyme/test/Integration/ForwardMode/guarded_normalize.c: three ways to
 * guard the normalisation of a vector that can vanish (the length tested after the sqrt, the square tested before it,
 * the length floored branch-free by fmax), and the rotated frame of Nishikawa and Kitamura built from two guarded
 * normalisations and a sign flip, with the three identities of the frame (|n1|^2 = 1, n1.n2 = 0,
 * alpha1^2 + alpha2^2 = 1) whose gradients the test requires to vanish, also on both degenerate branches.
 * Licence: Enzyme is Apache-2.0 with LLVM exceptions. Written here in Java from the C functions (same names, same
 * statements); no comments or other text were copied.
 * Translation: fmax is Math.max; the face normal nf, which the test passes as enzyme_const, is held by the receiver
 * (fields are passive), so the frame functions are instance methods of x alone; local C arrays are Java arrays.
 */

import dev.leibniz.Differentiable;

public final class EnzymeGuardedNormalize {
  static final double GUARD_EPS = 1.0e-12;

  final double[] nf;

  public EnzymeGuardedNormalize(double[] nf) {
    this.nf = nf;
  }

  @Differentiable
  public static void normalize_guard_after(double[] v, double[] n) {
    double len = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
    if (len <= GUARD_EPS) {
      n[0] = 1.0;
      n[1] = 0.0;
      n[2] = 0.0;
      return;
    }
    double inv = 1.0 / len;
    n[0] = v[0] * inv;
    n[1] = v[1] * inv;
    n[2] = v[2] * inv;
  }

  @Differentiable
  public static void normalize_guard_before(double[] v, double[] n) {
    double sq = v[0] * v[0] + v[1] * v[1] + v[2] * v[2];
    if (sq <= GUARD_EPS * GUARD_EPS) {
      n[0] = 1.0;
      n[1] = 0.0;
      n[2] = 0.0;
      return;
    }
    double inv = 1.0 / Math.sqrt(sq);
    n[0] = v[0] * inv;
    n[1] = v[1] * inv;
    n[2] = v[2] * inv;
  }

  @Differentiable
  public static void normalize_guard_floor(double[] v, double[] n) {
    double len = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
    double inv = 1.0 / Math.max(len, GUARD_EPS);
    n[0] = v[0] * inv;
    n[1] = v[1] * inv;
    n[2] = v[2] * inv;
  }

  static void rotated_frame(double[] x, double[] nf, double[] out) {
    double[] dq = {x[3] - x[0], x[4] - x[1], x[5] - x[2]};
    double len = Math.sqrt(dq[0] * dq[0] + dq[1] * dq[1] + dq[2] * dq[2]);
    if (len <= GUARD_EPS) {
      for (int i = 0; i < 3; i++) {
        out[i] = nf[i];
        out[3 + i] = nf[i];
      }
      out[6] = 0.0;
      out[7] = 1.0;
      return;
    }
    double[] n1 = {dq[0] / len, dq[1] / len, dq[2] / len};
    double a1 = nf[0] * n1[0] + nf[1] * n1[1] + nf[2] * n1[2];
    if (a1 < 0.0) {
      for (int i = 0; i < 3; i++) n1[i] = -n1[i];
      a1 = -a1;
    }
    double[] t = {nf[0] - a1 * n1[0], nf[1] - a1 * n1[1], nf[2] - a1 * n1[2]};
    double tlen = Math.sqrt(t[0] * t[0] + t[1] * t[1] + t[2] * t[2]);
    if (tlen <= GUARD_EPS) {
      for (int i = 0; i < 3; i++) {
        out[i] = n1[i];
        out[3 + i] = nf[i];
      }
      out[6] = 1.0;
      out[7] = 0.0;
      return;
    }
    for (int i = 0; i < 3; i++) {
      out[i] = n1[i];
      out[3 + i] = t[i] / tlen;
    }
    out[6] = a1;
    out[7] = nf[0] * out[3] + nf[1] * out[4] + nf[2] * out[5];
  }

  @Differentiable
  public double frame_n1_normsq(double[] x) {
    double[] o = new double[8];
    rotated_frame(x, nf, o);
    return o[0] * o[0] + o[1] * o[1] + o[2] * o[2];
  }

  @Differentiable
  public double frame_n1_dot_n2(double[] x) {
    double[] o = new double[8];
    rotated_frame(x, nf, o);
    return o[0] * o[3] + o[1] * o[4] + o[2] * o[5];
  }

  @Differentiable
  public double frame_alpha_normsq(double[] x) {
    double[] o = new double[8];
    rotated_frame(x, nf, o);
    return o[6] * o[6] + o[7] * o[7];
  }
}
