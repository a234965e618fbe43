package dev.leibniz.corpus.geographiclib;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: GeographicLib-Java 2.0, GeographicLib-Java-2.0-sources.jar (Maven Central,
 * net.sf.geographiclib:GeographicLib-Java:2.0), net/sf/geographiclib/Geodesic.java
 * Licence: MIT/X11. Copyright (c) Charles Karney (2013-2022) <charles@karney.com>; see
 * https://geographiclib.sourceforge.io/ (permission is granted to use, copy, modify and distribute).
 * Copied unchanged: Astroid(double, double) (entry; cbrt, atan2, branches on the discriminant; calls GeoMath.sq).
 * Changes: package and class name (Geodesic -> GeodesicAstroid); javadoc omitted; @Differentiable added to the entry method.
 */

import dev.leibniz.Differentiable;

public final class GeodesicAstroid {
  @Differentiable
  private static double Astroid(double x, double y) {
    // Solve k^4+2*k^3-(x^2+y^2-1)*k^2-2*y^2*k-y^2 = 0 for positive root k.
    // This solution is adapted from Geocentric::Reverse.
    double k;
    double
      p = GeoMath.sq(x),
      q = GeoMath.sq(y),
      r = (p + q - 1) / 6;
    if ( !(q == 0 && r <= 0) ) {
      double
        // Avoid possible division by zero when r = 0 by multiplying equations
        // for s and t by r^3 and r, resp.
        S = p * q / 4,            // S = r^3 * s
        r2 = GeoMath.sq(r),
        r3 = r * r2,
        // The discriminant of the quadratic equation for T3.  This is zero on
        // the evolute curve p^(1/3)+q^(1/3) = 1
        disc = S * (S + 2 * r3);
      double u = r;
      if (disc >= 0) {
        double T3 = S + r3;
        // Pick the sign on the sqrt to maximize abs(T3).  This minimizes loss
        // of precision due to cancellation.  The result is unchanged because
        // of the way the T is used in definition of u.
        T3 += T3 < 0 ? -Math.sqrt(disc) : Math.sqrt(disc); // T3 = (r * t)^3
        // N.B. cbrt always returns the double root.  cbrt(-8) = -2.
        double T = Math.cbrt(T3); // T = r * t
        // T can be zero; but then r2 / T -> 0.
        u += T + (T != 0 ? r2 / T : 0);
      } else {
        // T is complex, but the way u is defined the result is double.
        double ang = Math.atan2(Math.sqrt(-disc), -(S + r3));
        // There are three possible cube roots.  We choose the root which
        // avoids cancellation.  Note that disc < 0 implies that r < 0.
        u += 2 * r * Math.cos(ang / 3);
      }
      double
        v = Math.sqrt(GeoMath.sq(u) + q),    // guaranteed positive
        // Avoid loss of accuracy when u < 0.
        uv = u < 0 ? q / (v - u) : u + v, // u+v, guaranteed positive
        w = (uv - q) / (2 * v);           // positive?
      // Rearrange expression for k to avoid loss of accuracy due to
      // subtraction.  Division by 0 not possible because uv > 0, w >= 0.
      k = uv / (Math.sqrt(uv + GeoMath.sq(w)) + w);   // guaranteed positive
    } else {               // q == 0 && r <= 0
      // y = 0 with |x| <= 1.  Handle this case directly.
      // for y small, positive root is k = abs(y)/sqrt(1-x^2)
      k = 0;
    }
    return k;
  }
}
