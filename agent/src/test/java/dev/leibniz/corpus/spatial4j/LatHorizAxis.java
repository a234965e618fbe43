package dev.leibniz.corpus.spatial4j;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Spatial4j 0.8, spatial4j sources jar (Maven Central; locationtech/spatial4j on GitHub),
 * org/locationtech/spatial4j/distance/DistanceUtils.java
 * Licence: Apache License 2.0 (header as in the source: "Licensed to the Apache Software Foundation (ASF) under one
 * or more contributor license agreements ... http://www.apache.org/licenses/LICENSE-2.0"). Distributed on an
 * "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: calcBoxByDistFromPt_latHorizAxisDEG (entry); toRadians and toDegrees, which it calls
 * unqualified, are the ones of DistanceUtils.java of this package (static import).
 * Changes: package and class name; javadoc omitted; @Differentiable added to the entry method; a static import
 * of the two helpers (the original calls them in its own class).
 */

import static dev.leibniz.corpus.spatial4j.DistanceUtils.toDegrees;
import static dev.leibniz.corpus.spatial4j.DistanceUtils.toRadians;

import dev.leibniz.Differentiable;

public class LatHorizAxis {
  @Differentiable
  public static double calcBoxByDistFromPt_latHorizAxisDEG(double lat, double lon, double distDEG) {
    //http://gis.stackexchange.com/questions/19221/find-tangent-point-on-circle-furthest-east-or-west
    if (distDEG == 0)
      return lat;
    // if we don't do this when == 90 or -90, computed result can be (+/-)89.9999 when at pole.
    //     No biggie but more accurate.
    else if (lat + distDEG >= 90)
      return 90;
    else if (lat - distDEG <= -90)
      return -90;

    double lat_rad = toRadians(lat);
    double dist_rad = toRadians(distDEG);
    double result_rad = Math.asin( Math.sin(lat_rad) / Math.cos(dist_rad));
    if (!Double.isNaN(result_rad))
      return toDegrees(result_rad);
    //handle NaN (shouldn't happen due to checks earlier)
    if (lat > 0)
      return 90;
    if (lat < 0)
      return -90;
    return lat;//0
  }
}
