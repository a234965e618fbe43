package dev.leibniz.corpus.encog;

/*
 * A helper of the real-code corpus (not an entry; see ../README.md).
 * Source: jeffheaton/encog-java-core (GitHub), src/main/java/org/encog/mathutil/BoundMath.java
 * Licence: Apache License 2.0. Copyright 2008-2017 Heaton Research, Inc.; http://www.apache.org/licenses/LICENSE-2.0.
 * Copied unchanged: log, exp and the private constructor; the other functions are omitted; javadoc omitted.
 */
public final class BoundMath {
	public static double log(final double a) {
		return BoundNumbers.bound(Math.log(a));
	}

	public static double exp(final double a) {
		return BoundNumbers.bound(Math.exp(a));
	}

	private BoundMath() {

	}

}
