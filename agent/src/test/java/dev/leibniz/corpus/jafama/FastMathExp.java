package dev.leibniz.corpus.jafama;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Jafama 2.3.2, jafama sources jar (Maven Central; jeffhain/jafama on GitHub),
 * net/jafama/FastMath.java
 * Licence: Apache License 2.0 ("Copyright 2012-2017 Jeff Hain. Licensed under the Apache License, Version 2.0 ...
 * http://www.apache.org/licenses/LICENSE-2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS
 * OF ANY KIND.
 * Copied unchanged: exp(double) (entry), USE_JDK_MATH.
 * Changes: package and class name; javadoc and most comments omitted; @Differentiable added to the entry method;
 * extends the copied (reduced) CmnFastMath.
 */

import dev.leibniz.Differentiable;

public final class FastMathExp extends CmnFastMath {
    private static final boolean USE_JDK_MATH = FM_USE_JDK_MATH;

    @Differentiable
    public static double exp(double value) {
        if (USE_JDK_MATH) {
            return Math.exp(value);
        }
        // exp(x) = exp([x])*exp(y)
        // with [x] the integer part of x, and y = x-[x]
        // We have exp([x]) and exp(z) pre-computed in tables, we "just" have to compute exp(epsilon).
        if (value > EXP_OVERFLOW_LIMIT) {
            return Double.POSITIVE_INFINITY;
        } else if (!(value >= EXP_UNDERFLOW_LIMIT)) {
            return (value != value) ? Double.NaN : 0.0;
        }

        final int indexes = (int)(value*EXP_LO_INDEXING);

        final int valueInt;
        if (indexes >= 0) {
            valueInt = (indexes>>EXP_LO_INDEXING_DIV_SHIFT);
        } else {
            valueInt = -((-indexes)>>EXP_LO_INDEXING_DIV_SHIFT);
        }
        final double hiTerm = MyTExp.expHiTab[valueInt-(int)EXP_UNDERFLOW_LIMIT];

        final int zIndex = indexes - (valueInt<<EXP_LO_INDEXING_DIV_SHIFT);
        final double y = (value-valueInt);
        final double z = zIndex*(1.0/EXP_LO_INDEXING);
        final double eps = y-z;
        final double expZ = MyTExp.expLoPosTab[zIndex+EXP_LO_TAB_MID_INDEX];
        final double expEps = (1+eps*(1+eps*(1.0/2+eps*(1.0/6+eps*(1.0/24)))));
        final double loTerm = expZ * expEps;

        return hiTerm * loTerm;
    }
}
