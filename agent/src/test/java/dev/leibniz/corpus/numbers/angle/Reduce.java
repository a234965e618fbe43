/*
 * Real-code corpus entry (test code only, see ../../README.md).
 * Source: apache/commons-numbers (GitHub, commit da227b0534b990451409f81d6ac15990c0915ffb),
 * commons-numbers-angle/src/main/java/org/apache/commons/numbers/angle/Reduce.java
 * Licence: Apache License 2.0 (Licensed to the Apache Software Foundation (ASF) under one or more contributor
 * license agreements; http://www.apache.org/licenses/LICENSE-2.0). Distributed on an "AS IS" BASIS, WITHOUT
 * WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied: the whole class (no entry; the Normalizer of Angle holds one).
 * Changes: package; the licence block shortened to this header; nothing else.
 */
package dev.leibniz.corpus.numbers.angle;


import java.util.function.DoubleUnaryOperator;

/**
 * Reduces {@code |a - offset|} to the primary interval {@code [0, |period|)}.
 *
 * Specifically, the {@link #applyAsDouble(double) computed value} is:
 * {@code a - |period| * floor((a - offset) / |period|) - offset}.
 */
public class Reduce implements DoubleUnaryOperator {
    /** Offset. */
    private final double offset;
    /** Period. */
    private final double period;

    /**
     * Create an instance.
     *
     * @param offset Value that will be mapped to {@code 0}.
     * @param period Period.
     */
    public Reduce(double offset,
                  double period) {
        this.offset = offset;
        this.period = Math.abs(period);
    }

    /** {@inheritDoc} */
    @Override
    public double applyAsDouble(double x) {
        final double xMo = x - offset;
        return xMo - period * Math.floor(xMo / period);
    }
}
