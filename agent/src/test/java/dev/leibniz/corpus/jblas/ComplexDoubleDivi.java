package dev.leibniz.corpus.jblas;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: jblas (jblas-project/jblas on GitHub, commit d52d16aecc9608ca00a61bb651a930e7696b5afe),
 * src/main/java/org/jblas/ComplexDoubleDivi.java
 * Licence: BSD 3-clause ("Copyright (c) 2009, Mikio L. Braun. All rights reserved. Redistribution and use in source and
 * binary forms, with or without modification, are permitted provided that ... Redistributions of source code must
 * retain
 * the above copyright notice, this list of conditions and the following disclaimer ... Neither the name of the
 * Technische
 * Universitaet Berlin nor the names of its contributors may be used to endorse or promote products derived from this
 * software without specific prior written permission. THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND
 * CONTRIBUTORS "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES ... ARE DISCLAIMED."; the full notice is the licence block
 * at the top of the original file).
 * Copied unchanged: the whole class (entry: divi(c, result), the quotient of the receiver by c written into result's
 * fields, result returned).
 * Changes: package and class name (ComplexDoubleDivi -> ComplexDoubleDivi, one class per entry method; every use of the
 * class's name
 * renamed with it); the licence block shortened to this header; @Differentiable added to the entry method.
 */

import dev.leibniz.Differentiable;

/**
 * A complex value with double precision.
 *
 * @author Mikio L. Braun
 */
public class ComplexDoubleDivi {

  private double r, i;
  public static final ComplexDoubleDivi UNIT = new ComplexDoubleDivi(1.0, 0.0);
  public static final ComplexDoubleDivi I = new ComplexDoubleDivi(0.0, 1.0);
  public static final ComplexDoubleDivi NEG_UNIT = new ComplexDoubleDivi(-1.0, 0.0);
  public static final ComplexDoubleDivi NEG_I = new ComplexDoubleDivi(0.0, -1.0);
  public static final ComplexDoubleDivi ZERO = new ComplexDoubleDivi(0.0);

  public ComplexDoubleDivi(double real, double imag) {
    r = real;
    i = imag;
  }

  public ComplexDoubleDivi(double real) {
    this(real, 0.0);
  }

  public String toString() {
    if (i >= 0) {
      return r + " + " + i + "i";
    } else {
      return r + " - " + (-i) + "i";
    }
  }

