/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: GeoTools (geotools/geotools on GitHub, main as of August 2026, commit ad3b9ef7),
 *   modules/library/referencing/src/main/java/org/geotools/referencing/operation/projection/EquidistantConic.java
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
 *   the agent, in one loader); runs of blank lines collapsed. the latitudes in the antipode message formatted as
 *   Doubles in degrees (new Latitude(...) in the original).
 */
/*
 *    GeoTools - The Open Source Java GIS Toolkit
 *    http://geotools.org
 *
 *    (C) 2009, Open Source Geospatial Foundation (OSGeo)
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
 *    This package contains formulas from the PROJ package of USGS.
 *    USGS's work is fully acknowledged here. This derived work has
 *    been relicensed under LGPL with Frank Warmerdam's permission.
 */
package dev.leibniz.corpus.geotools;

import dev.leibniz.Differentiable;
import static java.lang.Math.PI;
import static java.lang.Math.abs;
import static java.lang.Math.atan2;
import static java.lang.Math.cos;
import static java.lang.Math.hypot;
import static java.lang.Math.sin;
import static java.lang.Math.toDegrees;

import java.text.MessageFormat;
import java.util.Collection;

/**
 * Equidistant Conic Projection.
 *
 * <p><b>NOTE:</b> formulae used below are from a port, to Java, of the {@code proj4} package of the USGS survey. USGS
 * work is acknowledged here.
 *
 * <p><b>References:</b>
 *
 * <ul>
 *   <li>Proj-4.4.7 available at <A HREF="http://trac.osgeo.org/proj/">trac.osgeo.org/proj/</A>.<br>
 *       Relevant files are: {@code PJ_eqdc.c}, {@code pj_mlfn.c}, {@code pj_msfn.c}, {@code pj_fwd.c} and
 *       {@code pj_inv.c}.
 * </ul>
 *
 * @see <A HREF="http://mathworld.wolfram.com/ConicEquidistantProjection.html">Conic Equidistant projection on
 *     mathworld.wolfram.com</A>
 * @see <A HREF="http://www.remotesensing.org/geotiff/proj_list/equidistant_conic.html">"Equidistant Conic" on
 *     www.remotesensing.org</A>
 * @since 2.6.1
 * @version $Id$
 * @author Ivan Boldyrev
 */
public class EquidistantConic extends MapProjection {
    /** For compatibility with different versions during deserialization. */

    /** Maximum difference allowed when comparing real numbers. */
    private static final double EPSILON = 1E-6;

    /** Internal value of projection. */
    private final double rho0, n, c;

    /** First standard parallel. */
    private final double phi1;

    /** Second standard parallel. */
    private double phi2;

    /**
     * Creates a transform from the specified group of parameter values.
     *
     * @param parameters The group of parameter values.
     * @throws ParameterNotFoundException if a required parameter was not found.
     * @since 2.4
     */
    protected EquidistantConic(final ParameterValueGroup parameters) throws ParameterNotFoundException {
        super(parameters);

        /* Non-final placeholder for value of final this.n. */
        double n;

        // Fetch parameters
        final Collection<ParameterDescriptor> expected =
                getParameterDescriptors().descriptors();
        phi1 = doubleValue(expected, Provider.STANDARD_PARALLEL_1, parameters);
        ensureLatitudeInRange(Provider.STANDARD_PARALLEL_1, phi1, true);
        phi2 = doubleValue(expected, Provider.STANDARD_PARALLEL_2, parameters);
        if (Double.isNaN(phi2)) {
            phi2 = phi1;
        }
        ensureLatitudeInRange(Provider.STANDARD_PARALLEL_2, phi2, true);

        // Compute Constants
        if (abs(phi1 + phi2) < EPSILON) {
            final Object arg0 = toDegrees(phi1);
            final Object arg1 = toDegrees(phi2);
            throw new IllegalArgumentException(MessageFormat.format(ErrorKeys.ANTIPODE_LATITUDES_$2, arg0, arg1));
        }

        double sinphi = n = sin(phi1);
        double cosphi = cos(phi1);
        boolean secant = abs(phi1 - phi2) >= EPSILON;

        if (isSpherical) {
            if (secant) {
                n = (cosphi - cos(phi2)) / (phi2 - phi1);
            }
            c = phi1 + cos(phi1) / n;
            rho0 = c - latitudeOfOrigin;
            en0 = en1 = en2 = en3 = en4 = 0.0;
        } else {
            double m1 = msfn(sinphi, cosphi);

            double ml1 = mlfn(phi1, sinphi, cosphi);
            if (secant) {
                sinphi = sin(phi2);
                cosphi = cos(phi2);
                n = (m1 - msfn(sinphi, cosphi)) / (mlfn(phi2, sinphi, cosphi) - ml1);
            }
            c = ml1 + m1 / n;
            rho0 = c - mlfn(latitudeOfOrigin, sin(latitudeOfOrigin), cos(latitudeOfOrigin));
        }
        this.n = n;
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
    protected Point2D transformNormalized(double x, double y, final Point2D ptDst) throws ProjectionException {
        final double cosphi = cos(y);
        final double sinphi = sin(y);
        final double rho = c - (this.isSpherical ? y : mlfn(y, sinphi, cosphi));

        final double x1 = rho * sin(x *= this.n);
        final double y1 = this.rho0 - rho * cos(x);

        if (ptDst != null) {
            ptDst.setLocation(x1, y1);
            return ptDst;
        }
        return new Point2D.Double(x1, y1);
    }

    /** Transforms the specified (<var>x</var>,<var>y</var>) coordinates and stores the result in {@code ptDst}. */
    @Differentiable
    @Override
    protected Point2D inverseTransformNormalized(double x, double y, final Point2D ptDst) throws ProjectionException {
        double rho = hypot(x, y = this.rho0 - y);
        double phi, lam;

        if (rho != 0.0) {
            if (this.n < 0.) {
                rho = -rho;
                x = -x;
                y = -y;
            }
            phi = this.c - rho;
            if (!isSpherical) {
                phi = inv_mlfn(phi);
            }
            lam = atan2(x, y) / this.n;
        } else {
            lam = 0;
            phi = this.n > 0 ? PI / 2. : -PI / 2.;
        }

        if (ptDst != null) {
            ptDst.setLocation(lam, phi);
            return ptDst;
        }
        return new Point2D.Double(lam, phi);
    }


    /** The provider, trimmed to its parameter descriptors. */
    static class Provider extends AbstractProvider {
        static final ParameterDescriptorGroup PARAMETERS = createDescriptorGroup(SEMI_MAJOR, SEMI_MINOR, CENTRAL_MERIDIAN, LATITUDE_OF_ORIGIN, STANDARD_PARALLEL_1, STANDARD_PARALLEL_2, FALSE_EASTING, FALSE_NORTHING);
    }
}
