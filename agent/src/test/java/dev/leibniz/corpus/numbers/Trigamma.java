package dev.leibniz.corpus.numbers;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: apache/commons-numbers (GitHub), commit 03039699f5abe9f4342cd4a5f0bb0b6e4ceefb73,
 *   commons-numbers-gamma/src/main/java/org/apache/commons/numbers/gamma/Trigamma.java
 * Licence: Apache License 2.0. Licensed to the Apache Software Foundation (ASF) under one or more
 * contributor license agreements; http://www.apache.org/licenses/LICENSE-2.0; "AS IS" BASIS.
 * Copied unchanged: the class (constants, value(double), the entry).
 * Changes: package; javadoc omitted; @Differentiable added to the entry method.
 */

import dev.leibniz.Differentiable;

public final class Trigamma {
    /** C limit. */
    private static final double C_LIMIT = 49;

    /** S limit. */
    private static final double S_LIMIT = 1e-5;
    /** Fraction. */
    private static final double F_1_6 = 1d / 6;
    /** Fraction. */
    private static final double F_1_30 = 1d / 30;
    /** Fraction. */
    private static final double F_1_42 = 1d / 42;

    private Trigamma() {
        // intentional empty.
    }

    @Differentiable
    public static double value(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }

        if (x > 0 && x <= S_LIMIT) {
            return 1 / (x * x);
        }

        double trigamma = 0;
        while (x < C_LIMIT) {
            trigamma += 1 / (x * x);
            x += 1;
        }

        final double inv = 1 / (x * x);
        //  1    1      1       1       1
        //  - + ---- + ---- - ----- + -----
        //  x      2      3       5       7
        //      2 x    6 x    30 x    42 x
        trigamma += 1 / x + inv / 2 + inv / x * (F_1_6 - inv * (F_1_30 + F_1_42 * inv));

        return trigamma;
    }
}
