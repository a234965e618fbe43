package dev.leibniz.corpus.commonsmath;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: apache/commons-math (GitHub), tag MATH_3_6_1, src/main/java/org/apache/commons/math3/analysis/function/Sigmoid.java
 * Licence: Apache License 2.0. Licensed to the Apache Software Foundation (ASF) under one or more
 * contributor license agreements; http://www.apache.org/licenses/LICENSE-2.0; "AS IS" BASIS.
 * Copied unchanged: the fields, the two-argument constructor, value(double) (entry) and the static value helper.
 * Changes: package; javadoc omitted; @Differentiable added to the entry method. "implements UnivariateDifferentiableFunction, DifferentiableUnivariateFunction" dropped
 * with the other members.
 * Calls Commons Math 3's own FastMath (org.apache.commons.math3.util.FastMath, commons-math3 3.6.1, a test dependency).
 */

import dev.leibniz.Differentiable;
import org.apache.commons.math3.util.FastMath;

public class Sigmoid {
    private final double lo;
    /** Higher asymptote. */
    private final double hi;

    public Sigmoid(double lo,
                   double hi) {
        this.lo = lo;
        this.hi = hi;
    }

    @Differentiable
    public double value(double x) {
        return value(x, lo, hi);
    }

    private static double value(double x,
                                double lo,
                                double hi) {
        return lo + (hi - lo) / (1 + FastMath.exp(-x));
    }
}
