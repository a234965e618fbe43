package dev.leibniz.corpus.sis;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Apache SIS 1.4, sis-utility sources jar (Maven Central; apache/sis on GitHub),
 * org/apache/sis/util/internal/DoubleDouble.java
 * Licence: Apache License 2.0 (Licensed to the Apache Software Foundation (ASF) under one or more contributor license
 * agreements; http://www.apache.org/licenses/LICENSE-2.0). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR
 * CONDITIONS OF ANY KIND.
 * Copied unchanged: the constants DISABLED, ZERO_THRESHOLD and ZERO, the fields value and error, the constructor
 * (with its assert), doubleValue, floatValue, quickSum, product, add(DoubleDouble), add(double, double),
 * subtract(DoubleDouble), divide(double, double), sqrt (what Magnitude's entry reaches; nothing annotated here),
 * intValue, longValue, compareTo (the rest of Number and Comparable); Numerics.clamp(long) and saturatingAdd, which
 * they call, in the nested class Numerics.
 * Changes: package; javadoc omitted; the @Configuration annotation on ZERO_THRESHOLD omitted;
 * Numerics.SIGNIFICAND_SIZE (52) copied as a constant of this class; the rest omitted.
 */

public final class DoubleDouble extends Number implements Comparable<DoubleDouble> {
    private static final long serialVersionUID = -7602414219228638550L;

    public static final boolean DISABLED = false;

    private static final int ZERO_THRESHOLD = 2;

    /** Numerics.SIGNIFICAND_SIZE of the source. */
    private static final int SIGNIFICAND_SIZE = 52;

    public static final DoubleDouble ZERO = new DoubleDouble(0, 0);

    public final double value;

    public final double error;

    private DoubleDouble(final double value, final double error) {
        this.value = value;
        this.error = DISABLED ? 0 : error;
        assert !(Math.abs(error) >= Math.ulp(value)) : this;            // Use ! for being tolerant to NaN.
    }

    @Override public double doubleValue() {return value + error;}
    @Override public float  floatValue()  {return (float) doubleValue();}
    @Override public int    intValue()    {return Numerics.clamp(longValue());}
    @Override public long   longValue()   {return Numerics.saturatingAdd(Math.round(value), (long) error);}

    static DoubleDouble quickSum(final double a, final double b) {
        final double value = a + b;
        return new DoubleDouble(value, b - (value - a));
    }

    public static DoubleDouble product(final double a, final double b) {
        final double value = a * b;
        return new DoubleDouble(value, Math.fma(a, b, -value));     // Really needs the `fma(…)` precision here.
    }

    public DoubleDouble add(final DoubleDouble other) {
        return add(other.value, other.error);
    }

    private DoubleDouble add(final double otherValue, final double otherError) {
        double s = value + otherValue;
        double v = s - value;
        double e = (value - (s - v)) + (otherValue - v) + (error + otherError);
        if (s == 0 && e != 0) {
            /*
             * The two values almost cancelled, only their error terms are different.
             * The number of significand bits (mantissa) in the IEEE `double` representation is 52,
             * not counting the hidden bit. So estimate the accuracy of the double-double number as
             * the accuracy of the `double` value (which is 1 ULP) scaled as if we had 52 additional
             * significand bits (we ignore some more bits if ZERO_THRESHOLD is greater than 0).
             * If the error is not greater than that value, then assume that it is not significant.
             */
            if (Math.abs(e) <= Math.scalb(Math.ulp(otherValue), ZERO_THRESHOLD - SIGNIFICAND_SIZE)) {
                return new DoubleDouble(s, 0);
            }
        }
        return quickSum(s, e);
    }

    public DoubleDouble subtract(final DoubleDouble other) {
        return add(-other.value, -other.error);
    }

    private DoubleDouble divide(final double otherValue, final double otherError) {
        if (DISABLED) {
            return new DoubleDouble(value / otherValue, 0);
        }
        /*
         * The `b * (a.value / b.value)` part in the method javadoc.
         * The result should be `a` ± some error to be determined.
         */
        double pv, pe, s;
        final double quotient = value / otherValue;
        pe  = Math.fma(quotient, otherValue, -value);   // Really needs the `fma(…)` precision here.
        pe  = Math.fma(quotient, otherError, pe);
        pv  = value + pe;                               // `quickSum(value, r)` inlined on 3 lines.
        s   = value - pv;
        pe += s;
        /*
         * Compute the remainder as `a - above_product` where the product is the (pv + pe) pair.
         * Code below is a call to `sum(-pv, -pe)` inlined and without final `quickSum(…)` call.
         */
        final double v = s - value;
        double e = (value - (s - v)) - (pv + v) + (error - pe);
        /*
         * Adds the `remainder / b` term, using `remainder / b.value` as an approximation
         * (otherwise we would have to invoke this method recursively). The approximation
         * is assumed okay because the second term is small compared to the first one.
         */
        return quickSum(quotient, (s + e) / otherValue);
    }

    public DoubleDouble sqrt() {
        if (value == 0) {
            return ZERO;
        }
        double r = Math.sqrt(value);
        DoubleDouble t = product(r, r);
        t = t.subtract(this);
        t = t.divide(-2*r, 0);                       // Multiplication by 2 does not cause any precision lost.
        return quickSum(r, t.value);
    }

    public int compareTo(final DoubleDouble other) {
        int c = Double.compare(value, other.value);
        if (c == 0) {
            c = Double.compare(error, other.error);
        }
        return c;
    }

    /** The two helpers of org/apache/sis/util/internal/Numerics.java that intValue and longValue call. */
    static final class Numerics {
        public static long saturatingAdd(final long x, final long y) {
            final long result = x + y;
            if (((x ^ result) & (y ^ result)) >= 0) return result;
            return (result < x) ? Long.MAX_VALUE : Long.MIN_VALUE;
        }

        public static int clamp(final long value) {
            if (value < Integer.MIN_VALUE) return Integer.MIN_VALUE;
            if (value > Integer.MAX_VALUE) return Integer.MAX_VALUE;
            return (int) value;
        }
    }
}
