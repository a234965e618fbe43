package dev.leibniz.corpus.jmetal;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: jMetal 6.1, jmetal-problem sources jar (Maven Central; jMetal/jMetal on GitHub),
 * org/uma/jmetal/problem/multiobjective/wfg/Transformations.java
 * Licence: MIT (The MIT License, as the jmetal 6.1 parent POM declares; http://opensource.org/licenses/MIT:
 * copying permitted with the notice; provided "as is", without warranty of any kind).
 * Copied unchanged: bParam (entry), correctTo01 and EPSILON.
 * Changes: package and class name; javadoc omitted; @Differentiable added to the entry method; the other
 * transformations omitted.
 */

import dev.leibniz.Differentiable;

public class WfgBParam {

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
  public float bParam(float y, float u, float A, float B, float C) {
    float result, v, exp;

    v = A - ((float) 1.0 - (float) 2.0 * u) *
      Math.abs((float) Math.floor((float) 0.5 - u) + A);
    exp = B + (C - B) * v;
    result = (float) StrictMath.pow(y, exp);

    return correctTo01(result);
  }
}
