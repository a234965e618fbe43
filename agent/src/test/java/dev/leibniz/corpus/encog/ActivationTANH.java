package dev.leibniz.corpus.encog;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: jeffheaton/encog-java-core (GitHub), src/main/java/org/encog/engine/network/activation/ActivationTANH.java
 * Licence: Apache License 2.0. Copyright 2008-2017 Heaton Research, Inc.; http://www.apache.org/licenses/LICENSE-2.0;
 * "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the params field, the constructor and activationFunction (entry).
 * Changes: package; javadoc omitted; "implements ActivationFunction" dropped with the interface's other
 * methods (derivative, clone, params accessors); @Differentiable added to the entry method.
 */

import dev.leibniz.Differentiable;

public class ActivationTANH {
	private final double[] params;

	public ActivationTANH() {
		this.params = new double[0];
	}

	@Differentiable
	public final void activationFunction(final double[] x, final int start,
			final int size) {
		for (int i = start; i < start + size; i++) {
			x[i] = Math.tanh(x[i]);
		}
	}
}
