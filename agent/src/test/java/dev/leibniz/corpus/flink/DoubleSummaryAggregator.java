package dev.leibniz.corpus.flink;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Apache Flink (apache/flink on GitHub, commit 3a28ea067adcd22401d3414402ccf9931b3649f0),
 * flink-java/src/main/java/org/apache/flink/api/java/summarize/aggregation/DoubleSummaryAggregator.java
 * Licence: Apache License 2.0 (ASF header: "Licensed to the Apache Software Foundation (ASF) ... under the Apache
 * License, Version 2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the three nested aggregators MinDoubleAggregator, MaxDoubleAggregator and SumDoubleAggregator
 * (entries: aggregate(Double), a boxed parameter folded into the receiver's field by Math.min/max or a CompensatedSum
 * held in a field; MinDoubleAggregator.combine(Aggregator), which casts the other aggregator and reads its field;
 * SumDoubleAggregator.result(), a boxed result read from the held CompensatedSum).
 * Changes: package; licence header shortened to this header; Flink's @Internal dropped; the outer class no longer
 * extends NumericSummaryAggregator<Double> (its initMin/initMax/initSum/isNan/isInfinite overrides omitted with it:
 * the outer class only holds the nested ones here); Aggregator from this package (Aggregator.java here);
 * @Differentiable added to the five entry methods.
 */

import dev.leibniz.Differentiable;

import static dev.leibniz.corpus.flink.CompensatedSum.ZERO;

/**
 * Aggregator that can handle Double types.
 */
public class DoubleSummaryAggregator {
	private static final long serialVersionUID = -5026059034545910489L;

	// Nested classes are only "public static" for Kryo serialization, otherwise they'd be private

	/**
	 * Aggregator for min operation.
	 */
	public static class MinDoubleAggregator implements Aggregator<Double, Double> {

		private static final long serialVersionUID = 2689752307059003971L;
		private double min = Double.POSITIVE_INFINITY;

		@Differentiable
		@Override
		public void aggregate(Double value) {
			min = Math.min(min, value);
		}

		@Differentiable
		@Override
		public void combine(Aggregator<Double, Double> other) {
			min = Math.min(min, ((MinDoubleAggregator) other).min);
		}

		@Override
		public Double result() {
			return min;
		}
	}

	/**
	 * Aggregator for max operation.
	 */
	public static class MaxDoubleAggregator implements Aggregator<Double, Double> {

		private static final long serialVersionUID = -6032037153285198413L;
		private double max = Double.NEGATIVE_INFINITY;

		@Differentiable
		@Override
		public void aggregate(Double value) {
			max = Math.max(max, value);
		}

		@Override
		public void combine(Aggregator<Double, Double> other) {
			max = Math.max(max, ((MaxDoubleAggregator) other).max);
		}

		@Override
		public Double result() {
			return max;
		}
	}

	/**
	 * Aggregator for sum operation.
	 */
	public static class SumDoubleAggregator implements Aggregator<Double, Double> {

		private static final long serialVersionUID = -732089052771926119L;
		private CompensatedSum sum = ZERO;

		@Differentiable
		@Override
		public void aggregate(Double value) {
			sum = sum.add(value);
		}

		@Override
		public void combine(Aggregator<Double, Double> other) {
			sum = sum.add(((SumDoubleAggregator) other).sum);
		}

		@Differentiable
		@Override
		public Double result() {
			return sum.value();
		}
	}
}
