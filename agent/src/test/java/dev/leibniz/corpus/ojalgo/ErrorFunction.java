package dev.leibniz.corpus.ojalgo;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: ojAlgo 55.0.0, ojalgo sources jar (Maven Central; optimatika/ojAlgo on GitHub),
 * org/ojalgo/function/special/ErrorFunction.java
 * Licence: MIT (Copyright 1997-2024 Optimatika; permission granted free of charge to copy, modify and
 * distribute with this notice; THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND).
 * Copied unchanged: erf (entry) and the static initializer of the coefficient table C (read by erfi, omitted).
 * Changes: package; javadoc omitted; @Differentiable added to the entry method; erfc and erfi omitted.
 * Calls ojalgo 55.0.0 (a test dependency): PrimitiveMath's constants.
 */

import static org.ojalgo.function.constant.PrimitiveMath.*;

import dev.leibniz.Differentiable;

public abstract class ErrorFunction {

    private static final double[] C;

    static {

        C = new double[1000];

        ErrorFunction.C[0] = ONE;
        for (int k = 1; k < ErrorFunction.C.length; k++) {
            ErrorFunction.C[k] = ZERO;
            for (int m = 0; m <= (k - 1); m++) {
                ErrorFunction.C[k] += (ErrorFunction.C[m] * ErrorFunction.C[k - 1 - m]) / ((m + 1) * ((2 * m) + 1));
            }
        }
    }

    @Differentiable
    public static double erf(final double arg) {

        if (arg < -FOUR) {

            return NEG;

        } else if (arg > FOUR) {

            return ONE;

        } else {

            double retVal = ZERO;
            final double squared = arg * arg;
            double tmpVal;

            for (int n = 0; n <= 100; n++) {
                tmpVal = arg / ((2 * n) + 1);
                for (int i = 1; i <= n; i++) {
                    tmpVal *= -squared / i;
                }
                retVal += tmpVal;
            }

            return (TWO * retVal) / SQRT_PI;
        }
    }
}
