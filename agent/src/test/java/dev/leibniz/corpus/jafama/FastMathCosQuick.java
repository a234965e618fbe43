package dev.leibniz.corpus.jafama;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Jafama 2.3.2, jafama sources jar (Maven Central; jeffhain/jafama on GitHub),
 * net/jafama/FastMath.java
 * Licence: Apache License 2.0 ("Copyright 2012-2017 Jeff Hain. Licensed under the Apache License, Version 2.0 ...
 * http://www.apache.org/licenses/LICENSE-2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS
 * OF ANY KIND.
 * Copied unchanged: cosQuick(double) (entry), USE_JDK_MATH.
 * Changes: package and class name; javadoc omitted; @Differentiable added to the entry method; extends the copied
 * (reduced) CmnFastMath.
 */

import dev.leibniz.Differentiable;

public final class FastMathCosQuick extends CmnFastMath {
    private static final boolean USE_JDK_MATH = FM_USE_JDK_MATH;

    @Differentiable
    public static double cosQuick(double angle) {
        if (USE_JDK_MATH) {
            return Math.cos(angle);
        }
        return MyTSinCos.cosTab[((int)(Math.abs(angle) * SIN_COS_INDEXER + 0.5)) & (SIN_COS_TABS_SIZE-2)];
    }
}
