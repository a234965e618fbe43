/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: GeoTools (geotools/geotools on GitHub, main as of August 2026, commit ad3b9ef7),
 *   modules/library/referencing/src/main/java/org/geotools/referencing/operation/projection/Gnomonic.java
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
 *    (C) 2015, Open Source Geospatial Foundation (OSGeo)
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
 *
 */
package dev.leibniz.corpus.geotools;

import dev.leibniz.Differentiable;
import static java.lang.Math.PI;
import static java.lang.Math.abs;
import static java.lang.Math.atan;
import static java.lang.Math.atan2;
import static java.lang.Math.cos;
import static java.lang.Math.hypot;
import static java.lang.Math.sin;
import static java.lang.Math.sqrt;

import java.util.Collection;

/**
 * The gnomonic projection using a spheroid algorithm.
 *
 * @since 12.3
 * @version $Id$
 * @author Simon Schafer
 */
public final class Gnomonic extends MapProjection {
    /** For cross-version compatibility. */

    /** Maximum difference allowed when comparing real numbers. */
    private static final double EPSILON = 1E-6;

    private final double sinPhi0, cosPhi0;
    private final double latitudeOfCentre;
    private final double primeVert0;
    private final double projectedCylindricalZ0;

    /**
     * Constructs a gnomonic projection using a spheroid algorithm.
     *
     * @param parameters The parameter values in standard units.
     * @throws ParameterNotFoundException if a mandatory parameter is missing.
     */
    Gnomonic(final ParameterValueGroup parameters) throws ParameterNotFoundException {
        super(parameters);
        final Collection<ParameterDescriptor> expected =
                getParameterDescriptors().descriptors();
        latitudeOfCentre = doubleValue(expected, Provider.LATITUDE_OF_CENTRE, parameters);
        centralMeridian = doubleValue(expected, Provider.LONGITUDE_OF_CENTRE, parameters);
        ensureLatitudeInRange(Provider.LATITUDE_OF_CENTRE, latitudeOfCentre, true);
        ensureLongitudeInRange(Provider.LONGITUDE_OF_CENTRE, centralMeridian, true);

        sinPhi0 = sin(latitudeOfCentre);
        cosPhi0 = cos(latitudeOfCentre);
        primeVert0 = 1 / sqrt(1.0 - excentricitySquared * sinPhi0 * sinPhi0);
        projectedCylindricalZ0 = primeVert0 * sinPhi0;
    }

    /** {@inheritDoc} */
    @Override
    public ParameterDescriptorGroup getParameterDescriptors() {
        return Provider.PARAMETERS;
    }

    /**
     * Transforms the specified (<var>&lambda;</var>,<var>&phi;</var>) coordinates (units in radians) and stores the
     * result in {@code ptDst} (linear distance on a unit sphere).
     */
    @Differentiable
    @Override
    protected Point2D transformNormalized(double lambda, double phi, Point2D ptDst) throws ProjectionException {
        final double sinPhi = sin(phi);
        final double cosPhi = cos(phi);
        final double sinLam = sin(lambda);
        final double cosLam = cos(lambda);

        final double primeVert = 1 / sqrt(1.0 - excentricitySquared * sinPhi * sinPhi);
        final double projected_cylindrical_z = primeVert * sinPhi;
        final double delta_projected_cylindrical_z =
                excentricitySquared * (projected_cylindrical_z - projectedCylindricalZ0);

        final double z_factor = cosPhi0 * cosPhi * cosLam + sinPhi0 * sinPhi;

        if (z_factor <= EPSILON) {
            throw new ProjectionException(ErrorKeys.POINT_OUTSIDE_HEMISPHERE);
        }

        final double height = (primeVert0 + delta_projected_cylindrical_z * sinPhi0) / z_factor;

        final double x = height * cosPhi * sinLam;

        final double y =
                height * (cosPhi0 * sinPhi - sinPhi0 * cosPhi * cosLam) - delta_projected_cylindrical_z * cosPhi0;

        if (ptDst != null) {
            ptDst.setLocation(x, y);
            return ptDst;
        }
        return new Point2D.Double(x, y);
    }

    /** Transforms the specified (<var>x</var>,<var>y</var>) coordinates and stores the result in {@code ptDst}. */
    @Differentiable
    @Override
    protected Point2D inverseTransformNormalized(double x, double y, Point2D ptDst) {
        final double normalisedCylindricalZ = sinPhi0 * (primeVert0 * (1.0 - excentricitySquared)) + cosPhi0 * y;

        final double primeVerticalCylindricalRadius = cosPhi0 * primeVert0 - sinPhi0 * y;

        final double lambda = atan2(x, primeVerticalCylindricalRadius);

        final double normalisedCylindricalRadius = hypot(x, primeVerticalCylindricalRadius);

        final double phi = getLatitudeFromPolar(normalisedCylindricalRadius, normalisedCylindricalZ);

        if (ptDst != null) {
            ptDst.setLocation(lambda, phi);
            return ptDst;
        }
        return new Point2D.Double(lambda, phi);
    }

    /** calculates, iteratively, a latitude from cylindrical polar coordinates based at the centre of the spheroid. */
    private double getLatitudeFromPolar(double normalisedCylindricalRadius, double normalisedZ) {
        final double eccentricityRatio = excentricitySquared / sqrt(1.0 - excentricitySquared);
        final double modifiedRadiusSq =
                normalisedCylindricalRadius * normalisedCylindricalRadius / (1.0 - excentricitySquared);

        double zExtension = 1.0;
        double estimate = 0.0;
        while (abs(estimate - zExtension) > EPSILON) {
            zExtension = estimate;
            final double producedZ = normalisedZ + zExtension;

            estimate = eccentricityRatio * producedZ / sqrt(modifiedRadiusSq + producedZ * producedZ);
        }

        final double latitude;
        if (abs(normalisedCylindricalRadius) <= EPSILON) {
            // need to check whether at north or south pole
            if (normalisedZ + estimate > 0.0) { // north
                latitude = PI / 2;
            } else { // south
                latitude = -PI / 2;
            }
        } else {
            latitude = atan((normalisedZ + estimate) / normalisedCylindricalRadius);
        }
        return latitude;
    }


    /** The provider, trimmed to its parameter descriptors. */
    static class Provider extends AbstractProvider {
        static final ParameterDescriptorGroup PARAMETERS = createDescriptorGroup(SEMI_MAJOR, SEMI_MINOR, LATITUDE_OF_CENTRE, LONGITUDE_OF_CENTRE, FALSE_EASTING, FALSE_NORTHING);
    }
}
