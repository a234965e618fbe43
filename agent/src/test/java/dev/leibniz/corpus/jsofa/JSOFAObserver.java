/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: JSOFA (Javastro/jsofa on GitHub, commit c69d27fa, JSOFA release 20231011 tracking IAU SOFA 2023-10-11),
 *   src/main/java/org/jastronomy/jsofa/JSOFA.java.
 * Licence: the SOFA Software License as JSOFA carries it (Copyright 2010 Paul Harrison, University of Manchester;
 *   SOFA Copyright 2009 IAU SOFA Review Board), reproduced intact in LICENSE.txt next to this file: use, copy,
 *   adapt and distribute royalty-free, with notice conditions only (no copyleft).
 * As that licence asks (3a-e): this file uses routines and computations derived from software provided by SOFA
 *   under licence (through the hand translation of the C release); it does not itself constitute software provided
 *   by and/or endorsed by SOFA; no routine name has the prefix "iau_"; how it differs from JSOFA (and so from SOFA)
 *   is listed below.
 * Copied: the entry methods jauGc2gde, jauGd2gce, jauAe2hd, jauHd2ae, jauHd2pa, jauTpxes, jauTpsts, jauTpstv,
 *   jauTpxev, jauTpors, jauAb, jauLd, jauLdsun, jauPmpx, jauRefco, jauStarpv, jauPvstar (each marked with
 *   @Differentiable), with the JSOFA members they reach: the methods fmod, jauAnp, jauCp, jauCpv, jauPdp, jauPm,
 *   jauPmp, jauPn, jauPpp, jauPv2s, jauPxp, jauS2pv, jauSxp, jauZp; the nested classes CatalogCoords,
 *   EquatorialCoordinate, GeodeticCoord, HorizonCoordinate, NormalizedVector, RefCos, SphericalCoordinate,
 *   SphericalPosition, SphericalPositionVelocity, TangentPlaneCoordinate, TangentPointSolution; the constants they
 *   read. Each member is copied unchanged, with its javadoc.
 * Changes: package dev.leibniz.corpus.jsofa; class JSOFA renamed JSOFAObserver and trimmed to the members above
 *   (JSOFA.java is one class of 33,000 lines; a class per group of entries keeps the differentiation of each entry
 *   to the code it reaches); @Differentiable added to the entry methods, with its import; runs of blank lines
 *   collapsed; the exceptions JSOFAException, JSOFAIllegalParameter and JSOFAInternalError are copied into this
 *   package.
 */
/*
 * $Id$
 * 
 * Created on 26 Jan 2010 by Paul Harrison (paul.harrison@manchester.ac.uk)
 *
 * Adapted from official SOFA C implementation http://www.iausofa.org/
 */ 

package dev.leibniz.corpus.jsofa;

import dev.leibniz.Differentiable;

import static java.lang.Math.cos;
import static java.lang.Math.sin;
import static java.lang.Math.atan;
import static java.lang.Math.atan2;
import static java.lang.Math.min;
import static java.lang.Math.max;
import static java.lang.Math.ceil;
import static java.lang.Math.floor;
import static java.lang.Math.sqrt;
import static java.lang.Math.abs;
import static java.lang.Math.pow;

/**
 * Java implementation of Standards of Fundamental Astronomy. <a href="http://www.iausofa.org/">http://www.iausofa.org/</a>
 * 
 * This code has been created by hand translating the official C version.
 * 
 * @author Paul Harrison (paul.harrison@manchester.ac.uk) 02 Apr 2014
 * @version JSOFA Release 20180130
 * @since 26 Jan 2010
 */
public class JSOFAObserver {

    /** Pi {@value}*/
    public final static double DPI = (3.141592653589793238462643);

    /** 2Pi {@value}*/
    public final static double D2PI = (6.283185307179586476925287);

    /** Radians to arcseconds {@value}*/
    public final static double DR2AS = (206264.8062470963551564734);

    /** Arcseconds to radians {@value}*/
    public final static double DAS2R = (4.848136811095359935899141e-6);

    /** Seconds per day. {@value}*/
    public final static double DAYSEC = (86400.0);

    /** Days per Julian year */
    public final static double DJY = (365.25);

    /** Days per Julian millennium {@value} */
    public final static double DJM = (365250.0);

    /**  Astronomical unit (m) IAU 2012 {@value} */
    public final static double DAU = (149597870.7e3);
    
    /** Speed of light (m/s) {@value} */
    public final static double CMPS = 299792458.0;

    /** Light time for 1 au (s) {@value} */
    public final static double AULT = (DAU/CMPS);

    /** Speed of light (au per day) {@value} */
    public final static double DC = (DAYSEC / AULT);
    
    /** Schwarzschild radius of the Sun (au) {@value}
     = 2 * 1.32712440041e20 / (2.99792458e8)^2 / 1.49597870700e11 */
    public final static double SRS = 1.97412574336e-8;

    private final static double TANGENT_TINY = 1e-6;

    /**
    *  Normalize angle into the range {@code 0 <= a < 2pi}.
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  vector/matrix support function.
    *
    *<!-- Given: -->
    *     @param a         double      angle (radians)
    *
    * <!-- Returned (function value): -->
    *  @return double     angle in range 0-2pi
    *
    *@version 2008 May 16
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    public static double jauAnp(final double a)
   {
       double w;

       w = fmod(a, D2PI);
       if (w < 0) w += D2PI;

       return w;

    }

    /**
    *  Copy a p-vector.
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  vector/matrix support function.
    *
    *<!-- Given: -->
    *     @param p         double[3]      p-vector to be copied
    *
    *<!-- Returned: -->
    *     @param c         double[3]       <u>given and returned</u> copy
    *     @return  double[3]       <u>given and returned</u> copy
    *
    *@version 2008 May 11
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    public static double[] jauCp(double p[], double c[])
    {
       
       c[0] = p[0];
       c[1] = p[1];
       c[2] = p[2];

       return c;

    }

    /**
    *  Copy a position/velocity vector.
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  vector/matrix support function.
    *
    *<!-- Given: -->
    *     @param pv      double[2][3]     position/velocity vector to be copied
    *     @param c       double[2][3]      <u>returned</u> copy
    *
    *<!-- Returned: -->
    *     @return        double[2][3]      <u>returned c</u> copy
    *
    *<p>Called:<ul>
    *     <li>{@link #jauCp} copy p-vector
    * </ul>
    *@version 2008 May 11
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    public static double[][] jauCpv(double pv[][],  double c[][])
    {

        c[0]=jauCp(pv[0], c[0]);
        c[1]=jauCp(pv[1], c[1]);

       return c;

        }
    
  /**
  * Position consisting of (&alpha;, &delta;) pairs in radians. Where &alpha; is right ascension (or longitude angle) and &delta; is declination (or latitude angle).
 * @author Paul Harrison (paul.harrison@manchester.ac.uk) 1 Feb 2010
 * 
 * @since AIDA Stage 1
 */
public static class SphericalCoordinate {
      public double alpha;
      public double delta;
      public SphericalCoordinate(double alpha, double delta){
          this.alpha = alpha;
          this.delta = delta;
      }
  }

    /**
     * Geodetic coordinates.
     * @author Paul Harrison (paul.harrison@manchester.ac.uk) 4 Feb 2010
     * 
     * @since AIDA Stage 1
     */
    public static class GeodeticCoord {
        /** longitude (radians, east +ve) */
        public  double elong;
        /** latitude (geodetic, radians) */
        public double phi;
        /** height above ellipsoid (geodetic) */
        public double height;
        public GeodeticCoord(double elong, double phi, double height) {
            this.elong = elong;
            this.phi = phi;
            this.height = height;
        }
}
    
   /**
    *  Transform geocentric coordinates to geodetic for a reference
    *  ellipsoid of specified form.
    *
    *<p>This function is derived from the International Astronomical Union's
    *  JSOFA (Standards of Fundamental Astronomy) software collection.
    *
    *<p>Status:  support function.
    *
    *<!-- Given: -->
    *     @param a        double      equatorial radius (Notes 2,4)
    *     @param f        double      flattening (Note 3)
    *     @param xyz      double[3]   geocentric vector (Note 4)
    *
    *<!-- Returned: -->
    *     @return GeodeticCoord   logitude  (radians, east +ve) latitude (geodetic, radians)  height above ellipsoid (geodetic, Note 4)
    *
    *  @throws JSOFAIllegalParameter int       status:
    *               
    *                         -1 = illegal a
    *                         -2 = illegal f
    *
    * <p>Notes:
    * <ol>
    *
    * <li> This function is based on the GCONV2H Fortran subroutine by
    *     Toshio Fukushima (see reference).
    *
    * <li> The equatorial radius, a, can be in any units, but meters is
    *     the conventional choice.
    *
    * <li> The flattening, f, is (for the Earth) a value around 0.00335,
    *     i.e. around 1/298.
    *
    * <li> The equatorial radius, a, and the geocentric vector, xyz,
    *     must be given in the same units, and determine the units of
    *     the returned height, height.
    *
    * <li> If an error occurs (status &lt; 0), elong, phi and height are
    *     unchanged.
    *
    * <li> The inverse transformation is performed in the function
    *     jauGd2gce.
    *
    * <li> The transformation for a standard ellipsoid (such as WGS84) can
    *     more conveniently be performed by calling jauGc2gd, which uses a
    *     numerical code (1 for WGS84) to identify the required A and F
    *     values.
    *</ol>
    *<p>Reference:
    *
    *     Fukushima, T., "Transformation from Cartesian to geodetic
    *     coordinates accelerated by Halley's method", J.Geodesy (2006)
    *     79: 689-693
    *
    *@version 2009 November 2
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
 * 
    */
    @Differentiable
    public static GeodeticCoord jauGc2gde ( double a, double f, double xyz[] ) throws JSOFAIllegalParameter
        {
       double aeps2, e2, e4t, ec2, ec, b, x, y, z, p2, absz, p, s0, pn, zc,
                     c0, c02, c03, s02, s03, a02, a0, a03, d0, f0, b0, s1,
                     cc, s12, cc2;

      double  phi, height;
    /* ------------- */
    /* Preliminaries */
    /* ------------- */

    /* Validate ellipsoid parameters. */
       if ( f < 0.0 || f >= 1.0 ) throw new JSOFAIllegalParameter("bad f", -1);
       if ( a <= 0.0 ) throw new JSOFAIllegalParameter("bad a", -2);

    /* Functions of ellipsoid parameters (with further validation of f). */
       aeps2 = a*a * 1e-32;
       e2 = (2.0 - f) * f;
       e4t = e2*e2 * 1.5;
       ec2 = 1.0 - e2;
       if ( ec2 <= 0.0 ) throw new JSOFAIllegalParameter("bad f", -1);
       ec = sqrt(ec2);
       b = a * ec;

    /* Cartesian components. */
       x = xyz[0];
       y = xyz[1];
       z = xyz[2];

    /* Distance from polar axis squared. */
       p2 = x*x + y*y;

    /* Longitude. */
       double elong = p2 > 0.0 ? atan2(y, x) : 0.0;

    /* Unsigned z-coordinate. */
       absz = abs(z);

    /* Proceed unless polar case. */
       if ( p2 > aeps2 ) {

       /* Distance from polar axis. */
          p = sqrt(p2);

       /* Normalization. */
          s0 = absz / a;
          pn = p / a;
          zc = ec * s0;

       /* Prepare Newton correction factors. */
          c0 = ec * pn;
          c02 = c0 * c0;
          c03 = c02 * c0;
          s02 = s0 * s0;
          s03 = s02 * s0;
          a02 = c02 + s02;
          a0 = sqrt(a02);
          a03 = a02 * a0;
          d0 = zc*a03 + e2*s03;
          f0 = pn*a03 - e2*c03;

       /* Prepare Halley correction factor. */
          b0 = e4t * s02 * c02 * pn * (a0 - ec);
          s1 = d0*f0 - b0*s0;
          cc = ec * (f0*f0 - b0*c0);

       /* Evaluate latitude and height. */
          phi = atan(s1/cc);
          s12 = s1 * s1;
          cc2 = cc * cc;
          height = (p*cc + absz*s1 - a * sqrt(ec2*s12 + cc2)) /
                                                            sqrt(s12 + cc2);
       } else {

       /* Exception: pole. */
          phi = DPI / 2.0;
          height = absz - b;
       }

    /* Restore sign of latitude. */
       if ( z < 0 ) phi = -phi;

    /* OK status. */
       return new GeodeticCoord(elong, phi, height);

    }

