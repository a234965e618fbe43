/*
 * Real-code corpus entry (test code only, see ../../README.md).
 * Source: apache/commons-geometry (GitHub, commit 7c07ceffedac9f0afaaaff5de404000d91e897bf),
 * commons-geometry-euclidean/src/main/java/org/apache/commons/geometry/euclidean/internal/Matrices.java
 * Licence: Apache License 2.0 (Licensed to the Apache Software Foundation (ASF) under one or more contributor
 * license agreements; http://www.apache.org/licenses/LICENSE-2.0). Distributed on an "AS IS" BASIS, WITHOUT
 * WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied: the whole class (no entry).
 * Changes: package (the classes of commons-geometry-euclidean and the few of commons-geometry-core it needs in one package) and imports; the licence block shortened to this header; javadoc removed; from euclidean.internal.
 */
package dev.leibniz.corpus.geometry.euclidean;

public final class Matrices {

    private Matrices() {}

    public static double determinant(
            final double a00, final double a01,
            final double a10, final double a11) {

        return (a00 * a11) - (a01 * a10);
    }

    public static double determinant(
            final double a00, final double a01, final double a02,
            final double a10, final double a11, final double a12,
            final double a20, final double a21, final double a22) {

        return ((a00 * a11 * a22) + (a01 * a12 * a20) + (a02 * a10 * a21)) -
                ((a00 * a12 * a21) + (a01 * a10 * a22) + (a02 * a11 * a20));
    }

    public static double checkDeterminantForInverse(final double det) {
        if (!Vectors.isRealNonZero(det)) {
            throw nonInvertibleTransform("matrix determinant is " + det);
        }
        return det;
    }

    public static double checkElementForInverse(final double element) {
        if (!Double.isFinite(element)) {
            throw nonInvertibleTransform("invalid matrix element: " + element);
        }

        return element;
    }

    private static IllegalStateException nonInvertibleTransform(final String msg) {
        return new IllegalStateException("Matrix is not invertible; " + msg);
    }
}
