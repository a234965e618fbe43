package dev.leibniz.corpus.jts;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: JTS Topology Suite 1.19.0, jts-core-1.19.0-sources.jar (Maven Central,
 *   org.locationtech.jts:jts-core:1.19.0), org/locationtech/jts/algorithm/Angle.java
 * Licence: Eclipse Public License 2.0 and Eclipse Distribution License 1.0 (BSD-3-Clause); Copyright (c)
 * 2016 Vivid Solutions. All rights reserved.
 * Copied unchanged: PI_TIMES_2, angle(Coordinate, Coordinate) and angleBetweenOriented(Coordinate, Coordinate, Coordinate) (entry; atan2 of coordinate differences, normalisation branches).
 * Changes: package and class name (Angle -> AngleBetweenOriented); javadoc omitted; @Differentiable added to the entry method.
 */

import dev.leibniz.Differentiable;

public final class AngleBetweenOriented {
  public static final double PI_TIMES_2 = 2.0 * Math.PI;

  public static double angle(Coordinate p0, Coordinate p1) {
      double dx = p1.x - p0.x;
      double dy = p1.y - p0.y;
      return Math.atan2(dy, dx);
  }

  @Differentiable
  public static double angleBetweenOriented(Coordinate tip1, Coordinate tail,
			Coordinate tip2) 
  {
		double a1 = angle(tail, tip1);
		double a2 = angle(tail, tip2);
		double angDel = a2 - a1;
		
		// normalize, maintaining orientation
		if (angDel <= -Math.PI)
			return angDel + PI_TIMES_2;
		if (angDel > Math.PI)
			return angDel - PI_TIMES_2;
		return angDel;
  }
}
