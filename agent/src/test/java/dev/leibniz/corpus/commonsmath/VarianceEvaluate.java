package dev.leibniz.corpus.commonsmath;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Apache Commons Math 3.6.1, org.apache.commons:commons-math3:3.6.1 sources jar (Maven Central),
 *   org/apache/commons/math3/stat/descriptive/moment/Variance.java (apache/commons-math on GitHub, tag MATH_3_6_1, src/main/java/...).
 * Licence: Apache License 2.0. Licensed to the Apache Software Foundation (ASF) under one or more
 * contributor license agreements; http://www.apache.org/licenses/LICENSE-2.0; "AS IS" BASIS.
 * Copied unchanged: Variance.evaluate(double[], double, int, int) (entry), the field isBiasCorrected and
 *   the constructor Variance(boolean).
 * Changes: the class is a standalone subclass of the library's AbstractUnivariateStatistic (the original extends
 *   AbstractStorelessUnivariateStatistic); evaluate(double[], int, int) and copy() added to make it
 *   concrete (they throw: the entry does not use them); @Differentiable added to the entry method.
 *   Calls commons-math3 3.6.1 (a test dependency): AbstractUnivariateStatistic.test.
 */

import dev.leibniz.Differentiable;
import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.apache.commons.math3.stat.descriptive.AbstractUnivariateStatistic;
import org.apache.commons.math3.stat.descriptive.UnivariateStatistic;

public class VarianceEvaluate extends AbstractUnivariateStatistic {
    /**
     * Whether or not bias correction is applied when computing the
     * value of the statistic. True means that bias is corrected.  See
     * {@link Variance} for details on the formula.
     */
    private boolean isBiasCorrected = true;

    public VarianceEvaluate(boolean isBiasCorrected) {
        this.isBiasCorrected = isBiasCorrected;
    }

    @Differentiable
    public double evaluate(final double[] values, final double mean,
            final int begin, final int length) throws MathIllegalArgumentException {

        double var = Double.NaN;

        if (test(values, begin, length)) {
            if (length == 1) {
                var = 0.0;
            } else if (length > 1) {
                double accum = 0.0;
                double dev = 0.0;
                double accum2 = 0.0;
                for (int i = begin; i < begin + length; i++) {
                    dev = values[i] - mean;
                    accum += dev * dev;
                    accum2 += dev;
                }
                double len = length;
                if (isBiasCorrected) {
                    var = (accum - (accum2 * accum2 / len)) / (len - 1.0);
                } else {
                    var = (accum - (accum2 * accum2 / len)) / len;
                }
            }
        }
        return var;
    }

    @Override
    public double evaluate(double[] values, int begin, int length) {
        throw new UnsupportedOperationException("not part of the corpus entry");
    }

    @Override
    public UnivariateStatistic copy() {
        throw new UnsupportedOperationException("not part of the corpus entry");
    }
}
