package dev.leibniz.corpus.geographiclib;

/*
 * A helper of the real-code corpus (not an entry) (test code only, see ../README.md).
 * Source: GeographicLib-Java 2.0, GeographicLib-Java-2.0-sources.jar (Maven Central,
 * net.sf.geographiclib:GeographicLib-Java:2.0), net/sf/geographiclib/GeoMath.java
 * Licence: MIT/X11. Copyright (c) Charles Karney (2013-2022) <charles@karney.com>; see
 * https://geographiclib.sourceforge.io/ (permission is granted to use, copy, modify and distribute).
 * Copied unchanged: the whole class (every method and constant).
 * Changes: package; javadoc omitted.
 */
public class GeoMath {
  public static final int digits = 53;

  public static double sq(double x) { return x * x; }

  public static double atanh(double x)  {
    double y = Math.abs(x);     // Enforce odd parity
    y = Math.log1p(2 * y/(1 - y))/2;
    return x > 0 ? y : (x < 0 ? -y : x);
  }

  public static void norm(Pair p, double sinx, double cosx) {
    double r = Math.hypot(sinx, cosx);
    p.first = sinx/r; p.second = cosx/r;
  }

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

  public static double polyval(int N, double p[], int s, double x) {
    double y = N < 0 ? 0 : p[s++];
    while (--N >= 0) y = y * x + p[s++];
    return y;
  }

  public static double AngRound(double x) {
    final double z = 1/16.0;
    double y = Math.abs(x);
    // The compiler mustn't "simplify" z - (z - y) to y
    y = y < z ? z - (z - y) : y;
    return Math.copySign(y, x);
  }

  public static double AngNormalize(double x) {
    double y = Math.IEEEremainder(x, 360.0);
    return Math.abs(y) == 180 ? Math.copySign(180.0, x) : y;
  }

  public static double LatFix(double x) {
    return Math.abs(x) > 90 ? Double.NaN : x;
  }

  public static void AngDiff(Pair p, double x, double y) {
    sum(p, Math.IEEEremainder(-x, 360.0), Math.IEEEremainder(y, 360.0));
    sum(p, Math.IEEEremainder(p.first, 360.0), p.second);
    if (p.first == 0 || Math.abs(p.first) == 180)
      // p = [d, e]...
      // If e == 0, take sign from y - x
      // else (e != 0, implies d = +/-180), d and e must have opposite signs
      p.first = Math.copySign(p.first, p.second == 0 ? y - x : -p.second);
  }

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

  public static void sincosde(Pair p, double x, double t) {
    // In order to minimize round-off errors, this function exactly reduces
    // the argument to the range [-45, 45] before converting it to radians.
    double r; int q;
    q = (int)Math.round(x / 90); // If r is NaN this returns 0
    r = x - 90 * q;
    // now abs(r) <= 45
    r = Math.toRadians(GeoMath.AngRound(r + t));
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

  public static double atan2d(double y, double x) {
    // In order to minimize round-off errors, this function rearranges the
    // arguments so that result of atan2 is in the range [-pi/4, pi/4] before
    // converting it to degrees and mapping the result to the correct
    // quadrant.
    int q = 0;
    if (Math.abs(y) > Math.abs(x)) { double t; t = x; x = y; y = t; q = 2; }
    if (x < 0) { x = -x; ++q; }
    // here x >= 0 and x >= abs(y), so angle is in [-pi/4, pi/4]
    double ang = Math.toDegrees(Math.atan2(y, x));
    switch (q) {
      // Note that atan2d(-0.0, 1.0) will return -0.  However, we expect that
      // atan2d will not be called with y = -0.  If need be, include
      //
      //   case 0: ang = 0 + ang; break;
      //
      // and handle mpfr as in AngRound.
    case 1: ang = Math.copySign(180.0, y) - ang; break;
    case 2: ang =                90       - ang; break;
    case 3: ang =               -90       + ang; break;
    default: break;
    }
    return ang;
  }

  private GeoMath() {}
}
