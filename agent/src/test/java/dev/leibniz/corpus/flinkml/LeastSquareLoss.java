package dev.leibniz.corpus.flinkml;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Apache Flink ML (apache/flink-ml on GitHub, commit 583a6199dc94c1443a9c58242a32f81ddfe82f34),
 * flink-ml-lib/src/main/java/org/apache/flink/ml/common/lossfunc/LeastSquareLoss.java
 * Licence: Apache License 2.0 (ASF header: "Licensed to the Apache Software Foundation (ASF) ... under the Apache
 * License, Version 2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the whole class (entries: computeLoss(dataPoint, coefficient), Math.pow(dot - label, 2), and
 * computeGradient(dataPoint, coefficient, cumGradient) through BLAS.axpy).
 * Changes: package (imports of the other copied classes dropped or pointed at this package); licence header shortened to this header; the @Internal annotation and the imports of annotations and of the javadoc's LinearRegression removed; @Differentiable
 * added to the two entry methods.
 */

import dev.leibniz.Differentiable;


/** The loss function for least square loss. See {@link LinearRegression} for example. */
public class LeastSquareLoss implements LossFunc {
    public static final LeastSquareLoss INSTANCE = new LeastSquareLoss();

    private LeastSquareLoss() {}

    @Override
    @Differentiable
    public double computeLoss(LabeledPointWithWeight dataPoint, DenseVector coefficient) {
        double dot = BLAS.dot(dataPoint.getFeatures(), coefficient);
        return dataPoint.getWeight() * 0.5 * Math.pow(dot - dataPoint.getLabel(), 2);
    }

    @Override
    @Differentiable
    public void computeGradient(
            LabeledPointWithWeight dataPoint, DenseVector coefficient, DenseVector cumGradient) {
        double dot = BLAS.dot(dataPoint.getFeatures(), coefficient);
        BLAS.axpy(
                (dot - dataPoint.getLabel()) * dataPoint.getWeight(),
                dataPoint.getFeatures(),
                cumGradient,
                dataPoint.getFeatures().size());
    }
}
