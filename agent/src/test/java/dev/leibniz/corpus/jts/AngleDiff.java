package dev.leibniz.corpus.jts;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: locationtech/jts (GitHub), modules/core/src/main/java/org/locationtech/jts/algorithm/Angle.java
 * Licence: Eclipse Public License 2.0 and Eclipse Distribution License 1.0 (BSD-3-Clause); Copyright (c)
 * 2016 Vivid Solutions. All rights reserved.
 * Copied unchanged: the constant PI_TIMES_2 and diff(double, double) (entry; branches).
 * Changes: package and class name; javadoc omitted; @Differentiable added to the entry method.
 */

import dev.leibniz.Differentiable;

public final class AngleDiff {
  public static final double PI_TIMES_2 = 2.0 * Math.PI;

  @Differentiable
  public static double diff(double ang1, double ang2) {
    double delAngle;

    if (ang1 < ang2) {
      delAngle = ang2 - ang1;
    } else {
      delAngle = ang1 - ang2;
    }

    if (delAngle > Math.PI) {
      delAngle = PI_TIMES_2 - delAngle;
    }

    return delAngle;
  }
}
