package dev.leibniz.corpus.ignite;

/*
 * Real-code corpus helper (test code only, see ../README.md).
 * Source: Apache Ignite (apache/ignite on GitHub, commit 8b0dbfcc20d0a04a5def87d86963763c6742ba98),
 * modules/ml/src/main/java/org/apache/ignite/ml/composition/predictionsaggregator/PredictionsAggregator.java
 * Licence: Apache License 2.0 (ASF header: "Licensed to the Apache Software Foundation (ASF) ... under the Apache
 * License, Version 2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: toString(boolean)'s default.
 * Changes: package; licence header shortened to this header; extends java.util.function.Function<double[], Double> in place of Ignite's IgniteFunction<double[], Double> (which extends Function and Serializable).
 */

/**
 * Predictions aggregator interface.
 */
public interface PredictionsAggregator extends java.util.function.Function<double[], Double>, java.io.Serializable {
    /**
     * Represents aggregator as String.
     *
     * @param pretty Use pretty mode.
     */
    public default String toString(boolean pretty) {
        return getClass().getSimpleName();
    }
}
