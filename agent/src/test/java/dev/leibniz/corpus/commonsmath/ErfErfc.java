package dev.leibniz.corpus.commonsmath;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Apache Commons Math 3.6.1, org.apache.commons:commons-math3:3.6.1 sources jar (Maven Central),
 *   org/apache/commons/math3/special/Erf.java (apache/commons-math on GitHub, tag MATH_3_6_1, src/main/java/...).
 * Licence: Apache License 2.0. Licensed to the Apache Software Foundation (ASF) under one or more
 * contributor license agreements; http://www.apache.org/licenses/LICENSE-2.0; "AS IS" BASIS.
 * Copied unchanged: erfc(double) (entry).
 * Changes: package and class name; javadoc omitted; @Differentiable added to the entry method. Calls
 *   commons-math3 3.6.1 (a test dependency): Gamma.regularizedGammaQ (its continued fraction, an
 *   anonymous class inside the library), FastMath.
 */

import dev.leibniz.Differentiable;
import org.apache.commons.math3.special.Gamma;
import org.apache.commons.math3.util.FastMath;

public final class ErfErfc {
    private ErfErfc() {}

    @Differentiable
    public static double erfc(double x) {
        if (FastMath.abs(x) > 40) {
            return x > 0 ? 0 : 2;
        }
        final double ret = Gamma.regularizedGammaQ(0.5, x * x, 1.0e-15, 10000);
        return x < 0 ? 2 - ret : ret;
    }
}
