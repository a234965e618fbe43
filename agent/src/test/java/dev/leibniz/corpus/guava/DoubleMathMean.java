package dev.leibniz.corpus.guava;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Guava 33.4.8-jre, guava sources jar (Maven Central; google/guava on GitHub),
 * com/google/common/math/DoubleMath.java (and DoubleUtils.java)
 * Licence: Apache License 2.0 (Copyright (C) 2011/2012 The Guava Authors; http://www.apache.org/licenses/LICENSE-2.0).
 * Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: mean(double...) (entry, deprecated in the source) and checkFinite(double), which it calls;
 * DoubleUtils.isFinite(double) (getExponent(d) <= MAX_EXPONENT).
 * Changes: package and class name; javadoc and the @GwtIncompatible annotation omitted; @Differentiable added to
 * the entry method; DoubleUtils.isFinite copied as a method of this class.
 */

import static dev.leibniz.corpus.guava.Preconditions.checkArgument;
import static java.lang.Double.MAX_EXPONENT;
import static java.lang.Math.getExponent;

import dev.leibniz.Differentiable;

public final class DoubleMathMean {
  @Deprecated
  @Differentiable
  public static double mean(double... values) {
    checkArgument(values.length > 0, "Cannot take mean of 0 values");
    long count = 1;
    double mean = checkFinite(values[0]);
    for (int index = 1; index < values.length; ++index) {
      checkFinite(values[index]);
      count++;
      // Art of Computer Programming vol. 2, Knuth, 4.2.2, (15)
      mean += (values[index] - mean) / count;
    }
    return mean;
  }

  private static double checkFinite(double argument) {
    checkArgument(isFinite(argument));
    return argument;
  }

  /** DoubleUtils.isFinite of the source. */
  static boolean isFinite(double d) {
    return getExponent(d) <= MAX_EXPONENT;
  }

  private DoubleMathMean() {}
}
