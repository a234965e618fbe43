package dev.leibniz.corpus.jblas;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: jblas (jblas-project/jblas on GitHub, commit d52d16aecc9608ca00a61bb651a930e7696b5afe),
 * src/main/java/org/jblas/ComplexDoubleInvi.java
 * Licence: BSD 3-clause ("Copyright (c) 2009, Mikio L. Braun. All rights reserved. Redistribution and use in source and
 * binary forms, with or without modification, are permitted provided that ... Redistributions of source code must
 * retain
 * the above copyright notice, this list of conditions and the following disclaimer ... Neither the name of the
 * Technische
 * Universitaet Berlin nor the names of its contributors may be used to endorse or promote products derived from this
 * software without specific prior written permission. THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND
 * CONTRIBUTORS "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES ... ARE DISCLAIMED."; the full notice is the licence block
 * at the top of the original file).
 * Copied unchanged: the whole class (entry: invi(), the receiver replaced by its inverse in place (r / |z|^2, -i /
 * |z|^2), a fluent 'return this').
 * Changes: package and class name (ComplexDoubleInvi -> ComplexDoubleInvi, one class per entry method; every use of the
 * class's name
 * renamed with it); the licence block shortened to this header; @Differentiable added to the entry method.
 */

import dev.leibniz.Differentiable;

/**
 * A complex value with double precision.
 *
 * @author Mikio L. Braun
 */
public class ComplexDoubleInvi {

  private double r, i;
  public static final ComplexDoubleInvi UNIT = new ComplexDoubleInvi(1.0, 0.0);
  public static final ComplexDoubleInvi I = new ComplexDoubleInvi(0.0, 1.0);
  public static final ComplexDoubleInvi NEG_UNIT = new ComplexDoubleInvi(-1.0, 0.0);
  public static final ComplexDoubleInvi NEG_I = new ComplexDoubleInvi(0.0, -1.0);
  public static final ComplexDoubleInvi ZERO = new ComplexDoubleInvi(0.0);

  public ComplexDoubleInvi(double real, double imag) {
    r = real;
    i = imag;
  }

  public ComplexDoubleInvi(double real) {
    this(real, 0.0);
  }

  public String toString() {
    if (i >= 0) {
      return r + " + " + i + "i";
    } else {
      return r + " - " + (-i) + "i";
    }
  }

  public ComplexDoubleInvi set(double real, double imag) {
    r = real;
    i = imag;
    return this;
  }

  public double real() {
    return r;
  }

  public double imag() {
    return i;
  }

  public ComplexDoubleInvi dup() {
    return new ComplexDoubleInvi(r, i);
  }

  public ComplexDoubleInvi copy(ComplexDoubleInvi other) {
    r = other.r;
    i = other.i;
    return this;
  }

  /**
   * Add two complex numbers in-place
   *
   * @param c      other complex number
   * @param result complex number where result is stored
   * @return same as result
   */
  public ComplexDoubleInvi addi(ComplexDoubleInvi c, ComplexDoubleInvi result) {
    if (this == result) {
      r += c.r;
      i += c.i;
    } else {
      result.r = r + c.r;
      result.i = i + c.i;
    }
    return result;
  }

  /**
   * Add two complex numbers in-place storing the result in this.
   *
   * @param c other complex number
   * @return resulting complex number
   */
  public ComplexDoubleInvi addi(ComplexDoubleInvi c) {
    return addi(c, this);
  }

  /**
   * Add two complex numbers.
   *
   * @param c other complex number
   * @return new complex number with result
   */
  public ComplexDoubleInvi add(ComplexDoubleInvi c) {
    return dup().addi(c);
  }

  /**
   * Add a real number to a complex number in-place.
   *
   * @param a      real number to add
   * @param result complex number to hold result
   * @return same as result
   */
  public ComplexDoubleInvi addi(double a, ComplexDoubleInvi result) {
    if (this == result) {
      r += a;
    } else {
      result.r = r + a;
      result.i = i;
    }
    return result;
  }

  /**
   * Add a real number to complex number in-place, storing the result in this.
   *
   * @param c real number to add
   * @return resulting complex number
   */
  public ComplexDoubleInvi addi(double c) {
    return addi(c, this);
  }

  /**
   * Add a real number to a complex number.
   *
   * @param c real number to add
   * @return new complex number with result
   */
  public ComplexDoubleInvi add(double c) {
    return dup().addi(c);
  }

  /**
   * Subtract two complex numbers, in-place
   *
   * @param c      complex number to subtract
   * @param result resulting complex number
   * @return same as result
   */
  public ComplexDoubleInvi subi(ComplexDoubleInvi c, ComplexDoubleInvi result) {
    if (this == result) {
      r -= c.r;
      i -= c.i;
    } else {
      result.r = r - c.r;
      result.i = i - c.i;
    }
    return this;
  }

  public ComplexDoubleInvi subi(ComplexDoubleInvi c) {
    return subi(c, this);
  }

  /**
   * Subtract two complex numbers
   *
   * @param c complex number to subtract
   * @return new complex number with result
   */
  public ComplexDoubleInvi sub(ComplexDoubleInvi c) {
    return dup().subi(c);
  }

