package dev.leibniz.corpus.flink;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Apache Flink (apache/flink on GitHub, commit 40f26c0184e0e843ced01b14b53725790b922834),
 * flink-java/src/main/java/org/apache/flink/api/java/summarize/aggregation/CompensatedSum.java
 * Licence: Apache License 2.0 (ASF header: "Licensed to the Apache Software Foundation (ASF) ... under the Apache
 * License, Version 2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the whole class (entry: add(double value, double delta), an immutable Kahan sum returning a new
 * CompensatedSum through add(CompensatedSum)).
 * Changes: package; licence header shortened to this header; Flink's @Internal annotation dropped;
 * @Differentiable added to the entry method.
 */

import dev.leibniz.Differentiable;

/**
 * Used to calculate sums using the Kahan summation algorithm.
 *
 * <p>The Kahan summation algorithm (also known as compensated summation) reduces the numerical errors that
 * occur when adding a sequence of finite precision floating point numbers. Numerical errors arise due to
 * truncation and rounding. These errors can lead to numerical instability.
 *
 * @see <a href="http://en.wikipedia.org/wiki/Kahan_summation_algorithm">Kahan Summation Algorithm</a>
 */
public class CompensatedSum implements java.io.Serializable {

	private static final double NO_CORRECTION = 0.0;
	public static final CompensatedSum ZERO = new CompensatedSum(0.0, NO_CORRECTION);

	private static final long serialVersionUID = 1L;

	private final double value;
	private final double delta;

	/**
	 * Used to calculate sums using the Kahan summation algorithm.
	 * @param value the sum
	 * @param delta correction term
	 */
	public CompensatedSum(double value, double delta) {
		this.value = value;
		this.delta = delta;
	}

	/**
	 * The value of the sum.
	 */
	public double value() {
		return value;
	}

	/**
	 * The correction term.
	 */
	public double delta() {
		return delta;
	}

	/**
	 * Increments the Kahan sum by adding a value and a correction term.
	 */
	@Differentiable
	public CompensatedSum add(double value, double delta) {
		return add(new CompensatedSum(value, delta));
	}

	/**
	 * Increments the Kahan sum by adding a value without a correction term.
	 */
	public CompensatedSum add(double value) {
		return add(new CompensatedSum(value, NO_CORRECTION));
	}

	/**
	 * Increments the Kahan sum by adding two sums, and updating the correction term for reducing numeric errors.
	 */
	public CompensatedSum add(CompensatedSum other) {
		double correctedSum = other.value() + (delta + other.delta());
		double updatedValue = value + correctedSum;
		double updatedDelta = correctedSum - (updatedValue - value);
		return new CompensatedSum(updatedValue, updatedDelta);
	}

}
