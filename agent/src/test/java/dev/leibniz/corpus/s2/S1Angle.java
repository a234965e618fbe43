/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: google/s2-geometry-library-java (GitHub, commit 57151fc0f7fe543b75e9f743bf897e81928d5c3f),
 * library/src/com/google/common/geometry/S1Angle.java
 * Licence: Apache License 2.0 ("Copyright 2005 Google Inc. Licensed under the Apache License, Version 2.0";
 * http://www.apache.org/licenses/LICENSE-2.0; "AS IS" BASIS).
 * Copied: the field, the constructors, radians, degrees, the static radians(double) and degrees(double) and
 * distance(radius) (no entry: used by S2LatLng).
 * Changes: package; the licence block shortened to this header; the other conversions, comparisons, arithmetic,
 * S1Distance and toString left out; the jsinterop/errorprone annotations removed.
 */
package dev.leibniz.corpus.s2;

import static java.lang.Math.PI;

import java.io.Serializable;

/**
 * This class represents a one-dimensional angle (as opposed to a two-dimensional solid angle). It
 * has methods for converting angles to or from radians, degrees, and the E6/E7 representations.
 *
 * @author danieldanciu@google.com (Daniel Danciu) ported from util/geometry
 */
public final class S1Angle implements Serializable {
  private final double radians;

  /** Returns a new S1Angle specified in radians. */
  public static S1Angle radians(double radians) {
    return new S1Angle(radians);
  }

  /** Returns the angle in radians. */
  public double radians() {
    return radians;
  }

  /**
   * Returns a new S1Angle converted from degrees. Note that <code>degrees(x).degrees() == x</code>
   * may not hold due to inexact arithmetic.
   */
  public static S1Angle degrees(double degrees) {
    return new S1Angle(degrees * (PI / 180));
  }

  /** Returns the angle in degrees. */
  public double degrees() {
    return radians * (180 / PI);
  }

  /** The default constructor yields a zero angle. */
  public S1Angle() {
    this(0);
  }

  private S1Angle(double radians) {
    this.radians = radians;
  }

  /**
   * Return the angle between two points, which is also equal to the distance between these points
   * on the unit sphere. The points do not need to be normalized.
   */
  public S1Angle(S2Point x, S2Point y) {
    this(x.angle(y));
  }

  /** Returns the distance along the surface of a sphere of the given radius. */
  public double distance(double radius) {
    return radians * radius;
  }
}
