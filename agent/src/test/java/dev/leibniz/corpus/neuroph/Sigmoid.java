package dev.leibniz.corpus.neuroph;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Neuroph 2.9 (neuroph/neuroph on GitHub, commit 1b54ed2ea0dfff9a14f135b074436b73ec8c5a5a),
 * neuroph-2.9/Core/src/main/java/org/neuroph/core/transfer/Sigmoid.java
 * Licence: Apache License 2.0 (header as in the source: "Copyright 2010 Neuroph Project http://neuroph.sourceforge.net
 * Licensed under the Apache License, Version 2.0 ... http://www.apache.org/licenses/LICENSE-2.0"). Distributed on an
 * "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the field slope, the constructors Sigmoid() and Sigmoid(double), getSlope, setSlope,
 * getOutput(double) (entry: clamps beyond +-100, writes the inherited field output and returns it), getDerivative.
 * Changes: package; javadoc omitted; @Differentiable added to the entry method; the constructor from
 * org.neuroph.util.Properties omitted.
 */

import dev.leibniz.Differentiable;
import java.io.Serializable;

public class Sigmoid extends TransferFunction implements Serializable {
	private static final long serialVersionUID = 2L;

	private double slope = 1d;

	public Sigmoid() {
	}

	public Sigmoid(double slope) {
		this.slope = slope;
	}

	public double getSlope() {
		return this.slope;
	}

	public void setSlope(double slope) {
		this.slope = slope;
	}

	@Differentiable
	@Override
	public double getOutput(double netInput) {
                // conditional logic helps to avoid NaN
                if (netInput > 100) {
                    return 1.0;
                }else if (netInput < -100) {
                    return 0.0;
                }

		double den = 1 + Math.exp(-this.slope * netInput);
                this.output = (1d / den);

		return this.output;
	}

	@Override
	public double getDerivative(double net) { // remove net parameter? maybe we dont need it since we use cached output value
                // +0.1 is fix for flat spot see http://www.heatonresearch.com/wiki/Flat_Spot
		double derivative = this.slope * this.output * (1d - this.output) + 0.1;
		return derivative;
	}
}
