/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: GeoTools (geotools/geotools on GitHub, main as of August 2026, commit ad3b9ef7),
 *   modules/library/referencing/src/main/java/org/geotools/referencing/operation/projection/CassiniSoldner.java
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
 *   the agent, in one loader); runs of blank lines collapsed.
 */
/*
 *    GeoTools - The Open Source Java GIS Toolkit
 *    http://geotools.org
 *
 *    (C) 2000-2016, Open Source Geospatial Foundation (OSGeo)
 *
 *    This library is free software; you can redistribute it and/or
 *    modify it under the terms of the GNU Lesser General Public
 *    License as published by the Free Software Foundation; either
 *    version 2.1 of the License, or (at your option) any later version.
 *
 *    This library is distributed in the hope that it will be useful,
 *    but WITHOUT ANY WARRANTY; without even the implied warranty of
 *    MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the GNU
 *    Lesser General Public License for more details.
 *
 *    This package contains formulas from the PROJ package of USGS.
 *    USGS's work is fully acknowledged here. This derived work has
 *    been relicensed under LGPL with Frank Warmerdam's permission.
 */
package dev.leibniz.corpus.geotools;

import dev.leibniz.Differentiable;
/**
 * Cassini-Soldner Projection (EPSG code 9806). The Cassini-Soldner Projection is the ellipsoidal version of the Cassini
 * projection for the sphere. It is not conformal but as it is relatively simple to construct it was extensively used in
 * the last century and is still useful for mapping areas with limited longitudinal extent. It has now largely been
 * replaced by the conformal Transverse Mercator which it resembles. Like this, it has a straight central meridian along
 * which the scale is true, all other meridians and parallels are curved, and the scale distortion increases rapidly
 * with increasing distance from the central meridian.
 */
@SuppressWarnings("FloatingPointLiteralPrecision")
public class CassiniSoldner extends MapProjection {

    /** Meridian distance at the {@code latitudeOfOrigin}. Used for calculations for the ellipsoid. */
    private final double ml0;

    /** Contants used for the forward and inverse transform for the eliptical case of the Cassini-Soldner. */
    private static final double C1 = 0.16666666666666666666,
            C2 = 0.00833333333333333333,
            C3 = 0.04166666666666666666,
            C4 = 0.33333333333333333333,
            C5 = 0.06666666666666666666;

    protected CassiniSoldner(ParameterValueGroup values) throws ParameterNotFoundException {
        super(values);
        ml0 = mlfn(latitudeOfOrigin, Math.sin(latitudeOfOrigin), Math.cos(latitudeOfOrigin));
    }

    /** {@inheritDoc} */
    @Override
    public ParameterDescriptorGroup getParameterDescriptors() {
        return Provider.PARAMETERS;
    }
    /** Transforms the specified (<var>x</var>,<var>y</var>) coordinate and stores the result in {@code ptDst}. */
    @Differentiable
    @Override
    protected Point2D inverseTransformNormalized(double x, double y, Point2D ptDst) throws ProjectionException {
        double ph1 = inv_mlfn(ml0 + y);
        double tn = Math.tan(ph1);
        double t = tn * tn;
        double n = Math.sin(ph1);
        double r = 1.0 / (1.0 - excentricitySquared * n * n);
        n = Math.sqrt(r);
        r *= (1.0 - excentricitySquared) * n;
        double dd = x / n;
        double d2 = dd * dd;
        double phi = ph1 - (n * tn / r) * d2 * (0.5 - (1.0 + 3.0 * t) * d2 * C3);
        double lam = dd * (1.0 + t * d2 * (-C4 + (1.0 + 3.0 * t) * d2 * C5)) / Math.cos(ph1);
        if (ptDst != null) {
            ptDst.setLocation(lam, phi);
            return ptDst;
        }
        return new Point2D.Double(lam, phi);
    }

    /**
     * Transforms the specified (<var>x</var>,<var>y</var>) coordinate (units in radians) and stores the result in
     * {@code ptDst} (linear distance on a unit sphere).
     */
    @Differentiable
    @Override
    protected Point2D transformNormalized(double lam, double phi, Point2D ptDst) throws ProjectionException {
        double sinphi = Math.sin(phi);
        double cosphi = Math.cos(phi);

        double n = 1.0 / Math.sqrt(1.0 - excentricitySquared * sinphi * sinphi);
        double tn = Math.tan(phi);
        double t = tn * tn;
        double a1 = lam * cosphi;
        double c = cosphi * cosphi * excentricitySquared / (1 - excentricitySquared);
        double a2 = a1 * a1;

        double x = n * a1 * (1.0 - a2 * t * (C1 - (8.0 - t + 8.0 * c) * a2 * C2));
        double y = mlfn(phi, sinphi, cosphi) - ml0 + n * tn * a2 * (0.5 + (5.0 - t + 6.0 * c) * a2 * C3);

        if (ptDst != null) {
            ptDst.setLocation(x, y);
            return ptDst;
        }
        return new Point2D.Double(x, y);
    }

    /** Provides the transform equations for the spherical case of the CassiniSoldner projection. */
    private static final class Spherical extends CassiniSoldner {

        Spherical(ParameterValueGroup values) throws ParameterNotFoundException {
            super(values);
            assert isSpherical;
        }

        /** {@inheritDoc} */
        @Differentiable
        @Override
        protected Point2D transformNormalized(double x, double y, Point2D ptDst) throws ProjectionException {
            double x1 = Math.asin(Math.cos(y) * Math.sin(x));
            double y1 = Math.atan2(Math.tan(y), Math.cos(x)) - latitudeOfOrigin;
            if (ptDst != null) {
                ptDst.setLocation(x1, y1);
                return ptDst;
            }
            return new Point2D.Double(x1, y1);
        }

        /** {@inheritDoc} */
        @Differentiable
        @Override
        protected Point2D inverseTransformNormalized(double x, double y, Point2D ptDst) throws ProjectionException {
            double dd = y + latitudeOfOrigin;
            double phi = Math.asin(Math.sin(dd) * Math.cos(x));
            double lam = Math.atan2(Math.tan(x), Math.cos(dd));
            if (ptDst != null) {
                ptDst.setLocation(lam, phi);
                return ptDst;
            }
            return new Point2D.Double(lam, phi);
        }
    }


    /** The provider, trimmed to its parameter descriptors. */
    static class Provider extends AbstractProvider {
        static final ParameterDescriptorGroup PARAMETERS = createDescriptorGroup(SEMI_MAJOR, SEMI_MINOR, CENTRAL_MERIDIAN, LATITUDE_OF_ORIGIN, SCALE_FACTOR, FALSE_EASTING, FALSE_NORTHING);
    }
}
