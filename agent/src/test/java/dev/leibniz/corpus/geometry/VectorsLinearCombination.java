package dev.leibniz.corpus.geometry;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Apache Commons Geometry 1.0, commons-geometry-euclidean sources jar (Maven Central),
 * org/apache/commons/geometry/euclidean/internal/Vectors.java
 * Licence: Apache License 2.0 (Licensed to the Apache Software Foundation (ASF) under one or more contributor
 * license agreements; http://www.apache.org/licenses/LICENSE-2.0). Distributed on an "AS IS" BASIS, WITHOUT
 * WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: linearCombination(a1, b1, a2, b2, a3, b3) (entry; a fluent chain on a Sum it creates).
 * Changes: package and class name; javadoc omitted; @Differentiable added to the entry method; the rest of the
 * class omitted. Sum is the copy of Commons Numbers core's Sum in ../numbers11 (1.1; Geometry 1.0 declares
 * Numbers 1.0).
 */

import dev.leibniz.Differentiable;
import dev.leibniz.corpus.numbers11.Sum;

public final class VectorsLinearCombination {
    private VectorsLinearCombination() {}

    @Differentiable
    public static double linearCombination(final double a1, final double b1,
                                           final double a2, final double b2,
                                           final double a3, final double b3) {
        return Sum.create()
                .addProduct(a1, b1)
                .addProduct(a2, b2)
                .addProduct(a3, b3).getAsDouble();
    }
}
