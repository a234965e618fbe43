package dev.leibniz.corpus.encog;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: jeffheaton/encog-java-core (GitHub), commit 2b9172854d60684a6e6896253fbab987b65d80ed,
 *   src/main/java/org/encog/engine/network/activation/ActivationLOG.java
 * Licence: Apache License 2.0. Copyright 2008-2017 Heaton Research, Inc.; http://www.apache.org/licenses/LICENSE-2.0;
 * "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the params field, the constructor and activationFunction (entry; an in-place
 * loop over a slice of the array, a branch per element, BoundMath.log of another class).
 * Changes: package; javadoc omitted; "implements ActivationFunction" dropped with the interface's other
 * methods (derivative, clone, params accessors); @Differentiable added to the entry method.
 */

import dev.leibniz.Differentiable;

public class ActivationLOG {
	private final double[] params;

	public ActivationLOG() {
		this.params = new double[0];
	}

	@Differentiable
	public final void activationFunction(final double[] x, final int start,
			final int size) {

		for (int i = start; i < start + size; i++) {
			if (x[i] >= 0) {
				x[i] = BoundMath.log(1 + x[i]);
			} else {
				x[i] = -BoundMath.log(1 - x[i]);
			}
		}
	}
}
