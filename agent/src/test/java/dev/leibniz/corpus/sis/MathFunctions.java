package dev.leibniz.corpus.sis;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Apache SIS 1.4, sis-utility sources jar (Maven Central; apache/sis on GitHub),
 * org/apache/sis/math/MathFunctions.java
 * Licence: Apache License 2.0 (Licensed to the Apache Software Foundation (ASF) under one or more contributor license
 * agreements; http://www.apache.org/licenses/LICENSE-2.0). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR
 * CONDITIONS OF ANY KIND.
 * Copied unchanged: atanh(double) (a helper of FormulasAuthalicRadius, not annotated; Atanh.java is the entry copy).
 * Changes: package; javadoc omitted; the rest omitted.
 */

public final class MathFunctions {
    public static double atanh(final double x) {
        /*
         * The classical formulas is log((1+x)/(1-x))/2, but the following is more
         * accurate if the (1+x)/(1-x) ratio is close to 1, i.e. if x is close to 0.
         * This is often the case in Apache SIS since x is often a value close to the
         * Earth excentricity, which is a small value (0 would be a perfect sphere).
         */
        return 0.5 * Math.log1p(2*x / (1-x));
    }
}
