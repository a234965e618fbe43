/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: google/s2-geometry-library-java (GitHub, commit 57151fc0f7fe543b75e9f743bf897e81928d5c3f),
 * library/src/com/google/common/geometry/S2LatLng.java
 * Licence: Apache License 2.0 ("Copyright 2005 Google Inc. Licensed under the Apache License, Version 2.0";
 * http://www.apache.org/licenses/LICENSE-2.0; "AS IS" BASIS).
 * Copied: the fields, fromRadians, fromDegrees, fromPoint, the constructors, the accessors, toPoint, both
 * getDistance methods, add, sub, mul; entries: toPoint, getDistance(o, radius), fromPoint, latDegrees
 * (@Differentiable added to each).
 * Changes: package; the licence block shortened to this header; the coder, E5/E6/E7 factories, latitude/longitude,
 * isValid, normalized (Platform.IEEEremainder), equality and toString left out; the jsinterop/errorprone annotations
 * removed.
 */
package dev.leibniz.corpus.s2;

import static java.lang.Math.PI;
import static java.lang.Math.asin;
import static java.lang.Math.atan2;
import static java.lang.Math.cos;
import static java.lang.Math.min;
import static java.lang.Math.sin;
import static java.lang.Math.sqrt;

import dev.leibniz.Differentiable;
import java.io.Serializable;

/**
 * This class represents a point on the unit sphere as a pair of latitude-longitude coordinates.
 */
public final class S2LatLng implements Serializable {
  private final double latRadians;
  private final double lngRadians;

  /** Returns a new S2LatLng specified in radians. */
  public static S2LatLng fromRadians(double latRadians, double lngRadians) {
    return new S2LatLng(latRadians, lngRadians);
  }

  /** Returns a new S2LatLng converted from degrees. */
  public static S2LatLng fromDegrees(double latDegrees, double lngDegrees) {
    return new S2LatLng(S1Angle.degrees(latDegrees), S1Angle.degrees(lngDegrees));
  }

  /** Returns a new S2LatLng converted from an S2Point (not necessarily normalized). */
  @Differentiable
  public static S2LatLng fromPoint(S2Point p) {
    return new S2LatLng(p);
  }

  /** This is internal to avoid ambiguity about which units are expected. */
  private S2LatLng(double latRadians, double lngRadians) {
    this.latRadians = latRadians;
    this.lngRadians = lngRadians;
  }

  /**
   * Basic constructor. The latitude and longitude must be within the ranges allowed by isValid()
   * below.
   */
  public S2LatLng(S1Angle lat, S1Angle lng) {
    this(lat.radians(), lng.radians());
  }

  /** Default constructor for convenience when declaring arrays, etc. */
  public S2LatLng() {
    this(0, 0);
  }

  /** Convert a point (not necessarily normalized) to an S2LatLng. */
  public S2LatLng(S2Point p) {
    // The "+ 0.0" is to ensure that points with coordinates of -0.0 and +0.0 (which compare equal)
    // are converted to identical S2LatLng values, since even though -0.0 == +0.0 they can be
    // formatted differently.
    this(atan2(p.z + 0.0, sqrt(p.x * p.x + p.y * p.y)), atan2(p.y + 0.0, p.x + 0.0));
    // The latitude and longitude are already normalized. We use atan2 to compute the latitude
    // because the input vector is not necessarily unit length, and atan2 is much more accurate than
    // asin near the poles. Note that atan2(0, 0) is defined to be zero.
  }

  /** Returns the latitude of this point as a new S1Angle. */
  public S1Angle lat() {
    return S1Angle.radians(latRadians);
  }

  /** Returns the latitude of this point as radians. */
  public double latRadians() {
    return latRadians;
  }

  /** Returns the latitude of this point as degrees. */
  @Differentiable
  public double latDegrees() {
    return 180.0 / PI * latRadians;
  }

  /** Returns the longitude of this point as a new S1Angle. */
  public S1Angle lng() {
    return S1Angle.radians(lngRadians);
  }

  /** Returns the longitude of this point as radians. */
  public double lngRadians() {
    return lngRadians;
  }

  /** Returns the longitude of this point as degrees. */
  public double lngDegrees() {
    return 180.0 / PI * lngRadians;
  }

  /**
   * Convert an S2LatLng to the equivalent unit-length vector (S2Point). Unnormalized values (see
   * {@link normalized()}) are wrapped around the sphere as would be expected based on their
   * definition as spherical angles.
   *
   * <p>The latitude and longitude must be finite.
   */
  @Differentiable
  public S2Point toPoint() {
    assert Double.isFinite(latRadians) : latRadians;
    assert Double.isFinite(lngRadians) : lngRadians;
    // assert isValid();
    double phi = latRadians;
    double theta = lngRadians;
    double cosphi = cos(phi);
    return new S2Point(cos(theta) * cosphi, sin(theta) * cosphi, sin(phi));
  }

  /**
   * Return the distance (measured along the surface of the sphere) to the given point.
   *
   * <p>This implements the Haversine formula, which is numerically stable for small distances but
   * only gets about 8 digits of precision for very large distances (e.g. antipodal points).
   */
  public S1Angle getDistance(final S2LatLng o) {
    // assert isValid();
    // assert o.isValid();
    double lat1 = latRadians;
    double lat2 = o.latRadians;
    double lng1 = lngRadians;
    double lng2 = o.lngRadians;
    double dlat = sin(0.5 * (lat2 - lat1));
    double dlng = sin(0.5 * (lng2 - lng1));
    double x = dlat * dlat + dlng * dlng * cos(lat1) * cos(lat2);
    return S1Angle.radians(2 * asin(sqrt(min(1.0, x))));
  }

  /** Returns the surface distance to the given point assuming a constant radius. */
  @Differentiable
  public double getDistance(final S2LatLng o, double radius) {
    return getDistance(o).distance(radius);
  }

  /**
   * Adds the given point to this point. Note that there is no guarantee that the new point will be
   * <em>valid</em>.
   */
  public S2LatLng add(final S2LatLng o) {
    return new S2LatLng(latRadians + o.latRadians, lngRadians + o.lngRadians);
  }

  /**
   * Subtracts the given point from this point. Note that there is no guarantee that the new point
   * will be <em>valid</em>.
   */
  public S2LatLng sub(final S2LatLng o) {
    return new S2LatLng(latRadians - o.latRadians, lngRadians - o.lngRadians);
  }

  /**
   * Scales this point by the given scaling factor. Note that there is no guarantee that the new
   * point will be <em>valid</em>.
   */
  public S2LatLng mul(final double m) {
    return new S2LatLng(latRadians * m, lngRadians * m);
  }
}
