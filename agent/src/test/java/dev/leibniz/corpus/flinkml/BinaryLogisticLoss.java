package dev.leibniz.corpus.flinkml;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Apache Flink ML (apache/flink-ml on GitHub, commit 583a6199dc94c1443a9c58242a32f81ddfe82f34),
 * flink-ml-lib/src/main/java/org/apache/flink/ml/common/lossfunc/BinaryLogisticLoss.java
 * Licence: Apache License 2.0 (ASF header: "Licensed to the Apache Software Foundation (ASF) ... under the Apache
 * License, Version 2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the whole class (entries: computeLoss(dataPoint, coefficient), the weighted logistic loss
 * of BLAS.dot(features, coefficient), and computeGradient(dataPoint, coefficient, cumGradient), which adds the
 * gradient into cumGradient through BLAS.axpy).
 * Changes: package (imports of the other copied classes dropped or pointed at this package); licence header shortened to this header; the @Internal annotation and the imports of annotations and of the javadoc's
 * LogisticRegression removed; @Differentiable added to the two entry methods.
 */

import dev.leibniz.Differentiable;


/** The loss function for binary logistic loss. See {@link LogisticRegression} for example. */
public class BinaryLogisticLoss implements LossFunc {
    public static final BinaryLogisticLoss INSTANCE = new BinaryLogisticLoss();

    private BinaryLogisticLoss() {}

    @Override
    @Differentiable
    public double computeLoss(LabeledPointWithWeight dataPoint, DenseVector coefficient) {
        double dot = BLAS.dot(dataPoint.getFeatures(), coefficient);
        double labelScaled = 2 * dataPoint.getLabel() - 1;
        return dataPoint.getWeight() * Math.log(1 + Math.exp(-dot * labelScaled));
    }

    @Override
    @Differentiable
    public void computeGradient(
            LabeledPointWithWeight dataPoint, DenseVector coefficient, DenseVector cumGradient) {
        double dot = BLAS.dot(dataPoint.getFeatures(), coefficient);
        double labelScaled = 2 * dataPoint.getLabel() - 1;
        double multiplier =
                dataPoint.getWeight() * (-labelScaled / (Math.exp(dot * labelScaled) + 1));
        BLAS.axpy(multiplier, dataPoint.getFeatures(), cumGradient, dataPoint.getFeatures().size());
    }
}
