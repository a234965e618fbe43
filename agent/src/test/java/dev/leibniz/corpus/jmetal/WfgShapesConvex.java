package dev.leibniz.corpus.jmetal;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: jMetal 6.1, jmetal-problem sources jar (Maven Central; jMetal/jMetal on GitHub),
 * org/uma/jmetal/problem/multiobjective/wfg/Shapes.java
 * Licence: MIT (The MIT License, as the jmetal 6.1 parent POM declares; http://opensource.org/licenses/MIT:
 * copying permitted with the notice; provided "as is", without warranty of any kind).
 * Copied unchanged: convex (entry).
 * Changes: package and class name; javadoc omitted; @Differentiable added to the entry method; the other shapes
 * omitted.
 */

import dev.leibniz.Differentiable;

public class WfgShapesConvex {
  @Differentiable
  public float convex(float[] x, int m) {
    float result = (float) 1.0;
    int M = x.length;

    for (int i = 1; i <= M - m; i++) {
      result *= (1 - Math.cos(x[i - 1] * Math.PI * 0.5));
    }

    if (m != 1) {
      result *= (1 - Math.sin(x[M - m] * Math.PI * 0.5));
    }

    return result;
  }
}
