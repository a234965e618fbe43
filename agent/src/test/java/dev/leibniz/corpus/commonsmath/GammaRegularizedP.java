package dev.leibniz.corpus.commonsmath;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Apache Commons Math 3.6.1, org.apache.commons:commons-math3:3.6.1 sources jar (Maven Central),
 *   org/apache/commons/math3/special/Gamma.java (apache/commons-math on GitHub, tag MATH_3_6_1, src/main/java/...).
 * Licence: Apache License 2.0. Licensed to the Apache Software Foundation (ASF) under one or more
 * contributor license agreements; http://www.apache.org/licenses/LICENSE-2.0; "AS IS" BASIS.
 * Copied unchanged: regularizedGammaP(double, double, double, int) (entry) and regularizedGammaQ(double,
 *   double, double, int) (its continued fraction branch: an anonymous ContinuedFraction capturing a).
 * Changes: package and class name; javadoc omitted; @Differentiable added to the entry method. Calls
 *   commons-math3 3.6.1 (a test dependency): Gamma.logGamma, ContinuedFraction.evaluate, FastMath,
 *   MaxCountExceededException.
 */

import dev.leibniz.Differentiable;
import org.apache.commons.math3.exception.MaxCountExceededException;
import org.apache.commons.math3.util.ContinuedFraction;
import org.apache.commons.math3.util.FastMath;

import static org.apache.commons.math3.special.Gamma.logGamma;

public final class GammaRegularizedP {
    private GammaRegularizedP() {}

    @Differentiable
    public static double regularizedGammaP(double a,
                                           double x,
                                           double epsilon,
                                           int maxIterations) {
        double ret;

        if (Double.isNaN(a) || Double.isNaN(x) || (a <= 0.0) || (x < 0.0)) {
            ret = Double.NaN;
        } else if (x == 0.0) {
            ret = 0.0;
        } else if (x >= a + 1) {
            // use regularizedGammaQ because it should converge faster in this
            // case.
            ret = 1.0 - regularizedGammaQ(a, x, epsilon, maxIterations);
        } else {
            // calculate series
            double n = 0.0; // current element index
            double an = 1.0 / a; // n-th element in the series
            double sum = an; // partial sum
            while (FastMath.abs(an/sum) > epsilon &&
                   n < maxIterations &&
                   sum < Double.POSITIVE_INFINITY) {
                // compute next element in the series
                n += 1.0;
                an *= x / (a + n);

                // update partial sum
                sum += an;
            }
            if (n >= maxIterations) {
                throw new MaxCountExceededException(maxIterations);
            } else if (Double.isInfinite(sum)) {
                ret = 1.0;
            } else {
                ret = FastMath.exp(-x + (a * FastMath.log(x)) - logGamma(a)) * sum;
            }
        }

        return ret;
    }

    public static double regularizedGammaQ(final double a,
                                           double x,
                                           double epsilon,
                                           int maxIterations) {
        double ret;

        if (Double.isNaN(a) || Double.isNaN(x) || (a <= 0.0) || (x < 0.0)) {
            ret = Double.NaN;
        } else if (x == 0.0) {
            ret = 1.0;
        } else if (x < a + 1.0) {
            // use regularizedGammaP because it should converge faster in this
            // case.
            ret = 1.0 - regularizedGammaP(a, x, epsilon, maxIterations);
        } else {
            // create continued fraction
            ContinuedFraction cf = new ContinuedFraction() {

                /** {@inheritDoc} */
                @Override
                protected double getA(int n, double x) {
                    return ((2.0 * n) + 1.0) - a + x;
                }

                /** {@inheritDoc} */
                @Override
                protected double getB(int n, double x) {
                    return n * (a - n);
                }
            };

            ret = 1.0 / cf.evaluate(x, epsilon, maxIterations);
            ret = FastMath.exp(-x + (a * FastMath.log(x)) - logGamma(a)) * ret;
        }

        return ret;
    }
}
