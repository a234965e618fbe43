/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: GeoTools (geotools/geotools on GitHub, main as of August 2026, commit ad3b9ef7),
 *   modules/library/referencing/src/main/java/org/geotools/referencing/operation/projection/MapProjection.java, with
 *   rollLongitude from ../transform/AbstractMathTransform.java
 * Licence: LGPL-2.1 (the project's header, kept below; "This package contains formulas from the PROJ package of USGS.
 *   USGS's work is fully acknowledged here. This derived work has been relicensed under LGPL with Frank Warmerdam's
 *   permission.")
 * Copied unchanged: the constants, the fields the projections read, the two constructors (computing the ellipsoid's
 *   constants and mlfn's en0..en4), isExpectedParameter, doubleValue, ensureSpherical, ensureLatitudeEquals,
 *   ensureLatitudeInRange, ensureLongitudeInRange, the assertion helpers checkTransform, checkInverseTransform and
 *   compare, the abstract transformNormalized / inverseTransformNormalized, the Snyder formulas cphi2, msfn, tsfn,
 *   mlfn, inv_mlfn and aasin, AbstractMathTransform's rollLongitude, and AbstractProvider.doubleValue.
 * Changes: package dev.leibniz.corpus.geotools; extends nothing (the original's AbstractMathTransform and the
 *   MathTransform2D / Serializable interfaces left out, with everything that serves them: inverse(), the Inverse class,
 *   the public transform methods with their range checks, logging and reciprocal checks, getParameterValues, set,
 *   equals/hashCode, orthodromicDistance, getToleranceForAssertions); ParameterValueGroup, ParameterDescriptor,
 *   ParameterDescriptorGroup, ParameterNotFoundException and java.awt.geom.Point2D are small stand-ins in this package
 *   (see their files); ensureLatitudeEquals / ensure*InRange format the value in degrees as a Double (the original wraps
 *   it in Latitude / Longitude) and throw IllegalArgumentException (the original's InvalidParameterValueException is
 *   one); the range bounds Latitude.MIN_VALUE etc. written as -90, 90, -180, 180; AbstractProvider keeps only the
 *   descriptors (now stand-ins: OGC name, default, whether in degrees) and doubleValue, with createDescriptorGroup
 *   making a stand-in group (protected static, as MathTransformProvider's); doubleValue public (protected in the
 *   original: MapProjection calls it, and under the corpus loader the provider class may come from another loader
 *   than the projection, so package access across them fails); javadoc trimmed.
 */
/*
 *    GeoTools - The Open Source Java GIS Toolkit
 *    http://geotools.org
 *
 *    (C) 1999-2008, Open Source Geospatial Foundation (OSGeo)
 *
 *    This library is free software; you can redistribute it and/or
 *    modify it under the terms of the GNU Lesser General Public
 *    License as published by the Free Software Foundation;
 *    version 2.1 of the License.
 *
 *    This library is distributed in the hope that it will be useful,
 *    but WITHOUT ANY WARRANTY; without even the implied warranty of
 *    MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the GNU
 *    Lesser General Public License for more details.
 */
package dev.leibniz.corpus.geotools;

import static java.lang.Math.PI;
import static java.lang.Math.abs;
import static java.lang.Math.asin;
import static java.lang.Math.atan;
import static java.lang.Math.pow;
import static java.lang.Math.sin;
import static java.lang.Math.sqrt;
import static java.lang.Math.tan;
import static java.lang.Math.toDegrees;
import static java.lang.Math.toRadians;

import java.text.MessageFormat;
import java.util.Collection;

/**
 * Base class for transformation services between ellipsoidal and cartographic projections. This
 * base class provides the basic feature needed for all methods (no need to overrides methods).
 * Subclasses must "only" implements the following methods:
 *
 * <ul>
 *   <li>{@link #getParameterValues}
 *   <li>{@link #transformNormalized}
 *   <li>{@link #inverseTransformNormalized}
 * </ul>
 */
public abstract class MapProjection {

    /**
     * A global variable use to disable the reciprocal distance checks made when assertions are
     * enabled. This allows tests to work in "real world" conditions, where users often ask for
     * points that are way to far from the correct area of usage of projections
     */
    public static boolean SKIP_SANITY_CHECKS = false;

    /**
     * Maximum difference allowed when comparing real numbers. This field is private because
     * subclasses may use different threshold value.
     */
    private static final double EPSILON = 1E-6;

    /** Difference allowed in iterative computations. */
    private static final double ITERATION_TOLERANCE = 1E-10;

    /**
     * Relative iteration precision used in the <code>mlfn<code> method
     */
    private static final double MLFN_TOL = 1E-11;

    /** Maximum number of iterations for iterative computations. */
    private static final int MAXIMUM_ITERATIONS = 15;

    /**
     * Constants used to calculate {@link #en0}, {@link #en1}, {@link #en2}, {@link #en3}, {@link
     * #en4}.
     */
    private static final double C00 = 1.0,
            C02 = 0.25,
            C04 = 0.046875,
            C06 = 0.01953125,
            C08 = 0.01068115234375,
            C22 = 0.75,
            C44 = 0.46875,
            C46 = 0.01302083333333333333,
            C48 = 0.00712076822916666666,
            C66 = 0.36458333333333333333,
            C68 = 0.00569661458333333333,
            C88 = 0.3076171875;

    /** Ellipsoid excentricity. Value 0 means that the ellipsoid is spherical. */
    protected final double excentricity;

    /** The square of excentricity: e² = (a²-b²)/a². */
    protected final double excentricitySquared;

    /** {@code true} if this projection is spherical. */
    protected final boolean isSpherical;

    /** Length of semi-major axis, in metres. */
    protected final double semiMajor;

    /** Length of semi-minor axis, in metres. */
    protected final double semiMinor;

    /** Central longitude in <u>radians</u>. */
    protected double centralMeridian;

    /** Latitude of origin in <u>radians</u>. */
    protected double latitudeOfOrigin;

    /** The scale factor. Default value is 1. Named '<var>k</var>' in Snyder. */
    protected double scaleFactor;

    /** False easting, in metres. Default value is 0. */
    protected final double falseEasting;

    /** False northing, in metres. Default value is 0. */
    protected final double falseNorthing;

    /** Global scale factor. */
    protected double globalScale;

    /**
     * Constant needed for the <code>mlfn<code> method.
     * Setup at construction time.
     */
    protected double en0, en1, en2, en3, en4;

    /** Marks if the projection is invertible. The vast majority is, subclasses can override. */
    protected boolean invertible = true;

    /** Constructs a new map projection from the suplied parameters. */
    protected MapProjection(final ParameterValueGroup values) throws ParameterNotFoundException {
        this(values, null);
    }

    MapProjection(final ParameterValueGroup values, Collection<ParameterDescriptor> expected)
            throws ParameterNotFoundException {
        if (expected == null) {
            expected = getParameterDescriptors().descriptors();
        }
        semiMajor = doubleValue(expected, AbstractProvider.SEMI_MAJOR, values);
        semiMinor = doubleValue(expected, AbstractProvider.SEMI_MINOR, values);
        centralMeridian = doubleValue(expected, AbstractProvider.CENTRAL_MERIDIAN, values);
        latitudeOfOrigin = doubleValue(expected, AbstractProvider.LATITUDE_OF_ORIGIN, values);
        scaleFactor = doubleValue(expected, AbstractProvider.SCALE_FACTOR, values);
        falseEasting = doubleValue(expected, AbstractProvider.FALSE_EASTING, values);
        falseNorthing = doubleValue(expected, AbstractProvider.FALSE_NORTHING, values);
        isSpherical = (semiMajor == semiMinor);
        excentricitySquared = 1.0 - (semiMinor * semiMinor) / (semiMajor * semiMajor);
        excentricity = sqrt(excentricitySquared);
        globalScale = scaleFactor * semiMajor;
        ensureLongitudeInRange(AbstractProvider.CENTRAL_MERIDIAN, centralMeridian, true);
        ensureLatitudeInRange(AbstractProvider.LATITUDE_OF_ORIGIN, latitudeOfOrigin, true);

        //  Compute constants for the mlfn
        double t;
        final double es = excentricitySquared;
        en0 = C00 - es * (C02 + es * (C04 + es * (C06 + es * C08)));
        en1 = es * (C22 - es * (C04 + es * (C06 + es * C08)));
        en2 = (t = es * es) * (C44 - es * (C46 + es * C48));
        en3 = (t *= es) * (C66 - es * C68);
        en4 = t * es * C88;
    }

    boolean isExpectedParameter(final Collection<ParameterDescriptor> expected, final ParameterDescriptor param) {
        return expected.contains(param);
    }

    final double doubleValue(
            final Collection<ParameterDescriptor> expected,
            final ParameterDescriptor param,
            final ParameterValueGroup group)
            throws ParameterNotFoundException {
        if (isExpectedParameter(expected, param)) {
            /*
             * Gets the value supplied by the user. The conversion from decimal
             * degrees to radians (if needed) is performed by AbstractProvider.
             */
            return AbstractProvider.doubleValue(param, group);
        }
        /*
         * The constructor asked for a parameter value that do not apply to the type of the
         * projection to be created. Returns a default value common to all projection types,
         * but this value should not be used in projection computations.
         */
        double v;
        final Object value = param.getDefaultValue();
        if (value instanceof Number) {
            v = ((Number) value).doubleValue();
            if (param.degrees) {
                v = toRadians(v);
            }
        } else {
            v = Double.NaN;
        }
        return v;
    }

    /**
     * Ensures that this projection has equals semi-major and semi-minor axis. This method is
     * invoked by constructors of classes implementing only spherical formulas.
     */
    final void ensureSpherical() throws IllegalArgumentException {
        if (!isSpherical) {
            throw new IllegalArgumentException(ErrorKeys.ELLIPTICAL_NOT_SUPPORTED);
        }
    }

    static void ensureLatitudeEquals(final ParameterDescriptor name, double y, double expected)
            throws IllegalArgumentException {
        if (!(abs(abs(y) - expected) < EPSILON)) {
            y = toDegrees(y);
            final String n = name.name;
            final Object arg1 = y;
            throw new IllegalArgumentException(MessageFormat.format(ErrorKeys.ILLEGAL_ARGUMENT_$2, n, arg1));
        }
    }

    static void ensureLatitudeInRange(final ParameterDescriptor name, double y, final boolean edge)
            throws IllegalArgumentException {
        if (edge
                ? y >= -90 * PI / 180 && y <= 90 * PI / 180
                : y > -90 * PI / 180 && y < 90 * PI / 180) {
            return;
        }
        y = toDegrees(y);
        final Object arg0 = y;
        throw new IllegalArgumentException(MessageFormat.format(ErrorKeys.LATITUDE_OUT_OF_RANGE_$1, arg0));
    }

    static void ensureLongitudeInRange(final ParameterDescriptor name, double x, final boolean edge)
            throws IllegalArgumentException {
        if (edge
                ? x >= -180 * PI / 180 && x <= 180 * PI / 180
                : x > -180 * PI / 180 && x < 180 * PI / 180) {
            return;
        }
        x = toDegrees(x);
        final Object arg0 = x;
        throw new IllegalArgumentException(MessageFormat.format(ErrorKeys.LONGITUDE_OUT_OF_RANGE_$1, arg0));
    }

    /** Returns the parameter descriptors for this map projection. */
    public abstract ParameterDescriptorGroup getParameterDescriptors();

    /**
     * Checks if transform using {@link #transformNormalized} produces the same result than the
     * given point. Used for assertions only.
     */
    static boolean checkTransform(final double x, final double y, final Point2D expected, final double tolerance) {
        if (SKIP_SANITY_CHECKS) {
            return true;
        }
        compare("x", expected.getX(), x, tolerance);
        compare("y", expected.getY(), y, tolerance);
        return tolerance < Double.POSITIVE_INFINITY;
    }

    static boolean checkTransform(final double x, final double y, final Point2D expected) {
        return checkTransform(x, y, expected, EPSILON);
    }

    static boolean checkInverseTransform(
            final double longitude, final double latitude, final Point2D expected, final double tolerance) {
        compare("latitude", expected.getY(), latitude, tolerance);
        if (abs(PI / 2 - abs(latitude)) > EPSILON) {
            compare("longitude", expected.getX(), longitude, tolerance);
        }
        return tolerance < Double.POSITIVE_INFINITY;
    }

    static boolean checkInverseTransform(double longitude, double latitude, Point2D expected) {
        return checkInverseTransform(longitude, latitude, expected, EPSILON);
    }

    private static void compare(String variable, double expected, double actual, double tolerance) {
        if (abs(expected - actual) > tolerance) {
            if (variable.charAt(0) == 'l') {
                actual = toDegrees(actual);
                expected = toDegrees(expected);
            }
            throw new AssertionError(MessageFormat.format(ErrorKeys.TEST_FAILURE_$3, variable, expected, actual));
        }
    }

    /**
     * Transforms the specified coordinate and stores the result in {@code ptDst}. This method
     * returns longitude as <var>x</var> values in the range {@code [-PI..PI]} and latitude as
     * <var>y</var> values in the range {@code [-PI/2..PI/2]}.
     */
    protected abstract Point2D inverseTransformNormalized(double x, double y, final Point2D ptDst)
            throws ProjectionException;

    /**
     * Transforms the specified coordinate and stores the result in {@code ptDst}. This method is
     * usually (but not guaranteed) to be invoked with values of <var>x</var> in the range {@code
     * [-PI..PI]} and values of <var>y</var> in the range {@code [-PI/2..PI/2]}.
     */
    protected abstract Point2D transformNormalized(double lambda, double phi, final Point2D ptDst)
            throws ProjectionException;

    /** Makes sure that the specified longitude stay within ±PI radians (AbstractMathTransform's). */
    protected static double rollLongitude(final double x) {
        return x - 2 * Math.PI * Math.floor(x / (2 * Math.PI) + 0.5);
    }

    //////////////////////////////////////////////////////////////////////////////////////////
    ////////                           FORMULAS FROM SNYDER                           ////////
    //////////////////////////////////////////////////////////////////////////////////////////

    /** Iteratively solve equation (7-9) from Snyder. */
    final double cphi2(final double ts) throws ProjectionException {
        final double eccnth = 0.5 * excentricity;
        double phi = PI / 2 - 2.0 * atan(ts);
        for (int i = 0; i < MAXIMUM_ITERATIONS; i++) {
            final double con = excentricity * sin(phi);
            final double dphi = PI / 2 - 2.0 * atan(ts * pow((1 - con) / (1 + con), eccnth)) - phi;
            phi += dphi;
            if (abs(dphi) <= ITERATION_TOLERANCE) {
                return phi;
            }
        }
        throw new ProjectionException(ErrorKeys.NO_CONVERGENCE);
    }

    /** Computes function <code>f(s,c,e²) = c/sqrt(1 - s²&times;e²)</code> needed for the true scale latitude. */
    final double msfn(final double s, final double c) {
        return c / sqrt(1.0 - s * s * excentricitySquared);
    }

    /** Computes function (15-9) and (9-13) from Snyder. Equivalent to negative of function (7-7). */
    final double tsfn(final double phi, double sinphi) {
        sinphi *= excentricity;
        /*
         * NOTE: change sign to get the equivalent of Snyder (7-7).
         */
        return tan(0.5 * (PI / 2 - phi)) / pow((1 - sinphi) / (1 + sinphi), 0.5 * excentricity);
    }

    /** Calculates the meridian distance. */
    protected final double mlfn(final double phi, double sphi, double cphi) {
        cphi *= sphi;
        sphi *= sphi;
        return en0 * phi - cphi * (en1 + sphi * (en2 + sphi * (en3 + sphi * en4)));
    }

    /** Calculates the latitude ({@code phi}) from a meridian distance. */
    protected final double inv_mlfn(double arg) throws ProjectionException {
        double s, t, k = 1.0 / (1.0 - excentricitySquared);
        int i;
        double phi = arg;
        for (i = MAXIMUM_ITERATIONS; true; ) { // rarely goes over 5 iterations
            if (--i < 0) {
                throw new ProjectionException(ErrorKeys.NO_CONVERGENCE);
            }
            s = Math.sin(phi);
            t = 1.0 - excentricitySquared * s * s;
            t = (mlfn(phi, s, Math.cos(phi)) - arg) * (t * Math.sqrt(t)) * k;
            phi -= t;
            if (Math.abs(t) < MLFN_TOL) {
                return phi;
            }
        }
    }

    /** Tolerant asin that will just return the limits of its output range in case the input is out of range. */
    double aasin(double v) {
        double av = abs(v);
        if (av >= 1.) {
            return v < 0. ? -PI / 2 : PI / 2;
        }
        return asin(v);
    }

    /** The base provider for {@link MapProjection}s (here: its descriptors and doubleValue only). */
    public abstract static class AbstractProvider {
        public static final ParameterDescriptor SEMI_MAJOR = new ParameterDescriptor("semi_major", Double.NaN, false);
        public static final ParameterDescriptor SEMI_MINOR = new ParameterDescriptor("semi_minor", Double.NaN, false);
        public static final ParameterDescriptor CENTRAL_MERIDIAN = new ParameterDescriptor("central_meridian", 0, true);
        public static final ParameterDescriptor LATITUDE_OF_ORIGIN = new ParameterDescriptor("latitude_of_origin", 0, true);
        public static final ParameterDescriptor LONGITUDE_OF_CENTRE = new ParameterDescriptor("longitude_of_center", 0, true);
        public static final ParameterDescriptor LATITUDE_OF_CENTRE = new ParameterDescriptor("latitude_of_center", 0, true);
        public static final ParameterDescriptor STANDARD_PARALLEL_1 = new ParameterDescriptor("standard_parallel_1", 0, true);
        public static final ParameterDescriptor STANDARD_PARALLEL_2 = new ParameterDescriptor("standard_parallel_2", Double.NaN, true);
        public static final ParameterDescriptor SCALE_FACTOR = new ParameterDescriptor("scale_factor", 1, false);
        public static final ParameterDescriptor FALSE_EASTING = new ParameterDescriptor("false_easting", 0, false);
        public static final ParameterDescriptor FALSE_NORTHING = new ParameterDescriptor("false_northing", 0, false);

        protected static ParameterDescriptorGroup createDescriptorGroup(final ParameterDescriptor... parameters) {
            return new ParameterDescriptorGroup(parameters);
        }

        /** Returns the parameter value for the specified operation parameter, in radians for angles. */
        public static double doubleValue(final ParameterDescriptor param, final ParameterValueGroup group)
                throws ParameterNotFoundException {
            double v = group.doubleValue(param);
            if (param.degrees) {
                v = toRadians(v);
            }
            return v;
        }
    }
}
