/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Alink (alibaba/Alink on GitHub, master as of January 2024, commit 84ec4590),
 *   core/src/main/java/com/alibaba/alink/operator/common/linear/unarylossfunc/SmoothHingeLossFunc.java
 * Licence: Apache-2.0 (the repository's LICENSE file; the source file carries no header of its own).
 * Copied: the whole class, unchanged but as listed.
 * Changes: package dev.leibniz.corpus.alink (one flat package for the round; the original's is given by the path above);
 *   @Differentiable added to the entry methods (derivative, loss, secondDerivative; see ThirtyEighthRound) with its import;
 */
package dev.leibniz.corpus.alink;

import dev.leibniz.Differentiable;

/**
 * Hinge loss function.
 * More http://qwone.com/~jason/writing/smoothHinge.pdf
 */
public class SmoothHingeLossFunc implements UnaryLossFunc {
	private static final long serialVersionUID = 809369488927786517L;

	public SmoothHingeLossFunc() { }

	@Override
	@Differentiable
	public double loss(double eta, double y) {

		double d = eta * y;
		if (d <= 0) {
			return 0.5 - d;
		} else if (d >= 1.0) {
			return 0.0;
		} else {
			return 0.5 * (1 - d) * (1 - d);
		}
	}

	@Override
	@Differentiable
	public double derivative(double eta, double y) {
		double d = eta * y;
		if (d <= 0) {
			return -y;
		} else if (d >= 1.0) {
			return 0;
		} else {
			return (1 - d) * (-y);
		}
	}

	@Override
	@Differentiable
	public double secondDerivative(double eta, double y) {
		double d = eta * y;
		if (d >= 1.0) {
			return 0.0;
		} else if (d <= 0.0) {
			return 0.0;
		} else {
			return y * y;
		}
	}
}
