package dev.leibniz.corpus.ddogleg;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: DDogleg (lessthanoptimal/ddogleg on GitHub, commit 339d863244537ea384023a82d2eb1078c66bd220),
 * src/org/ddogleg/optimization/loss/LossCauchy.java
 * Licence: Apache License 2.0 ("Copyright (c) 2012-2023, Peter Abeles. All Rights Reserved. This file is part of
 * DDogleg (http://ddogleg.org). Licensed under the Apache License, Version 2.0"). Distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied: the whole class, the Cauchy loss and its gradient as nested classes (entries: Function.process(double[]), the loss summed over numberOfFunctions residuals, and Gradient.process(double[], double[]), writing the gradient into output).
 * Changes: package; licence header shortened to this header; @Differentiable added to both process methods.
 */

/**
 * <p>Loss function inspired by the Cauchy distribution, a.k.a Lorentzian loss function.</p>
 *
 * <pre>L(x) = a<sup>2</sup>(log(1+(x/a)<sup>2</sup>)</pre>, where 'x' is the residual and 'a' is a scale
 * parameter. Smaller values of the tuning parameter 'a' make it behave more similar to the L2 loss while
 * larger values make it more robust to outliers.
 *
 * <ol>
 *     <li>Black, Michael J., and Paul Anandan. "The robust estimation of multiple motions: Parametric and
 *     piecewise-smooth flow fields." Computer vision and image understanding 63.1 (1996): 75-104.</li>
 * </ol>
 *
 * @author Peter Abeles
 */
import dev.leibniz.Differentiable;

public abstract class LossCauchy extends LossFunctionBase{
	protected double alpha;

	/**
	 * @param alpha scale parameter that changes sensitivity to outliers
	 */
	protected LossCauchy( double alpha ) {
		this.alpha = alpha;
	}

	/**
	 * Implementation of the smooth Cauchy loss function
	 */
	public static class Function extends LossCauchy implements LossFunction {
		public Function( double alpha ) {
			super(alpha);
		}

		@Differentiable
		@Override public double process( double[] input ) {
			double sum = 0.0;
			for (int i = 0; i < numberOfFunctions; i++) {
				double r = input[i];
				double tmp = r/alpha;
				sum += alpha*alpha*Math.log(1 + tmp*tmp);
			}
			return sum;
		}
	}

	/**
	 * Implementation of the smooth Cauchy loss gradient
	 */
	public static class Gradient extends LossCauchy implements LossFunctionGradient {
		public Gradient( double alpha ) {
			super(alpha);
		}

		@Differentiable
		@Override public void process( double[] input, double[] output ) {
			for (int funcIdx = 0; funcIdx < numberOfFunctions; funcIdx++) {
				double r = input[funcIdx];
				double tmp = r/alpha;
				output[funcIdx] = 2.0*r/(1.0 + tmp*tmp);
			}
		}
	}
}
