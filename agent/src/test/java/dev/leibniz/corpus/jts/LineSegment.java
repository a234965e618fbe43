package dev.leibniz.corpus.jts;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: locationtech/jts (GitHub), modules/core/src/main/java/org/locationtech/jts/geom/LineSegment.java
 * Licence: Eclipse Public License 2.0 and Eclipse Distribution License 1.0 (BSD-3-Clause); Copyright (c)
 * 2016 Vivid Solutions. All rights reserved.
 * Copied unchanged: the fields p0 and p1, the two-point constructor and pointAlongOffset (entry; reads
 * Coordinate objects held in fields, builds its result with p0.create() and the setters).
 * Changes: package; javadoc omitted; "implements Comparable, Serializable" and the other members omitted;
 * @Differentiable added to the entry method.
 * Uses Coordinate and MathUtil.hypot of JTS (minimal copies next to this class).
 */

import dev.leibniz.Differentiable;

public class LineSegment {
  public Coordinate p0, p1;

  public LineSegment(Coordinate p0, Coordinate p1) {
    this.p0 = p0;
    this.p1 = p1;
  }

  @Differentiable
  public Coordinate pointAlongOffset(double segmentLengthFraction, double offsetDistance)
  {
  	// the point on the segment line
    double segx = p0.x + segmentLengthFraction * (p1.x - p0.x);
    double segy = p0.y + segmentLengthFraction * (p1.y - p0.y);
    
    double dx = p1.x - p0.x;
    double dy = p1.y - p0.y;
    double len = MathUtil.hypot(dx, dy);
    double ux = 0.0;
    double uy = 0.0;
    if (offsetDistance != 0.0) {
      if (len <= 0.0)
        throw new IllegalStateException("Cannot compute offset from zero-length line segment");

      // u is the vector that is the length of the offset, in the direction of the segment
      ux = offsetDistance * dx / len;
      uy = offsetDistance * dy / len;
    }
    
    // the offset point is the seg point plus the offset vector rotated 90 degrees CCW
    double offsetx = segx - uy;
    double offsety = segy + ux;

    Coordinate coord = p0.create();
    coord.setX(offsetx);
    coord.setY(offsety);
    return coord;
  }
}
