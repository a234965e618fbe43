package dev.leibniz.corpus.jbox2d;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: jbox2d/jbox2d (GitHub), jbox2d-library/src/main/java/org/jbox2d/common/MathUtils.java
 * Licence: BSD 2-clause, Copyright (c) 2013, Daniel Murphy. All rights reserved. Redistribution and use in
 * source and binary forms, with or without modification, are permitted provided that the conditions of
 * the licence are met (retain this notice). THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND
 * CONTRIBUTORS "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES ... ARE DISCLAIMED.
 * Copied unchanged: the float constants PI, TWOPI, HALF_PI, reduceAngle (entry; float remainder) and abs.
 * Changes: package and class name; javadoc omitted; @Differentiable added to the entry method.
 * Reads the mutable static flag Settings.FAST_ABS of another class (copied in Settings.java).
 */

import dev.leibniz.Differentiable;

public final class MathUtilsReduceAngle {
  public static final float PI = (float) Math.PI;
  public static final float TWOPI = (float) (Math.PI * 2);
  public static final float INV_PI = 1f / PI;
  public static final float HALF_PI = PI / 2;

  @Differentiable
  public static final float reduceAngle(float theta) {
    theta %= TWOPI;
    if (abs(theta) > PI) {
      theta = theta - TWOPI;
    }
    if (abs(theta) > HALF_PI) {
      theta = PI - theta;
    }
    return theta;
  }

  public static final float abs(final float x) {
    if (Settings.FAST_ABS) {
      return x > 0 ? x : -x;
    } else {
      return StrictMath.abs(x);
    }
  }
}
