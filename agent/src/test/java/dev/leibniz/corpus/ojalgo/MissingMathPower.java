package dev.leibniz.corpus.ojalgo;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: ojAlgo 55.0.0, ojalgo sources jar (Maven Central; optimatika/ojAlgo on GitHub),
 * org/ojalgo/function/special/MissingMath.java
 * Licence: MIT (Copyright 1997-2024 Optimatika; permission granted free of charge to copy, modify and
 * distribute with this notice; THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND).
 * Copied unchanged: power(double, int) (entry; calls itself for a negative exponent).
 * Changes: package and class name; @Differentiable added to the entry method; the rest of the class omitted.
 */

import dev.leibniz.Differentiable;

public abstract class MissingMathPower {

    @Differentiable
    public static double power(final double arg, final int param) {

        if (param < 0) {

            return 1.0 / MissingMathPower.power(arg, -param);

        } else {

            int exp = param;

            double retVal = 1.0;

            while (exp > 0) {
                retVal = retVal * arg;
                exp--;
            }

            return retVal;
        }
    }
}
