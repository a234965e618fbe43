package dev.leibniz.corpus.graphhopper;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: GraphHopper (graphhopper/graphhopper on GitHub, commit 0eb174b23cd6efdef8801f0795fb463ad910367c),
 * core/src/main/java/com/graphhopper/util/DistanceCalcEarth.java
 * Licence: Apache License 2.0 (header as in the source: "Licensed to GraphHopper GmbH under one or more contributor
 * license agreements ... GraphHopper GmbH licenses this file to you under the Apache License, Version 2.0 ...
 * http://www.apache.org/licenses/LICENSE-2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS
 * OF ANY KIND.
 * Copied unchanged: the constant R, calcDist(double, double, double, double) (entry) and the public, overridable
 * calcNormalizedDist(double, double, double, double) it calls (DistancePlaneProjection overrides it).
 * Changes: package and class name; javadoc omitted; @Override dropped (implements nothing: the interface
 * DistanceCalc omitted); @Differentiable added to the entry method; the rest of DistanceCalcEarth omitted.
 */

import static java.lang.Math.*;

import dev.leibniz.Differentiable;

public class DistanceCalcEarthCalcDist {
    public final static double R = 6371000; // m

    @Differentiable
    public double calcDist(double fromLat, double fromLon, double toLat, double toLon) {
        double normedDist = calcNormalizedDist(fromLat, fromLon, toLat, toLon);
        return R * 2 * asin(sqrt(normedDist));
    }

    public double calcNormalizedDist(double fromLat, double fromLon, double toLat, double toLon) {
        double sinDeltaLat = sin(toRadians(toLat - fromLat) / 2);
        double sinDeltaLon = sin(toRadians(toLon - fromLon) / 2);
        return sinDeltaLat * sinDeltaLat
                + sinDeltaLon * sinDeltaLon * cos(toRadians(fromLat)) * cos(toRadians(toLat));
    }
}
