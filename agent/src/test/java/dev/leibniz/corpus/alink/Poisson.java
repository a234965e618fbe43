/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Alink (alibaba/Alink on GitHub, master as of January 2024, commit 84ec4590),
 *   core/src/main/java/com/alibaba/alink/operator/common/regression/glm/famliy/Poisson.java
 * Licence: Apache-2.0 (the repository's LICENSE file; the source file carries no header of its own).
 * Copied: the whole class, unchanged but as listed.
 * Changes: package dev.leibniz.corpus.alink (one flat package for the round; the original's is given by the path above);
 *   @Differentiable added to the entry methods (deviance, initialize, variance; see ThirtyEighthRound) with its import; the imports of AkIllegalOperatorParameterException, AlinkSerializable, GlmUtil, Log dropped (the same names are classes or stand-ins of this package).
 */
package dev.leibniz.corpus.alink;

import dev.leibniz.Differentiable;


import java.io.Serializable;

/**
 * Poisson family.
 */
public class Poisson extends FamilyFunction implements Serializable, AlinkSerializable {

	private static final long serialVersionUID = 8591671846267117571L;

	/**
	 * constructor.
	 */
	public Poisson() {
		this.setDefaultLink(new Log());
	}

	/**
	 * @return link function name.
	 */
	@Override
	public String name() {
		return "Poisson";
	}

	/**
	 * @param y:      value.
	 * @param weight: weight value.
	 * @return init value.
	 */
	@Override
	@Differentiable
	public double initialize(double y, double weight) {
		if (y < 0) {
			throw new AkIllegalOperatorParameterException("y must be larger or equal with 0 when Poisson.");
		}
		return Math.max(y, GlmUtil.DELTA);
	}

	/**
	 * @param mu: mean
	 * @return variance.
	 */
	@Override
	@Differentiable
	public double variance(double mu) {
		return mu;
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
		return 2.0 * weight * (y * Math.log(y / mu) - (y - mu));
	}

}
