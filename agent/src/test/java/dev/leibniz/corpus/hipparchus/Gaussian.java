package dev.leibniz.corpus.hipparchus;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Hipparchus-Math/hipparchus (GitHub), hipparchus-core/src/main/java/org/hipparchus/analysis/function/Gaussian.java
 * Licence: Apache License 2.0. Licensed to the Apache Software Foundation (ASF) under one or more
 * contributor license agreements; modified by the Hipparchus project. You may obtain a copy of the
 * License at http://www.apache.org/licenses/LICENSE-2.0. Distributed on an "AS IS" BASIS, WITHOUT
 * WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the fields, the constructors, value(double) (entry) and the static value helper.
 * Changes: package and class name; javadoc omitted; @Differentiable added to the entry method. "implements UnivariateDifferentiableFunction" dropped;
 * the Parametric inner class and the field-element value omitted.
 * Calls hipparchus-core 4.0.2 (a test dependency): FastMath, MathIllegalArgumentException.
 */

import dev.leibniz.Differentiable;
import org.hipparchus.exception.LocalizedCoreFormats;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.util.FastMath;

public class Gaussian {
    /** Mean. */
    private final double mean;
    /** Inverse of the standard deviation. */
    private final double is;
    /** Inverse of twice the square of the standard deviation. */
    private final double i2s2;
    /** Normalization factor. */
    private final double norm;

    public Gaussian(double norm,
                    double mean,
                    double sigma)
        throws MathIllegalArgumentException {
        if (sigma <= 0) {
            throw new MathIllegalArgumentException(LocalizedCoreFormats.NUMBER_TOO_SMALL_BOUND_EXCLUDED,
                                                   sigma, 0);
        }

        this.norm = norm;
        this.mean = mean;
        this.is   = 1 / sigma;
        this.i2s2 = 0.5 * is * is;
    }

    public Gaussian(double mean,
                    double sigma)
        throws MathIllegalArgumentException {
        this(1 / (sigma * FastMath.sqrt(2 * Math.PI)), mean, sigma);
    }

    @Differentiable
    public double value(double x) {
        return value(x - mean, norm, i2s2);
    }

    private static double value(double xMinusMean,
                                double norm,
                                double i2s2) {
        return norm * FastMath.exp(-xMinusMean * xMinusMean * i2s2);
    }
}
