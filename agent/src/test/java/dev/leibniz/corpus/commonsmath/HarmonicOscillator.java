package dev.leibniz.corpus.commonsmath;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: apache/commons-math (GitHub), tag MATH_3_6_1, src/main/java/org/apache/commons/math3/analysis/function/HarmonicOscillator.java
 * Licence: Apache License 2.0. Licensed to the Apache Software Foundation (ASF) under one or more
 * contributor license agreements; http://www.apache.org/licenses/LICENSE-2.0; "AS IS" BASIS.
 * Copied unchanged: the fields, the constructor, value(double) (entry) and the static value helper.
 * Changes: package; javadoc omitted; @Differentiable added to the entry method. "implements UnivariateDifferentiableFunction, DifferentiableUnivariateFunction" dropped
 * with the other members.
 * Calls Commons Math 3's FastMath (commons-math3 3.6.1, a test dependency).
 */

import dev.leibniz.Differentiable;
import org.apache.commons.math3.util.FastMath;

public class HarmonicOscillator {
    private final double amplitude;
    /** Angular frequency. */
    private final double omega;
    /** Phase. */
    private final double phase;

    public HarmonicOscillator(double amplitude,
                              double omega,
                              double phase) {
        this.amplitude = amplitude;
        this.omega = omega;
        this.phase = phase;
    }

    @Differentiable
    public double value(double x) {
        return value(omega * x + phase, amplitude);
    }

    private static double value(double xTimesOmegaPlusPhase,
                                double amplitude) {
        return amplitude * FastMath.cos(xTimesOmegaPlusPhase);
    }
}
