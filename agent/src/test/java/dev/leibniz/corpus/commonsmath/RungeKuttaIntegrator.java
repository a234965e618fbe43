package dev.leibniz.corpus.commonsmath;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: apache/commons-math (GitHub), commons-math-legacy/src/main/java/org/apache/commons/math4/legacy/ode/nonstiff/RungeKuttaIntegrator.java
 * (the same method as in Commons Math 3, org.apache.commons.math3.ode.nonstiff.RungeKuttaIntegrator)
 * Licence: Apache License 2.0. Licensed to the Apache Software Foundation (ASF) under one or more
 * contributor license agreements; http://www.apache.org/licenses/LICENSE-2.0; "AS IS" BASIS.
 * Copied unchanged: the Butcher-array fields and singleStep (entry; calls the right-hand side through the
 * FirstOrderDifferentialEquations interface, stage by stage).
 * Changes: package; javadoc omitted; "extends AdaptiveStepsizeIntegrator"-style base class, the step
 * interpolator prototype and the step field dropped; the protected constructor replaced by one that
 * assigns c, a and b (ClassicalRungeKuttaIntegrator passes its STATIC_C/A/B arrays the same way);
 * @Differentiable added to the entry method.
 */

import dev.leibniz.Differentiable;

public class RungeKuttaIntegrator {
    /** Time steps from Butcher array (without the first zero). */
    private final double[] c;

    /** Internal weights from Butcher array (without the first empty row). */
    private final double[][] a;

    /** External weights for the high order method from Butcher array. */
    private final double[] b;

    /** Not in the original: assigns the Butcher arrays (see the header). */
    public RungeKuttaIntegrator(final double[] c, final double[][] a, final double[] b) {
        this.c = c;
        this.a = a;
        this.b = b;
    }

  @Differentiable
  public double[] singleStep(final FirstOrderDifferentialEquations equations,
                             final double t0, final double[] y0, final double t) {

      // create some internal working arrays
      final double[] y       = y0.clone();
      final int stages       = c.length + 1;
      final double[][] yDotK = new double[stages][];
      for (int i = 0; i < stages; ++i) {
          yDotK [i] = new double[y0.length];
      }
      final double[] yTmp    = y0.clone();

      // first stage
      final double h = t - t0;
      equations.computeDerivatives(t0, y, yDotK[0]);

      // next stages
      for (int k = 1; k < stages; ++k) {

          for (int j = 0; j < y0.length; ++j) {
              double sum = a[k-1][0] * yDotK[0][j];
              for (int l = 1; l < k; ++l) {
                  sum += a[k-1][l] * yDotK[l][j];
              }
              yTmp[j] = y[j] + h * sum;
          }

          equations.computeDerivatives(t0 + c[k-1] * h, yTmp, yDotK[k]);
      }

      // estimate the state at the end of the step
      for (int j = 0; j < y0.length; ++j) {
          double sum = b[0] * yDotK[0][j];
          for (int l = 1; l < stages; ++l) {
              sum += b[l] * yDotK[l][j];
          }
          y[j] += h * sum;
      }

      return y;
  }
}
