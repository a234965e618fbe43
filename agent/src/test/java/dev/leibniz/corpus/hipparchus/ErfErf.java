package dev.leibniz.corpus.hipparchus;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Hipparchus-Math/hipparchus (GitHub), hipparchus-core/src/main/java/org/hipparchus/special/Erf.java
 * Licence: Apache License 2.0. Licensed to the Apache Software Foundation (ASF) under one or more
 * contributor license agreements; modified by the Hipparchus project. You may obtain a copy of the
 * License at http://www.apache.org/licenses/LICENSE-2.0. Distributed on an "AS IS" BASIS, WITHOUT
 * WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: erf (entry).
 * Changes: package and class name; javadoc omitted; @Differentiable added to the entry method.
 * Calls hipparchus-core 4.0.2 (a test dependency): Gamma.regularizedGammaP (a library helper with a
 * continued fraction inside), FastMath.
 */

import dev.leibniz.Differentiable;
import org.hipparchus.special.Gamma;
import org.hipparchus.util.FastMath;

public final class ErfErf {
    @Differentiable
    public static double erf(double x) {
        if (FastMath.abs(x) > 40) {
            return x > 0 ? 1 : -1;
        }
        final double ret = Gamma.regularizedGammaP(0.5, x * x, 1.0e-15, 10000);
        return x < 0 ? -ret : ret;
    }
}
