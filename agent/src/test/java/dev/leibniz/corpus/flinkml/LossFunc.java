package dev.leibniz.corpus.flinkml;

/*
 * Real-code corpus helper (test code only, see ../README.md).
 * Source: Apache Flink ML (apache/flink-ml on GitHub, commit 583a6199dc94c1443a9c58242a32f81ddfe82f34),
 * flink-ml-lib/src/main/java/org/apache/flink/ml/common/lossfunc/LossFunc.java
 * Licence: Apache License 2.0 (ASF header: "Licensed to the Apache Software Foundation (ASF) ... under the Apache
 * License, Version 2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the whole interface.
 * Changes: package (imports of the other copied classes dropped or pointed at this package); licence header shortened to this header; the @Internal annotation and its import removed.
 */


import java.io.Serializable;

/**
 * A loss function is to compute the loss and gradient with the given coefficient and training data.
 */
public interface LossFunc extends Serializable {

    /**
     * Computes the loss on the given data point.
     *
     * @param dataPoint A training data point.
     * @param coefficient The model parameters.
     * @return The loss of the input data.
     */
    double computeLoss(LabeledPointWithWeight dataPoint, DenseVector coefficient);

    /**
     * Computes the gradient on the given data point and adds the computed gradient to cumGradient.
     *
     * @param dataPoint A training data point.
     * @param coefficient The model parameters.
     * @param cumGradient The accumulated gradient.
     */
    void computeGradient(
            LabeledPointWithWeight dataPoint, DenseVector coefficient, DenseVector cumGradient);
}
