/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: GeoTools (geotools/geotools on GitHub, main as of August 2026, commit ad3b9ef7),
 *   modules/library/referencing/src/main/java/org/geotools/referencing/operation/projection/NewZealandMapGrid.java
 * Licence: LGPL-2.1 (the project's header, kept below; GeoTools' projections contain formulas from USGS's PROJ,
 *   relicensed under LGPL with Frank Warmerdam's permission, as MapProjection's header says).
 * Copied: the class with its coefficient tables, constructor and both transforms, unchanged but as listed.
 * Changes: package dev.leibniz.corpus.geotools; @Differentiable added to transformNormalized and
 *   inverseTransformNormalized (see ThirtySixthRound) with its import; Complex is GeoTools' org.geotools.metadata.math
 *   class copied into this package (Complex.java); the GeoTools and JDK types it names are the small stand-ins of this
 *   package (Point2D, ParameterValueGroup, ParameterDescriptor for GeneralParameterDescriptor, ParameterDescriptorGroup,
 *   ParameterNotFoundException), their imports dropped; serialVersionUID and @Serial dropped; the no-argument
 *   constructor (it builds the default values through the provider) and the isExpectedParameter override (it matches
 *   ModifiedParameterDescriptor's fixed defaults) left out: the corpus table gives the fixed values (International
 *   1924 ellipsoid, latitude of origin -41, central meridian 173) as parameters; getParameterValues, equals and hashCode
 *   left out; the provider trimmed to its PARAMETERS (the six descriptors, without their ModifiedParameterDescriptor
 *   defaults; identifiers and createMathTransform left out) and made package-private; runs of blank lines collapsed.
 */
/*
 *    GeoTools - The Open Source Java GIS Toolkit
 *    http://geotools.org
 *
 *    (C) 2005-2008, Open Source Geospatial Foundation (OSGeo)
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
import static java.lang.Math.PI;

import java.util.Collection;

/**
 * The NZMG (New Zealand Map Grid) projection.
 *
 * <p>This is an implementation of algorithm published by <a href="http://www.govt.nz/record?recordid=28">Land
 * Information New Zealand</a>. The algorithm is documented <a href="http://www.linz.govt.nz/rcs/linz/6137/">here</a>.
 *
 * <p><b>Implementation note</b><br>
 * This class make extensive use of {@link Complex} type which may be costly unless the compiler can inline on the
 * stack. We assume that Jave 6 and above can do this optimization.
 *
 * @since 2.2
 * @version $Id$
 * @author Justin Deoliveira
 * @author Martin Desruisseaux
 */
public class NewZealandMapGrid extends MapProjection {
    /** For compatibility with different versions during deserialization. */

    /** Coefficients for forward and inverse projection. */
    private static final Complex[] A = {
        new Complex(0.7557853228, 0.0),
        new Complex(0.249204646, 0.003371507),
        new Complex(-0.001541739, 0.041058560),
        new Complex(-0.10162907, 0.01727609),
        new Complex(-0.26623489, -0.36249218),
        new Complex(-0.6870983, -1.1651967)
    };

    /** Coefficients for inverse projection. */
    private static final Complex[] B = {
        new Complex(1.3231270439, 0.0),
        new Complex(-0.577245789, -0.007809598),
        new Complex(0.508307513, -0.112208952),
        new Complex(-0.15094762, 0.18200602),
        new Complex(1.01418179, 1.64497696),
        new Complex(1.9660549, 2.5127645)
    };

    /** Coefficients for inverse projection. */
    private static final double[] TPHI = {
        1.5627014243, 0.5185406398, -0.03333098, -0.1052906, -0.0368594, 0.007317, 0.01220, 0.00394, -0.0013
    };

    /** Coefficients for forward projection. */
    private static final double[] TPSI = {
        0.6399175073,
        -0.1358797613,
        0.063294409,
        -0.02526853,
        0.0117879,
        -0.0055161,
        0.0026906,
        -0.001333,
        0.00067,
        -0.00034
    };



    /**
     * Constructs a new map projection from the supplied parameters.
     *
     * @param parameters The parameter values in standard units.
     * @throws ParameterNotFoundException if a mandatory parameter is missing.
     */
    protected NewZealandMapGrid(final ParameterValueGroup parameters) throws ParameterNotFoundException {
        super(parameters);
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
    protected Point2D transformNormalized(final double x, final double y, final Point2D ptDst)
            throws ProjectionException {
        final double dphi = (y - latitudeOfOrigin) * (180 / PI * 3600E-5);
        double dphi_pow_i = dphi;
        double dpsi = 0;
        for (double v : TPSI) {
            dpsi += v * dphi_pow_i;
            dphi_pow_i *= dphi;
        }
        // See implementation note in class javadoc.
        final Complex theta = new Complex(dpsi, x);
        final Complex power = new Complex(theta);
        final Complex z = new Complex();
        z.multiply(A[0], power);
        for (int i = 1; i < A.length; i++) {
            power.multiply(power, theta);
            z.addMultiply(z, A[i], power);
        }
        if (ptDst != null) {
            ptDst.setLocation(z.imag, z.real);
            return ptDst;
        }
        return new Point2D.Double(z.imag, z.real);
    }

    /** Transforms the specified (<var>x</var>,<var>y</var>) coordinates and stores the result in {@code ptDst}. */
    @Differentiable
    @Override
    protected Point2D inverseTransformNormalized(final double x, final double y, final Point2D ptDst)
            throws ProjectionException {
        // See implementation note in class javadoc.
        final Complex z = new Complex(y, x);
        final Complex power = new Complex(z);
        final Complex theta = new Complex();
        theta.multiply(B[0], z);
        for (int j = 1; j < B.length; j++) {
            power.multiply(power, z);
            theta.addMultiply(theta, B[j], power);
        }
        // Increasing the number of iterations through this loop decreases
        // the error in the calculation, but 3 iterations gives 10-3 accuracy.
        final Complex num = new Complex();
        final Complex denom = new Complex();
        final Complex t = new Complex();
        for (int j = 0; j < 3; j++) {
            power.power(theta, 2);
            num.addMultiply(z, A[1], power);
            for (int k = 2; k < A.length; k++) {
                power.multiply(power, theta);
                t.multiply(A[k], power);
                t.multiply(t, k);
                num.add(num, t);
            }
            power.real = 1;
            power.imag = 0;
            denom.copy(A[0]);
            for (int k = 1; k < A.length; k++) {
                power.multiply(power, theta);
                t.multiply(A[k], power);
                t.multiply(t, k + 1);
                denom.add(denom, t);
            }
            theta.divide(num, denom);
        }
        final double dpsi = theta.real;
        double dpsi_pow_i = dpsi;
        double dphi = TPHI[0] * dpsi;
        for (int i = 1; i < TPHI.length; i++) {
            dpsi_pow_i *= dpsi;
            dphi += TPHI[i] * dpsi_pow_i;
        }
        dphi = dphi / (180 / PI * 3600E-5) + latitudeOfOrigin;
        if (ptDst != null) {
            ptDst.setLocation(theta.imag, dphi);
            return ptDst;
        }
        return new Point2D.Double(theta.imag, dphi);
    }


    /** The provider, trimmed to its parameter descriptors. */
    static class Provider extends AbstractProvider {
        static final ParameterDescriptorGroup PARAMETERS = createDescriptorGroup(SEMI_MAJOR, SEMI_MINOR, LATITUDE_OF_ORIGIN, CENTRAL_MERIDIAN, FALSE_EASTING, FALSE_NORTHING);
    }
}
