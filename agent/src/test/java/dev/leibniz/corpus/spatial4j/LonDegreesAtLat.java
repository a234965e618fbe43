package dev.leibniz.corpus.spatial4j;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Spatial4j 0.8, spatial4j sources jar (Maven Central; locationtech/spatial4j on GitHub),
 * org/locationtech/spatial4j/distance/DistanceUtils.java
 * Licence: Apache License 2.0 (header as in the source: "Licensed to the Apache Software Foundation (ASF) under one
 * or more contributor license agreements ... http://www.apache.org/licenses/LICENSE-2.0"). Distributed on an
 * "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: calcLonDegreesAtLat (entry); it calls DistanceUtils.toRadians/toDegrees (copied to
 * DistanceUtils.java of this package, not annotated).
 * Changes: package and class name; javadoc omitted; @Differentiable added to the entry method.
 */

import dev.leibniz.Differentiable;

public class LonDegreesAtLat {
  @Differentiable
  public static double calcLonDegreesAtLat(double lat, double dist) {
    //This code was pulled out of DistanceUtils.pointOnBearingRAD() and
    // optimized
    // for bearing = 90 degrees, and so we can get an intermediate calculation.
    double distanceRAD = DistanceUtils.toRadians(dist);
    double startLat = DistanceUtils.toRadians(lat);

    double cosAngDist = Math.cos(distanceRAD);
    double cosStartLat = Math.cos(startLat);
    double sinAngDist = Math.sin(distanceRAD);
    double sinStartLat = Math.sin(startLat);

    double lonDelta = Math.atan2(sinAngDist * cosStartLat,
        cosAngDist * (1 - sinStartLat * sinStartLat));

    return DistanceUtils.toDegrees(lonDelta);
  }
}