    /**
    *  Transform geodetic coordinates to geocentric for a reference
    *  ellipsoid of specified form.
    *
    *<p>This function is derived from the International Astronomical Union's
    *  JSOFA (Standards of Fundamental Astronomy) software collection.
    *
    *<p>Status:  support function.
    *
    *<!-- Given: -->
    *     @param a        double      equatorial radius (Notes 1,4)
    *     @param f        double      flattening (Notes 2,4)
    *     @param elong    double      longitude (radians, east +ve)
    *     @param phi      double      latitude (geodetic, radians, Note 4)
    *     @param height   double      height above ellipsoid (geodetic, Notes 3,4)
    *
    *<!-- Returned: -->
    *     @return xyz      double[3]    <u>returned</u> geocentric vector (Note 3)
    *
    * <!-- Returned (function value): -->
    *  
    *  @throws JSOFAInternalError  0 = OK
    *                           -1 = illegal case (Note 4)
    * <p>Notes:
    * <ol>
    *
    * <li> The equatorial radius, a, can be in any units, but meters is
    *     the conventional choice.
    *
    * <li> The flattening, f, is (for the Earth) a value around 0.00335,
    *     i.e. around 1/298.
    *
    * <li> The equatorial radius, a, and the height, height, must be
    *     given in the same units, and determine the units of the
    *     returned geocentric vector, xyz.
    *
    * <li> No validation is performed on individual arguments.  The error
    *     status -1 protects against (unrealistic) cases that would lead
    *     to arithmetic exceptions.  If an error occurs, xyz is unchanged.
    *
    * <li> The inverse transformation is performed in the function
    *     jauGc2gde.
    *
    * <li> The transformation for a standard ellipsoid (such as WGS84) can
    *     more conveniently be performed by calling jauGd2gc,  which uses a
    *     numerical code (1 for WGS84) to identify the required a and f
    *     values.
    *</ol>
    *<p>References:
    *
    *     <p>Green, R.M., Spherical Astronomy, Cambridge University Press,
    *     (1985) Section 4.5, p96.
    *
    *     <p>Explanatory Supplement to the Astronomical Almanac,
    *     P. Kenneth Seidelmann (ed), University Science Books (1992),
    *     Section 4.22, p202.
    *
    *@version 2009 November 2
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    @Differentiable
    public static double[] jauGd2gce ( double a, double f, double elong, double phi,
                    double height ) throws JSOFAInternalError
    {
       double sp, cp, w, d, ac, as, r;
       double xyz[] = new double[3];

    /* Functions of geodetic latitude. */
       sp = sin(phi);
       cp = cos(phi);
       w = 1.0 - f;
       w = w * w;
       d = cp*cp + w*sp*sp;
       if ( d <= 0.0 ) throw new JSOFAInternalError("illegal combination of arguments d< 0", -1);
       ac = a / sqrt(d);
       as = w * ac;

    /* Geocentric vector. */
       r = (ac + height) * cp;
       xyz[0] = r * cos(elong);
       xyz[1] = r * sin(elong);
       xyz[2] = (as + height) * sp;

