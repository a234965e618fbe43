/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: GeoTools (geotools/geotools on GitHub, main as of August 2026, commit ad3b9ef7),
 *   modules/library/referencing/src/main/java/org/geotools/referencing/operation/projection/ProjectionException.java
 * Licence: LGPL-2.1 (the project's header, kept below).
 * Copied: the constructors, unchanged but as listed.
 * Changes: package dev.leibniz.corpus.geotools; extends Exception (the original's TransformException, a checked
 *   exception of GeoTools' API); the latitude constructor formats the latitude in degrees as a Double (the original
 *   wraps it in org.geotools.measure.Latitude for its formatting); the (String, Object) and (double) constructors
 *   public (package-private in the original: the projections calling them may be defined by another loader than this
 *   public class under the corpus loader); javadoc and serialVersionUID left out.
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

import java.text.MessageFormat;

public class ProjectionException extends Exception {
    public ProjectionException() {}

    public ProjectionException(final String pattern, final Object value) {
        super(MessageFormat.format(pattern, value));
    }

    public ProjectionException(final double latitude) {
        super(MessageFormat.format(ErrorKeys.POLE_PROJECTION_$1, Math.toDegrees(latitude)));
    }

    public ProjectionException(final String message) {
        super(message);
    }

    public ProjectionException(final Throwable cause) {
        super(cause.getLocalizedMessage(), cause);
    }

    public ProjectionException(final String message, final Throwable cause) {
        super(message, cause);
    }
}
