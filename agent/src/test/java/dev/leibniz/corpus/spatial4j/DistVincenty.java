package dev.leibniz.corpus.spatial4j;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Spatial4j 0.8, spatial4j sources jar (Maven Central; locationtech/spatial4j on GitHub),
 * org/locationtech/spatial4j/distance/DistanceUtils.java
 * Licence: Apache License 2.0 (header as in the source: "Licensed to the Apache Software Foundation (ASF) under one
 * or more contributor license agreements ... http://www.apache.org/licenses/LICENSE-2.0"). Distributed on an
 * "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: distVincentyRAD (entry).
 * Changes: package and class name; javadoc omitted; @Differentiable added to the entry method.
 */

import dev.leibniz.Differentiable;

public class DistVincenty {
  @Differentiable
  public static double distVincentyRAD(double lat1, double lon1, double lat2, double lon2) {
    // Check for same position
    if (lat1 == lat2 && lon1 == lon2)
      return 0.0;

    double cosLat1 = Math.cos(lat1);
    double cosLat2 = Math.cos(lat2);
    double sinLat1 = Math.sin(lat1);
    double sinLat2 = Math.sin(lat2);
    double dLon = lon2 - lon1;
    double cosDLon = Math.cos(dLon);
    double sinDLon = Math.sin(dLon);

    double a = cosLat2 * sinDLon;
    double b = cosLat1*sinLat2 - sinLat1*cosLat2*cosDLon;
    double c = sinLat1*sinLat2 + cosLat1*cosLat2*cosDLon;
    
    return Math.atan2(Math.sqrt(a*a+b*b),c);
  }
}
