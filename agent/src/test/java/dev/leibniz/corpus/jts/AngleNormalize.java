package dev.leibniz.corpus.jts;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: locationtech/jts (GitHub), modules/core/src/main/java/org/locationtech/jts/algorithm/Angle.java
 * Licence: Eclipse Public License 2.0 and Eclipse Distribution License 1.0 (BSD-3-Clause); Copyright (c)
 * 2016 Vivid Solutions. All rights reserved.
 * Copied unchanged: the constant PI_TIMES_2 and normalize(double) (entry; two while loops that shift by 2 pi).
 * Changes: package and class name; javadoc omitted; @Differentiable added to the entry method.
 */

import dev.leibniz.Differentiable;

public final class AngleNormalize {
  public static final double PI_TIMES_2 = 2.0 * Math.PI;

  @Differentiable
  public static double normalize(double angle)
  {
    while (angle > Math.PI)
      angle -= PI_TIMES_2;
    while (angle <= -Math.PI)
      angle += PI_TIMES_2;
    return angle;
  }
}
