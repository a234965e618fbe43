/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Alink (alibaba/Alink on GitHub, master as of January 2024, commit 84ec4590),
 *   core/src/main/java/com/alibaba/alink/operator/common/regression/glm/link/Probit.java
 * Licence: Apache-2.0 (the repository's LICENSE file; the source file carries no header of its own).
 * Copied: the whole class, unchanged but as listed.
 * Changes: package dev.leibniz.corpus.alink (one flat package for the round; the original's is given by the path above);
 *   @Differentiable added to the entry methods (unlink; see ThirtyEighthRound) with its import; the imports of AlinkSerializable dropped (the same names are classes or stand-ins of this package).
 */
package dev.leibniz.corpus.alink;

import dev.leibniz.Differentiable;

import org.apache.commons.math3.distribution.NormalDistribution;

import java.io.Serializable;

/**
 * Probit link function.
 */
public class Probit extends LinkFunction implements Serializable, AlinkSerializable {

	private static final long serialVersionUID = -6390192204333720480L;

	/**
	 * @return link function name.
	 */
	@Override
	public String name() {
		return "Probit";
	}

	/**
	 * @param mu: mean
	 *            return get eta
	 */
	@Override
	public double link(double mu) {
		NormalDistribution distribution = new NormalDistribution();
		return distribution.inverseCumulativeProbability(mu);
	}

	/**
	 * @param mu: mean
	 * @return deta/dmu
	 */
	@Override
	public double derivative(double mu) {
		NormalDistribution distribution = new NormalDistribution();
		return 1.0 / distribution.density(distribution.inverseCumulativeProbability(mu));
	}

	/**
	 * @param eta: eta
	 * @return getmu
	 */
	@Override
	@Differentiable
	public double unlink(double eta) {
		NormalDistribution distribution = new NormalDistribution();
		return distribution.cumulativeProbability(eta);
	}

}
