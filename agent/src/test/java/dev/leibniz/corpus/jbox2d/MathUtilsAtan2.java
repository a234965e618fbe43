package dev.leibniz.corpus.jbox2d;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: jbox2d/jbox2d (GitHub), jbox2d-library/src/main/java/org/jbox2d/common/MathUtils.java
 * Licence: BSD 2-clause, Copyright (c) 2013, Daniel Murphy. All rights reserved. Redistribution and use in
 * source and binary forms, with or without modification, are permitted provided that the conditions of
 * the licence are met (retain this notice). THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND
 * CONTRIBUTORS "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES ... ARE DISCLAIMED.
 * Copied unchanged: the float constants PI, TWOPI, HALF_PI, atan2 (entry; float code), fastAtan2 and abs.
 * Changes: package and class name; javadoc omitted; @Differentiable added to the entry method.
 * Reads the mutable static flags Settings.FAST_ATAN2 and Settings.FAST_ABS of another class (copied in
 * Settings.java).
 */

import dev.leibniz.Differentiable;

public final class MathUtilsAtan2 {
  public static final float PI = (float) Math.PI;
  public static final float TWOPI = (float) (Math.PI * 2);
  public static final float INV_PI = 1f / PI;
  public static final float HALF_PI = PI / 2;

  @Differentiable
  public static final float atan2(final float y, final float x) {
    if (Settings.FAST_ATAN2) {
      return fastAtan2(y, x);
    } else {
      return (float) StrictMath.atan2(y, x);
    }
  }

  public static final float fastAtan2(float y, float x) {
    if (x == 0.0f) {
      if (y > 0.0f) return HALF_PI;
      if (y == 0.0f) return 0.0f;
      return -HALF_PI;
    }
    float atan;
    final float z = y / x;
    if (abs(z) < 1.0f) {
      atan = z / (1.0f + 0.28f * z * z);
      if (x < 0.0f) {
        if (y < 0.0f) return atan - PI;
        return atan + PI;
      }
    } else {
      atan = HALF_PI - z / (z * z + 0.28f);
      if (y < 0.0f) return atan - PI;
    }
    return atan;
  }

  public static final float abs(final float x) {
    if (Settings.FAST_ABS) {
      return x > 0 ? x : -x;
    } else {
      return StrictMath.abs(x);
    }
  }
}
