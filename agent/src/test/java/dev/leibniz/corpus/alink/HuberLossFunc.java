/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Alink (alibaba/Alink on GitHub, master as of January 2024, commit 84ec4590),
 *   core/src/main/java/com/alibaba/alink/operator/common/linear/unarylossfunc/HuberLossFunc.java
 * Licence: Apache-2.0 (the repository's LICENSE file; the source file carries no header of its own).
 * Copied: the whole class, unchanged but as listed.
 * Changes: package dev.leibniz.corpus.alink (one flat package for the round; the original's is given by the path above);
 *   @Differentiable added to the entry methods (derivative, loss, secondDerivative; see ThirtyEighthRound) with its import; the imports of AkIllegalArgumentException dropped (the same names are classes or stand-ins of this package).
 */
package dev.leibniz.corpus.alink;

import dev.leibniz.Differentiable;


/**
 * Huber loss function.
 * https://en.wikipedia.org/wiki/Huber_loss
 */
public class HuberLossFunc implements UnaryLossFunc {
	private static final long serialVersionUID = 618967763754853703L;
	private final double delta;

	public HuberLossFunc(double delta) {
		if (delta <= 0) {
			throw new AkIllegalArgumentException("Parameter delta must be positive.");
		}
		this.delta = delta;
	}

	@Override
	@Differentiable
	public double loss(double eta, double y) {
		double x = Math.abs(eta - y);
		return x > delta ? delta * (x - delta / 2) : x * x / 2;
	}

	@Override
	@Differentiable
	public double derivative(double eta, double y) {
		double x = eta - y;
		return Math.abs(x) > delta ? Math.signum(x) * delta : x;
	}

	@Override
	@Differentiable
	public double secondDerivative(double eta, double y) {
		return Math.abs(eta - y) > delta ? 0.0 : 1.0;
	}
}
