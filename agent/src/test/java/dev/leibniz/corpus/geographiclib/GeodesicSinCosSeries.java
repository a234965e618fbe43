package dev.leibniz.corpus.geographiclib;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: GeographicLib-Java 2.0, GeographicLib-Java-2.0-sources.jar (Maven Central,
 * net.sf.geographiclib:GeographicLib-Java:2.0), net/sf/geographiclib/Geodesic.java
 * Licence: MIT/X11. Copyright (c) Charles Karney (2013-2022) <charles@karney.com>; see
 * https://geographiclib.sourceforge.io/ (permission is granted to use, copy, modify and distribute).
 * Copied unchanged: SinCosSeries(boolean, double, double, double[]) (entry; Clenshaw summation, a loop unrolled by two).
 * Changes: package and class name (Geodesic -> GeodesicSinCosSeries); javadoc omitted; @Differentiable added to the entry method.
 */

import dev.leibniz.Differentiable;

public final class GeodesicSinCosSeries {
  @Differentiable
  protected static double SinCosSeries(boolean sinp,
                                       double sinx, double cosx,
                                       double c[]) {
    // Evaluate
    // y = sinp ? sum(c[i] * sin( 2*i    * x), i, 1, n) :
    //            sum(c[i] * cos((2*i+1) * x), i, 0, n-1)
    // using Clenshaw summation.  N.B. c[0] is unused for sin series
    // Approx operation count = (n + 5) mult and (2 * n + 2) add
    int
      k = c.length,             // Point to one beyond last element
      n = k - (sinp ? 1 : 0);
    double
      ar = 2 * (cosx - sinx) * (cosx + sinx), // 2 * cos(2 * x)
      y0 = (n & 1) != 0 ? c[--k] : 0, y1 = 0;        // accumulators for sum
    // Now n is even
    n /= 2;
    while (n-- != 0) {
      // Unroll loop x 2, so accumulators return to their original role
      y1 = ar * y0 - y1 + c[--k];
      y0 = ar * y1 - y0 + c[--k];
    }
    return sinp
      ? 2 * sinx * cosx * y0    // sin(2 * x) * y0
      : cosx * (y0 - y1);       // cos(x) * (y0 - y1)
  }
}
