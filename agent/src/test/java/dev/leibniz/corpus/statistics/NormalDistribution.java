package dev.leibniz.corpus.statistics;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Apache Commons Statistics 1.0, commons-statistics-distribution-1.0-sources.jar (Maven Central,
 *   org.apache.commons:commons-statistics-distribution:1.0), org/apache/commons/statistics/distribution/NormalDistribution.java
 * Licence: Apache License 2.0. Licensed to the Apache Software Foundation (ASF) under one or more
 * contributor license agreements; http://www.apache.org/licenses/LICENSE-2.0; "AS IS" BASIS.
 * Copied unchanged: the constants, fields, constructor and density(double) (entry; ExtendedPrecision.expmhxx: a Dekker
 * split and the round-off of z*z carried into exp).
 * Changes: package; javadoc omitted; "extends AbstractContinuousDistribution" and @Override dropped (the factory
 * method "of" is omitted: the test calls the private constructor); @Differentiable added to the entry method.
 */

import dev.leibniz.Differentiable;

public final class NormalDistribution {
    private static final double HALF_LOG_TWO_PI = 0.9189385332046727417803297;

    private final double mean;
    private final double standardDeviation;
    private final double logStandardDeviationPlusHalfLog2Pi;
    private final double sdSqrt2;
    private final double sdSqrt2pi;

    private NormalDistribution(double mean,
                               double sd) {
        this.mean = mean;
        standardDeviation = sd;
        logStandardDeviationPlusHalfLog2Pi = Math.log(sd) + HALF_LOG_TWO_PI;
        // Minimise rounding error by computing sqrt(2 * sd * sd) exactly.
        // Compute using extended precision with care to avoid over/underflow.
        sdSqrt2 = ExtendedPrecision.sqrt2xx(sd);
        // Compute sd * sqrt(2 * pi)
        sdSqrt2pi = ExtendedPrecision.xsqrt2pi(sd);
    }

    @Differentiable
    public double density(double x) {
        final double z = (x - mean) / standardDeviation;
        return ExtendedPrecision.expmhxx(z) / sdSqrt2pi;
    }
}
