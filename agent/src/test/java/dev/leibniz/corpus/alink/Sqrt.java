/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Alink (alibaba/Alink on GitHub, master as of January 2024, commit 84ec4590),
 *   core/src/main/java/com/alibaba/alink/operator/common/regression/glm/link/Sqrt.java
 * Licence: Apache-2.0 (the repository's LICENSE file; the source file carries no header of its own).
 * Copied: the whole class, unchanged but as listed.
 * Changes: package dev.leibniz.corpus.alink (one flat package for the round; the original's is given by the path above);
 *   @Differentiable added to the entry methods (derivative, link, unlink; see ThirtyEighthRound) with its import; the imports of AlinkSerializable dropped (the same names are classes or stand-ins of this package).
 */
package dev.leibniz.corpus.alink;

import dev.leibniz.Differentiable;


import java.io.Serializable;

/**
 * Sqrt link function.
 */
public class Sqrt extends LinkFunction implements Serializable, AlinkSerializable {

	private static final long serialVersionUID = -8670134540451701168L;

	/**
	 * @return link function name.
	 */
	@Override
	public String name() {
		return "Sqrt";
	}

	/**
	 * @param mu: mean
	 *            return get eta
	 */
	@Override
	@Differentiable
	public double link(double mu) {
		return Math.sqrt(mu);
	}

	/**
	 * @param mu: mean
	 * @return deta/dmu
	 */
	@Override
	@Differentiable
	public double derivative(double mu) {
		return 1.0 / (2.0 * Math.sqrt(mu));
	}

	/**
	 * @param eta: eta
	 * @return getmu
	 */
	@Override
	@Differentiable
	public double unlink(double eta) {
		return eta * eta;
	}

}
