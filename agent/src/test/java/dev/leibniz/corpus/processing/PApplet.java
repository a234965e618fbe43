/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: processing/processing 3.3.7, org.processing:core:3.3.7 sources jar (Maven Central), processing/core/PApplet.java
 * Licence: LGPL-2.1 (the file's header, kept below).
 * Copied: only the static maths methods PVector calls and those the corpus enters (sq, sqrt, constrain, sin, cos, atan2,
 *   degrees, radians, mag, dist, lerp, norm), each unchanged; the rest of the 15,700-line applet (drawing, events, I/O,
 *   the instance random and noise) is left out.
 * Changes: package dev.leibniz.corpus.processing (the original's processing.core); the class made final with a private constructor and
 *   declared to implement the PConstants it reads (the original "public class PApplet implements PConstants");
 *   @Differentiable added to the entry methods (see ThirtyFourthRound) with its import.
 */
/* -*- mode: java; c-basic-offset: 2; indent-tabs-mode: nil -*- */

/*
  Part of the Processing project - http://processing.org

  Copyright (c) 2012-15 The Processing Foundation
  Copyright (c) 2004-12 Ben Fry and Casey Reas
  Copyright (c) 2001-04 Massachusetts Institute of Technology

  This library is free software; you can redistribute it and/or
  modify it under the terms of the GNU Lesser General Public
  License as published by the Free Software Foundation, version 2.1.

  This library is distributed in the hope that it will be useful,
  but WITHOUT ANY WARRANTY; without even the implied warranty of
  MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the GNU
  Lesser General Public License for more details.

  You should have received a copy of the GNU Lesser General
  Public License along with this library; if not, write to the
  Free Software Foundation, Inc., 59 Temple Place, Suite 330,
  Boston, MA  02111-1307  USA
*/


package dev.leibniz.corpus.processing;

import dev.leibniz.Differentiable;

public final class PApplet implements PConstants {
  private PApplet() {}

  static public final float sq(float n) {
    return n*n;
  }

  static public final float sqrt(float n) {
    return (float)Math.sqrt(n);
  }

  @Differentiable
  static public final float constrain(float amt, float low, float high) {
    return (amt < low) ? low : ((amt > high) ? high : amt);
  }

  static public final float sin(float angle) {
    return (float)Math.sin(angle);
  }

  static public final float cos(float angle) {
    return (float)Math.cos(angle);
  }

  static public final float atan2(float y, float x) {
    return (float)Math.atan2(y, x);
  }

  @Differentiable
  static public final float degrees(float radians) {
    return radians * RAD_TO_DEG;
  }

  static public final float radians(float degrees) {
    return degrees * DEG_TO_RAD;
  }

  static public final float mag(float a, float b) {
    return (float)Math.sqrt(a*a + b*b);
  }

  @Differentiable
  static public final float mag(float a, float b, float c) {
    return (float)Math.sqrt(a*a + b*b + c*c);
  }

  static public final float dist(float x1, float y1, float x2, float y2) {
    return sqrt(sq(x2-x1) + sq(y2-y1));
  }

  @Differentiable
  static public final float dist(float x1, float y1, float z1,
                                 float x2, float y2, float z2) {
    return sqrt(sq(x2-x1) + sq(y2-y1) + sq(z2-z1));
  }

  @Differentiable
  static public final float lerp(float start, float stop, float amt) {
    return start + (stop-start) * amt;
  }

  @Differentiable
  static public final float norm(float value, float start, float stop) {
    return (value - start) / (stop - start);
  }
}
