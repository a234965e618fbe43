package dev.leibniz.corpus.peers5;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The fifth peer round").
 * Source: Enzyme.jl (EnzymeAD/Enzyme.jl on GitHub), test/basic.jl (commit 1de77c39): testset "Statistics" (var, varm,
 * std, stdm, cor, cov, median, middle and quantile of three-element vectors with one active entry), "Dot product"
 * (mapreduce(x -> x * x, +, y), sum(x .* x) and x' * x in Float32 and Float64), sumcopy (sum(copy(x))), "Duplicated"
 * (a[] * b[] of two Refs), "Nested Type Error" (sum(tanh, x)) and "Broadcast eltype inference with sibling frames"
 * (bc_sibling_f and bc_mutual_f, whose helpers h and k call each other through ternaries).
 * Licence: MIT (Copyright (c) 2020 William Moses, Valentin Churavy, and other contributors).
 * Translation (written here in Java; no comments copied): Statistics.jl's functions as a Java programmer writes them
 * (var and std with n - 1, cor by Pearson's formula, median of an odd count by sorting a copy, middle from
 * DoubleStream.max()/min() (OptionalDouble), quantile as Julia's default type 7 on a sorted copy, taking p[] as
 * varargs); the Float32 dot product is a float loop, the Float64 one a stream; Ref is a double[1]; the broadcasts are
 * loops.
 */

import dev.leibniz.Differentiable;
import java.util.Arrays;

public final class EnzymeJlStatistics {
  private EnzymeJlStatistics() {}

  static double mean(double[] v) {
    double s = 0;
    for (double e : v) s += e;
    return s / v.length;
  }

  static double varm(double[] v, double m) {
    double s = 0;
    for (double e : v) s += (e - m) * (e - m);
    return s / (v.length - 1);
  }

  @Differentiable
  public static double var(double x) {
    double[] v = {x, 2.0, 3.0};
    return varm(v, mean(v));
  }

  @Differentiable
  public static double varmFixed(double x) {
    return varm(new double[] {x, 2.0, 3.0}, 5.0 / 3);
  }

  @Differentiable
  public static double std(double x) {
    double[] v = {x, 2.0, 3.0};
    return Math.sqrt(varm(v, mean(v)));
  }

  @Differentiable
  public static double stdm(double x) {
    return Math.sqrt(varm(new double[] {x, 2.0, 3.0}, 5.0 / 3));
  }

  static double cor(double[] a, double[] b) {
    double ma = mean(a);
    double mb = mean(b);
    double sab = 0;
    double saa = 0;
    double sbb = 0;
    for (int i = 0; i < a.length; i++) {
      double da = a[i] - ma;
      double db = b[i] - mb;
      sab += da * db;
      saa += da * da;
      sbb += db * db;
    }
    return sab / Math.sqrt(saa * sbb);
  }

  @Differentiable
  public static double cor(double x) {
    return cor(new double[] {2.0, x, 1.0}, new double[] {1.0, 2.0, 3.0});
  }

  @Differentiable
  public static double cov(double x) {
    double[] v = {2.0, x, 1.0};
    return varm(v, mean(v));
  }

  static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }

  @Differentiable
  public static double median(double x) {
    return median(new double[] {2.0, 1.0, x});
  }

  @Differentiable
  public static double middle(double x) {
    double[] v = {2.0, x, 1.0};
    double hi = Arrays.stream(v).max().getAsDouble();
    double lo = Arrays.stream(v).min().getAsDouble();
    return (hi + lo) / 2;
  }

  static double quantileSorted(double[] s, double p) {
    double h = (s.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, s.length - 1);
    double gamma = h - lo;
    return s[lo] + gamma * (s[hi] - s[lo]);
  }

  static double sumOfQuantiles(double[] v, double... ps) {
    double[] s = v.clone();
    Arrays.sort(s);
    double total = 0;
    for (double p : ps) total += quantileSorted(s, p);
    return total;
  }

  @Differentiable
  public static double quantile(double x) {
    return sumOfQuantiles(new double[] {1.0, x}, 0.5, 0.7);
  }

  @Differentiable
  public static double mapreduceSquares(double[] y) {
    return Arrays.stream(y).map(x -> x * x).sum();
  }

  @Differentiable
  public static float sumSquaresFloat(float[] x) {
    float s = 0;
    for (float v : x) s += v * v;
    return s;
  }

  @Differentiable
  public static double adjointTimes(double[] x) {
    double s = 0;
    int i = 0;
    do {
      s += x[i] * x[i];
      i++;
    } while (i < x.length);
    return s;
  }

  @Differentiable
  public static double sumcopy(double[] x) {
    double[] c = Arrays.copyOf(x, x.length);
    double s = 0;
    for (double v : c) s += v;
    return s;
  }

  @Differentiable
  public static double refProduct(double[] a, double[] b) {
    return a[0] * b[0];
  }

  @Differentiable
  public static double nestedF(double[] x) {
    double s = 0;
    for (double v : x) s += Math.tanh(v);
    return s;
  }

  static double siblingH(double x) {
    return x * 2;
  }

  static double siblingK(double x) {
    return siblingH(x) + 1;
  }

  @Differentiable
  public static double bcSiblingF(double[] x) {
    double s = 0;
    for (double v : x) s += siblingH(v) + siblingK(v);
    return s;
  }

  static double mutualH(double x) {
    return x > 0 ? x * 2 : mutualK(-x);
  }

  static double mutualK(double x) {
    return x < 0 ? mutualH(-x) : x + 1;
  }

  @Differentiable
  public static double bcMutualF(double[] x) {
    double s = 0;
    for (double v : x) s += mutualH(v) + mutualK(v);
    return s;
  }
}
