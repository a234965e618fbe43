/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: GeoTools (geotools/geotools on GitHub, main as of August 2026, commit ad3b9ef7),
 *   modules/library/metadata/src/main/java/org/geotools/metadata/i18n/ErrorKeys.java
 * Licence: LGPL-2.1 (the project's header, kept below).
 * Copied: the thirteen message constants the copied projection code names, unchanged.
 * Changes: package dev.leibniz.corpus.geotools; the other constants left out; the class made final with a private
 *   constructor (the original is a generated constants class).
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

final class ErrorKeys {
    private ErrorKeys() {}

    public static final String LONGITUDE_OUT_OF_RANGE_$1 = "Longitude {0} is out of range (±180°).";
    public static final String NO_CONVERGENCE = "Transformation doesn't convergence.";
    public static final String TEST_FAILURE_$3 = "Expected {0}={1} but got {2}.";
    public static final String TOLERANCE_ERROR = "Tolerance error.";
    public static final String LATITUDE_OUT_OF_RANGE_$1 = "Latitude {0} is out of range (±90°).";
    public static final String ELLIPTICAL_NOT_SUPPORTED = "Elliptical projection not supported.";
    public static final String UNKNOW_PROJECTION_TYPE = "Unknow projection type.";
    public static final String VALUE_TEND_TOWARD_INFINITY = "Numerical value tend toward infinity.";
    public static final String POINT_OUTSIDE_HEMISPHERE = "Point outside hemisphere of projection.";
    public static final String ANTIPODE_LATITUDES_$2 = "Latitudes {0} and {1} are opposite.";
    public static final String POLE_PROJECTION_$1 = "Latitude {0} is too close to a pole.";
    public static final String ILLEGAL_ARGUMENT_$2 = "Illegal argument: \"{0}={1}\".";
    public static final String INFINITE_VALUE_$1 = "{0} value is infinite";
}
