package dev.leibniz.corpus.spatial4j;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Spatial4j 0.8, spatial4j sources jar (Maven Central; locationtech/spatial4j on GitHub),
 * org/locationtech/spatial4j/distance/DistanceUtils.java
 * Licence: Apache License 2.0 (header as in the source: "Licensed to the Apache Software Foundation (ASF) under one
 * or more contributor license agreements ... http://www.apache.org/licenses/LICENSE-2.0"). Distributed on an
 * "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the constants DEGREES_TO_RADIANS and RADIANS_TO_DEGREES, toRadians, toDegrees (helpers of
 * LonDegreesAtLat and LatHorizAxis, nothing annotated here).
 * Changes: package; javadoc omitted; the rest of DistanceUtils omitted.
 */

public class DistanceUtils {
  public static final double DEGREES_TO_RADIANS =  Math.PI / 180;
  public static final double RADIANS_TO_DEGREES =  1 / DEGREES_TO_RADIANS;

  public static double toRadians(double degrees) {
    return degrees * DEGREES_TO_RADIANS;
  }

  public static double toDegrees(double radians) {
    return radians * RADIANS_TO_DEGREES;
  }
}
