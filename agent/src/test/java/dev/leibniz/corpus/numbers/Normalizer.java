package dev.leibniz.corpus.numbers;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: apache/commons-numbers (GitHub), commons-numbers-angle/src/main/java/org/apache/commons/numbers/angle/Angle.java
 * Licence: Apache License 2.0. Licensed to the Apache Software Foundation (ASF) under one or more
 * contributor license agreements; http://www.apache.org/licenses/LICENSE-2.0; "AS IS" BASIS.
 * Copied unchanged: the private nested class Angle.Normalizer: its fields, constructor and
 * applyAsDouble (entry; calls applyAsDouble of the Reduce object held in a field).
 * Changes: package; javadoc omitted; @Differentiable added to the entry method. Normalizer is a top-level public class here
 * (it is a private static nested class of Angle in the original).
 * Calls Reduce.applyAsDouble (copied in Reduce.java).
 */

import dev.leibniz.Differentiable;
import java.util.function.DoubleUnaryOperator;

public final class Normalizer implements DoubleUnaryOperator {
        /** Lower bound. */
        private final double lo;
        /** Upper bound. */
        private final double hi;
        /** Period. */
        private final double period;
        /** Normalizer. */
        private final Reduce reduce;

        Normalizer(final double lo,
                   final double period) {
            this.period = period;
            this.lo = lo;
            this.hi = lo + period;
            reduce = new Reduce(lo, period);
        }

        @Differentiable
        public double applyAsDouble(final double a) {
            if (lo <= a &&
                a < hi) {
                // Already within the main interval.
                return a;
            }

            final double normalized = reduce.applyAsDouble(a) + lo;
            return normalized < hi ?
                normalized :
                // If value is too small to be representable compared to the
                // floor expression above (i.e. value + x = x), then we may
                // end up with a number exactly equal to the upper bound.
                // In that case, subtract one period from the normalized value
                // so that the result is strictly less than the upper bound. (We also
                // want to ensure that we do not return anything less than the lower bound.)
                Math.max(lo, normalized - period);
        }
}
