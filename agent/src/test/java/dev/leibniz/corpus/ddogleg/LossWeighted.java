package dev.leibniz.corpus.ddogleg;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: DDogleg (lessthanoptimal/ddogleg on GitHub, commit 339d863244537ea384023a82d2eb1078c66bd220),
 * src/org/ddogleg/optimization/loss/LossWeighted.java
 * Licence: Apache License 2.0 ("Copyright (c) 2012-2023, Peter Abeles. All Rights Reserved. This file is part of
 * DDogleg (http://ddogleg.org). Licensed under the Apache License, Version 2.0"). Distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied: the whole class (entry: process(double[]), a weighted squared loss over the weights held in a field, scaled by the largest residual).
 * Changes: package; licence header shortened to this header; Lombok's @Getter @Setter on weights written out as the getter and setter Lombok generates; UtilOptimize from this package; @Differentiable added to process(double[]).
 */

import dev.leibniz.Differentiable;

/**
 * A weighted least squares cost function. Weights are fixed and never updated.
 */
public class LossWeighted implements LossFunction, LossFunctionGradient {
	/** Weight assigned to each function */
	protected double[] weights = new double[0];

	public double[] getWeights() { return this.weights; }

	public void setWeights( double[] weights ) { this.weights = weights; }

	/**
	 * Computes the lost function
	 */
	@Differentiable
	@Override public double process( double[] input ) {
		// Avoid numerical overflow by ensuring values are around one
		double max = UtilOptimize.maxAbs(input, 0, weights.length);
		if (max == 0.0)
			return 0.0;

		double sum = 0.0;
		for (int i = 0; i < weights.length; i++) {
			double r = weights[i]*(input[i]/max);
			sum += r*r;
		}

		return 0.5*max*sum*max;
	}

	/**
	 * Computes the gradient
	 */
	@Override public void process( double[] input, double[] output ) {
		for (int i = 0; i < weights.length; i++) {
			double w = weights[i];
			output[i] = w*w*input[i];
		}
	}

	@Override public int getNumberOfFunctions() {
		return weights.length;
	}

	@Override public void setNumberOfFunctions( int value ) {
		if (weights.length != value)
			throw new IllegalArgumentException("Weights don't match number of functions");
	}
}
