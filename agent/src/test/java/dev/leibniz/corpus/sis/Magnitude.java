package dev.leibniz.corpus.sis;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Apache SIS 1.4, sis-utility sources jar (Maven Central; apache/sis on GitHub),
 * org/apache/sis/math/MathFunctions.java
 * Licence: Apache License 2.0 (Licensed to the Apache Software Foundation (ASF) under one or more contributor license
 * agreements; http://www.apache.org/licenses/LICENSE-2.0). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR
 * CONDITIONS OF ANY KIND.
 * Copied unchanged: magnitude(double...) (entry); it computes with DoubleDouble (DoubleDouble.java of this package).
 * Changes: package and class name; javadoc omitted; @Differentiable added to the entry method.
 */

import static java.lang.Math.abs;

import dev.leibniz.Differentiable;

public final class Magnitude {
    @Differentiable
    public static double magnitude(final double... vector) {
        int i = vector.length;

        // If every elements in the array are zero, returns zero.
        double v1;
        do if (i == 0) return 0;
        while ((v1 = vector[--i]) == 0);

        // We have found a non-zero element. If it is the only one, returns its absolute value.
        double v2;
        do if (i == 0) return abs(v1);
        while ((v2 = vector[--i]) == 0);

        // If there is exactly 2 elements, use Math.hypot which is more robust than our algorithm.
        double v3;
        do if (i == 0) return Math.hypot(v1, v2);
        while ((v3 = vector[--i]) == 0);

        // Usual magnitude computation, but using double-double arithmetic.
        DoubleDouble sum;
        sum =         DoubleDouble.product(v1, v1);
        sum = sum.add(DoubleDouble.product(v2, v2));
        sum = sum.add(DoubleDouble.product(v3, v3));
        while (i != 0) {
            final double v = vector[--i];
            sum = sum.add(DoubleDouble.product(v, v));
        }
        return sum.sqrt().doubleValue();
    }
}
