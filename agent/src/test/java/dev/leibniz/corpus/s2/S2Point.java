/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: google/s2-geometry-library-java (GitHub, commit 57151fc0f7fe543b75e9f743bf897e81928d5c3f),
 * library/src/com/google/common/geometry/S2Point.java
 * Licence: Apache License 2.0 ("Copyright 2006 Google Inc. Licensed under the Apache License, Version 2.0";
 * http://www.apache.org/licenses/LICENSE-2.0; "AS IS" BASIS).
 * Copied: the fields, constructors, constants and the arithmetic methods (get through angle); entries: dotProd,
 * crossProdNorm, angle, getDistance, scalarTripleProduct, crossProd (static), normalize(), rotate(axis, radians)
 * (@Differentiable added to each).
 * Changes: package; the licence block shortened to this header; S2Region, Comparable, the coder, encoding,
 * equality, hashing and toString left out (with their imports); the jsinterop/errorprone annotations removed.
 */
package dev.leibniz.corpus.s2;

import static java.lang.Double.isFinite;
import static java.lang.Math.abs;
import static java.lang.Math.atan2;
import static java.lang.Math.cos;
import static java.lang.Math.sin;
import static java.lang.Math.sqrt;

import dev.leibniz.Differentiable;
import java.io.Serializable;

/**
 * An S2Point represents a point on the unit sphere as a 3D vector. Usually points are normalized to
 * be unit length, but some methods do not require this.
 */
public final class S2Point implements Serializable {
  /** Origin of the coordinate system, [0,0,0]. */
  public static final S2Point ZERO = new S2Point(0, 0, 0);

  /** Direction of the x-axis. */
  public static final S2Point X_POS = new S2Point(1, 0, 0);

  /** Opposite direction of the x-axis. */
  public static final S2Point X_NEG = new S2Point(-1, 0, 0);

  /** Direction of the y-axis. */
  public static final S2Point Y_POS = new S2Point(0, 1, 0);

  /** Opposite direction of the y-axis. */
  public static final S2Point Y_NEG = new S2Point(0, -1, 0);

  /** Direction of the z-axis. */
  public static final S2Point Z_POS = new S2Point(0, 0, 1);

  /** Opposite direction of the z-axis. */
  public static final S2Point Z_NEG = new S2Point(0, 0, -1);

  // Coordinates of the point.
  final double x;
  final double y;
  final double z;

  /** Constructs an S2Point with all coordinates zero, i.e. at ORIGIN. */
  public S2Point() {
    this(0, 0, 0);
  }

  /** Constructs an S2Point from the given coordinates. */
  public S2Point(double x, double y, double z) {
    this.x = x;
    this.y = y;
    this.z = z;
  }

  /** Constructs an S2Point from the given vector of doubles in order x, y, z. */
  public S2Point(double[] vec) {
    this(vec[0], vec[1], vec[2]);
  }

  /** Fills the x, y, and z values of this S2Point in to the first three doubles in 'vec'. */
  public void fill(double[] vec) {
    vec[0] = x;
    vec[1] = y;
    vec[2] = z;
  }

  /** Returns the value of one of the components by axis index. The axes are ordered x, y, z. */
  public final double get(int axis) {
    return (axis == 0) ? x : (axis == 1) ? y : z;
  }

  /** Returns the 'x' component. */
  public double getX() {
    return x;
  }

  /** Returns the 'y' component. */
  public double getY() {
    return y;
  }

  /** Returns true if this S2Point is valid, meaning none of its components are infinite or NaN. */
  public boolean isValid() {
    return isFinite(x) && isFinite(y) && isFinite(z);
  }

  /** Returns the 'z' component. */
  public double getZ() {
    return z;
  }

  /** Returns add(this,p). */
  public S2Point add(S2Point p) {
    return add(this, p);
  }

  /** Returns the component-wise addition of 'p1' and 'p2'. */
  public static final S2Point add(final S2Point p1, final S2Point p2) {
    return new S2Point(p1.x + p2.x, p1.y + p2.y, p1.z + p2.z);
  }

  /** Returns the component-wise sum of all the given points. */
  public static final S2Point sum(S2Point... points) {
    double x = 0;
    double y = 0;
    double z = 0;
    for (S2Point p : points) {
      x += p.x;
      y += p.y;
      z += p.z;
    }
    return new S2Point(x, y, z);
  }

  /** Returns sub(this,p). */
  public S2Point sub(S2Point p) {
    return sub(this, p);
  }

  /** Returns the component-wise subtraction of 'p1' and 'p2'. */
  public static final S2Point sub(final S2Point p1, final S2Point p2) {
    return new S2Point(p1.x - p2.x, p1.y - p2.y, p1.z - p2.z);
  }

  /** Returns sub(this,p). */
  public static final S2Point minus(S2Point p1, S2Point p2) {
    return sub(p1, p2);
  }

  /** Returns mul(this,scale). */
  public S2Point mul(double scale) {
    return S2Point.mul(this, scale);
  }

  /** Returns the component-wise multiplication of 'p' with 'm'. */
  public static final S2Point mul(final S2Point p, double m) {
    return new S2Point(m * p.x, m * p.y, m * p.z);
  }

  /** Returns div(this,scale). */
  public S2Point div(double scale) {
    return S2Point.div(this, scale);
  }

  /** Returns the component-wise division of 'p' by 'm'. */
  public static final S2Point div(final S2Point p, double m) {
    return new S2Point(p.x / m, p.y / m, p.z / m);
  }

  /** Returns the vector dot product of 'this' with 'that'. */
  @Differentiable
  public final double dotProd(S2Point that) {
    return this.x * that.x + this.y * that.y + this.z * that.z;
  }

  /**
   * Returns crossProd(this,p). Note that {@link S2RobustCrossProd#robustCrossProd(S2Point,
   * S2Point)} may be a better choice when the two vectors are nearly parallel, are equal, or one is
   * the negation of the other.
   */
  public S2Point crossProd(S2Point p) {
    return crossProd(this, p);
  }

  /**
   * Returns the R3 vector cross product of 'p1' and 'p2'. Note that {@link
   * S2RobustCrossProd#robustCrossProd(S2Point, S2Point)} may be a better choice when the two
   * vectors are nearly parallel, are equal, or one is the negation of the other.
   */
  @Differentiable
  public static final S2Point crossProd(final S2Point p1, final S2Point p2) {
    return new S2Point(
        p1.y * p2.z - p1.z * p2.y, p1.z * p2.x - p1.x * p2.z, p1.x * p2.y - p1.y * p2.x);
  }

  /** Returns the component-size negation of 'this'. */
  public S2Point neg() {
    return S2Point.neg(this);
  }

  /** Returns the component-wise negation of 'p', i.e. its antipodal point. */
  public static final S2Point neg(S2Point p) {
    return new S2Point(-p.x, -p.y, -p.z);
  }

  /** Returns the component-wise absolute value of this. */
  public S2Point fabs() {
    return S2Point.fabs(this);
  }

  /** Returns the component-wise absolute point from 'p'. */
  public static final S2Point fabs(S2Point p) {
    return new S2Point(abs(p.x), abs(p.y), abs(p.z));
  }

  /**
   * Returns a copy of 'this' rescaled to be unit-length, unless the {@link #norm()} is zero, in
   * which case {@code S2Point.ORIGIN} is returned.
   */
  @Differentiable
  public S2Point normalize() {
    return S2Point.normalize(this);
  }

  /**
   * Returns a copy of 'p' rescaled to be unit-length, unless the {@link #norm()} is zero, in which
   * case {@code S2Point.ORIGIN} is returned.
   */
  public static final S2Point normalize(S2Point p) {
    double norm = p.norm();
    if (norm != 0) {
      norm = 1.0 / norm;
    }
    return S2Point.mul(p, norm);
  }

  /** Returns the vector magnitude {@code sqrt(x*x + y*y + z*z)}. */
  public double norm() {
    return sqrt(norm2());
  }

  /** Returns the square of the vector magnitude {@code x*x + y*y + z*z}. */
  public final double norm2() {
    return x * x + y * y + z * z;
  }

  /**
   * Returns the scalar triple product, {@code a.dotProd(b.crossProd(c))}.
   *
   * <p>This is a faster implementation than calling the dotProd and crossProd methods directly.
   */
  @Differentiable
  public static final double scalarTripleProduct(S2Point a, S2Point b, S2Point c) {
    double x = b.y * c.z - b.z * c.y;
    double y = b.z * c.x - b.x * c.z;
    double z = b.x * c.y - b.y * c.x;
    double result = a.x * x + a.y * y + a.z * z;
    assert result == a.dotProd(S2Point.crossProd(b, c))
        || (Double.isNaN(result) && Double.isNaN(a.dotProd(S2Point.crossProd(b, c))));
    return result;
  }

  /**
   * Returns the 3D Cartesian distance (also called the slant distance) between this and that. This
   * is not the same as the distance on the surface of the sphere. The points do not need to be
   * normalized.
   */
  @Differentiable
  public double getDistance(S2Point that) {
    return sqrt(getDistance2(that));
  }

  /**
   * Returns the square of the distance in 3D coordinates from this to that. The points do not need
   * to be normalized, as the distance is not the distance on the surface of the sphere, but the 3D
   * Cartesian distance.
   */
  public double getDistance2(S2Point that) {
    double dx = this.x - that.x;
    double dy = this.y - that.y;
    double dz = this.z - that.z;
    return dx * dx + dy * dy + dz * dz;
  }

  /**
   * Return a vector orthogonal to this one, on one of the X-Y, Y-Z, or X-Z planes. Consider using
   * the alternate implementation in {@link S2#ortho(S2Point)}, which avoids result coordinates that
   * are zero. These may cause degeneracies and consequently poor performance in functions that
   * handle degeneracies.
   */
  public final S2Point ortho() {
    switch (largestAbsComponent()) {
      case 1:
        return crossProd(X_POS).normalize();
      case 2:
        return crossProd(Y_POS).normalize();
      default:
        return crossProd(Z_POS).normalize();
    }
  }

  /** Return the index of the largest component by absolute value. */
  public final int largestAbsComponent() {
    return largestAbsComponent(x, y, z);
  }

  /** Return the index of the largest of x, y, or z by absolute value, as 0, 1 or 2 respectively. */
  static final int largestAbsComponent(double x, double y, double z) {
    final double absX = abs(x);
    final double absY = abs(y);
    final double absZ = abs(z);
    return (absX > absY) ? ((absX > absZ) ? 0 : 2) : ((absY > absZ) ? 1 : 2);
  }

  /**
   * Returns the norm of the cross product, {@code S2Point.crossProd(this, va).norm()}. This is more
   * efficient than calling crossProd() followed by norm().
   */
  @Differentiable
  public final double crossProdNorm(S2Point va) {
    double x = this.y * va.z - this.z * va.y;
    double y = this.z * va.x - this.x * va.z;
    double z = this.x * va.y - this.y * va.x;
    double result = sqrt(x * x + y * y + z * z);
    assert result == crossProd(this, va).norm();
    return result;
  }

  /**
   * Rotates this point around an arbitrary axis. This point and the provided axis are not required
   * to be normalized. However, if you already have a normalized point and axis, you can use the
   * static method {@link #rotate(S2Point, S2Point, double)} below to avoid the cost of normalizing
   * again. The returned result is normalized.
   */
  @Differentiable
  public S2Point rotate(S2Point axis, double radians) {
    return rotate(normalize(), axis.normalize(), radians);
  }

  /**
   * Rotates the given point around an arbitrary axis. The point and the provided axis must be
   * normalized. The result is normalized.
   */
  public static S2Point rotate(S2Point point, S2Point axis, double radians) {
    assert S2.isUnitLength(point);
    assert S2.isUnitLength(axis);

    S2Point center = axis.mul(point.dotProd(axis));
    S2Point axisToCenter = point.sub(center);

    // Explicitly normalize the result because there are cases where the accumulated error is
    // a bit larger than the tolerance of isUnitLength().
    return S2Point.sum(
            axisToCenter.mul(cos(radians)), axis.crossProd(point).mul(sin(radians)), center)
        .normalize();
  }

  /**
   * Returns the angle between two vectors in radians. Note that this technique is fast but can lose
   * about half its precision when the two vectors are nearly (anti-)parallel. If that is a concern,
   * use the {@link S2#stableAngle(S2Point, S2Point)} method instead, which is somewhat slower, but
   * more numerically stable. See the comments there for more information.
   */
  @Differentiable
  public final double angle(S2Point va) {
    return atan2(crossProdNorm(va), dotProd(va));
  }
}
