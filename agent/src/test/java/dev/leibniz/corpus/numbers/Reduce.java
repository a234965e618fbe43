package dev.leibniz.corpus.numbers;

/*
 * A helper of the real-code corpus (not an entry; see ../README.md).
 * Source: apache/commons-numbers (GitHub), commons-numbers-angle/src/main/java/org/apache/commons/numbers/angle/Reduce.java
 * Licence: Apache License 2.0. Licensed to the Apache Software Foundation (ASF) under one or more
 * contributor license agreements; http://www.apache.org/licenses/LICENSE-2.0; "AS IS" BASIS.
 * Copied unchanged but for the package; javadoc omitted.
 */

import java.util.function.DoubleUnaryOperator;

public class Reduce implements DoubleUnaryOperator {
    private final double offset;
    private final double period;

    public Reduce(double offset,
                  double period) {
        this.offset = offset;
        this.period = Math.abs(period);
    }

    @Override
    public double applyAsDouble(double x) {
        final double xMo = x - offset;
        return xMo - period * Math.floor(xMo / period);
    }
}
