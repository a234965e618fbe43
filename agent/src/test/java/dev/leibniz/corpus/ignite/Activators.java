package dev.leibniz.corpus.ignite;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Apache Ignite (apache/ignite on GitHub, commit 15d473c39e31bb9a2d2d042bc4894efc7f3165b7),
 * modules/ml/src/main/java/org/apache/ignite/ml/nn/Activators.java
 * Licence: Apache License 2.0 (ASF header: "Licensed to the Apache Software Foundation (ASF) ... under the Apache
 * License, Version 2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the whole class (entries in its anonymous classes: SIGMOID's apply, returning a boxed Double, and differential, which calls apply; RELU's apply, Math.max(val, 0) boxed).
 * Changes: package; licence header shortened to this header; IgniteDifferentiableDoubleToDoubleFunction from this package (IgniteDifferentiableDoubleToDoubleFunction.java here); @Differentiable added to SIGMOID's apply and differential and RELU's apply.
 */

import dev.leibniz.Differentiable;

/**
 * Class containing some common activation functions.
 */
public class Activators {
    /**
     * Sigmoid activation function.
     */
    public static final IgniteDifferentiableDoubleToDoubleFunction SIGMOID = new IgniteDifferentiableDoubleToDoubleFunction() {
        /** {@inheritDoc} */
        @Differentiable
        @Override public double differential(double pnt) {
            double v = apply(pnt);
            return v * (1 - v);
        }

        /** {@inheritDoc} */
        @Differentiable
        @Override public Double apply(double val) {
            return 1 / (1 + Math.exp(-val));
        }
    };

    /**
     * Rectified linear unit (ReLU) activation function.
     */
    public static final IgniteDifferentiableDoubleToDoubleFunction RELU = new IgniteDifferentiableDoubleToDoubleFunction() {
        /**
         * Differential of ReLU at pnt. Formally, function is not differentiable at 0, but we let differential at 0 be 0.
         *
         * @param pnt Point to differentiate at.
         * @return Differential at pnt.
         */
        @Override public double differential(double pnt) {
            return pnt > 0 ? 1 : 0;
        }

        /** {@inheritDoc} */
        @Differentiable
        @Override public Double apply(double val) {
            return Math.max(val, 0);
        }
    };

    /**
     * Linear unit activation function.
     */
    public static final IgniteDifferentiableDoubleToDoubleFunction LINEAR = new IgniteDifferentiableDoubleToDoubleFunction() {
        /** {@inheritDoc} */
        @Override public double differential(double pnt) {
            return 1.0;
        }

        /**
         * Differential of linear at pnt.
         *
         * @param pnt Point to differentiate at.
         * @return Differential at pnt.
         */
        @Override public Double apply(double pnt) {
            return pnt;
        }
    };
}
