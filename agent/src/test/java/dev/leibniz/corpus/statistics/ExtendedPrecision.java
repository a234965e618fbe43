package dev.leibniz.corpus.statistics;

/*
 * A helper of the real-code corpus (not an entry) (test code only, see ../README.md).
 * Source: Apache Commons Statistics 1.0, commons-statistics-distribution-1.0-sources.jar (Maven Central,
 *   org.apache.commons:commons-statistics-distribution:1.0), org/apache/commons/statistics/distribution/ExtendedPrecision.java
 * Licence: Apache License 2.0. Licensed to the Apache Software Foundation (ASF) under one or more
 * contributor license agreements; http://www.apache.org/licenses/LICENSE-2.0; "AS IS" BASIS.
 * Copied unchanged: the whole class (Dekker splits, the round-off of x*x, exp(a + b)).
 * Changes: package; javadoc omitted.
 */

final class ExtendedPrecision {
    static final double SQRT2PI = 2.5066282746310007;
    static final double SQRT2PI_R = -1.8328579980459167e-16;

    private static final double MULTIPLIER = 1.0 + 0x1.0p27;
    private static final double BIG = 0x1.0p500;
    private static final double SMALL = 0x1.0p-500;
    private static final double SCALE_UP = 0x1.0p600;
    private static final double SCALE_DOWN = 0x1.0p-600;
    private static final double SQRT2PI_H;
    private static final double SQRT2PI_L;
    private static final int EXP_M_HALF_XX_MIN_VALUE = 2;
    private static final int EXP_M_HALF_XX_MAX_VALUE = 1491;

    static {
        // Initialise constants

        // Split the upper 53-bits for extended precision multiplication
        SQRT2PI_H = highPartUnscaled(SQRT2PI);
        SQRT2PI_L = SQRT2PI - SQRT2PI_H;
    }

    private ExtendedPrecision() {}

    static double xsqrt2pi(double x) {
        // Note: Do not convert x to absolute for this use case
        if (x > BIG) {
            if (x == Double.POSITIVE_INFINITY) {
                return Double.POSITIVE_INFINITY;
            }
            return computeXsqrt2pi(x * SCALE_DOWN) * SCALE_UP;
        } else if (x < SMALL) {
            // Note: Ignore possible zero for this use case
            return computeXsqrt2pi(x * SCALE_UP) * SCALE_DOWN;
        } else {
            return computeXsqrt2pi(x);
        }
    }

    private static double computeXsqrt2pi(double a) {
        // Split the number
        final double ha = highPartUnscaled(a);
        final double la = a - ha;

        // Extended precision product with sqrt(2 * pi)
        final double x = a * SQRT2PI;
        final double xx = productLow(ha, la, SQRT2PI_H, SQRT2PI_L, x);

        // Add the term a multiplied by the round-off from sqrt(2 * pi)
        // result = a * (SQRT2PI + SQRT2PI_R)
        // Sum from small to high
        return a * SQRT2PI_R + xx + x;
    }

    static double sqrt2xx(double x) {
        // Note: Do not convert x to absolute for this use case
        if (x > BIG) {
            if (x == Double.POSITIVE_INFINITY) {
                return Double.POSITIVE_INFINITY;
            }
            return computeSqrt2aa(x * SCALE_DOWN) * SCALE_UP;
        } else if (x < SMALL) {
            // Note: Ignore possible zero for this use case
            return computeSqrt2aa(x * SCALE_UP) * SCALE_DOWN;
        } else {
            return computeSqrt2aa(x);
        }
    }

    private static double computeSqrt2aa(double a) {
        // Split the number
        final double ha = highPartUnscaled(a);
        final double la = a - ha;

        // Extended precision product
        final double x = 2 * a * a;
        final double xx = productLow(ha, la, 2 * ha, 2 * la, x);

        // Standard sqrt
        final double c = Math.sqrt(x);

        // Edge case.
        // Occurs if a has limited precision in the mantissa including
        // the special cases of 0 and 1.
        if (xx == 0) {
            return c;
        }

        // Dekker's double precision sqrt2 algorithm.
        // See Dekker, 1971, pp 242.
        final double hc = highPartUnscaled(c);
        final double lc = c - hc;
        final double u = c * c;
        final double uu = productLow(hc, lc, hc, lc, u);
        final double cc = (x - u - uu + xx) * 0.5 / c;

        // Extended precision result:
        // y = c + cc
        // yy = c - y + cc
        // Return only y
        return c + cc;
    }

    static double expmhxx(double x) {
        final double z = x * x;
        if (z <= EXP_M_HALF_XX_MIN_VALUE) {
            return Math.exp(-0.5 * z);
        } else if (z >= EXP_M_HALF_XX_MAX_VALUE) {
            // exp(-745.5) == 0
            return 0;
        }
        // Split the number
        final double hx = highPartUnscaled(x);
        final double lx = x - hx;
        // Compute the round-off
        final double zz = squareLow(hx, lx, z);
        return expxx(-0.5 * z, -0.5 * zz);
    }

    private static double expxx(double a, double b) {
        // exp(a+b) = exp(a) * exp(b)
        // = exp(a) * (exp(b) - 1) + exp(a)
        // Assuming:
        // 1. -746 < a < 710 for no under/overflow of exp(a)
        // 2. a+b = a
        // As b -> 0 then exp(b) -> 1; expm1(b) -> b
        // The round-off b is limited to ~ 0.5 * ulp(746) ~ 5.68e-14
        // and we can use an approximation for expm1 (x/1! + x^2/2! + ...)
        // The second term is required for the expm1 result but the
        // bits are not significant to change the product with exp(a)

        final double ea = Math.exp(a);
        // b ~ expm1(b)
        return ea * b + ea;
    }

    private static double highPartUnscaled(double value) {
        final double c = MULTIPLIER * value;
        return c - (c - value);
    }

    private static double productLow(double hx, double lx, double hy, double ly, double xy) {
        // Compute the multiply low part:
        // err1 = xy - hx * hy
        // err2 = err1 - lx * hy
        // err3 = err2 - hx * ly
        // low = lx * ly - err3
        return lx * ly - (((xy - hx * hy) - lx * hy) - hx * ly);
    }

    private static double squareLow(double hx, double lx, double xx) {
        return lx * lx - ((xx - hx * hx) - 2 * lx * hx);
    }
}
