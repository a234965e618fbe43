package dev.leibniz.corpus.numbers;

/*
 * Real-code corpus helper (test code only, see ../README.md).
 * Source: apache/commons-numbers (GitHub), commit 0c9f1cde2f639d537306e8cbe6d8dd54d0374720,
 *   commons-numbers-gamma/src/main/java/org/apache/commons/numbers/gamma/LogGamma1p.java
 * Licence: Apache License 2.0. Licensed to the Apache Software Foundation (ASF) under one or more
 * contributor license agreements; http://www.apache.org/licenses/LICENSE-2.0; "AS IS" BASIS.
 * Copied unchanged: the class. Changes: package; javadoc omitted.
 */
class LogGamma1p {
    /** Singleton. */
    static final LogGamma1p instance = new LogGamma1p();
    /** Helper. */
    private static final InvGamma1pm1 invGamma1pm1 = InvGamma1pm1.instance;

    public double value(final double x) {
        if (x < -0.5 || x > 1.5) {
            throw new GammaException(GammaException.OUT_OF_RANGE, x, -0.5, 1.5);
        }

        return -Math.log1p(invGamma1pm1.value(x));
    }
}
