package dev.leibniz.corpus.peers13;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The thirteenth peer round").
 * Source: Zygote.jl (FluxML/Zygote.jl on GitHub), test/features_tests.jl at commit
 * 251e55e8b9e3176d98446ac2651f1ba37550d6e6 (testsets "misc", "Global Params", "pow", "tuple getindex", "@timed",
 * "mutable struct, including Ref", "mutable accum_param bugs", "Iterators", "splats", "accumulation", "tricky
 * broadcasting", "Dict", "withgradient"): the functions those tests differentiate, each as the test writes it.
 * Licence: MIT ("Expat"). Copyright (c) 2018: Mike J Innes. "Permission is hereby granted, free of charge, to any
 * person obtaining a copy of this software ... The above copyright notice and this permission notice shall be
 * included in all copies or substantial portions of the Software." Written here in Java from the Julia tests.
 * Translation: Julia's integer points are doubles; a tuple or vector literal is a double[] (a record where the test
 * builds a struct); Ref(x) is a one-element double[]; a mutable struct is a small class with a non-final field; a
 * closure is a java.util.function lambda; a Julia global is a static field; splatting is a varargs parameter;
 * broadcasting and generators are loops; Julia's column-major matrices are flattened column by column; Dict is a
 * HashMap (boxed, as Julia's Dict{Any,Any} is); try/catch and throw are Java's.
 */

import dev.leibniz.Differentiable;
import java.util.HashMap;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

public final class ZygoteFeatures {
  private ZygoteFeatures() {}

  // ---- testset "misc" ----

  /** mul(a, b) = a*b; gradient(mul, 2, 3) == (3, 2). */
  @Differentiable
  public static double mul(double a, double b) {
    return a * b;
  }

  static boolean bool = true;
  static boolean boolFalse = false;

  /** b(x) = bool ? 2x : x with the global bool = true: dx == (8,) for a seed of 4. */
  @Differentiable
  public static double b(double x) {
    return bool ? 2 * x : x;
  }

  /** The same after "global bool = false": dx == (4,) for a seed of 4. */
  @Differentiable
  public static double bAfterGlobalFalse(double x) {
    return boolFalse ? 2 * x : x;
  }

  static final DoubleUnaryOperator FGLOBAL = x -> 5 * x;

  /** fglobal = x -> 5x; gglobal = x -> fglobal(x); gradient(gglobal, 2) == (5,). */
  @Differentiable
  public static double gglobal(double x) {
    return FGLOBAL.applyAsDouble(x);
  }

  /** pullback(x -> sum(x.*x), [1, 2, 3]): dxs == ([2, 4, 6],). */
  @Differentiable
  public static double sumSquares(double[] x) {
    double s = 0;
    for (double v : x) s += v * v;
    return s;
  }

  /** pow(x, n): r = 1; while n > 0; n -= 1; r *= x; end; gradient(pow, 2, 3) == (12, nothing). */
  @Differentiable
  public static double pow(double x, int n) {
    double r = 1;
    while (n > 0) {
      n -= 1;
      r *= x;
    }
    return r;
  }

  /** pow_mut: r = Ref(one(x)); while n > 0; n -= 1; r[] = r[] * x; end; == (12, nothing). */
  @Differentiable
  public static double powMut(double x, int n) {
    double[] r = {1.0};
    while (n > 0) {
      n -= 1;
      r[0] = r[0] * x;
    }
    return r[0];
  }

  /** gradient(x -> 1, 2) == (nothing,). */
  @Differentiable
  public static double constant(double x) {
    return 1;
  }

  /** gradient(t -> t[1]*t[2], (2, 3)) == ((3, 2),). */
  @Differentiable
  public static double tupleProduct(double[] t) {
    return t[0] * t[1];
  }

  /** A complex number (Julia's Complex{Float64}: two fields re, im). */
  static final class Cpx {
    final double re;
    final double im;

    Cpx(double re, double im) {
      this.re = re;
      this.im = im;
    }

    Cpx times(Cpx o) {
      return new Cpx(re * o.re - im * o.im, re * o.im + im * o.re);
    }

    double abs2() {
      return re * re + im * im;
    }
  }

  /** gradient(x -> x.re*x.im + x.re, 2+3im) == (4.0 + 2.0im,). */
  @Differentiable
  public static double reImPlusRe(double re, double im) {
    Cpx x = new Cpx(re, im);
    return x.re * x.im + x.re;
  }

  /** gradient(x -> abs2(x * x.re), 4+5im) == (456.0 + 160.0im,). */
  @Differentiable
  public static double abs2TimesRe(double re, double im) {
    Cpx x = new Cpx(re, im);
    return x.times(new Cpx(x.re, 0)).abs2();
  }

  /** struct Bar{T}; a::T; b::T; end. */
  record Bar(double a, double b) {}

  /** mul_struct: c = Bar(a, b); c.a * c.b; == (3, 2). */
  @Differentiable
  public static double mulStruct(double a, double b) {
    Bar c = new Bar(a, b);
    return c.a() * c.b();
  }

  /** mul_tuple: c = (a, b); c[1] * c[2]; == (3, 2). */
  @Differentiable
  public static double mulTuple(double a, double b) {
    double[] c = {a, b};
    return c[0] * c[1];
  }

  /** mul_lambda: g = z -> x * z; g(y); == (3, 2). */
  @Differentiable
  public static double mulLambda(double x, double y) {
    DoubleUnaryOperator g = z -> x * z;
    return g.applyAsDouble(y);
  }

  static double times(double a, double... b) {
    double p = a;
    for (double v : b) p *= v;
    return p;
  }

  /** gradient((a, b...) -> *(a, b...), 2, 3) == (3, 2). */
  @Differentiable
  public static double mulSplat(double a, double b) {
    return times(a, b);
  }

  static double kwmul(double a, double b) {
    return a * b;
  }

  /** kwmul(; a = 1, b) = a*b; mul_kw(a, b) = kwmul(a = a, b = b); == (3, 2). */
  @Differentiable
  public static double mulKw(double a, double b) {
    return kwmul(a, b);
  }

  /** myprod(xs): s = 1; for x in xs; s *= x; end; gradient(myprod, [1,2,3])[1] == [6,3,2]. */
  @Differentiable
  public static double myprod(double[] xs) {
    double s = 1;
    for (double x : xs) s *= x;
    return s;
  }

  /** gradient(2) do x; d = Dict(); d[:x] = x; x * d[:x]; end == (4,). */
  @Differentiable
  public static double dict(double x) {
    Map<String, Double> d = new HashMap<>();
    d.put("x", x);
    return x * d.get("x");
  }

  /** pow_rec(x, n) = n == 0 ? 1 : x*pow_rec(x, n-1); == (12, nothing). */
  @Differentiable
  public static double powRec(double x, int n) {
    return n == 0 ? 1 : x * powRec(x, n - 1);
  }

  /** gradient(2) do x; H = [1 x; 3 4]; sum(H); end[1] == 1. */
  @Differentiable
  public static double sumMatrixLiteral(double x) {
    double[][] h = {{1, x}, {3, 4}};
    double s = 0;
    for (double[] row : h) for (double v : row) s += v;
    return s;
  }

  /** gradient(2) do x; if x < 0; throw("foo"); end; return x*5; end[1] == 5. */
  @Differentiable
  public static double throwIfNegative(double x) {
    if (x < 0) throw new IllegalArgumentException("foo");
    return x * 5;
  }

  /** Three-way control flow merge: if x > 0; x *= 2; elseif x < 0; x *= 3; end; x; at 1 == 2. */
  @Differentiable
  public static double threeWayMerge(double x) {
    if (x > 0) {
      x *= 2;
    } else if (x < 0) {
      x *= 3;
    }
    return x;
  }

  static final boolean TRUE = true;

  /** gradient(1) do x; if true; elseif true; nothing; end; x + x; end == (2,). */
  @Differentiable
  public static double emptyBranches(double x) {
    if (TRUE) {
      // nothing
    } else if (TRUE) {
      x = x + 0;
    }
    return x + x;
  }

  // ---- testset "Global Params", "pow" ----

  static double globalParam = 3;
  static double globalR = 1;

  /** _pullback(cx, x -> x*global_param, 2): back(1) == (nothing, 3). */
  @Differentiable
  public static double timesGlobalParam(double x) {
    return x * globalParam;
  }

  /**
   * pow_global(x, n): global global_r; while n > 0; global_r *= x; n -= 1; end; global_r; == (12, nothing) for the
   * first call; global_r set to 1 on entry here so that every call (the harness's differences among them) sees the
   * test's state rather than the previous call's.
   */
  @Differentiable
  public static double powGlobal(double x, int n) {
    globalR = 1;
    while (n > 0) {
      globalR *= x;
      n -= 1;
    }
    return globalR;
  }

  /** pow_try(x): try 2x catch e println("error") end; gradient(pow_try, 1) == (2,). */
  @Differentiable
  public static double powTry(double x) {
    try {
      return 2 * x;
    } catch (RuntimeException e) {
      System.out.println("error");
      return Double.NaN;
    }
  }

  /** pow_simd(x, n): r = 1; @simd for i = 1:n; r *= x; end; == (12, nothing). */
  @Differentiable
  public static double powSimd(double x, int n) {
    double r = 1;
    for (int i = 1; i <= n; i++) r *= x;
    return r;
  }

  // ---- testset "tuple getindex", "@timed" ----

  /** gradient((x,y,z) -> sum((x,y,z)[1:2]), 7, 8.8, 9.9) == (1.0, 1.0, nothing). */
  @Differentiable
  public static double tupleRange(double x, double y, double z) {
    double[] t = {x, y, z};
    double s = 0;
    for (int i = 0; i < 2; i++) s += t[i];
    return s;
  }

  private static final int[] PICK = {0, 1, 0};

  /** gradient((x,y,z) -> sum((x,y,z)[[1,2,1]]), 1,2,3) == (2, 1, nothing). */
  @Differentiable
  public static double tupleIndexVector(double x, double y, double z) {
    double[] t = {x, y, z};
    double s = 0;
    for (int i : PICK) s += t[i];
    return s;
  }

  /** gradient(x -> first(@timed x), 0) == (1,). */
  @Differentiable
  public static double timed(double x) {
    long start = System.nanoTime();
    double value = x;
    long elapsed = System.nanoTime() - start;
    if (elapsed < 0) System.out.println(elapsed);
    return value;
  }

  // ---- mutable structs ----

  /** mutable struct MyMutable; value::Float64; end. */
  static final class MyMutable {
    double value;

    MyMutable(double value) {
      this.value = value;
    }
  }

  static void foo(MyMutable m, double x) {
    m.value = x;
  }

  /** baz(args): m = MyMutable(0.); foo!(m, args...); m.value; back(1.) == ((1.0,),). */
  @Differentiable
  public static double baz(double x) {
    MyMutable m = new MyMutable(0.0);
    foo(m, x);
    return m.value;
  }

  /** gradient(x -> x.value^2 + x.value, MyMutable(3)) === ((value = 7.0,),). */
  @Differentiable
  public static double mutableSquarePlus(double v) {
    MyMutable x = new MyMutable(v);
    return x.value * x.value + x.value;
  }

  /** gradient(x -> x.x^2 + x.x, Ref(3)) === ((x = 7.0,),). */
  @Differentiable
  public static double refSquarePlus(double[] x) {
    return x[0] * x[0] + x[0];
  }

  /** struct Imm{T}; x::T; end. */
  record Imm(Object x) {}

  /** x4 = Imm(Mut(4.0)); gradient(x -> x.x.x^3, x4)[1] == (x = (x = 48.0,),). */
  @Differentiable
  public static double nestedCube(double v) {
    Imm x = new Imm(new MyMutable(v));
    double w = ((MyMutable) x.x()).value;
    return w * w * w;
  }

  /** gradient(x -> x[1].x^2, (Mut(3.0),))[1] == ((x = 6.0,),). */
  @Differentiable
  public static double tupleOfMutable(double v) {
    MyMutable[] x = {new MyMutable(v)};
    return x[0].value * x[0].value;
  }

  // ---- testset "Iterators" ----

  /** sum([x^i for (i,x) in enumerate(xs)]) at 1:5 == [1, 4, 27, 256, 3125]. */
  @Differentiable
  public static double enumeratePowers(double[] xs) {
    double s = 0;
    for (int i = 0; i < xs.length; i++) s += Math.pow(xs[i], i + 1);
    return s;
  }

  /** sum([xs[i]^i for (i,x) in enumerate(xs)]) at [1,10,100] == [1, 2 * 10^1, 3 * 100^2] (integer powers). */
  @Differentiable
  public static double enumerateIndexPowers(double[] xs) {
    double s = 0;
    int i = 1;
    for (double ignored : xs) {
      double p = 1;
      for (int k = 0; k < i; k++) p *= xs[i - 1];
      s += p;
      i++;
    }
    return s;
  }

  /** sum([x/y for (x,y) in zip(xs, ys)]) at 10:14, 1:10: [2] ≈ vcat(.-(10:14) ./ (1:5).^2, zeros(5)). */
  @Differentiable
  public static double zipQuotients(double[] xs, double[] ys) {
    double s = 0;
    for (int i = 0; i < Math.min(xs.length, ys.length); i++) s += xs[i] / ys[i];
    return s;
  }

  /** sum([x^2 for x in xs if iseven(x)]) at 2:9 == [4, 0, 8, 0, 12, 0, 16, 0]. */
  @Differentiable
  public static double evenSquares(double[] xs) {
    double s = 0;
    for (double x : xs) if (x % 2 == 0) s += x * x;
    return s;
  }

  /** sum([x^2+y for x in xs, y in ys]) at 1:10, 3:7 == (10:10:100, fill(10, 5)). */
  @Differentiable
  public static double productSum(double[] xs, double[] ys) {
    double s = 0;
    for (double y : ys) for (double x : xs) s += x * x + y;
    return s;
  }

  /** sum([A[i,j] for i in 1:1, j in 1:2]) at a 2x3 A == [1 1 0; 0 0 0]. */
  @Differentiable
  public static double comprehensionIndex(double[][] a) {
    double s = 0;
    for (int i = 0; i < 1; i++) for (int j = 0; j < 2; j++) s += a[i][j];
    return s;
  }

  /**
   * sum([x^i+y for (i,x) in enumerate(xs), y in xs]) at [2 3; 4 5] == [8 112; 36 2004]; xs flattened column-major
   * ({2, 4, 3, 5}, enumerate's order), so the gradient is {8, 36, 112, 2004}.
   */
  @Differentiable
  public static double enumerateProduct(double[] xs) {
    double s = 0;
    for (double y : xs) {
      for (int i = 0; i < xs.length; i++) s += Math.pow(xs[i], i + 1) + y;
    }
    return s;
  }

  // ---- testset "splats", "accumulation" ----

  static double maxOf(double... x) {
    double m = x[0];
    for (int i = 1; i < x.length; i++) m = Math.max(m, x[i]);
    return m;
  }

  /** gradient(x -> max(x...), [1,2,3])[1] == [0,0,1]. */
  @Differentiable
  public static double maxSplat(double[] x) {
    return maxOf(x);
  }

  /** gradient(x -> min(x...), (1,2,3))[1] === (1.0, 0.0, 0.0). */
  @Differentiable
  public static double minSplat(double a, double b, double c) {
    return Math.min(Math.min(a, b), c);
  }

  /** Zygote#905: net(x1), x2 = x1, x3 = x1 + x2, ..., x10 = x1 + ... + x9; loss = sum(abs2, net(x)). */
  @Differentiable
  public static double accumulationLoss(double[] x) {
    double s = 0;
    for (double x1 : x) {
      double x2 = x1;
      double x3 = x1 + x2;
      double x4 = x1 + x2 + x3;
      double x5 = x1 + x2 + x3 + x4;
      double x6 = x1 + x2 + x3 + x4 + x5;
      double x7 = x1 + x2 + x3 + x4 + x5 + x6;
      double x8 = x1 + x2 + x3 + x4 + x5 + x6 + x7;
      double x9 = x1 + x2 + x3 + x4 + x5 + x6 + x7 + x8;
      double x10 = x1 + x2 + x3 + x4 + x5 + x6 + x7 + x8 + x9;
      s += x10 * x10;
    }
    return s;
  }

  // ---- testset "tricky broadcasting" ----

  /** sum((x -> x<2 ? false : x^2).(xs)) at [1,2,3]: [1][2:3] == [4, 6]. */
  @Differentiable
  public static double typeUnstable(double[] xs) {
    double s = 0;
    for (double x : xs) s += x < 2 ? 0 : x * x;
    return s;
  }

  /** gradient(x -> sum(x .+ Ref(x[1])), [1,2,3]) == ([4,1,1],). */
  @Differentiable
  public static double plusFirst(double[] x) {
    double s = 0;
    for (double v : x) s += v + x[0];
    return s;
  }

  /** gradient(x -> sum(x .- (x .> 0)), randn(5)) == ([1,1,1,1,1],). */
  @Differentiable
  public static double minusPositive(double[] x) {
    double s = 0;
    for (double v : x) s += v - (v > 0 ? 1 : 0);
    return s;
  }

  private static final double[] DIVISORS = {1, 2, 4};

  /** gradient(x -> sum(x ./ [1,2,4]), [1,2,pi]) == ([1.0, 0.5, 0.25],). */
  @Differentiable
  public static double divideConstants(double[] x) {
    double s = 0;
    for (int i = 0; i < x.length; i++) s += x[i] / DIVISORS[i];
    return s;
  }

  /** gradient((x,p) -> sum(x .^ p), [1.0,2.0,4.0], [1,-1,2])[1] ≈ [1.0, -0.25, 8.0] (integer powers). */
  @Differentiable
  public static double integerPowers(double[] x, int[] p) {
    double s = 0;
    for (int i = 0; i < x.length; i++) s += Math.pow(x[i], p[i]);
    return s;
  }

  /** gradient((x,p) -> sum(z -> z^p, x), [1.0,2.0,4.0], -1)[1] ≈ [-1.0, -0.25, -0.0625]. */
  @Differentiable
  public static double negativePower(double[] x, int p) {
    double s = 0;
    for (double z : x) s += Math.pow(z, p);
    return s;
  }

  // ---- testset "Dict", "withgradient" ----

  /** Zygote#760: d = Dict(); for i in 1:4; push!(d, i=>i^x); end; sum(values(d)); at 3 ≈ 123.93054835019153. */
  @Differentiable
  public static double f760(double x) {
    double s = 0;
    for (int i = 1; i <= 4; i++) s += Math.pow(i, x);
    return s;
  }

  /** withgradient([1,2,4]) do x; z = 1 ./ x; sum(z), z; end: grad == ([-1.0, -0.25, -0.0625],). */
  @Differentiable
  public static double sumReciprocals(double[] x, double[] z) {
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      z[i] = 1 / x[i];
      s += z[i];
    }
    return s;
  }

  /** withgradient(3.0, 4.0) do x, y; (div = x/y, mul = x*y); end: grad == (0.25, -0.1875) (the first field). */
  @Differentiable
  public static double divOfNamedTuple(double x, double y) {
    double[] result = {x / y, x * y};
    return result[0];
  }

  /** f3(x) = sum(sin, x), sum(cos, x), sum(tan, x); gradient(first∘f3, [1,2,3.0]). */
  @Differentiable
  public static double firstOfThree(double[] x) {
    double s = 0;
    double c = 0;
    double t = 0;
    for (double v : x) {
      s += Math.sin(v);
      c += Math.cos(v);
      t += Math.tan(v);
    }
    double[] all = {s, c, t};
    return all[0];
  }
}
