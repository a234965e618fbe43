package dev.leibniz.corpus.graphhopper;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: GraphHopper (graphhopper/graphhopper on GitHub, commit 6d4188af4d5b2f11c93314bb9b6cf68cb32591fe),
 * core/src/main/java/com/graphhopper/util/AngleCalc.java
 * Licence: Apache License 2.0 (header as in the source: "Licensed to GraphHopper GmbH under one or more contributor
 * license agreements ... GraphHopper GmbH licenses this file to you under the Apache License, Version 2.0 ...
 * http://www.apache.org/licenses/LICENSE-2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS
 * OF ANY KIND.
 * Copied unchanged: the constant PI_2, convertAzimuth2xaxisAngle(double) (entry: Double.compare range checks of the
 * active azimuth, an IllegalArgumentException whose message concatenates it, two wrap-arounds by 2 PI).
 * Changes: package and class name; javadoc omitted; @Differentiable added to the entry method; the rest of AngleCalc
 * omitted.
 */

import dev.leibniz.Differentiable;

public class AngleCalcConvertAzimuth {
    private final static double PI_2 = Math.PI / 2.0;

    @Differentiable
    public double convertAzimuth2xaxisAngle(double azimuth) {
        if (Double.compare(azimuth, 360) > 0 || Double.compare(azimuth, 0) < 0) {
            throw new IllegalArgumentException("Azimuth " + azimuth + " must be in (0, 360)");
        }
        double angleXY = PI_2 - azimuth / 180. * Math.PI;
        if (angleXY < -Math.PI)
            angleXY += 2 * Math.PI;
        if (angleXY > Math.PI)
            angleXY -= 2 * Math.PI;
        return angleXY;
    }
}
