package dev.leibniz.corpus.graphhopper;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: GraphHopper (graphhopper/graphhopper on GitHub, commit 0eb174b23cd6efdef8801f0795fb463ad910367c),
 * core/src/main/java/com/graphhopper/util/DistanceCalcEarth.java
 * Licence: Apache License 2.0 (header as in the source: "Licensed to GraphHopper GmbH under one or more contributor
 * license agreements ... GraphHopper GmbH licenses this file to you under the Apache License, Version 2.0 ...
 * http://www.apache.org/licenses/LICENSE-2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS
 * OF ANY KIND.
 * Copied unchanged: the constant R, calcDist3D(double, double, double, double, double, double) (entry) and what it
 * calls: calcDist, calcNormalizedDist(double, double, double, double) (both public, overridable) and the protected
 * hasElevationDiff(double, double) (a != b and NaN tests of the heights).
 * Changes: package and class name; javadoc omitted; @Override dropped (implements nothing: the interface
 * DistanceCalc omitted); @Differentiable added to the entry method; the rest of DistanceCalcEarth omitted.
 */

import static java.lang.Math.*;

import dev.leibniz.Differentiable;

public class DistanceCalcEarthCalcDist3D {
    public final static double R = 6371000; // m

    public double calcDist(double fromLat, double fromLon, double toLat, double toLon) {
        double normedDist = calcNormalizedDist(fromLat, fromLon, toLat, toLon);
        return R * 2 * asin(sqrt(normedDist));
    }

    @Differentiable
    public double calcDist3D(double fromLat, double fromLon, double fromHeight,
                             double toLat, double toLon, double toHeight) {
        double eleDelta = hasElevationDiff(fromHeight, toHeight) ? (toHeight - fromHeight) : 0;
        double len = calcDist(fromLat, fromLon, toLat, toLon);
        return Math.sqrt(eleDelta * eleDelta + len * len);
    }

    public double calcNormalizedDist(double fromLat, double fromLon, double toLat, double toLon) {
        double sinDeltaLat = sin(toRadians(toLat - fromLat) / 2);
        double sinDeltaLon = sin(toRadians(toLon - fromLon) / 2);
        return sinDeltaLat * sinDeltaLat
                + sinDeltaLon * sinDeltaLon * cos(toRadians(fromLat)) * cos(toRadians(toLat));
    }

    protected boolean hasElevationDiff(double a, double b) {
        return a != b && !Double.isNaN(a) && !Double.isNaN(b);
    }
}