    /* Success. */
       return xyz;

    }
    
    /**
     * A position expressed in spherical polar coordinates.
     *  .
     * @author Paul Harrison (paul.harrison@manchester.ac.uk) 21 Nov 2011
     * @version $Revision$ $date$
     */
    public static class SphericalPosition {
        /** longitude angle (radians) */
        public double theta;
        /** latitude angle (radians) */
        public double phi;
        /** radial distance */
        public double r;
        public SphericalPosition(double theta, double phi, double r) {
           this.theta = theta;
           this.phi = phi;
           this.r = r;
        }
    }

    /**
    *  p-vector inner (=scalar=dot) product.
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  vector/matrix support function.
    *
    *<!-- Given: -->
    *     @param a       double[3]      first p-vector
    *     @param b       double[3]      second p-vector
    *
    * <!-- Returned (function value): -->
    *  @return double        a . b
    *
    *@version 2008 May 22
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    public static double jauPdp(double a[] , double b[] )
    {
       double w;

       w  = a[0] * b[0]
          + a[1] * b[1]
          + a[2] * b[2];

       return w;

        }

    /**
    *  Modulus of p-vector.
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  vector/matrix support function.
    *
    *<!-- Given: -->
    *     @param p       double[3]      p-vector
    *
    * <!-- Returned (function value): -->
    *  @return double        modulus
    *
    *@version 2008 May 22
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    public static double jauPm(double p[] )
    {
       double w;

       w  = sqrt( p[0] * p[0]
                + p[1] * p[1]
                + p[2] * p[2] );

       return w;

        }

    /**
    *  P-vector subtraction.
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  vector/matrix support function.
    *
    *<!-- Given: -->
    *     @param a         double[3]       first p-vector
    *     @param b         double[3]       second p-vector
    *
    *<!-- Returned: -->
    *     @return amb       double[3]        <u>returned</u> a - b
    *
    *  Note:
    *     It is permissible to re-use the same array for any of the
    *     arguments.
    *
    *@version 2008 November 18
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    public static double[]  jauPmp(double a[] , double b[]  )
    {
       double amb[] = new double[3];
       amb[0] = a[0] - b[0];
       amb[1] = a[1] - b[1];
       amb[2] = a[2] - b[2];

       return amb;

        }
    
    /**
     * A normalized vector with r being the modulus and u[3] being the unit vector.
     * @author Paul Harrison (paul.harrison@manchester.ac.uk) 1 Feb 2010
     * 
     * @since AIDA Stage 1
     */
    public static class NormalizedVector {
        public double r;
        public double u[];
        public NormalizedVector(double r, double u[] ) {
            this.r = r;
            this.u = u;
        }
    }
    /**
    *  Convert a p-vector into modulus and unit vector.
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  vector/matrix support function.
    *
    *<!-- Given: -->
    *     @param p         double[3]       p-vector
    *
    *<!-- Returned: -->
    *     @return r         double           <u>returned</u> modulus
    *             u         double[3]        <u>returned</u> unit vector
    *
    * <p>Notes:
    * <ol>
    *
    * <li> If p is null, the result is null.  Otherwise the result is a unit
    *     vector.
    *
    * <li> It is permissible to re-use the same array for any of the
    *     arguments.
    *</ol>
    *<p>Called:<ul>
    *     <li>{@link #jauPm} modulus of p-vector
    *     <li>{@link #jauZp} zero p-vector
    *     <li>{@link #jauSxp} multiply p-vector by scalar
    * </ul>
    *@version 2008 November 18
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    public static NormalizedVector jauPn(double p[])
    {
       double w;

    /* Obtain the modulus and test for zero. */
       w = jauPm(p);
       NormalizedVector nv = new NormalizedVector(w, new double[3]);
       if (w == 0.0) {

       /* Null vector. */
          jauZp(nv.u);

       } else {

       /* Unit vector. */
           nv.u = jauSxp(1.0/w, p);
       }

       return nv;

        }

    /**
    *  P-vector addition.
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  vector/matrix support function.
    *
    *<!-- Given: -->
    *     @param a         double[3]       first p-vector
    *     @param b         double[3]       second p-vector
    *
    *<!-- Returned: -->
    *     @return apb       double[3]        <u>returned</u> a + b
    *
    *  Note:
    *     It is permissible to re-use the same array for any of the
    *     arguments.
    *
    *@version 2008 November 18
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    public static double[] jauPpp(double a[] , double b[] )
    {
       double apb[] = new double[3]; 
       apb[0] = a[0] + b[0];
       apb[1] = a[1] + b[1];
       apb[2] = a[2] + b[2];

       return apb;

     }

    /**
     * A position and velocity expressed in spherical polar coordinates.
     * @author Paul Harrison (paul.harrison@manchester.ac.uk) 4 Feb 2010
     * 
     * @since AIDA Stage 1
     */
    public static class SphericalPositionVelocity {
        public SphericalPosition pos;
        public SphericalPosition vel;
        public SphericalPositionVelocity( double theta, double phi, double r,
                double td, double pd, double rd) {
            pos = new SphericalPosition(theta, phi, r);
            vel = new SphericalPosition(td,pd,rd);
        }
    }
    /**
    *  Convert position/velocity from Cartesian to spherical coordinates.
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  vector/matrix support function.
    *
    *<!-- Given: -->
    *     @param pv        double[2][3]   pv-vector
    *
    *<!-- Returned: -->
    *     @return theta     double          <u>returned</u> longitude angle (radians)
    *             phi       double          <u>returned</u> latitude angle (radians)
    *             r         double          <u>returned</u> radial distance
    *             td        double          <u>returned</u> rate of change of theta
    *             pd        double          <u>returned</u> rate of change of phi
    *             rd        double          <u>returned</u> rate of change of r
    *
    * <p>Notes:
    * <ol>
    *
    * <li> If the position part of pv is null, theta, phi, td and pd
    *     are indeterminate.  This is handled by extrapolating the
    *     position through unit time by using the velocity part of
    *     pv.  This moves the origin without changing the direction
    *     of the velocity component.  If the position and velocity
    *     components of pv are both null, zeroes are returned for all
    *     six results.
    *
    * <li> If the position is a pole, theta, td and pd are indeterminate.
    *     In such cases zeroes are returned for all three.
    *</ol>
    *@version 2008 October 28
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    public static SphericalPositionVelocity jauPv2s(double pv[][])
    {
       double x, y, z, xd, yd, zd, rxy2, rxy, r2, rtrue, rw, xyp;
       double theta, phi, r, td, pd, rd;

    /* Components of position/velocity vector. */
       x  = pv[0][0];
       y  = pv[0][1];
       z  = pv[0][2];
       xd = pv[1][0];
       yd = pv[1][1];
       zd = pv[1][2];

    /* Component of r in XY plane squared. */
       rxy2 = x*x + y*y;

    /* Modulus squared. */
       r2 = rxy2 + z*z;

    /* Modulus. */
       rtrue = sqrt(r2);

    /* If null vector, move the origin along the direction of movement. */
       rw = rtrue;
       if (rtrue == 0.0) {
           x = xd;
           y = yd;
           z = zd;
           rxy2 = x*x + y*y;
           r2 = rxy2 + z*z;
           rw = sqrt(r2);
       }

    /* Position and velocity in spherical coordinates. */
       rxy = sqrt(rxy2);
       xyp = x*xd + y*yd;
       if (rxy2 != 0.0) {
           theta = atan2(y, x);
           phi = atan2(z, rxy);
           td = (x*yd - y*xd) / rxy2;
           pd = (zd*rxy2 - z*xyp) / (r2*rxy);
       } else {
           theta = 0.0;
           phi = (z != 0.0) ? atan2(z, rxy) : 0.0;
           td = 0.0;
           pd = 0.0;
       }
       r = rtrue;
       rd = (rw != 0.0) ? (xyp + z*zd) / rw : 0.0;

       return new SphericalPositionVelocity(theta, phi, r, td, pd, rd);

        }

    /**
     * Typical catalogue coordinates. i.e. Position, proper motion, parallax and radial velocity.
     * @author Paul Harrison (paul.harrison@manchester.ac.uk) 4 Feb 2010
     * 
     * @since AIDA Stage 1
     */
    public static class CatalogCoords {
        /** position (radians) */
        public SphericalCoordinate pos;
        /** proper motion (radians/year)*/
        public SphericalCoordinate pm;
        /** parallax (arcsec) */
        public double px;
        /** radial velocity (km/s, positive = receding) */
        public double rv;
        
        public CatalogCoords(double ra, double dec,
                double pmr, double pmd, double px, double rv) {
            this.pos = new SphericalCoordinate(ra, dec);
            this.pm = new SphericalCoordinate(pmr, pmd);
            this.px = px;
            this.rv = rv;
        }
    }
    /**
    *  Convert star position+velocity vector to catalog coordinates.
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  support function.
    *
    *  Given (Note 1):
    *    @param pv     double[2][3]   pv-vector (au, au/day)
    *
     *
    * <!-- Returned (function value): -->
    *  @return catalogue value
    *  
    * 
    * @throws    JSOFAInternalError  superluminal speed (Note 5), or null position vector
    *
    * <p>Notes:
    * <ol>
    *
    * <li> The specified pv-vector is the coordinate direction (and its rate
    *     of change) for the date at which the light leaving the star
    *     reached the solar-system barycenter.
    *
    * <li> The star data returned by this function are "observables" for an
    *     imaginary observer at the solar-system barycenter.  Proper motion
    *     and radial velocity are, strictly, in terms of barycentric
    *     coordinate time, TCB.  For most practical applications, it is
    *     permissible to neglect the distinction between TCB and ordinary
    *     "proper" time on Earth (TT/TAI).  The result will, as a rule, be
    *     limited by the intrinsic accuracy of the proper-motion and
    *     radial-velocity data;  moreover, the supplied pv-vector is likely
    *     to be merely an intermediate result (for example generated by the
    *     function jauStarpv), so that a change of time unit will cancel
    *     out overall.
    *
    *     In accordance with normal star-catalog conventions, the object's
    *     right ascension and declination are freed from the effects of
    *     secular aberration.  The frame, which is aligned to the catalog
    *     equator and equinox, is Lorentzian and centered on the SSB.
    *
    *     Summarizing, the specified pv-vector is for most stars almost
    *     identical to the result of applying the standard geometrical
    *     "space motion" transformation to the catalog data.  The
    *     differences, which are the subject of the Stumpff paper cited
    *     below, are:
    *
    *     (i) In stars with significant radial velocity and proper motion,
    *     the constantly changing light-time distorts the apparent proper
    *     motion.  Note that this is a classical, not a relativistic,
    *     effect.
    *
    *     (ii) The transformation complies with special relativity.
    *
    * <li> Care is needed with units.  The star coordinates are in radians
    *     and the proper motions in radians per Julian year, but the
    *     parallax is in arcseconds; the radial velocity is in km/s, but
    *     the pv-vector result is in au and au/day.
    *
    * <li> The proper motions are the rate of change of the right ascension
    *     and declination at the catalog epoch and are in radians per Julian
    *     year.  The RA proper motion is in terms of coordinate angle, not
    *     true angle, and will thus be numerically larger at high
    *     declinations.
    *
    * <li> Straight-line motion at constant speed in the inertial frame is
    *     assumed.  If the speed is greater than or equal to the speed of
    *     light, the function aborts with an error status.
    *
    * <li> The inverse transformation is performed by the function jauStarpv.
    *</ol>
    *<p>Called:<ul>
    *     <li>{@link #jauPn} decompose p-vector into modulus and direction
    *     <li>{@link #jauPdp} scalar product of two p-vectors
    *     <li>{@link #jauSxp} multiply p-vector by scalar
    *     <li>{@link #jauPmp} p-vector minus p-vector
    *     <li>{@link #jauPm} modulus of p-vector
    *     <li>{@link #jauPpp} p-vector plus p-vector
    *     <li>{@link #jauPv2s} pv-vector to spherical
    *     <li>{@link #jauAnp} normalize angle into range 0 to 2pi
    * </ul>
    *<p>Reference:
    *
    *     Stumpff, P., 1985, Astron.Astrophys. 144, 232-240.
    *
    *@version 2023 May 4
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    @Differentiable
    public static CatalogCoords jauPvstar(double pv[][]) throws JSOFAInternalError
    {
       double x[] = new double[3], vr, ur[] = new double[3], vt, ut[] = new double[3], bett, betr, d, w, del,
              usr[] = new double[3], ust[] = new double[3];

    /* Isolate the radial component of the velocity (au/day, inertial). */
       NormalizedVector nv = jauPn(pv[0]);
       x = nv.u;
       vr = jauPdp(x, pv[1]);
       ur = jauSxp(vr,x);

    /* Isolate the transverse component of the velocity (au/day, inertial). */
       ut = jauPmp(pv[1], ur);
       vt = jauPm(ut);

    /* Special-relativity dimensionless parameters. */
       bett = vt / DC;
       betr = vr / DC;

    /* The inertial-to-observed correction terms. */
       d = 1.0 + betr;
       w = betr*betr + bett*bett;
       if (d == 0.0 || w > 1) throw new JSOFAInternalError("Superluminal speed", -1);
       del = -w / (sqrt(1.0 -w) + 1.0);

    /* Scale inertial tangential velocity vector into observed (au/d). */
       ust = jauSxp(1.0/d, ut);

    /* Compute observed radial velocity vector (au/d). */
       usr = jauSxp(DC*(betr-del)/d,x);

    /* Combine the two to obtain the observed velocity vector (au/day). */
       pv[1] = jauPpp(usr, ust);

    /* Cartesian to spherical. */
       SphericalPositionVelocity pvs = jauPv2s(pv);
       if (pvs.pos.r == 0.0) throw new JSOFAInternalError("null position vector", -2);

    /* Return RA in range 0 to 2pi. */
       double ra = jauAnp(pvs.pos.theta);

    /* Return proper motions in radians per year. */
       double pmr = pvs.vel.theta * DJY;
       double pmd = pvs.vel.phi * DJY;

    /* Return parallax in arcsec. */
       double px = DR2AS / pvs.pos.r;

    /* Return radial velocity in km/s. */
       double rv = 1e-3 * pvs.vel.r * DAU / DAYSEC;

    /* OK status. */
       return new CatalogCoords(ra, pvs.pos.phi, pmr, pmd, px, rv);

        }

    /**
    *  p-vector outer (=vector=cross) product.
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  vector/matrix support function.
    *
    *<!-- Given: -->
    *     @param a         double[3]       first p-vector
    *     @param b         double[3]       second p-vector
    *
    *<!-- Returned: -->
    *     @return axb       double[3]        <u>returned</u> a x b
    *
    *  Note:
    *     It is permissible to re-use the same array for any of the
    *     arguments.
    *
    *@version 2008 November 18
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    public static double[] jauPxp(double a[] , double b[]  )
    {
       double xa, ya, za, xb, yb, zb;
       double axb[] = new double[3];

       xa = a[0];
       ya = a[1];
       za = a[2];
       xb = b[0];
       yb = b[1];
       zb = b[2];
       axb[0] = ya*zb - za*yb;
       axb[1] = za*xb - xa*zb;
       axb[2] = xa*yb - ya*xb;

       return axb;

        }

    /**
    *  Convert position/velocity from spherical to Cartesian coordinates.
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  vector/matrix support function.
    *
    *<!-- Given: -->
    *     @param theta     double           longitude angle (radians)
    *     @param phi       double           latitude angle (radians)
    *     @param r         double           radial distance
    *     @param td        double           rate of change of theta
    *     @param pd        double           rate of change of phi
    *     @param rd        double           rate of change of r
    *
    *<!-- Returned: -->
    *     @return pv        double[2][3]      <u>returned</u> pv-vector
    *
    *@version 2008 May 25
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    public static double[][] jauS2pv(double theta, double phi, double r,
                 double td, double pd, double rd)
    {
       double pv[][] = new double[2][3];
       double st, ct, sp, cp, rcp, x, y, rpd, w;

       st = sin(theta);
       ct = cos(theta);
       sp = sin(phi);
       cp = cos(phi);
       rcp = r * cp;
       x = rcp * ct;
       y = rcp * st;
       rpd = r * pd;
       w = rpd*sp - cp*rd;

       pv[0][0] = x;
       pv[0][1] = y;
       pv[0][2] = r * sp;
       pv[1][0] = -y*td - w*ct;
       pv[1][1] =  x*td - w*st;
       pv[1][2] = rpd*cp + sp*rd;

       return pv;

        }

    /**
    *  Convert star catalog coordinates to position+velocity vector.
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  support function.
    *
    *  Given (Note 1):
    *   @param  ra     double        right ascension (radians)
    *   @param  dec    double        declination (radians)
    *   @param  pmr    double        RA proper motion (radians/year)
    *   @param  pmd    double        Dec proper motion (radians/year)
    *   @param  px     double        parallax (arcseconds)
    *   @param  rv     double        radial velocity (km/s, positive = receding)
    *
    *  Returned (Note 2):
    *   @param  pv     double[2][3]  pv-vector (au, au/day)
    *
    * <!-- Returned (function value): -->
    *  @return int           status:
    *                              0 = no warnings
    *                              1 = distance overridden (Note 6)
    *                              2 = excessive speed (Note 7)
    *                              4 = solution didn't converge (Note 8)
    *                           else = binary logical OR of the above
    *
    * <p>Notes:
    * <ol>
    *
    * <li> The star data accepted by this function are "observables" for an
    *     imaginary observer at the solar-system barycenter.  Proper motion
    *     and radial velocity are, strictly, in terms of barycentric
    *     coordinate time, TCB.  For most practical applications, it is
    *     permissible to neglect the distinction between TCB and ordinary
    *     "proper" time on Earth (TT/TAI).  The result will, as a rule, be
    *     limited by the intrinsic accuracy of the proper-motion and
    *     radial-velocity data;  moreover, the pv-vector is likely to be
    *     merely an intermediate result, so that a change of time unit
    *     would cancel out overall.
    *
    *     In accordance with normal star-catalog conventions, the object's
    *     right ascension and declination are freed from the effects of
    *     secular aberration.  The frame, which is aligned to the catalog
    *     equator and equinox, is Lorentzian and centered on the SSB.
    *
    * <li> The resulting position and velocity pv-vector is with respect to
    *     the same frame and, like the catalog coordinates, is freed from
    *     the effects of secular aberration.  Should the "coordinate
    *     direction", where the object was located at the catalog epoch, be
    *     required, it may be obtained by calculating the magnitude of the
    *     position vector pv[0][0-2] dividing by the speed of light in
    *     au/day to give the light-time, and then multiplying the space
    *     velocity pv[1][0-2] by this light-time and adding the result to
    *     pv[0][0-2].
    *
    *     Summarizing, the pv-vector returned is for most stars almost
    *     identical to the result of applying the standard geometrical
    *     "space motion" transformation.  The differences, which are the
    *     subject of the Stumpff paper referenced below, are:
    *
    *     (i) In stars with significant radial velocity and proper motion,
    *     the constantly changing light-time distorts the apparent proper
    *     motion.  Note that this is a classical, not a relativistic,
    *     effect.
    *
    *     (ii) The transformation complies with special relativity.
    *
    * <li> Care is needed with units.  The star coordinates are in radians
    *     and the proper motions in radians per Julian year, but the
    *     parallax is in arcseconds; the radial velocity is in km/s, but
    *     the pv-vector result is in au and au/day.
    *
    * <li> The RA proper motion is in terms of coordinate angle, not true
    *     angle.  If the catalog uses arcseconds for both RA and Dec proper
    *     motions, the RA proper motion will need to be divided by cos(Dec)
    *     before use.
    *
    * <li> Straight-line motion at constant speed, in the inertial frame,
    *     is assumed.
    *
    * <li> An extremely small (or zero or negative) parallax is interpreted
    *     to mean that the object is on the "celestial sphere", the radius
    *     of which is an arbitrary (large) value (see the constant PXMIN).
    *     When the distance is overridden in this way, the status,
    *     initially zero, has 1 added to it.
    *
    * <li> If the space velocity is a significant fraction of c (see the
    *     constant VMAX), it is arbitrarily set to zero.  When this action
    *     occurs, 2 is added to the status.
    *
    * <li> The relativistic adjustment involves an iterative calculation.
    *     If the process fails to converge within a set number (IMAX) of
    *     iterations, 4 is added to the status.
    *
    * <li> The inverse transformation is performed by the function
    *     jauPvstar.
    *</ol>
    *<p>Called:<ul>
    *     <li>{@link #jauS2pv} spherical coordinates to pv-vector
    *     <li>{@link #jauPm} modulus of p-vector
    *     <li>{@link #jauZp} zero p-vector
    *     <li>{@link #jauPn} decompose p-vector into modulus and direction
    *     <li>{@link #jauPdp} scalar product of two p-vectors
    *     <li>{@link #jauSxp} multiply p-vector by scalar
    *     <li>{@link #jauPmp} p-vector minus p-vector
    *     <li>{@link #jauPpp} p-vector plus p-vector
    * </ul>
    *<p>Reference:
    *
    *     Stumpff, P., 1985, Astron.Astrophys. 144, 232-240.
    *
    *@version 2023 May 4
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    @Differentiable
    public static int jauStarpv(double ra, double dec,
                  double pmr, double pmd, double px, double rv,
                  double pv[][])
    {
    /* Smallest allowed parallax */
       final double PXMIN = 1e-7;

    /* Largest allowed speed (fraction of c) */
       final double VMAX = 0.5;

    /* Maximum number of iterations for relativistic solution */
       final int IMAX = 100;

       int i, iwarn;
       double w, r, rd, rad, decd, v, x[] = new double[3], usr[] = new double[3], ust[] = new double[3],
              vsr, vst, betst, betsr, bett, betr,
              dd, ddel, ur[] = new double[3], ut[] = new double[3],
              d = 0.0, del = 0.0,       /* to prevent */
              odd = 0.0, oddel = 0.0,   /* compiler   */
              od = 0.0, odel = 0.0;     /* warnings   */

    /* Distance (au). */
       if (px >= PXMIN) {
          w = px;
          iwarn = 0;
       } else {
          w = PXMIN;
          iwarn = 1;
       }
       r = DR2AS / w;

    /* Radial speed (au/day). */
       rd = DAYSEC * rv * 1e3 / DAU;

    /* Proper motion (radian/day). */
       rad = pmr / DJY;
       decd = pmd / DJY;

    /* To pv-vector (au,au/day). */
       double[][] pvt = jauS2pv(ra, dec, r, rad, decd, rd);
       jauCpv(pvt,pv);

    /* If excessive velocity, arbitrarily set it to zero. */
       v = jauPm(pv[1]);
       if (v / DC > VMAX) {
          jauZp(pv[1]);
          iwarn += 2;
       }

    /* Isolate the radial component of the velocity (au/day). */
       NormalizedVector nv = jauPn(pv[0]);
       w = nv.r;
       x = nv.u;
       vsr = jauPdp(x, pv[1]);
       usr = jauSxp(vsr,x);

    /* Isolate the transverse component of the velocity (au/day). */
       ust = jauPmp(pv[1], usr);
       vst = jauPm(ust);

    /* Special-relativity dimensionless parameters. */
       betsr = vsr / DC;
       betst = vst / DC;

    /* Determine the inertial-to-observed relativistic correction terms. */
       bett = betst;
       betr = betsr;
       for (i = 0; i < IMAX; i++) {
          d = 1.0 + betr;
          w = betr*betr + bett*bett;
          del = - w / (sqrt(1.0 - w) + 1.0);
          betr = d * betsr + del;
          bett = d * betst;
          if (i > 0) {
             dd = abs(d - od);
             ddel = abs(del - odel);
             if ((i > 1) && (dd >= odd) && (ddel >= oddel)) break;
             odd = dd;
             oddel = ddel;
          }
          od = d;
          odel = del;
       }
       if (i >= IMAX) iwarn += 4;

    /* Scale observed tangential velocity vector into inertial (au/d). */
       ut = jauSxp(d,ust);

    /* Compute inertial radial velocity vector (au/d). */
       ur = jauSxp(DC*(d*betsr+del),x);

    /* Combine the two to obtain the inertial space velocity. */
       pv[1] = jauPpp(ur, ut);
       
    /* Return the status. */
       return iwarn;

        }

    /**
    *  Multiply a p-vector by a scalar.
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  vector/matrix support function.
    *
    *<!-- Given: -->
    *     @param s       double         scalar
    *     @param p       double[3]      p-vector
    *
    *<!-- Returned: -->
    *     @return sp      double[3]       <u>returned</u> s * p
    *
    * 
    *
    *@version 2008 October 28
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    public static  double[] jauSxp(double s, double p[])
    {
       double sp[] = new double[3];
       sp[0] = s * p[0];
       sp[1] = s * p[1];
       sp[2] = s * p[2];

       return sp;

        }

    /**
    *  Zero a p-vector.
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  vector/matrix support function.
    *
    *<!-- Returned: -->
    *     @param p         double[3]        <u>returned</u> p-vector
    *
    *@version 2008 May 11
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    public static void jauZp(double p[] )
    {
       p[0] = 0.0;
       p[1] = 0.0;
       p[2] = 0.0;

       return;

    }
    /**
     * Return Zero p-vector. This is a convenience method that is an 
     * overload of the official SOFA API {@link #jauZp(double[])} that does not require 
     * the vector to be passed in.
     * 
     * @return double[3] a zero vector.
     *
     */
    public static double[] jauZp()
    {
        double p[] = new double[3];
        jauZp(p);
        return p;
    }

    /**
     * returns the first argument modulo the second.
     * Utility function to retain C use of fmod.
     * @param d
     * @param d2
     * @author Paul Harrison (paul.harrison@manchester.ac.uk) 27 Jan 2010
     * @return
     */
    private static double fmod(double d, double d2) {
        return d % d2;
    }

    /**
     *  Apply aberration to transform natural direction into proper
     *  direction.
     *
     *<p>This function is derived from the International Astronomical Union's
     *  SOFA (Standards of Fundamental Astronomy) software collection.
     *
     *<p>Status:  support function.
     *
     *<!-- Given: -->
     *    @param pnat     double[3]    natural direction to the source (unit vector)
     *    @param v        double[3]    observer barycentric velocity in units of c
     *    @param s        double       distance between the Sun and the observer (au)
     *    @param bm1      double       sqrt(1-|v|^2): reciprocal of Lorenz factor
     *
     *<!-- Returned:-->
     *    @return ppr      double[3]     <b>Returned</b> proper direction to source (unit vector)
     *
     *<p>Notes:
     * <ol>
     *
     *  <li> The algorithm is based on Expr. (7.40) in the Explanatory
     *     Supplement (Urban &amp; Seidelmann 2013), but with the following
     *     changes:
     *
     *     <p>o  Rigorous rather than approximate normalization is applied.
     *
     *     <p>o  The gravitational potential term from Expr. (7) in
     *        Klioner (2003) is added, taking into account only the Sun's
     *        contribution.  This has a maximum effect of about
     *        0.4 microarcsecond.
     *
     *  <li> In almost all cases, the maximum accuracy will be limited by the
     *     supplied velocity.  For example, if the SOFA iauEpv00 function is
     *     used, errors of up to 5 microarcseconds could occur.
     *
     * </ol>
     *<p>References:
     * <ul>
     *
     * <li> Urban, S. &amp; Seidelmann, P. K. (eds), Explanatory Supplement to
     *     the Astronomical Almanac, 3rd ed., University Science Books
     *     (2013).
     *
     * <li> Klioner, Sergei A., "A practical relativistic model for micro-
     *     arcsecond astrometry in space", Astr. J. 125, 1580-1597 (2003).
     *
     * </ul>
     *  Called:
     * <ul>
     *     <li>{@link #jauPdp} scalar product of two p-vectors
     *
     * </ul>
     *@version  2013 October 9
     *
     *@since JSOFA release 20131202
     *
     *
     *  <!-- Copyright (C) 2013 IAU SOFA Board.  See notes at end. -->
     */
    @Differentiable
    public static  double[] jauAb(double pnat[], double v[], double s, double bm1
           )
    {
        int i;
        double pdv, w1, w2, r2, w, p[] = new double[3], r;
        double ppr[] = new double[3];

        pdv = jauPdp(pnat, v);
        w1 = 1.0 + pdv/(1.0 + bm1);
        w2 = SRS/s;
        r2 = 0.0;
        for (i = 0; i < 3; i++) {
            w = pnat[i]*bm1 + w1*v[i] + w2*(v[i] - pdv*pnat[i]);
            p[i] = w;
            r2 = r2 + w*w;
        }
        r = sqrt(r2);
        for (i = 0; i < 3; i++) {
            ppr[i] = p[i]/r;
        }
        return ppr;
        /* Finished. */

    }

    /**
     *  Apply light deflection by a solar-system body, as part of
     *  transforming coordinate direction into natural direction.
     *
     *<p>This function is derived from the International Astronomical Union's
     *  SOFA (Standards of Fundamental Astronomy) software collection.
     *
     *<p>Status:  support function.
     *
     *<!-- Given: -->
     *     @param bm      double      mass of the gravitating body (solar masses)
     *     @param p       double[3]   direction from observer to source (unit vector)
     *     @param q       double[3]   direction from body to source (unit vector)
     *     @param e       double[3]   direction from body to observer (unit vector)
     *     @param em      double      distance from body to observer (au)
     *     @param dlim    double      deflection limiter (Note 4)
     *
     *<!-- Returned:-->
     *     @return p1      double[3]    <b>Returned</b> observer to deflected source (unit vector)
     *
     *<p>Notes:
     * <ol>
     *
     *  <li> The algorithm is based on Expr. (70) in Klioner (2003) and
     *     Expr. (7.63) in the Explanatory Supplement (Urban &amp; Seidelmann
     *     2013), with some rearrangement to minimize the effects of machine
     *     precision.
     *
     *  <li> The mass parameter bm can, as required, be adjusted in order to
     *     allow for such effects as quadrupole field.
     *
     *  <li> The barycentric position of the deflecting body should ideally
     *     correspond to the time of closest approach of the light ray to
     *     the body.
     *
     *  <li> The deflection limiter parameter dlim is phi^2/2, where phi is
     *     the angular separation (in radians) between source and body at
     *     which limiting is applied.  As phi shrinks below the chosen
     *     threshold, the deflection is artificially reduced, reaching zero
     *     for phi = 0.
     *
     *  <li> The returned vector p1 is not normalized, but the consequential
     *     departure from unit magnitude is always negligible.
     *
     *  <li> The arguments p and p1 can be the same array.
     *
     *  <li> To accumulate total light deflection taking into account the
     *     contributions from several bodies, call the present function for
     *     each body in succession, in decreasing order of distance from the
     *     observer.
     *
     *  <li> For efficiency, validation is omitted.  The supplied vectors must
     *     be of unit magnitude, and the deflection limiter non-zero and
     *     positive.
     *
     * </ol>
     *<p>References:
     * <ul>
     *
     * <li> Urban, S. &amp; Seidelmann, P. K. (eds), Explanatory Supplement to
     *     the Astronomical Almanac, 3rd ed., University Science Books
     *     (2013).
     *
     * <li> Klioner, Sergei A., "A practical relativistic model for micro-
     *     arcsecond astrometry in space", Astr. J. 125, 1580-1597 (2003).
     *
     * </ul>
     *  Called:
     * <ul>
     *     <li>{@link #jauPdp} scalar product of two p-vectors
     *     <li>{@link #jauPxp} vector product of two p-vectors
     *
     * </ul>
     *@version  2013 October 9
     *
     *@since JSOFA release 20131202
     *
     *  <!-- Copyright (C) 2013 IAU SOFA Board.  See notes at end. -->
     */
    @Differentiable
    public static double[] jauLd(double bm, double p[], double q[], double e[],
            double em, double dlim)
    {
        int i;
        double qpe[] = new double[3], qdqpe, w, eq[], peq[] ;

        double p1[] = new double[3];

        /* q . (q + e). */
        for (i = 0; i < 3; i++) {
            qpe[i] = q[i] + e[i];
        }
        qdqpe = jauPdp(q, qpe);

        /* 2 x G x bm / ( em x c^2 x ( q . (q + e) ) ). */
        w = bm * SRS / em / max(qdqpe,dlim);

        /* p x (e x q). */
        eq = jauPxp(e, q);
        peq = jauPxp(p, eq);

        /* Apply the deflection. */
        for (i = 0; i < 3; i++) {
            p1[i] = p[i] + w*peq[i];
        }

        return p1;
        /* Finished. */

    }

    /**
     *   Deflection of starlight by the Sun.
     *
     *<p>This function is derived from the International Astronomical Union's
     *  SOFA (Standards of Fundamental Astronomy) software collection.
     *
     *<p>Status:  support function.
     *
     *<!-- Given: -->
     *     @param p       double[3]   direction from observer to star (unit vector)
     *     @param e       double[3]   direction from Sun to observer (unit vector)
     *     @param em      double      distance from Sun to observer (au)
     *
     *<!-- Returned:-->
     *     @return p1      double[3]    <b>Returned</b> observer to deflected start (unit vector)
     *
     *<p>Notes:
     * <ol>
     *
     *  <li> The source is presumed to be sufficiently distant that its
     *     directions seen from the Sun and the observer are essentially
     *     the same.
     *
     *  <li> The deflection is restrained when the angle between the star and
     *     the center of the Sun is less than a threshold value, falling to
     *     zero deflection for zero separation.  The chosen threshold value
     *     is within the solar limb for all solar-system applications, and
     *     is about 5 arcminutes for the case of a terrestrial observer.
     *
     *  <li> The arguments p and p1 can be the same array.
     *
     * </ol>
     *  Called:
     * <ul>
     *     <li>{@link #jauLd} light deflection by a solar-system body
     *
     * </ul>
     *@version  2016 July 29
     *
     *@since JSOFA release 20131202
     *
     *  <!-- Copyright (C) 2013 IAU SOFA Board.  See notes at end. -->
     */
    @Differentiable
    public static double[] jauLdsun(double p[], double e[], double em)
    {
        double em2, dlim;

        /* Deflection limiter (smaller for distant observers). */
        em2 = em*em;
        if ( em2 < 1.0 ) em2 = 1.0;
        dlim = 1e-6 / (em2 > 1.0 ? em2 : 1.0);
        
        /* Apply the deflection. */
        return jauLd(1.0, p, p, e, em, dlim);

    }

    /**
     *  Proper motion and parallax.
     *
     *<p>This function is derived from the International Astronomical Union's
     *  SOFA (Standards of Fundamental Astronomy) software collection.
     *
     *<p>Status:  support function.
     *
     *<!-- Given: -->
     *     @param rc double      ICRS RA,Dec at catalog epoch (radians)
     *     @param dc double      ICRS RA,Dec at catalog epoch (radians) 
     *     @param pr      double      RA proper motion (radians/year; Note 1)
     *     @param pd      double      Dec proper motion (radians/year)
     *     @param px      double      parallax (arcsec)
     *     @param rv      double      radial velocity (km/s, +ve if receding)
     *     @param pmt     double      proper motion time interval (SSB, Julian years)
     *     @param pob     double[3]   SSB to observer vector (au)
     *
     *<!-- Returned:-->
     *     @return pco     double[3]    <b>Returned</b> coordinate direction (BCRS unit vector)
     *
     *<p>Notes:
     * <ol>
     *
     *  <li> The proper motion in RA is dRA/dt rather than cos(Dec)*dRA/dt.
     *
     *  <li> The proper motion time interval is for when the starlight
     *     reaches the solar system barycenter.
     *
     *  <li> To avoid the need for iteration, the Roemer effect (i.e. the
     *     small annual modulation of the proper motion coming from the
     *     changing light time) is applied approximately, using the
     *     direction of the star at the catalog epoch.
     *
     * </ol>
     *<p>References:
     * <ul>
     *
     * <li> 1984 Astronomical Almanac, pp B39-B41.
     *
     * <li> Urban, S. &amp; Seidelmann, P. K. (eds), Explanatory Supplement to
     *     the Astronomical Almanac, 3rd ed., University Science Books
     *     (2013), Section 7.2.
     *
     * </ul>
     *  Called:
     * <ul>
     *     <li>{@link #jauPdp} scalar product of two p-vectors
     *     <li>{@link #jauPn} decompose p-vector into modulus and direction
     *
     * </ul>
     *@version  2013 October 9
     *
     *@since JSOFA release 20131202
     *
     *  <!-- Copyright (C) 2013 IAU SOFA Board.  See notes at end. -->
     */
    @Differentiable
    public static double[] jauPmpx(double rc, double dc, double pr, double pd,
            double px, double rv, double pmt, double pob[]
            )
    {
        /* Km/s to au/year */
        final double VF = DAYSEC*DJM/DAU;

        /* Light time for 1 au, Julian years */
        final double AULTY = AULT/DAYSEC/DJY;

        int i;
        double sr, cr, sd, cd, x, y, z, p[] = new double[3], dt, pxr, w, pdz, pm[] = new double[3];

        /* Spherical coordinates to unit vector (and useful functions). */
        sr = sin(rc);
        cr = cos(rc);
        sd = sin(dc);
        cd = cos(dc);
        p[0] = x = cr*cd;
        p[1] = y = sr*cd;
        p[2] = z = sd;

        /* Proper motion time interval (y) including Roemer effect. */
        dt = pmt + jauPdp(p,pob)*AULTY;

        /* Space motion (radians per year). */
        pxr = px * DAS2R;
        w = VF * rv * pxr;
        pdz = pd * z;
        pm[0] = - pr*y - pdz*cr + w*x;
        pm[1] =   pr*x - pdz*sr + w*y;
        pm[2] =   pd*cd + w*z;

        /* Coordinate direction of star (unit vector, BCRS). */
        for (i = 0; i < 3; i++) {
            p[i] += dt*pm[i] - pxr*pob[i];
        }
        NormalizedVector pco = jauPn(p);

        return pco.u;
        /* Finished. */

    }

    /**
     * constants A and B in the atmospheric refraction model
     *  dZ = A tan Z + B tan^3 Z.
     *  .
     * @author Paul Harrison (paul.harrison@manchester.ac.uk) 28 Mar 2014
     * @version $Revision$ $date$
     */
    public static class RefCos {
        /**    refraction coefficient A  */
        public double    a ;

        /**    refraction coefficient B  */
        public double    b ;
        public RefCos(double a, double b) {
          this.a = a;
          this.b = b;
       }
       
   }

    /**
     *  Determine the constants A and B in the atmospheric refraction model
     *  dZ = A tan Z + B tan^3 Z.
     *
     *  Z is the "observed" zenith distance (i.e. affected by refraction)
     *  and dZ is what to add to Z to give the "topocentric" (i.e. in vacuo)
     *  zenith distance.
     *
     *<p>This function is derived from the International Astronomical Union's
     *  SOFA (Standards of Fundamental Astronomy) software collection.
     *
     *<p>Status:  support function.
     *
     *<!-- Given: -->
     *    @param phpa    double     pressure at the observer (hPa = millibar)
     *    @param tc      double     ambient temperature at the observer (deg C)
     *    @param rh      double     relative humidity at the observer (range 0-1)
     *    @param wl      double     wavelength (micrometers)
     *
     *<!-- Returned:-->
     *    @return      <b>Returned</b> tan Z coefficient (radians)
     *                 <b>Returned</b> tan^3 Z coefficient (radians)
     *
     *<p>Notes:
     * <ol>
     *
     *  <li> The model balances speed and accuracy to give good results in
     *     applications where performance at low altitudes is not paramount.
     *     Performance is maintained across a range of conditions, and
     *     applies to both optical/IR and radio.
     *
     *  <li> The model omits the effects of (i) height above sea level (apart
     *     from the reduced pressure itself), (ii) latitude (i.e. the
     *     flattening of the Earth), (iii) variations in tropospheric lapse
     *     rate and (iv) dispersive effects in the radio.
     *
     *     <p>The model was tested using the following range of conditions:
     *
     *       <p>lapse rates 0.0055, 0.0065, 0.0075 deg/meter
     *       latitudes 0, 25, 50, 75 degrees
     *       heights 0, 2500, 5000 meters ASL
     *       pressures mean for height -10% to +5% in steps of 5%
     *       temperatures -10 deg to +20 deg with respect to 280 deg at SL
     *       relative humidity 0, 0.5, 1
     *       wavelengths 0.4, 0.6, ... 2 micron, + radio
     *       zenith distances 15, 45, 75 degrees
     *
     *     <p>The accuracy with respect to raytracing through a model
     *     atmosphere was as follows:
     *
     *                            <p>worst         RMS
     *
     *       <p>optical/IR           62 mas       8 mas
     *       radio               319 mas      49 mas
     *
     *     <p>For this particular set of conditions:
     *
     *       <p>lapse rate 0.0065 K/meter
     *       latitude 50 degrees
     *       sea level
     *       pressure 1005 mb
     *       temperature 280.15 K
     *       humidity 80%
     *       wavelength 5740 Angstroms
     *
     *     <p>the results were as follows:
     *
     *       <p>ZD       raytrace     iauRefco   Saastamoinen
     *
     *       10         10.27        10.27        10.27
     *       20         21.19        21.20        21.19
     *       30         33.61        33.61        33.60
     *       40         48.82        48.83        48.81
     *       45         58.16        58.18        58.16
     *       50         69.28        69.30        69.27
     *       55         82.97        82.99        82.95
     *       60        100.51       100.54       100.50
     *       65        124.23       124.26       124.20
     *       70        158.63       158.68       158.61
     *       72        177.32       177.37       177.31
     *       74        200.35       200.38       200.32
     *       76        229.45       229.43       229.42
     *       78        267.44       267.29       267.41
     *       80        319.13       318.55       319.10
     *
     *      <p>deg        arcsec       arcsec       arcsec
     *
     *     <p>The values for Saastamoinen's formula (which includes terms
     *     up to tan^5) are taken from Hohenkerk and Sinclair (1985).
     *
     *  <li> A wl value in the range 0-100 selects the optical/IR case and is
     *     wavelength in micrometers.  Any value outside this range selects
     *     the radio case.
     *
     *  <li> Outlandish input parameters are silently limited to
     *     mathematically safe values.  Zero pressure is permissible, and
     *     causes zeroes to be returned.
     *
     *  <li> The algorithm draws on several sources, as follows:
     *
     *     <p>a) The formula for the saturation vapour pressure of water as
     *        a function of temperature and temperature is taken from
     *        Equations (A4.5-A4.7) of Gill (1982).
     *
     *     <p>b) The formula for the water vapour pressure, given the
     *        saturation pressure and the relative humidity, is from
     *        Crane (1976), Equation (2.5.5).
     *
     *     <p>c) The refractivity of air is a function of temperature,
     *        total pressure, water-vapour pressure and, in the case
     *        of optical/IR, wavelength.  The formulae for the two cases are
     *        developed from Hohenkerk &amp; Sinclair (1985) and Rueger (2002).
     *        The IAG (1999) optical refractivity for dry air is used.
     *
     *     <p>d) The formula for beta, the ratio of the scale height of the
     *        atmosphere to the geocentric distance of the observer, is
     *        an adaption of Equation (9) from Stone (1996).  The
     *        adaptations, arrived at empirically, consist of (i) a small
     *        adjustment to the coefficient and (ii) a humidity term for the
     *        radio case only.
     *
     *     <p>e) The formulae for the refraction constants as a function of
     *        n-1 and beta are from Green (1987), Equation (4.31).
     *
     * </ol>
     *<p>References:
     * <ul>
     *
     * <li> Crane, R.K., Meeks, M.L. (ed), "Refraction Effects in the Neutral
     *     Atmosphere", Methods of Experimental Physics: Astrophysics 12B,
     *     Academic Press, 1976.
     *
     * <li> Gill, Adrian E., "Atmosphere-Ocean Dynamics", Academic Press,
     *     1982.
     *
     * <li> Green, R.M., "Spherical Astronomy", Cambridge University Press,
     *     1987.
     *
     * <li> Hohenkerk, C.Y., &amp; Sinclair, A.T., NAO Technical Note No. 63,
     *     1985.
     *     
     * <li> IAG Resolutions adopted at the XXIIth General Assembly in
     *     Birmingham, 1999, Resolution 3.
     *
     * <li> Rueger, J.M., "Refractive Index Formulae for Electronic Distance
     *     Measurement with Radio and Millimetre Waves", in Unisurv Report
     *     S-68, School of Surveying and Spatial Information Systems,
     *     University of New South Wales, Sydney, Australia, 2002.
     *
     * <li> Stone, Ronald C., P.A.S.P. 108, 1051-1058, 1996.
     *
     * </ul>
     *@version  2013 October 9
     *
     *@since JSOFA release 20131202
     *
     *  <!-- Copyright (C) 2013 IAU SOFA Board.  See notes at end. -->
     */
    @Differentiable
    public static RefCos jauRefco(double phpa, double tc, double rh, double wl )
    {
        boolean optic;
        double p, t, r, w, ps, pw, tk, wlsq, gamma, beta;

        /* Decide whether optical/IR or radio case:  switch at 100 microns. */
        optic = ( wl <= 100.0 );

        /* Restrict parameters to safe values. */
        t = max ( tc, -150.0 );
        t = min ( t, 200.0 );
        p = max ( phpa, 0.0 );
        p = min ( p, 10000.0 );
        r = max ( rh, 0.0 );
        r = min ( r, 1.0 );
        w = max ( wl, 0.1 );
        w = min ( w, 1e6 );

        /* Water vapour pressure at the observer. */
        if ( p > 0.0 ) {
            ps = pow ( 10.0, ( 0.7859 + 0.03477*t ) /
                    ( 1.0 + 0.00412*t ) ) *
                    ( 1.0 + p * ( 4.5e-6 + 6e-10*t*t )  );
            pw = r * ps / ( 1.0 - (1.0-r)*ps/p );
        } else {
            pw = 0.0;
        }

        /* Refractive index minus 1 at the observer. */
        tk = t + 273.15;
        if ( optic ) {
            wlsq = w * w;
            gamma = ( ( 77.53484e-6 +
                    ( 4.39108e-7 + 3.666e-9/wlsq ) / wlsq ) * p
                    - 11.2684e-6*pw ) / tk;
        } else {
            gamma = ( 77.6890e-6*p - ( 6.3938e-6 - 0.375463/tk ) * pw ) / tk;
        }

        /* Formula for beta from Stone, with empirical adjustments. */
        beta = 4.4474e-6 * tk;
        if ( ! optic ) beta -= 0.0074 * pw * beta;

        /* Refraction constants from Green. */
        return new RefCos( gamma * ( 1.0 - beta ),
               - gamma * ( beta - gamma / 2.0 ));

        /* Finished. */

    }

    /**
     * Position consisting of (ha, declination) pairs in radians. Where ha is hour angle and dec is declination .
     * @author Paul Harrison (paul.harrison@manchester.ac.uk) 1 Feb 2010
     * 
     * @since JSOFA release 20180130
     */
    public static class EquatorialCoordinate {
        public double ha;
        public double dec;
        public EquatorialCoordinate(double ha, double dec){
            this.ha = ha;
            this.dec = dec;
        }
    }

    /**
     *
     *  Horizon to equatorial coordinates:  transform azimuth and altitude
     *  to hour angle and declination.
     *
     * <!-- Given: -->
     *  @param  az       double       azimuth
     *  @param  el       double       altitude (informally, elevation)
     *  @param  phi      double       site latitude
     *
     * <!-- Returned: -->
     *  @return   ha       double       hour angle (local)
     *     dec      double       declination
     *
     * <p>Notes: <ol>
     *
     * <li>  All the arguments are angles in radians.
     *
     * <li>  The sign convention for azimuth is north zero, east +pi/2.
     *
     * <li>  HA is returned in the range +/-pi.  Declination is returned in
     *      the range +/-pi/2.
     *
     * <li>  The latitude phi is pi/2 minus the angle between the Earth's
     *      rotation axis and the adopted zenith.  In many applications it
     *      will be sufficient to use the published geodetic latitude of the
     *      site.  In very precise (sub-arcsecond) applications, phi can be
     *      corrected for polar motion.
     *
     * <li>  The azimuth az must be with respect to the rotational north pole,
     *      as opposed to the ITRS pole, and an azimuth with respect to north
     *      on a map of the Earth's surface will need to be adjusted for
     *      polar motion if sub-arcsecond accuracy is required.
     *
     * <li>  Should the user wish to work with respect to the astronomical
     *      zenith rather than the geodetic zenith, phi will need to be
     *      adjusted for deflection of the vertical (often tens of
     *      arcseconds), and the zero point of ha will also be affected.
     *
     * <li>  The transformation is the same as Ve = Ry(phi-pi/2)*Rz(pi)*Vh,
     *      where Ve and Vh are lefthanded unit vectors in the (ha,dec) and
     *      (az,el) systems respectively and Rz and Ry are rotations about
     *      first the z-axis and then the y-axis.  (n.b. Rz(pi) simply
     *      reverses the signs of the x and y components.)  For efficiency,
     *      the algorithm is written out rather than calling other utility
     *      functions.  For applications that require even greater
     *      efficiency, additional savings are possible if constant terms
     *      such as functions of latitude are computed once and for all.
     *
     * <li>  Again for efficiency, no range checking of arguments is carried
     *      out.
     *</ol>
     *  Last revision:   2017 September 12
     *
     * @since JSOFA release 20180130
     *
     */

    @Differentiable
    public static  EquatorialCoordinate jauAe2hd (double az, double el, double phi)
    {
        double sa, ca, se, ce, sp, cp, x, y, z, r;

        /* Useful trig functions. */
        sa = sin(az);
        ca = cos(az);
        se = sin(el);
        ce = cos(el);
        sp = sin(phi);
        cp = cos(phi);

        /* HA,Dec unit vector. */
        x = - ca*ce*sp + se*cp;
        y = - sa*ce;
        z = ca*ce*cp + se*sp;

        /* To spherical. */
        r = sqrt(x*x + y*y);
        return new EquatorialCoordinate( (r != 0.0) ? atan2(y,x) : 0.0,
                atan2(z,r));

        /* Finished. */
    }

    /**
     * Position consisting of (az, el) pairs in radians. Where az is the azimuth and el is elevation .
     * @author Paul Harrison (paul.harrison@manchester.ac.uk) 
     * 
     * @since JSOFA release 20180130
     */
    public static class HorizonCoordinate {
        public double az;
        public double el;
        public HorizonCoordinate(double az, double el){
            this.az = az;
            this.el = el;
        }
    }

    /**
     *
     *  Equatorial to horizon coordinates:  transform hour angle and
     *  declination to azimuth and altitude.
     *
     *  <p>This function is derived from the International Astronomical Union's
     *  SOFA (Standards of Fundamental Astronomy) software collection.
     *
     *  <p>Status:  support function.
     *
     * <!-- Given: -->
     *  @param   ha       double       hour angle (local)
     *  @param   dec      double       declination
     *  @param   phi      double       site latitude
     *
     * <!-- Returned: -->
     *  @return   az      double       azimuth
     *     el      double       altitude (informally, elevation)
     *
     * <p>Notes: <ol>
     *
     * <li>  All the arguments are angles in radians.
     *
     * <li>  Azimuth is returned in the range 0-2pi;  north is zero, and east
     *      is +pi/2.  Altitude is returned in the range +/- pi/2.
     *
     * <li>  The latitude phi is pi/2 minus the angle between the Earth's
     *      rotation axis and the adopted zenith.  In many applications it
     *      will be sufficient to use the published geodetic latitude of the
     *      site.  In very precise (sub-arcsecond) applications, phi can be
     *      corrected for polar motion.
     *
     * <li>  The returned azimuth az is with respect to the rotational north
     *      pole, as opposed to the ITRS pole, and for sub-arcsecond
     *      accuracy will need to be adjusted for polar motion if it is to
     *      be with respect to north on a map of the Earth's surface.
     *
     * <li>  Should the user wish to work with respect to the astronomical
     *      zenith rather than the geodetic zenith, phi will need to be
     *      adjusted for deflection of the vertical (often tens of
     *      arcseconds), and the zero point of the hour angle ha will also
     *      be affected.
     *
     * <li>  The transformation is the same as Vh = Rz(pi)*Ry(pi/2-phi)*Ve,
     *      where Vh and Ve are lefthanded unit vectors in the (az,el) and
     *      (ha,dec) systems respectively and Ry and Rz are rotations about
     *      first the y-axis and then the z-axis.  (n.b. Rz(pi) simply
     *      reverses the signs of the x and y components.)  For efficiency,
     *      the algorithm is written out rather than calling other utility
     *      functions.  For applications that require even greater
     *      efficiency, additional savings are possible if constant terms
     *      such as functions of latitude are computed once and for all.
     *
     * <li>  Again for efficiency, no range checking of arguments is carried
     *      out.
     *</ol>
     *  Last revision:   2017 September 12
     *
     * @since JSOFA release 20180130
     *
     */
    @Differentiable
    public static HorizonCoordinate jauHd2ae (double ha, double dec, double phi)
    {
        double sh, ch, sd, cd, sp, cp, x, y, z, r, a;

        /* Useful trig functions. */
        sh = sin(ha);
        ch = cos(ha);
        sd = sin(dec);
        cd = cos(dec);
        sp = sin(phi);
        cp = cos(phi);

        /* Az,Alt unit vector. */
        x = - ch*cd*sp + sd*cp;
        y = - sh*cd;
        z = ch*cd*cp + sd*sp;

        /* To spherical. */
        r = sqrt(x*x + y*y);
        a = (r != 0.0) ? atan2(y,x) : 0.0;
        return new HorizonCoordinate((a < 0.0) ? a+D2PI : a,
                atan2(z,r));

        /* Finished. */
    }

    /**
     *
     *  Parallactic angle for a given hour angle and declination.
     *
     *  <p>This function is derived from the International Astronomical Union's
     *  SOFA (Standards of Fundamental Astronomy) software collection.
     *
     *  <p>Status:  support function.
     *
     * <!-- Given: -->
     *  @param  ha     double     hour angle
     *  @param  dec    double     declination
     *  @param  phi    double     site latitude
     *
     *  @return     double     parallactic angle
     *
     * <p>Notes: <ol>
     *
     * <li>  All the arguments are angles in radians.
     *
     * <li>  The parallactic angle at a point in the sky is the position
     *      angle of the vertical, i.e. the angle between the directions to
     *      the north celestial pole and to the zenith respectively.
     *
     * <li>  The result is returned in the range -pi to +pi.
     *
     * <li>  At the pole itself a zero result is returned.
     *
     * <li>  The latitude phi is pi/2 minus the angle between the Earth's
     *      rotation axis and the adopted zenith.  In many applications it
     *      will be sufficient to use the published geodetic latitude of the
     *      site.  In very precise (sub-arcsecond) applications, phi can be
     *      corrected for polar motion.
     *
     * <li>  Should the user wish to work with respect to the astronomical
     *      zenith rather than the geodetic zenith, phi will need to be
     *      adjusted for deflection of the vertical (often tens of
     *      arcseconds), and the zero point of the hour angle ha will also
     *      be affected.
     *</ol>
     *  Reference:
     *     Smart, W.M., "Spherical Astronomy", Cambridge University Press,
     *     6th edition (Green, 1977), p49.
     *
     *  Last revision:   2017 September 12
     *
     * @since JSOFA release 20180130
     *
     */
    @Differentiable
    public static double jauHd2pa (double ha, double dec, double phi)
    {
        double cp, cqsz, sqsz;

        cp = cos(phi);
        sqsz = cp*sin(ha);
        cqsz = sin(phi)*cos(dec) - cp*sin(dec)*cos(ha);
        return ( ( sqsz != 0.0 || cqsz != 0.0 ) ? atan2(sqsz,cqsz) : 0.0 );

        /* Finished. */
    }

    /**
     * Tangent point soulutions. A class to contain tangent point soutions and an indication as to how many of the solutions are valid
     * @author Paul Harrison (paul.harrison@manchester.ac.uk) 
     * @since JSOFA release 20180130
     */
    public static class TangentPointSolution
    {
        public SphericalCoordinate sol1;
        public SphericalCoordinate sol2;

        /** nsolutions. The number of useful solutions
         */
        public int nsolutions;
        /**
         * @param sol1
         * @param sol2
         * @param flag

         */
        public TangentPointSolution(SphericalCoordinate sol1,
                SphericalCoordinate sol2, int flag) {
            this.sol1 = sol1;
            this.sol2 = sol2;
            this.nsolutions = flag;
        }
        public TangentPointSolution()
        {
            this.sol1 = null;
            this.sol2 = null;
            this.nsolutions = 0;
        }
    }
    /**
     *
     *  In the tangent plane projection, given the rectangular coordinates
     *  of a star and its spherical coordinates, determine the spherical
     *  coordinates of the tangent point.
     *
     *  <p>This function is derived from the International Astronomical Union's
     *  SOFA (Standards of Fundamental Astronomy) software collection.
     *
     *  <p>Status:  support function.
     *
     * <!-- Given: -->
     *   @param  xi     double  rectangular coordinates of star image (Note 2)
     *   @param  eta     double  rectangular coordinates of star image (Note 2)
     *   @param  a        double  star's spherical coordinates (Note 3)
     *   @param  b        double  star's spherical coordinates (Note 3)
     *
     * <!-- Returned: -->
     *     @return  tangent point's spherical coordinate solutions
     *
     *  Returned (function value):
     *                int     number of solutions:
     *                        0 = no solutions returned (Note 5)
     *                        1 = only the first solution is useful (Note 6)
     *                        2 = both solutions are useful (Note 6)
     *
     * <p>Notes: <ol>
     *
     * <li> The tangent plane projection is also called the "gnomonic
     *     projection" and the "central projection".
     *
     * <li> The eta axis points due north in the adopted coordinate system.
     *     If the spherical coordinates are observed (RA,Dec), the tangent
     *     plane coordinates (xi,eta) are conventionally called the
     *     "standard coordinates".  If the spherical coordinates are with
     *     respect to a right-handed triad, (xi,eta) are also right-handed.
     *     The units of (xi,eta) are, effectively, radians at the tangent
     *     point.
     *
     * <li> All angular arguments are in radians.
     *
     * <li> The angles a01 and a02 are returned in the range 0-2pi.  The
     *     angles b01 and b02 are returned in the range +/-pi, but in the
     *     usual, non-pole-crossing, case, the range is +/-pi/2.
     *
     * <li> Cases where there is no solution can arise only near the poles.
     *     For example, it is clearly impossible for a star at the pole
     *     itself to have a non-zero xi value, and hence it is meaningless
     *     to ask where the tangent point would have to be to bring about
     *     this combination of xi and dec.
     *
     * <li> Also near the poles, cases can arise where there are two useful
     *     solutions.  The return value indicates whether the second of the
     *     two solutions returned is useful;  1 indicates only one useful
     *     solution, the usual case.
     *
     * <li> The basis of the algorithm is to solve the spherical triangle PSC,
     *     where P is the north celestial pole, S is the star and C is the
     *     tangent point.  The spherical coordinates of the tangent point are
     *     [a0,b0];  writing rho^2 = (xi^2+eta^2) and r^2 = (1+rho^2), side c
     *     is then (pi/2-b), side p is sqrt(xi^2+eta^2) and side s (to be
     *     found) is (pi/2-b0).  Angle C is given by sin(C) = xi/rho and
     *     cos(C) = eta/rho.  Angle P (to be found) is the longitude
     *     difference between star and tangent point (a-a0).
     *
     * <li> This function is a member of the following set:
     * 
     *{@code
     *         spherical      vector         solve for
     *
     *         iauTpxes      iauTpxev         xi,eta
     *         iauTpsts      iauTpstv          star
     *       > iauTpors <    iauTporv         origin
     *}
     *</ol>
     *  Called:
     *     iauAnp       normalize angle into range 0 to 2pi
     *
     *  References:
     *
     *     Calabretta M.R. &amp; Greisen, E.W., 2002, "Representations of
     *     celestial coordinates in FITS", Astron.Astrophys. 395, 1077
     *
     *     Green, R.M., "Spherical Astronomy", Cambridge University Press,
     *     1987, Chapter 13.
     *
     * @version   2018 January 2
     *
     * @since JSOFA release 20180130
     *
     */
    @Differentiable
    public static TangentPointSolution jauTpors(double xi, double eta, double a, double b)
    {
        double xi2, r, sb, cb, rsb, rcb, w2, w, s, c;
        double a01, b01, a02, b02;

        xi2 = xi*xi;
        r = sqrt(1.0 + xi2 + eta*eta);
        sb = sin(b);
        cb = cos(b);
        rsb = r*sb;
        rcb = r*cb;
        w2 = rcb*rcb - xi2;
        if ( w2 >= 0.0 ) {
            w = sqrt(w2);
            s = rsb - eta*w;
            c = rsb*eta + w;
            if ( xi == 0.0 && w == 0.0 ) w = 1.0;
            a01 = jauAnp(a - atan2(xi,w));
            b01 = atan2(s,c);
            w = -w;
            s = rsb - eta*w;
            c = rsb*eta + w;
            a02 = jauAnp(a - atan2(xi,w));
            b02 = atan2(s,c);
            return new TangentPointSolution(new SphericalCoordinate(a01, b01), new SphericalCoordinate(a02, b02), 
                    (abs(rsb) < 1.0) ? 1 : 2);
        } else {
            return new TangentPointSolution();
        }

        /* Finished. */

    }

    /**
     *
     *  In the tangent plane projection, given the star's rectangular
     *  coordinates and the spherical coordinates of the tangent point,
     *  solve for the spherical coordinates of the star.
     *
     *  <p>This function is derived from the International Astronomical Union's
     *  SOFA (Standards of Fundamental Astronomy) software collection.
     *
     *  <p>Status:  support function.
     *
     * <!-- Given: -->
     *     @param xi    double  rectangular coordinates of star image (Note 2)
     *     @param eta    double  rectangular coordinates of star image (Note 2)
     *     @param a0     double  tangent point's spherical coordinates
     *     @param b0     double  tangent point's spherical coordinates
     *
     * <!-- Returned: -->
     *     @return     star's spherical coordinates
     *<ol>
     * <li> The tangent plane projection is also called the "gnomonic
     *     projection" and the "central projection".
     *
     * <li> The eta axis points due north in the adopted coordinate system.
     *     If the spherical coordinates are observed (RA,Dec), the tangent
     *     plane coordinates (xi,eta) are conventionally called the
     *     "standard coordinates".  If the spherical coordinates are with
     *     respect to a right-handed triad, (xi,eta) are also right-handed.
     *     The units of (xi,eta) are, effectively, radians at the tangent
     *     point.
     *
     * <li> All angular arguments are in radians.
     *
     * <li> This function is a member of the following set:
     *{@code
     *         spherical      vector         solve for
     *
     *         iauTpxes      iauTpxev         xi,eta
     *       > iauTpsts <    iauTpstv          star
     *         iauTpors      iauTporv         origin
     * }
     *</ol>
     *  Called:
     *     iauAnp       normalize angle into range 0 to 2pi
     *
     *  References:
     *
     *     Calabretta M.R. &amp; Greisen, E.W., 2002, "Representations of
     *     celestial coordinates in FITS", Astron.Astrophys. 395, 1077
     *
     *     Green, R.M., "Spherical Astronomy", Cambridge University Press,
     *     1987, Chapter 13.
     *
     * @version   2018 January 2
     *
     * @since JSOFA release 20180130
     *
     */
    @Differentiable
    public static SphericalCoordinate jauTpsts(double xi, double eta, double a0, double b0)
    {
        double sb0, cb0, d;

        sb0 = sin(b0);
        cb0 = cos(b0);
        d = cb0 - eta*sb0;
        return new SphericalCoordinate( jauAnp(atan2(xi,d) + a0),
                atan2(sb0+eta*cb0, sqrt(xi*xi+d*d)));

        /* Finished. */
    }

    /**
     * Tangent Plane Position consisting of (xi, eta) pairs in radians.
     * 
     * 
     * <p>Notes: <ol>
     *
     * <li> The tangent plane projection is also called the "gnomonic
     *     projection" and the "central projection".
     *
     * <li> The eta axis points due north in the adopted coordinate system.
     *     If the spherical coordinates are observed (RA,Dec), the tangent
     *     plane coordinates (xi,eta) are conventionally called the
     *     "standard coordinates".  For right-handed spherical coordinates,
     *     (xi,eta) are also right-handed.  The units of (xi,eta) are,
     *     effectively, radians at the tangent point.
     *     </ol>
     * @author Paul Harrison (paul.harrison@manchester.ac.uk) 
     * 
     * @since JSOFA release 20180130
     */
    public static class TangentPlaneCoordinate {
        public double xi;
        public double eta;
        /** status.
         *                         0 = OK
         *                                1 = star too far from axis
         *                                2 = antistar on tangent plane
         *                                3 = antistar too far from axis
         */
        public int status;
        public TangentPlaneCoordinate(double xi, double eta, int j){
            this.xi = xi;
            this.eta = eta;
            this.status = j;
        }
    }

    /**
     *
     *  In the tangent plane projection, given the star's rectangular
     *  coordinates and the direction cosines of the tangent point, solve
     *  for the direction cosines of the star.
     *
     *  <p>This function is derived from the International Astronomical Union's
     *  SOFA (Standards of Fundamental Astronomy) software collection.
     *
     *  <p>Status:  support function.
     *
     * <!-- Given: -->
     *     @param xi  double     rectangular coordinates of star image (Note 2)
     *     @param eta  double     rectangular coordinates of star image (Note 2)
     *     @param v0      double[3]  tangent point's direction cosines
     *
     * <!-- Returned: -->
     *     @return      double[3]  star's direction cosines
     * <ol>
     * <li> The tangent plane projection is also called the "gnomonic
     *     projection" and the "central projection".
     *
     * <li> The eta axis points due north in the adopted coordinate system.
     *     If the direction cosines represent observed (RA,Dec), the tangent
     *     plane coordinates (xi,eta) are conventionally called the
     *     "standard coordinates".  If the direction cosines are with
     *     respect to a right-handed triad, (xi,eta) are also right-handed.
     *     The units of (xi,eta) are, effectively, radians at the tangent
     *     point.
     *
     * <li> The method used is to complete the star vector in the (xi,eta)
     *     based triad and normalize it, then rotate the triad to put the
     *     tangent point at the pole with the x-axis aligned to zero
     *     longitude.  Writing (a0,b0) for the celestial spherical
     *     coordinates of the tangent point, the sequence of rotations is
     *     (b-pi/2) around the x-axis followed by (-a-pi/2) around the
     *     z-axis.
     *
     * <li> If vector v0 is not of unit length, the returned vector v will
     *     be wrong.
     *
     * <li> If vector v0 points at a pole, the returned vector v will be
     *     based on the arbitrary assumption that the longitude coordinate
     *     of the tangent point is zero.
     *
     * <li> This function is a member of the following set:
     *{@code
     *         spherical      vector         solve for
     *
     *         iauTpxes      iauTpxev         xi,eta
     *         iauTpsts    > iauTpstv <        star
     *         iauTpors      iauTporv         origin
     * }
     *</ol>
     *  References:
     *
     *     Calabretta M.R. &amp; Greisen, E.W., 2002, "Representations of
     *     celestial coordinates in FITS", Astron.Astrophys. 395, 1077
     *
     *     Green, R.M., "Spherical Astronomy", Cambridge University Press,
     *     1987, Chapter 13.
     *
     * @version   2018 January 2
     *
     * @since JSOFA release 20180130
     *
     */
    @Differentiable
    public static double[] jauTpstv(double xi, double eta, double v0[])
    {
        double x, y, z, f, r;
        double v[] = new double[3];

        /* Tangent point. */
        x = v0[0];
        y = v0[1];
        z = v0[2];

        /* Deal with polar case. */
        r = sqrt(x*x + y*y);
        if ( r == 0.0 ) {
            r = 1e-20;
            x = r;
        }

        /* Star vector length to tangent plane. */
        f = sqrt(1.0 + xi*xi + eta*eta);

        /* Apply the transformation and normalize. */
        v[0] = (x - (xi*y + eta*x*z) / r) / f;
        v[1] = (y + (xi*x - eta*y*z) / r) / f;
        v[2] = (z + eta*r) / f;
        return v;

        /* Finished. */

    }

    /**
     *
     *  In the tangent plane projection, given celestial spherical
     *  coordinates for a star and the tangent point, solve for the star's
     *  rectangular coordinates in the tangent plane.
     *
     *  <p>This function is derived from the International Astronomical Union's
     *  SOFA (Standards of Fundamental Astronomy) software collection.
     *
     *  <p>Status:  support function.
     *
     * <!-- Given: -->
     *     @param a       double  star's spherical coordinates
     *     @param b       double  star's spherical coordinates
     *     @param a0     double  tangent point's spherical coordinates
     *     @param b0     double  tangent point's spherical coordinates
     *
     * <!-- Returned: -->
     *     @return  rectangular coordinates of star image (Note 2)
      *               int     status:  0 = OK
     *                                1 = star too far from axis
     *                                2 = antistar on tangent plane
     *                                3 = antistar too far from axis
     *
     * <p>Notes: <ol>
     *
     * <li> The tangent plane projection is also called the "gnomonic
     *     projection" and the "central projection".
     *
     * <li> The eta axis points due north in the adopted coordinate system.
     *     If the spherical coordinates are observed (RA,Dec), the tangent
     *     plane coordinates (xi,eta) are conventionally called the
     *     "standard coordinates".  For right-handed spherical coordinates,
     *     (xi,eta) are also right-handed.  The units of (xi,eta) are,
     *     effectively, radians at the tangent point.
     *
     * <li> All angular arguments are in radians.
     *
     * <li> This function is a member of the following set:
     *{@code
     *         spherical      vector         solve for
     *
     *       > iauTpxes <    iauTpxev         xi,eta
     *         iauTpsts      iauTpstv          star
     *         iauTpors      iauTporv         origin
     *}
     *</ol>
     *  References:
     *
     *     Calabretta M.R. &amp; Greisen, E.W., 2002, "Representations of
     *     celestial coordinates in FITS", Astron.Astrophys. 395, 1077
     *
     *     Green, R.M., "Spherical Astronomy", Cambridge University Press,
     *     1987, Chapter 13.
     *
     * @version   2018 January 2
     *
     * @since JSOFA release 20180130
     *
     */
    @Differentiable
    public static TangentPlaneCoordinate jauTpxes(double a, double b, double a0, double b0)
    {
        int j;
        double sb0, sb, cb0, cb, da, sda, cda, d;

        /* Functions of the spherical coordinates. */
        sb0 = sin(b0);
        sb = sin(b);
        cb0 = cos(b0);
        cb = cos(b);
        da = a - a0;
        sda = sin(da);
        cda = cos(da);

        /* Reciprocal of star vector length to tangent plane. */
        d = sb*sb0 + cb*cb0*cda;

        /* Check for error cases. */
        if ( d > TANGENT_TINY ) {
            j = 0;
        } else if ( d >= 0.0 ) {
            j = 1;
            d = TANGENT_TINY;
        } else if ( d > -TANGENT_TINY ) {
            j = 2;
            d = -TANGENT_TINY;
        } else {
            j = 3;
        }

        /* Return the tangent plane coordinates (even in dubious cases). */
        return new TangentPlaneCoordinate( cb*sda / d,
                (sb*cb0 - cb*sb0*cda) / d, j);

        /* Finished. */
    }

    /**
     *
     *  In the tangent plane projection, given celestial direction cosines
     *  for a star and the tangent point, solve for the star's rectangular
     *  coordinates in the tangent plane.
     *
     *  <p>This function is derived from the International Astronomical Union's
     *  SOFA (Standards of Fundamental Astronomy) software collection.
     *
     *  <p>Status:  support function.
     *
     * <!-- Given: -->
     *     @param v         double[3]  direction cosines of star (Note 4)
     *     @param v0        double[3]  direction cosines of tangent point (Note 4)
     *
     * <!-- Returned: -->
     *     @return     tangent plane coordinates of star
     *               int        status: 0 = OK
     *                                  1 = star too far from axis
     *                                  2 = antistar on tangent plane
     *                                  3 = antistar too far from axis
     *
     * <p>Notes: <ol>
     *
     * <li> The tangent plane projection is also called the "gnomonic
     *     projection" and the "central projection".
     *
     * <li> The eta axis points due north in the adopted coordinate system.
     *     If the direction cosines represent observed (RA,Dec), the tangent
     *     plane coordinates (xi,eta) are conventionally called the
     *     "standard coordinates".  If the direction cosines are with
     *     respect to a right-handed triad, (xi,eta) are also right-handed.
     *     The units of (xi,eta) are, effectively, radians at the tangent
     *     point.
     *
     * <li> The method used is to extend the star vector to the tangent
     *     plane and then rotate the triad so that (x,y) becomes (xi,eta).
     *     Writing (a,b) for the celestial spherical coordinates of the
     *     star, the sequence of rotations is (a+pi/2) around the z-axis
     *     followed by (pi/2-b) around the x-axis.
     *
     * <li> If vector v0 is not of unit length, or if vector v is of zero
     *     length, the results will be wrong.
     *
     * <li> If v0 points at a pole, the returned (xi,eta) will be based on
     *     the arbitrary assumption that the longitude coordinate of the
     *     tangent point is zero.
     *
     * <li> This function is a member of the following set:
     *{@code
     *         spherical      vector         solve for
     *
     *         iauTpxes    > iauTpxev <       xi,eta
     *         iauTpsts      iauTpstv          star
     *         iauTpors      iauTporv         origin
     * }
     *</ol>
     *  References:
     *
     *     Calabretta M.R. &amp; Greisen, E.W., 2002, "Representations of
     *     celestial coordinates in FITS", Astron.Astrophys. 395, 1077
     *
     *     Green, R.M., "Spherical Astronomy", Cambridge University Press,
     *     1987, Chapter 13.
     *
     * @version   2018 January 2
     *
     * @since JSOFA release 20180130
     *
     */
    @Differentiable
    public static TangentPlaneCoordinate jauTpxev(double v[], double v0[])
    {
        int j;
        double x, y, z, x0, y0, z0, r2, r, w, d;

        /* Star and tangent point. */
        x = v[0];
        y = v[1];
        z = v[2];
        x0 = v0[0];
        y0 = v0[1];
        z0 = v0[2];

        /* Deal with polar case. */
        r2 = x0*x0 + y0*y0;
        r = sqrt(r2);
        if ( r == 0.0 ) {
            r = 1e-20;
            x0 = r;
        }

        /* Reciprocal of star vector length to tangent plane. */
        w = x*x0 + y*y0;
        d = w + z*z0;

        /* Check for error cases. */
        if ( d > TANGENT_TINY ) {
            j = 0;
        } else if ( d >= 0.0 ) {
            j = 1;
            d = TANGENT_TINY;
        } else if ( d > -TANGENT_TINY ) {
            j = 2;
            d = -TANGENT_TINY;
        } else {
            j = 3;
        }

        /* Return the tangent plane coordinates (even in dubious cases). */
        d *= r;
        return new TangentPlaneCoordinate( (y*x0 - x*y0) / d,
                (z*r2 - z0*w) / d, j);

        /* Finished. */
    }
}
