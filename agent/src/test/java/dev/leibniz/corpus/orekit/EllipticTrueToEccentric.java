package dev.leibniz.corpus.orekit;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: CS-SI/Orekit (GitHub), src/main/java/org/orekit/orbits/KeplerianAnomalyUtility.java
 * Licence: Apache License 2.0. Copyright 2002-2026 CS GROUP; licensed to CS GROUP (CS) under one or more
 * contributor license agreements; http://www.apache.org/licenses/LICENSE-2.0; "AS IS" BASIS.
 * Copied unchanged: ellipticTrueToEccentric (entry).
 * Changes: package and class name; javadoc omitted; @Differentiable added to the entry method.
 * Calls hipparchus-core 4.0.2 (a test dependency): FastMath, SinCos.
 */

import dev.leibniz.Differentiable;
import org.hipparchus.util.FastMath;
import org.hipparchus.util.SinCos;

public final class EllipticTrueToEccentric {
    @Differentiable
    public static double ellipticTrueToEccentric(final double e, final double v) {
        final double beta = e / (1 + FastMath.sqrt(1 - e * e));
        final SinCos scv = FastMath.sinCos(v);
        return v - 2 * FastMath.atan(beta * scv.sin() / (1 + beta * scv.cos()));
    }
}
