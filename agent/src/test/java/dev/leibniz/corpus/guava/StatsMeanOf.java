package dev.leibniz.corpus.guava;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Guava 33.4.8-jre, guava sources jar (Maven Central; google/guava on GitHub),
 * com/google/common/math/Stats.java (with StatsAccumulator.java and com/google/common/primitives/Doubles.java)
 * Licence: Apache License 2.0 (Copyright (C) 2011/2012 The Guava Authors; http://www.apache.org/licenses/LICENSE-2.0).
 * Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: meanOf(double...) (entry); StatsAccumulator.calculateNewMeanNonFinite and Doubles.isFinite, which
 * it calls (in StatsAccumulator.java and Doubles.java of this package, nothing annotated there).
 * Changes: package and class name; javadoc omitted; @Differentiable added to the entry method; the rest of Stats
 * omitted.
 */

import static dev.leibniz.corpus.guava.Doubles.isFinite;
import static dev.leibniz.corpus.guava.Preconditions.checkArgument;
import static dev.leibniz.corpus.guava.StatsAccumulator.calculateNewMeanNonFinite;

import dev.leibniz.Differentiable;

public final class StatsMeanOf {
  @Differentiable
  public static double meanOf(double... values) {
    checkArgument(values.length > 0);
    double mean = values[0];
    for (int index = 1; index < values.length; index++) {
      double value = values[index];
      if (isFinite(value) && isFinite(mean)) {
        // Art of Computer Programming vol. 2, Knuth, 4.2.2, (15)
        mean += (value - mean) / (index + 1);
      } else {
        mean = calculateNewMeanNonFinite(mean, value);
      }
    }
    return mean;
  }
}
