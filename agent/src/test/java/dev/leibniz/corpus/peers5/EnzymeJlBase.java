package dev.leibniz.corpus.peers5;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The fifth peer round").
 * Source: Enzyme.jl (EnzymeAD/Enzyme.jl on GitHub), test/basic.jl (commit 1de77c39), testset "Base functions": f1 to
 * f30, each differentiated by Enzyme in forward and reverse mode at the test's point and compared with the exact
 * value (prod of a tuple, unique, reduce/foldl/foldr of *, accumulate, inv and abs piped and composed, count, push! into
 * a vector, hypot, LinRange, get from a Dict by a constant key, muladd, cmp, argmax, evalpoly, widemul of Float32,
 * copysign, ifelse in a comprehension, a named tuple, fill, similar and fill!, try/catch with and without a throw,
 * circshift, repeat, trues, Set, reverse).
 * Licence: MIT (Copyright (c) 2020 William Moses, Valentin Churavy, and other contributors).
 * Translation (written here in Java; no comments copied), each as a Java programmer would spell the Julia library call:
 * ntuple/prod as a loop; unique as DoubleStream.distinct(); reduce as DoubleStream.reduce, foldl and foldr as loops
 * chosen by a switch on an int; accumulate as prefix sums in an array; |> and ∘ as DoubleUnaryOperator.andThen; count
 * as DoubleStream.filter(...).count() (a long); push! as an ArrayList<Double>; LinRange as a loop; the Dict as a switch
 * expression on the int key with Julia's default; muladd as Math.fma; cmp as Double.compare; argmax as a loop (1-based
 * as Julia's); evalpoly by Horner; widemul(Float32, Float32) as a float widened to double; ifelse as a ternary; the named
 * tuple as a record; fill as Arrays.fill on the rows of a 2-D array, fill! as nested loops; sqrt(-1.0)'s DomainError as
 * a helper throwing ArithmeticException; circshift with Math.floorMod; repeat and trues as 2-D arrays; Set as a
 * HashSet<Double>; reverse as a helper returning a new array.
 */

import dev.leibniz.Differentiable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.DoubleStream;

public final class EnzymeJlBase {
  private EnzymeJlBase() {}

  @Differentiable
  public static double f1(double x) {
    double p = 1;
    for (int i = 1; i <= 3; i++) p *= i * x;
    return p;
  }

  @Differentiable
  public static double f3(double x) {
    return x * DoubleStream.of(x, 2.0, 2.0, 3.0).distinct().sum();
  }

  @Differentiable
  public static double f4(int fold, double x) {
    double[] v = {1.0, x, x, 3.0};
    switch (fold) {
      case 0:
        return DoubleStream.of(v).reduce(1.0, (a, b) -> a * b);
      case 1: {
        double acc = v[0];
        for (int i = 1; i < v.length; i++) acc = acc * v[i];
        return acc;
      }
      default: {
        double acc = v[v.length - 1];
        for (int i = v.length - 2; i >= 0; i--) acc = v[i] * acc;
        return acc;
      }
    }
  }

  @Differentiable
  public static double f5(double x) {
    double[] v = {1.0, x, x, 3.0};
    double[] acc = new double[v.length];
    acc[0] = v[0];
    for (int i = 1; i < v.length; i++) acc[i] = acc[i - 1] + v[i];
    double s = 0;
    for (double a : acc) s += a;
    return s;
  }

  @Differentiable
  public static double f6(double x) {
    double inv = 1 / x;
    return Math.abs(inv);
  }

  private static final DoubleUnaryOperator INV = v -> 1 / v;

  @Differentiable
  public static double f7(double x) {
    DoubleUnaryOperator invThenAbs = INV.andThen(Math::abs);
    return invThenAbs.applyAsDouble(x);
  }

  @Differentiable
  public static double f8(double x) {
    return x * DoubleStream.of(0.5, x, 1.5).filter(i -> i > 1).count();
  }

  @Differentiable
  public static double f9(double x) {
    List<Double> y = new ArrayList<>();
    for (double i : new double[] {1.0, x, x}) y.add(i * i);
    double s = 0;
    for (Double v : y) s += v;
    return s;
  }

  @Differentiable
  public static double f10(double x) {
    return Math.hypot(x, 2 * x);
  }

  static double linRangeSum(double start, double stop, int len) {
    double s = 0;
    for (int i = 0; i < len; i++) s += start + (stop - start) * i / (len - 1);
    return s;
  }

