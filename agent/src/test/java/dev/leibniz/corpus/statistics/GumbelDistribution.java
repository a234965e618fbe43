package dev.leibniz.corpus.statistics;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: apache/commons-statistics (GitHub), commons-statistics-distribution/src/main/java/org/apache/commons/statistics/distribution/GumbelDistribution.java
 * Licence: Apache License 2.0. Licensed to the Apache Software Foundation (ASF) under one or more
 * contributor license agreements; http://www.apache.org/licenses/LICENSE-2.0; "AS IS" BASIS.
 * Copied unchanged: the constants, fields, constructor and density(double) (entry).
 * Changes: package; javadoc omitted; "extends AbstractContinuousDistribution" dropped (the class keeps its
 * name; the factory method "of" is omitted: the test calls the private constructor); @Differentiable added
 * to the entry method.
 */

import dev.leibniz.Differentiable;

public final class GumbelDistribution {
    private static final double SUPPORT_LO = Double.NEGATIVE_INFINITY;
    /** Support upper bound. */
    private static final double SUPPORT_HI = Double.POSITIVE_INFINITY;
    /** &pi;<sup>2</sup>/6. https://oeis.org/A013661. */
    private static final double PI_SQUARED_OVER_SIX = 1.644934066848226436472415166646;
    /**
     * <a href="https://en.wikipedia.org/wiki/Euler%27s_constant">
     * Approximation of Euler's constant</a>.
     * https://oeis.org/A001620.
     */
    private static final double EULER = 0.5772156649015328606065;
    /** ln(ln(2)). https://oeis.org/A074785. */
    private static final double LN_LN_2 = -0.3665129205816643270124;
    /** Location parameter. */
    private final double mu;
    /** Scale parameter. */
    private final double beta;

    private GumbelDistribution(double mu,
                               double beta) {
        this.beta = beta;
        this.mu = mu;
    }

    @Differentiable
    public double density(double x) {
        if (x <= SUPPORT_LO) {
            return 0;
        }

        final double z = (x - mu) / beta;
        final double t = Math.exp(-z);
        return Math.exp(-z - t) / beta;
    }
}
