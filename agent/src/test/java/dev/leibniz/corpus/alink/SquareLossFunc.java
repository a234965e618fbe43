/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Alink (alibaba/Alink on GitHub, master as of January 2024, commit 84ec4590),
 *   core/src/main/java/com/alibaba/alink/operator/common/linear/unarylossfunc/SquareLossFunc.java
 * Licence: Apache-2.0 (the repository's LICENSE file; the source file carries no header of its own).
 * Copied: the whole class, unchanged but as listed.
 * Changes: package dev.leibniz.corpus.alink (one flat package for the round; the original's is given by the path above);
 *   @Differentiable added to the entry methods (derivative, loss, secondDerivative; see ThirtyEighthRound) with its import;
 */
package dev.leibniz.corpus.alink;

import dev.leibniz.Differentiable;

/**
 * Squared loss function.
 * https://en.wikipedia.org/wiki/Loss_functions_for_classification#Square_loss
 */
public class SquareLossFunc implements UnaryLossFunc {
	private static final long serialVersionUID = 4979822510416701065L;

	public SquareLossFunc() { }

	@Override
	@Differentiable
	public double loss(double eta, double y) {
		return 0.5 * (eta - y) * (eta - y);
	}

	@Override
	@Differentiable
	public double derivative(double eta, double y) {
		return eta - y;
	}

	@Override
	@Differentiable
	public double secondDerivative(double eta, double y) {
		return 1;
	}
}
