package dev.leibniz.corpus.ignite;

/*
 * Real-code corpus helper (test code only, see ../README.md).
 * Source: Apache Ignite (apache/ignite on GitHub, commit f82ca88dffdc3c2d537d3be13ef85c0e4b782c14),
 * modules/ml/src/main/java/org/apache/ignite/ml/tree/impurity/ImpurityMeasure.java
 * Licence: Apache License 2.0 (ASF header: "Licensed to the Apache Software Foundation (ASF) ... under the Apache
 * License, Version 2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the three methods of the interface.
 * Changes: package; licence header shortened to this header; nothing else.
 */

/**
 * Base interface for impurity measures that can be used in distributed decision tree algorithm.
 *
 * @param <T> Type of this impurity measure.
 */
public interface ImpurityMeasure<T extends ImpurityMeasure<T>> extends Comparable<T>, java.io.Serializable {
    /**
     * Calculates impurity measure as a single double value.
     *
     * @return Impurity measure value.
     */
    public double impurity();

    /**
     * Adds the given impurity to this.
     *
     * @param measure Another impurity.
     * @return Sum of this and the given impurity.
     */
    public T add(T measure);

    /**
     * Subtracts the given impurity for this.
     *
     * @param measure Another impurity.
     * @return Difference of this and the given impurity.
     */
    public T subtract(T measure);

    /** {@inheritDoc} */
    @Override public default int compareTo(T o) {
        return Double.compare(impurity(), o.impurity());
    }
}
