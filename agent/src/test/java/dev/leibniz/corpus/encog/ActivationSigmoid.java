package dev.leibniz.corpus.encog;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: jeffheaton/encog-java-core (GitHub), src/main/java/org/encog/engine/network/activation/ActivationSigmoid.java
 * Licence: Apache License 2.0. Copyright 2008-2017 Heaton Research, Inc.; http://www.apache.org/licenses/LICENSE-2.0;
 * "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the params field, the constructor and activationFunction (entry; in place on an array range).
 * Changes: package; javadoc omitted; "implements ActivationFunction" dropped with the interface's other
 * methods (derivative, clone, params accessors); @Differentiable added to the entry method.
 * Calls BoundMath.exp, a static method of another class that calls BoundNumbers.bound of a third (copied).
 */

import dev.leibniz.Differentiable;

public class ActivationSigmoid {
	private final double[] params;

	public ActivationSigmoid() {
		this.params = new double[0];
	}

	@Differentiable
	public final void activationFunction(final double[] x, final int start,
			final int size) {
		for (int i = start; i < start + size; i++) {
			x[i] = 1.0 / (1.0 + BoundMath.exp(-1 * x[i]));
		}
	}
}
