package dev.leibniz.corpus.hipparchus;

/*
 * A helper of the real-code corpus (not an entry; see ../README.md).
 * Source: Hipparchus-Math/hipparchus (GitHub), hipparchus-core/src/main/java/org/hipparchus/special/elliptic/carlson/RealDuplication.java
 * Licence: Apache License 2.0. Licensed to the Apache Software Foundation (ASF) under one or more
 * contributor license agreements; modified by the Hipparchus project; http://www.apache.org/licenses/LICENSE-2.0.
 * Copied unchanged but for the package and the javadoc (omitted): the original class is package-private
 * in org.hipparchus.special.elliptic.carlson, so the corpus cannot call the library's own copy.
 */

import org.hipparchus.util.FastMath;

abstract class RealDuplication {

    private static final int M_MAX = 16;

    private final double[] initialVA;

    private final double q;

    RealDuplication(final double... v) {

        final int n = v.length;
        initialVA = new double[n + 1];
        System.arraycopy(v, 0, initialVA, 0, n);
        initialMeanPoint(initialVA);

        double max = 0;
        final double a0 = initialVA[n];
        for (final double vi : v) {
            max = FastMath.max(max, FastMath.abs(a0 - vi));
        }
        this.q = convergenceCriterion(FastMath.ulp(1.0), max);

    }

    protected double getVi(final int i) {
        return initialVA[i];
    }

    protected abstract void initialMeanPoint(double[] va);

    protected abstract double convergenceCriterion(double r, double max);

    protected abstract void update(int m, double[] vaM, double[] sqrtM, double fourM);

    protected abstract double evaluate(double[] va0, double aM, double fourM);

    public double integral() {

        // duplication iterations
        final int       n    = initialVA.length - 1;
        final double[] vaM   = initialVA.clone();
        final double[] sqrtM = new double[n];
        double         fourM = 1.0;
        for (int m = 0; m < M_MAX; ++m) {

            if (m > 0 && q < fourM * FastMath.abs(vaM[n])) {
                // convergence reached
                break;
            }

            // apply duplication once more
            // (we know that {Field}Complex.sqrt() returns the root with nonnegative real part)
            for (int i = 0; i < n; ++i) {
                sqrtM[i] = FastMath.sqrt(vaM[i]);
            }
            update(m, vaM, sqrtM, fourM);

            fourM *= 4;

        }

        return evaluate(initialVA, vaM[n], fourM);

    }

}
