package dev.leibniz.corpus.jafama;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Jafama 2.3.2, jafama sources jar (Maven Central; jeffhain/jafama on GitHub),
 * net/jafama/StrictFastMath.java
 * Licence: Apache License 2.0 ("Copyright 2012-2017 Jeff Hain. Licensed under the Apache License, Version 2.0 ...
 * http://www.apache.org/licenses/LICENSE-2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS
 * OF ANY KIND.
 * Copied unchanged: log(double) (entry), USE_JDK_MATH, USE_REDEFINED_LOG (StrictFastMath's own log: the exponent and
 * the first 12 mantissa bits read from the bit pattern select a table entry and a power of two; the derivative
 * flows through z = value * 2^-exponent / table - 1).
 * Changes: package and class name; javadoc and the long comment omitted; @Differentiable added to the entry method;
 * extends the copied (reduced) CmnFastMath; strictfp dropped (no effect since Java 17).
 */

import dev.leibniz.Differentiable;

public final class StrictFastMathLog extends CmnFastMath {
    private static final boolean USE_JDK_MATH = SFM_USE_JDK_MATH;
    private static final boolean USE_REDEFINED_LOG = SFM_USE_REDEFINED_LOG;

    @Differentiable
    public static double log(double value) {
        if (USE_JDK_MATH || (!USE_REDEFINED_LOG)) {
            return StrictMath.log(value);
        }
        if (value > 0.0) {
            if (value == Double.POSITIVE_INFINITY) {
                return Double.POSITIVE_INFINITY;
            }

            double h;
            if (value > 0.95) {
                if (value < 1.14) {
                    double z = (value-1.0)/(value+1.0);
                    double z2 = z*z;
                    return z*(2+z2*((2.0/3)+z2*((2.0/5)+z2*((2.0/7)+z2*((2.0/9)+z2*((2.0/11)))))));
                }
                h = 0.0;
            } else if (value < DOUBLE_MIN_NORMAL) {
                // Ensuring value is normal.
                value *= TWO_POW_52;
                // log(x*2^52)
                // = log(x)-ln(2^52)
                // = log(x)-52*ln(2)
                h = -52*LOG_2;
            } else {
                h = 0.0;
            }

            int valueBitsHi = (int)(Double.doubleToRawLongBits(value)>>32);
            int valueExp = (valueBitsHi>>20)-MAX_DOUBLE_EXPONENT;
            // Getting the first LOG_BITS bits of the mantissa.
            int xIndex = ((valueBitsHi<<12)>>>(32-LOG_BITS));

            // 1.mantissa/1.mantissaApprox - 1
            double z = (value * twoPowNormalOrSubnormal(-valueExp)) * MyTLog.logXInvTab[xIndex] - 1;

            z *= (1-z*((1.0/2)-z*((1.0/3))));

            return h + valueExp * LOG_2 + (MyTLog.logXLogTab[xIndex] + z);

        } else if (value == 0.0) {
            return Double.NEGATIVE_INFINITY;
        } else { // value < 0.0, or value is NaN
            return Double.NaN;
        }
    }
}
