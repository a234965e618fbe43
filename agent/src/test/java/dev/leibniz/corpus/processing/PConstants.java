/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: processing/processing 3.3.7, org.processing:core:3.3.7 sources jar (Maven Central), processing/core/PConstants.java
 * Licence: LGPL-2.1 (the file's header, kept below).
 * Copied: the eight angle constants (PI, HALF_PI, THIRD_PI, QUARTER_PI, TWO_PI, TAU, DEG_TO_RAD, RAD_TO_DEG), unchanged;
 *   the renderer, key, cursor and shape constants (and their java.awt imports) are left out.
 * Changes: package dev.leibniz.corpus.processing (the original's processing.core).
 */
/* -*- mode: java; c-basic-offset: 2; indent-tabs-mode: nil -*- */

/*
  Part of the Processing project - http://processing.org

  Copyright (c) 2004-11 Ben Fry and Casey Reas
  Copyright (c) 2001-04 Massachusetts Institute of Technology

  This library is free software; you can redistribute it and/or
  modify it under the terms of the GNU Lesser General Public
  License as published by the Free Software Foundation; either
  version 2.1 of the License, or (at your option) any later version.

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

public interface PConstants {
  static final float PI = (float) Math.PI;
  static final float HALF_PI = (float) (Math.PI / 2.0);
  static final float THIRD_PI = (float) (Math.PI / 3.0);
  static final float QUARTER_PI = (float) (Math.PI / 4.0);
  static final float TWO_PI = (float) (2.0 * Math.PI);
  static final float TAU = (float) (2.0 * Math.PI);
  static final float DEG_TO_RAD = PI/180.0f;
  static final float RAD_TO_DEG = 180.0f/PI;
}
