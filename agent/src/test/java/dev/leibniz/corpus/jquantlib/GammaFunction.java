package dev.leibniz.corpus.jquantlib;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: JQuantLib (jlmoya/jquantlib on GitHub, commit 4cbabec5b832271ed40ac1de2677b4a69fae7f22),
 * jquantlib/src/main/java/org/jquantlib/math/distributions/GammaFunction.java
 * Licence: BSD (jquantlib/LICENSE.TXT: "JQuantLib is Copyright (c) 2007, Richard Gomes. All rights reserved. This source
 * code is release under the BSD License. JQuantLib includes code taken from QuantLib", itself under QuantLib's BSD-style
 * licence). Distributed WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A
 * PARTICULAR PURPOSE.
 * Copied: the whole class (entry: logValue, Lanczos' log-gamma as in Numerical Recipes).
 * Changes: package; licence headers shortened to this header; QL from this package; @Differentiable added to logValue.
 */

import dev.leibniz.Differentiable;

/**
 * In mathematics, the Gamma function
 * is an extension of the factorial function to real and complex numbers.
 * The Gamma function is a component in various probability-distribution functions,
 * and as such it is applicable in the fields of probability and statistics, as well
 * as combinatorics.
 *
 * @see <a href="http://en.wikipedia.org/wiki/Gamma_function">Gamma Function</a>
 *
 * @author Richard Gomes
 * @author Dominik Holenstein
 */
public class GammaFunction {

	//
	// private static fields (constants)
	//

    private static final double c1_ = 76.18009172947146;
    private static final double c2_ = -86.50532032941677;
    private static final double c3_ = 24.01409824083091;
    private static final double c4_ = -1.231739572450155;
    private static final double c5_ = 0.1208650973866179e-2;
    private static final double c6_ = -0.5395239384953e-5;


    //
    // computes the logValue
    //


    /**
     * Computes the log of the Gamma.
     * @param x
     * @return <code>-temp+Math.log(2.5066282746310005*ser/x)</code>
     */
    @Differentiable
    public double logValue(final double x) /* Read-only */{
        QL.require(x > 0.0 , "positive argument required"); // TODO: message
    	double temp = x + 5.5;
    	temp -= (x + 0.5) * Math.log(temp);
    	double ser = 1.000000000190015;

    	ser += c1_ / (x + 1.0);
    	ser += c2_ / (x + 2.0);
    	ser += c3_ / (x + 3.0);
    	ser += c4_ / (x + 4.0);
    	ser += c5_ / (x + 5.0);
    	ser += c6_ / (x + 6.0);

    	return -temp + Math.log(2.5066282746310005 * ser / x);
    }

}
