/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Alink (alibaba/Alink on GitHub, master as of January 2024, commit 84ec4590),
 *   core/src/main/java/com/alibaba/alink/operator/common/linear/unarylossfunc/ExponentialLossFunc.java
 * Licence: Apache-2.0 (the repository's LICENSE file; the source file carries no header of its own).
 * Copied: the whole class, unchanged but as listed.
 * Changes: package dev.leibniz.corpus.alink (one flat package for the round; the original's is given by the path above);
 *   @Differentiable added to the entry methods (derivative, loss, secondDerivative; see ThirtyEighthRound) with its import;
 */
package dev.leibniz.corpus.alink;

import dev.leibniz.Differentiable;

/**
 * Exponential loss function.
 * https://en.wikipedia.org/wiki/Loss_functions_for_classification#Exponential_loss
 */
public class ExponentialLossFunc implements UnaryLossFunc {
	private static final long serialVersionUID = -7976736283876322615L;

	public ExponentialLossFunc() { }

	@Override
	@Differentiable
	public double loss(double eta, double y) {
		return Math.exp(-eta * y);
	}

	@Override
	@Differentiable
	public double derivative(double eta, double y) {
		return -y * Math.exp(-eta * y);
	}

	@Override
	@Differentiable
	public double secondDerivative(double eta, double y) {
		return y * y * Math.exp(-eta * y);
	}
}
