package dev.leibniz.corpus.geographiclib;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: GeographicLib-Java 2.0, GeographicLib-Java-2.0-sources.jar (Maven Central,
 * net.sf.geographiclib:GeographicLib-Java:2.0), net/sf/geographiclib/GeoMath.java
 * Licence: MIT/X11. Copyright (c) Charles Karney (2013-2022) <charles@karney.com>; see
 * https://geographiclib.sourceforge.io/ (permission is granted to use, copy, modify and distribute).
 * Copied unchanged: sincosd(Pair, double) (entry; exact reduction by x % 360 and Math.round(r / 90), a switch on the quadrant, writes the Pair).
 * Changes: package and class name (GeoMath -> GeoMathSincosd); javadoc omitted; @Differentiable added to the entry method.
 */

import dev.leibniz.Differentiable;

public final class GeoMathSincosd {
  @Differentiable
  public static void sincosd(Pair p, double x) {
    // In order to minimize round-off errors, this function exactly reduces
    // the argument to the range [-45, 45] before converting it to radians.
    double r; int q;
    r = x % 360.0;
    q = (int)Math.round(r / 90); // If r is NaN this returns 0
    r -= 90 * q;
    // now abs(r) <= 45
    r = Math.toRadians(r);
    // Possibly could call the gnu extension sincos
    double s = Math.sin(r), c = Math.cos(r);
    double sinx, cosx;
    switch (q & 3) {
    case  0: sinx =  s; cosx =  c; break;
    case  1: sinx =  c; cosx = -s; break;
    case  2: sinx = -s; cosx = -c; break;
    default: sinx = -c; cosx =  s; break; // case 3
    }
    if (sinx == 0) sinx = Math.copySign(sinx, x);
    p.first = sinx; p.second = 0.0 + cosx;
  }
}
