package dev.leibniz.corpus.peers8;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The eighth peer round"): the struct `Dense` of the Swift
 * compiler's test/AutoDiff/validation-test/control_flow.swift (swiftlang/swift at commit 44c27935, testset Enums;
 * Apache-2.0 with the Runtime Library Exception; written here in Java): a weight w1 with a derivative and an optional
 * w2 without (`@noDerivative var w2: Float?`, a boxed Float that may be null, not a number the class differentiates),
 * marked @Differentiable so that w1 carries a derivative (README, "Objects"); and `TF_781`'s weight w, whose
 * callAsFunction multiplies the input by w inside two always-true ifs.
 */

import dev.leibniz.Differentiable;

@Differentiable
public final class SwiftDense {
  public float w1;
  public Float w2;

  public SwiftDense(float w1, Float w2) {
    this.w1 = w1;
    this.w2 = w2;
  }

  public float apply(float input) {
    Float w2 = this.w2;
    if (w2 != null) return input * w1 * w2;
    return input * w1;
  }
}
