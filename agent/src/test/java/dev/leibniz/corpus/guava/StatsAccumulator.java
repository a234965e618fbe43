package dev.leibniz.corpus.guava;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Guava 33.4.8-jre, guava sources jar (Maven Central; google/guava on GitHub),
 * com/google/common/math/StatsAccumulator.java
 * Licence: Apache License 2.0 (Copyright (C) 2011/2012 The Guava Authors; http://www.apache.org/licenses/LICENSE-2.0).
 * Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: calculateNewMeanNonFinite(double, double) (with its comment).
 * Changes: package; javadoc omitted; the rest omitted.
 */

import static dev.leibniz.corpus.guava.Doubles.isFinite;
import static java.lang.Double.NaN;

public final class StatsAccumulator {
  static double calculateNewMeanNonFinite(double previousMean, double value) {
    /*
     * Desired behaviour is to match the results of applying the naive mean formula. In particular,
     * the update formula can subtract infinities in cases where the naive formula would add them.
     *
     * Consequently:
     * 1. If the previous mean is finite and the new value is non-finite then the new mean is that
     *    value (whether it is NaN or infinity).
     * 2. If the new value is finite and the previous mean is non-finite then the mean is unchanged
     *    (whether it is NaN or infinity).
     * 3. If both the previous mean and the new value are non-finite and...
     * 3a. ...either or both is NaN (so mean != value) then the new mean is NaN.
     * 3b. ...they are both the same infinities (so mean == value) then the mean is unchanged.
     * 3c. ...they are different infinities (so mean != value) then the new mean is NaN.
     */
    if (isFinite(previousMean)) {
      // This is case 1.
      return value;
    } else if (isFinite(value) || previousMean == value) {
      // This is case 2. or 3b.
      return previousMean;
    } else {
      // This is case 3a. or 3c.
      return NaN;
    }
  }
}
