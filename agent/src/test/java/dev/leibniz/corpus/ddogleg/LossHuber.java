package dev.leibniz.corpus.ddogleg;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: DDogleg (lessthanoptimal/ddogleg on GitHub, commit 339d863244537ea384023a82d2eb1078c66bd220),
 * src/org/ddogleg/optimization/loss/LossHuber.java
 * Licence: Apache License 2.0 ("Copyright (c) 2012-2023, Peter Abeles. All Rights Reserved. This file is part of
 * DDogleg (http://ddogleg.org). Licensed under the Apache License, Version 2.0"). Distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied: the whole class (entry: Function.process(double[]), the Huber loss scaled by the largest residual, UtilOptimize.maxAbs).
 * Changes: package; licence header shortened to this header; UtilOptimize from this package (UtilOptimize.java here, maxAbs only); @Differentiable added to Function.process.
 */

import dev.leibniz.Differentiable;

/**
 * Huber Loss is a robust loss function that is less sensitive to outliers than the squared error loss. For values
 * less than a threshold it returns the squared error, for values greater than it returns an error that grows linearly
 * instead of quadratic.
 *
 * @author Peter Abeles
 */
public abstract class LossHuber extends LossFunctionBase {
	/** Threshold parameter that determines when errors become linear */
	final double threshold;

	protected LossHuber( double threshold ) {
		this.threshold = threshold;
	}

	/**
	 * Implementation of the Huber loss function
	 */
	public static class Function extends LossHuber implements LossFunction {
		public Function( double threshold ) {
			super(threshold);
		}

		@Differentiable
		@Override public double process( double[] input ) {
			// Avoid numerical overflow by ensuring values are around one
			double max = UtilOptimize.maxAbs(input, 0, numberOfFunctions);
			if (max == 0.0)
				return 0.0;

			double scaleThreshold = threshold/max;
			double scaleThresholdSq = scaleThreshold*scaleThreshold;

			double sum = 0.0;
			for (int i = 0; i < numberOfFunctions; i++) {
				double r = input[i]/max;
				double rr = r*r;
				if (rr <= scaleThresholdSq) {
					sum += 0.5*rr;
				} else {
					sum += scaleThreshold*(Math.abs(r) - 0.5*scaleThreshold);
				}
			}
			return max*sum*max;
		}
	}

	/**
	 * Implementation of the Huber Loss gradient
	 */
	public static class Gradient extends LossHuber implements LossFunctionGradient {
		public Gradient( double threshold ) {
			super(threshold);
		}

		@Override public void process( double[] input, double[] output ) {
			final double thresholdSq = threshold*threshold;

			for (int funcIdx = 0; funcIdx < numberOfFunctions; funcIdx++) {
				double r = input[funcIdx];
				double rr = r*r;
				output[funcIdx] = (rr <= thresholdSq) ? r : threshold*Math.signum(r);
			}
		}
	}
}
