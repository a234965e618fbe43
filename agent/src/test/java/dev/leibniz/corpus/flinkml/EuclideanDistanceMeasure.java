package dev.leibniz.corpus.flinkml;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Apache Flink ML (apache/flink-ml on GitHub, commit 583a6199dc94c1443a9c58242a32f81ddfe82f34),
 * flink-ml-servable-core/src/main/java/org/apache/flink/ml/common/distance/EuclideanDistanceMeasure.java
 * Licence: Apache License 2.0 (ASF header: "Licensed to the Apache Software Foundation (ASF) ... under the Apache
 * License, Version 2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the whole class (entry: distance(v1, v2) = sqrt(max(0, |v1|^2 + |v2|^2 - 2 v1.v2)) from the
 * cached norms and BLAS.dot; a singleton with a private constructor).
 * Changes: package (imports of the other copied classes dropped or pointed at this package); licence header shortened to this header; @Differentiable added to the entry method.
 */

import dev.leibniz.Differentiable;


/** Euclidean distance (also known as L2 distance) between two vectors. */
public class EuclideanDistanceMeasure implements DistanceMeasure {

    private static final EuclideanDistanceMeasure instance = new EuclideanDistanceMeasure();
    public static final String NAME = "euclidean";

    private EuclideanDistanceMeasure() {}

    public static EuclideanDistanceMeasure getInstance() {
        return instance;
    }

    @Override
    @Differentiable
    public double distance(VectorWithNorm v1, VectorWithNorm v2) {
        return Math.sqrt(distanceSquare(v1, v2));
    }

    private double distanceSquare(VectorWithNorm v1, VectorWithNorm v2) {
        // Computing the distance square between two vectors that are close enough might result in
        // a negative value, due to the loss of data accuracy. A Math.max helps to guarantee that
        // a non-negative value is returned.
        return Math.max(
                0.0,
                v1.l2Norm * v1.l2Norm
                        + v2.l2Norm * v2.l2Norm
                        - 2.0 * BLAS.dot(v1.vector, v2.vector));
    }

    @Override
    public int findClosest(VectorWithNorm[] centroids, VectorWithNorm point) {
        double bestL2DistanceSquare = Double.POSITIVE_INFINITY;
        int bestIndex = 0;
        for (int i = 0; i < centroids.length; i++) {
            VectorWithNorm centroid = centroids[i];

            double lowerBoundSqrt = point.l2Norm - centroid.l2Norm;
            double lowerBound = lowerBoundSqrt * lowerBoundSqrt;
            if (lowerBound >= bestL2DistanceSquare) {
                continue;
            }

            double l2DistanceSquare = distanceSquare(point, centroid);
            if (l2DistanceSquare < bestL2DistanceSquare) {
                bestL2DistanceSquare = l2DistanceSquare;
                bestIndex = i;
            }
        }

        return bestIndex;
    }
}
