package dev.leibniz.corpus.jmetal;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: jMetal 6.1, jmetal-problem sources jar (Maven Central; jMetal/jMetal on GitHub),
 * org/uma/jmetal/problem/multiobjective/wfg/Transformations.java
 * Licence: MIT (The MIT License, as the jmetal 6.1 parent POM declares; http://opensource.org/licenses/MIT:
 * copying permitted with the notice; provided "as is", without warranty of any kind).
 * Copied unchanged: sDecept (entry), correctTo01 and EPSILON.
 * Changes: package and class name; javadoc omitted; @Differentiable added to the entry method; the other
 * transformations omitted.
 */

import dev.leibniz.Differentiable;

public class WfgSDecept {

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
  public float sDecept(float y, float A, float B, float C) {
    float tmp, tmp1, tmp2;

    tmp1 = (float) Math.floor(y - A + B) * ((float) 1.0 - C + (A - B) / B) / (A - B);
    tmp2 =
      (float) Math.floor(A + B - y) * ((float) 1.0 - C + ((float) 1.0 - A - B) / B) / ((float) 1.0
        - A - B);

    tmp = Math.abs(y - A) - B;

    return correctTo01((float) 1 + tmp * (tmp1 + tmp2 + (float) 1.0 / B));
  }
}
