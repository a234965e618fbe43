/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: GeoTools (geotools/geotools on GitHub, main as of August 2026, commit ad3b9ef7),
 *   modules/library/referencing/src/main/java/org/geotools/referencing/operation/projection/Stereographic.java
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
 *
 *    This package contains formulas from the PROJ package of USGS.
 *    USGS's work is fully acknowledged here. This derived work has
 *    been relicensed under LGPL with Frank Warmerdam's permission.
 */
package dev.leibniz.corpus.geotools;

import dev.leibniz.Differentiable;
import static java.lang.Math.PI;
import static java.lang.Math.abs;

/**
 * Stereographic Projection. The directions starting from the central point are true, but the areas and the lengths
 * become increasingly deformed as one moves away from the center. This projection is used to represent polar areas. It
 * can be adapted for other areas having a circular form.
 *
 * <p>This implementation, and its subclasses, provides transforms for six cases of the stereographic projection:
 *
 * <ul>
 *   <li>{@code "Oblique_Stereographic"} (EPSG code 9809), alias {@code "Double_Stereographic"} in ESRI software
 *   <li>{@code "Stereographic"} in ESRI software (<strong>NOT</strong> EPSG code 9809)
 *   <li>{@code "Polar_Stereographic"} (EPSG code 9810, uses a series calculation for the inverse)
 *   <li>{@code "Polar_Stereographic (variant B)"} (EPSG code 9829, uses a series calculation for the inverse)
 *   <li>{@code "Stereographic_North_Pole"} in ESRI software (uses iteration for the inverse)
 *   <li>{@code "Stereographic_South_Pole"} in ESRI software (uses iteration for the inverse)
 * </ul>
 *
 * <p>Both the {@code "Oblique_Stereographic"} and {@code "Stereographic"} projections are "double" projections
 * involving two parts: 1) a conformal transformation of the geographic coordinates to a sphere and 2) a spherical
 * Stereographic projection. The EPSG considers both methods to be valid, but considers them to be a different
 * coordinate operation methods.
 *
 * <p>The {@code "Stereographic"} case uses the USGS equations of Snyder. This employs a simplified conversion to the
 * conformal sphere that computes the conformal latitude of each point on the sphere.
 *
 * <p>The {@code "Oblique_Stereographic"} case uses equations from the EPSG. This uses a more generalized form of the
 * conversion to the conformal sphere; using only a single conformal sphere at the origin point. Since this is a
 * "double" projection, it is sometimes called the "Double Stereographic". The {@code "Oblique_Stereographic"} is used
 * in New Brunswick (Canada) and the Netherlands.
 *
 * <p>The {@code "Stereographic"} and {@code "Double_Stereographic"} names are used in ESRI's ArcGIS 8.x product. The
 * {@code "Oblique_Stereographic"} name is the EPSG name for the later only.
 *
 * <p><strong>WARNING:</strong> Tests points calculated with ArcGIS's {@code "Double_Stereographic"} are not always
 * equal to points calculated with the {@code "Oblique_Stereographic"}. However, where there are differences, two
 * different implementations of these equations (EPSG guidence note 7 and {@code libproj}) calculate the same values as
 * we do. Until these differences are resolved, please be careful when using this projection.
 *
 * <p>If a {@link Stereographic.Provider#LATITUDE_OF_ORIGIN "latitude_of_origin"} parameter is supplied and is not
 * consistent with the projection classification (for example a latitude different from &plusmn;90° for the polar case),
 * then the oblique or polar case will be automatically inferred from the latitude. In other words, the latitude of
 * origin has precedence on the projection classification. If ommited, then the default value is 90°N for
 * {@code "Polar_Stereographic"} and 0° for {@code "Oblique_Stereographic"}.
 *
 * <p>Polar projections that use the series equations for the inverse calculation will be little bit faster, but may be
 * a little bit less accurate. If a polar {@link Stereographic.Provider#LATITUDE_OF_ORIGIN "latitude_of_origin"} is used
 * for the {@code "Oblique_Stereographic"} or {@code "Stereographic"}, the iterative equations will be used for inverse
 * polar calculations.
 *
 * <p>The {@code "Polar Stereographic (variant B)"}, {@code "Stereographic_North_Pole"}, and
 * {@code "Stereographic_South_Pole"} cases include a {@link StereographicPole.ProviderB#STANDARD_PARALLEL
 * "standard_parallel_1"} parameter. This parameter sets the latitude with a scale factor equal to the supplied scale
 * factor. The {@code "Polar Stereographic (variant A)"} receives its {@code "latitude_of_origin"} parameter value from
 * the hemisphere of the {@link StereographicPole.Provider#LATITUDE_OF_ORIGIN "latitude_of_origin"} value (i.e. the
 * value is forced to &plusmn;90°).
 *
 * <p><b>References:</b>
 *
 * <ul>
 *   <li>John P. Snyder (Map Projections - A Working Manual,<br>
 *       U.S. Geological Survey Professional Paper 1395, 1987)
 *   <li>"Coordinate Conversions and Transformations including Formulas",<br>
 *       EPSG Guidence Note Number 7, Version 19.
 *   <li>Gerald Evenden. <A HREF="http://members.bellatlantic.net/~vze2hc4d/proj4/sterea.pdf"> "Supplementary PROJ.4
 *       Notes - Oblique Stereographic Alternative"</A>
 *   <li>Krakiwsky, E.J., D.B. Thomson, and R.R. Steeves. 1977. A Manual For Geodetic Coordinate Transformations in the
 *       Maritimes. Geodesy and Geomatics Engineering, UNB. Technical Report No. 48.
 *   <li>Thomson, D.B., M.P. Mepham and R.R. Steeves. 1977. The Stereographic Double Projection. Geodesy and Geomatics
 *       Engineereng, UNB. Technical Report No. 46.
 * </ul>
 *
 * @see <A HREF="http://mathworld.wolfram.com/StereographicProjection.html">Stereographic projection on MathWorld</A>
 * @see <A HREF="http://www.remotesensing.org/geotiff/proj_list/polar_stereographic.html">Polar_Stereographic</A>
 * @see <A HREF="http://www.remotesensing.org/geotiff/proj_list/oblique_stereographic.html">Oblique_Stereographic</A>
 * @see <A HREF="http://www.remotesensing.org/geotiff/proj_list/stereographic.html">Stereographic</A>
 * @see <A HREF="http://www.remotesensing.org/geotiff/proj_list/random_issues.html#stereographic">Some Random
 *     Stereographic Issues</A>
 * @since 2.1
 * @version $Id$
 * @author André Gosselin
 * @author Martin Desruisseaux (PMO, IRD)
 * @author Rueben Schulz
 */
