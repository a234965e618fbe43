package dev.leibniz.corpus.hipparchus;

/*
 * A helper of the real-code corpus (not an entry; see ../README.md).
 * Source: Hipparchus-Math/hipparchus (GitHub), hipparchus-core/src/main/java/org/hipparchus/special/elliptic/carlson/RfRealDuplication.java
 * Licence: Apache License 2.0. Licensed to the Apache Software Foundation (ASF) under one or more
 * contributor license agreements; modified by the Hipparchus project; http://www.apache.org/licenses/LICENSE-2.0.
 * Copied unchanged but for the package and the javadoc (omitted): the original class is package-private
 * in org.hipparchus.special.elliptic.carlson, so the corpus cannot call the library's own copy.
 */

import org.hipparchus.util.FastMath;
import org.hipparchus.util.MathArrays;

class RfRealDuplication extends RealDuplication {

    static final int AGM_MAX = 32;

    static final double CONSTANT = 240240;

    static final double E2 = -24024;

    static final double E3 = 17160;

    static final double E2_E2 = 10010;

    static final double E2_E3 = -16380;

    static final double E3_E3 = 6930;

    static final double E2_E2_E2 = -5775;

    static final double DENOMINATOR = 240240;

    RfRealDuplication(final double x, final double y, final double z) {
        super(x, y, z);
    }

    @Override
    protected void initialMeanPoint(final double[] va) {
        va[3] = (va[0] + va[1] + va[2]) / 3.0;
    }

    @Override
    protected double convergenceCriterion(final double r, final double max) {
        return max / FastMath.sqrt(FastMath.sqrt(FastMath.sqrt(r * 3.0)));
    }

    @Override
    protected void update(final int m, final double[] vaM, final double[] sqrtM, final  double fourM) {

        // equation 2.3 in Carlson[1995]
        final double lambdaA = sqrtM[0] * sqrtM[1];
        final double lambdaB = sqrtM[0] * sqrtM[2];
        final double lambdaC = sqrtM[1] * sqrtM[2];

        // equations 2.3 and 2.4 in Carlson[1995]
        vaM[0] = MathArrays.linearCombination(0.25, vaM[0], 0.25, lambdaA, 0.25, lambdaB, 0.25, lambdaC); // xₘ
        vaM[1] = MathArrays.linearCombination(0.25, vaM[1], 0.25, lambdaA, 0.25, lambdaB, 0.25, lambdaC); // yₘ
        vaM[2] = MathArrays.linearCombination(0.25, vaM[2], 0.25, lambdaA, 0.25, lambdaB, 0.25, lambdaC); // zₘ
        vaM[3] = MathArrays.linearCombination(0.25, vaM[3], 0.25, lambdaA, 0.25, lambdaB, 0.25, lambdaC); // aₘ

    }

    @Override
    protected double evaluate(final double[] va0, final double aM, final  double fourM) {

        // compute symmetric differences
        final double inv  = 1.0 / (aM * fourM);
        final double bigX = (va0[3] - va0[0]) * inv;
        final double bigY = (va0[3] - va0[1]) * inv;
        final double bigZ = -(bigX + bigY);

        // compute elementary symmetric functions (we already know e1 = 0 by construction)
        final double e2  = bigX * bigY - bigZ * bigZ;
        final double e3  = bigX * bigY * bigZ;

        final double e2e2   =   e2 * e2;
        final double e2e3   =   e2 * e3;
        final double e3e3   =   e3 * e3;
        final double e2e2e2 = e2e2 * e2;

        // evaluate integral using equation 19.36.1 in DLMF
        // (which add more terms than equation 2.7 in Carlson[1995])
        final double poly = (e2e2e2 * E2_E2_E2 +
                             e3e3   * E3_E3 +
                             e2e3   * E2_E3 +
                             e2e2   * E2_E2 +
                             e3     * E3 +
                             e2     * E2 +
                             CONSTANT) /
                        DENOMINATOR;
        return poly / FastMath.sqrt(aM);

    }

    @Override
    public double integral() {
        final double x = getVi(0);
        final double y = getVi(1);
        final double z = getVi(2);
        if (x == 0) {
            return completeIntegral(y, z);
        } else if (y == 0) {
            return completeIntegral(x, z);
        } else if (z == 0) {
            return completeIntegral(x, y);
        } else {
            return super.integral();
        }
    }

    private double completeIntegral(final double x, final double y) {

        double xM = FastMath.sqrt(x);
        double yM = FastMath.sqrt(y);

        // iterate down
        for (int i = 1; i < AGM_MAX; ++i) {

            final double xM1 = xM;
            final double yM1 = yM;

            // arithmetic mean
            xM = (xM1 + yM1) * 0.5;

            // geometric mean
            yM = FastMath.sqrt(xM1 * yM1);

            // convergence (by the inequality of arithmetic and geometric means, this is non-negative)
            if (FastMath.abs(xM - yM) <= 4 * FastMath.ulp(xM)) {
                // convergence has been reached
                break;
            }

        }

        return FastMath.PI / (xM + yM);

    }

}
