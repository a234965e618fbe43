package dev.leibniz.corpus.peers;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The peer round").
 * Source: Zygote.jl (FluxML/Zygote.jl on GitHub), test/gradcheck.jl: the array functions its gradtest/gradient
 * testsets differentiate — circshift (gradient of circshift(x, shift)[1]), sort, cumsum, prod (with a zero entry),
 * logsumexp, reverse — written as Java loops and the JDK calls a Java programmer would use for them.
 * Licence: MIT (Zygote.jl is licensed under the MIT "Expat" License). Written here in Java from the Julia calls'
 * meaning; no text was copied.
 * Translation: circshift builds the shifted copy with two System.arraycopy calls; circshift_inplace rotates by one in
 * place with an overlapping System.arraycopy (memmove semantics); sort is Arrays.sort on a copy, its result weighted
 * so that the permutation matters; indices are 0-based.
 */

import dev.leibniz.Differentiable;
import java.util.Arrays;

public final class ZygoteGradcheck {
  private ZygoteGradcheck() {}

  @Differentiable
  public static double circshift_first(double[] x, int shift) {
    int n = x.length;
    int s = ((shift % n) + n) % n;
    double[] y = new double[n];
    System.arraycopy(x, 0, y, s, n - s);
    System.arraycopy(x, n - s, y, 0, s);
    return y[0];
  }

  @Differentiable
  public static void circshift_inplace(double[] x) {
    double last = x[x.length - 1];
    System.arraycopy(x, 0, x, 1, x.length - 1);
    x[0] = last;
  }

  @Differentiable
  public static double sort_weighted(double[] x) {
    double[] s = x.clone();
    Arrays.sort(s);
    double r = 0;
    for (int i = 0; i < s.length; i++) r += (i + 1) * s[i];
    return r;
  }

  @Differentiable
  public static void cumsum(double[] x) {
    for (int i = 1; i < x.length; i++) x[i] += x[i - 1];
  }

  @Differentiable
  public static double prod(double[] x) {
    double p = 1;
    for (double v : x) p *= v;
    return p;
  }

  @Differentiable
  public static double logsumexp(double[] x) {
    double m = Double.NEGATIVE_INFINITY;
    for (double v : x) m = Math.max(m, v);
    double s = 0;
    for (double v : x) s += Math.exp(v - m);
    return m + Math.log(s);
  }

  @Differentiable
  public static double reverse_weighted(double[] x) {
    double[] r = new double[x.length];
    for (int i = 0; i < x.length; i++) r[i] = x[x.length - 1 - i];
    double s = 0;
    for (int i = 0; i < r.length; i++) s += (i + 1) * r[i] * r[i];
    return s;
  }
}
