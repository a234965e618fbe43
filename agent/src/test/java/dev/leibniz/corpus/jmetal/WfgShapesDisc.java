package dev.leibniz.corpus.jmetal;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: jMetal 6.1, jmetal-problem sources jar (Maven Central; jMetal/jMetal on GitHub),
 * org/uma/jmetal/problem/multiobjective/wfg/Shapes.java
 * Licence: MIT (The MIT License, as the jmetal 6.1 parent POM declares; http://opensource.org/licenses/MIT:
 * copying permitted with the notice; provided "as is", without warranty of any kind).
 * Copied unchanged: disc (entry).
 * Changes: package and class name; javadoc omitted; @Differentiable added to the entry method; the other shapes
 * omitted.
 */

import dev.leibniz.Differentiable;

public class WfgShapesDisc {
  @Differentiable
  public float disc(float[] x, int A, float alpha, float beta) {
    float tmp;
    tmp = (float) Math.cos((float) A * Math.pow(x[0], beta) * Math.PI);

    return (float) 1.0 - (float) Math.pow(x[0], alpha) * (float) Math.pow(tmp, 2.0);
  }
}
