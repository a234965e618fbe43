package dev.leibniz.corpus.ojalgo;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: ojAlgo 55.0.0, ojalgo sources jar (Maven Central; optimatika/ojAlgo on GitHub),
 * org/ojalgo/function/special/HypergeometricFunction.java
 * Licence: MIT (Copyright 1997-2024 Optimatika; permission granted free of charge to copy, modify and
 * distribute with this notice; THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND).
 * Copied unchanged: hypergeometric (entry; a loop of 99,999 trips).
 * Changes: package; @Differentiable added to the entry method.
 * Calls ojalgo 55.0.0 (a test dependency): PrimitiveMath.ONE.
 */

import static org.ojalgo.function.constant.PrimitiveMath.ONE;

import dev.leibniz.Differentiable;

public class HypergeometricFunction {

    @Differentiable
    public static double hypergeometric(final double a, final double b, final double c, final double x) {

        double incr = ONE;
        double sum = ONE;

        double a1 = a - ONE;
        double b1 = b - ONE;
        double c1 = c - ONE;

        for (int n = 1; n < 100_000; n++) {
            incr *= ((a1 + n) * (b1 + n) * x) / ((c1 + n) * n);
            sum += incr;
        }

        return sum;
    }

}
