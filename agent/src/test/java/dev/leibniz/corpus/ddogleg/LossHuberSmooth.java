package dev.leibniz.corpus.ddogleg;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: DDogleg (lessthanoptimal/ddogleg on GitHub, commit 339d863244537ea384023a82d2eb1078c66bd220),
 * src/org/ddogleg/optimization/loss/LossHuberSmooth.java
 * Licence: Apache License 2.0 ("Copyright (c) 2012-2023, Peter Abeles. All Rights Reserved. This file is part of
 * DDogleg (http://ddogleg.org). Licensed under the Apache License, Version 2.0"). Distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied: the whole class (entry: Function.process(double[]), the pseudo-Huber loss).
 * Changes: package; licence header shortened to this header; @Differentiable added to Function.process.
 */

/**
 * Smooth approximation to the huber loss [1]. This is similar to the L1 Loss in Ceres.
 *
 * <pre>L(a) = t<sup>2</sup>(sqrt(1+(a/t)<sup>2</sup>-1)</pre>, where 'a' is the residual, and 't' is the passed in
 * tuning. For small values it will approximate a<sup>2</sup>/2, but for large values it will be a line with slope
 * 't'. The point of inflection where the functions begins to behave more linear is for values of 'a' > 't'.
 *
 * <ol>
 *     <li><a href="https://en.wikipedia.org/wiki/Huber_loss">Huber Loss - Wikipedia 2023</a></li>
 * </ol>
 *
 * @author Peter Abeles
 */
import dev.leibniz.Differentiable;

public abstract class LossHuberSmooth extends LossFunctionBase {
	/** Threshold parameter that determines when errors become linear */
	final double threshold;

	protected LossHuberSmooth( double threshold ) {
		this.threshold = threshold;
	}

	/**
	 * Implementation of the smooth Huber loss function
	 */
	public static class Function extends LossHuberSmooth implements LossFunction {
		public Function( double threshold ) {
			super(threshold);
		}

		@Differentiable
		@Override public double process( double[] input ) {
			final double thresholdSq = threshold*threshold;

			double sum = 0.0;
			for (int i = 0; i < numberOfFunctions; i++) {
				double r = input[i];
				double tmp = r/threshold;
				sum += thresholdSq*(Math.sqrt(1 + tmp*tmp) - 1);
			}
			return sum;
		}
	}

	/**
	 * Implementation of the smooth Huber loss gradient
	 */
	public static class Gradient extends LossHuberSmooth implements LossFunctionGradient {
		public Gradient( double threshold ) {
			super(threshold);
		}

		@Override public void process( double[] input, double[] output ) {
			for (int funcIdx = 0; funcIdx < numberOfFunctions; funcIdx++) {
				double r = input[funcIdx];
				double tmp = r/threshold;
				output[funcIdx] = r/Math.sqrt(1.0 + tmp*tmp);
			}
		}
	}
}
