package dev.leibniz.corpus.commonsmath;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Apache Commons Math 3.6.1, org.apache.commons:commons-math3:3.6.1 sources jar (Maven Central),
 *   org/apache/commons/math3/stat/descriptive/moment/Skewness.java (apache/commons-math on GitHub, tag MATH_3_6_1, src/main/java/...).
 * Licence: Apache License 2.0. Licensed to the Apache Software Foundation (ASF) under one or more
 * contributor license agreements; http://www.apache.org/licenses/LICENSE-2.0; "AS IS" BASIS.
 * Copied unchanged: Skewness.evaluate(double[], int, int) (entry).
 * Changes: the class is a standalone subclass of the library's AbstractUnivariateStatistic (the original extends
 *   AbstractStorelessUnivariateStatistic, whose incremental state the entry does not use); copy() added
 *   to make it concrete; @Differentiable added to the entry method. Calls commons-math3 3.6.1 (a test
 *   dependency): Mean.evaluate, AbstractUnivariateStatistic.test, FastMath.sqrt.
 */

import dev.leibniz.Differentiable;
import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.apache.commons.math3.stat.descriptive.AbstractUnivariateStatistic;
import org.apache.commons.math3.stat.descriptive.UnivariateStatistic;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.util.FastMath;

public class SkewnessEvaluate extends AbstractUnivariateStatistic {

    @Differentiable
    @Override
    public double evaluate(final double[] values,final int begin,
            final int length) throws MathIllegalArgumentException {

        // Initialize the skewness
        double skew = Double.NaN;

        if (test(values, begin, length) && length > 2 ){
            Mean mean = new Mean();
            // Get the mean and the standard deviation
            double m = mean.evaluate(values, begin, length);

            // Calc the std, this is implemented here instead
            // of using the standardDeviation method eliminate
            // a duplicate pass to get the mean
            double accum = 0.0;
            double accum2 = 0.0;
            for (int i = begin; i < begin + length; i++) {
                final double d = values[i] - m;
                accum  += d * d;
                accum2 += d;
            }
            final double variance = (accum - (accum2 * accum2 / length)) / (length - 1);

            double accum3 = 0.0;
            for (int i = begin; i < begin + length; i++) {
                final double d = values[i] - m;
                accum3 += d * d * d;
            }
            accum3 /= variance * FastMath.sqrt(variance);

            // Get N
            double n0 = length;

            // Calculate skewness
            skew = (n0 / ((n0 - 1) * (n0 - 2))) * accum3;
        }
        return skew;
    }

    @Override
    public UnivariateStatistic copy() {
        return new SkewnessEvaluate();
    }
}
