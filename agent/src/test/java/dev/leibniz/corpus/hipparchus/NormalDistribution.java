package dev.leibniz.corpus.hipparchus;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Hipparchus-Math/hipparchus (GitHub), hipparchus-core/src/main/java/org/hipparchus/distribution/continuous/NormalDistribution.java
 * Licence: Apache License 2.0. Licensed to the Apache Software Foundation (ASF) under one or more
 * contributor license agreements; modified by the Hipparchus project. You may obtain a copy of the
 * License at http://www.apache.org/licenses/LICENSE-2.0. Distributed on an "AS IS" BASIS, WITHOUT
 * WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the constant and fields and cumulativeProbability(double) (entry).
 * Changes: package and class name; javadoc omitted; @Differentiable added to the entry method. "extends AbstractRealDistribution" dropped; the
 * constructor replaced by one that assigns the three fields.
 * Calls hipparchus-core 4.0.2 (a test dependency): Erf.erfc (a library helper), FastMath.
 */

import dev.leibniz.Differentiable;
import org.hipparchus.special.Erf;
import org.hipparchus.util.FastMath;

public class NormalDistribution {
    private static final double SQRT2 = FastMath.sqrt(2.0);
    /** Mean of this distribution. */
    private final double mean;
    /** Standard deviation of this distribution. */
    private final double standardDeviation;
    /** The value of {@code log(sd) + 0.5*log(2*pi)} stored for faster computation. */
    private final double logStandardDeviationPlusHalfLog2Pi;

    /** Not in the original: assigns the fields as the original constructor does, without its checks. */
    public NormalDistribution(double mean, double sd) {
        this.mean = mean;
        this.standardDeviation = sd;
        this.logStandardDeviationPlusHalfLog2Pi = FastMath.log(sd) + 0.5 * FastMath.log(2 * FastMath.PI);
    }

    @Differentiable
    public double cumulativeProbability(double x)  {
        final double dev = x - mean;
        if (FastMath.abs(dev) > 40 * standardDeviation) {
            return dev < 0 ? 0.0d : 1.0d;
        }
        return 0.5 * Erf.erfc(-dev / (standardDeviation * SQRT2));
    }
}
