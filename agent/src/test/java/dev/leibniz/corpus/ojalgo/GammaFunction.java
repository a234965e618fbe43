package dev.leibniz.corpus.ojalgo;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: ojAlgo 55.0.0, ojalgo sources jar (Maven Central; optimatika/ojAlgo on GitHub),
 * org/ojalgo/function/special/GammaFunction.java
 * Licence: MIT (Copyright 1997-2024 Optimatika; permission granted free of charge to copy, modify and
 * distribute with this notice; THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND).
 * Copied unchanged: gamma(double) (entry) and the double methods of the nested LanczosApproximation (gamma and
 * logarithmic) with its constants.
 * Changes: package; javadoc omitted; @Differentiable added to the entry method; the ComplexNumber methods, the
 * Incomplete and Logarithmic nested classes and gamma(int) omitted.
 * Calls ojalgo 55.0.0 (a test dependency): PrimitiveMath's constants and its function objects ABS, SIN, POW, EXP
 * and LOG (method references held in static final fields, called through PrimitiveFunction.Unary/Binary).
 */

import static org.ojalgo.function.constant.PrimitiveMath.*;

import dev.leibniz.Differentiable;

public class GammaFunction {

    static abstract class LanczosApproximation {

        /**
         * Arbitrary constant
         */
        private static final double A = SEVEN;
        /**
         * Coefficients
         */
        private static final double[] C = { 0.99999999999980993227684700473478, 676.520368121885098567009190444019, -1259.13921672240287047156078755283,
                771.3234287776530788486528258894, -176.61502916214059906584551354, 12.507343278686904814458936853, -0.13857109526572011689554707,
                9.984369578019570859563e-6, 1.50563273514931155834e-7 };
        private static final double LOG_SQRT_TWO_PI = LOG.invoke(SQRT_TWO_PI);

        static double gamma(final double x) {

            if ((x <= ZERO) && (ABS.invoke(x % ONE) < MACHINE_EPSILON)) {

                return NaN;

            } else {

                if (x < HALF) {

                    return PI / (SIN.invoke(PI * x) * GammaFunction.gamma(ONE - x));

                } else {

                    final double x1 = x - ONE;
                    final double xa = x1 + (A + HALF);

                    double xs = C[0];
                    for (int i = C.length - 1; i > 0; i--) {
                        xs += C[i] / (x1 + i);
                    }

                    return POW.invoke(xa, x1 + HALF) * SQRT_TWO_PI * EXP.invoke(-xa) * xs;
                }
            }
        }

        static double logarithmic(final double x) {

            final double x1 = x - ONE;
            final double xa = x1 + (A + HALF);

            double xs = C[0];
            for (int i = C.length - 1; i > 0; i--) {
                xs += C[i] / (x1 + i);
            }

            return ((((x1 + HALF) * LOG.invoke(xa)) + LOG_SQRT_TWO_PI) - xa) + LOG.invoke(xs);
        }

    }

    @Differentiable
    public static double gamma(final double x) {
        return GammaFunction.LanczosApproximation.gamma(x);
    }
}
