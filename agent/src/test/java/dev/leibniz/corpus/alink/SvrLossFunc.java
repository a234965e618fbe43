/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Alink (alibaba/Alink on GitHub, master as of January 2024, commit 84ec4590),
 *   core/src/main/java/com/alibaba/alink/operator/common/linear/unarylossfunc/SvrLossFunc.java
 * Licence: Apache-2.0 (the repository's LICENSE file; the source file carries no header of its own).
 * Copied: the whole class, unchanged but as listed.
 * Changes: package dev.leibniz.corpus.alink (one flat package for the round; the original's is given by the path above);
 *   @Differentiable added to the entry methods (derivative, loss, secondDerivative; see ThirtyEighthRound) with its import; the imports of AkIllegalArgumentException dropped (the same names are classes or stand-ins of this package).
 */
package dev.leibniz.corpus.alink;

import dev.leibniz.Differentiable;


/**
 * SVR (Support Vector Regression) loss function.
 */
public class SvrLossFunc implements UnaryLossFunc {

	private static final long serialVersionUID = 2882192117339178786L;
	private final double epsilon;

	public SvrLossFunc(double epsilon) {
		if (epsilon < 0) {
			throw new AkIllegalArgumentException("Parameter epsilon can not be negtive.");
		}
		this.epsilon = epsilon;
	}

	@Override
	@Differentiable
	public double loss(double eta, double y) {
		return Math.max(0, Math.abs(eta - y) - epsilon);
	}

	@Override
	@Differentiable
	public double derivative(double eta, double y) {
		if (Math.abs(eta - y) > epsilon) {
			return Math.signum(eta - y);
		} else {
			return 0;
		}
	}

	@Override
	@Differentiable
	public double secondDerivative(double eta, double y) {
		return 0;
	}

}
