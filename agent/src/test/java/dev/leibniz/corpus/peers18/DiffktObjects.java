package dev.leibniz.corpus.peers18;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The eighteenth peer round").
 * Source: DiffKt (facebookresearch/diffkt on GitHub) at commit 710f403719bb89e3bcf00d72e53313f8571d5230:
 * kotlin/api/src/test/kotlin/org/diffkt/DifferentiableTest.kt (user-defined differentiable types: Input(x, y) ->
 * Output(sum = 5x + 7y, product = 11xy) of reverse/forwardDifferentiableByInheritance, ByLambda, ByRegistration,
 * ByPair, ByList and WithTensors; A(x, y) with f = a.x + 2 a.y of testReverseDifferentiableObjectWithSamePrimal and
 * f = a.x of ...WithUnusedInputs) and reverse/CustomPullbackTest.kt (example0a/0b's f = (x + 3)(y + 4), example1a's
 * linear regression cost, a loop over the data points).
 * Licence: MIT. Copyright (c) Meta Platforms, Inc. and affiliates. Permission is hereby granted, free of charge, to any
 * person obtaining a copy of this software (see the MIT licence text); changes: the Kotlin tests rewritten in Java.
 * Translation: DScalar is double; the tests' Input, Output and A are small final classes built inside the
 * differentiated method from its double arguments (Leibniz differentiates a method's double arguments, not an
 * argument object's fields), and each output field is one entry; a tensor Input holds double arrays.
 */

import dev.leibniz.Differentiable;

public final class DiffktObjects {
  private DiffktObjects() {}

  static final class Input {
    final double x;
    final double y;

    Input(double x, double y) {
      this.x = x;
      this.y = y;
    }
  }

  static final class Output {
    final double sum;
    final double product;

    Output(double sum, double product) {
      this.sum = sum;
      this.product = product;
    }
  }

  static Output f(Input input) {
    return new Output(5.0 * input.x + 7.0 * input.y, 11.0 * input.x * input.y);
  }

  /** reverseDifferentiableByInheritance et al.: the Output's sum. */
  @Differentiable
  public static double sum(double x, double y) {
    return f(new Input(x, y)).sum;
  }

  /** reverseDifferentiableByInheritance et al.: the Output's product. */
  @Differentiable
  public static double product(double x, double y) {
    return f(new Input(x, y)).product;
  }

  /** reverseDifferentiableByPair: f(Pair(x, y)) = Pair(5x + 7y, 11xy), as a two-element array. */
  static double[] pairF(double[] input) {
    return new double[] {5.0 * input[0] + 7.0 * input[1], 11.0 * input[0] * input[1]};
  }

  /** The pair's two outputs weighted by w: w = (1, 0) and (0, 1) give the rows of the test's Jacobian. */
  @Differentiable
  public static double pair(double x, double y, double[] w) {
    double[] out = pairF(new double[] {x, y});
    return w[0] * out[0] + w[1] * out[1];
  }

  static final class TensorInput {
    final double[] x;
    final double[] y;

    TensorInput(double[] x, double[] y) {
      this.x = x;
      this.y = y;
    }
  }

  /** reverseDifferentiableWithTensors: Output(5x + 7y, 11 x y) of tensors, each summed with weights w. */
  @Differentiable
  public static double tensors(double[] x, double[] y, boolean product, double[] w) {
    TensorInput in = new TensorInput(x, y);
    double s = 0;
    for (int i = 0; i < in.x.length; i++) {
      double v = product ? 11.0 * in.x[i] * in.y[i] : 5.0 * in.x[i] + 7.0 * in.y[i];
      s += w[i] * v;
    }
    return s;
  }

  static final class A {
    final double x;
    final double y;

    A(double x, double y) {
      this.x = x;
      this.y = y;
    }
  }

  /** testReverseDifferentiableObjectWithSamePrimal: f(a) = a.x + 2 * a.y, at A(1, 1). */
  @Differentiable
  public static double samePrimal(double x, double y) {
    A a = new A(x, y);
    return a.x + 2 * a.y;
  }

  /** testReverseDifferentiableObjectWithUnusedInputs: f(a) = a.x (y unused, its gradient 0). */
  @Differentiable
  public static double unusedInput(double x, double y) {
    A a = new A(x, y);
    return a.x;
  }

  /** CustomPullbackTest.example0a / example0b: (x + 3) * (y + 4), the custom pullback's (y + 4, x + 3). */
  @Differentiable
  public static double pullback(double x, double y) {
    return (x + 3.0) * (y + 4.0);
  }

  /** CustomPullbackTest.example1a: the linear-regression cost over passive data. */
  @Differentiable
  public static double cost(double slope, double intercept, double[] x, double[] y) {
    double totalCost = 0.0;
    for (int i = 0; i < x.length; i++) {
      double yGuess = x[i] * slope + intercept;
      double err = yGuess - y[i];
      totalCost += err * err;
    }
    return totalCost / x.length;
  }
}
