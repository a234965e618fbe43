package dev.leibniz.corpus.commonsmath;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: apache/commons-math (GitHub), commit 21e230ae83f57f8823f1ce4d1a2155a515ad107f,
 *   commons-math-legacy/src/main/java/org/apache/commons/math4/legacy/ode/nonstiff/DormandPrince54Integrator.java
 *   (the same method as Commons Math 3.6.1's org.apache.commons.math3.ode.nonstiff.DormandPrince54Integrator,
 *   which calls FastMath where the legacy module calls JdkMath).
 * Licence: Apache License 2.0. Licensed to the Apache Software Foundation (ASF) under one or more
 * contributor license agreements; http://www.apache.org/licenses/LICENSE-2.0; "AS IS" BASIS.
 * Copied unchanged: the error coefficients E1..E7 (their values as fractions) and estimateError (entry:
 * a loop over the main set, a 7-row double[][] of stage derivatives, tolerances from fields).
 * Changes: package and class name; javadoc omitted; @Differentiable added to the entry method;
 * JdkMath replaced by commons-math3's FastMath (a test dependency) as in Commons Math 3. The fields
 * that estimateError reads (inherited from AdaptiveStepsizeIntegrator in the original) are declared
 * here and set by a constructor (the original's constructor chain builds the whole integrator).
 */

import dev.leibniz.Differentiable;
import org.apache.commons.math3.util.FastMath;

public class DormandPrince54ErrorEstimate {
  private static final double E1 =     71.0 / 57600.0;
  private static final double E3 =    -71.0 / 16695.0;
  private static final double E4 =     71.0 / 1920.0;
  private static final double E5 = -17253.0 / 339200.0;
  private static final double E6 =     22.0 / 525.0;
  private static final double E7 =     -1.0 / 40.0;

  protected double scalAbsoluteTolerance;
  protected double scalRelativeTolerance;
  protected double[] vecAbsoluteTolerance;
  protected double[] vecRelativeTolerance;
  protected int mainSetDimension;

  /** Not in the original: the tolerances of an integrator with scalar tolerances. */
  public DormandPrince54ErrorEstimate(int mainSetDimension, double scalAbsoluteTolerance, double scalRelativeTolerance) {
    this.mainSetDimension = mainSetDimension;
    this.scalAbsoluteTolerance = scalAbsoluteTolerance;
    this.scalRelativeTolerance = scalRelativeTolerance;
  }

  @Differentiable
  protected double estimateError(final double[][] yDotK,
                                 final double[] y0, final double[] y1,
                                 final double h) {

    double error = 0;

    for (int j = 0; j < mainSetDimension; ++j) {
        final double errSum = E1 * yDotK[0][j] +  E3 * yDotK[2][j] +
                              E4 * yDotK[3][j] +  E5 * yDotK[4][j] +
                              E6 * yDotK[5][j] +  E7 * yDotK[6][j];

        final double yScale = FastMath.max(FastMath.abs(y0[j]), FastMath.abs(y1[j]));
        final double tol = (vecAbsoluteTolerance == null) ?
                           (scalAbsoluteTolerance + scalRelativeTolerance * yScale) :
                               (vecAbsoluteTolerance[j] + vecRelativeTolerance[j] * yScale);
        final double ratio  = h * errSum / tol;
        error += ratio * ratio;

    }

    return FastMath.sqrt(error / mainSetDimension);

  }
}
