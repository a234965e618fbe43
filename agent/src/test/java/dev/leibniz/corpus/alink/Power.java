/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Alink (alibaba/Alink on GitHub, master as of January 2024, commit 84ec4590),
 *   core/src/main/java/com/alibaba/alink/operator/common/regression/glm/link/Power.java
 * Licence: Apache-2.0 (the repository's LICENSE file; the source file carries no header of its own).
 * Copied: the whole class, unchanged but as listed.
 * Changes: package dev.leibniz.corpus.alink (one flat package for the round; the original's is given by the path above);
 *   @Differentiable added to the entry methods (derivative, link, unlink; see ThirtyEighthRound) with its import; the imports of AlinkSerializable dropped (the same names are classes or stand-ins of this package).
 */
package dev.leibniz.corpus.alink;

import dev.leibniz.Differentiable;


import java.io.Serializable;

/**
 * Power link function.
 */
public class Power extends LinkFunction implements Serializable, AlinkSerializable {
	private static final long serialVersionUID = -1999738543765987320L;
	private double linkPower;
	private double linkPower1;
	private double linkPowerT;

	/**
	 * constructor.
	 *
	 * @param linkPower: power
	 */
	public Power(double linkPower) {
		this.linkPower = linkPower;
		if (linkPower != 0.0) {
			this.linkPower1 = linkPower - 1.0;
			this.linkPowerT = 1.0 / linkPower;
		}
	}

	/**
	 * @return link function name.
	 */
	@Override
	public String name() {
		return "Power";
	}

	/**
	 * @param mu: mean
	 *            return get eta
	 */
	@Override
	@Differentiable
	public double link(double mu) {
		if (linkPower == 0.0) {
			return Math.log(mu);
		} else {
			return Math.pow(mu, linkPower);
		}
	}

	/**
	 * @param mu: mean
	 * @return deta/dmu
	 */
	@Override
	@Differentiable
	public double derivative(double mu) {
		if (linkPower == 0.0) {
			return 1.0 / mu;
		} else {
			return linkPower * Math.pow(mu, linkPower1);
		}
	}

	/**
	 * @param eta: eta
	 * @return getmu
	 */
	@Override
	@Differentiable
	public double unlink(double eta) {
		if (linkPower == 0.0) {
			return Math.exp(eta);
		} else {
			return Math.pow(eta, linkPowerT);
		}
	}

}
