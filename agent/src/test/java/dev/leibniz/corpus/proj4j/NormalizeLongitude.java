package dev.leibniz.corpus.proj4j;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Proj4J 1.3.0, proj4j sources jar (Maven Central; locationtech/proj4j on GitHub),
 * org/locationtech/proj4j/util/ProjectionMath.java
 * Licence: Apache License 2.0 (Copyright 2009, 2017 Martin Davis; http://www.apache.org/licenses/LICENSE-2.0).
 * Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: normalizeLongitude (entry) and TWOPI.
 * Changes: package and class name; @Differentiable added to the entry method; InvalidValueException is this
 * package's copy (see ProjectionExceptions).
 */

import dev.leibniz.Differentiable;

public class NormalizeLongitude {
    public final static double TWOPI = Math.PI * 2.0;

    @Differentiable
    public static double normalizeLongitude(double angle) {
        if (Double.isInfinite(angle) || Double.isNaN(angle))
            throw new ProjectionExceptions.InvalidValueException("Infinite longitude");
        while (angle > Math.PI)
            angle -= TWOPI;
        while (angle < -Math.PI)
            angle += TWOPI;
        return angle;
//		return Math.IEEEremainder(angle, Math.PI);
    }
}
