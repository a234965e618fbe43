package dev.leibniz.corpus.jquantlib;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: JQuantLib (jlmoya/jquantlib on GitHub, commit 4cbabec5b832271ed40ac1de2677b4a69fae7f22),
 * jquantlib/src/main/java/org/jquantlib/math/distributions/Derivative.java
 * Licence: BSD (jquantlib/LICENSE.TXT: "JQuantLib is Copyright (c) 2007, Richard Gomes. All rights reserved. This source
 * code is release under the BSD License. JQuantLib includes code taken from QuantLib", itself under QuantLib's BSD-style
 * licence). Distributed WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A
 * PARTICULAR PURPOSE.
 * Copied: the whole interface.
 * Changes: package; licence headers shortened to this header; Ops from this package.
 */



/**
 * 
 * @author Richard Gomes
 *
 */

public interface Derivative extends Ops.DoubleOp {
    	
    /**
	 * Computes the derivation of the function; f(x)
	 * 
	 * @param x
	 * @return f(x)
	 */
	public double derivative(final double x) /* ReadOnly */;
	
}
