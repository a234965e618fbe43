package dev.leibniz.corpus.jts;

/*
 * A helper of the real-code corpus (not an entry; see ../README.md).
 * Source: locationtech/jts (GitHub), modules/core/src/main/java/org/locationtech/jts/math/MathUtil.java
 * Licence: Eclipse Public License 2.0 and Eclipse Distribution License 1.0 (BSD-3-Clause); Copyright (c)
 * 2016 Vivid Solutions. All rights reserved.
 * Copied unchanged: hypot; the rest of the class is omitted; javadoc omitted.
 */
public class MathUtil {
  public static double hypot(double x, double y) {
    return Math.sqrt(x * x +  y * y);
  }

}
