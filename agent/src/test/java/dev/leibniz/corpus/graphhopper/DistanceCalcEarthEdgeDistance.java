package dev.leibniz.corpus.graphhopper;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: GraphHopper (graphhopper/graphhopper on GitHub, commit 0eb174b23cd6efdef8801f0795fb463ad910367c),
 * core/src/main/java/com/graphhopper/util/DistanceCalcEarth.java
 * Licence: Apache License 2.0 (header as in the source: "Licensed to GraphHopper GmbH under one or more contributor
 * license agreements ... GraphHopper GmbH licenses this file to you under the Apache License, Version 2.0 ...
 * http://www.apache.org/licenses/LICENSE-2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS
 * OF ANY KIND.
 * Copied unchanged: calcNormalizedEdgeDistance(double x 6) (entry: the normalized distance of r to its projection
 * onto the line a-b, with the special cases of a horizontal and a vertical edge) and what it calls: the
 * package-private calcShrinkFactor(double, double) and the public calcNormalizedDist(double, double, double, double).
 * Changes: package and class name; javadoc omitted; @Override dropped (implements nothing: the interface
 * DistanceCalc omitted); @Differentiable added to the entry method; the rest of DistanceCalcEarth omitted.
 */

import static java.lang.Math.*;

import dev.leibniz.Differentiable;

public class DistanceCalcEarthEdgeDistance {
    public double calcNormalizedDist(double fromLat, double fromLon, double toLat, double toLon) {
        double sinDeltaLat = sin(toRadians(toLat - fromLat) / 2);
        double sinDeltaLon = sin(toRadians(toLon - fromLon) / 2);
        return sinDeltaLat * sinDeltaLat
                + sinDeltaLon * sinDeltaLon * cos(toRadians(fromLat)) * cos(toRadians(toLat));
    }

    @Differentiable
    public double calcNormalizedEdgeDistance(double r_lat_deg, double r_lon_deg,
                                             double a_lat_deg, double a_lon_deg,
                                             double b_lat_deg, double b_lon_deg) {
        double shrinkFactor = calcShrinkFactor(a_lat_deg, b_lat_deg);

        double a_lat = a_lat_deg;
        double a_lon = a_lon_deg * shrinkFactor;

        double b_lat = b_lat_deg;
        double b_lon = b_lon_deg * shrinkFactor;

        double r_lat = r_lat_deg;
        double r_lon = r_lon_deg * shrinkFactor;

        double delta_lon = b_lon - a_lon;
        double delta_lat = b_lat - a_lat;

        if (delta_lat == 0)
            // special case: horizontal edge
            return calcNormalizedDist(a_lat_deg, r_lon_deg, r_lat_deg, r_lon_deg);

        if (delta_lon == 0)
            // special case: vertical edge
            return calcNormalizedDist(r_lat_deg, a_lon_deg, r_lat_deg, r_lon_deg);

        double norm = delta_lon * delta_lon + delta_lat * delta_lat;
        double factor = ((r_lon - a_lon) * delta_lon + (r_lat - a_lat) * delta_lat) / norm;

        // x,y is projection of r onto segment a-b
        double c_lon = a_lon + factor * delta_lon;
        double c_lat = a_lat + factor * delta_lat;
        return calcNormalizedDist(c_lat, c_lon / shrinkFactor, r_lat_deg, r_lon_deg);
    }

    double calcShrinkFactor(double a_lat_deg, double b_lat_deg) {
        return cos(toRadians((a_lat_deg + b_lat_deg) / 2));
    }
}
