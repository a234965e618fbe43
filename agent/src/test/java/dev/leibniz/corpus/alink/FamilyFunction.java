/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Alink (alibaba/Alink on GitHub, master as of January 2024, commit 84ec4590),
 *   core/src/main/java/com/alibaba/alink/operator/common/regression/glm/famliy/FamilyFunction.java
 * Licence: Apache-2.0 (the repository's LICENSE file; the source file carries no header of its own).
 * Copied: the whole class, unchanged but as listed.
 * Changes: package dev.leibniz.corpus.alink (one flat package for the round; the original's is given by the path above);
 *   the imports of AlinkSerializable, LinkFunction dropped (the same names are classes or stand-ins of this package).
 */
package dev.leibniz.corpus.alink;


import java.io.Serializable;

/**
 * Family Abstract.
 */
abstract public class FamilyFunction implements Serializable, AlinkSerializable {

	private static final long serialVersionUID = -6422267366086249380L;
	/**
	 * default link function.
	 */
	private LinkFunction defaultLink;

	/**
	 * @param y:      value.
	 * @param weight: weight value.
	 * @return init value.
	 */
	public abstract double initialize(double y, double weight);

	/**
	 * @param mu: mean
	 * @return variance.
	 */
	public abstract double variance(double mu);

	/**
	 * @param y:      y .
	 * @param mu:     mean.
	 * @param weight: weight value.
	 * @return deviance.
	 */
	public abstract double deviance(double y, double mu, double weight);

	/**
	 * @param mu: mean
	 * @return project value/
	 */
	public double project(double mu) {
		return mu;
	}

	/**
	 * @return link function name.
	 */
	public abstract String name();

	/**
	 * @return default link.
	 */
	public LinkFunction getDefaultLink() {
		return defaultLink;
	}

	/**
	 * @param defaultLink: default link function.
	 */
	public void setDefaultLink(LinkFunction defaultLink) {
		this.defaultLink = defaultLink;
	}
}
