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
 * Copied: the entry methods jauAnp, jauAnpm, jauFal03, jauFaf03, jauFad03, jauFaom03, jauFame03, jauFalp03,
 *   jauFave03, jauObl06, jauObl80, jauGmst00, jauGmst06, jauGmst82, jauEra00, jauEqeq94, jauGst94, jauEpj, jauEpb
 *   (each marked with @Differentiable), with the JSOFA members they reach: the methods dsign, fmod, jauNut80; the
 *   nested classes NutationModel2, NutationTerms; the constants they read. Each member is copied unchanged, with
 *   its javadoc.
 * Changes: package dev.leibniz.corpus.jsofa; class JSOFA renamed JSOFAAngles and trimmed to the members above
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
public class JSOFAAngles {

    /** Seconds of time to radians {@value} */
    public final static double DS2R = (7.272205216643039903848712e-5);

    /** Pi {@value}*/
    public final static double DPI = (3.141592653589793238462643);

    /** 2Pi {@value}*/
    public final static double D2PI = (6.283185307179586476925287);

    /** Arcseconds to radians {@value}*/
    public final static double DAS2R = (4.848136811095359935899141e-6);

    /** Arcseconds in a full circle {@value}*/
    public final static double TURNAS = (1296000.0);

    /** Length of tropical year B1900 (days) {@value}*/
    public final static double DTY = (365.242198781);

    /** Reference epoch (J2000.0), Julian Date {@value}*/
    public final static double DJ00 = (2451545.0);

    /** Seconds per day. {@value}*/
    public final static double DAYSEC = (86400.0);

    /** Days per Julian year */
    public final static double DJY = (365.25);

    /** Days per Julian century {@value} */
    public final static double DJC = (36525.0);

    /** dsign(A,B) - magnitude of A with sign of B (double) */
    private static double dsign(final double A, double B){return ((B)<0.0?-abs(A):abs(A));}

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
    @Differentiable
    public static double jauAnp(final double a)
   {
       double w;

       w = fmod(a, D2PI);
       if (w < 0) w += D2PI;

       return w;

    }

    /**
    *  Normalize angle into the range  {@code -pi <= a < +pi}.
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
    *  @return double     angle in range +/-pi
    *
    *@version 2008 May 16
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    @Differentiable
    public static double jauAnpm(final double a)
    {
       double w;

       w = fmod(a, D2PI);
       if (abs(w) >= DPI) w -= dsign(D2PI, a);

       return w;

        }

    /**
    *  Julian Date to Besselian Epoch.
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  support function.
    *
    *<!-- Given: -->
    *     @param dj1 double      Julian Date (see note)
    *     @param dj2 double      Julian Date (see note) 
    *
    * <!-- Returned (function value): -->
    *  @return double     Besselian Epoch.
    *
    *  Note:
    *
    *     The Julian Date is supplied in two pieces, in the usual JSOFA
    *     manner, which is designed to preserve time resolution.  The
    *     Julian Date is available as a single number by adding dj1 and
    *     dj2.  The maximum resolution is achieved if dj1 is 2451545D0
    *     (J2000.0).
    *
    *<p>Reference:
    *
    *     Lieske,J.H., 1979. Astron.Astrophys.,73,282.
    *
    *@version 2009 December 16
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    @Differentiable
    public static double jauEpb(double dj1, double dj2)
    {
    /* J2000.0 minus B1900.0 (2415019.81352) in Julian days */
       final double D1900 = 36524.68648;

