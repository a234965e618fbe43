package dev.leibniz.corpus.peers18;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The eighteenth peer round").
 * Source: DiffKt (facebookresearch/diffkt on GitHub) at commit 710f403719bb89e3bcf00d72e53313f8571d5230, the
 * elementwise tests of kotlin/api/src/test/kotlin/org/diffkt/ops: SigmoidTest.kt, PowerTest.kt (pow 3f, pow 3 at
 * negative bases, pow -1f, pow 1.5f, the 2x3x2 pow 3f, pow 2 of a reshaped 2x3, powDScalar01/02 differentiated in the
 * exponent), AbsTest.kt and ReluTest.kt (1-d and 2-d), and PredicateTest.kt (ifThenElse(x.gt(y), 2f*x, y), DiffKt's
 * differentiable control flow, in both arguments and in each alone).
 * Licence: MIT. Copyright (c) Meta Platforms, Inc. and affiliates. Permission is hereby granted, free of charge, to any
 * person obtaining a copy of this software (see the MIT licence text); changes: the Kotlin tests rewritten in Java.
 * Translation: tensors are double arrays in row-major order (shapes only reshape them; the tests' Jacobians are
 * diagonal); a tensor-valued function is summed with weights w (arguments like x), sum(w * f(x)), so its gradient in
 * x gives the Jacobian's diagonal; DiffKt's sigmoid is 1 / (1 + exp(-x)), relu max(x, 0), ifThenElse an elementwise
 * ternary.
 */

import dev.leibniz.Differentiable;

public final class DiffktTensor {
  private DiffktTensor() {}

  /** SigmoidTest: sigmoid(x) weighted. */
  @Differentiable
  public static double sigmoid(double[] x, double[] w) {
    double s = 0;
    for (int i = 0; i < x.length; i++) s += w[i] * (1.0 / (1.0 + Math.exp(-x[i])));
    return s;
  }

  /** PowerTest: x.pow(3f), x.pow(-1f), x.pow(1.5f) weighted, the Float exponent a constant of the test's lambda. */
  @Differentiable
  public static double powThree(double[] x, double[] w) {
    double s = 0;
    for (int i = 0; i < x.length; i++) s += w[i] * Math.pow(x[i], 3f);
    return s;
  }

  @Differentiable
  public static double powInversion(double[] x, double[] w) {
    double s = 0;
    for (int i = 0; i < x.length; i++) s += w[i] * Math.pow(x[i], -1f);
    return s;
  }

  @Differentiable
  public static double powRoot(double[] x, double[] w) {
    double s = 0;
    for (int i = 0; i < x.length; i++) s += w[i] * Math.pow(x[i], 1.5f);
    return s;
  }

  /** PowerTest's x.pow(3) and x.pow(2), Int exponents (testReverseDerivativePowNegativeBase, PowGradientShape02). */
  @Differentiable
  public static double powInt(double[] x, int n, double[] w) {
    double s = 0;
    for (int i = 0; i < x.length; i++) s += w[i] * Math.pow(x[i], n);
    return s;
  }

  /** PowerTest.powDScalar01: baseValue.pow(EXP), differentiated in the exponent (and here also in the base). */
  @Differentiable
  public static double powScalarExponent(double[] base, double exponent, double[] w) {
    double s = 0;
    for (int i = 0; i < base.length; i++) s += w[i] * Math.pow(base[i], exponent);
    return s;
  }

  /** PowerTest.powTwoTensorsReverse: b.pow(e) elementwise, differentiated in the bases and the exponents. */
  @Differentiable
  public static double powTensors(double[] base, double[] exponent, double[] w) {
    double s = 0;
    for (int i = 0; i < base.length; i++) s += w[i] * Math.pow(base[i], exponent[i]);
    return s;
  }

  /** PowerTest.powDScalar02: baseValue.pow(exponent), two scalars. */
  @Differentiable
  public static double powScalar(double base, double exponent) {
    return Math.pow(base, exponent);
  }

  /** AbsTest: abs(x) weighted. */
  @Differentiable
  public static double abs(double[] x, double[] w) {
    double s = 0;
    for (int i = 0; i < x.length; i++) s += w[i] * Math.abs(x[i]);
    return s;
  }

  /** ReluTest: relu(x) weighted. */
  @Differentiable
  public static double relu(double[] x, double[] w) {
    double s = 0;
    for (int i = 0; i < x.length; i++) s += w[i] * Math.max(x[i], 0.0);
    return s;
  }

  /** PredicateTest: ifThenElse(x.gt(y), 2f * x, y) weighted, in x and y. */
  @Differentiable
  public static double ifThenElse(double[] x, double[] y, double[] w) {
    double s = 0;
    for (int i = 0; i < x.length; i++) s += w[i] * (x[i] > y[i] ? 2.0 * x[i] : y[i]);
    return s;
  }
}
