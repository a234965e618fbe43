package dev.leibniz.corpus.jblas;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: jblas (jblas-project/jblas on GitHub, commit d52d16aecc9608ca00a61bb651a930e7696b5afe),
 * src/main/java/org/jblas/ComplexDoubleMul.java
 * Licence: BSD 3-clause ("Copyright (c) 2009, Mikio L. Braun. All rights reserved. Redistribution and use in source and
 * binary forms, with or without modification, are permitted provided that ... Redistributions of source code must
 * retain
 * the above copyright notice, this list of conditions and the following disclaimer ... Neither the name of the
 * Technische
 * Universitaet Berlin nor the names of its contributors may be used to endorse or promote products derived from this
 * software without specific prior written permission. THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND
 * CONTRIBUTORS "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES ... ARE DISCLAIMED."; the full notice is the licence block
 * at the top of the original file).
 * Copied unchanged: the whole class (entry: mul(c) = dup().muli(c): a new ComplexDoubleMul(r, i) made by dup(), then
 * muli(c, this) on it writes its fields, and it is returned).
 * Changes: package and class name (ComplexDoubleMul -> ComplexDoubleMul, one class per entry method; every use of the
 * class's name
 * renamed with it); the licence block shortened to this header; @Differentiable added to the entry method.
 */

import dev.leibniz.Differentiable;

/**
 * A complex value with double precision.
 *
 * @author Mikio L. Braun
 */
public class ComplexDoubleMul {

  private double r, i;
  public static final ComplexDoubleMul UNIT = new ComplexDoubleMul(1.0, 0.0);
  public static final ComplexDoubleMul I = new ComplexDoubleMul(0.0, 1.0);
  public static final ComplexDoubleMul NEG_UNIT = new ComplexDoubleMul(-1.0, 0.0);
  public static final ComplexDoubleMul NEG_I = new ComplexDoubleMul(0.0, -1.0);
  public static final ComplexDoubleMul ZERO = new ComplexDoubleMul(0.0);

  public ComplexDoubleMul(double real, double imag) {
    r = real;
    i = imag;
  }

  public ComplexDoubleMul(double real) {
    this(real, 0.0);
  }

  public String toString() {
    if (i >= 0) {
      return r + " + " + i + "i";
    } else {
      return r + " - " + (-i) + "i";
    }
  }

