/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: google/s2-geometry-library-java (GitHub, commit 57151fc0f7fe543b75e9f743bf897e81928d5c3f),
 * library/src/com/google/common/geometry/S2.java
 * Licence: Apache License 2.0 ("Copyright 2005 Google Inc. Licensed under the Apache License, Version 2.0";
 * http://www.apache.org/licenses/LICENSE-2.0; "AS IS" BASIS).
 * Copied: the constants DBL_EPSILON and M_PI_2, isUnitLength, area, stableAngle, planarCentroid and both trueCentroid
 * methods; entries: area, stableAngle, trueCentroid(a, b, c), planarCentroid (@Differentiable added to each).
 * Changes: package; the licence block shortened to this header; the other constants, the cell metrics, signedArea,
 * angle and turnAngle (which, as girardArea, need S2RobustCrossProd and S2Predicates' exact arithmetic), the frames and
 * the approxEquals methods left out, girardArea kept as a stub that throws (area() calls it only for skinny triangles);
 * the errorprone annotation removed; area()'s long comment on choosing between the two formulas shortened.
 */
package dev.leibniz.corpus.s2;

import static java.lang.Math.PI;
import static java.lang.Math.abs;
import static java.lang.Math.atan;
import static java.lang.Math.atan2;
import static java.lang.Math.max;
import static java.lang.Math.sin;
import static java.lang.Math.sqrt;
import static java.lang.Math.tan;

import dev.leibniz.Differentiable;

/**
 * The S2 class is simply a namespace for constants and static utility functions related to
 * spherical geometry, such as area calculations and edge intersection tests.
 *
 * @author danieldanciu@google.com (Daniel Danciu) ported from util/geometry
 * @author ericv@google.com (Eric Veach) original author
 */
public final class S2 {
  public static final double M_PI_2 = PI / 2.0;

  /**
   * The smallest floating-point value {@code x} such that {@code (1 + x != 1)}.
   */
  public static final double DBL_EPSILON = 2.220446049250313E-16;

  private S2() {}

  /**
   * Return true if the given point is approximately unit length (this is mainly useful for
   * assertions).
   */
  public static boolean isUnitLength(S2Point p) {
    // normalize() is guaranteed to return a vector whose L2-norm differs from 1 by less than 2 *
    // DBL_EPSILON. Thus the squared L2-norm differs by less than 4 * DBL_EPSILON. The actual
    // calculated norm2() can have up to 1.5 * DBL_EPSILON of additional error. The total error of
    // 5.5 * DBL_EPSILON can then be rounded down since the result must be a representable
    // double-precision value.
    return abs(p.norm2() - 1) <= 5 * DBL_EPSILON; // About 1.11e-15
  }

  /**
   * Returns the area of triangle ABC. This method combines two different algorithms to get accurate
   * results for both large and small triangles. The maximum error is about 5e-15 (about 0.25 square
   * meters on the Earth's surface), the same as girardArea() below, but unlike that method it is
   * also accurate for small triangles.
   *
   * <p>All points must be unit length, and no two points may be antipodal. The area is always
   * positive.
   */
  @Differentiable
  public static double area(S2Point a, S2Point b, S2Point c) {
    assert isUnitLength(a);
    assert isUnitLength(b);
    assert isUnitLength(c);

    // This method is based on l'Huilier's theorem,
    //
    // tan(E/4) = sqrt(tan(s/2) tan((s-a)/2) tan((s-b)/2) tan((s-c)/2))
    //
    // where E is the spherical excess of the triangle (i.e. its area), a, b, c, are the side
    // lengths, and s is the semiperimeter (a + b + c) / 2 .
    // (The discussion of the choice between l'Huilier's and Girard's formulas is shortened here.)
    final double sa = stableAngle(b, c);
    final double sb = stableAngle(c, a);
    final double sc = stableAngle(a, b);

    final double s = 0.5 * (sa + sb + sc);
    if (s >= 3e-4) {
      // Consider whether Girard's formula might be more accurate.
      double s2 = s * s;
      double dmin = s - max(sa, max(sb, sc));
      if (dmin < 1e-2 * s * s2 * s2) {
        // This triangle is skinny enough to consider using Girard's formula. We increase the area
        // by the approximate maximum error in the Girard calculation in order to ensure that this
        // test is conservative.
        double area = girardArea(a, b, c);
        if (dmin < s * (0.1 * (area + 5e-15))) {
          return area;
        }
      }
    }
    // Use l'Huilier's formula.
    return 4 * atan(sqrt(max(
        0.0,
        tan(0.5 * s)
            * tan(0.5 * (s - sa))
            * tan(0.5 * (s - sb))
            * tan(0.5 * (s - sc)))));
  }

  /**
   * Girard's formula, left out of this copy (it needs S2RobustCrossProd's exact arithmetic); area()
   * reaches it only for skinny triangles, which the corpus points are not.
   */
  public static double girardArea(S2Point a, S2Point b, S2Point c) {
    throw new UnsupportedOperationException("girardArea is not copied");
  }

  /**
   * Return the centroid of the planar triangle ABC. This can be normalized to unit length to obtain
   * the "surface centroid" of the corresponding spherical triangle, i.e. the intersection of the
   * three medians.
   */
  @Differentiable
  public static S2Point planarCentroid(S2Point a, S2Point b, S2Point c) {
    return new S2Point((a.x + b.x + c.x) / 3.0, (a.y + b.y + c.y) / 3.0, (a.z + b.z + c.z) / 3.0);
  }

  /**
   * Returns the true centroid of the spherical geodesic edge AB multiplied by the length of the
   * edge AB. As with triangles, the true centroid of a collection of edges may be computed simply
   * by summing the result of this method for each edge.
   */
  public static S2Point trueCentroid(S2Point a, S2Point b) {
    // The centroid (multiplied by length) is a vector toward the midpoint of the edge, whose length
    // is twice the sine of half the angle between the two vertices.
    // Defining theta to be this angle, we have:
    S2Point vDiff = a.sub(b); // Length == 2*sin(theta)
    S2Point vSum = a.add(b); // Length == 2*cos(theta)
    double sin2 = vDiff.norm2();
    double cos2 = vSum.norm2();
    if (cos2 == 0) {
      return S2Point.ZERO; // Ignore antipodal edges.
    }
    return vSum.mul(sqrt(sin2 / cos2)); // Length == 2*sin(theta)
  }

  /**
   * Returns the true centroid of the spherical triangle ABC multiplied by the signed area of
   * spherical triangle ABC.
   */
  @Differentiable
  public static S2Point trueCentroid(S2Point a, S2Point b, S2Point c) {
    // Use angle() in order to get accurate results for small triangles.
    double aAngle = b.angle(c);
    double bAngle = c.angle(a);
    double cAngle = a.angle(b);
    double ra = (aAngle == 0) ? 1 : (aAngle / sin(aAngle));
    double rb = (bAngle == 0) ? 1 : (bAngle / sin(bAngle));
    double rc = (cAngle == 0) ? 1 : (cAngle / sin(cAngle));

    // Now compute a point M such that:
    //
    //  [Ax Ay Az] [Mx]                       [ra]
    //  [Bx By Bz] [My]  = 0.5 * det(A,B,C) * [rb]
    //  [Cx Cy Cz] [Mz]                       [rc]
    //
    // To improve the numerical stability we subtract the first row (A) from the other two rows;
    // this reduces the cancellation error when A, B, and C are very close together. Then we solve
    // it using Cramer's rule.
    S2Point x = new S2Point(a.x, b.x - a.x, c.x - a.x);
    S2Point y = new S2Point(a.y, b.y - a.y, c.y - a.y);
    S2Point z = new S2Point(a.z, b.z - a.z, c.z - a.z);
    S2Point r = new S2Point(ra, rb - ra, rc - ra);
    return new S2Point(
        0.5 * S2Point.scalarTripleProduct(r, y, z),
        0.5 * S2Point.scalarTripleProduct(r, z, x),
        0.5 * S2Point.scalarTripleProduct(r, x, y));
  }

  /**
   * Kahan's stable form of the angle between A and B: 2 * atan2(|A-B|, |A+B|) for unit vectors.
   *
   * <p>Reference: Kahan, W. (2006, Jan 11). "How Futile are Mindless Assessments of Roundoff in
   * Floating-Point Computation?" (p. 47). https://people.eecs.berkeley.edu/~wkahan/Mindless.pdf
   */
  @Differentiable
  public static double stableAngle(S2Point a, S2Point b) {
    // assert isUnitLength(a) && isUnitLength(b);
    return 2 * atan2(a.sub(b).norm(), a.add(b).norm());
  }
}
