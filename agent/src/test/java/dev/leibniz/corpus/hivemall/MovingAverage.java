package dev.leibniz.corpus.hivemall;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Apache Hivemall (apache/incubator-hivemall on GitHub, commit 56ced6420dd332f6c54b7adfb8b78bba1c91ec94),
 * core/src/main/java/hivemall/utils/math/MovingAverage.java
 * Licence: Apache License 2.0 (ASF header: "Licensed to the Apache Software Foundation (ASF) ... under the Apache
 * License, Version 2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the whole class (entry: add(double), which stores x into a held DoubleRingBuffer, subtracts the
 * value falling out of the window from the running total field and returns the mean).
 * Changes: package; licence header shortened to this header; javax.annotation's @Nonnull/@Nonnegative dropped;
 * DoubleRingBuffer, NumberUtils and Preconditions from this package (the copies here); @Differentiable added to add.
 */

import dev.leibniz.Differentiable;

public final class MovingAverage {

    private final DoubleRingBuffer ring;

    private double totalSum;

    public MovingAverage(int windowSize) {
        Preconditions.checkArgument(windowSize > 1, "Invalid window size: " + windowSize);
        this.ring = new DoubleRingBuffer(windowSize);
        this.totalSum = 0.d;
    }

    @Differentiable
    public double add(final double x) {
        if (!NumberUtils.isFinite(x)) {
            throw new IllegalArgumentException("Detected Infinite input: " + x);
        }

        if (ring.isFull()) {
            double head = ring.head();
            this.totalSum -= head;
        }
        ring.add(x);
        totalSum += x;

        final int size = ring.size();
        if (size == 0) {
            return 0.d;
        }
        return totalSum / size;
    }

    public double get() {
        final int size = ring.size();
        if (size == 0) {
            return 0.d;
        }
        return totalSum / size;
    }

    @Override
    public String toString() {
        return "MovingAverage [ring=" + ring + ", total=" + totalSum + ", moving_avg=" + get()
                + "]";
    }

}
