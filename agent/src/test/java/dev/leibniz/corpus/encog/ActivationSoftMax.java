package dev.leibniz.corpus.encog;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: jeffheaton/encog-java-core (GitHub), src/main/java/org/encog/engine/network/activation/ActivationSoftMax.java
 * Licence: Apache License 2.0. Copyright 2008-2017 Heaton Research, Inc.; http://www.apache.org/licenses/LICENSE-2.0;
 * "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the params field, the constructor and activationFunction (entry; exp, a sum and a
 * normalisation in place, with a NaN / underflow fallback).
 * Changes: package; javadoc omitted; "implements ActivationFunction" dropped with the interface's other
 * methods (derivative, clone, params accessors); @Differentiable added to the entry method.
 * Calls BoundMath.exp (copied) and reads Encog.DEFAULT_DOUBLE_EQUAL (copied).
 */

import dev.leibniz.Differentiable;

public class ActivationSoftMax {
	private final double[] params;

	public ActivationSoftMax() {
		this.params = new double[0];
	}

	@Differentiable
	public final void activationFunction(final double[] x, final int start,
			final int size) {
		double sum = 0;
		for (int i = start; i < start + size; i++) {
			x[i] = BoundMath.exp(x[i]);
			sum += x[i];
		}
		if(Double.isNaN(sum) || sum <Encog.DEFAULT_DOUBLE_EQUAL ) {
			for (int i = start; i < start + size; i++) {
				x[i] = 1.0/size;
			}
		} else {
			for (int i = start; i < start + size; i++) {
				x[i] = x[i] / sum;
			}
		}
	}
}
