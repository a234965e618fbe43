package dev.leibniz.corpus.ddogleg;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: DDogleg (lessthanoptimal/ddogleg on GitHub, commit 339d863244537ea384023a82d2eb1078c66bd220),
 * src/org/ddogleg/stats/UtilGaussian.java
 * Licence: Apache License 2.0 ("Copyright (c) 2012-2023, Peter Abeles. All Rights Reserved. This file is part of
 * DDogleg (http://ddogleg.org). Licensed under the Apache License, Version 2.0"). Distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied: the whole class (entries: computePDF, the normal density, and derivative2, its second derivative along the sample; both read the public static, not final, field SQRT_2_PI).
 * Changes: package; licence header shortened to this header; @Differentiable added to computePDF and derivative2.
 */

/**
 * @author Peter Abeles
 */
import dev.leibniz.Differentiable;

public class UtilGaussian {

    public static double SQRT_2_PI = Math.sqrt(2*Math.PI);

    @Differentiable
    public static double computePDF( double mean , double sigma , double sample ) {
        double delta = sample-mean;

        return Math.exp( - delta*delta/(2.0*sigma*sigma))/(sigma*SQRT_2_PI);
    }

	public static double derivative1( double mean , double sigma , double sample ) {
		double delta = sample-mean;

		double a = Math.exp( - delta*delta/(2.0*sigma*sigma))/(sigma*SQRT_2_PI);
		double c = -delta/(sigma*sigma);

		return c*a;
	}

	@Differentiable
	public static double derivative2( double mean , double sigma , double sample ) {
		double delta = sample-mean;

		double sigma2 = sigma*sigma;
		double exp = Math.exp( - delta*delta/(2.0*sigma*sigma))/(sigma*SQRT_2_PI);
		double c = -delta/sigma2;

		return (c*c-1.0/sigma2)*exp;
	}

	public static double derivative3( double mean , double sigma , double sample ) {
		double delta = sample-mean;

		double sigma2 = sigma*sigma;
		double exp = Math.exp( - delta*delta/(2.0*sigma*sigma))/(sigma*SQRT_2_PI);
		double c = -delta/sigma2;
		return c*(c*c - 3.0/sigma2)*exp;
	}

	public static double derivative4( double mean , double sigma , double sample ) {
		double delta = sample-mean;

		double sigma2 = sigma*sigma;
		double exp = Math.exp( - delta*delta/(2.0*sigma*sigma))/(sigma*SQRT_2_PI);
		double c = -delta/sigma2;
		return (3.0/(sigma2*sigma2) + c*c*c*c - 6*c*c/sigma2)*exp;
	}
}
