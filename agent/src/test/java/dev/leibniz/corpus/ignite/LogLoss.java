package dev.leibniz.corpus.ignite;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Apache Ignite (apache/ignite on GitHub, commit 211c2d49ad3d0f3d4bdfad3a71073e86fff33e8e),
 * modules/ml/src/main/java/org/apache/ignite/ml/composition/boosting/loss/LogLoss.java
 * Licence: Apache License 2.0 (ASF header: "Licensed to the Apache Software Foundation (ASF) ... under the Apache
 * License, Version 2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the whole class (entries: error, the log loss of a prediction, and gradient, its derivative along the prediction).
 * Changes: package; licence header shortened to this header; implements the Loss interface of this package (Loss.java here); @Differentiable added to error and gradient.
 */

import dev.leibniz.Differentiable;

/**
 * Logistic regression loss function.
 */
public class LogLoss implements Loss {
    /** Serial version uid. */
    private static final long serialVersionUID = 2251384437214194977L;

    /** {@inheritDoc} */
    @Differentiable
    @Override public double error(long sampleSize, double answer, double prediction) {
        return -(answer * Math.log(prediction) + (1 - answer) * Math.log(1 - prediction));
    }

    /** {@inheritDoc} */
    @Differentiable
    @Override public double gradient(long sampleSize, double answer, double prediction) {
        return (prediction - answer) / (prediction * (1.0 - prediction));
    }
}
