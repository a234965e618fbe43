package dev.leibniz.corpus.finmath;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: finmath/finmath-lib (GitHub), src/main/java/net/finmath/functions/AsianOption.java
 * Licence: Apache License 2.0 ((c) Copyright Christian P. Fries; http://www.apache.org/licenses/LICENSE-2.0).
 * Copied unchanged: priceDiscreteArithmeticAveragePriceTurnbullWakeman (entry), blackPrice,
 * checkNonNegativeAndSorted.
 * Changes: package and class name; javadoc omitted; @Differentiable added to the entry method. CallOrPut (an enum of finmath-lib) copied next to this class.
 * Calls NormalDistribution.cumulativeDistribution, a static method of another class (copied).
 */

import dev.leibniz.Differentiable;

public final class AsianOption {
	@Differentiable
	public static double priceDiscreteArithmeticAveragePriceTurnbullWakeman(
			final CallOrPut optionType,
			final double spot,
			final double strike,
			final double riskFreeRate,
			final double dividendYield,
			final double volatility,
			final double exerciseTime,
			final double[] futureFixingTimes,
			final int pastFixings,
			final double runningSum) {

		checkNonNegativeAndSorted(futureFixingTimes);

		final double[] times = futureFixingTimes;
		final int futureFixings = times.length;
		final int m = futureFixings + pastFixings;
		if (m <= 0) {
			throw new IllegalArgumentException("At least one fixing is required.");
		}

		final double accruedAverage = pastFixings == 0 ? 0.0 : runningSum / m;
		final double effectiveStrike = strike - accruedAverage;
		final double discount = Math.exp(-riskFreeRate * exerciseTime);

		if (effectiveStrike <= 0.0) {
			if (optionType == CallOrPut.CALL) {
				double expectedAverage = accruedAverage;
				for (final double t : times) {
					expectedAverage += (spot * Math.exp((riskFreeRate - dividendYield) * t)) / m;
				}
				return discount * (expectedAverage - strike);
			}
			return 0.0;
		}

		final int n = times.length;
		if (n == 0) {
			final double realizedAverage = pastFixings == 0 ? 0.0 : runningSum / pastFixings;
			final double payoff = optionType == CallOrPut.CALL
					? Math.max(realizedAverage - strike, 0.0)
							: Math.max(strike - realizedAverage, 0.0);
			return discount * payoff;
		}

		final double[] forwards = new double[n];
		final double[] spotVars = new double[n];
		double EA = 0.0;

		for (int i = 0; i < n; i++) {
			final double t = times[i];
			forwards[i] = spot * Math.exp((riskFreeRate - dividendYield) * t);
			spotVars[i] = volatility * volatility * t;
			EA += forwards[i];
		}
		EA /= m;

		double EA2 = 0.0;
		for (int i = 0; i < n; i++) {
			EA2 += forwards[i] * forwards[i] * Math.exp(spotVars[i]);
			for (int j = 0; j < i; j++) {
				EA2 += 2.0 * forwards[i] * forwards[j] * Math.exp(spotVars[j]);
			}
		}
		EA2 /= (double) m * m;

		final double tn = times[n - 1];
		final double sigmaA = Math.sqrt(Math.max(Math.log(EA2 / (EA * EA)) / tn, 0.0));
		return blackPrice(optionType, EA, effectiveStrike, sigmaA * Math.sqrt(tn), discount);
	}

	public static double blackPrice(
			final CallOrPut optionType,
			final double forward,
			final double strike,
			final double stdDev,
			final double discountFactor) {

		if (forward <= 0.0) {
			throw new IllegalArgumentException("forward must be positive.");
		}
		if (strike < 0.0) {
			throw new IllegalArgumentException("strike must be non-negative.");
		}
		if (stdDev < 0.0) {
			throw new IllegalArgumentException("stdDev must be non-negative.");
		}
		if (discountFactor <= 0.0) {
			throw new IllegalArgumentException("discountFactor must be positive.");
		}

		if (stdDev == 0.0) {
			final double intrinsic = optionType == CallOrPut.CALL
					? Math.max(forward - strike, 0.0)
							: Math.max(strike - forward, 0.0);
			return discountFactor * intrinsic;
		}

		final double d1 = (Math.log(forward / strike) + 0.5 * stdDev * stdDev) / stdDev;
		final double d2 = d1 - stdDev;

		if (optionType == CallOrPut.CALL) {
			return discountFactor * (forward * NormalDistribution.cumulativeDistribution(d1)
					- strike * NormalDistribution.cumulativeDistribution(d2));
		} else {
			return discountFactor * (strike * NormalDistribution.cumulativeDistribution(-d2)
					- forward * NormalDistribution.cumulativeDistribution(-d1));
		}
	}

	private static void checkNonNegativeAndSorted(final double[] times) {
		for (int i = 0; i < times.length; i++) {
			if (times[i] < 0.0) {
				throw new IllegalArgumentException("Fixing times must be non-negative.");
			}
			if (i > 0 && times[i] < times[i - 1]) {
				throw new IllegalArgumentException("Fixing times must be sorted increasingly.");
			}
		}
	}
}
