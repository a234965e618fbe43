package dev.leibniz.corpus.sis;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Apache SIS 1.4, sis-referencing sources jar (Maven Central; apache/sis on GitHub),
 * org/apache/sis/referencing/util/Formulas.java
 * Licence: Apache License 2.0 (Licensed to the Apache Software Foundation (ASF) under one or more contributor license
 * agreements; http://www.apache.org/licenses/LICENSE-2.0). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR
 * CONDITIONS OF ANY KIND.
 * Copied unchanged: geocentricRadius(Ellipsoid, double) (entry; Ellipsoid is GeoAPI's interface, reduced in
 * Ellipsoid.java of this package).
 * Changes: package and class name; javadoc omitted; @Differentiable added to the entry method; the rest of Formulas
 * omitted.
 */

import dev.leibniz.Differentiable;

public final class FormulasGeocentricRadius {
    @Differentiable
    public static double geocentricRadius(final Ellipsoid ellipsoid, final double φ) {
        final double a  = ellipsoid.getSemiMajorAxis();
        final double b  = ellipsoid.getSemiMinorAxis();
        double at = a * Math.cos(φ); at *= at;
        double bt = b * Math.sin(φ); bt *= bt;
        return Math.sqrt((a*a*at + b*b*bt) / (at + bt));
    }
}
