package dev.leibniz.corpus.spatial4j;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Spatial4j 0.8, spatial4j sources jar (Maven Central; locationtech/spatial4j on GitHub),
 * org/locationtech/spatial4j/distance/DistanceUtils.java
 * Licence: Apache License 2.0 (header as in the source: "Licensed to the Apache Software Foundation (ASF) under one
 * or more contributor license agreements ... http://www.apache.org/licenses/LICENSE-2.0"). Distributed on an
 * "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: distLawOfCosinesRAD (entry).
 * Changes: package and class name; javadoc omitted; @Differentiable added to the entry method.
 */

import dev.leibniz.Differentiable;

public class DistLawOfCosines {
  @Differentiable
  public static double distLawOfCosinesRAD(double lat1, double lon1, double lat2, double lon2) {
    // Check for same position
    if (lat1 == lat2 && lon1 == lon2)
      return 0.0;

    // Get the longitude difference. Don't need to worry about
    // crossing dateline since cos(x) = cos(-x)
    double dLon = lon2 - lon1;

    double cosB = (Math.sin(lat1) * Math.sin(lat2))
            + (Math.cos(lat1) * Math.cos(lat2) * Math.cos(dLon));

    // Find angle subtended (with some bounds checking) in radians
    if (cosB < -1.0)
      return Math.PI;
    else if (cosB >= 1.0)
      return 0;
    else
      return Math.acos(cosB);
  }
}
