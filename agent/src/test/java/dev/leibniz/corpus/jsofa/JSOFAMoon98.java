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
 * Copied: the entry methods jauMoon98 (each marked with @Differentiable), with the JSOFA members they reach: the
 *   methods fmod, jauCp, jauCr, jauIr, jauObl06, jauPfw06, jauRx, jauRxp, jauRxpv, jauRxr, jauRz, jauS2pv, jauZr;
 *   the nested classes FWPrecessionAngles, Termb, Termlr; the constants they read. Each member is copied unchanged,
 *   with its javadoc.
 * Changes: package dev.leibniz.corpus.jsofa; class JSOFA renamed JSOFAMoon98 and trimmed to the members above
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
public class JSOFAMoon98 {

    /** Degrees to radians {@value}*/
    public final static double DD2R = (1.745329251994329576923691e-2);

    /** Arcseconds to radians {@value}*/
    public final static double DAS2R = (4.848136811095359935899141e-6);

    /** Reference epoch (J2000.0), Julian Date {@value}*/
    public final static double DJ00 = (2451545.0);

    /** Days per Julian century {@value} */
    public final static double DJC = (36525.0);

    /**  Astronomical unit (m) IAU 2012 {@value} */
    public final static double DAU = (149597870.7e3);

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
    *  Copy an r-matrix.
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  vector/matrix support function.
    *
    *<!-- Given: -->
    *     @param r         double[3][3]     r-matrix to be copied.
    *
    *<!-- Returned: -->
    *   @param c      double[3][3]      <u>given and returned</u> the elements of r are copied into this.
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
    public static void jauCr(double r[][], double c[][] )
    {

       jauCp(r[0], c[0]);
       jauCp(r[1], c[1]);
       jauCp(r[2], c[2]);

       return;

        }

    /**
    *  Initialize an r-matrix to the identity matrix.
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  vector/matrix support function.
    *
    *<!-- Returned: -->
    *     @param r        double[3][3]      <u>returned</u> r-matrix
    *
    *<p>Called:<ul>
    *     <li>{@link #jauZr} zero r-matrix
    * </ul>
    *@version 2008 May 11
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    *  TODO - this would be better returning a new array in java....
    */
    public static void jauIr(double r[][])
    {
        jauZr(r);
        r[0][0] = 1.0;
        r[1][1] = 1.0;
        r[2][2] = 1.0;

        return;

    }

    /**
     * return a new r-matrix as the identity matrix.
     * This is a convenience method that is an 
     * overload of the official SOFA API {@link #jauIr(double[][])} that does not require 
     * the vector to be passed in.
     * @return r        double[3][3]  
     */
    public static double[][] jauIr()
    {
        double [][] r = new double[3][3];
        jauZr(r);
        return r ;

    }

    /**
    *  Mean obliquity of the ecliptic, IAU 2006 precession model.
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  canonical model.
    *
    *<!-- Given: -->
    *     @param date1 double TT as a 2-part Julian Date (Note 1)
    *     @param date2 double TT as a 2-part Julian Date (Note 1)
    *
    * <!-- Returned (function value): -->
    *  @return double   obliquity of the ecliptic (radians, Note 2)
    *
    * <p>Notes:
    * <ol>
    *
    * <li> The TT date date1+date2 is a Julian Date, apportioned in any
    *     convenient way between the two arguments.  For example,
    *     JD(TT)=2450123.7 could be expressed in any of these ways,
    *     among others:
    *<pre>
    *            date1          date2
    *
    *         2450123.7           0.0       (JD method)
    *         2451545.0       -1421.3       (J2000 method)
    *         2400000.5       50123.2       (MJD method)
    *         2450123.5           0.2       (date &amp; time method)
    *</pre>
    *     The JD method is the most natural and convenient to use in
    *     cases where the loss of several decimal digits of resolution
    *     is acceptable.  The J2000 method is best matched to the way
    *     the argument is handled internally and will deliver the
    *     optimum resolution.  The MJD method and the date &amp; time methods
    *     are both good compromises between resolution and convenience.
    *
    * <li> The result is the angle between the ecliptic and mean equator of
    *     date date1+date2.
    *</ol>
    *<p>Reference:
    *
    *     Hilton, J. et al., 2006, Celest.Mech.Dyn.Astron. 94, 351
    *
    *@version 2009 March 16
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    public static double jauObl06(double date1, double date2)
    {
       double t, eps0;

    /* Interval between fundamental date J2000.0 and given date (JC). */
       t = ((date1 - DJ00) + date2) / DJC;

    /* Mean obliquity. */
       eps0 = (84381.406     +
              (-46.836769    +
              ( -0.0001831   +
              (  0.00200340  +
              ( -0.000000576 +
              ( -0.0000000434) * t) * t) * t) * t) * t) * DAS2R;

