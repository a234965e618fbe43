package dev.leibniz.corpus.guava;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Guava 33.4.8-jre, guava sources jar (Maven Central; google/guava on GitHub),
 * com/google/common/math/DoubleMath.java
 * Licence: Apache License 2.0 (Copyright (C) 2011/2012 The Guava Authors; http://www.apache.org/licenses/LICENSE-2.0).
 * Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: log2(double) (entry) and the constant LN_2.
 * Changes: package and class name; javadoc omitted; @Differentiable added to the entry method.
 */

import static java.lang.Math.log;

import dev.leibniz.Differentiable;

public final class DoubleMathLog2 {
  @Differentiable
  public static double log2(double x) {
    return log(x) / LN_2; // surprisingly within 1 ulp according to tests
  }

  private static final double LN_2 = log(2);

  private DoubleMathLog2() {}
}
