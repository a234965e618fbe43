package dev.leibniz.corpus.numbers;

/*
 * Real-code corpus helper (test code only, see ../README.md).
 * Source: apache/commons-numbers (GitHub), commit 0c9f1cde2f639d537306e8cbe6d8dd54d0374720,
 *   commons-numbers-gamma/src/main/java/org/apache/commons/numbers/gamma/LanczosApproximation.java
 * Licence: Apache License 2.0. Licensed to the Apache Software Foundation (ASF) under one or more
 * contributor license agreements; http://www.apache.org/licenses/LICENSE-2.0; "AS IS" BASIS.
 * Copied unchanged: the class. Changes: package; javadoc omitted.
 */
class LanczosApproximation {
    /** Singleton. */
    static final LanczosApproximation instance = new LanczosApproximation();
    /** Lanczos coefficients. */
    private static final double[] LANCZOS = {
        0.99999999999999709182,
        57.156235665862923517,
        -59.597960355475491248,
        14.136097974741747174,
        -0.49191381609762019978,
        .33994649984811888699e-4,
        .46523628927048575665e-4,
        -.98374475304879564677e-4,
        .15808870322491248884e-3,
        -.21026444172410488319e-3,
        .21743961811521264320e-3,
        -.16431810653676389022e-3,
        .84418223983852743293e-4,
        -.26190838401581408670e-4,
        .36899182659531622704e-5,
    };

    public double value(final double x) {
        double sum = 0;
        for (int i = LANCZOS.length - 1; i > 0; i--) {
            sum += LANCZOS[i] / (x + i);
        }
        return sum + LANCZOS[0];
    }
}