  public ComplexDoubleMul set(double real, double imag) {
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

  public ComplexDoubleMul dup() {
    return new ComplexDoubleMul(r, i);
  }

  public ComplexDoubleMul copy(ComplexDoubleMul other) {
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
  public ComplexDoubleMul addi(ComplexDoubleMul c, ComplexDoubleMul result) {
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
  public ComplexDoubleMul addi(ComplexDoubleMul c) {
    return addi(c, this);
  }

  /**
   * Add two complex numbers.
   *
   * @param c other complex number
   * @return new complex number with result
   */
  public ComplexDoubleMul add(ComplexDoubleMul c) {
    return dup().addi(c);
  }

  /**
   * Add a real number to a complex number in-place.
   *
   * @param a      real number to add
   * @param result complex number to hold result
   * @return same as result
   */
  public ComplexDoubleMul addi(double a, ComplexDoubleMul result) {
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
  public ComplexDoubleMul addi(double c) {
    return addi(c, this);
  }

  /**
   * Add a real number to a complex number.
   *
   * @param c real number to add
   * @return new complex number with result
   */
  public ComplexDoubleMul add(double c) {
    return dup().addi(c);
  }

  /**
   * Subtract two complex numbers, in-place
   *
   * @param c      complex number to subtract
   * @param result resulting complex number
   * @return same as result
   */
  public ComplexDoubleMul subi(ComplexDoubleMul c, ComplexDoubleMul result) {
    if (this == result) {
      r -= c.r;
      i -= c.i;
    } else {
      result.r = r - c.r;
      result.i = i - c.i;
    }
    return this;
  }

  public ComplexDoubleMul subi(ComplexDoubleMul c) {
    return subi(c, this);
  }

  /**
   * Subtract two complex numbers
   *
   * @param c complex number to subtract
   * @return new complex number with result
   */
  public ComplexDoubleMul sub(ComplexDoubleMul c) {
    return dup().subi(c);
  }

  public ComplexDoubleMul subi(double a, ComplexDoubleMul result) {
    if (this == result) {
      r -= a;
    } else {
      result.r = r - a;
      result.i = i;
    }
    return result;
  }

  public ComplexDoubleMul subi(double a) {
    return subi(a, this);
  }

  public ComplexDoubleMul sub(double r) {
    return dup().subi(r);
  }

  /**
   * Multiply two complex numbers, in-place
   *
   * @param c      other complex number
   * @param result complex number where product is stored
   * @return same as result
   */
  public ComplexDoubleMul muli(ComplexDoubleMul c, ComplexDoubleMul result) {
    double newR = r * c.r - i * c.i;
    double newI = r * c.i + i * c.r;
    result.r = newR;
    result.i = newI;
    return result;
  }

  public ComplexDoubleMul muli(ComplexDoubleMul c) {
    return muli(c, this);
  }

  /**
   * Multiply two complex numbers
   *
   * @param c other complex number
   * @return new complex number with product of this and c
   */
  @Differentiable
  public ComplexDoubleMul mul(ComplexDoubleMul c) {
    return dup().muli(c);
  }

  public ComplexDoubleMul mul(double v) {
    return dup().muli(v);
  }

  public ComplexDoubleMul muli(double v, ComplexDoubleMul result) {
    if (this == result) {
      r *= v;
      i *= v;
    } else {
      result.r = r * v;
      result.i = i * v;
    }
    return this;
  }

  public ComplexDoubleMul muli(double v) {
    return muli(v, this);
  }

  /**
   * Divide two complex numbers
   *
   * @param c complex number to divide this by
   * @return new complex number with quotient of this and c
   */
  public ComplexDoubleMul div(ComplexDoubleMul c) {
    return dup().divi(c);
  }

  /**
   * Divide two complex numbers, in-place
   *
   * @param c      complex number to divide this by
   * @param result complex number to hold result
   * @return same as result
   */
  public ComplexDoubleMul divi(ComplexDoubleMul c, ComplexDoubleMul result) {
    double d = c.r * c.r + c.i * c.i;
    double newR = (r * c.r + i * c.i) / d;
    double newI = (i * c.r - r * c.i) / d;
    result.r = newR;
    result.i = newI;
    return result;
  }

  public ComplexDoubleMul divi(ComplexDoubleMul c) {
    return divi(c, this);
  }

  public ComplexDoubleMul divi(double v, ComplexDoubleMul result) {
    if (this == result) {
      r /= v;
      i /= v;
    } else {
      result.r = r / v;
      result.i = i / v;
    }
    return this;
  }

  public ComplexDoubleMul divi(double v) {
    return divi(v, this);
  }

  public ComplexDoubleMul div(double v) {
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

  public ComplexDoubleMul invi() {
    double d = r * r + i * i;
    r = r / d;
    i = -i / d;
    return this;
  }

  public ComplexDoubleMul inv() {
    return dup().invi();
  }

  public ComplexDoubleMul neg() {
    return dup().negi();
  }

  public ComplexDoubleMul negi() {
    r = -r;
    i = -i;
    return this;
  }

  public ComplexDoubleMul conji() {
    i = -i;
    return this;
  }

  public ComplexDoubleMul conj() {
    return dup().conji();
  }

  public ComplexDoubleMul sqrt() {
    double a = abs();
    double s2 = (double) Math.sqrt(2);
    double p = (double) Math.sqrt(a + r) / s2;
    double sgn = Math.signum(i);
    if (sgn == 0.0) {
      sgn = 1.0;
    }
    double q = (double) Math.sqrt(a - r) / s2 * Math.signum(sgn);
    return new ComplexDoubleMul(p, q);
  }

  /**
   * Comparing two ComplexDoubleMul values.
   *
   * @param o object to compare this against
   * @return true if both numbers have the same value
   */
  public boolean equals(Object o) {
    if (!(o instanceof ComplexDoubleMul)) {
      return false;
    }
    ComplexDoubleMul c = (ComplexDoubleMul) o;

    return r == c.r && i == c.i;
  }

  public int hashCode() {
    return Double.valueOf(r).hashCode() ^ Double.valueOf(i).hashCode();
  }

  public boolean eq(ComplexDoubleMul c) {
    return Math.abs(r - c.r) + Math.abs(i - c.i) < (double) 1e-6;
  }

  public boolean ne(ComplexDoubleMul c) {
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
