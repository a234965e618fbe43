package dev.leibniz.corpus.numbers11;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Apache Commons Numbers 1.1, commons-numbers-gamma-1.1-sources.jar (Maven Central,
 *   org.apache.commons:commons-numbers-gamma:1.1), org/apache/commons/numbers/gamma/Digamma.java
 * Licence: Apache License 2.0. Licensed to the Apache Software Foundation (ASF) under one or more
 * contributor license agreements; http://www.apache.org/licenses/LICENSE-2.0; "AS IS" BASIS.
 * Copied unchanged: the class (constants, value(double), the entry: reflection through tan for x < 0,
 * a recurrence loop, an asymptotic series).
 * Changes: package; javadoc omitted; @Differentiable added to the entry method.
 */

import dev.leibniz.Differentiable;

public final class Digamma {
    private static final double GAMMA = 0.577215664901532860606512090082;

    private static final double C_LIMIT = 49;
    private static final double S_LIMIT = 1e-5;
    private static final double F_M1_12 = -1d / 12;
    private static final double F_1_120 = 1d / 120;
    private static final double F_M1_252 = -1d / 252;

    private Digamma() {
        // intentionally empty.
    }

    @Differentiable
    public static double value(double x) {
        if (!Double.isFinite(x)) {
            return x;
        }

        double digamma = 0;
        if (x < 0) {
            // Use reflection formula to fall back into positive values.
            digamma -= Math.PI / Math.tan(Math.PI * x);
            x = 1 - x;
        }

        if (x > 0 && x <= S_LIMIT) {
            // Use method 5 from Bernardo AS103, accurate to O(x).
            return digamma - GAMMA - 1 / x;
        }

        while (x < C_LIMIT) {
            digamma -= 1 / x;
            x += 1;
        }

        // Use method 4, accurate to O(1/x^8)
        final double inv = 1 / (x * x);
        //            1       1        1         1
        // log(x) -  --- - ------ + ------- - -------
        //           2 x   12 x^2   120 x^4   252 x^6
        digamma += Math.log(x) - 0.5 / x + inv * (F_M1_12 + inv * (F_1_120 + F_M1_252 * inv));

        return digamma;
    }
}