       return 1900.0 + ((dj1 - DJ00) + (dj2 + D1900)) / DTY;

        }

    /**
    *  Julian Date to Julian Epoch.
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  support function.
    *
    *<!-- Given: -->
    *     @param dj1 double      Julian Date (see note)
    *     @param dj2 double      Julian Date (see note) 
    *
    * <!-- Returned (function value): -->
    *  @return double     Julian Epoch
    *
    *  Note:
    *
    *     The Julian Date is supplied in two pieces, in the usual JSOFA
    *     manner, which is designed to preserve time resolution.  The
    *     Julian Date is available as a single number by adding dj1 and
    *     dj2.  The maximum resolution is achieved if dj1 is 2451545D0
    *     (J2000.0).
    *
    *<p>Reference:
    *
    *     <p>Lieske, J.H., 1979, Astron.Astrophys. 73, 282.
    *
    *@version 2009 December 16
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    @Differentiable
    public static double jauEpj(double dj1, double dj2)
    {
       return 2000.0 + ((dj1 - DJ00) + dj2) / DJY;

     }

    /**
    *  Equation of the equinoxes, IAU 1994 model.
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  canonical model.
    *
    *<!-- Given: -->
    *     @param date1 double      TDB date (Note 1)
    *     @param date2 double      TDB date (Note 1) 
    *
    * <!-- Returned (function value): -->
    *  @return double     equation of the equinoxes (Note 2)
    *
    * <p>Notes:
    * <ol>
    *
    * <li> The date date1+date2 is a Julian Date, apportioned in any
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
    * <li> The result, which is in radians, operates in the following sense:
    *
    *        Greenwich apparent ST = GMST + equation of the equinoxes
    *</ol>
    *<p>Called:<ul>
    *     <li>{@link #jauNut80} nutation, IAU 1980
    *     <li>{@link #jauObl80} mean obliquity, IAU 1980
    * </ul>
    *<p>References:
    *
    *     <p>IAU Resolution C7, Recommendation 3 (1994).
    *
    *     <p>Capitaine, N. &amp; Gontier, A.-M., 1993, Astron. Astrophys., 275,
    *     645-650.
    *
    *@version 2008 May 24
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    @Differentiable
    public static double jauEqeq94(double date1, double date2)
    {
       double t,  om,  eps0, ee;

    /* Interval between fundamental epoch J2000.0 and given date (JC). */
       t = ((date1 - DJ00) + date2) / DJC;

    /* Longitude of the mean ascending node of the lunar orbit on the */
    /* ecliptic, measured from the mean equinox of date. */
       om = jauAnpm((450160.280 + (-482890.539
               + (7.455 + 0.008 * t) * t) * t) * DAS2R
               + fmod(-5.0 * t, 1.0) * D2PI);

    /* Nutation components and mean obliquity. */
       NutationTerms nt = jauNut80(date1, date2);
       eps0 = jauObl80(date1, date2);

    /* Equation of the equinoxes. */
       ee = nt.dpsi*cos(eps0) + DAS2R*(0.00264*sin(om) + 0.000063*sin(om+om));

       return ee;

        }

    /**
    *  Earth rotation angle (IAU 2000 model).
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  canonical model.
    *
    *<!-- Given: -->
    *     @param dj1 double     UT1 as a 2-part Julian Date (see note)
    *     @param dj2 double     UT1 as a 2-part Julian Date (see note) 
    *
    * <!-- Returned (function value): -->
    *  @return double    Earth rotation angle (radians), range 0-2pi
    *
    * <p>Notes:
    * <ol>
    *
    * <li> The UT1 date dj1+dj2 is a Julian Date, apportioned in any
    *     convenient way between the arguments dj1 and dj2.  For example,
    *     JD(UT1)=2450123.7 could be expressed in any of these ways,
    *     among others:
    *<pre>
    *             dj1            dj2
    *
    *         2450123.7           0.0       (JD method)
    *         2451545.0       -1421.3       (J2000 method)
    *         2400000.5       50123.2       (MJD method)
    *         2450123.5           0.2       (date &amp; time method)
    *</pre>
    *     The JD method is the most natural and convenient to use in
    *     cases where the loss of several decimal digits of resolution
    *     is acceptable.  The J2000 and MJD methods are good compromises
    *     between resolution and convenience.  The date &amp; time method is
    *     best matched to the algorithm used:  maximum precision is
    *     delivered when the dj1 argument is for 0hrs UT1 on the day in
    *     question and the dj2 argument lies in the range 0 to 1, or vice
    *     versa.
    *
    * <li> The algorithm is adapted from Expression 22 of Capitaine et al.
    *     2000.  The time argument has been expressed in days directly,
    *     and, to retain precision, integer contributions have been
    *     eliminated.  The same formulation is given in IERS Conventions
    *     (2003), Chap. 5, Eq. 14.
    *</ol>
    *<p>Called:<ul>
    *     <li>{@link #jauAnp} normalize angle into range 0 to 2pi
    * </ul>
    *<p>References:
    *
    *     <p>Capitaine N., Guinot B. and McCarthy D.D, 2000, Astron.
    *     Astrophys., 355, 398-405.
    *
    *     <p>McCarthy, D. D., Petit, G. (eds.), IERS Conventions (2003),
    *     IERS Technical Note No. 32, BKG (2004)
    *
    *@version 2008 May 24
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    @Differentiable
    public static double jauEra00(double dj1, double dj2)
    {
       double d1, d2, t, f, theta;

    /* Days since fundamental epoch. */
       if (dj1 < dj2) {
          d1 = dj1;
          d2 = dj2;
       } else {
          d1 = dj2;
          d2 = dj1;
       }
       t = d1 + (d2- DJ00);

    /* Fractional part of T (days). */
       f = fmod(d1, 1.0) + fmod(d2, 1.0);

    /* Earth rotation angle at this UT1. */
       theta = jauAnp(D2PI * (f + 0.7790572732640
                                + 0.00273781191135448 * t));

       return theta;

        }

    /**
    *  Fundamental argument, IERS Conventions (2003):
    *  mean elongation of the Moon from the Sun.
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  canonical model.
    *
    *<!-- Given: -->
    *     @param t      double     TDB, Julian centuries since J2000.0 (Note 1)
    *
    * <!-- Returned (function value): -->
    *  @return double    D, radians (Note 2)
    *
    * <p>Notes:
    * <ol>
    *
    * <li> Though t is strictly TDB, it is usually more convenient to use
    *     TT, which makes no significant difference.
    *
    * <li> The expression used is as adopted in IERS Conventions (2003) and
    *     is from Simon et al. (1994).
    *</ol>
    *<p>References:
    *
    *     <p>McCarthy, D. D., Petit, G. (eds.), IERS Conventions (2003),
    *     IERS Technical Note No. 32, BKG (2004)
    *
    *     <p>Simon, J.-L., Bretagnon, P., Chapront, J., Chapront-Touze, M.,
    *     Francou, G., Laskar, J. 1994, Astron.Astrophys. 282, 663-683
    *
    *@version 2009 December 16
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    @Differentiable
    public static double jauFad03(double t)
    {
       double a;

    /* Mean elongation of the Moon from the Sun (IERS Conventions 2003). */
       a = fmod(          1072260.703692 +
                 t * ( 1602961601.2090 +
                 t * (        - 6.3706 +
                 t * (          0.006593 +
                 t * (        - 0.00003169 ) ) ) ), TURNAS ) * DAS2R;

       return a;

        }

    /**
    *  Fundamental argument, IERS Conventions (2003):
    *  mean longitude of the Moon minus mean longitude of the ascending
    *  node.
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  canonical model.
    *
    *<!-- Given: -->
    *     @param t      double     TDB, Julian centuries since J2000.0 (Note 1)
    *
    * <!-- Returned (function value): -->
    *  @return double    F, radians (Note 2)
    *
    * <p>Notes:
    * <ol>
    *
    * <li> Though t is strictly TDB, it is usually more convenient to use
    *     TT, which makes no significant difference.
    *
    * <li> The expression used is as adopted in IERS Conventions (2003) and
    *     is from Simon et al. (1994).
    *</ol>
    *<p>References:
    *
    *     <p>McCarthy, D. D., Petit, G. (eds.), IERS Conventions (2003),
    *     IERS Technical Note No. 32, BKG (2004)
    *
    *     Simon, J.-L., Bretagnon, P., Chapront, J., Chapront-Touze, M.,
    *     Francou, G., Laskar, J. 1994, Astron.Astrophys. 282, 663-683
    *
    *@version 2009 December 16
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    @Differentiable
    public static double jauFaf03(double t)
    {
       double a;

    /* Mean longitude of the Moon minus that of the ascending node */
    /* (IERS Conventions 2003).                                    */
       a = fmod(           335779.526232 +
                 t * ( 1739527262.8478 +
                 t * (       - 12.7512 +
                 t * (        - 0.001037 +
                 t * (          0.00000417 ) ) ) ), TURNAS ) * DAS2R;

       return a;

        }

    /**
    *  Fundamental argument, IERS Conventions (2003):
    *  mean anomaly of the Moon.
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  canonical model.
    *
    *<!-- Given: -->
    *     @param t      double     TDB, Julian centuries since J2000.0 (Note 1)
    *
    * <!-- Returned (function value): -->
    *  @return double    l, radians (Note 2)
    *
    * <p>Notes:
    * <ol>
    *
    * <li> Though t is strictly TDB, it is usually more convenient to use
    *     TT, which makes no significant difference.
    *
    * <li> The expression used is as adopted in IERS Conventions (2003) and
    *     is from Simon et al. (1994).
    *</ol>
    *<p>References:
    *
    *     <p>McCarthy, D. D., Petit, G. (eds.), IERS Conventions (2003),
    *     IERS Technical Note No. 32, BKG (2004)
    *
    *     Simon, J.-L., Bretagnon, P., Chapront, J., Chapront-Touze, M.,
    *     Francou, G., Laskar, J. 1994, Astron.Astrophys. 282, 663-683
    *
    *@version 2009 December 16
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    @Differentiable
    public static double jauFal03(double t)
    {
       double a;

    /* Mean anomaly of the Moon (IERS Conventions 2003). */
       a = fmod(           485868.249036  +
                 t * ( 1717915923.2178 +
                 t * (         31.8792 +
                 t * (          0.051635 +
                 t * (        - 0.00024470 ) ) ) ), TURNAS ) * DAS2R;

       return a;

        }

    /**
    *  Fundamental argument, IERS Conventions (2003):
    *  mean anomaly of the Sun.
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  canonical model.
    *
    *<!-- Given: -->
    *     @param t      double     TDB, Julian centuries since J2000.0 (Note 1)
    *
    * <!-- Returned (function value): -->
    *  @return double    l', radians (Note 2)
    *
    * <p>Notes:
    * <ol>
    *
    * <li> Though t is strictly TDB, it is usually more convenient to use
    *     TT, which makes no significant difference.
    *
    * <li> The expression used is as adopted in IERS Conventions (2003) and
    *     is from Simon et al. (1994).
    *</ol>
    *<p>References:
    *
    *     <p>McCarthy, D. D., Petit, G. (eds.), IERS Conventions (2003),
    *     IERS Technical Note No. 32, BKG (2004)
    *
    *     Simon, J.-L., Bretagnon, P., Chapront, J., Chapront-Touze, M.,
    *     Francou, G., Laskar, J. 1994, Astron.Astrophys. 282, 663-683
    *
    *@version 2009 December 16
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    @Differentiable
    public static double jauFalp03(double t)
    {
       double a;

    /* Mean anomaly of the Sun (IERS Conventions 2003). */
       a = fmod(         1287104.793048 +
                 t * ( 129596581.0481 +
                 t * (       - 0.5532 +
                 t * (         0.000136 +
                 t * (       - 0.00001149 ) ) ) ), TURNAS ) * DAS2R;

       return a;

        }

    /**
    *  Fundamental argument, IERS Conventions (2003):
    *  mean longitude of Mercury.
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  canonical model.
    *
    *<!-- Given: -->
    *     @param t      double     TDB, Julian centuries since J2000.0 (Note 1)
    *
    * <!-- Returned (function value): -->
    *  @return double    mean longitude of Mercury, radians (Note 2)
    *
    * <p>Notes:
    * <ol>
    *
    * <li> Though t is strictly TDB, it is usually more convenient to use
    *     TT, which makes no significant difference.
    *
    * <li> The expression used is as adopted in IERS Conventions (2003) and
    *     comes from Souchay et al. (1999) after Simon et al. (1994).
    *</ol>
    *<p>References:
    *
    *     <p>McCarthy, D. D., Petit, G. (eds.), IERS Conventions (2003),
    *     IERS Technical Note No. 32, BKG (2004)
    *
    *     Simon, J.-L., Bretagnon, P., Chapront, J., Chapront-Touze, M.,
    *     Francou, G., Laskar, J. 1994, Astron.Astrophys. 282, 663-683
    *
    *     Souchay, J., Loysel, B., Kinoshita, H., Folgueira, M. 1999,
    *     Astron.Astrophys.Supp.Ser. 135, 111
    *
    *@version 2009 December 16
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    @Differentiable
    public static double jauFame03(double t)
    {
       double a;

    /* Mean longitude of Mercury (IERS Conventions 2003). */
       a = fmod(4.402608842 + 2608.7903141574 * t, D2PI);

       return a;

        }

    /**
    *  Fundamental argument, IERS Conventions (2003):
    *  mean longitude of the Moon's ascending node.
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  canonical model.
    *
    *<!-- Given: -->
    *     @param t      double     TDB, Julian centuries since J2000.0 (Note 1)
    *
    * <!-- Returned (function value): -->
    *  @return double    Omega, radians (Note 2)
    *
    * <p>Notes:
    * <ol>
    *
    * <li> Though t is strictly TDB, it is usually more convenient to use
    *     TT, which makes no significant difference.
    *
    * <li> The expression used is as adopted in IERS Conventions (2003) and
    *     is from Simon et al. (1994).
    *</ol>
    *<p>References:
    *
    *     <p>McCarthy, D. D., Petit, G. (eds.), IERS Conventions (2003),
    *     IERS Technical Note No. 32, BKG (2004)
    *
    *     Simon, J.-L., Bretagnon, P., Chapront, J., Chapront-Touze, M.,
    *     Francou, G., Laskar, J. 1994, Astron.Astrophys. 282, 663-683
    *
    *@version 2009 December 16
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    @Differentiable
    public static double jauFaom03(double t)
    {
       double a;

    /* Mean longitude of the Moon's ascending node */
    /* (IERS Conventions 2003).                    */
       a = fmod(          450160.398036 +
                 t * ( - 6962890.5431 +
                 t * (         7.4722 +
                 t * (         0.007702 +
                 t * (       - 0.00005939 ) ) ) ), TURNAS ) * DAS2R;

       return a;

        }

    /**
    *  Fundamental argument, IERS Conventions (2003):
    *  mean longitude of Venus.
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  canonical model.
    *
    *<!-- Given: -->
    *     @param t      double     TDB, Julian centuries since J2000.0 (Note 1)
    *
    * <!-- Returned (function value): -->
    *  @return double    mean longitude of Venus, radians (Note 2)
    *
    * <p>Notes:
    * <ol>
    *
    * <li> Though t is strictly TDB, it is usually more convenient to use
    *     TT, which makes no significant difference.
    *
    * <li> The expression used is as adopted in IERS Conventions (2003) and
    *     comes from Souchay et al. (1999) after Simon et al. (1994).
    *</ol>
    *<p>References:
    *
    *     <p>McCarthy, D. D., Petit, G. (eds.), IERS Conventions (2003),
    *     IERS Technical Note No. 32, BKG (2004)
    *
    *     Simon, J.-L., Bretagnon, P., Chapront, J., Chapront-Touze, M.,
    *     Francou, G., Laskar, J. 1994, Astron.Astrophys. 282, 663-683
    *
    *     Souchay, J., Loysel, B., Kinoshita, H., Folgueira, M. 1999,
    *     Astron.Astrophys.Supp.Ser. 135, 111
    *
    *@version 2009 December 16
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    @Differentiable
    public static double jauFave03(double t)
    {
       double a;

    /* Mean longitude of Venus (IERS Conventions 2003). */
       a = fmod(3.176146697 + 1021.3285546211 * t, D2PI);

       return a;

        }

    /**
    *  Greenwich mean sidereal time (model consistent with IAU 2000
    *  resolutions).
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  canonical model.
    *
    *<!-- Given: -->
    *     @param uta double     UT1 as a 2-part Julian Date (Notes 1,2)
    *     @param utb double     UT1 as a 2-part Julian Date (Notes 1,2) 
    *     @param tta double     TT as a 2-part Julian Date (Notes 1,2)
    *     @param ttb double     TT as a 2-part Julian Date (Notes 1,2) 
    *
    * <!-- Returned (function value): -->
    *  @return double    Greenwich mean sidereal time (radians)
    *
    * <p>Notes:
    * <ol>
    *
    * <li> The UT1 and TT dates uta+utb and tta+ttb respectively, are both
    *     Julian Dates, apportioned in any convenient way between the
    *     argument pairs.  For example, JD(UT1)=2450123.7 could be expressed in
    *     any of these ways, among others:
    *<pre>
    *            Part A         Part B
    *
    *         2450123.7           0.0       (JD method)
    *         2451545.0       -1421.3       (J2000 method)
    *         2400000.5       50123.2       (MJD method)
    *         2450123.5           0.2       (date &amp; time method)
    *</pre>
    *     The JD method is the most natural and convenient to use in
    *     cases where the loss of several decimal digits of resolution
    *     is acceptable (in the case of UT;  the TT is not at all critical
    *     in this respect).  The J2000 and MJD methods are good compromises
    *     between resolution and convenience.  For UT, the date &amp; time
    *     method is best matched to the algorithm that is used by the Earth
    *     Rotation Angle function, called internally:  maximum precision is
    *     delivered when the uta argument is for 0hrs UT1 on the day in
    *     question and the utb argument lies in the range 0 to 1, or vice
    *     versa.
    *
    * <li> Both UT1 and TT are required, UT1 to predict the Earth rotation
    *     and TT to predict the effects of precession.  If UT1 is used for
    *     both purposes, errors of order 100 microarcseconds result.
    *
    * <li> This GMST is compatible with the IAU 2000 resolutions and must be
    *     used only in conjunction with other IAU 2000 compatible
    *     components such as precession-nutation and equation of the
    *     equinoxes.
    *
    * <li> The result is returned in the range 0 to 2pi.
    *
    * <li> The algorithm is from Capitaine et al. (2003) and IERS
    *     Conventions 2003.
    *</ol>
    *<p>Called:<ul>
    *     <li>{@link #jauEra00} Earth rotation angle, IAU 2000
    *     <li>{@link #jauAnp} normalize angle into range 0 to 2pi
    * </ul>
    *<p>References:
    *
    *    <p>Capitaine, N., Wallace, P.T. and McCarthy, D.D., "Expressions to
    *     implement the IAU 2000 definition of UT1", Astronomy &amp;
    *     Astrophysics, 406, 1135-1149 (2003)
    *
    *     <p>McCarthy, D. D., Petit, G. (eds.), IERS Conventions (2003),
    *     IERS Technical Note No. 32, BKG (2004)
    *
    *@version 2009 March 16
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    @Differentiable
    public static double jauGmst00(double uta, double utb, double tta, double ttb)
    {
       double t, gmst;

    /* TT Julian centuries since J2000.0. */
       t = ((tta - DJ00) + ttb) / DJC;

    /* Greenwich Mean Sidereal Time, IAU 2000. */
       gmst = jauAnp(jauEra00(uta, utb) +
                       (     0.014506   +
                       (  4612.15739966 +
                       (     1.39667721 +
                       (    -0.00009344 +
                       (     0.00001882 )
              * t) * t) * t) * t) * DAS2R);

       return gmst;

        }

    /**
    *  Greenwich mean sidereal time (consistent with IAU 2006 precession).
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  canonical model.
    *
    *<!-- Given: -->
    *     @param uta double     UT1 as a 2-part Julian Date (Notes 1,2)
    *     @param utb double     UT1 as a 2-part Julian Date (Notes 1,2) 
    *     @param tta double     TT as a 2-part Julian Date (Notes 1,2)
    *     @param ttb double     TT as a 2-part Julian Date (Notes 1,2) 
    *
    * <!-- Returned (function value): -->
    *  @return double    Greenwich mean sidereal time (radians)
    *
    * <p>Notes:
    * <ol>
    *
    * <li> The UT1 and TT dates uta+utb and tta+ttb respectively, are both
    *     Julian Dates, apportioned in any convenient way between the
    *     argument pairs.  For example, JD(UT1)=450123.7 could be expressed in
    *     any of these ways, among others:
    *<pre>
    *            u1a              utb
    *
    *         2450123.7           0.0       (JD method)
    *         2451545.0       -1421.3       (J2000 method)
    *         2400000.5       50123.2       (MJD method)
    *         2450123.5           0.2       (date &amp; time method)
    *</pre>
    *     The JD method is the most natural and convenient to use in
    *     cases where the loss of several decimal digits of resolution
    *     is acceptable (in the case of UT;  the TT is not at all critical
    *     in this respect).  The J2000 and MJD methods are good compromises
    *     between resolution and convenience.  For UT, the date &amp; time
    *     method is best matched to the algorithm that is used by the Earth
    *     rotation angle function, called internally:  maximum precision is
    *     delivered when the uta argument is for 0hrs UT1 on the day in
    *     question and the utb argument lies in the range 0 to 1, or vice
    *     versa.
    *
    * <li> Both UT1 and TT are required, UT1 to predict the Earth rotation
    *     and TT to predict the effects of precession.  If UT1 is used for
    *     both purposes, errors of order 100 microarcseconds result.
    *
    * <li> This GMST is compatible with the IAU 2006 precession and must not
    *     be used with other precession models.
    *
    * <li> The result is returned in the range 0 to 2pi.
    *</ol>
    *<p>Called:<ul>
    *     <li>{@link #jauEra00} Earth rotation angle, IAU 2000
    *     <li>{@link #jauAnp} normalize angle into range 0 to 2pi
    * </ul>
    *<p>Reference:
    *
    *    <p>Capitaine, N., Wallace, P.T. &amp; Chapront, J., 2005,
    *     Astron.Astrophys. 432, 355
    *
    *@version 2008 May 24
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    @Differentiable
    public static double jauGmst06(double uta, double utb, double tta, double ttb)
    {
       double t, gmst;

    /* TT Julian centuries since J2000.0. */
       t = ((tta - DJ00) + ttb) / DJC;

    /* Greenwich mean sidereal time, IAU 2006. */
       gmst = jauAnp(jauEra00(uta, utb) +
                      (    0.014506     +
                      (  4612.156534    +
                      (     1.3915817   +
                      (    -0.00000044  +
                      (    -0.000029956 +
                      (    -0.0000000368 )
              * t) * t) * t) * t) * t) * DAS2R);

       return gmst;

        }

    /**
    *  Universal Time to Greenwich mean sidereal time (IAU 1982 model).
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  canonical model.
    *
    *<!-- Given: -->
    *     @param dj1 double     UT1 Julian Date (see note)
    *     @param dj2 double     UT1 Julian Date (see note) 
    *
    * <!-- Returned (function value): -->
    *  @return double    Greenwich mean sidereal time (radians)
    *
    * <p>Notes:
    * <ol>
    *
    * <li> The UT1 date dj1+dj2 is a Julian Date, apportioned in any
    *     convenient way between the arguments dj1 and dj2.  For example,
    *     JD(UT1)=2450123.7 could be expressed in any of these ways,
    *     among others:
    *<pre>
    *             dj1            dj2
    *
    *         2450123.7D0        0D0        (JD method)
    *          2451545D0      -1421.3D0     (J2000 method)
    *         2400000.5D0     50123.2D0     (MJD method)
    *         2450123.5D0       0.2D0       (date &amp; time method)
    *</pre>
    *     The JD method is the most natural and convenient to use in
    *     cases where the loss of several decimal digits of resolution
    *     is acceptable.  The J2000 and MJD methods are good compromises
    *     between resolution and convenience.  The date &amp; time method is
    *     best matched to the algorithm used:  maximum accuracy (or, at
    *     least, minimum noise) is delivered when the dj1 argument is for
    *     0hrs UT1 on the day in question and the dj2 argument lies in the
    *     range 0 to 1, or vice versa.
    *
    * <li> The algorithm is based on the IAU 1982 expression.  This is
    *     always described as giving the GMST at 0 hours UT1.  In fact, it
    *     gives the difference between the GMST and the UT, the steady
    *     4-minutes-per-day drawing-ahead of ST with respect to UT.  When
    *     whole days are ignored, the expression happens to equal the GMST
    *     at 0 hours UT1 each day.
    *
    * <li> In this function, the entire UT1 (the sum of the two arguments
    *     dj1 and dj2) is used directly as the argument for the standard
    *     formula, the constant term of which is adjusted by 12 hours to
    *     take account of the noon phasing of Julian Date.  The UT1 is then
    *     added, but omitting whole days to conserve accuracy.
    *</ol>
    *<p>Called:<ul>
    *     <li>{@link #jauAnp} normalize angle into range 0 to 2pi
    * </ul>
    *<p>References:
    *
    *     <p>Transactions of the International Astronomical Union,
    *     XVIII B, 67 (1983).
    *
    *     <p>Aoki et al., Astron. Astrophys. 105, 359-361 (1982).
    *
    *@version 2008 May 24
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    @Differentiable
    public static double jauGmst82(double dj1, double dj2)
    {
    /* Coefficients of IAU 1982 GMST-UT1 model */
       double A = 24110.54841  -  DAYSEC / 2.0;
       double B = 8640184.812866;
       double C = 0.093104;
       double D =  -6.2e-6;

    /* The first constant, A, has to be adjusted by 12 hours */
    /* because the UT1 is supplied as a Julian date, which begins  */
    /* at noon.                                                    */

       double d1, d2, t, f, gmst;

    /* Julian centuries since fundamental epoch. */
       if (dj1 < dj2) {
          d1 = dj1;
          d2 = dj2;
       } else {
          d1 = dj2;
          d2 = dj1;
       }
       t = (d1 + (d2 - DJ00)) / DJC;

    /* Fractional part of JD(UT1), in seconds. */
       f = DAYSEC * (fmod(d1, 1.0) + fmod(d2, 1.0));

    /* GMST at this UT1. */
       gmst = jauAnp(DS2R * ((A + (B + (C + D * t) * t) * t) + f));

       return gmst;

        }

    /**
    *  Greenwich apparent sidereal time (consistent with IAU 1982/94
    *  resolutions).
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  support function.
    *
    *<!-- Given: -->
    *     @param uta double     UT1 as a 2-part Julian Date (Notes 1,2)
    *     @param utb double     UT1 as a 2-part Julian Date (Notes 1,2) 
    *
    * <!-- Returned (function value): -->
    *  @return double    Greenwich apparent sidereal time (radians)
    *
    * <p>Notes:
    * <ol>
    *
    * <li> The UT1 date uta+utb is a Julian Date, apportioned in any
    *     convenient way between the argument pair.  For example,
    *     JD=2450123.7 could be expressed in any of these ways, among
    *     others:
    *<pre>
    *             uta            utb
    *
    *         2450123.7           0.0       (JD method)
    *         2451545.0       -1421.3       (J2000 method)
    *         2400000.5       50123.2       (MJD method)
    *         2450123.5           0.2       (date &amp; time method)
    *</pre>
    *     The JD method is the most natural and convenient to use in cases
    *     where the loss of several decimal digits of resolution is
    *     acceptable.  The J2000 and MJD methods are good compromises
    *     between resolution and convenience.  For UT, the date &amp; time
    *     method is best matched to the algorithm that is used by the Earth
    *     Rotation Angle function, called internally:  maximum precision is
    *     delivered when the uta argument is for 0hrs UT1 on the day in
    *     question and the utb argument lies in the range 0 to 1, or vice
    *     versa.
    *
    * <li> The result is compatible with the IAU 1982 and 1994 resolutions,
    *     except that accuracy has been compromised for the sake of
    *     convenience in that UT is used instead of TDB (or TT) to compute
    *     the equation of the equinoxes.
    *
    * <li> This GAST must be used only in conjunction with contemporaneous
    *     IAU standards such as 1976 precession, 1980 obliquity and 1982
    *     nutation.  It is not compatible with the IAU 2000 resolutions.
    *
    * <li> The result is returned in the range 0 to 2pi.
    *</ol>
    *<p>Called:<ul>
    *     <li>{@link #jauGmst82} Greenwich mean sidereal time, IAU 1982
    *     <li>{@link #jauEqeq94} equation of the equinoxes, IAU 1994
    *     <li>{@link #jauAnp} normalize angle into range 0 to 2pi
    * </ul>
    *<p>References:
    *
    *     <p>Explanatory Supplement to the Astronomical Almanac,
    *     P. Kenneth Seidelmann (ed), University Science Books (1992)
    *
    *     IAU Resolution C7, Recommendation 3 (1994)
    *
    *@version 2008 May 16
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    @Differentiable
    public static double jauGst94(double uta, double utb)
    {
       double gmst82, eqeq94, gst;

       gmst82 = jauGmst82(uta, utb);
       eqeq94 = jauEqeq94(uta, utb);
       gst = jauAnp(gmst82  + eqeq94);

       return gst;

        }
    /**
     * Nutation Terms.
     *  .
     * @author Paul Harrison (paul.harrison@manchester.ac.uk) 21 Nov 2011
     * @version $Revision$ $date$
     */
    public static class NutationTerms {
        /**  nutation component in longitude  */
        public double dpsi;
        /**  nutation component in obliquity */
        public double deps;
        public NutationTerms(double dpsi, double deps) {
            this.dpsi = dpsi;
            this.deps = deps;
        }
    }
    
     private final static class NutationModel2 {
          final int nl,nlp,nf,nd,nom; /* coefficients of l,l',F,D,Om */
          final double sp,spt;        /* longitude sine, 1 and t coefficients */
          final double ce,cet;        /* obliquity cosine, 1 and t coefficients */
          
          public NutationModel2(int nl,int nlp,int nf,int nd,int nom,
          double sp,double spt,       
          double ce,double cet       ) {
               this.nl = nl;this.nlp = nlp;this.nf = nf;this.nd = nd;this.nom = nom;
               this.sp = sp;this.spt = spt;      
               this.ce = ce;this.cet = cet;     
        }
       }
   /**
    *  Nutation, IAU 1980 model.
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
    *     @return dpsi           double      <u>returned</u> nutation in longitude (radians)
    *             deps           double      <u>returned</u> nutation in obliquity (radians)
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
    * <li> The nutation components are with respect to the ecliptic of
    *     date.
    *</ol>
    *<p>Called:<ul>
    *     <li>{@link #jauAnpm} normalize angle into range +/- pi
    * </ul>
    *<p>Reference:
    *
    *     <p>Explanatory Supplement to the Astronomical Almanac,
    *     P. Kenneth Seidelmann (ed), University Science Books (1992),
    *     Section 3.222 (p111).
    *
    *@version 2008 September 30
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    public static NutationTerms jauNut80(double date1, double date2)
    {
       double t, el, elp, f, d, om, dp, de, arg, s, c;
       int j;

    /* Units of 0.1 milliarcsecond to radians */
       final double U2R = DAS2R / 1e4;

    /* ------------------------------------------------ */
    /* Table of multiples of arguments and coefficients */
    /* ------------------------------------------------ */

    /* The units for the sine and cosine coefficients are 0.1 mas and */
    /* the same per Julian century */

       NutationModel2 x[] = {

       /* 1-10 */
          new NutationModel2(  0,  0,  0,  0,  1, -171996.0, -174.2,  92025.0,    8.9 ),
          new NutationModel2(  0,  0,  0,  0,  2,    2062.0,    0.2,   -895.0,    0.5 ),
          new NutationModel2( -2,  0,  2,  0,  1,      46.0,    0.0,    -24.0,    0.0 ),
          new NutationModel2(  2,  0, -2,  0,  0,      11.0,    0.0,      0.0,    0.0 ),
          new NutationModel2( -2,  0,  2,  0,  2,      -3.0,    0.0,      1.0,    0.0 ),
          new NutationModel2(  1, -1,  0, -1,  0,      -3.0,    0.0,      0.0,    0.0 ),
          new NutationModel2(  0, -2,  2, -2,  1,      -2.0,    0.0,      1.0,    0.0 ),
          new NutationModel2(  2,  0, -2,  0,  1,       1.0,    0.0,      0.0,    0.0 ),
          new NutationModel2(  0,  0,  2, -2,  2,  -13187.0,   -1.6,   5736.0,   -3.1 ),
          new NutationModel2(  0,  1,  0,  0,  0,    1426.0,   -3.4,     54.0,   -0.1 ),

       /* 11-20 */
          new NutationModel2(  0,  1,  2, -2,  2,    -517.0,    1.2,    224.0,   -0.6 ),
          new NutationModel2(  0, -1,  2, -2,  2,     217.0,   -0.5,    -95.0,    0.3 ),
          new NutationModel2(  0,  0,  2, -2,  1,     129.0,    0.1,    -70.0,    0.0 ),
          new NutationModel2(  2,  0,  0, -2,  0,      48.0,    0.0,      1.0,    0.0 ),
          new NutationModel2(  0,  0,  2, -2,  0,     -22.0,    0.0,      0.0,    0.0 ),
          new NutationModel2(  0,  2,  0,  0,  0,      17.0,   -0.1,      0.0,    0.0 ),
          new NutationModel2(  0,  1,  0,  0,  1,     -15.0,    0.0,      9.0,    0.0 ),
          new NutationModel2(  0,  2,  2, -2,  2,     -16.0,    0.1,      7.0,    0.0 ),
          new NutationModel2(  0, -1,  0,  0,  1,     -12.0,    0.0,      6.0,    0.0 ),
          new NutationModel2( -2,  0,  0,  2,  1,      -6.0,    0.0,      3.0,    0.0 ),

       /* 21-30 */
          new NutationModel2(  0, -1,  2, -2,  1,      -5.0,    0.0,      3.0,    0.0 ),
          new NutationModel2(  2,  0,  0, -2,  1,       4.0,    0.0,     -2.0,    0.0 ),
          new NutationModel2(  0,  1,  2, -2,  1,       4.0,    0.0,     -2.0,    0.0 ),
          new NutationModel2(  1,  0,  0, -1,  0,      -4.0,    0.0,      0.0,    0.0 ),
          new NutationModel2(  2,  1,  0, -2,  0,       1.0,    0.0,      0.0,    0.0 ),
          new NutationModel2(  0,  0, -2,  2,  1,       1.0,    0.0,      0.0,    0.0 ),
          new NutationModel2(  0,  1, -2,  2,  0,      -1.0,    0.0,      0.0,    0.0 ),
          new NutationModel2(  0,  1,  0,  0,  2,       1.0,    0.0,      0.0,    0.0 ),
          new NutationModel2( -1,  0,  0,  1,  1,       1.0,    0.0,      0.0,    0.0 ),
          new NutationModel2(  0,  1,  2, -2,  0,      -1.0,    0.0,      0.0,    0.0 ),

       /* 31-40 */
          new NutationModel2(  0,  0,  2,  0,  2,   -2274.0,   -0.2,    977.0,   -0.5 ),
          new NutationModel2(  1,  0,  0,  0,  0,     712.0,    0.1,     -7.0,    0.0 ),
          new NutationModel2(  0,  0,  2,  0,  1,    -386.0,   -0.4,    200.0,    0.0 ),
          new NutationModel2(  1,  0,  2,  0,  2,    -301.0,    0.0,    129.0,   -0.1 ),
          new NutationModel2(  1,  0,  0, -2,  0,    -158.0,    0.0,     -1.0,    0.0 ),
          new NutationModel2( -1,  0,  2,  0,  2,     123.0,    0.0,    -53.0,    0.0 ),
          new NutationModel2(  0,  0,  0,  2,  0,      63.0,    0.0,     -2.0,    0.0 ),
          new NutationModel2(  1,  0,  0,  0,  1,      63.0,    0.1,    -33.0,    0.0 ),
          new NutationModel2( -1,  0,  0,  0,  1,     -58.0,   -0.1,     32.0,    0.0 ),
          new NutationModel2( -1,  0,  2,  2,  2,     -59.0,    0.0,     26.0,    0.0 ),

       /* 41-50 */
          new NutationModel2(  1,  0,  2,  0,  1,     -51.0,    0.0,     27.0,    0.0 ),
          new NutationModel2(  0,  0,  2,  2,  2,     -38.0,    0.0,     16.0,    0.0 ),
          new NutationModel2(  2,  0,  0,  0,  0,      29.0,    0.0,     -1.0,    0.0 ),
          new NutationModel2(  1,  0,  2, -2,  2,      29.0,    0.0,    -12.0,    0.0 ),
          new NutationModel2(  2,  0,  2,  0,  2,     -31.0,    0.0,     13.0,    0.0 ),
          new NutationModel2(  0,  0,  2,  0,  0,      26.0,    0.0,     -1.0,    0.0 ),
          new NutationModel2( -1,  0,  2,  0,  1,      21.0,    0.0,    -10.0,    0.0 ),
          new NutationModel2( -1,  0,  0,  2,  1,      16.0,    0.0,     -8.0,    0.0 ),
          new NutationModel2(  1,  0,  0, -2,  1,     -13.0,    0.0,      7.0,    0.0 ),
          new NutationModel2( -1,  0,  2,  2,  1,     -10.0,    0.0,      5.0,    0.0 ),

       /* 51-60 */
          new NutationModel2(  1,  1,  0, -2,  0,      -7.0,    0.0,      0.0,    0.0 ),
          new NutationModel2(  0,  1,  2,  0,  2,       7.0,    0.0,     -3.0,    0.0 ),
          new NutationModel2(  0, -1,  2,  0,  2,      -7.0,    0.0,      3.0,    0.0 ),
          new NutationModel2(  1,  0,  2,  2,  2,      -8.0,    0.0,      3.0,    0.0 ),
          new NutationModel2(  1,  0,  0,  2,  0,       6.0,    0.0,      0.0,    0.0 ),
          new NutationModel2(  2,  0,  2, -2,  2,       6.0,    0.0,     -3.0,    0.0 ),
          new NutationModel2(  0,  0,  0,  2,  1,      -6.0,    0.0,      3.0,    0.0 ),
          new NutationModel2(  0,  0,  2,  2,  1,      -7.0,    0.0,      3.0,    0.0 ),
          new NutationModel2(  1,  0,  2, -2,  1,       6.0,    0.0,     -3.0,    0.0 ),
          new NutationModel2(  0,  0,  0, -2,  1,      -5.0,    0.0,      3.0,    0.0 ),

       /* 61-70 */
          new NutationModel2(  1, -1,  0,  0,  0,       5.0,    0.0,      0.0,    0.0 ),
          new NutationModel2(  2,  0,  2,  0,  1,      -5.0,    0.0,      3.0,    0.0 ),
          new NutationModel2(  0,  1,  0, -2,  0,      -4.0,    0.0,      0.0,    0.0 ),
          new NutationModel2(  1,  0, -2,  0,  0,       4.0,    0.0,      0.0,    0.0 ),
          new NutationModel2(  0,  0,  0,  1,  0,      -4.0,    0.0,      0.0,    0.0 ),
          new NutationModel2(  1,  1,  0,  0,  0,      -3.0,    0.0,      0.0,    0.0 ),
          new NutationModel2(  1,  0,  2,  0,  0,       3.0,    0.0,      0.0,    0.0 ),
          new NutationModel2(  1, -1,  2,  0,  2,      -3.0,    0.0,      1.0,    0.0 ),
          new NutationModel2( -1, -1,  2,  2,  2,      -3.0,    0.0,      1.0,    0.0 ),
          new NutationModel2( -2,  0,  0,  0,  1,      -2.0,    0.0,      1.0,    0.0 ),

       /* 71-80 */
          new NutationModel2(  3,  0,  2,  0,  2,      -3.0,    0.0,      1.0,    0.0 ),
          new NutationModel2(  0, -1,  2,  2,  2,      -3.0,    0.0,      1.0,    0.0 ),
          new NutationModel2(  1,  1,  2,  0,  2,       2.0,    0.0,     -1.0,    0.0 ),
          new NutationModel2( -1,  0,  2, -2,  1,      -2.0,    0.0,      1.0,    0.0 ),
          new NutationModel2(  2,  0,  0,  0,  1,       2.0,    0.0,     -1.0,    0.0 ),
          new NutationModel2(  1,  0,  0,  0,  2,      -2.0,    0.0,      1.0,    0.0 ),
          new NutationModel2(  3,  0,  0,  0,  0,       2.0,    0.0,      0.0,    0.0 ),
          new NutationModel2(  0,  0,  2,  1,  2,       2.0,    0.0,     -1.0,    0.0 ),
          new NutationModel2( -1,  0,  0,  0,  2,       1.0,    0.0,     -1.0,    0.0 ),
          new NutationModel2(  1,  0,  0, -4,  0,      -1.0,    0.0,      0.0,    0.0 ),

       /* 81-90 */
          new NutationModel2( -2,  0,  2,  2,  2,       1.0,    0.0,     -1.0,    0.0 ),
          new NutationModel2( -1,  0,  2,  4,  2,      -2.0,    0.0,      1.0,    0.0 ),
          new NutationModel2(  2,  0,  0, -4,  0,      -1.0,    0.0,      0.0,    0.0 ),
          new NutationModel2(  1,  1,  2, -2,  2,       1.0,    0.0,     -1.0,    0.0 ),
          new NutationModel2(  1,  0,  2,  2,  1,      -1.0,    0.0,      1.0,    0.0 ),
          new NutationModel2( -2,  0,  2,  4,  2,      -1.0,    0.0,      1.0,    0.0 ),
          new NutationModel2( -1,  0,  4,  0,  2,       1.0,    0.0,      0.0,    0.0 ),
          new NutationModel2(  1, -1,  0, -2,  0,       1.0,    0.0,      0.0,    0.0 ),
          new NutationModel2(  2,  0,  2, -2,  1,       1.0,    0.0,     -1.0,    0.0 ),
          new NutationModel2(  2,  0,  2,  2,  2,      -1.0,    0.0,      0.0,    0.0 ),

       /* 91-100 */
          new NutationModel2(  1,  0,  0,  2,  1,      -1.0,    0.0,      0.0,    0.0 ),
          new NutationModel2(  0,  0,  4, -2,  2,       1.0,    0.0,      0.0,    0.0 ),
          new NutationModel2(  3,  0,  2, -2,  2,       1.0,    0.0,      0.0,    0.0 ),
          new NutationModel2(  1,  0,  2, -2,  0,      -1.0,    0.0,      0.0,    0.0 ),
          new NutationModel2(  0,  1,  2,  0,  1,       1.0,    0.0,      0.0,    0.0 ),
          new NutationModel2( -1, -1,  0,  2,  1,       1.0,    0.0,      0.0,    0.0 ),
          new NutationModel2(  0,  0, -2,  0,  1,      -1.0,    0.0,      0.0,    0.0 ),
          new NutationModel2(  0,  0,  2, -1,  2,      -1.0,    0.0,      0.0,    0.0 ),
          new NutationModel2(  0,  1,  0,  2,  0,      -1.0,    0.0,      0.0,    0.0 ),
          new NutationModel2(  1,  0, -2, -2,  0,      -1.0,    0.0,      0.0,    0.0 ),

       /* 101-106 */
          new NutationModel2(  0, -1,  2,  0,  1,      -1.0,    0.0,      0.0,    0.0 ),
          new NutationModel2(  1,  1,  0, -2,  1,      -1.0,    0.0,      0.0,    0.0 ),
          new NutationModel2(  1,  0, -2,  2,  0,      -1.0,    0.0,      0.0,    0.0 ),
          new NutationModel2(  2,  0,  0,  2,  0,       1.0,    0.0,      0.0,    0.0 ),
          new NutationModel2(  0,  0,  2,  4,  2,      -1.0,    0.0,      0.0,    0.0 ),
          new NutationModel2(  0,  1,  0,  1,  0,       1.0,    0.0,      0.0,    0.0 )
       };

    /* Number of terms in the series */
       final int NT = x.length;

    /*--------------------------------------------------------------------*/

    /* Interval between fundamental epoch J2000.0 and given date (JC). */
       t = ((date1 - DJ00) + date2) / DJC;

    /* --------------------- */
    /* Fundamental arguments */
    /* --------------------- */

    /* Mean longitude of Moon minus mean longitude of Moon's perigee. */
       el = jauAnpm(
            (485866.733 + (715922.633 + (31.310 + 0.064 * t) * t) * t)
            * DAS2R + fmod(1325.0 * t, 1.0) * D2PI);

    /* Mean longitude of Sun minus mean longitude of Sun's perigee. */
       elp = jauAnpm(
             (1287099.804 + (1292581.224 + (-0.577 - 0.012 * t) * t) * t)
             * DAS2R + fmod(99.0 * t, 1.0) * D2PI);

    /* Mean longitude of Moon minus mean longitude of Moon's node. */
       f = jauAnpm(
           (335778.877 + (295263.137 + (-13.257 + 0.011 * t) * t) * t)
           * DAS2R + fmod(1342.0 * t, 1.0) * D2PI);

    /* Mean elongation of Moon from Sun. */
       d = jauAnpm(
           (1072261.307 + (1105601.328 + (-6.891 + 0.019 * t) * t) * t)
           * DAS2R + fmod(1236.0 * t, 1.0) * D2PI);

    /* Longitude of the mean ascending node of the lunar orbit on the */
    /* ecliptic, measured from the mean equinox of date. */
       om = jauAnpm(
            (450160.280 + (-482890.539 + (7.455 + 0.008 * t) * t) * t)
            * DAS2R + fmod(-5.0 * t, 1.0) * D2PI);

    /* --------------- */
    /* Nutation series */
    /* --------------- */

    /* Initialize nutation components. */
       dp = 0.0;
       de = 0.0;

    /* Sum the nutation terms, ending with the biggest. */
       for (j = NT-1; j >= 0; j--) {

       /* Form argument for current term. */
          arg = (double)x[j].nl  * el
              + (double)x[j].nlp * elp
              + (double)x[j].nf  * f
              + (double)x[j].nd  * d
              + (double)x[j].nom * om;

       /* Accumulate current nutation term. */
          s = x[j].sp + x[j].spt * t;
          c = x[j].ce + x[j].cet * t;
          if (s != 0.0) dp += s * sin(arg);
          if (c != 0.0) de += c * cos(arg);
       }

    /* Convert results from 0.1 mas units to radians. */
       return new NutationTerms( dp * U2R,
                                 de * U2R);

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
    @Differentiable
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
    *  Mean obliquity of the ecliptic, IAU 1980 model.
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
    *  @return double    obliquity of the ecliptic (radians, Note 2)
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
    *     <p>Explanatory Supplement to the Astronomical Almanac,
    *     P. Kenneth Seidelmann (ed), University Science Books (1992),
    *     Expression 3.222-1 (p114).
    *
    *@version 2009 March 16
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    @Differentiable
    public static double jauObl80(double date1, double date2)
    {
       double t, eps0;

    /* Interval between fundamental epoch J2000.0 and given date (JC). */
       t = ((date1 - DJ00) + date2) / DJC;

    /* Mean obliquity of date. */
       eps0 = DAS2R * (84381.448  +
                      (-46.8150   +
                      (-0.00059   +
                      ( 0.001813) * t) * t) * t);

       return eps0;

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
}
