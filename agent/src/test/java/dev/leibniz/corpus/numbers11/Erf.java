package dev.leibniz.corpus.numbers11;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Apache Commons Numbers 1.1, commons-numbers-gamma-1.1-sources.jar (Maven Central,
 *   org.apache.commons:commons-numbers-gamma:1.1), org/apache/commons/numbers/gamma/Erf.java
 * Licence: Apache License 2.0. Licensed to the Apache Software Foundation (ASF) under one or more
 * contributor license agreements; http://www.apache.org/licenses/LICENSE-2.0; "AS IS" BASIS.
 * Copied unchanged: the class (value(double), the entry, which calls the package-private BoostErf).
 * Changes: package; javadoc omitted; @Differentiable added to the entry method.
 */

import dev.leibniz.Differentiable;

public final class Erf {
    private Erf() {
        // intentionally empty.
    }

    @Differentiable
    public static double value(double x) {
        return BoostErf.erf(x);
    }
}
