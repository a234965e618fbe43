package dev.leibniz.corpus.flinkml;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Apache Flink ML (apache/flink-ml on GitHub, commit 583a6199dc94c1443a9c58242a32f81ddfe82f34),
 * flink-ml-lib/src/main/java/org/apache/flink/ml/common/lossfunc/HingeLoss.java
 * Licence: Apache License 2.0 (ASF header: "Licensed to the Apache Software Foundation (ASF) ... under the Apache
 * License, Version 2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the whole class (entries: computeLoss(dataPoint, coefficient), Math.max(0, 1 - y dot), and
 * computeGradient(dataPoint, coefficient, cumGradient), BLAS.axpy under the hinge's test).
 * Changes: package (imports of the other copied classes dropped or pointed at this package); licence header shortened to this header; the @Internal annotation and the imports of annotations and of the javadoc's LinearSVC removed; @Differentiable added to the two entry methods.
 */

import dev.leibniz.Differentiable;


/**
 * The loss function for hinge loss. See {@link LinearSVC} for example.
 *
 * <p>See https://en.wikipedia.org/wiki/Hinge_loss.
 */
public class HingeLoss implements LossFunc {
    public static final HingeLoss INSTANCE = new HingeLoss();

    private HingeLoss() {}

    @Override
    @Differentiable
    public double computeLoss(LabeledPointWithWeight dataPoint, DenseVector coefficient) {
        double dot = BLAS.dot(dataPoint.getFeatures(), coefficient);
        double labelScaled = 2 * dataPoint.getLabel() - 1;
        return dataPoint.getWeight() * Math.max(0, 1 - labelScaled * dot);
    }

    @Override
    @Differentiable
    public void computeGradient(
            LabeledPointWithWeight dataPoint, DenseVector coefficient, DenseVector cumGradient) {
        double dot = BLAS.dot(dataPoint.getFeatures(), coefficient);
        double labelScaled = 2 * dataPoint.getLabel() - 1;
        if (1 - labelScaled * dot > 0) {
            BLAS.axpy(
                    -labelScaled * dataPoint.getWeight(),
                    dataPoint.getFeatures(),
                    cumGradient,
                    dataPoint.getFeatures().size());
        }
    }
}
