/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: google/s2-geometry-library-java (GitHub, commit 57151fc0f7fe543b75e9f743bf897e81928d5c3f),
 * library/src/com/google/common/geometry/R2Vector.java
 * Licence: Apache License 2.0 ("Copyright 2005 Google Inc. Licensed under the Apache License, Version 2.0";
 * http://www.apache.org/licenses/LICENSE-2.0; "AS IS" BASIS).
 * Copied: the fields, constructors, x(), y(), get, both set methods, add, sub, mul, norm2, norm, dotProd, crossProd
 * (no entry: S2Projections.validFaceXyzToUv returns one).
 * Changes: package; the licence block shortened to this header; ortho, comparisons, equality and toString left out;
 * the jsinterop annotations removed.
 */
package dev.leibniz.corpus.s2;

import static java.lang.Math.sqrt;

import java.io.Serializable;

/**
 * R2Vector represents a vector in the two-dimensional space. It defines the basic geometrical
 * operations for 2D vectors, e.g. cross product, addition, norm, comparison, etc.
 *
 * @author danieldanciu@google.com (Daniel Danciu)
 */
public final class R2Vector implements Serializable {
  double x;
  double y;

  /** Constructs a new R2Vector at the origin [0,0] of the R2 coordinate system. */
  public R2Vector() {
    this(0, 0);
  }

  /** Constructs a new R2 vector from the given x and y coordinates. */
  public R2Vector(double x, double y) {
    this.x = x;
    this.y = y;
  }

  /** Returns the x coordinate of this R2 vector. */
  public double x() {
    return x;
  }

  /** Returns the y coordinate of this R2 vector. */
  public double y() {
    return y;
  }

  /**
   * Returns the coordinate of the given axis, which will be the x axis if index is 0, and the y
   * axis if index is 1.
   */
  public double get(int index) {
    if (index < 0 || index > 1) {
      throw new ArrayIndexOutOfBoundsException(index);
    }
    return index == 0 ? this.x : this.y;
  }

  /**
   * Sets the position of this vector from the given other vector. Package private since this is
   * only mutable for S2.
   */
  void set(R2Vector v) {
    this.x = v.x();
    this.y = v.y();
  }

  /**
   * Sets the position of this vector from the given values. Package private since this is only
   * mutable for S2.
   */
  void set(double x, double y) {
    this.x = x;
    this.y = y;
  }

  /** Returns the vector result of {@code p1 + p2}. */
  public static R2Vector add(final R2Vector p1, final R2Vector p2) {
    return new R2Vector(p1.x + p2.x, p1.y + p2.y);
  }

  /** Returns the vector result of {@code p1 - p2}. */
  public static R2Vector sub(final R2Vector p1, final R2Vector p2) {
    return new R2Vector(p1.x - p2.x, p1.y - p2.y);
  }

  /** Returns the element-wise multiplication of p1 and m. */
  public static R2Vector mul(final R2Vector p, double m) {
    return new R2Vector(m * p.x, m * p.y);
  }

  /** Returns the vector magnitude. */
  public double norm() {
    return sqrt(norm2());
  }

  /** Returns the square of the vector magnitude. */
  public double norm2() {
    return (x * x) + (y * y);
  }

  /** Returns the dot product of the given vectors. */
  public static double dotProd(final R2Vector p1, final R2Vector p2) {
    return (p1.x * p2.x) + (p1.y * p2.y);
  }

  /** Returns the dot product of this vector with that vector. */
  public double dotProd(R2Vector that) {
    return dotProd(this, that);
  }

  /** Returns the cross product of this vector with that vector. */
  public double crossProd(final R2Vector that) {
    return this.x * that.y - this.y * that.x;
  }
}
