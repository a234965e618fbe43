/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Alink (alibaba/Alink on GitHub, master as of January 2024, commit 84ec4590),
 *   core/src/main/java/com/alibaba/alink/operator/common/regression/glm/famliy/Binomial.java
 * Licence: Apache-2.0 (the repository's LICENSE file; the source file carries no header of its own).
 * Copied: the whole class, unchanged but as listed.
 * Changes: package dev.leibniz.corpus.alink (one flat package for the round; the original's is given by the path above);
 *   @Differentiable added to the entry methods (deviance, initialize, project, variance; see ThirtyEighthRound) with its import; the imports of AkIllegalOperatorParameterException, AlinkSerializable, GlmUtil, Logit dropped (the same names are classes or stand-ins of this package).
 */
package dev.leibniz.corpus.alink;

import dev.leibniz.Differentiable;


import java.io.Serializable;

/**
 * Binomial family.
 */
public class Binomial extends FamilyFunction implements Serializable, AlinkSerializable {

	private static final long serialVersionUID = -5682911268542461866L;

	/**
	 * constructor.
	 */
	public Binomial() {
		this.setDefaultLink(new Logit());
	}

	/**
	 * @return link function name.
	 */
	@Override
	public String name() {
		return "Binomial";
	}

	/**
	 * @param y:      value.
	 * @param weight: weight value.
	 * @return init value.
	 */
	@Override
	@Differentiable
	public double initialize(double y, double weight) {
		double mu = (weight * y + 0.5) / (weight + 1.0);
		if (mu <= 0 || mu >= 1.0) {
			throw new AkIllegalOperatorParameterException("mu must be in (0, 1).");
		}
		return mu;
	}

	/**
	 * @param mu: mean
	 * @return variance.
	 */
	@Override
	@Differentiable
	public double variance(double mu) {
		return mu * (1 - mu);
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
		return 2.0 * weight * (ylogy(y, mu) + ylogy(1.0 - y, 1.0 - mu));
	}

	private double ylogy(double y, double mu) {
		return y == 0 ? 0 : y * Math.log(y / mu);
	}

	/**
	 * @param mu: mean
	 * @return project value/
	 */
	@Override
	@Differentiable
	public double project(double mu) {
		if (mu < GlmUtil.EPSILON) {
			return GlmUtil.EPSILON;
		} else if (mu > 1.0 - GlmUtil.EPSILON) {
			return 1.0 - GlmUtil.EPSILON;
		} else {
			return mu;
		}
	}
}
