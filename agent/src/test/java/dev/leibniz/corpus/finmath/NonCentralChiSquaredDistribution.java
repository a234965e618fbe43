package dev.leibniz.corpus.finmath;

/*
 * A helper of the real-code corpus (not an entry; see ../README.md).
 * Source: finmath-lib 6.0.19, finmath-lib-6.0.19-sources.jar (Maven Central, net.finmath:finmath-lib:6.0.19),
 *   net/finmath/functions/NonCentralChiSquaredDistribution.java
 * Licence: Apache License 2.0 ((c) Copyright Christian P. Fries; http://www.apache.org/licenses/LICENSE-2.0).
 * Copied unchanged: the whole class (a constructor that validates and rounds, a Kahan-summed series in
 * two loops that stop on convergence, Commons Math's Gamma.logGamma / regularizedGammaP from the jar).
 * Changes: package; javadoc omitted; commons-lang3's Validate is the copy next to it (Validate.java).
 */
import org.apache.commons.math3.special.Gamma;

public class NonCentralChiSquaredDistribution {

	private final double nonCentralityHalf;
	private final double degreesOfFreedomHalf;

	private final int summationSplitIndex;
	private final int maxSummation;
	private final double pInitial;

	private static final double PRECISION = 1e-16;
	public NonCentralChiSquaredDistribution(final double degreesOfFreedom, double nonCentrality) {
		Validate.isTrue(degreesOfFreedom > 0, "Parameter degreesOfFreedom must be > 0 (given %d).", degreesOfFreedom);
		Validate.isTrue(nonCentrality >= 0, "Parameter nonCentrality must be >= 0 (given %d).", nonCentrality);

		degreesOfFreedomHalf = degreesOfFreedom / 2.0;
		nonCentralityHalf = nonCentrality / 2.0;
		summationSplitIndex = (int) Math.round(nonCentralityHalf);
		maxSummation = Math.max(summationSplitIndex, 10000);

		if (nonCentralityHalf == 0) {
			pInitial = 0.0;
		} else {
			pInitial = Math.exp(-nonCentralityHalf + summationSplitIndex * Math.log(nonCentralityHalf) - Gamma.logGamma(summationSplitIndex + 1));
		}
	}
	public double cumulativeDistribution(final double x) {
		if (x < 0) {
			return 0.0;
		}

		final double xHalf		= x / 2.0;
		final double xHalfLog	= Math.log(xHalf);

		final double gammaRegularizedInitial = Gamma.regularizedGammaP(degreesOfFreedomHalf + summationSplitIndex, xHalf);

		double p = pInitial;
		double gammaRegularized = gammaRegularizedInitial;

		/*
		 * Sum of terms below summationSplitIndex, backward, using Kahan summation.
		 */
		double sum = p * gammaRegularized;
		double error = 0.0;
		double newSum = 0.0;
		for(int i=summationSplitIndex-1; i >= 0; i--) {

			p *= (i + 1) / nonCentralityHalf;
			gammaRegularized += Math.exp((degreesOfFreedomHalf + i) * xHalfLog - xHalf - Gamma.logGamma(degreesOfFreedomHalf + i + 1));

			// Kahan summation
			final double value = p * gammaRegularized - error;

			newSum = sum + value;
			error = (newSum - sum) - value;

			if(Math.abs(newSum - sum) / newSum <= PRECISION) {
				break;
			}
			sum = newSum;
		}

		p = pInitial;
		gammaRegularized = gammaRegularizedInitial;
		sum = newSum;

		/*
		 * Sum of terms above summationSplitIndex, forward, using Kahan summation.
		 * (to prevent infinity loops the sum has a MAXSUMMATION).
		 */
		for(int i=summationSplitIndex; i<summationSplitIndex+maxSummation; i++) {
			p *= nonCentralityHalf / (i+1);
			gammaRegularized -= Math.exp((degreesOfFreedomHalf + i) * xHalfLog - xHalf - Gamma.logGamma(degreesOfFreedomHalf + i + 1));

			// Kahan summation
			final double value = p * gammaRegularized - error;

			newSum = sum + value;
			error = (newSum - sum) - value;

			if(Math.abs(newSum - sum) / newSum <= PRECISION) {
				break;
			}
			sum = newSum;
		}

		return newSum;
	}
	public double getDegreesOfFreedom() {
		return degreesOfFreedomHalf * 2.0;
	}
	public double getNonCentrality() {
		return nonCentralityHalf * 2.0;
	}
}
