/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: kungfoo/geohash-java (GitHub, commit 6e9a2ba881cbfee23721b7c017c5717647beed20), src/main/java/ch/hsr/geohash/util/DoubleUtil.java
 * Licence: Apache-2.0 (the repository's LICENSE: "Copyright 2016 Silvio Heuberger and contributors ... Licensed under the
 * Apache License, Version 2.0"; the file itself has no header).
 * Copied: the whole file (BoundingBox's longitude arithmetic calls it).
 * Changes: package dev.leibniz.corpus.geohash (the original's ch.hsr.geohash.util).
 */
package dev.leibniz.corpus.geohash;

public class DoubleUtil {

	/**
	 * Utility function to consistently compute the remainder over all java versions
	 * @param value
	 * @param remainder
	 * @return
	 */
	public static double remainderWithFix(double value, int remainder) {
		double res = value % remainder;
		
		// Fix for lower java versions, since the remainder-operator (%) changed in one version, idk which one
		return res < 0 ? res += remainder : res;
	}
}
