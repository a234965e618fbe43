package dev.leibniz.corpus.neuroph;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Neuroph 2.9 (neuroph/neuroph on GitHub, commit 02e3c70ad7ac6f3c0b870655d752f6534c9d8831),
 * neuroph-2.9/Core/src/main/java/org/neuroph/core/transfer/Tanh.java
 * Licence: Apache License 2.0 (header as in the source: "Copyright 2010 Neuroph Project http://neuroph.sourceforge.net
 * Licensed under the Apache License, Version 2.0 ... http://www.apache.org/licenses/LICENSE-2.0"). Distributed on an
 * "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the fields slope, amplitude and derivativeOutput, the constructors Tanh() and Tanh(double), the
 * final getOutput(double) (clamps beyond +-100, a*tanh(s*x) from one exp, writes the inherited field output) and the
 * final getDerivative(double) (writes the field derivativeOutput), the getters and setters.
 * Changes: package and class name (TanhDerivative); javadoc omitted; @Differentiable added to getDerivative, the entry; the constructor from
 * org.neuroph.util.Properties omitted.
 */

import dev.leibniz.Differentiable;
import java.io.Serializable;

public class TanhDerivative extends TransferFunction implements Serializable {
    private static final long serialVersionUID = 2L;

    private double slope = 2d;

    private double amplitude = 1.7159d;

    private double derivativeOutput;

    public TanhDerivative() {
    }

    public TanhDerivative(double slope) {
        this.slope = slope;
    }

    @Override
    final public double getOutput(double input) {
        // conditional logic helps to avoid NaN
        if (input > 100) {
            return 1.0d;
        } else if (input < -100) {
            return -1.0d;
        }

        //a*tanh(s*x) = a*[(e^(2*s*x) - 1) / (e^(2*s*x) - 1)]
        double E_x = Math.exp(2 * this.slope * input);
        this.output = amplitude * ((E_x - 1d) / (E_x + 1d));

        return this.output;
    }

    // The derivative of a*tanh(s*x) is a*s*sech^2(s*x), or a*s*(1-tanh^2(s*x))

    @Override
    @Differentiable
    final public double getDerivative(double input) {
        //output here is a*tanh^2(s*x)
        double E_x = Math.exp(2 * this.slope * input);
        double tanhsx = (E_x - 1d) / (E_x + 1d);
        derivativeOutput = amplitude * slope * (1 - tanhsx * tanhsx);
        return derivativeOutput;
    }

    public double getSlope() {
        return this.slope;
    }

    public void setSlope(double slope) {
        this.slope = slope;
    }

    public double getAmplitude() {
        return amplitude;
    }

    public void setAmplitude(double amplitude) {
        this.amplitude = amplitude;
    }
}
