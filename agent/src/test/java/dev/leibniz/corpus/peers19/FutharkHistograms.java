package dev.leibniz.corpus.peers19;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The nineteenth peer round").
 * Source: Futhark (diku-dk/futhark on GitHub) at commit 48a0c814248b0a2f340234aab979cb57dfdd7b19, the histograms
 * (reduce_by_index, hist) of tests/ad: reduce_by_index0.fut, reducebyindexadd1.fut, reducebyindexmul0.fut (zeros in
 * the buckets and the values, indices out of bounds), reducebyindex0.fut, reducebyindex2.fut, reducebyindex6.fut
 * (the operator x * y * 2), reducebyindexminmax0.fut (max with ties), reducebyindexminmax6.fut, hist_minmax.fut and
 * issue1577.fut, hist_mul.fut and hist_complex.fut.
 * Licence: ISC. Copyright (c) 2013-2022. DIKU, University of Copenhagen. Permission to use, copy, modify, and/or
 * distribute this software for any purpose with or without fee is hereby granted, provided that the above copyright
 * notice and this permission notice appear in all copies (see the ISC licence text); changes: the Futhark programs
 * rewritten in Java.
 * Translation: f32 and f64 are double; reduce_by_index dst op ne is vs is a loop that combines vs[k] into
 * dst[is[k]], skipping indices out of bounds as Futhark does; f32.lowest is -Double.MAX_VALUE; the max operator is
 * Math.max (hist_minmax.fut) or a comparison that keeps the earlier value at a tie (reducebyindexminmax0.fut).
 */

import dev.leibniz.Differentiable;

public final class FutharkHistograms {
  private FutharkHistograms() {}

  /** reduce_by_index0.fut: hist (+) 0 4 is (map (+ 2) vs). */
  @Differentiable
  public static void histPlusTwo(int[] is, double[] vs, double[] out) {
    java.util.Arrays.fill(out, 0);
    for (int k = 0; k < is.length; k++) {
      out[is[k]] += vs[k] + 2;
    }
  }

  /** reducebyindexadd1.fut: reduce_by_index (copy dst) (+) 0 is vs. */
  @Differentiable
  public static void histAdd(int[] is, double[] dst, double[] vs, double[] out) {
    System.arraycopy(dst, 0, out, 0, dst.length);
    for (int k = 0; k < is.length; k++) {
      int i = is[k];
      if (i >= 0 && i < out.length) {
        out[i] = out[i] + vs[k];
      }
    }
  }

  /** reducebyindexmul0.fut: reduce_by_index (copy dst) (*) 1 is vs. */
  @Differentiable
  public static void histMul(int[] is, double[] dst, double[] vs, double[] out) {
    System.arraycopy(dst, 0, out, 0, dst.length);
    for (int k = 0; k < is.length; k++) {
      int i = is[k];
      if (i >= 0 && i < out.length) {
        out[i] = out[i] * vs[k];
      }
    }
  }

  /** reducebyindex0.fut: map2 (*) (reduce_by_index (copy dst) (\x y -> x * y * 2) 0.5 is vs) c. */
  @Differentiable
  public static void histTwiceTimes(int[] is, double[] dst, double[] vs, double[] c, double[] out) {
    double[] r = dst.clone();
    for (int k = 0; k < is.length; k++) {
      int i = is[k];
      if (i >= 0 && i < r.length) {
        r[i] = r[i] * vs[k] * 2;
      }
    }
    for (int i = 0; i < r.length; i++) {
      out[i] = r[i] * c[i];
    }
  }

  /** reducebyindex2.fut: reduce_by_index (copy dst) (*) 1 is (map2 (*) c vs). */
  @Differentiable
  public static void histMulScaled(int[] is, double[] dst, double[] vs, double[] c, double[] out) {
    System.arraycopy(dst, 0, out, 0, dst.length);
    for (int k = 0; k < is.length; k++) {
      int i = is[k];
      if (i >= 0 && i < out.length) {
        out[i] *= c[k] * vs[k];
      }
    }
  }

  /** reducebyindex6.fut: reduce_by_index (replicate 2 0.5) (\x y -> x * y * 2) 0.5 is as. */
  @Differentiable
  public static void histTwice(int[] is, double[] as, double[] out) {
    java.util.Arrays.fill(out, 0.5);
    for (int k = 0; k < is.length; k++) {
      int i = is[k];
      if (i >= 0 && i < out.length) {
        out[i] = out[i] * as[k] * 2;
      }
    }
  }

  /** reducebyindexminmax0.fut: reduce_by_index (replicate 5 0) f32.max f32.lowest is vs (the earlier at a tie). */
  @Differentiable
  public static void histMax(int[] is, double[] vs, double[] out) {
    java.util.Arrays.fill(out, 0);
    for (int k = 0; k < is.length; k++) {
      int i = is[k];
      if (vs[k] > out[i]) {
        out[i] = vs[k];
      }
    }
  }

  /** reducebyindexminmax6.fut: map2 (+) (map (** 2) dst) (reduce_by_index dst f32.max f32.lowest is vs). */
  @Differentiable
  public static void histMaxSquares(double[] dst, int[] is, double[] vs, double[] out) {
    double[] b = dst.clone();
    for (int k = 0; k < is.length; k++) {
      b[is[k]] = Math.max(b[is[k]], vs[k]);
    }
    for (int i = 0; i < dst.length; i++) {
      out[i] = Math.pow(dst[i], 2) + b[i];
    }
  }

  /** hist_minmax.fut: hist f32.max f32.lowest k is vs. */
  @Differentiable
  public static void histMaxLowest(int[] is, double[] vs, double[] out) {
    java.util.Arrays.fill(out, -Double.MAX_VALUE);
    for (int k = 0; k < is.length; k++) {
      int i = is[k];
      if (i >= 0 && i < out.length) {
        out[i] = Math.max(out[i], vs[k]);
      }
    }
  }

  /** issue1577.fut: reduce_by_index (replicate 5 1) (*) 1 is vs. */
  @Differentiable
  public static void histProduct(int[] is, double[] vs, double[] out) {
    java.util.Arrays.fill(out, 1);
    for (int k = 0; k < is.length; k++) {
      out[is[k]] *= vs[k];
    }
  }

  /** hist_mul.fut: map2 (*) (hist (*) 1 m is vs) c. */
  @Differentiable
  public static void histMulTimes(int[] is, double[] vs, double[] c, double[] out) {
    double[] r = new double[c.length];
    java.util.Arrays.fill(r, 1);
    for (int k = 0; k < is.length; k++) {
      int i = is[k];
      if (i >= 0 && i < r.length) {
        r[i] *= vs[k];
      }
    }
    for (int i = 0; i < r.length; i++) {
      out[i] = r[i] * c[i];
    }
  }

  /** hist_complex.fut: map2 (*) (hist (\x y -> x * y * 2) 0.5 m is vs) c. */
  @Differentiable
  public static void histTwiceC(int[] is, double[] vs, double[] c, double[] out) {
    double[] r = new double[c.length];
    java.util.Arrays.fill(r, 0.5);
    for (int k = 0; k < is.length; k++) {
      int i = is[k];
      if (i >= 0 && i < r.length) {
        r[i] = r[i] * vs[k] * 2;
      }
    }
    for (int i = 0; i < r.length; i++) {
      out[i] = r[i] * c[i];
    }
  }
}
