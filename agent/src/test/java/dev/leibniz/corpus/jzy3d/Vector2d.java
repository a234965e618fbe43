/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: jzy3d/jzy3d-api (GitHub, commit 3caf024a2773ce6fef3c8bc5bb26736e7737abbe),
 * jzy3d-core/src/main/java/org/jzy3d/maths/Vector2d.java
 * Licence: BSD-3-Clause (the repository's license.txt: "Copyright (c) Since 2009, Martin Pernollet and contributors. All
 * rights reserved. Redistribution and use in source and binary forms, with or without modification, are permitted
 * provided that the following conditions are met: 1. Redistributions of source code must retain the above copyright
 * notice, this list of conditions and the following disclaimer. 2. Redistributions in binary form must reproduce the above
 * copyright notice, this list of conditions and the following disclaimer in the documentation and/or other materials
 * provided with the distribution. 3. Neither the name of Martin Pernollet nor the names of other contributors may be used
 * to endorse or promote products derived from this software without specific prior written permission. THIS SOFTWARE IS
 * PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES ... ARE DISCLAIMED.").
 * Copied: the whole file.
 * Changes: package dev.leibniz.corpus.jzy3d (the original's org.jzy3d.maths); @Differentiable added to the entry methods dot, norm with its import.
 */
package dev.leibniz.corpus.jzy3d;

import dev.leibniz.Differentiable;

/**
 * Storage for a 2 dimensional vector defined by two points. Provide the vector function that
 * returns the vector as a Coord3d, as well as dot product and norm.
 * 
 * @author Martin Pernollet
 */
public class Vector2d {

  /** Create a vector, described by two points. */
  public Vector2d(float x1, float y1, float x2, float y2) {
    this.x1 = x1;
    this.x2 = x2;
    this.y1 = y1;
    this.y2 = y2;
  }

  /** Create a vector, described by two coordinates. */
  public Vector2d(Coord2d p1, Coord2d p2) {
    x1 = p1.x;
    x2 = p2.x;
    y1 = p1.y;
    y2 = p2.y;
  }

  /***********************************************************/

  /** Return the vector induced by this set of coordinates. */
  public Coord2d vector() {
    return new Coord2d(x2 - x1, y2 - y1);
  }

  /**
   * Compute the dot product between and current and given vector.
   * 
   * @param v input vector
   * @return the dot product
   */
  @Differentiable
  public float dot(Vector2d v) {
    Coord2d v1 = vector();
    Coord2d v2 = v.vector();
    return v1.x * v2.x + v1.y * v2.y;
  }

  /**
   * Compute the norm of this vector.
   * 
   * @return the norm
   */
  @Differentiable
  public float norm() {
    return (float) Math.sqrt(Math.pow(x2 - x1, 2) + Math.pow(y2 - y1, 2));
  }

  /***********************************************************/

  private float x1;
  private float x2;
  private float y1;
  private float y2;
}
