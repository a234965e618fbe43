package dev.leibniz.corpus.jquantlib;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: JQuantLib (jlmoya/jquantlib on GitHub, commit 4cbabec5b832271ed40ac1de2677b4a69fae7f22),
 * jquantlib/src/main/java/org/jquantlib/math/Closeness.java
 * Licence: BSD (jquantlib/LICENSE.TXT: "JQuantLib is Copyright (c) 2007, Richard Gomes. All rights reserved. This source
 * code is release under the BSD License. JQuantLib includes code taken from QuantLib", itself under QuantLib's BSD-style
 * licence). Distributed WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A
 * PARTICULAR PURPOSE.
 * Copied: the whole class (a helper: isClose within 42 ulps).
 * Changes: package; licence headers shortened to this header; the @NonNegative documentation annotation removed.
 */


/**
 *  Follows somewhat the advice of Knuth on checking for floating-point
 * equality. The closeness relationship is:
 * <p>{@latex[
 * \mathrm{close}(x,y,n) \equiv |x-y| \leq \varepsilon |x|
 *                       \wedge |x-y| \leq \varepsilon |y|
 * }
 * <p>where {@latex$ \varepsilon} is {@latex$ n} times the machine accuracy;
 * <p>{@latex$ n} equals 42 if not given.
 *
 * @author Richard Gomes
 */
//FIXME: code review
final public class Closeness {

	//
	// Static public final methods
	//

	static public final boolean isClose(final double x, final double y) {
	    return isClose(x, y, 42);
	}

	static public final boolean isClose(final double x, final double y, final int n) {
        final double diff = Math.abs(x-y);
        final double tolerance = n * Constants.QL_EPSILON;
        return diff <= tolerance*Math.abs(x) &&
               diff <= tolerance*Math.abs(y);
	}

	static public final boolean isCloseEnough(final double x, final double y) {
	    return isCloseEnough(x, y, 42);
	}

	static public final boolean isCloseEnough(final double x, final double y, final int n) {
        final double diff = Math.abs(x-y);
        final double tolerance = n * Constants.QL_EPSILON;
        return diff <= tolerance*Math.abs(x) ||
               diff <= tolerance*Math.abs(y);
	}

}
