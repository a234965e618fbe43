package dev.leibniz.corpus.imaging;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Apache Commons Imaging 1.0.0-alpha5, commons-imaging sources jar (Maven Central; apache/commons-imaging on
 * GitHub), org/apache/commons/imaging/color/ColorConversions.java
 * Licence: Apache License 2.0 (header as in the source: "Licensed to the Apache Software Foundation (ASF) under one
 * or more contributor license agreements ... http://www.apache.org/licenses/LICENSE-2.0"). Distributed on an "AS IS"
 * BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: convertCieLabToDin99oLab(double, double, double) (entry: DIN99o lightness by log, chroma
 * compression by log, hue by atan2 and a rotation; "a != 0.0 || b != 0.0" and a new ColorDin99Lab as the result).
 * Changes: package and class name; javadoc omitted; @Differentiable added to the entry method; the other
 * conversions omitted.
 */

import dev.leibniz.Differentiable;

public final class ColorConversionsCieLabToDin99o {
    @Differentiable
    public static ColorDin99Lab convertCieLabToDin99oLab(final double l, final double a, final double b) {
        final double kE = 1.0; // brightness factor, 1.0 for CIE reference conditions
        final double kCH = 1.0; // chroma and hue factor, 1.0 for CIE reference conditions
        final double fac1 = 100.0 / Math.log(139.0 / 100.0); // L99 scaling factor = 303.67100547050995
        final double ang = Math.toRadians(26.0);

        final double l99o = fac1 / kE * Math.log(1 + 0.0039 * l); // Lightness correction kE
        double a99o = 0.0;
        double b99o = 0.0;
        if (a != 0.0 || b != 0.0) {
            final double eo = a * Math.cos(ang) + b * Math.sin(ang); // a stretching
            final double fo = 0.83 * (b * Math.cos(ang) - a * Math.sin(ang)); // b rotation/stretching
            final double Go = Math.sqrt(eo * eo + fo * fo); // chroma
            final double C99o = Math.log(1.0 + 0.075 * Go) / (0.0435 * kCH * kE); // factor for chroma compression and viewing conditions
            final double heofo = Math.atan2(fo, eo); // arctan in four quadrants
            final double h99o = heofo + ang; // hue rotation
            a99o = C99o * Math.cos(h99o);
            b99o = C99o * Math.sin(h99o);
        }
        return new ColorDin99Lab(l99o, a99o, b99o);
    }
}
