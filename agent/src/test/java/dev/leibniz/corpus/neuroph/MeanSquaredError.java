package dev.leibniz.corpus.neuroph;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Neuroph 2.9 (neuroph/neuroph on GitHub, commit 0ece52087a0ebdbc33eb7b252df26d617ac9d64a),
 * neuroph-2.9/Core/src/main/java/org/neuroph/core/learning/error/MeanSquaredError.java
 * Licence: Apache License 2.0 (header as in the source: "Copyright 2010 Neuroph Project http://neuroph.sourceforge.net
 * Licensed under the Apache License, Version 2.0 ... http://www.apache.org/licenses/LICENSE-2.0"). Distributed on an
 * "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the fields totalError and patternCount, the constructor, addPatternError(double[], double[])
 * (entry: returns a new array of the differences and adds their squares to the field totalError), reset(),
 * getTotalError().
 * Changes: package; javadoc omitted; @Override dropped (implements Serializable only: the interface ErrorFunction
 * omitted); @Differentiable added to the entry method.
 */

import dev.leibniz.Differentiable;
import java.io.Serializable;

public final class MeanSquaredError implements Serializable {

    private static final long serialVersionUID = 1L;

    private transient double totalError;

    /**
     * Number of patterns - n
     */
    private transient float patternCount;

    public MeanSquaredError() {
        reset();
    }

    @Differentiable
    public double[] addPatternError(double[] predictedOutput, double[] targetOutput) {
        double[] patternError = new double[targetOutput.length];

        for (int i = 0; i < predictedOutput.length; i++) {
            patternError[i] =  predictedOutput[i] - targetOutput[i];
            totalError += patternError[i] * patternError[i];
        }

        patternCount++;
        return patternError;

    }

    public void reset() {
        totalError = 0d;
        patternCount = 0;
    }

    public double getTotalError() {
        return totalError / (2*patternCount );
    }
}