  public ComplexDoubleInvi subi(double a, ComplexDoubleInvi result) {
    if (this == result) {
      r -= a;
    } else {
      result.r = r - a;
      result.i = i;
    }
    return result;
  }

  public ComplexDoubleInvi subi(double a) {
    return subi(a, this);
  }

  public ComplexDoubleInvi sub(double r) {
    return dup().subi(r);
  }

  /**
   * Multiply two complex numbers, in-place
   *
   * @param c      other complex number
   * @param result complex number where product is stored
   * @return same as result
   */
  public ComplexDoubleInvi muli(ComplexDoubleInvi c, ComplexDoubleInvi result) {
    double newR = r * c.r - i * c.i;
    double newI = r * c.i + i * c.r;
    result.r = newR;
    result.i = newI;
    return result;
  }

  public ComplexDoubleInvi muli(ComplexDoubleInvi c) {
    return muli(c, this);
  }

  /**
   * Multiply two complex numbers
   *
   * @param c other complex number
   * @return new complex number with product of this and c
   */
  public ComplexDoubleInvi mul(ComplexDoubleInvi c) {
    return dup().muli(c);
  }

  public ComplexDoubleInvi mul(double v) {
    return dup().muli(v);
  }

  public ComplexDoubleInvi muli(double v, ComplexDoubleInvi result) {
    if (this == result) {
      r *= v;
      i *= v;
    } else {
      result.r = r * v;
      result.i = i * v;
    }
    return this;
  }

  public ComplexDoubleInvi muli(double v) {
    return muli(v, this);
  }

  /**
   * Divide two complex numbers
   *
   * @param c complex number to divide this by
   * @return new complex number with quotient of this and c
   */
  public ComplexDoubleInvi div(ComplexDoubleInvi c) {
    return dup().divi(c);
  }

  /**
   * Divide two complex numbers, in-place
   *
   * @param c      complex number to divide this by
   * @param result complex number to hold result
   * @return same as result
   */
  public ComplexDoubleInvi divi(ComplexDoubleInvi c, ComplexDoubleInvi result) {
    double d = c.r * c.r + c.i * c.i;
    double newR = (r * c.r + i * c.i) / d;
    double newI = (i * c.r - r * c.i) / d;
    result.r = newR;
    result.i = newI;
    return result;
  }

  public ComplexDoubleInvi divi(ComplexDoubleInvi c) {
    return divi(c, this);
  }

  public ComplexDoubleInvi divi(double v, ComplexDoubleInvi result) {
    if (this == result) {
      r /= v;
      i /= v;
    } else {
      result.r = r / v;
      result.i = i / v;
    }
    return this;
  }

  public ComplexDoubleInvi divi(double v) {
    return divi(v, this);
  }

  public ComplexDoubleInvi div(double v) {
    return dup().divi(v);
  }

  /**
   * Return the absolute value
   *
   * @return the result (length of the vector in 2d plane)
   */
  public double abs() {
    return (double) Math.sqrt(r * r + i * i);
  }

  /**
   * Returns the argument of a complex number.
   *
   * @return the result (angle in radians of the vector in 2d plane)
   */
  public double arg() {
    return (double) Math.atan2(i, r);
  }

  @Differentiable
  public ComplexDoubleInvi invi() {
    double d = r * r + i * i;
    r = r / d;
    i = -i / d;
    return this;
  }

  public ComplexDoubleInvi inv() {
    return dup().invi();
  }

  public ComplexDoubleInvi neg() {
    return dup().negi();
  }

  public ComplexDoubleInvi negi() {
    r = -r;
    i = -i;
    return this;
  }

  public ComplexDoubleInvi conji() {
    i = -i;
    return this;
  }

  public ComplexDoubleInvi conj() {
    return dup().conji();
  }

  public ComplexDoubleInvi sqrt() {
    double a = abs();
    double s2 = (double) Math.sqrt(2);
    double p = (double) Math.sqrt(a + r) / s2;
    double sgn = Math.signum(i);
    if (sgn == 0.0) {
      sgn = 1.0;
    }
    double q = (double) Math.sqrt(a - r) / s2 * Math.signum(sgn);
    return new ComplexDoubleInvi(p, q);
  }

  /**
   * Comparing two ComplexDoubleInvi values.
   *
   * @param o object to compare this against
   * @return true if both numbers have the same value
   */
  public boolean equals(Object o) {
    if (!(o instanceof ComplexDoubleInvi)) {
      return false;
    }
    ComplexDoubleInvi c = (ComplexDoubleInvi) o;

    return r == c.r && i == c.i;
  }

  public int hashCode() {
    return Double.valueOf(r).hashCode() ^ Double.valueOf(i).hashCode();
  }

  public boolean eq(ComplexDoubleInvi c) {
    return Math.abs(r - c.r) + Math.abs(i - c.i) < (double) 1e-6;
  }

  public boolean ne(ComplexDoubleInvi c) {
    return !eq(c);
  }

  public boolean isZero() {
    return r == 0.0 && i == 0.0;
  }

  public boolean isReal() {
    return i == 0.0;
  }

  public boolean isImag() {
    return r == 0.0;
  }
}
