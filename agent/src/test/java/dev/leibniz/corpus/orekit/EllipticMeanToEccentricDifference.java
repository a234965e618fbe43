package dev.leibniz.corpus.orekit;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: CS-SI/Orekit (GitHub), commit 0f977f6f2dae8b04f96a18addc5f1be05ccc8513, src/main/java/org/orekit/orbits/KeplerianAnomalyUtility.java
 * Licence: Apache License 2.0. Copyright 2002-2026 CS GROUP; licensed to CS GROUP (CS) under one or more
 * contributor license agreements; http://www.apache.org/licenses/LICENSE-2.0; "AS IS" BASIS.
 * Copied unchanged: ellipticMeanToEccentricDifference (entry: Newton's method in a do-while loop that
 * stops on a tolerance) and the constants it reads.
 * Changes: package and class name; javadoc omitted; @Differentiable added to the entry method. The
 * exception thrown when it does not converge is Hipparchus' MathIllegalStateException with
 * LocalizedCoreFormats.CONVERGENCE_FAILED instead of OrekitException with
 * OrekitMessages.UNABLE_TO_COMPUTE_ELLIPTIC_ECCENTRIC_ANOMALY (Orekit is not a dependency).
 * Calls hipparchus-core 4.0.2 (a test dependency): FastMath.
 */

import dev.leibniz.Differentiable;
import org.hipparchus.exception.LocalizedCoreFormats;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.util.FastMath;

public final class EllipticMeanToEccentricDifference {
    static final double CONVERGENCE_THRESHOLD = 1e-10;

    static final int MAXIMUM_ITERATIONS = 50;

    @Differentiable
    public static double ellipticMeanToEccentricDifference(final double s0, final double c0, final double deltaM) {

        double deltaE = deltaM;
        double delta;
        boolean hasConverged;
        int iter = 0;

        do {
            final double sE = FastMath.sin(deltaE);
            final double cE = FastMath.cos(deltaE);

            final double f = deltaE + s0 * (1.0 - cE) - c0 * sE - deltaM;
            final double df = 1.0 + s0 * sE - c0 * cE;

            delta = f / df;
            deltaE -= delta;
            hasConverged = FastMath.abs(delta) <= CONVERGENCE_THRESHOLD;
        } while (++iter < MAXIMUM_ITERATIONS && !hasConverged);

        if (!hasConverged) {
            throw new MathIllegalStateException(LocalizedCoreFormats.CONVERGENCE_FAILED, iter);
        }

        return deltaE;
    }
}
