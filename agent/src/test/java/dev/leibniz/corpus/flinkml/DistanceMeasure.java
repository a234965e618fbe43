package dev.leibniz.corpus.flinkml;

/*
 * Real-code corpus helper (test code only, see ../README.md).
 * Source: Apache Flink ML (apache/flink-ml on GitHub, commit 583a6199dc94c1443a9c58242a32f81ddfe82f34),
 * flink-ml-servable-core/src/main/java/org/apache/flink/ml/common/distance/DistanceMeasure.java
 * Licence: Apache License 2.0 (ASF header: "Licensed to the Apache Software Foundation (ASF) ... under the Apache
 * License, Version 2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the interface (distance and the default findClosest).
 * Changes: package (imports of the other copied classes dropped or pointed at this package); licence header shortened to this header; the static factory getInstance(String), which names the Manhattan measure (not copied), removed.
 */


import java.io.Serializable;

/** Interface for measuring distance between two vectors. */
public interface DistanceMeasure extends Serializable {

    /**
     * Measures the distance between two vectors.
     *
     * <p>Required: The two vectors should have the same dimension.
     */
    double distance(VectorWithNorm v1, VectorWithNorm v2);

    /** Finds the index of the closest center to the given point. */
    default int findClosest(VectorWithNorm[] centroids, VectorWithNorm point) {
        int targetCentroidId = -1;
        double minDistance = Double.MAX_VALUE;
        for (int i = 0; i < centroids.length; i++) {
            double distance = distance(centroids[i], point);
            if (distance < minDistance) {
                minDistance = distance;
                targetCentroidId = i;
            }
        }
        return targetCentroidId;
    }
}
