package dev.leibniz.corpus.graphhopper;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: GraphHopper (graphhopper/graphhopper on GitHub, commit 0eb174b23cd6efdef8801f0795fb463ad910367c),
 * core/src/main/java/com/graphhopper/util/DistanceCalcEarth.java
 * Licence: Apache License 2.0 (header as in the source: "Licensed to GraphHopper GmbH under one or more contributor
 * license agreements ... GraphHopper GmbH licenses this file to you under the Apache License, Version 2.0 ...
 * http://www.apache.org/licenses/LICENSE-2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS
 * OF ANY KIND.
 * Copied unchanged: the constants R, C and METERS_PER_DEGREE, calcNormalizedEdgeDistance3D(double x 9) (entry: NaN
 * tests of the heights, a projection in three dimensions, "if (Double.isNaN(factor)) factor = 0") and what it calls:
 * calcNormalizedEdgeDistance (double x 6), the package-private calcShrinkFactor, calcNormalizedDist(double) and
 * calcNormalizedDist(double, double, double, double).
 * Changes: package and class name; javadoc omitted; @Override dropped (implements nothing: the interface
 * DistanceCalc omitted); @Differentiable added to the entry method; the rest of DistanceCalcEarth omitted.
 */

import static java.lang.Math.*;

import dev.leibniz.Differentiable;

public class DistanceCalcEarthEdgeDistance3D {
    public final static double R = 6371000; // m
    public final static double C = 2 * PI * R;
    public final static double METERS_PER_DEGREE = C / 360.0;

    public double calcNormalizedDist(double dist) {
        double tmp = sin(dist / 2 / R);
        return tmp * tmp;
    }

    public double calcNormalizedDist(double fromLat, double fromLon, double toLat, double toLon) {
        double sinDeltaLat = sin(toRadians(toLat - fromLat) / 2);
        double sinDeltaLon = sin(toRadians(toLon - fromLon) / 2);
        return sinDeltaLat * sinDeltaLat
                + sinDeltaLon * sinDeltaLon * cos(toRadians(fromLat)) * cos(toRadians(toLat));
    }

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

    @Differentiable
    public double calcNormalizedEdgeDistance3D(double r_lat_deg, double r_lon_deg, double r_ele_m,
                                               double a_lat_deg, double a_lon_deg, double a_ele_m,
                                               double b_lat_deg, double b_lon_deg, double b_ele_m) {
        if (Double.isNaN(r_ele_m) || Double.isNaN(a_ele_m) || Double.isNaN(b_ele_m))
            return calcNormalizedEdgeDistance(r_lat_deg, r_lon_deg, a_lat_deg, a_lon_deg, b_lat_deg, b_lon_deg);

        double shrinkFactor = calcShrinkFactor(a_lat_deg, b_lat_deg);

        double a_lat = a_lat_deg;
        double a_lon = a_lon_deg * shrinkFactor;
        double a_ele = a_ele_m / METERS_PER_DEGREE;

        double b_lat = b_lat_deg;
        double b_lon = b_lon_deg * shrinkFactor;
        double b_ele = b_ele_m / METERS_PER_DEGREE;

        double r_lat = r_lat_deg;
        double r_lon = r_lon_deg * shrinkFactor;
        double r_ele = r_ele_m / METERS_PER_DEGREE;

        double delta_lon = b_lon - a_lon;
        double delta_lat = b_lat - a_lat;
        double delta_ele = b_ele - a_ele;

        double norm = delta_lon * delta_lon + delta_lat * delta_lat + delta_ele * delta_ele;
        double factor = ((r_lon - a_lon) * delta_lon + (r_lat - a_lat) * delta_lat + (r_ele - a_ele) * delta_ele) / norm;
        if (Double.isNaN(factor)) factor = 0;

        // x,y,z is projection of r onto segment a-b
        double c_lon = a_lon + factor * delta_lon;
        double c_lat = a_lat + factor * delta_lat;
        double c_ele_m = (a_ele + factor * delta_ele) * METERS_PER_DEGREE;
        return calcNormalizedDist(c_lat, c_lon / shrinkFactor, r_lat_deg, r_lon_deg) + calcNormalizedDist(r_ele_m - c_ele_m);
    }

    double calcShrinkFactor(double a_lat_deg, double b_lat_deg) {
        return cos(toRadians((a_lat_deg + b_lat_deg) / 2));
    }
}
