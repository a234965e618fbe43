/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Alink (alibaba/Alink on GitHub, master as of January 2024, commit 84ec4590),
 *   core/src/main/java/com/alibaba/alink/operator/common/regression/glm/famliy/Tweedie.java
 * Licence: Apache-2.0 (the repository's LICENSE file; the source file carries no header of its own).
 * Copied: the whole class, unchanged but as listed.
 * Changes: package dev.leibniz.corpus.alink (one flat package for the round; the original's is given by the path above);
 *   @Differentiable added to the entry methods (deviance, variance; see ThirtyEighthRound) with its import; the imports of AlinkSerializable, GlmUtil, Power dropped (the same names are classes or stand-ins of this package).
 */
package dev.leibniz.corpus.alink;

import dev.leibniz.Differentiable;


import java.io.Serializable;

/**
 * Tweedie family.
 */
public class Tweedie extends FamilyFunction implements Serializable, AlinkSerializable {

	private static final long serialVersionUID = -1740861370886826034L;
	public double variancePower;
	public double variancePower1;
	public double variancePower2;

	/**
	 * constructor.
	 *
	 * @param variancePower: variance power.
	 */
	public Tweedie(double variancePower) {
		this.variancePower = variancePower;
		this.setDefaultLink(new Power(1 - variancePower));
		this.variancePower1 = 1 - variancePower;
		this.variancePower2 = 2 - variancePower;
	}

	/**
	 * @return link function name.
	 */
	@Override
	public String name() {
		return "Tweedie";
	}

	/**
	 * @param y:      value.
	 * @param weight: weight value.
	 * @return init value.
	 */
	@Override
	public double initialize(double y, double weight) {
		if (y == 0) {
			return GlmUtil.DELTA;
		} else {
			return y;
		}
	}

	/**
	 * @param mu: mean
	 * @return variance.
	 */
	@Override
	@Differentiable
	public double variance(double mu) {
		return Math.pow(mu, variancePower);
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
		double y1 = y, theta, kappa;

		if (y == 0) {
			y1 = 1;
		}

		if (variancePower == 1) {
			theta = Math.log(y1 / mu);
		} else {
			theta = (Math.pow(y1, variancePower1) - Math.pow(mu, variancePower1)) / variancePower1;
		}

		if (variancePower == 2) {
			kappa = Math.log(y1 / mu);
		} else {
			kappa = (Math.pow(y, variancePower2) - Math.pow(mu, variancePower2)) / variancePower2;
		}

		double deviance = 2 * weight * (y * theta - kappa);
		return deviance < GlmUtil.EPSILON ? GlmUtil.EPSILON : deviance;
	}

	/**
	 * @param mu: mean
	 * @return project value/
	 */
	@Override
	public double project(double mu) {
		if (mu < GlmUtil.EPSILON) {
			return GlmUtil.EPSILON;
		} else if (Double.isInfinite(mu)) {
			return Double.MAX_VALUE;
		} else {
			return mu;
		}
	}
}
