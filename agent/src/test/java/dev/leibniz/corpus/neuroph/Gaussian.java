package dev.leibniz.corpus.neuroph;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Neuroph 2.9 (neuroph/neuroph on GitHub, commit 3e57d4be2f06db287d6b3ff09f35e55873567860),
 * neuroph-2.9/Core/src/main/java/org/neuroph/core/transfer/Gaussian.java
 * Licence: Apache License 2.0 (header as in the source: "Copyright 2010 Neuroph Project http://neuroph.sourceforge.net
 * Licensed under the Apache License, Version 2.0 ... http://www.apache.org/licenses/LICENSE-2.0"). Distributed on an
 * "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the field sigma, the constructor Gaussian(), getOutput(double) (entry: Math.pow(x, 2) and
 * Math.pow(sigma, 2), writes the inherited field output), getDerivative, getSigma, setSigma.
 * Changes: package; javadoc omitted; @Differentiable added to the entry method; the constructor from
 * org.neuroph.util.Properties omitted.
 */

import dev.leibniz.Differentiable;
import java.io.Serializable;

public class Gaussian extends TransferFunction implements Serializable {
	private static final long serialVersionUID = 1L;

	private double sigma = 0.5d;

	public Gaussian() {
	}

        @Differentiable
        @Override
	public double getOutput(double totalInput) {
            output = Math.exp(-Math.pow(totalInput, 2) / (2*Math.pow(sigma, 2)));
              //  output = Math.exp(-0.5d * Math.pow(net, 2));
            return output;
	}

	@Override
	public double getDerivative(double net) {
		// TODO: check if this is correct
		double derivative = output * ( -net / (sigma*sigma) );
		return derivative;
	}

	public double getSigma() {
		return this.sigma;
	}

	public void setSigma(double sigma) {
		this.sigma = sigma;
	}
}
