package dev.leibniz.corpus.statistics;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: apache/commons-statistics (GitHub), commons-statistics-distribution/src/main/java/org/apache/commons/statistics/distribution/LogisticDistribution.java
 * Licence: Apache License 2.0. Licensed to the Apache Software Foundation (ASF) under one or more
 * contributor license agreements; http://www.apache.org/licenses/LICENSE-2.0; "AS IS" BASIS.
 * Copied unchanged: the constants, fields, constructor and cumulativeProbability(double) (entry).
 * Changes: package; javadoc omitted; "extends AbstractContinuousDistribution" dropped (the class keeps its
 * name; the factory method "of" is omitted: the test calls the private constructor); @Differentiable added
 * to the entry method.
 */

import dev.leibniz.Differentiable;

public final class LogisticDistribution {
    private static final double SUPPORT_LO = Double.NEGATIVE_INFINITY;
    /** Support upper bound. */
    private static final double SUPPORT_HI = Double.POSITIVE_INFINITY;
    /** &pi;<sup>2</sup>/3. https://oeis.org/A195055. */
    private static final double PI_SQUARED_OVER_THREE = 3.289868133696452872944830;
    /** Location parameter. */
    private final double mu;
    /** Scale parameter. */
    private final double scale;
    /** Logarithm of "scale". */
    private final double logScale;

    private LogisticDistribution(double mu,
                                 double scale) {
        this.mu = mu;
        this.scale = scale;
        this.logScale = Math.log(scale);
    }

    @Differentiable
    public double cumulativeProbability(double x) {
        final double z = (x - mu) / scale;
        return 1 / (1 + Math.exp(-z));
    }
}
