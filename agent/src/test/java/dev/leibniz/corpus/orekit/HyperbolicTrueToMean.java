package dev.leibniz.corpus.orekit;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: CS-SI/Orekit (GitHub), commit 0f977f6f2dae8b04f96a18addc5f1be05ccc8513, src/main/java/org/orekit/orbits/KeplerianAnomalyUtility.java
 * Licence: Apache License 2.0. Copyright 2002-2026 CS GROUP; licensed to CS GROUP (CS) under one or more
 * contributor license agreements; http://www.apache.org/licenses/LICENSE-2.0; "AS IS" BASIS.
 * Copied unchanged: hyperbolicTrueToMean (entry), hyperbolicTrueToEccentric (FastMath.sinCos pair,
 * asinh) and hyperbolicEccentricToMean (same-class static helpers).
 * Changes: package and class name; javadoc omitted; @Differentiable added to the entry method.
 * Calls hipparchus-core 4.0.2 (a test dependency): FastMath, SinCos.
 */

import dev.leibniz.Differentiable;
import org.hipparchus.util.FastMath;
import org.hipparchus.util.SinCos;

public final class HyperbolicTrueToMean {
    @Differentiable
    public static double hyperbolicTrueToMean(final double e, final double v) {
        final double H = hyperbolicTrueToEccentric(e, v);
        final double M = hyperbolicEccentricToMean(e, H);
        return M;
    }

    public static double hyperbolicTrueToEccentric(final double e, final double v) {
        final SinCos scv = FastMath.sinCos(v);
        final double sinhH = FastMath.sqrt(e * e - 1) * scv.sin() / (1 + e * scv.cos());
        return FastMath.asinh(sinhH);
    }

    public static double hyperbolicEccentricToMean(final double e, final double H) {
        return e * FastMath.sinh(H) - H;
    }
}
