package dev.leibniz.corpus.finmath;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: finmath/finmath-lib (GitHub), commit 03736b5cbf60838530b2b33fccfb1324ea470f1a,
 *   src/main/java/net/finmath/functions/AnalyticFormulas.java
 * Licence: Apache License 2.0 ((c) Copyright Christian P. Fries; http://www.apache.org/licenses/LICENSE-2.0).
 * Copied unchanged: sabrNormalVolatilityApproximation (entry: Hagan's normal-volatility approximation,
 * Math.pow, a branch at the money, Math.max at the end).
 * Changes: package and class name; javadoc omitted; @Differentiable added to the entry method.
 */

import dev.leibniz.Differentiable;

public final class SabrNormal {
	@Differentiable
	public static double sabrNormalVolatilityApproximation(double alpha, double beta, double rho, double nu, double displacement, double underlying, double strike, double maturity)
	{
		// Apply displacement. Displaced model is just a shift on underlying and strike.
		underlying += displacement;
		strike += displacement;

		double forwardStrikeAverage = (underlying+strike) / 2.0;

		double z = nu / alpha * (underlying-strike) / Math.pow(forwardStrikeAverage, beta);
		double x = Math.log((Math.sqrt(1.0 - 2.0*rho*z + z*z) + z - rho) / (1.0-rho));

		double term1;
		if(Math.abs(underlying - strike) < 1E-8 * (1+Math.abs(underlying))) {
			// ATM case - we assume underlying = strike
			term1 = alpha * Math.pow(underlying, beta);
		}
		else {
			double z2 = (1.0 - beta) / (Math.pow(underlying, 1.0-beta) - Math.pow(strike, 1.0-beta));
			term1 = alpha * z2 * z * (underlying-strike) / x;
		}

		double sigma = term1 * (1.0 + maturity * ((-beta*(2-beta)*alpha*alpha)/(24*Math.pow(forwardStrikeAverage,2.0*(1.0-beta))) + beta*alpha*rho*nu / (4*Math.pow(forwardStrikeAverage,(1.0-beta))) + (2.0 -3.0*rho*rho)*nu*nu/24));

		return Math.max(sigma, 0.0);
	}
}
