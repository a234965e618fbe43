package dev.leibniz.corpus.finmath;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: finmath/finmath-lib (GitHub), commit 03736b5cbf60838530b2b33fccfb1324ea470f1a,
 *   src/main/java/net/finmath/functions/AnalyticFormulas.java
 * Licence: Apache License 2.0 ((c) Copyright Christian P. Fries; http://www.apache.org/licenses/LICENSE-2.0).
 * Copied unchanged: blackScholesDigitalOptionRho (entry).
 * Changes: package and class name; javadoc omitted; @Differentiable added to the entry method.
 * Calls NormalDistribution.cumulativeDistribution (NormalDistribution.java).
 */

import dev.leibniz.Differentiable;

public final class DigitalRho {
	@Differentiable
	public static double blackScholesDigitalOptionRho(
			double initialStockValue,
			double riskFreeRate,
			double volatility,
			double optionMaturity,
			double optionStrike)
	{
		if(optionMaturity <= 0.0)
		{
			// The Black-Scholes model does not consider it being an option
			return 0.0;
		}
		else if(optionStrike <= 0.0) {
			double rho = - optionMaturity * Math.exp(-riskFreeRate * optionMaturity);

			return rho;
		}
		else
		{
			// Calculate rho
			double dMinus = (Math.log(initialStockValue / optionStrike) + (riskFreeRate - 0.5 * volatility * volatility) * optionMaturity) / (volatility * Math.sqrt(optionMaturity));

			double rho = - optionMaturity * Math.exp(-riskFreeRate * optionMaturity) * NormalDistribution.cumulativeDistribution(dMinus)
					+ Math.sqrt(optionMaturity)/volatility * Math.exp(-riskFreeRate * optionMaturity) * Math.exp(-0.5*dMinus*dMinus) / Math.sqrt(2.0 * Math.PI);

			return rho;
		}
	}
}
