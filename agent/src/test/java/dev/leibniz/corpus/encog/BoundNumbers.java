package dev.leibniz.corpus.encog;

/*
 * A helper of the real-code corpus (not an entry; see ../README.md).
 * Source: jeffheaton/encog-java-core (GitHub), src/main/java/org/encog/mathutil/BoundNumbers.java
 * Licence: Apache License 2.0. Copyright 2008-2017 Heaton Research, Inc.; http://www.apache.org/licenses/LICENSE-2.0.
 * Copied unchanged but for the package; javadoc omitted.
 */
public final class BoundNumbers {

	public static final double TOO_SMALL = -1.0E20;

	public static final double TOO_BIG = 1.0E20;

	public static double bound(final double d) {
		if (d < BoundNumbers.TOO_SMALL) {
			return BoundNumbers.TOO_SMALL;
		} else if (d > BoundNumbers.TOO_BIG) {
			return BoundNumbers.TOO_BIG;
		} else {
			return d;
		}
	}

	private BoundNumbers() {

	}
}
