package dev.leibniz.corpus.finmath;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: finmath-lib 6.0.19, finmath-lib-6.0.19-sources.jar (Maven Central, net.finmath:finmath-lib:6.0.19),
 *   net/finmath/functions/AnalyticFormulas.java
 * Licence: Apache License 2.0 ((c) Copyright Christian P. Fries; http://www.apache.org/licenses/LICENSE-2.0).
 * Copied unchanged: constantElasticityOfVarianceOptionValue (entry; two NonCentralChiSquaredDistribution objects
 * built from active values, their series evaluated at active points).
 * Changes: package and class name; javadoc omitted; @Differentiable added to the entry method.
 */

import dev.leibniz.Differentiable;

public final class CevOption {
	@Differentiable
	public static double constantElasticityOfVarianceOptionValue(
			double initialStockValue,
			double riskFreeRate,
			double volatility,
			double exponent,
			double optionMaturity,
			double optionStrike,
			boolean isCall) {
		final double kappa = 2 * riskFreeRate / (Math.pow(volatility, 2) * (1 - exponent) * (Math.exp(2 * riskFreeRate * (1 - exponent) * optionMaturity) - 1));
		final double z = 2 + 1 / (1 - exponent);
		final double y = kappa * Math.pow(optionStrike, 2 * (1 - exponent));
		final double x = kappa * Math.pow(initialStockValue, 2 * (1 - exponent)) * Math.exp(2 * riskFreeRate * (1 - exponent) * optionMaturity);
		final NonCentralChiSquaredDistribution P1 = new NonCentralChiSquaredDistribution(z, x);
		final NonCentralChiSquaredDistribution P2 = new NonCentralChiSquaredDistribution(z - 2, y);
		if (isCall) {
			return initialStockValue * (1 - P1.cumulativeDistribution(y)) - optionStrike * Math.exp(-riskFreeRate * optionMaturity) * P2.cumulativeDistribution(x);
		} else {
			return -initialStockValue * P1.cumulativeDistribution(y) + optionStrike * Math.exp(-riskFreeRate * optionMaturity) * (1 - P2.cumulativeDistribution(x));
		}
	}}
