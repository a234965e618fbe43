package dev.leibniz.corpus.flinkml;

/*
 * Real-code corpus helper (test code only, see ../README.md).
 * Source: Apache Flink ML (apache/flink-ml on GitHub, commit 583a6199dc94c1443a9c58242a32f81ddfe82f34),
 * flink-ml-servable-core/src/main/java/org/apache/flink/ml/linalg/VectorWithNorm.java
 * Licence: Apache License 2.0 (ASF header: "Licensed to the Apache Software Foundation (ASF) ... under the Apache
 * License, Version 2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the whole class (a vector and its cached l2 norm in final fields).
 * Changes: package (imports of the other copied classes dropped or pointed at this package); licence header shortened to this header; Flink's type-information annotation and its import removed.
 */


/** A vector with its norm. */
public class VectorWithNorm {
    public final Vector vector;

    public final double l2Norm;

    public VectorWithNorm(Vector vector) {
        this(vector, BLAS.norm2(vector));
    }

    public VectorWithNorm(Vector vector, double l2Norm) {
        this.vector = vector;
        this.l2Norm = l2Norm;
    }
}
