package dev.leibniz.corpus.peers18;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The eighteenth peer round").
 * Source: DiffKt (facebookresearch/diffkt on GitHub) at commit 710f403719bb89e3bcf00d72e53313f8571d5230, the scalar
 * tests of kotlin/api/src/test/kotlin/org/diffkt: reverse/ReverseScalarTest.kt, forward/ForwardScalarTest.kt and
 * MixedScalarTest.kt (the same functions: testMul1, testMul2, testReciprocal, testSin1, testSin2, testExp, testLn,
 * testTan with its dtan and testLn's lnp..lnpppp, the nine `functions` composed by testChain and divided by
 * testDivision) and ops/TranscendentalTests.kt (sin, cos, tan, atan, exp, ln, tanh of 2x; sin at PI and PI/2).
 * Licence: MIT. Copyright (c) Meta Platforms, Inc. and affiliates. Permission is hereby granted, free of charge, to any
 * person obtaining a copy of this software (see the MIT licence text); changes: the Kotlin tests rewritten in Java.
 * Translation: DScalar is double (the tests' Float literals as doubles); the lambdas of the `functions` array are
 * selected by their test names (a passive String); kotlin.math's ln is Math.log.
 */

import dev.leibniz.Differentiable;

public final class DiffktScalar {
  private DiffktScalar() {}

  /** testMul1: x * x. */
  @Differentiable
  public static double mul1(double x) {
    return x * x;
  }

  /** testMul2: x * x * x. */
  @Differentiable
  public static double mul2(double x) {
    return x * x * x;
  }

  /** testReciprocal: 1 / x. */
  @Differentiable
  public static double reciprocal(double x) {
    return 1.0 / x;
  }

  /** testSin1 / testSin2: sin(x), sin(2x). */
  @Differentiable
  public static double sin1(double x) {
    return Math.sin(x);
  }

  @Differentiable
  public static double sin2(double x) {
    return Math.sin(2.0 * x);
  }

  /** testExp, testLn, testTan. */
  @Differentiable
  public static double exp(double x) {
    return Math.exp(x);
  }

  @Differentiable
  public static double ln(double x) {
    return Math.log(x);
  }

  @Differentiable
  public static double tan(double x) {
    return Math.tan(x);
  }

  /** testTan's dtan, the derivative of tan whose derivatives the test compares with tan's higher ones. */
  @Differentiable
  public static double dtan(double x) {
    double y = Math.cos(x);
    return 1.0 / (y * y);
  }

  /** testLn's lnp, lnpp, lnppp: ln's derivatives, differentiated in turn by the higher-order checks. */
  @Differentiable
  public static double lnp(double x) {
    return 1.0 / x;
  }

  @Differentiable
  public static double lnpp(double x) {
    return -1.0 / (x * x);
  }

  @Differentiable
  public static double lnppp(double x) {
    return 2.0 / (x * x * x);
  }

  /** The `functions` array of ReverseScalarTest / MixedScalarTest, by name. */
  static double fn(String name, double x) {
    switch (name) {
      case "1.1/x":
        return 1.1 / x;
      case "3x":
        return 3.0 * x;
      case "sin(x)":
        return Math.sin(x);
      case "cos(x)":
        return Math.cos(x);
      case "x*x":
        return x * x;
      case "(x+5)/(x-5)":
        return (x + 5.0) / (x - 5.0);
      case "exp(x)":
        return Math.exp(x);
      case "x+1.3":
        return x + 1.3;
      case "x":
        return x;
      default:
        throw new IllegalArgumentException(name);
    }
  }

  /** testChain: fg = { x -> f(g(x)) }. */
  @Differentiable
  public static double chain(String f, String g, double x) {
    return fn(f, fn(g, x));
  }

  /** testDivision: f = { x -> g(x) / h(x) }. */
  @Differentiable
  public static double division(String g, String h, double x) {
    return fn(g, x) / fn(h, x);
  }

  /** TranscendentalTests: op(2F * x) for sinScalar .. tanhScalar (lgamma, digamma, polygamma have no Java Math). */
  @Differentiable
  public static double transcendental(String op, double x) {
    double u = 2.0 * x;
    switch (op) {
      case "sin":
        return Math.sin(u);
      case "cos":
        return Math.cos(u);
      case "tan":
        return Math.tan(u);
      case "atan":
        return Math.atan(u);
      case "exp":
        return Math.exp(u);
      case "ln":
        return Math.log(u);
      case "tanh":
        return Math.tanh(u);
      default:
        throw new IllegalArgumentException(op);
    }
  }
}
