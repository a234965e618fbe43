package dev.leibniz.corpus.graphhopper;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: GraphHopper (graphhopper/graphhopper on GitHub, commit 6d4188af4d5b2f11c93314bb9b6cf68cb32591fe),
 * core/src/main/java/com/graphhopper/util/AngleCalc.java
 * Licence: Apache License 2.0 (header as in the source: "Licensed to GraphHopper GmbH under one or more contributor
 * license agreements ... GraphHopper GmbH licenses this file to you under the Apache License, Version 2.0 ...
 * http://www.apache.org/licenses/LICENSE-2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS
 * OF ANY KIND.
 * Copied unchanged: the constants PI_4 and PI3_4, the package-private static final atan2(double, double) (entry: Jim
 * Shima's fast polynomial atan2, "Math.abs(y) + 1e-10" against 0/0, a sign flip for quadrants III and IV).
 * Changes: package and class name; @Differentiable added to the entry method; the rest of AngleCalc omitted.
 */

import dev.leibniz.Differentiable;

public class AngleCalcAtan2 {
    private final static double PI_4 = Math.PI / 4.0;
    private final static double PI3_4 = 3.0 * Math.PI / 4.0;

    @Differentiable
    static final double atan2(double y, double x) {
        // kludge to prevent 0/0 condition
        double absY = Math.abs(y) + 1e-10;
        double r, angle;
        if (x < 0.0) {
            r = (x + absY) / (absY - x);
            angle = PI3_4;
        } else {
            r = (x - absY) / (x + absY);
            angle = PI_4;
        }

        angle += (0.1963 * r * r - 0.9817) * r;
        if (y < 0.0)
            // negate if in quad III or IV
            return -angle;
        return angle;
    }
}
