package dev.leibniz.corpus.graphhopper;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: GraphHopper (graphhopper/graphhopper on GitHub, commit 8d1cec7b61f6885f0371924f3c9465d8aa7ae7bc),
 * core/src/main/java/com/graphhopper/util/DistancePlaneProjection.java
 * Licence: Apache License 2.0 (header as in the source: "Licensed to GraphHopper GmbH under one or more contributor
 * license agreements ... GraphHopper GmbH licenses this file to you under the Apache License, Version 2.0 ...
 * http://www.apache.org/licenses/LICENSE-2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS
 * OF ANY KIND.
 * Copied unchanged: calcDist(double, double, double, double) (entry: the equirectangular approximation).
 * Changes: package and class name; javadoc omitted; extends nothing (DistanceCalcEarth omitted: its constant R,
 * "public final static double R = 6371000", is copied into this class); @Override dropped; @Differentiable added to
 * the entry method; the rest of DistancePlaneProjection omitted.
 */

import static java.lang.Math.*;

import dev.leibniz.Differentiable;

public class DistancePlaneProjectionCalcDist {
    public final static double R = 6371000; // m

    @Differentiable
    public double calcDist(double fromLat, double fromLon, double toLat, double toLon) {
        double dLat = toRadians(toLat - fromLat);
        double dLon = toRadians(toLon - fromLon);
        // use mean latitude as reference point for delta_lon
        double tmp = cos(toRadians((fromLat + toLat) / 2)) * dLon;
        double normedDist = dLat * dLat + tmp * tmp;
        return R * sqrt(normedDist);
    }
}
