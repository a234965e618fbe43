/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Alink (alibaba/Alink on GitHub, master as of January 2024, commit 84ec4590),
 *   core/src/main/java/com/alibaba/alink/operator/common/linear/unarylossfunc/LogisticLossFunc.java
 * Licence: Apache-2.0 (the repository's LICENSE file; the source file carries no header of its own).
 * Copied: the whole class, unchanged but as listed.
 * Changes: package dev.leibniz.corpus.alink (one flat package for the round; the original's is given by the path above);
 *   @Differentiable added to the entry methods (derivative, loss, secondDerivative; see ThirtyEighthRound) with its import;
 */
package dev.leibniz.corpus.alink;

import dev.leibniz.Differentiable;

/**
 * Logistic loss function.
 * https://en.wikipedia.org/wiki/Loss_functions_for_classification#Logistic_loss
 */
public class LogisticLossFunc implements UnaryLossFunc {

	private static final double ln2 = Math.log(2.0);
	private static final long serialVersionUID = -5098031118955451949L;

	public LogisticLossFunc() { }

	@Override
	@Differentiable
	public double loss(double eta, double y) {
		double d = eta * y;
		if (d < -37) {
			return -d / ln2;
		} else if (d > 34) {
			return 0;
		}
		return Math.log(1 + Math.exp(-d)) / ln2;
	}

	@Override
	@Differentiable
	public double derivative(double eta, double y) {
		double d = eta * y;
		if (d < -37) {
			return -y / ln2;
		} else {
			return -y / (Math.exp(d) + 1) / ln2;
		}
	}

	@Override
	@Differentiable
	public double secondDerivative(double eta, double y) {
		double t = y / (1 + Math.exp(eta * y));
		return t * (y - t) / ln2;
	}
}
