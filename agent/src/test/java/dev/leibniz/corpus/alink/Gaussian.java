/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Alink (alibaba/Alink on GitHub, master as of January 2024, commit 84ec4590),
 *   core/src/main/java/com/alibaba/alink/operator/common/regression/glm/famliy/Gaussian.java
 * Licence: Apache-2.0 (the repository's LICENSE file; the source file carries no header of its own).
 * Copied: the whole class, unchanged but as listed.
 * Changes: package dev.leibniz.corpus.alink (one flat package for the round; the original's is given by the path above);
 *   @Differentiable added to the entry methods (deviance, variance; see ThirtyEighthRound) with its import; the imports of AlinkSerializable, Identity dropped (the same names are classes or stand-ins of this package).
 */
package dev.leibniz.corpus.alink;

import dev.leibniz.Differentiable;


import java.io.Serializable;

/**
 * Gaussian family.
 */
public class Gaussian extends FamilyFunction implements Serializable, AlinkSerializable {

	private static final long serialVersionUID = -8301951604638868343L;

	/**
	 * constructor.
	 */
	public Gaussian() {
		this.setDefaultLink(new Identity());
	}

	/**
	 * @return link function name.
	 */
	@Override
	public String name() {
		return "Gaussian";
	}

	/**
	 * @param y:      value.
	 * @param weight: weight value.
	 * @return init value.
	 */
	@Override
	public double initialize(double y, double weight) {
		return y;
	}

	/**
	 * @param mu: mean
	 * @return variance.
	 */
	@Override
	@Differentiable
	public double variance(double mu) {
		return 1.0;
	}

	/**
	 * @param y:      y .
	 * @param mu:     mean.
	 * @param weight: weight value.
	 * @return deviance.
	 */
	@Override
	@Differentiable
	public double deviance(double y, double mu, double weight) {
		return weight * (y - mu) * (y - mu);
	}

	/**
	 * @param mu: mean
	 * @return project value/
	 */
	@Override
	public double project(double mu) {
		if (mu >= Double.POSITIVE_INFINITY) {
			return Double.MAX_VALUE;
		} else if (mu <= Double.NEGATIVE_INFINITY) {
			return Double.MIN_VALUE;
		} else {
			return mu;
		}
	}

}
