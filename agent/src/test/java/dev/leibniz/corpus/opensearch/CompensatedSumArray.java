package dev.leibniz.corpus.opensearch;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: OpenSearch (opensearch-project/OpenSearch on GitHub, commit 19974be20d67a3920aac4267bcb5b1688f8624d3),
 * server/src/main/java/org/opensearch/search/aggregations/metrics/CompensatedSum.java
 * Licence: Apache License 2.0 ("SPDX-License-Identifier: Apache-2.0 ... Licensed to Elasticsearch under one or more
 * contributor license agreements ... under the Apache License, Version 2.0"; OpenSearch is Apache-2.0 throughout).
 * Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the whole class (entry: add(double[] values, int count), void, Kahan summation of the array's first
 * count values starting from and written back to the receiver's fields value and delta; the other members as in
 * ./CompensatedSum.java).
 * Changes: package and class name (CompensatedSum -> CompensatedSumArray, one class per entry method); license comments
 * shortened to this header; @Differentiable added to the entry method.
 */

import dev.leibniz.Differentiable;
import java.util.Objects;

/**
 * Used to calculate sums using the Kahan summation algorithm.
 *
 * <p>The Kahan summation algorithm (also known as compensated summation) reduces the numerical errors that
 * occur when adding a sequence of finite precision floating point numbers. Numerical errors arise due to
 * truncation and rounding. These errors can lead to numerical instability.
 *
 * @see <a href="http://en.wikipedia.org/wiki/Kahan_summation_algorithm">Kahan Summation Algorithm</a>
 *
 * @opensearch.internal
 */
public class CompensatedSumArray {

    private static final double NO_CORRECTION = 0.0;

    private double value;
    private double delta;

    /**
     * Used to calculate sums using the Kahan summation algorithm.
     *
     * @param value the sum
     * @param delta correction term
     */
    public CompensatedSumArray(double value, double delta) {
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
     * Increments the Kahan sum by adding a value without a correction term.
     */
    public CompensatedSumArray add(double value) {
        return add(value, NO_CORRECTION);
    }

    /**
     * Resets the internal state to use the new value and compensation delta
     */
    public void reset(double value, double delta) {
        this.value = value;
        this.delta = delta;
    }

    /**
     * Increments the Kahan sum by adding two sums, and updating the correction term for reducing numeric errors.
     */
    public CompensatedSumArray add(double value, double delta) {
        // If the value is Inf or NaN, just add it to the running tally to "convert" to
        // Inf/NaN. This keeps the behavior bwc from before kahan summing
        if (Double.isFinite(value) == false) {
            this.value = value + this.value;
        }

        if (Double.isFinite(this.value)) {
            double correctedSum = value + (this.delta + delta);
            double updatedValue = this.value + correctedSum;
            this.delta = correctedSum - (updatedValue - this.value);
            this.value = updatedValue;
        }

        return this;
    }

    /**
     * Increments the Kahan sum by adding two sums, and updating the correction term for reducing numeric errors.
     */
    @Differentiable
    public void add(double[] values, int count) {
        // If the value is Inf or NaN, just add it to the running tally to "convert" to
        // Inf/NaN. This keeps the behavior bwc from before kahan summing
        double sum = value;
        double c = delta; // Compensation for lost low-order bits

        for (int i=0 ; i<count; i++) {
            double y = values[i] - c;
            double t = sum + y;
            c = (t - sum) - y; // Calculate the lost part
            sum = t;
        }

        this.value = sum;
        this.delta = c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (o == null || getClass() != o.getClass()) return false;
        CompensatedSumArray that = (CompensatedSumArray) o;
        return Double.compare(that.value, value) == 0 && Double.compare(that.delta, delta) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, delta);
    }

    @Override
    public String toString() {
        return value + " " + delta;
    }

}
