package dev.leibniz.corpus.ignite;

/*
 * Real-code corpus helper (test code only, see ../README.md).
 * Source: Apache Ignite (apache/ignite on GitHub, commit 15d473c39e31bb9a2d2d042bc4894efc7f3165b7),
 * modules/ml/src/main/java/org/apache/ignite/ml/math/functions/IgniteDifferentiableDoubleToDoubleFunction.java and IgniteDoubleFunction.java
 * Licence: Apache License 2.0 (ASF header: "Licensed to the Apache Software Foundation (ASF) ... under the Apache
 * License, Version 2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: differential(double) and apply(double).
 * Changes: package; licence header shortened to this header; the two interfaces merged into one (IgniteDoubleFunction<Double>'s apply(double) declared here), Ignite's Serializable dropped.
 */

/**
 * Interface for differentiable functions from double to double.
 */
public interface IgniteDifferentiableDoubleToDoubleFunction {
    /**
     * Get function differential at a given point.
     *
     * @param pnt Point.
     * @return Function differential at a given point.
     */
    public double differential(double pnt);

    /** The function itself (IgniteDoubleFunction<Double>'s apply). */
    public Double apply(double val);
}
