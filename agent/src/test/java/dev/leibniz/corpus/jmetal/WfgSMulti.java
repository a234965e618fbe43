package dev.leibniz.corpus.jmetal;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: jMetal 6.1, jmetal-problem sources jar (Maven Central; jMetal/jMetal on GitHub),
 * org/uma/jmetal/problem/multiobjective/wfg/Transformations.java
 * Licence: MIT (The MIT License, as the jmetal 6.1 parent POM declares; http://opensource.org/licenses/MIT:
 * copying permitted with the notice; provided "as is", without warranty of any kind).
 * Copied unchanged: sMulti (entry), correctTo01 and EPSILON.
 * Changes: package and class name; javadoc omitted; @Differentiable added to the entry method; the other
 * transformations omitted.
 */

import dev.leibniz.Differentiable;

public class WfgSMulti {

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
  public float sMulti(float y, int A, int B, float C) {
    float tmp1, tmp2;

    tmp1 = ((float) 4.0 * A + (float) 2.0) *
      (float) Math.PI *
      ((float) 0.5 - Math.abs(y - C) / ((float) 2.0 * ((float) Math.floor(C - y) + C)));
    tmp2 = (float) 4.0 * B *
      (float) StrictMath.pow(Math.abs(y - C) / ((float) 2.0 * ((float) Math.floor(C - y) + C))
        , (float) 2.0);

    return correctTo01(((float) 1.0 + (float) Math.cos(tmp1) + tmp2) / (B + (float) 2.0));
  }
}
