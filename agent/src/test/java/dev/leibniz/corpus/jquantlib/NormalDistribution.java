package dev.leibniz.corpus.jquantlib;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: JQuantLib (jlmoya/jquantlib on GitHub, commit 4cbabec5b832271ed40ac1de2677b4a69fae7f22),
 * jquantlib/src/main/java/org/jquantlib/math/distributions/NormalDistribution.java
 * Licence: BSD (jquantlib/LICENSE.TXT: "JQuantLib is Copyright (c) 2007, Richard Gomes. All rights reserved. This source
 * code is release under the BSD License. JQuantLib includes code taken from QuantLib", itself under QuantLib's BSD-style
 * licence). Distributed WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A
 * PARTICULAR PURPOSE.
 * Copied: the whole class (a helper: the normal density, fields average and sigma).
 * Changes: package; licence headers shortened to this header; QL and Constants from this package.
 */


/**
 * Provides the probability density function (pdf) of the (unit) normal distribution
 *
 * {@latex[
 * 	\frac{1}{\sigma \sqrt{2\pi} } \exp \left(-\frac{(x-\mu)^2}{2\sigma ^2} \right)
 * }
 *
 * @see <a href="http://en.wikipedia.org/wiki/Probability_density_function">Normal Distribution</a>
 *
 * @author Richard Gomes
 */
// TODO: code review :: license, class comments, comments for access modifiers, comments for @Override
public class NormalDistribution implements Derivative {

	//
	// protected fields
	//

	protected double average;
	protected double sigma;

	//
	// private fields
	//

	private final double normalizationFactor; // FIXME: code review
	private final double denominator; // FIXME: code review
	private final double denormalizationFactor;


	//
	// public constructors
	//

	/**
	 * Default constructor which assumes {@latex$ \mu \leftarrow 0.0} and {@latex \sigma \leftarrow 1.0 }.
	 */
	public NormalDistribution() {
		this(0.0, 1.0);
	}

    /**
     * Default constructor which assumes {@latex \sigma \leftarrow 1.0 }.
     * @param average
     */
    public NormalDistribution(final double average) {
        this(average, 1.0);
    }

	/**
	 * Constructor which initializes {@latex$ \mu } and {@latex \sigma }.
	 * @param average
	 * @param sigma
	 */
	public NormalDistribution(final double average, final double sigma) {
        QL.require(sigma > 0.0 , "sigma must be greater than 0.0"); // TODO: message

		this.average = average;
		this.sigma = sigma;

	    this.normalizationFactor = Constants.M_SQRT_2*Constants.M_1_SQRTPI/sigma;
	    this.denormalizationFactor = sigma*sigma;
	    this.denominator = 2.0*denormalizationFactor;
	}


    //
    // implements Ops.DoubleOp
    //

	/**
     * {@inheritDoc}
     * <p>
	 * Computes the Normal distribution at point {@latex$ x }
	 *
	 * @param x
	 * @return the Normal distribution at point {@latex$ x }
	 */
	@Override
	public double op(final double x) /* @ReadOnly */ {
		final double exponent = -0.5*x*x;
		if (exponent <= -690.0) return 0.0;
		return Constants.M_1_SQRT2PI*Math.exp(exponent);
	}

    //
    // implements Derivative
    //

	/**
     * {@inheritDoc}
     * <p>
	 * Calculates the first derivative of a Normal distribution at point {@latex$ x }
	 *
	 * @param x
	 * @return the first derivative of a Normal distribution at point {@latex$ x }
	 */
	@Override
	public double derivative(final double x) /* @ReadOnly */ {
	    return (op(x) * (average - x)) / denormalizationFactor;
	}

}
