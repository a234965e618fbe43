package dev.leibniz.corpus.geographiclib;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: GeographicLib-Java 2.0, GeographicLib-Java-2.0-sources.jar (Maven Central,
 * net.sf.geographiclib:GeographicLib-Java:2.0), net/sf/geographiclib/GeoMath.java
 * Licence: MIT/X11. Copyright (c) Charles Karney (2013-2022) <charles@karney.com>; see
 * https://geographiclib.sourceforge.io/ (permission is granted to use, copy, modify and distribute).
 * Copied unchanged: AngDiff(Pair, double, double) (entry; writes its result into the Pair; IEEEremainder, copySign) and sum(Pair, double, double) (the error-free two-sum).
 * Changes: package and class name (GeoMath -> GeoMathAngDiff); javadoc omitted; @Differentiable added to the entry method.
 */

import dev.leibniz.Differentiable;

public final class GeoMathAngDiff {
  public static void sum(Pair p, double u, double v) {
    double s = u + v;
    double up = s - v;
    double vpp = s - up;
    up -= u;
    vpp -= v;
    double t = s != 0 ? 0.0 - (up + vpp) : s;
    // u + v =       s      + t
    //       = round(u + v) + t
    p.first = s; p.second = t;
  }

  @Differentiable
  public static void AngDiff(Pair p, double x, double y) {
    sum(p, Math.IEEEremainder(-x, 360.0), Math.IEEEremainder(y, 360.0));
    sum(p, Math.IEEEremainder(p.first, 360.0), p.second);
    if (p.first == 0 || Math.abs(p.first) == 180)
      // p = [d, e]...
      // If e == 0, take sign from y - x
      // else (e != 0, implies d = +/-180), d and e must have opposite signs
      p.first = Math.copySign(p.first, p.second == 0 ? y - x : -p.second);
  }
}
