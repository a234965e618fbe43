/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Esri/geometry-api-java (GitHub, commit 020a1a9f6e1126663a0a669095e61d265ca95019),
 * src/main/java/com/esri/core/geometry/NumberUtils.java
 * Licence: Apache License 2.0 (Copyright 1995-2018 Esri; http://www.apache.org/licenses/LICENSE-2.0). Distributed on an
 * "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied: the whole class (no entry).
 * Changes: package; the licence block shortened to this header; nothing else.
 */
package dev.leibniz.corpus.esri;



public class NumberUtils {

	public static int snap(int v, int minv, int maxv) {
		return v < minv ? minv : v > maxv ? maxv : v;
	}

	public static long snap(long v, long minv, long maxv) {
		return v < minv ? minv : v > maxv ? maxv : v;
	}

	public static double snap(double v, double minv, double maxv) {
		return v < minv ? minv : v > maxv ? maxv : v;
	}

	static int sizeOf(double v) {
		return 8;
	}

	static int sizeOfDouble() {
		return 8;
	}

	static int sizeOf(int v) {
		return 4;
	}

	static int sizeOf(long v) {
		return 8;
	}

	static int sizeOf(byte v) {
		return 1;
	}

	static boolean isNaN(double d) {
		return Double.isNaN(d);
	}

	final static double TheNaN = Double.NaN;

	static double NaN() {
		return Double.NaN;
	}

	//combines two hash values
	public static int hashCombine(int hash1, int hash2) {
		return (hash1 * 31 + hash2) & 0x7FFFFFFF;
	}
	
	//makes a hash out of an int
	static int hash(int n) {
		int hash = 5381;
		hash = ((hash << 5) + hash) + (n & 0xFF); /* hash * 33 + c */
		hash = ((hash << 5) + hash) + ((n >> 8) & 0xFF);
		hash = ((hash << 5) + hash) + ((n >> 16) & 0xFF);
		hash = ((hash << 5) + hash) + ((n >> 24) & 0xFF);
		hash &= 0x7FFFFFFF;
		return hash;
	}

	//	//makes a hash out of an double
	static int hash(double d) {
		long bits = Double.doubleToLongBits(d);
		int hc = (int) (bits ^ (bits >>> 32));
		return hash(hc);
	}

	//adds an int to a hash value
	static int hash(int hashIn, int n) {
		int hash = ((hashIn << 5) + hashIn) + (n & 0xFF); /* hash * 33 + c */
		hash = ((hash << 5) + hash) + ((n >> 8) & 0xFF);
		hash = ((hash << 5) + hash) + ((n >> 16) & 0xFF);
		hash = ((hash << 5) + hash) + ((n >> 24) & 0xFF);
		hash &= 0x7FFFFFFF;
		return hash;
	}

	//adds a double to a hash value
	static int hash(int hash, double d) {
		long bits = Double.doubleToLongBits(d);
		int hc = (int) (bits ^ (bits >>> 32));
		return hash(hash, hc);
	}

	static long doubleToInt64Bits(double d) {
		return Double.doubleToLongBits(d);
	}

	static double negativeInf() {
		return Double.NEGATIVE_INFINITY;
	}

	static double positiveInf() {
		return Double.POSITIVE_INFINITY;
	}

	static int intMax() {
		return Integer.MAX_VALUE;
	}

	static double doubleEps() {
		return 2.2204460492503131e-016;
	}

	static double doubleMax() {
		return Double.MAX_VALUE;
	}

	static int nextRand(int prevRand) {
		return (1103515245 * prevRand + 12345) & intMax(); // according to Wiki,
															// this is gcc's
	}
	
	/**
	 * Returns true if two values are equal (also can compare inf and nan).
	 */
	static boolean isEqualNonIEEE(double a, double b) {
		return a == b || (Double.isNaN(a) && Double.isNaN(b));
	}

	/**
	 * Returns true if two values are equal (also can compare inf and nan).
	 */
	static boolean isEqualNonIEEE(double a, double b, double tolerance) {
		return a == b || Math.abs(a - b) <= tolerance || (Double.isNaN(a) && Double.isNaN(b));
	}
}