public abstract class Stereographic extends MapProjection {
    /** For compatibility with different versions during deserialization. */

    /** Maximum difference allowed when comparing real numbers. */
    private static final double EPSILON = 1E-6;

    /** The parameter descriptor group to be returned by {@link #getParameterDescriptors()}. */
    private final ParameterDescriptorGroup descriptor;

    /**
     * Creates a transform from the specified group of parameter values.
     *
     * @param parameters The group of parameter values.
     * @param descriptor The expected parameter descriptor.
     * @throws ParameterNotFoundException if a required parameter was not found.
     */
    Stereographic(final ParameterValueGroup parameters, final ParameterDescriptorGroup descriptor)
            throws ParameterNotFoundException {
        // Fetch parameters
        super(parameters, descriptor.descriptors());
        this.descriptor = descriptor;
    }

    /** {@inheritDoc} */
    @Override
    public ParameterDescriptorGroup getParameterDescriptors() {
        return descriptor;
    }


    /** The provider, trimmed to its parameter descriptors. */
    static class Provider extends AbstractProvider {
        static final ParameterDescriptorGroup PARAMETERS = createDescriptorGroup(SEMI_MAJOR, SEMI_MINOR, CENTRAL_MERIDIAN, LATITUDE_OF_ORIGIN, SCALE_FACTOR, FALSE_EASTING, FALSE_NORTHING);
    }
}
