/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Alink (alibaba/Alink on GitHub, master as of January 2024, commit 84ec4590),
 *   core/src/main/java/com/alibaba/alink/operator/common/regression/glm/famliy/Gamma.java
 * Licence: Apache-2.0 (the repository's LICENSE file; the source file carries no header of its own).
 * Copied: the whole class, unchanged but as listed.
 * Changes: package dev.leibniz.corpus.alink (one flat package for the round; the original's is given by the path above);
 *   @Differentiable added to the entry methods (deviance, variance; see ThirtyEighthRound) with its import; the imports of AkIllegalOperatorParameterException, AlinkSerializable, Inverse dropped (the same names are classes or stand-ins of this package).
 */
package dev.leibniz.corpus.alink;

import dev.leibniz.Differentiable;


import java.io.Serializable;

/**
 * Gamma family.
 */
public class Gamma extends FamilyFunction implements Serializable, AlinkSerializable {

	private static final long serialVersionUID = -4928389185867657173L;

	/**
	 * constructor.
	 */
	public Gamma() {
		this.setDefaultLink(new Inverse());
	}

	/**
	 * @return link function name.
	 */
	@Override
	public String name() {
		return "Gamma";
	}

	/**
	 * @param y:      value.
	 * @param weight: weight value.
	 * @return init value.
	 */
	@Override
	public double initialize(double y, double weight) {
		if (y <= 0) {
			throw new AkIllegalOperatorParameterException("y of Gamma family must be positive.");
		}
		return y;
	}

	/**
	 * @param mu: mean
	 * @return variance.
	 */
	@Override
	@Differentiable
	public double variance(double mu) {
		return mu * mu;
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
		return -2.0 * weight * (Math.log(y / mu) - (y - mu) / mu);
	}
}