  @Differentiable
  public static double f11(double x) {
    return x * linRangeSum(x, 10.0, 6);
  }

  @Differentiable
  public static double f12(double x, int k) {
    return switch (k) {
      case 1 -> 1.0;
      case 2 -> x;
      case 3 -> 3.0;
      default -> 1.0;
    };
  }

  @Differentiable
  public static double f13(double x) {
    return Math.fma(x, 3, x);
  }

  @Differentiable
  public static double f14(double x) {
    return x * Double.compare(x, 3);
  }

  static int argmax(double[] v) {
    int best = 0;
    for (int i = 1; i < v.length; i++) if (v[i] > v[best]) best = i;
    return best + 1;
  }

  @Differentiable
  public static double f15(double x) {
    return x * argmax(new double[] {1.0, 3.0, 2.0});
  }

  static double evalpoly(double x, double... coefficients) {
    double y = coefficients[coefficients.length - 1];
    for (int i = coefficients.length - 2; i >= 0; i--) y = Math.fma(x, y, coefficients[i]);
    return y;
  }

  @Differentiable
  public static double f16(double x) {
    return evalpoly(2, 1, 2, x);
  }

  @Differentiable
  public static double f18(float x) {
    return (double) x * (double) 5.0f;
  }

  @Differentiable
  public static double f19(double x) {
    return Math.copySign(x, -x);
  }

  @Differentiable
  public static double f20(double x) {
    double s = 0;
    for (double i : new double[] {x, 2 * x, 3 * x, 4 * x}) s += i > 5 ? i : 0.0;
    return s;
  }

  record Nt(double a, double b, double c) {}

  @Differentiable
  public static double f21(double x) {
    Nt nt = new Nt(x, 2 * x, 3 * x);
    return nt.c();
  }

  @Differentiable
  public static double f22(double x) {
    double[][] a = new double[3][3];
    for (double[] row : a) Arrays.fill(row, x);
    double s = 0;
    for (double[] row : a) for (double v : row) s += v;
    return s;
  }

  @Differentiable
  public static double f23(double x) {
    double[][] a = new double[3][3];
    for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) a[i][j] = x;
    double s = 0;
    for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) s += a[i][j];
    return s;
  }

  @Differentiable
  public static double f24(double x) {
    try {
      return 3 * x;
    } catch (RuntimeException e) {
      return 2 * x;
    }
  }

  static double checkedSqrt(double v) {
    if (v < 0) throw new ArithmeticException("sqrt of " + v);
    return Math.sqrt(v);
  }

  @Differentiable
  public static double f25(double x) {
    try {
      checkedSqrt(-1.0);
      return 3 * x;
    } catch (ArithmeticException e) {
      return 2 * x;
    }
  }

  static double[] circshift(double[] v, int shift) {
    double[] out = new double[v.length];
    for (int i = 0; i < v.length; i++) out[Math.floorMod(i + shift, v.length)] = v[i];
    return out;
  }

  @Differentiable
  public static double f26(double x) {
    double[] shifted = circshift(new double[] {1.0, 2 * x, 3.0}, 1);
    return shifted[shifted.length - 1];
  }

  static double[][] repeatRows(double[] row, int times) {
    double[][] out = new double[times][];
    for (int r = 0; r < times; r++) out[r] = row.clone();
    return out;
  }

  @Differentiable
  public static double f27(double x) {
    return repeatRows(new double[] {x, 3 * x}, 3)[1][1];
  }

  @Differentiable
  public static double f28(double x) {
    boolean[][] t = new boolean[4][3];
    for (boolean[] row : t) Arrays.fill(row, true);
    int n = 0;
    for (boolean[] row : t) for (boolean b : row) if (b) n++;
    return x * n;
  }

  @Differentiable
  public static double f29(double x) {
    Set<Double> set = new HashSet<>(List.of(1.0, x, 2 * x));
    set.add(x);
    double s = 0;
    for (double v : set) s += v;
    return s;
  }

  static double[] reverse(double[] v) {
    double[] out = new double[v.length];
    for (int i = 0; i < v.length; i++) out[v.length - 1 - i] = v[i];
    return out;
  }

  @Differentiable
  public static double f30(double x) {
    return reverse(new double[] {x, 2.0, 3 * x})[0];
  }
}