       return eps0;

        }

    /**
     * Precession angles, IAU 2006 (Fukushima-Williams 4-angle formulation).
     * 
     * @author Paul Harrison (paul.harrison@manchester.ac.uk) 1 Feb 2010
     * 
     * @since AIDA Stage 1
     */
    public static class FWPrecessionAngles{
        /** F-W angle gamma_bar (radians) */
        public double gamb;
        /** F-W angle phi_bar (radians) */
        public double phib;
        /** F-W angle psi_bar (radians) */
        public double psib;
        /** F-W angle epsilon_A (radians) */
        public double epsa;
        public FWPrecessionAngles(double gamb, double phib, double psib, double epsa) {
            this.gamb = gamb;
            this.phib = phib;
            this.psib = psib;
            this.epsa = epsa;
        }
    }
    /**
    *  Precession angles, IAU 2006 (Fukushima-Williams 4-angle formulation).
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  canonical model.
    *
    *<!-- Given: -->
    *     @param date1 double TT as a 2-part Julian Date (Note 1)
    *     @param date2 double TT as a 2-part Julian Date (Note 1)
    *
    *<!-- Returned: -->
    *     @return gamb          double     <u>returned</u> F-W angle gamma_bar (radians)
    *             phib          double     <u>returned</u> F-W angle phi_bar (radians)
    *             psib          double     <u>returned</u> F-W angle psi_bar (radians)
    *             epsa          double     <u>returned</u> F-W angle epsilon_A (radians)
    *
    * <p>Notes:
    * <ol>
    *
    * <li> The TT date date1+date2 is a Julian Date, apportioned in any
    *     convenient way between the two arguments.  For example,
    *     JD(TT)=2450123.7 could be expressed in any of these ways,
    *     among others:
    *<pre>
    *            date1          date2
    *
    *         2450123.7           0.0       (JD method)
    *         2451545.0       -1421.3       (J2000 method)
    *         2400000.5       50123.2       (MJD method)
    *         2450123.5           0.2       (date &amp; time method)
    *</pre>
    *     The JD method is the most natural and convenient to use in
    *     cases where the loss of several decimal digits of resolution
    *     is acceptable.  The J2000 method is best matched to the way
    *     the argument is handled internally and will deliver the
    *     optimum resolution.  The MJD method and the date &amp; time methods
    *     are both good compromises between resolution and convenience.
    *
    * <li> Naming the following points:
    *
    *           e = J2000.0 ecliptic pole,
    *           p = GCRS pole,
    *           E = mean ecliptic pole of date,
    *     and   P = mean pole of date,
    *
    *     the four Fukushima-Williams angles are as follows:
    *
    *        gamb = gamma_bar = epE
    *        phib = phi_bar = pE
    *        psib = psi_bar = pEP
    *        epsa = epsilon_A = EP
    *
    * <li> The matrix representing the combined effects of frame bias and
    *     precession is:
    *
    *        PxB = R_1(-epsa).R_3(-psib).R_1(phib).R_3(gamb)
    *
    * <li> The matrix representing the combined effects of frame bias,
    *     precession and nutation is simply:
    *
    *        NxPxB = R_1(-epsa-dE).R_3(-psib-dP).R_1(phib).R_3(gamb)
    *
    *     where dP and dE are the nutation components with respect to the
    *     ecliptic of date.
    *</ol>
    *<p>Reference:
    *
    *     Hilton, J. et al., 2006, Celest.Mech.Dyn.Astron. 94, 351
    *
    *<p>Called:<ul>
    *     <li>{@link #jauObl06} mean obliquity, IAU 2006
    * </ul>
    *@version 2009 December 17
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    public static FWPrecessionAngles jauPfw06(double date1, double date2 )
    {
       double t;

    /* Interval between fundamental date J2000.0 and given date (JC). */
       t = ((date1 - DJ00) + date2) / DJC;

    /* P03 bias+precession angles. */
       double gamb = (    -0.052928     +
               (    10.556378     +
               (     0.4932044    +
               (    -0.00031238   +
               (    -0.000002788  +
               (     0.0000000260 )
               * t) * t) * t) * t) * t) * DAS2R;
       double phib = ( 84381.412819     +
               (   -46.811016     +
               (     0.0511268    +
               (     0.00053289   +
               (    -0.000000440  +
               (    -0.0000000176 )
               * t) * t) * t) * t) * t) * DAS2R;
       double psib = (    -0.041775     +
               (  5038.481484     +
               (     1.5584175    +
               (    -0.00018522   +
               (    -0.000026452  +
               (    -0.0000000148 )
               * t) * t) * t) * t) * t) * DAS2R;
       double epsa =  jauObl06(date1, date2);

       return new FWPrecessionAngles(gamb, phib, psib, epsa);

        }

    /**
    *  Rotate an r-matrix about the x-axis.
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  vector/matrix support function.
    *
    *<!-- Given: -->
    *     @param phi     double           angle (radians)
    *
    *  Given and returned:
    *      @param r      double[3][3]    r-matrix <u>given and returned</u>
    *
    *  Sign convention:  The matrix can be used to rotate the reference
    *  frame of a vector.  Calling this function with positive phi
    *  incorporates in the matrix an additional rotation, about the x-axis,
    *  anticlockwise as seen looking towards the origin from positive x.
    *
    *<p>Called:<ul>
    *     <li>{@link #jauIr} initialize r-matrix to identity
    *     <li>{@link #jauRxr} product of two r-matrices
    *     <li>{@link #jauCr} copy r-matrix
    * </ul>
    *@version 2008 May 22
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    public static void jauRx(double phi, double r[][])
    {
       double s, c, a[][] = new double[3][3], w[][];

    /* Matrix representing new rotation. */
       s = sin(phi);
       c = cos(phi);
       jauIr(a);
       a[1][1] =  c;
       a[2][1] = -s;
       a[1][2] =  s;
       a[2][2] =  c;

    /* Rotate. */
       w = jauRxr(a, r);

    /* Return result. */
       jauCr(w, r);

       return;

        }

    /**
    *  Multiply a p-vector by an r-matrix.
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  vector/matrix support function.
    *
    *<!-- Given: -->
    *     @param r         double[3][3]     r-matrix
    *     @param p         double[3]        p-vector
    *
    *<!-- Returned: -->
    *     @return rp        double[3]         <u>returned</u> r * p
    *
    *  Note:
    *  <ol>
    *    <li> The algorithm is for the simple case where the r-matrix r is not
    *     a function of time.  The case where r is a function of time leads
    *    to an additional velocity component equal to the product of the
    *    derivative of r and the position vector.
    *
    *    <li> It is permissible for p and rp to be the same array.
    *  </ol>
    *
    *<p>Called:<ul>
    *     <li>{@link #jauCp} copy p-vector
    * </ul>
    *@version 2008 October 28
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    public static double[] jauRxp(double r[][], double p[])
    {
       double w, wrp[] = new double[3] ;
       int i, j;

    /* Matrix r * vector p. */
       for (j = 0; j < 3; j++) {
           w = 0.0;
           for (i = 0; i < 3; i++) {
               w += r[j][i] * p[i];
           }
           wrp[j] = w;
       }

       return wrp;

        }

    /**
    *  Multiply a pv-vector by an r-matrix.
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  vector/matrix support function.
    *
    *<!-- Given: -->
    *     @param r         double[3][3]     r-matrix
    *     @param pv        double[2][3]     pv-vector
    *
    *<!-- Returned: -->
    *     @return rpv       double[2][3]      <u>returned</u> r * pv
    *
    *  Note:
    *     It is permissible for pv and rpv to be the same array.
    *
    *<p>Called:<ul>
    *     <li>{@link #jauRxp} product of r-matrix and p-vector
    * </ul>
    *@version 2008 October 28
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    public static double[][] jauRxpv(double r[][], double pv[][])
    {
       double rpv[][] = new double[2][0];
       rpv[0] = jauRxp(r, pv[0]);
       rpv[1] = jauRxp(r, pv[1]);

       return rpv;

        }

    /**
    *  Multiply two r-matrices.
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  vector/matrix support function.
    *
    *<!-- Given: -->
    *     @param a         double[3][3]     first r-matrix
    *     @param b         double[3][3]     second r-matrix
    *
    *<!-- Returned: -->
    *     @return atb       double[3][3]      <u>returned</u> a * b
    *
    *  Note:
    *     It is permissible to re-use the same array for any of the
    *     arguments.
    *
    *<p>Called:<ul>
    *     <li>{@link #jauCr} copy r-matrix
    * </ul>
    *@version 2008 November 18
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    public static double[][] jauRxr(double a[][], double b[][])
    {
       int i, j, k;
       double w, wm[][] = new double[3][3];

       for (i = 0; i < 3; i++) {
          for (j = 0; j < 3; j++) {
             w = 0.0;
             for (k = 0; k < 3; k++) {
                w +=  a[i][k] * b[k][j];
             }
             wm[i][j] = w;
          }
       }

       return wm;

     }

    /**
    *  Rotate an r-matrix about the z-axis.
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  vector/matrix support function.
    *
    *<!-- Given: -->
    *     @param psi     double           angle (radians)
    *
    *  Given and returned:
    *     @param r      double[3][3]    <u>given &amp; retuned</u>r-matrix, rotated
    *
    *  Sign convention:  The matrix can be used to rotate the reference
    *  frame of a vector.  Calling This function with positive psi
    *  incorporates in the matrix an additional rotation, about the z-axis,
    *  anticlockwise as seen looking towards the origin from positive z.
    *
    *<p>Called:<ul>
    *     <li>{@link #jauIr} initialize r-matrix to identity
    *     <li>{@link #jauRxr} product of two r-matrices
    *     <li>{@link #jauCr} copy r-matrix
    * </ul>
    *@version 2008 May 22
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    public static void jauRz(double psi, double r[][])
    {
       double s, c, a[][] = new double[3][3], w[][];

    /* Matrix representing new rotation. */
       s = sin(psi);
       c = cos(psi);
       jauIr(a);
       a[0][0] =  c;
       a[1][0] = -s;
       a[0][1] =  s;
       a[1][1] =  c;

    /* Rotate. */
       w = jauRxr(a, r);

    /* Return result. */
       jauCr(w, r);

       return;

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
    *  Initialize an r-matrix to the null matrix.
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  vector/matrix support function.
    *
    *<!-- Returned: -->
    *     @param r         double[3][3]      <u>returned</u> r-matrix
    *
    *@version 2008 May 11
    *
    *  @since Release 20101201 
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    public static void jauZr(double r[][])
    {
       int i, j;

       for (i = 0; i < 3; i++) {
          for (j = 0; j < 3; j++) {
             r[i][j] = 0.0;
          }
       }

       return;

     }
     /**
      * Initialize an r-matrix to the null matrix. 
      * 
      * This is a convenience method that is an 
     * overload of the official SOFA API {@link #jauZr(double[][])} that does not require 
     * the vector to be passed in.
     * @return null r matrix.
     */
    public static double[][] jauZr()
     {
         double r[][] = new double[2][3];
         jauZr(r);
         return r;
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

/*
* Coefficients for Moon longitude and distance series
*/
   private static class Termlr {
      int nd;           /* multiple of D  in argument           */
      int nem;          /*     "    "  M   "    "               */
      int nemp;         /*     "    "  M'  "    "               */
      int nf;           /*     "    "  F   "    "               */
      double coefl;     /* coefficient of L sine argument (deg) */
      double coefr;     /* coefficient of R cosine argument (m) */
    public Termlr(int nd, int nem, int nemp, int nf, double coefl,
            double coefr) {
        this.nd = nd;
        this.nem = nem;
        this.nemp = nemp;
        this.nf = nf;
        this.coefl = coefl;
        this.coefr = coefr;
    }
   }

/*
* Coefficients for Moon latitude series
*/
   private static class Termb {
      int nd;           /* multiple of D  in argument           */
      int nem;          /*     "    "  M   "    "               */
      int nemp;         /*     "    "  M'  "    "               */
      int nf;           /*     "    "  F   "    "               */
      double coefb;     /* coefficient of B sine argument (deg) */
    public Termb(int nd, int nem, int nemp, int nf, double coefb) {
        this.nd = nd;
        this.nem = nem;
        this.nemp = nemp;
        this.nf = nf;
        this.coefb = coefb;
    }
   }

   /**
    *
    *  Approximate geocentric position and velocity of the Moon.
    *
    *  This function is part of the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *  <p>Status:  support function.
    *
    *  <p>n.b. Not IAU-endorsed and without canonical status.
    *
    *  <!-- Given: -->
    *  @param   date1  double         TT date part A (Notes 1,4)
    *  @param   date2  double         TT date part B (Notes 1,4)
    *
    *  <!-- Returned: -->
    *  @return   pv     double[2][3]   Moon p,v, GCRS (AU, AU/d, Note 5)
    *
    *  <p>Notes:
    *  <ol>
    *  <li>The TT date date1+date2 is a Julian Date, apportioned in any
    *     convenient way between the two arguments.  For example,
    *     JD(TT)=2450123.7 could be expressed in any of these ways, among
    *     others:
    *
    *            date1          date2
    *
    *         2450123.7           0.0       (JD method)
    *         2451545.0       -1421.3       (J2000 method)
    *         2400000.5       50123.2       (MJD method)
    *         2450123.5           0.2       (date &amp; time method)
    *
    *     The JD method is the most natural and convenient to use in cases
    *     where the loss of several decimal digits of resolution is
    *     acceptable.  The J2000 method is best matched to the way the
    *     argument is handled internally and will deliver the optimum
    *     resolution.  The MJD method and the date &amp; time methods are both
    *     good compromises between resolution and convenience.  The limited
    *     accuracy of the present algorithm is such that any of the methods
    *     is satisfactory.
    *
    *  <li> This function is a full implementation of the algorithm
    *     published by Meeus (see reference) except that the light-time
    *     correction to the Moon's mean longitude has been omitted.
    *
    *  <li> Comparisons with ELP/MPP02 over the interval 1950-2100 gave RMS
    *     errors of 2.9 arcsec in geocentric direction, 6.1 km in position
    *     and 36 mm/s in velocity.  The worst case errors were 18.3 arcsec
    *     in geocentric direction, 31.7 km in position and 172 mm/s in
    *     velocity.
    *
    *  <li> The original algorithm is expressed in terms of "dynamical time",
    *     which can either be TDB or TT without any significant change in
    *     accuracy.  UT cannot be used without incurring significant errors
    *     (30 arcsec in the present era) due to the Moon's 0.5 arcsec/sec
    *     movement.
    *
    *  <li> The result is with respect to the GCRS (the same as J2000.0 mean
    *     equator and equinox to within 23 mas).
    *
    *  <li> Velocity is obtained by a complete analytical differentiation
    *     of the Meeus model.
    *
    *  <li> The Meeus algorithm generates position and velocity in mean
    *     ecliptic coordinates of date, which the present function then
    *     rotates into GCRS.  Because the ecliptic system is precessing,
    *     there is a coupling between this spin (about 1.4 degrees per
    *     century) and the Moon position that produces a small velocity
    *     contribution.  In the present function this effect is neglected
    *     as it corresponds to a maximum difference of less than 3 mm/s and
    *     increases the RMS error by only 0.4%.
    *  </ol>
    *  <p>References:
    *  <ul>
    *  <li>   Meeus, J., Astronomical Algorithms, 2nd edition, Willmann-Bell,
    *     1998, p337.
    *
    *  <li>   Simon, J.L., Bretagnon, P., Chapront, J., Chapront-Touze, M.,
    *     Francou, G. &amp; Laskar, J., Astron.Astrophys., 1994, 282, 663
    *  </ul>
    *  Defined in sofam.h:
    *     DAU           astronomical unit (m)
    *     DJC           days per Julian century
    *     DJ00          reference epoch (J2000.0), Julian Date
    *     DD2R          degrees to radians
    *
    *  Called:
    *     iauS2pv      spherical coordinates to pv-vector
    *     iauPfw06     bias-precession F-W angles, IAU 2006
    *     iauIr        initialize r-matrix to identity
    *     iauRz        rotate around Z-axis
    *     iauRx        rotate around X-axis
    *     iauRxpv      product of r-matrix and pv-vector
    *
    *  @version  2021 May 11
    *
    *  @since SOFA release 2021-05-12
    *
    *  <!-- Copyright (C) 2021 IAU SOFA Board.  See notes at end. -->
    */
   @Differentiable
   public static double[][] jauMoon98 ( double date1, double date2 )
   {
       /*
        **  Coefficients for fundamental arguments:
        **
        **  . Powers of time in Julian centuries
        **  . Units are degrees.
        */

       /* Moon's mean longitude (wrt mean equinox and ecliptic of date) */
       final double elp0 = 218.31665436,        /* Simon et al. (1994). */
               elp1 = 481267.88123421,
               elp2 = -0.0015786,
               elp3 = 1.0 / 538841.0,
               elp4 = -1.0 / 65194000.0;
       double elp, delp;

       /* Moon's mean elongation */
       final double d0 = 297.8501921,
               d1 = 445267.1114034,
               d2 = -0.0018819,
               d3 = 1.0 / 545868.0,
               d4 = 1.0 / 113065000.0;
       double d, dd;

       /* Sun's mean anomaly */
       final double em0 = 357.5291092,
               em1 = 35999.0502909,
               em2 = -0.0001536,
               em3 = 1.0 / 24490000.0,
               em4 = 0.0;
       double em, dem;

       /* Moon's mean anomaly */
       final double emp0 = 134.9633964,
               emp1 = 477198.8675055,
               emp2 = 0.0087414,
               emp3 = 1.0 / 69699.0,
               emp4 = -1.0 / 14712000.0;
       double emp, demp;

       /* Mean distance of the Moon from its ascending node */
       final double f0 = 93.2720950,
               f1 = 483202.0175233,
               f2 = -0.0036539,
               f3 = 1.0 / 3526000.0,
               f4 = 1.0 / 863310000.0;
       double f, df;

       /*
        ** Other arguments
        */

       /* Meeus A_1, due to Venus (deg) */
       final double a10 = 119.75,
               a11 = 131.849;
       double a1, da1;

       /* Meeus A_2, due to Jupiter (deg) */
       final double a20 = 53.09,
               a21 = 479264.290;
       double a2, da2;

       /* Meeus A_3, due to sidereal motion of the Moon in longitude (deg) */
       final double a30 = 313.45,
               a31 = 481266.484;
       double a3, da3;

       /* Coefficients for Meeus "additive terms" (deg) */
       final double al1 =  0.003958,
               al2 =  0.001962,
               al3 =  0.000318;
       final double ab1 = -0.002235,
               ab2 =  0.000382,
               ab3 =  0.000175,
               ab4 =  0.000175,
               ab5 =  0.000127,
               ab6 = -0.000115;

       /* Fixed term in distance (m) */
       final double r0 = 385000560.0;

       /* Coefficients for (dimensionless) E factor */
       final double e1 = -0.002516,
               e2 = -0.0000074;
       double e, de, esq, desq;

       final Termlr tlr[] = {     new Termlr(0,  0,  1,  0,  6.288774, -20905355.0),
               new Termlr(2,  0, -1,  0,  1.274027,  -3699111.0),
               new Termlr(2,  0,  0,  0,  0.658314,  -2955968.0),
               new Termlr(0,  0,  2,  0,  0.213618,   -569925.0),
               new Termlr(0,  1,  0,  0, -0.185116,     48888.0),
               new Termlr(0,  0,  0,  2, -0.114332,     -3149.0),
               new Termlr(2,  0, -2,  0,  0.058793,    246158.0),
               new Termlr(2, -1, -1,  0,  0.057066,   -152138.0),
               new Termlr(2,  0,  1,  0,  0.053322,   -170733.0),
               new Termlr(2, -1,  0,  0,  0.045758,   -204586.0),
               new Termlr(0,  1, -1,  0, -0.040923,   -129620.0),
               new Termlr(1,  0,  0,  0, -0.034720,    108743.0),
               new Termlr(0,  1,  1,  0, -0.030383,    104755.0),
               new Termlr(2,  0,  0, -2,  0.015327,     10321.0),
               new Termlr(0,  0,  1,  2, -0.012528,         0.0),
               new Termlr(0,  0,  1, -2,  0.010980,     79661.0),
               new Termlr(4,  0, -1,  0,  0.010675,    -34782.0),
               new Termlr(0,  0,  3,  0,  0.010034,    -23210.0),
               new Termlr(4,  0, -2,  0,  0.008548,    -21636.0),
               new Termlr(2,  1, -1,  0, -0.007888,     24208.0),
               new Termlr(2,  1,  0,  0, -0.006766,     30824.0),
               new Termlr(1,  0, -1,  0, -0.005163,     -8379.0),
               new Termlr(1,  1,  0,  0,  0.004987,    -16675.0),
               new Termlr(2, -1,  1,  0,  0.004036,    -12831.0),
               new Termlr(2,  0,  2,  0,  0.003994,    -10445.0),
               new Termlr(4,  0,  0,  0,  0.003861,    -11650.0),
               new Termlr(2,  0, -3,  0,  0.003665,     14403.0),
               new Termlr(0,  1, -2,  0, -0.002689,     -7003.0),
               new Termlr(2,  0, -1,  2, -0.002602,         0.0),
               new Termlr(2, -1, -2,  0,  0.002390,     10056.0),
               new Termlr(1,  0,  1,  0, -0.002348,      6322.0),
               new Termlr(2, -2,  0,  0,  0.002236,     -9884.0),
               new Termlr(0,  1,  2,  0, -0.002120,      5751.0),
               new Termlr(0,  2,  0,  0, -0.002069,         0.0),
               new Termlr(2, -2, -1,  0,  0.002048,     -4950.0),
               new Termlr(2,  0,  1, -2, -0.001773,      4130.0),
               new Termlr(2,  0,  0,  2, -0.001595,         0.0),
               new Termlr(4, -1, -1,  0,  0.001215,     -3958.0),
               new Termlr(0,  0,  2,  2, -0.001110,         0.0),
               new Termlr(3,  0, -1,  0, -0.000892,      3258.0),
               new Termlr(2,  1,  1,  0, -0.000810,      2616.0),
               new Termlr(4, -1, -2,  0,  0.000759,     -1897.0),
               new Termlr(0,  2, -1,  0, -0.000713,     -2117.0),
               new Termlr(2,  2, -1,  0, -0.000700,      2354.0),
               new Termlr(2,  1, -2,  0,  0.000691,         0.0),
               new Termlr(2, -1,  0, -2,  0.000596,         0.0),
               new Termlr(4,  0,  1,  0,  0.000549,     -1423.0),
               new Termlr(0,  0,  4,  0,  0.000537,     -1117.0),
               new Termlr(4, -1,  0,  0,  0.000520,     -1571.0),
               new Termlr(1,  0, -2,  0, -0.000487,     -1739.0),
               new Termlr(2,  1,  0, -2, -0.000399,         0.0),
               new Termlr(0,  0,  2, -2, -0.000381,     -4421.0),
               new Termlr(1,  1,  1,  0,  0.000351,         0.0),
               new Termlr(3,  0, -2,  0, -0.000340,         0.0),
               new Termlr(4,  0, -3,  0,  0.000330,         0.0),
               new Termlr(2, -1,  2,  0,  0.000327,         0.0),
               new Termlr(0,  2,  1,  0, -0.000323,      1165.0),
               new Termlr(1,  1, -1,  0,  0.000299,         0.0),
               new Termlr(2,  0,  3,  0,  0.000294,         0.0),
               new Termlr(2,  0, -1, -2,  0.000000,      8752.0)};

       final int NLR = tlr.length;

       final  Termb tb[] = {    new Termb(0,  0,  0,  1,  5.128122),
               new Termb(0,  0,  1,  1,  0.280602),
               new Termb(0,  0,  1, -1,  0.277693),
               new Termb(2,  0,  0, -1,  0.173237),
               new Termb(2,  0, -1,  1,  0.055413),
               new Termb(2,  0, -1, -1,  0.046271),
               new Termb(2,  0,  0,  1,  0.032573),
               new Termb(0,  0,  2,  1,  0.017198),
               new Termb(2,  0,  1, -1,  0.009266),
               new Termb(0,  0,  2, -1,  0.008822),
               new Termb(2, -1,  0, -1,  0.008216),
               new Termb(2,  0, -2, -1,  0.004324),
               new Termb(2,  0,  1,  1,  0.004200),
               new Termb(2,  1,  0, -1, -0.003359),
               new Termb(2, -1, -1,  1,  0.002463),
               new Termb(2, -1,  0,  1,  0.002211),
               new Termb(2, -1, -1, -1,  0.002065),
               new Termb(0,  1, -1, -1, -0.001870),
               new Termb(4,  0, -1, -1,  0.001828),
               new Termb(0,  1,  0,  1, -0.001794),
               new Termb(0,  0,  0,  3, -0.001749),
               new Termb(0,  1, -1,  1, -0.001565),
               new Termb(1,  0,  0,  1, -0.001491),
               new Termb(0,  1,  1,  1, -0.001475),
               new Termb(0,  1,  1, -1, -0.001410),
               new Termb(0,  1,  0, -1, -0.001344),
               new Termb(1,  0,  0, -1, -0.001335),
               new Termb(0,  0,  3,  1,  0.001107),
               new Termb(4,  0,  0, -1,  0.001021),
               new Termb(4,  0, -1,  1,  0.000833),
               new Termb(0,  0,  1, -3,  0.000777),
               new Termb(4,  0, -2,  1,  0.000671),
               new Termb(2,  0,  0, -3,  0.000607),
               new Termb(2,  0,  2, -1,  0.000596),
               new Termb(2, -1,  1, -1,  0.000491),
               new Termb(2,  0, -2,  1, -0.000451),
               new Termb(0,  0,  3, -1,  0.000439),
               new Termb(2,  0,  2,  1,  0.000422),
               new Termb(2,  0, -3, -1,  0.000421),
               new Termb(2,  1, -1,  1, -0.000366),
               new Termb(2,  1,  0,  1, -0.000351),
               new Termb(4,  0,  0,  1,  0.000331),
               new Termb(2, -1,  1,  1,  0.000315),
               new Termb(2, -2,  0, -1,  0.000302),
               new Termb(0,  0,  1,  3, -0.000283),
               new Termb(2,  1,  1, -1, -0.000229),
               new Termb(1,  1,  0, -1,  0.000223),
               new Termb(1,  1,  0,  1,  0.000223),
               new Termb(0,  1, -2, -1, -0.000220),
               new Termb(2,  1, -1, -1, -0.000220),
               new Termb(1,  0,  1,  1, -0.000185),
               new Termb(2, -1, -2, -1,  0.000181),
               new Termb(0,  1,  2,  1, -0.000177),
               new Termb(4,  0, -2, -1,  0.000176),
               new Termb(4, -1, -1, -1,  0.000166),
               new Termb(1,  0,  1, -1, -0.000164),
               new Termb(4,  0,  1, -1,  0.000132),
               new Termb(1,  0, -1, -1, -0.000119),
               new Termb(4, -1,  0, -1,  0.000115),
               new Termb(2, -2,  0,  1,  0.000107)};

       final int NB = tb.length;

       /* Miscellaneous */
       int n, i;
       double t, elpmf, delpmf, vel, vdel, vr, vdr, a1mf, da1mf, a1pf,
       da1pf, dlpmp, slpmp, vb, vdb, v, dv, emn, empn, dn, fn, en,
       den, arg, darg, farg, coeff, el, del, r, dr, b, db, rm[][]= new double[3][3];

       /* ------------------------------------------------------------------ */

       /* Centuries since J2000.0 */
       t = ((date1 - DJ00) + date2) / DJC;

       /* --------------------- */
       /* Fundamental arguments */
       /* --------------------- */

       /* Arguments (radians) and derivatives (radians per Julian century)
   for the current date. */

       /* Moon's mean longitude. */
       elp = DD2R * fmod ( elp0
               + ( elp1
                       + ( elp2
                               + ( elp3
                                       +   elp4 * t ) * t ) * t ) * t, 360.0 );
       delp = DD2R * (     elp1
               + ( elp2 * 2.0
                       + ( elp3 * 3.0
                               +   elp4 * 4.0 * t ) * t ) * t );

       /* Moon's mean elongation. */
       d = DD2R * fmod ( d0
               + ( d1
                       + ( d2
                               + ( d3
                                       +   d4 * t ) * t ) * t ) * t, 360.0 );
       dd = DD2R * (     d1
               + ( d2 * 2.0
                       + ( d3 * 3.0
                               +   d4 * 4.0 * t ) * t ) * t );

       /* Sun's mean anomaly. */
       em = DD2R * fmod ( em0
               + ( em1
                       + ( em2
                               + ( em3
                                       +   em4 * t ) * t ) * t ) * t, 360.0 );
       dem = DD2R * (     em1
               + ( em2 * 2.0
                       + ( em3 * 3.0
                               +   em4 * 4.0 * t ) * t ) * t );

       /* Moon's mean anomaly. */
       emp = DD2R * fmod ( emp0
               + ( emp1
                       + ( emp2
                               + ( emp3
                                       +   emp4 * t ) * t ) * t ) * t, 360.0 );
       demp = DD2R * (     emp1
               + ( emp2 * 2.0
                       + ( emp3 * 3.0
                               +   emp4 * 4.0 * t ) * t ) * t );

       /* Mean distance of the Moon from its ascending node. */
       f = DD2R * fmod ( f0
               + ( f1
                       + ( f2
                               + ( f3
                                       +   f4 * t ) * t ) * t ) * t, 360.0 );
       df = DD2R * (     f1
               + ( f2 * 2.0
                       + ( f3 * 3.0
                               +   f4 * 4.0 * t ) * t ) * t );

       /* Meeus further arguments. */
       a1 = DD2R * ( a10 + a11*t );
       da1 = DD2R * al1;
       a2 = DD2R * ( a20 + a21*t );
       da2 = DD2R * a21;
       a3 = DD2R * ( a30 + a31*t );
       da3 = DD2R * a31;

       /* E-factor, and square. */
       e = 1.0 + ( e1 + e2*t ) * t;
       de = e1 + 2.0*e2*t;
       esq = e*e;
       desq = 2.0*e*de;

       /* Use the Meeus additive terms (deg) to start off the summations. */
       elpmf = elp - f;
       delpmf = delp - df;
       vel = al1 * sin(a1)
               + al2 * sin(elpmf)
               + al3 * sin(a2);
       vdel = al1 * cos(a1) * da1
               + al2 * cos(elpmf) * delpmf
               + al3 * cos(a2) * da2;

       vr = 0.0;
       vdr = 0.0;

       a1mf = a1 - f;
       da1mf = da1 - df;
       a1pf = a1 + f;
       da1pf = da1 + df;
       dlpmp = elp - emp;
       slpmp = elp + emp;
       vb = ab1 * sin(elp)
               + ab2 * sin(a3)
               + ab3 * sin(a1mf)
               + ab4 * sin(a1pf)
               + ab5 * sin(dlpmp)
               + ab6 * sin(slpmp);
       vdb = ab1 * cos(elp) * delp
               + ab2 * cos(a3) * da3
               + ab3 * cos(a1mf) * da1mf
               + ab4 * cos(a1pf) * da1pf
               + ab5 * cos(dlpmp) * (delp-demp)
               + ab6 * cos(slpmp) * (delp+demp);

       /* ----------------- */
       /* Series expansions */
       /* ----------------- */

       /* Longitude and distance plus derivatives. */
       for ( n = NLR-1; n >= 0; n-- ) {
           dn = (double) tlr[n].nd;
           emn = (double) ( i = tlr[n].nem );
           empn = (double) tlr[n].nemp;
           fn = (double) tlr[n].nf;
           switch ( abs(i) ) {
           case 1:
               en = e;
               den = de;
               break;
           case 2:
               en = esq;
               den = desq;
               break;
           default:
               en = 1.0;
               den = 0.0;
           }
           arg = dn*d + emn*em + empn*emp + fn*f;
           darg = dn*dd + emn*dem + empn*demp + fn*df;
           farg = sin(arg);
           v = farg * en;
           dv = cos(arg)*darg*en + farg*den;
           coeff = tlr[n].coefl;
           vel += coeff * v;
           vdel += coeff * dv;
           farg = cos(arg);
           v = farg * en;
           dv = -sin(arg)*darg*en + farg*den;
           coeff = tlr[n].coefr;
           vr += coeff * v;
           vdr += coeff * dv;
       }
       el = elp + DD2R*vel;
       del = ( delp + DD2R*vdel ) / DJC;
       r = ( vr + r0 ) / DAU;
       dr = vdr / DAU / DJC;

       /* Latitude plus derivative. */
       for ( n = NB-1; n >= 0; n-- ) {
           dn = (double) tb[n].nd;
           emn = (double) ( i = tb[n].nem );
           empn = (double) tb[n].nemp;
           fn = (double) tb[n].nf;
           switch ( abs(i) ) {
           case 1:
               en = e;
               den = de;
               break;
           case 2:
               en = esq;
               den = desq;
               break;
           default:
               en = 1.0;
               den = 0.0;
           }
           arg = dn*d + emn*em + empn*emp + fn*f;
           darg = dn*dd + emn*dem + empn*demp + fn*df;
           farg = sin(arg);
           v = farg * en;
           dv = cos(arg)*darg*en + farg*den;
           coeff = tb[n].coefb;
           vb += coeff * v;
           vdb += coeff * dv;
       }
       b = vb * DD2R;
       db = vdb * DD2R / DJC;

       /* ------------------------------ */
       /* Transformation into final form */
       /* ------------------------------ */

       /* Longitude, latitude to x, y, z (AU). */
       double[][] pv = jauS2pv ( el, b, r, del, db, dr );

       /* IAU 2006 Fukushima-Williams bias+precession angles. */
       FWPrecessionAngles fw = jauPfw06 ( date1, date2 );  

       /* Mean ecliptic coordinates to GCRS rotation matrix. */
       jauIr ( rm );
       jauRz ( fw.psib, rm );
       jauRx ( -fw.phib, rm );
       jauRz ( -fw.gamb, rm );

       /* Rotate the Moon position and velocity into GCRS (Note 6). */
       return jauRxpv ( rm, pv);
   }
}
