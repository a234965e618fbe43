/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Alink (alibaba/Alink on GitHub, master as of January 2024, commit 84ec4590),
 *   core/src/main/java/com/alibaba/alink/operator/common/regression/glm/link/LinkFunction.java
 * Licence: Apache-2.0 (the repository's LICENSE file; the source file carries no header of its own).
 * Copied: the whole class, unchanged but as listed.
 * Changes: package dev.leibniz.corpus.alink (one flat package for the round; the original's is given by the path above);
 *   the imports of AlinkSerializable dropped (the same names are classes or stand-ins of this package).
 */
package dev.leibniz.corpus.alink;


import java.io.Serializable;

/**
 * link abstract.
 */
public abstract class LinkFunction implements Serializable, AlinkSerializable {

	private static final long serialVersionUID = -5949242266555805383L;

	/**
	 * @param mu: mean
	 *            return get eta
	 */
	public abstract double link(double mu);

	/**
	 * @param mu: mean
	 * @return deta/dmu
	 */
	public abstract double derivative(double mu);

	/**
	 * @param eta: eta
	 * @return getmu
	 */
	public abstract double unlink(double eta);

	/**
	 * @return link function name.
	 */
	public abstract String name();
}
