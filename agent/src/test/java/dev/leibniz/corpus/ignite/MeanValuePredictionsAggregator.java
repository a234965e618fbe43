package dev.leibniz.corpus.ignite;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Apache Ignite (apache/ignite on GitHub, commit 17e26ffe0ebc2ca0372938733a67a28dca645552),
 * modules/ml/src/main/java/org/apache/ignite/ml/composition/predictionsaggregator/MeanValuePredictionsAggregator.java
 * Licence: Apache License 2.0 (ASF header: "Licensed to the Apache Software Foundation (ASF) ... under the Apache
 * License, Version 2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the whole class (entry: apply(double[]), Arrays.stream(...).reduce(0.0, Double::sum) / length, boxed to Double).
 * Changes: package; licence header shortened to this header; implements PredictionsAggregator of this package; @Differentiable added to apply.
 */

import dev.leibniz.Differentiable;
import java.util.Arrays;

/**
 * Predictions aggregator returning the mean value of predictions.
 */
public class MeanValuePredictionsAggregator implements PredictionsAggregator {
    /** {@inheritDoc} */
    @Differentiable
    @Override public Double apply(double[] estimations) {
        return Arrays.stream(estimations).reduce(0.0, Double::sum) / estimations.length;
    }
}
