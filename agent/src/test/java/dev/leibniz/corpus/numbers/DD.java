package dev.leibniz.corpus.numbers;

/*
 * A helper of the real-code corpus (not an entry; see ../README.md).
 * Source: apache/commons-numbers (GitHub), commons-numbers-core/src/main/java/org/apache/commons/numbers/core/DD.java
 * Licence: Apache License 2.0. Licensed to the Apache Software Foundation (ASF) under one or more
 * contributor license agreements; http://www.apache.org/licenses/LICENSE-2.0; "AS IS" BASIS.
 * Copied unchanged: the constant MULTIPLIER and the static methods twoSumLow, twoSquareLow (both)
 * and highPart; the rest of the class (a double-double number type) is omitted; javadoc omitted.
 */

final class DD {
    private static final double MULTIPLIER = 1.0 + 0x1.0p27;

    static double twoSumLow(double a, double b, double x) {
        // (x, xx) = a + b
        // bVirtual = x - a
        // aVirtual = x - bVirtual
        // bRoundoff = b - bVirtual
        // aRoundoff = a - aVirtual
        // xx = aRoundoff + bRoundoff
        final double bVirtual = x - a;
        return (a - (x - bVirtual)) + (b - bVirtual);
    }

    static double twoSquareLow(double x, double x2) {
        // See productLowUnscaled
        final double hx = highPart(x);
        final double lx = x - hx;
        return twoSquareLow(hx, lx, x2);
    }

    static double twoSquareLow(double hx, double lx, double x2) {
        return lx * lx - ((x2 - hx * hx) - 2 * lx * hx);
    }

    static double highPart(double value) {
        final double c = MULTIPLIER * value;
        return c - (c - value);
    }

}
