package dev.leibniz.corpus.finmath;

/*
 * A helper of the real-code corpus (not an entry; see ../README.md).
 * Source: finmath/finmath-lib (GitHub), src/main/java/net/finmath/functions/NormalDistribution.java
 * Licence: Apache License 2.0 ((c) Copyright Christian P. Fries; http://www.apache.org/licenses/LICENSE-2.0).
 * Copied unchanged: the static field, the private constructor, density and cumulativeDistribution.
 * Changes: package; javadoc omitted; the field's type is Hipparchus's
 * org.hipparchus.distribution.continuous.NormalDistribution (hipparchus-core 4.0.2, a test dependency)
 * instead of Commons Math 3's org.apache.commons.math3.distribution.NormalDistribution, which is not a
 * dependency here (Hipparchus is the fork of Commons Math 3; same methods, same algorithm).
 */
public class NormalDistribution {

	// Create normal distribution (for if we use Jakarta Commons Math)
	static final org.hipparchus.distribution.continuous.NormalDistribution normalDistribution  = new org.hipparchus.distribution.continuous.NormalDistribution();

	private NormalDistribution() {
	}

	public static double density(final double x) {
		return normalDistribution.density(x); // FastMath.exp(-x*x/2.0) / FastMath.sqrt(FastMath.PI*2.0);
	}

	public static double cumulativeDistribution(final double x) {
		return normalDistribution.cumulativeProbability(x);
	}
}
