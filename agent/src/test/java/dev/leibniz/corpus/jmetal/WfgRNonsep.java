package dev.leibniz.corpus.jmetal;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: jMetal 6.1, jmetal-problem sources jar (Maven Central; jMetal/jMetal on GitHub),
 * org/uma/jmetal/problem/multiobjective/wfg/Transformations.java
 * Licence: MIT (The MIT License, as the jmetal 6.1 parent POM declares; http://opensource.org/licenses/MIT:
 * copying permitted with the notice; provided "as is", without warranty of any kind).
 * Copied unchanged: rNonsep (entry), correctTo01 and EPSILON.
 * Changes: package and class name; javadoc omitted; @Differentiable added to the entry method; the other
 * transformations omitted.
 */

import dev.leibniz.Differentiable;

public class WfgRNonsep {

  private static final float EPSILON = (float) 1.0e-10;

  /**
   */
  float correctTo01(float a) {
    float min = (float) 0.0;
    float max = (float) 1.0;
    float min_epsilon = min - EPSILON;
    float max_epsilon = max + EPSILON;

    if ((a <= min && a >= min_epsilon) || (a >= min && a <= min_epsilon)) {
      return min;
    } else if ((a >= max && a <= max_epsilon) || (a <= max && a >= max_epsilon)) {
      return max;
    } else {
      return a;
    }
  }

  @Differentiable
  public float rNonsep(float[] y, int A) {
    float tmp, denominator, numerator;

    tmp = (float) Math.ceil(A / (float) 2.0);
    denominator = y.length * tmp * ((float) 1.0 + (float) 2.0 * A - (float) 2.0 * tmp) / A;
    numerator = (float) 0.0;
    for (int j = 0; j < y.length; j++) {
      numerator += y[j];
      for (int k = 0; k <= A - 2; k++) {
        numerator += Math.abs(y[j] - y[(j + k + 1) % y.length]);
      }
    }

    return correctTo01(numerator / denominator);
  }
}
