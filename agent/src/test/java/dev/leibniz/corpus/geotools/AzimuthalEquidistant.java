/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: GeoTools (geotools/geotools on GitHub, main as of August 2026, commit ad3b9ef7),
 *   modules/library/referencing/src/main/java/org/geotools/referencing/operation/projection/AzimuthalEquidistant.java
 * Licence: LGPL-2.1 (the project's header, kept below; GeoTools' projections contain formulas from USGS's PROJ,
 *   relicensed under LGPL with Frank Warmerdam's permission, as MapProjection's header says).
 * Copied: the class with its constructors, fields, formulas and nested projection classes, unchanged but as listed.
 * Changes: package dev.leibniz.corpus.geotools; @Differentiable added to the entry methods (the transformNormalized /
 *   inverseTransformNormalized this class declares; see ThirtySixthRound) with its import; the GeoTools and JDK types
 *   it names are the small stand-ins of this package (Point2D for java.awt.geom.Point2D, ParameterValueGroup,
 *   ParameterDescriptor for GeneralParameterDescriptor / ParameterDescriptor, ParameterDescriptorGroup,
 *   ParameterNotFoundException, ErrorKeys), their imports dropped; serialVersionUID, @Serial and @SuppressFBWarnings
 *   dropped; getParameterValues, equals, hashCode and getToleranceForAssertions (the serialisation, comparison and
 *   assertion-tolerance members MapProjection no longer has) left out with their javadoc; each provider class trimmed
 *   to its PARAMETERS (the same descriptors in the same order; identifiers, constructors, getOperationType and
 *   createMathTransform left out) and made package-private, so that it loads with the projection (as it would under
 *   the agent, in one loader); runs of blank lines collapsed. the nested Ellipsoidal class left out (it solves the
 *   geodesic with GeographicLib's Geodesic); java.util.List imported.
 */
/*
 *    GeoTools - The Open Source Java GIS Toolkit
 *    http://geotools.org
 *
 *    (C) 2016, Open Source Geospatial Foundation (OSGeo)
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

import dev.leibniz.Differentiable;
import java.util.List;
import static java.lang.Math.PI;
import static java.lang.Math.abs;
import static java.lang.Math.acos;
import static java.lang.Math.atan2;
import static java.lang.Math.cos;
import static java.lang.Math.hypot;
import static java.lang.Math.sin;
import static java.lang.Math.sqrt;
import static java.lang.Math.toDegrees;
import static java.lang.Math.toRadians;

/**
 * Azimuthal Equidistant projection.
 *
 * <p>This implementation does not include the Guam or Micronesia variants.
 *
 * @author Gerald Evenden (original PROJ.4 implementation in C)
 * @author Ben Caradoc-Davies (Transient Software Limited)
 * @see <a href="https://pubs.er.usgs.gov/publication/pp1395"><em>Map Projections: A Working Manual</em>, Snyder
 *     (1987)</a>, pages 191-202
 * @see <a href="http://geotiff.maptools.org/proj_list/azimuthal_equidistant.html">PROJ.4 notes on parameters</a>
 * @see <a href="https://github.com/OSGeo/proj.4/blob/master/src/PJ_aeqd.c">PROJ.4 implemention in C</a>
 * @see <a href="https://en.wikipedia.org/wiki/Azimuthal_equidistant_projection">Wikipedia</a>
 * @see <a href="http://mathworld.wolfram.com/AzimuthalEquidistantProjection.html">Wolfram Alpha</a>
 */
public class AzimuthalEquidistant {

    /** Less strict tolerance. */
    public static double EPS10 = 1.e-10;

    /** Stricter tolerance. */
    public static double TOL = 1.e-14;

    /** Half of π. */
    public static double HALF_PI = PI / 2;

    /** The four possible modes or aspects of the projection. */
    public enum Mode {
        NORTH_POLAR,
        SOUTH_POLAR,
        EQUATORIAL,
        OBLIQUE
    }
    /** Abstract base class for Azimuthal Equidistant projections. */
    @SuppressWarnings("serial")
    public abstract static class Abstract extends MapProjection {

        /** The mode or aspect of the projection. */
        protected final Mode mode;

        /** The sine of the central latitude of the projection. */
        protected final double sinph0;

        /** The cosine of the central latitude of the projection. */
        protected final double cosph0;

        /**
         * Constructor.
         *
         * @param parameters the parameters that define this projection
         */
        protected Abstract(ParameterValueGroup parameters) throws ParameterNotFoundException {
            super(parameters);
            List<ParameterDescriptor> parameterDescriptors =
                    getParameterDescriptors().descriptors();
            centralMeridian = doubleValue(parameterDescriptors, Provider.LONGITUDE_OF_CENTRE, parameters);
            latitudeOfOrigin = doubleValue(parameterDescriptors, Provider.LATITUDE_OF_CENTRE, parameters);
            ensureLongitudeInRange(Provider.LONGITUDE_OF_CENTRE, centralMeridian, true);
            ensureLatitudeInRange(Provider.LATITUDE_OF_CENTRE, latitudeOfOrigin, true);
            if (abs(latitudeOfOrigin - HALF_PI) < EPS10) {
                mode = Mode.NORTH_POLAR;
                sinph0 = 1;
                cosph0 = 0;
            } else if (abs(latitudeOfOrigin + HALF_PI) < EPS10) {
                mode = Mode.SOUTH_POLAR;
                sinph0 = -1;
                cosph0 = 0;
            } else if (abs(latitudeOfOrigin) < EPS10) {
                mode = Mode.EQUATORIAL;
                sinph0 = 0;
                cosph0 = 1;
            } else {
                mode = Mode.OBLIQUE;
                sinph0 = sin(latitudeOfOrigin);
                cosph0 = cos(latitudeOfOrigin);
            }
        }

        /**
         * The descriptors for the parameters that define the projection.
         *
         * @see org.geotools.referencing.operation.projection.MapProjection#getParameterDescriptors()
         */
        @Override
        public ParameterDescriptorGroup getParameterDescriptors() {
            return Provider.PARAMETERS;
        }

    }
    /** Spherical Azimuthal Equidistant projection. */
    @SuppressWarnings("serial")
    public static class Spherical extends Abstract {

        /**
         * Constructor.
         *
         * @param parameters the parameters that define this projection
         */
        protected Spherical(ParameterValueGroup parameters) throws ParameterNotFoundException {
            super(parameters);
            ensureSpherical();
        }

        /**
         * Forward transform from longitude/latitude in radians to projected coordinates.
         *
         * @see org.geotools.referencing.operation.projection.MapProjection#transformNormalized(double, double,
         *     java.awt.geom.Point2D)
         */
        @Differentiable
        @Override
        @SuppressWarnings("FallThrough") // `case NORTH_POLAR` falls through `case SOUTH_POLAR`
        protected Point2D transformNormalized(double lambda, double phi, Point2D ptDst) throws ProjectionException {
            double x = 0;
            double y = 0;
            double sinphi = sin(phi);
            double cosphi = cos(phi);
            double coslam = cos(lambda);
            switch (mode) {
                case EQUATORIAL:
                case OBLIQUE:
                    if (mode == Mode.EQUATORIAL) {
                        y = cosphi * coslam;
                    } else { // Oblique
                        y = sinph0 * sinphi + cosph0 * cosphi * coslam;
                    }
                    if (abs(abs(y) - 1) < TOL) {
                        if (y < 0) {
                            throw new ProjectionException(ErrorKeys.TOLERANCE_ERROR);
                        } else {
                            x = 0;
                            y = 0;
                        }
                    } else {
                        y = acos(y);
                        y /= sin(y);
                        x = y * cosphi * sin(lambda);
                        y *= mode == Mode.EQUATORIAL ? sinphi : cosph0 * sinphi - sinph0 * cosphi * coslam;
                    }
                    break;
                case NORTH_POLAR:
                    phi = -phi;
                    coslam = -coslam;
                case SOUTH_POLAR:
                    if (Math.abs(phi - HALF_PI) < EPS10) {
                        throw new ProjectionException(ErrorKeys.TOLERANCE_ERROR);
                    }
                    y = HALF_PI + phi;
                    x = y * sin(lambda);
                    y *= coslam;
                    break;
            }
            if (ptDst == null) {
                return new Point2D.Double(x, y);
            } else {
                ptDst.setLocation(x, y);
                return ptDst;
            }
        }

        /**
         * Inverse transform from projected coordinates to latitude/longitude in radians.
         *
         * @see org.geotools.referencing.operation.projection.MapProjection#inverseTransformNormalized(double, double,
         *     java.awt.geom.Point2D)
         */
        @Differentiable
        @Override
        protected Point2D inverseTransformNormalized(double x, double y, Point2D ptDst) throws ProjectionException {
            double lambda = 0;
            double phi = 0;
            double c_rh = hypot(x, y);
            if (c_rh > PI) {
                if (c_rh - EPS10 > PI) {
                    throw new ProjectionException(ErrorKeys.TOLERANCE_ERROR);
                }
                c_rh = PI;
            } else if (c_rh < EPS10) {
                phi = latitudeOfOrigin;
                lambda = 0.;
            } else {
                if (mode == Mode.OBLIQUE || mode == Mode.EQUATORIAL) {
                    double sinc = sin(c_rh);
                    double cosc = cos(c_rh);
                    if (mode == Mode.EQUATORIAL) {
                        phi = aasin(y * sinc / c_rh);
                        x *= sinc;
                        y = cosc * c_rh;
                    } else { // Oblique
                        phi = aasin(cosc * sinph0 + y * sinc * cosph0 / c_rh);
                        y = (cosc - sinph0 * sin(phi)) * c_rh;
                        x *= sinc * cosph0;
                    }
                    lambda = y == 0 ? 0 : atan2(x, y);
                } else if (mode == Mode.NORTH_POLAR) {
                    phi = HALF_PI - c_rh;
                    lambda = atan2(x, -y);
                } else { // South Polar
                    phi = c_rh - HALF_PI;
                    lambda = atan2(x, y);
                }
            }
            if (ptDst == null) {
                return new Point2D.Double(lambda, phi);
            } else {
                ptDst.setLocation(lambda, phi);
                return ptDst;
            }
        }
    }

    /** Ellipsoidal Azimuthal Equidistant projection. */
    @SuppressWarnings("serial")



    /** The provider, trimmed to its parameter descriptors. */
    static class Provider extends MapProjection.AbstractProvider {
        static final ParameterDescriptorGroup PARAMETERS = createDescriptorGroup(SEMI_MAJOR, SEMI_MINOR, LONGITUDE_OF_CENTRE, LATITUDE_OF_CENTRE, FALSE_EASTING, FALSE_NORTHING, SCALE_FACTOR);
    }
}
