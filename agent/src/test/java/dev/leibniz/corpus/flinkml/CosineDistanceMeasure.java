package dev.leibniz.corpus.flinkml;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Apache Flink ML (apache/flink-ml on GitHub, commit 583a6199dc94c1443a9c58242a32f81ddfe82f34),
 * flink-ml-servable-core/src/main/java/org/apache/flink/ml/common/distance/CosineDistanceMeasure.java
 * Licence: Apache License 2.0 (ASF header: "Licensed to the Apache Software Foundation (ASF) ... under the Apache
 * License, Version 2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the whole class (entry: distance(v1, v2) = 1 - v1.v2 / |v1| / |v2| after a Preconditions check).
 * Changes: package (imports of the other copied classes dropped or pointed at this package); licence header shortened to this header; Preconditions from this package; @Differentiable added to the entry method.
 */

import dev.leibniz.Differentiable;


/** Cosine distance between two vectors. */
public class CosineDistanceMeasure implements DistanceMeasure {

    private static final CosineDistanceMeasure instance = new CosineDistanceMeasure();
    public static final String NAME = "cosine";

    private CosineDistanceMeasure() {}

    public static CosineDistanceMeasure getInstance() {
        return instance;
    }

    @Override
    @Differentiable
    public double distance(VectorWithNorm v1, VectorWithNorm v2) {
        Preconditions.checkArgument(
                v1.l2Norm > 0 && v2.l2Norm > 0,
                "Consine distance is not defined for zero-length vectors.");
        return 1 - BLAS.dot(v1.vector, v2.vector) / v1.l2Norm / v2.l2Norm;
    }
}
