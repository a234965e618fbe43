/*
 * Real-code corpus entry (test code only, see ../../README.md).
 * Source: apache/commons-geometry (GitHub, commit 7c07ceffedac9f0afaaaff5de404000d91e897bf),
 * commons-geometry-euclidean/src/main/java/org/apache/commons/geometry/euclidean/internal/Vectors.java
 * Licence: Apache License 2.0 (Licensed to the Apache Software Foundation (ASF) under one or more contributor
 * license agreements; http://www.apache.org/licenses/LICENSE-2.0). Distributed on an "AS IS" BASIS, WITHOUT
 * WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied: the whole class (no entry: the vectors' helpers).
 * Changes: package (the classes of commons-geometry-euclidean and the few of commons-geometry-core it needs in one package) and imports; the licence block shortened to this header; javadoc removed; from euclidean.internal; Commons Numbers core's Norm and Sum are the copies in ../../numbers (Norm, with its three-argument of) and ../../numbers11 (Sum).
 */
package dev.leibniz.corpus.geometry.euclidean;

import dev.leibniz.corpus.numbers.Norm;
import dev.leibniz.corpus.numbers11.Sum;

public final class Vectors {

    private Vectors() {}

    public static boolean isRealNonZero(final double value) {
        return Double.isFinite(value) && value != 0.0;
    }

    public static double checkedNorm(final double norm) {
        if (!isRealNonZero(norm)) {
            throw illegalNorm(norm);
        }

        return norm;
    }

    public static double checkedNorm(final Vector<?> vec) {
        return checkedNorm(vec.norm());
    }

    public static IllegalArgumentException illegalNorm(final double norm) {
        return new IllegalArgumentException("Illegal norm: " + norm);
    }

    public static double norm(final double x) {
        return Math.abs(x);
    }

    public static double norm(final double x1, final double x2) {
        return Math.hypot(x1, x2);
    }

    public static double norm(final double x1, final double x2, final double x3) {
        return Norm.EUCLIDEAN.of(x1, x2, x3);
    }

    public static double normSq(final double x) {
        return x * x;
    }

    public static double normSq(final double x1, final double x2) {
        return (x1 * x1) + (x2 * x2);
    }

    public static double normSq(final double x1, final double x2, final double x3) {
        return (x1 * x1) + (x2 * x2) + (x3 * x3);
    }

    public static double linearCombination(final double a1, final double b1,
                                           final double a2, final double b2) {
        return Sum.create()
                .addProduct(a1, b1)
                .addProduct(a2, b2).getAsDouble();
    }

    public static double linearCombination(final double a1, final double b1,
                                           final double a2, final double b2,
                                           final double a3, final double b3) {
        return Sum.create()
                .addProduct(a1, b1)
                .addProduct(a2, b2)
                .addProduct(a3, b3).getAsDouble();
    }
}
