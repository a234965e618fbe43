package dev.leibniz.corpus.hipparchus;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Hipparchus-Math/hipparchus (GitHub), hipparchus-core/src/main/java/org/hipparchus/special/elliptic/legendre/LegendreEllipticIntegral.java
 * Licence: Apache License 2.0. Licensed to the Apache Software Foundation (ASF) under one or more
 * contributor license agreements; modified by the Hipparchus project. You may obtain a copy of the
 * License at http://www.apache.org/licenses/LICENSE-2.0. Distributed on an "AS IS" BASIS, WITHOUT
 * WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: bigPi(double, double, double) (entry; builds a DoubleArgumentReduction object with a
 * lambda capturing n that calls the complete integral, reads the object's fields), bigPi(double, double)
 * and the private static nested class DoubleArgumentReduction.
 * Changes: package and class name; javadoc omitted; @Differentiable added to the entry method.
 * Calls hipparchus-core 4.0.2 (a test dependency): CarlsonEllipticIntegral.rF / rJ, FastMath.
 */

import dev.leibniz.Differentiable;
import java.util.function.DoubleFunction;
import org.hipparchus.special.elliptic.carlson.CarlsonEllipticIntegral;
import org.hipparchus.util.FastMath;

public final class LegendreEllipticIntegralBigPi {
    @Differentiable
    public static double bigPi(final double n, final double phi, final double m) {

        // argument reduction
        final DoubleArgumentReduction ar = new DoubleArgumentReduction(phi, m, parameter -> bigPi(n, parameter));

        // integrate part between 0 and π/2
        final double cM1        = ar.csc2 - 1.0;
        final double cMm        = ar.csc2 - m;
        final double cMn        = ar.csc2 - n;
        final double delta      = n * (m - n) * (n - 1);
        final double incomplete = CarlsonEllipticIntegral.rF(cM1, cMm, ar.csc2) +
                                  CarlsonEllipticIntegral.rJ(cM1, cMm, ar.csc2, cMn, delta) * n / 3;

        // combine complete and incomplete parts
        return ar.negate ? ar.complete - incomplete : ar.complete + incomplete;

    }

    public static double bigPi(final double n, final double m) {
        final double kPrime2 = 1 - m;
        final double delta   = n * (m - n) * (n - 1);
        return CarlsonEllipticIntegral.rF(0, kPrime2, 1) +
               CarlsonEllipticIntegral.rJ(0, kPrime2, 1, 1 - n, delta) * n / 3;
    }

    private static class DoubleArgumentReduction {

        /** Complete part. */
        private final double complete;

        /** Squared cosecant of the Jacobi amplitude. */
        private final double csc2;

        /** Indicator for negated Jacobi amplitude. */
        private boolean negate;

        /** Simple constructor.
         * @param phi amplitude (i.e. upper bound of the integral)
         * @param m parameter (m=k² where k is the elliptic modulus)
         * @param integral provider for complete integral
         */
        DoubleArgumentReduction(final double phi, final double m, final DoubleFunction<Double> integral) {
            final double sin = FastMath.sin(phi);
            final int    p   = (int) FastMath.rint(phi / FastMath.PI);
            complete         = p == 0 ? 0 : integral.apply(m) * 2 * p;
            negate           = sin < 0 ^ (p & 0x1) == 1;
            csc2             = 1.0 / (sin * sin);
        }

    }
}