  public ComplexDoubleDivi set(double real, double imag) {
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

  public ComplexDoubleDivi dup() {
    return new ComplexDoubleDivi(r, i);
  }

  public ComplexDoubleDivi copy(ComplexDoubleDivi other) {
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
  public ComplexDoubleDivi addi(ComplexDoubleDivi c, ComplexDoubleDivi result) {
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
  public ComplexDoubleDivi addi(ComplexDoubleDivi c) {
    return addi(c, this);
  }

  /**
   * Add two complex numbers.
   *
   * @param c other complex number
   * @return new complex number with result
   */
  public ComplexDoubleDivi add(ComplexDoubleDivi c) {
    return dup().addi(c);
  }

  /**
   * Add a real number to a complex number in-place.
   *
   * @param a      real number to add
   * @param result complex number to hold result
   * @return same as result
   */
  public ComplexDoubleDivi addi(double a, ComplexDoubleDivi result) {
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
  public ComplexDoubleDivi addi(double c) {
    return addi(c, this);
  }

  /**
   * Add a real number to a complex number.
   *
   * @param c real number to add
   * @return new complex number with result
   */
  public ComplexDoubleDivi add(double c) {
    return dup().addi(c);
  }

  /**
   * Subtract two complex numbers, in-place
   *
   * @param c      complex number to subtract
   * @param result resulting complex number
   * @return same as result
   */
  public ComplexDoubleDivi subi(ComplexDoubleDivi c, ComplexDoubleDivi result) {
    if (this == result) {
      r -= c.r;
      i -= c.i;
    } else {
      result.r = r - c.r;
      result.i = i - c.i;
    }
    return this;
  }

  public ComplexDoubleDivi subi(ComplexDoubleDivi c) {
    return subi(c, this);
  }

  /**
   * Subtract two complex numbers
   *
   * @param c complex number to subtract
   * @return new complex number with result
   */
  public ComplexDoubleDivi sub(ComplexDoubleDivi c) {
    return dup().subi(c);
  }

  public ComplexDoubleDivi subi(double a, ComplexDoubleDivi result) {
    if (this == result) {
      r -= a;
    } else {
      result.r = r - a;
      result.i = i;
    }
    return result;
  }

  public ComplexDoubleDivi subi(double a) {
    return subi(a, this);
  }

  public ComplexDoubleDivi sub(double r) {
    return dup().subi(r);
  }

  /**
   * Multiply two complex numbers, in-place
   *
   * @param c      other complex number
   * @param result complex number where product is stored
   * @return same as result
   */
  public ComplexDoubleDivi muli(ComplexDoubleDivi c, ComplexDoubleDivi result) {
    double newR = r * c.r - i * c.i;
    double newI = r * c.i + i * c.r;
    result.r = newR;
    result.i = newI;
    return result;
  }

  public ComplexDoubleDivi muli(ComplexDoubleDivi c) {
    return muli(c, this);
  }

  /**
   * Multiply two complex numbers
   *
   * @param c other complex number
   * @return new complex number with product of this and c
   */
  public ComplexDoubleDivi mul(ComplexDoubleDivi c) {
    return dup().muli(c);
  }

  public ComplexDoubleDivi mul(double v) {
    return dup().muli(v);
  }

  public ComplexDoubleDivi muli(double v, ComplexDoubleDivi result) {
    if (this == result) {
      r *= v;
      i *= v;
    } else {
      result.r = r * v;
      result.i = i * v;
    }
    return this;
  }

  public ComplexDoubleDivi muli(double v) {
    return muli(v, this);
  }

  /**
   * Divide two complex numbers
   *
   * @param c complex number to divide this by
   * @return new complex number with quotient of this and c
   */
  public ComplexDoubleDivi div(ComplexDoubleDivi c) {
    return dup().divi(c);
  }

  /**
   * Divide two complex numbers, in-place
   *
   * @param c      complex number to divide this by
   * @param result complex number to hold result
   * @return same as result
   */
  @Differentiable
  public ComplexDoubleDivi divi(ComplexDoubleDivi c, ComplexDoubleDivi result) {
    double d = c.r * c.r + c.i * c.i;
    double newR = (r * c.r + i * c.i) / d;
    double newI = (i * c.r - r * c.i) / d;
    result.r = newR;
    result.i = newI;
    return result;
  }

  public ComplexDoubleDivi divi(ComplexDoubleDivi c) {
    return divi(c, this);
  }

  public ComplexDoubleDivi divi(double v, ComplexDoubleDivi result) {
    if (this == result) {
      r /= v;
      i /= v;
    } else {
      result.r = r / v;
      result.i = i / v;
    }
    return this;
  }

  public ComplexDoubleDivi divi(double v) {
    return divi(v, this);
  }

  public ComplexDoubleDivi div(double v) {
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

  public ComplexDoubleDivi invi() {
    double d = r * r + i * i;
    r = r / d;
    i = -i / d;
    return this;
  }

  public ComplexDoubleDivi inv() {
    return dup().invi();
  }

  public ComplexDoubleDivi neg() {
    return dup().negi();
  }

  public ComplexDoubleDivi negi() {
    r = -r;
    i = -i;
    return this;
  }

  public ComplexDoubleDivi conji() {
    i = -i;
    return this;
  }

  public ComplexDoubleDivi conj() {
    return dup().conji();
  }

  public ComplexDoubleDivi sqrt() {
    double a = abs();
    double s2 = (double) Math.sqrt(2);
    double p = (double) Math.sqrt(a + r) / s2;
    double sgn = Math.signum(i);
    if (sgn == 0.0) {
      sgn = 1.0;
    }
    double q = (double) Math.sqrt(a - r) / s2 * Math.signum(sgn);
    return new ComplexDoubleDivi(p, q);
  }

  /**
   * Comparing two ComplexDoubleDivi values.
   *
   * @param o object to compare this against
   * @return true if both numbers have the same value
   */
  public boolean equals(Object o) {
    if (!(o instanceof ComplexDoubleDivi)) {
      return false;
    }
    ComplexDoubleDivi c = (ComplexDoubleDivi) o;

    return r == c.r && i == c.i;
  }

  public int hashCode() {
    return Double.valueOf(r).hashCode() ^ Double.valueOf(i).hashCode();
  }

  public boolean eq(ComplexDoubleDivi c) {
    return Math.abs(r - c.r) + Math.abs(i - c.i) < (double) 1e-6;
  }

  public boolean ne(ComplexDoubleDivi c) {
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
