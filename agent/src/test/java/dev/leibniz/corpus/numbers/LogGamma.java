package dev.leibniz.corpus.numbers;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: apache/commons-numbers (GitHub), commit 0c9f1cde2f639d537306e8cbe6d8dd54d0374720,
 *   commons-numbers-gamma/src/main/java/org/apache/commons/numbers/gamma/LogGamma.java
 * Licence: Apache License 2.0. Licensed to the Apache Software Foundation (ASF) under one or more
 * contributor license agreements; http://www.apache.org/licenses/LICENSE-2.0; "AS IS" BASIS.
 * Copied unchanged: the class (singleton field, constants, value(double), the entry).
 * Changes: package; javadoc omitted; @Differentiable added to the entry method.
 * Calls LogGamma1p.value and LanczosApproximation.value on singletons held in static final fields
 * (instance methods of other, non-final classes: LogGamma1p.java, LanczosApproximation.java).
 */

import dev.leibniz.Differentiable;

public class LogGamma {
    /** Singleton. */
    static final LogGamma instance = new LogGamma();
    /** g = 607 / 128. */
    private static final double LANCZOS_G = 607d / 128d;
    /** Performance. */
    private static final double HALF_LOG_2_PI = 0.5 * Math.log(2.0 * Math.PI);
    /** Helper. */
    private static final LanczosApproximation LANCZOS_APPROXIMATION = LanczosApproximation.instance;
    /** Helper. */
    private static final LogGamma1p LOG_GAMMA_1P = LogGamma1p.instance;

    @Differentiable
    public double value(double x) {
        if (Double.isNaN(x) || (x <= 0.0)) {
            return Double.NaN;
        } else if (x < 0.5) {
            return LOG_GAMMA_1P.value(x) - Math.log(x);
        } else if (x <= 2.5) {
            return LOG_GAMMA_1P.value((x - 0.5) - 0.5);
        } else if (x <= 8.0) {
            final int n = (int) Math.floor(x - 1.5);
            double prod = 1.0;
            for (int i = 1; i <= n; i++) {
                prod *= x - i;
            }
            return LOG_GAMMA_1P.value(x - (n + 1)) + Math.log(prod);
        } else {
            final double sum = LANCZOS_APPROXIMATION.value(x);
            final double tmp = x + LANCZOS_G + .5;
            return ((x + .5) * Math.log(tmp)) - tmp +
                HALF_LOG_2_PI + Math.log(sum / x);
        }
    }
}
