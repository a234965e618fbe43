package dev.leibniz.corpus.finmath;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: finmath/finmath-lib (GitHub), commit 03736b5cbf60838530b2b33fccfb1324ea470f1a,
 *   src/main/java/net/finmath/functions/AnalyticFormulas.java
 * Licence: Apache License 2.0 ((c) Copyright Christian P. Fries; http://www.apache.org/licenses/LICENSE-2.0).
 * Copied unchanged: huntKennedyCMSOptionValue (entry), blackModelSwaptionValue and
 * blackScholesGeneralizedOptionValue (same-class static helpers; the latter recursive for negative
 * forwards).
 * Changes: package and class name; javadoc omitted; @Differentiable added to the entry method; the
 * calls AnalyticFormulas.x(...) name this class.
 * Calls NormalDistribution.cumulativeDistribution (NormalDistribution.java).
 */

import dev.leibniz.Differentiable;

public final class HuntKennedy {
	@Differentiable
	public static double huntKennedyCMSOptionValue(
			double forwardSwaprate,
			double volatility,
			double swapAnnuity,
			double optionMaturity,
			double swapMaturity,
			double payoffUnit,
			double optionStrike)
	{
		double a = 1.0/swapMaturity;
		double b = (payoffUnit / swapAnnuity - a) / forwardSwaprate;
		double convexityAdjustment = Math.exp(volatility*volatility*optionMaturity);

		double valueUnadjusted	= blackModelSwaptionValue(forwardSwaprate, volatility, optionMaturity, optionStrike, swapAnnuity);
		double valueAdjusted	= blackModelSwaptionValue(forwardSwaprate * convexityAdjustment, volatility, optionMaturity, optionStrike, swapAnnuity);

		return a * valueUnadjusted + b * forwardSwaprate * valueAdjusted;
	}

	public static double blackModelSwaptionValue(
			double forwardSwaprate,
			double volatility,
			double optionMaturity,
			double optionStrike,
			double swapAnnuity)
	{
		// May be interpreted as a special version of the Black-Scholes Formula
		return HuntKennedy.blackScholesGeneralizedOptionValue(forwardSwaprate, volatility, optionMaturity, optionStrike, swapAnnuity);
	}

	public static double blackScholesGeneralizedOptionValue(
			double forward,
			double volatility,
			double optionMaturity,
			double optionStrike,
			double payoffUnit)
	{
		if(optionMaturity < 0) {
			return 0;
		}
		else if(forward < 0) {
			// We use max(X,0) = X + max(-X,0)
			return (forward - optionStrike) * payoffUnit + blackScholesGeneralizedOptionValue(-forward, volatility, optionMaturity, -optionStrike, payoffUnit);
		}
		else if((forward == 0) || (optionStrike <= 0.0) || (volatility <= 0.0) || (optionMaturity <= 0.0))
		{
			// Limit case (where dPlus = +/- infty)
			return Math.max(forward - optionStrike,0) * payoffUnit;
		}
		else
		{
			// Calculate analytic value
			double dPlus = (Math.log(forward / optionStrike) + 0.5 * volatility * volatility * optionMaturity) / (volatility * Math.sqrt(optionMaturity));
			double dMinus = dPlus - volatility * Math.sqrt(optionMaturity);

			double valueAnalytic = (forward * NormalDistribution.cumulativeDistribution(dPlus) - optionStrike * NormalDistribution.cumulativeDistribution(dMinus)) * payoffUnit;

			return valueAnalytic;
		}
	}
}
