package dev.leibniz.corpus.geographiclib;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: GeographicLib-Java 2.0, GeographicLib-Java-2.0-sources.jar (Maven Central,
 * net.sf.geographiclib:GeographicLib-Java:2.0), net/sf/geographiclib/Geodesic.java
 * Licence: MIT/X11. Copyright (c) Charles Karney (2013-2022) <charles@karney.com>; see
 * https://geographiclib.sourceforge.io/ (permission is granted to use, copy, modify and distribute).
 * Copied unchanged: GEOGRAPHICLIB_GEODESIC_ORDER, nC1_ and C1f(double, double[]) (entry; writes the coefficients into c[1..6]; calls GeoMath.sq and GeoMath.polyval).
 * Changes: package and class name (Geodesic -> GeodesicC1f); javadoc omitted; @Differentiable added to the entry method.
 */

import dev.leibniz.Differentiable;

public final class GeodesicC1f {
  protected static final int GEOGRAPHICLIB_GEODESIC_ORDER = 6;
  protected static final int nC1_ = GEOGRAPHICLIB_GEODESIC_ORDER;

  @Differentiable
  protected static void C1f(double eps, double c[]) {
    final double coeff[] = {
      // C1[1]/eps^1, polynomial in eps2 of order 2
      -1, 6, -16, 32,
      // C1[2]/eps^2, polynomial in eps2 of order 2
      -9, 64, -128, 2048,
      // C1[3]/eps^3, polynomial in eps2 of order 1
      9, -16, 768,
      // C1[4]/eps^4, polynomial in eps2 of order 1
      3, -5, 512,
      // C1[5]/eps^5, polynomial in eps2 of order 0
      -7, 1280,
      // C1[6]/eps^6, polynomial in eps2 of order 0
      -7, 2048,
    };
    double
      eps2 = GeoMath.sq(eps),
      d = eps;
    int o = 0;
    for (int l = 1; l <= nC1_; ++l) { // l is index of C1p[l]
      int m = (nC1_ - l) / 2;         // order of polynomial in eps^2
      c[l] = d * GeoMath.polyval(m, coeff, o, eps2) / coeff[o + m + 1];
      o += m + 2;
      d *= eps;
    }
  }
}
