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
 * Copied: the entry methods jauNut80, jauNutm80, jauNut00b, jauEe00, jauEect00, jauS00, jauS06 (each marked with
 *   @Differentiable), with the JSOFA members they reach: the methods dsign, fmod, jauAnpm, jauCp, jauCr, jauFad03,
 *   jauFae03, jauFaf03, jauFal03, jauFalp03, jauFaom03, jauFapa03, jauFave03, jauIr, jauNumat, jauObl80, jauRx,
 *   jauRxr, jauRz, jauZr; the nested classes LSNutationModel, NutationModel2, NutationTerms, TERM; the constants
 *   they read. Each member is copied unchanged, with its javadoc.
 * Changes: package dev.leibniz.corpus.jsofa; class JSOFA renamed JSOFASeries and trimmed to the members above
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
public class JSOFASeries {

    /** Pi {@value}*/
    public final static double DPI = (3.141592653589793238462643);

    /** 2Pi {@value}*/
    public final static double D2PI = (6.283185307179586476925287);

    /** Arcseconds to radians {@value}*/
    public final static double DAS2R = (4.848136811095359935899141e-6);

    /** Arcseconds in a full circle {@value}*/
    public final static double TURNAS = (1296000.0);

    /** Milliarcseconds to radians {@value}*/
    public final static double DMAS2R = (DAS2R / 1e3);

    /** Reference epoch (J2000.0), Julian Date {@value}*/
    public final static double DJ00 = (2451545.0);

    /** Days per Julian century {@value} */
    public final static double DJC = (36525.0);

    /** dsign(A,B) - magnitude of A with sign of B (double) */
    private static double dsign(final double A, double B){return ((B)<0.0?-abs(A):abs(A));}

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
    public static double jauAnpm(final double a)
    {
       double w;

       w = fmod(a, D2PI);
       if (abs(w) >= DPI) w -= dsign(D2PI, a);

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
    *  The equation of the equinoxes, compatible with IAU 2000 resolutions,
    *  given the nutation in longitude and the mean obliquity.
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  canonical model.
    *
    *<!-- Given: -->
    *     @param date1 double TT as a 2-part Julian Date (Note 1)
    *     @param date2 double TT as a 2-part Julian Date (Note 1)
    *     @param epsa          double     mean obliquity (Note 2)
    *     @param dpsi          double     nutation in longitude (Note 3)
    *
    * <!-- Returned (function value): -->
    *  @return double    equation of the equinoxes (Note 4)
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
    * <li> The obliquity, in radians, is mean of date.
    *
    * <li> The result, which is in radians, operates in the following sense:
    *
    *        Greenwich apparent ST = GMST + equation of the equinoxes
    *
    * <li> The result is compatible with the IAU 2000 resolutions.  For
    *     further details, see IERS Conventions 2003 and Capitaine et al.
    *     (2002).
    *</ol>
    *<p>Called:<ul>
    *     <li>{@link #jauEect00} equation of the equinoxes complementary terms
    * </ul>
    *
    *
    *    <p>Capitaine, N., Wallace, P.T. and McCarthy, D.D., "Expressions to
    *     implement the IAU 2000 definition of UT1", Astronomy &amp;
    *     Astrophysics, 406, 1135-1149 (2003)
    *
    *     <p>McCarthy, D. D., Petit, G. (eds.), IERS Conventions (2003),
    *     IERS Technical Note No. 32, BKG (2004)
    *
    *@version 2008 May 16
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    @Differentiable
    public static double jauEe00(double date1, double date2, double epsa, double dpsi)
    {
       double ee;

    /* Equation of the equinoxes. */
       ee = dpsi * cos(epsa) + jauEect00(date1, date2);

       return ee;

        }
 
    private static class TERM {
        final int nfa[];      /* coefficients of l,l',F,D,Om,LVe,LE,pA */
        final double s, c;     /* sine and cosine coefficients */
        public TERM(int nfa[], double s, double c) {
            this.nfa = nfa;
            this.s = s;
            this.c = c;
        }
       
     } 

    /**
    *  Equation of the equinoxes complementary terms, consistent with
    *  IAU 2000 resolutions.
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
    *  @return double   complementary terms (Note 2)
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
    * <li> The "complementary terms" are part of the equation of the
    *     equinoxes (EE), classically the difference between apparent and
    *     mean Sidereal Time:
    *
    *        GAST = GMST + EE
    *
    *     with:
    *
    *        EE = dpsi * cos(eps)
    *
    *     where dpsi is the nutation in longitude and eps is the obliquity
    *     of date.  However, if the rotation of the Earth were constant in
    *     an inertial frame the classical formulation would lead to
    *     apparent irregularities in the UT1 timescale traceable to side-
    *     effects of precession-nutation.  In order to eliminate these
    *     effects from UT1, "complementary terms" were introduced in 1994
    *     (IAU, 1994) and took effect from 1997 (Capitaine and Gontier,
    * <li>:
    *
    *        GAST = GMST + CT + EE
    *
    *     By convention, the complementary terms are included as part of
    *     the equation of the equinoxes rather than as part of the mean
    *     Sidereal Time.  This slightly compromises the "geometrical"
    *     interpretation of mean sidereal time but is otherwise
    *     inconsequential.
    *
    *     The present function computes CT in the above expression,
    *     compatible with IAU 2000 resolutions (Capitaine et al., 2002, and
    *     IERS Conventions 2003).
    *</ol>
    *<p>Called:<ul>
    *     <li>{@link #jauFal03} mean anomaly of the Moon
    *     <li>{@link #jauFalp03} mean anomaly of the Sun
    *     <li>{@link #jauFaf03} mean argument of the latitude of the Moon
    *     <li>{@link #jauFad03} mean elongation of the Moon from the Sun
    *     <li>{@link #jauFaom03} mean longitude of the Moon's ascending node
    *     <li>{@link #jauFave03} mean longitude of Venus
    *     <li>{@link #jauFae03} mean longitude of Earth
    *     <li>{@link #jauFapa03} general accumulated precession in longitude
    * </ul>
    *<p>References:
    *
    *     <p>Capitaine, N. &amp; Gontier, A.-M., Astron. Astrophys., 275,
    *     645-650 (1993)
    *
    *     <p>Capitaine, N., Wallace, P.T. and McCarthy, D.D., "Expressions to
    *     implement the IAU 2000 definition of UT1", Astronomy &amp;
    *     Astrophysics, 406, 1135-1149 (2003)
    *
    *     <p>IAU Resolution C7, Recommendation 3 (1994)
    *
    *     <p>McCarthy, D. D., Petit, G. (eds.), IERS Conventions (2003),
    *     IERS Technical Note No. 32, BKG (2004)
    *
    *@version 2009 December 17
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    @Differentiable
    public static double jauEect00(double date1, double date2)
    {
    /* Time since J2000.0, in Julian centuries */
       double t;

    /* Miscellaneous */
       int i, j;
       double a, s0, s1;

    /* Fundamental arguments */
       double fa[] = new double[14];

    /* Returned value. */
       double eect;

    /* ----------------------------------------- */
    /* The series for the EE complementary terms */
    /* ----------------------------------------- */

    /* Terms of order t^0 */
       final TERM e0[] = {

       /* 1-10 */
          new TERM(new int[]{ 0,  0,  0,  0,  1,  0,  0,  0}, 2640.96e-6, -0.39e-6 ),
          new TERM(new int[]{ 0,  0,  0,  0,  2,  0,  0,  0},   63.52e-6, -0.02e-6 ),
          new TERM(new int[]{ 0,  0,  2, -2,  3,  0,  0,  0},   11.75e-6,  0.01e-6 ),
          new TERM(new int[]{ 0,  0,  2, -2,  1,  0,  0,  0},   11.21e-6,  0.01e-6 ),
          new TERM(new int[]{ 0,  0,  2, -2,  2,  0,  0,  0},   -4.55e-6,  0.00e-6 ),
          new TERM(new int[]{ 0,  0,  2,  0,  3,  0,  0,  0},    2.02e-6,  0.00e-6 ),
          new TERM(new int[]{ 0,  0,  2,  0,  1,  0,  0,  0},    1.98e-6,  0.00e-6 ),
          new TERM(new int[]{ 0,  0,  0,  0,  3,  0,  0,  0},   -1.72e-6,  0.00e-6 ),
          new TERM(new int[]{ 0,  1,  0,  0,  1,  0,  0,  0},   -1.41e-6, -0.01e-6 ),
          new TERM(new int[]{ 0,  1,  0,  0, -1,  0,  0,  0},   -1.26e-6, -0.01e-6 ),

       /* 11-20 */
          new TERM(new int[]{ 1,  0,  0,  0, -1,  0,  0,  0},   -0.63e-6,  0.00e-6 ),
          new TERM(new int[]{ 1,  0,  0,  0,  1,  0,  0,  0},   -0.63e-6,  0.00e-6 ),
          new TERM(new int[]{ 0,  1,  2, -2,  3,  0,  0,  0},    0.46e-6,  0.00e-6 ),
          new TERM(new int[]{ 0,  1,  2, -2,  1,  0,  0,  0},    0.45e-6,  0.00e-6 ),
          new TERM(new int[]{ 0,  0,  4, -4,  4,  0,  0,  0},    0.36e-6,  0.00e-6 ),
          new TERM(new int[]{ 0,  0,  1, -1,  1, -8, 12,  0},   -0.24e-6, -0.12e-6 ),
          new TERM(new int[]{ 0,  0,  2,  0,  0,  0,  0,  0},    0.32e-6,  0.00e-6 ),
          new TERM(new int[]{ 0,  0,  2,  0,  2,  0,  0,  0},    0.28e-6,  0.00e-6 ),
          new TERM(new int[]{ 1,  0,  2,  0,  3,  0,  0,  0},    0.27e-6,  0.00e-6 ),
          new TERM(new int[]{ 1,  0,  2,  0,  1,  0,  0,  0},    0.26e-6,  0.00e-6 ),

       /* 21-30 */
          new TERM(new int[]{ 0,  0,  2, -2,  0,  0,  0,  0},   -0.21e-6,  0.00e-6 ),
          new TERM(new int[]{ 0,  1, -2,  2, -3,  0,  0,  0},    0.19e-6,  0.00e-6 ),
          new TERM(new int[]{ 0,  1, -2,  2, -1,  0,  0,  0},    0.18e-6,  0.00e-6 ),
          new TERM(new int[]{ 0,  0,  0,  0,  0,  8,-13, -1},   -0.10e-6,  0.05e-6 ),
          new TERM(new int[]{ 0,  0,  0,  2,  0,  0,  0,  0},    0.15e-6,  0.00e-6 ),
          new TERM(new int[]{ 2,  0, -2,  0, -1,  0,  0,  0},   -0.14e-6,  0.00e-6 ),
          new TERM(new int[]{ 1,  0,  0, -2,  1,  0,  0,  0},    0.14e-6,  0.00e-6 ),
          new TERM(new int[]{ 0,  1,  2, -2,  2,  0,  0,  0},   -0.14e-6,  0.00e-6 ),
          new TERM(new int[]{ 1,  0,  0, -2, -1,  0,  0,  0},    0.14e-6,  0.00e-6 ),
          new TERM(new int[]{ 0,  0,  4, -2,  4,  0,  0,  0},    0.13e-6,  0.00e-6 ),

       /* 31-33 */
          new TERM(new int[]{ 0,  0,  2, -2,  4,  0,  0,  0},   -0.11e-6,  0.00e-6 ),
          new TERM(new int[]{ 1,  0, -2,  0, -3,  0,  0,  0},    0.11e-6,  0.00e-6 ),
          new TERM(new int[]{ 1,  0, -2,  0, -1,  0,  0,  0},    0.11e-6,  0.00e-6 )
       };

    /* Terms of order t^1 */
       final TERM e1[] = {
          new TERM(new int[]{ 0,  0,  0,  0,  1,  0,  0,  0},    -0.87e-6,  0.00e-6 )
       };

    /* Number of terms in the series */
       final int NE0 = e0.length;
       final int NE1 = e1.length;

    /*--------------------------------------------------------------------*/

    /* Interval between fundamental epoch J2000.0 and current date (JC). */
       t = ((date1 - DJ00) + date2) / DJC;

    /* Fundamental Arguments (from IERS Conventions 2003) */

    /* Mean anomaly of the Moon. */
       fa[0] = jauFal03(t);

    /* Mean anomaly of the Sun. */
       fa[1] = jauFalp03(t);

    /* Mean longitude of the Moon minus that of the ascending node. */
       fa[2] = jauFaf03(t);

    /* Mean elongation of the Moon from the Sun. */
       fa[3] = jauFad03(t);

    /* Mean longitude of the ascending node of the Moon. */
       fa[4] = jauFaom03(t);

    /* Mean longitude of Venus. */
       fa[5] = jauFave03(t);

    /* Mean longitude of Earth. */
       fa[6] = jauFae03(t);

    /* General precession in longitude. */
       fa[7] = jauFapa03(t);

    /* Evaluate the EE complementary terms. */
       s0 = 0.0;
       s1 = 0.0;

       for (i = NE0-1; i >= 0; i--) {
          a = 0.0;
          for (j = 0; j < 8; j++) {
             a += (double)(e0[i].nfa[j]) * fa[j];
          }
          s0 += e0[i].s * sin(a) + e0[i].c * cos(a);
       }

       for (i = NE1-1; i >= 0; i--) {
          a = 0.0;
          for (j = 0; j < 8; j++) {
             a += (double)(e1[i].nfa[j]) * fa[j];
          }
          s1 += e1[i].s * sin(a) + e1[i].c * cos(a);
       }

       eect = (s0 + s1 * t ) * DAS2R;

       return eect;

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
    *  mean longitude of Earth.
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
    *  @return double    mean longitude of Earth, radians (Note 2)
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
    *     <p>Simon, J.-L., Bretagnon, P., Chapront, J., Chapront-Touze, M.,
    *     Francou, G., Laskar, J. 1994, Astron.Astrophys. 282, 663-683
    *
    *     <p>Souchay, J., Loysel, B., Kinoshita, H., Folgueira, M. 1999,
    *     Astron.Astrophys.Supp.Ser. 135, 111
    *
    *@version 2009 December 16
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    public static double jauFae03(double t)
    {
       double a;

    /* Mean longitude of Earth (IERS Conventions 2003). */
       a = fmod(1.753470314 + 628.3075849991 * t, D2PI);

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
    *  general accumulated precession in longitude.
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
    *  @return double    general precession in longitude, radians (Note 2)
    *
    * <p>Notes:
    * <ol>
    *
    * <li> Though t is strictly TDB, it is usually more convenient to use
    *     TT, which makes no significant difference.
    *
    * <li> The expression used is as adopted in IERS Conventions (2003).  It
    *     is taken from Kinoshita &amp; Souchay (1990) and comes originally
    *     from Lieske et al. (1977).
    *</ol>
    *<p>References:
    *
    *     Kinoshita, H. and Souchay J. 1990, Celest.Mech. and Dyn.Astron.
    *     48, 187
    *
    *     <p>Lieske, J.H., Lederle, T., Fricke, W. &amp; Morando, B. 1977,
    *     Astron.Astrophys. 58, 1-16
    *
    *     <p>McCarthy, D. D., Petit, G. (eds.), IERS Conventions (2003),
    *     IERS Technical Note No. 32, BKG (2004)
    *
    *@version 2009 December 16
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    public static double jauFapa03(double t)
    {
       double a;

    /* General accumulated precession in longitude. */
       a = (0.024381750 + 0.00000538691 * t) * t;

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
    public static double jauFave03(double t)
    {
       double a;

    /* Mean longitude of Venus (IERS Conventions 2003). */
       a = fmod(3.176146697 + 1021.3285546211 * t, D2PI);

       return a;

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
    *  Form the matrix of nutation.
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  support function.
    *
    *<!-- Given: -->
    *     @param epsa         double          mean obliquity of date (Note 1)
    *     @param dpsi double          nutation (Note 2)
    *     @param deps double          nutation (Note 2) 
    *
    *<!-- Returned: -->
    *     @return rmatn        double[3][3]     <u>returned</u> nutation matrix (Note 3)
    *
    * <p>Notes:
    * <ol>
    *
    *
    * <li> The supplied mean obliquity epsa, must be consistent with the
    *     precession-nutation models from which dpsi and deps were obtained.
    *
    * <li> The caller is responsible for providing the nutation components;
    *     they are in longitude and obliquity, in radians and are with
    *     respect to the equinox and ecliptic of date.
    *
    * <li> The matrix operates in the sense V(true) = rmatn * V(mean),
    *     where the p-vector V(true) is with respect to the true
    *     equatorial triad of date and the p-vector V(mean) is with
    *     respect to the mean equatorial triad of date.
    *</ol>
    *<p>Called:<ul>
    *     <li>{@link #jauIr} initialize r-matrix to identity
    *     <li>{@link #jauRx} rotate around X-axis
    *     <li>{@link #jauRz} rotate around Z-axis
    * </ul>
    *<p>Reference:
    *
    *     <p>Explanatory Supplement to the Astronomical Almanac,
    *     P. Kenneth Seidelmann (ed), University Science Books (1992),
    *     Section 3.222-3 (p114).
    *
    *@version 2008 May 11
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    public static double[][] jauNumat(double epsa, double dpsi, double deps)
    {
        double rmatn[][] = new double[3][3];
    /* Build the rotation matrix. */
       jauIr(rmatn);
       jauRx(epsa, rmatn);
       jauRz(-dpsi, rmatn);
       jauRx(-(epsa + deps), rmatn);

       return rmatn;

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
    
     private final static class LSNutationModel 
        {
          final int nl,nlp,nf,nd,nom; /* coefficients of l,l',F,D,Om */
          final double ps,pst,pc;     /* longitude sin, t*sin, cos coefficients */
          final double ec,ect,es;     /* obliquity cos, t*cos, sin coefficients */
          
          public LSNutationModel( int nl,int nlp,int nf,int nd,int nom,
          double ps, double pst, double pc,    
          double ec, double ect, double es    ) {
               this.nl = nl;this.nlp = nlp;this.nf = nf;this.nd = nd;this.nom = nom;
               this.ps = ps;this.pst = pst;this.pc = pc;    
               this.ec = ec;this.ect = ect; this.es= es;    
        }

       }

    /**
    *  Nutation, IAU 2000B model.
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
    *     @return  nutation, luni-solar + planetary (Note 2)
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
    * <li> The nutation components in longitude and obliquity are in radians
    *     and with respect to the equinox and ecliptic of date.  The
    *     obliquity at J2000.0 is assumed to be the Lieske et al. (1977)
    *     value of 84381.448 arcsec.  (The errors that result from using
    *     this function with the IAU 2006 value of 84381.406 arcsec can be
    *     neglected.)
    *
    *     The nutation model consists only of luni-solar terms, but
    *     includes also a fixed offset which compensates for certain long-
    *     period planetary terms (Note 7).
    *
    * <li> This function is an implementation of the IAU 2000B abridged
    *     nutation model formally adopted by the IAU General Assembly in
    *     2000.  The function computes the MHB_2000_SHORT luni-solar
    *     nutation series (Luzum 2001), but without the associated
    *     corrections for the precession rate adjustments and the offset
    *     between the GCRS and J2000.0 mean poles.
    *
    * <li> The full IAU 2000A (MHB2000) nutation model contains nearly 1400
    *     terms.  The IAU 2000B model (McCarthy &amp; Luzum 2003) contains only
    *     77 terms, plus additional simplifications, yet still delivers
    *     results of 1 mas accuracy at present epochs.  This combination of
    *     accuracy and size makes the IAU 2000B abridged nutation model
    *     suitable for most practical applications.
    *
    *     The function delivers a pole accurate to 1 mas from 1900 to 2100
    *     (usually better than 1 mas, very occasionally just outside
    *     1 mas).  The full IAU 2000A model, which is implemented in the
    *     function jauNut00a (q.v.), delivers considerably greater accuracy
    *     at current dates;  however, to realize this improved accuracy,
    *     corrections for the essentially unpredictable free-core-nutation
    *     (FCN) must also be included.
    *
    * <li> The present function provides classical nutation.  The
    *     MHB_2000_SHORT algorithm, from which it is adapted, deals also
    *     with (i) the offsets between the GCRS and mean poles and (ii) the
    *     adjustments in longitude and obliquity due to the changed
    *     precession rates.  These additional functions, namely frame bias
    *     and precession adjustments, are supported by the JSOFA functions
    *     jauBi00  and jauPr00.
    *
    * <li> The MHB_2000_SHORT algorithm also provides "total" nutations,
    *     comprising the arithmetic sum of the frame bias, precession
    *     adjustments, and nutation (luni-solar + planetary).  These total
    *     nutations can be used in combination with an existing IAU 1976
    *     precession implementation, such as jauPmat76,  to deliver GCRS-
    *     to-true predictions of mas accuracy at current epochs.  However,
    *     for symmetry with the jauNut00a  function (q.v. for the reasons),
    *     the JSOFA functions do not generate the "total nutations"
    *     directly.  Should they be required, they could of course easily
    *     be generated by calling jauBi00, jauPr00 and the present function
    *     and adding the results.
    *
    * <li> The IAU 2000B model includes "planetary bias" terms that are
    *     fixed in size but compensate for long-period nutations.  The
    *     amplitudes quoted in McCarthy &amp; Luzum (2003), namely
    *     Dpsi = -1.5835 mas and Depsilon = +1.6339 mas, are optimized for
    *     the "total nutations" method described in Note 6.  The Luzum
    *     (2001) values used in this JSOFA implementation, namely -0.135 mas
    *     and +0.388 mas, are optimized for the "rigorous" method, where
    *     frame bias, precession and nutation are applied separately and in
    *     that order.  During the interval 1995-2050, the JSOFA
    *     implementation delivers a maximum error of 1.001 mas (not
    *     including FCN).
    *</ol>
    *<p>References:
    *
    *     <p>Lieske, J.H., Lederle, T., Fricke, W., Morando, B., "Expressions
    *     for the precession quantities based upon the IAU /1976/ system of
    *     astronomical constants", Astron.Astrophys. 58, 1-2, 1-16. (1977)
    *
    *     <p>Luzum, B., private communication, 2001 (Fortran code
    *     MHB_2000_SHORT)
    *
    *     <p>McCarthy, D.D. &amp; Luzum, B.J., "An abridged model of the
    *     precession-nutation of the celestial pole", Cel.Mech.Dyn.Astron.
    *     85, 37-49 (2003)
    *
    *     <p>Simon, J.-L., Bretagnon, P., Chapront, J., Chapront-Touze, M.,
    *     Francou, G., Laskar, J., Astron.Astrophys. 282, 663-683 (1994)
    *
    *@version 2009 December 17
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    @Differentiable
    public static NutationTerms jauNut00b(double date1, double date2)
    {
       double t, el, elp, f, d, om, arg, dp, de, sarg, carg,
              dpsils, depsls, dpsipl, depspl;
       int i;

    /* Units of 0.1 microarcsecond to radians */
       final double U2R = DAS2R / 1e7;

    /* ---------------------------------------- */
    /* Fixed offsets in lieu of planetary terms */
    /* ---------------------------------------- */

       final double DPPLAN = -0.135 * DMAS2R;
       final double DEPLAN =  0.388 * DMAS2R;

    /* --------------------------------------------------- */
    /* Luni-solar nutation: argument and term coefficients */
    /* --------------------------------------------------- */

    /* The units for the sine and cosine coefficients are */
    /* 0.1 microarcsec and the same per Julian century    */

        LSNutationModel x[] = {

       /* 1-10 */
          new LSNutationModel( 0, 0, 0, 0,1,
             -172064161.0, -174666.0, 33386.0, 92052331.0, 9086.0, 15377.0),
          new LSNutationModel( 0, 0, 2,-2,2,
               -13170906.0, -1675.0, -13696.0, 5730336.0, -3015.0, -4587.0),
          new LSNutationModel( 0, 0, 2, 0,2,-2276413.0,-234.0, 2796.0, 978459.0,-485.0,1374.0),
          new LSNutationModel( 0, 0, 0, 0,2,2074554.0,  207.0, -698.0,-897492.0, 470.0,-291.0),
          new LSNutationModel( 0, 1, 0, 0,0,1475877.0,-3633.0,11817.0, 73871.0,-184.0,-1924.0),
          new LSNutationModel( 0, 1, 2,-2,2,-516821.0, 1226.0, -524.0, 224386.0,-677.0,-174.0),
          new LSNutationModel( 1, 0, 0, 0,0, 711159.0,   73.0, -872.0,  -6750.0,   0.0, 358.0),
          new LSNutationModel( 0, 0, 2, 0,1,-387298.0, -367.0,  380.0, 200728.0,  18.0, 318.0),
          new LSNutationModel( 1, 0, 2, 0,2,-301461.0,  -36.0,  816.0, 129025.0, -63.0, 367.0),
          new LSNutationModel( 0,-1, 2,-2,2, 215829.0, -494.0,  111.0, -95929.0, 299.0, 132.0),

       /* 11-20 */
          new LSNutationModel( 0, 0, 2,-2,1, 128227.0,  137.0,  181.0, -68982.0,  -9.0,  39.0),
          new LSNutationModel(-1, 0, 2, 0,2, 123457.0,   11.0,   19.0, -53311.0,  32.0,  -4.0),
          new LSNutationModel(-1, 0, 0, 2,0, 156994.0,   10.0, -168.0,  -1235.0,   0.0,  82.0),
          new LSNutationModel( 1, 0, 0, 0,1,  63110.0,   63.0,   27.0, -33228.0,   0.0,  -9.0),
          new LSNutationModel(-1, 0, 0, 0,1, -57976.0,  -63.0, -189.0,  31429.0,   0.0, -75.0),
          new LSNutationModel(-1, 0, 2, 2,2, -59641.0,  -11.0,  149.0,  25543.0, -11.0,  66.0),
          new LSNutationModel( 1, 0, 2, 0,1, -51613.0,  -42.0,  129.0,  26366.0,   0.0,  78.0),
          new LSNutationModel(-2, 0, 2, 0,1,  45893.0,   50.0,   31.0, -24236.0, -10.0,  20.0),
          new LSNutationModel( 0, 0, 0, 2,0,  63384.0,   11.0, -150.0,  -1220.0,   0.0,  29.0),
          new LSNutationModel( 0, 0, 2, 2,2, -38571.0,   -1.0,  158.0,  16452.0, -11.0,  68.0),

       /* 21-30 */
          new LSNutationModel( 0,-2, 2,-2,2,  32481.0,    0.0,    0.0, -13870.0,   0.0,   0.0),
          new LSNutationModel(-2, 0, 0, 2,0, -47722.0,    0.0,  -18.0,    477.0,   0.0, -25.0),
          new LSNutationModel( 2, 0, 2, 0,2, -31046.0,   -1.0,  131.0,  13238.0, -11.0,  59.0),
          new LSNutationModel( 1, 0, 2,-2,2,  28593.0,    0.0,   -1.0, -12338.0,  10.0,  -3.0),
          new LSNutationModel(-1, 0, 2, 0,1,  20441.0,   21.0,   10.0, -10758.0,   0.0,  -3.0),
          new LSNutationModel( 2, 0, 0, 0,0,  29243.0,    0.0,  -74.0,   -609.0,   0.0,  13.0),
          new LSNutationModel( 0, 0, 2, 0,0,  25887.0,    0.0,  -66.0,   -550.0,   0.0,  11.0),
          new LSNutationModel( 0, 1, 0, 0,1, -14053.0,  -25.0,   79.0,   8551.0,  -2.0, -45.0),
          new LSNutationModel(-1, 0, 0, 2,1,  15164.0,   10.0,   11.0,  -8001.0,   0.0,  -1.0),
          new LSNutationModel( 0, 2, 2,-2,2, -15794.0,   72.0,  -16.0,   6850.0, -42.0,  -5.0),

       /* 31-40 */
          new LSNutationModel( 0, 0,-2, 2,0,  21783.0,    0.0,   13.0,   -167.0,   0.0,  13.0),
          new LSNutationModel( 1, 0, 0,-2,1, -12873.0,  -10.0,  -37.0,   6953.0,   0.0, -14.0),
          new LSNutationModel( 0,-1, 0, 0,1, -12654.0,   11.0,   63.0,   6415.0,   0.0,  26.0),
          new LSNutationModel(-1, 0, 2, 2,1, -10204.0,    0.0,   25.0,   5222.0,   0.0,  15.0),
          new LSNutationModel( 0, 2, 0, 0,0,  16707.0,  -85.0,  -10.0,    168.0,  -1.0,  10.0),
          new LSNutationModel( 1, 0, 2, 2,2,  -7691.0,    0.0,   44.0,   3268.0,   0.0,  19.0),
          new LSNutationModel(-2, 0, 2, 0,0, -11024.0,    0.0,  -14.0,    104.0,   0.0,   2.0),
          new LSNutationModel( 0, 1, 2, 0,2,   7566.0,  -21.0,  -11.0,  -3250.0,   0.0,  -5.0),
          new LSNutationModel( 0, 0, 2, 2,1,  -6637.0,  -11.0,   25.0,   3353.0,   0.0,  14.0),
          new LSNutationModel( 0,-1, 2, 0,2,  -7141.0,   21.0,    8.0,   3070.0,   0.0,   4.0),

       /* 41-50 */
          new LSNutationModel( 0, 0, 0, 2,1,  -6302.0,  -11.0,    2.0,   3272.0,   0.0,   4.0),
          new LSNutationModel( 1, 0, 2,-2,1,   5800.0,   10.0,    2.0,  -3045.0,   0.0,  -1.0),
          new LSNutationModel( 2, 0, 2,-2,2,   6443.0,    0.0,   -7.0,  -2768.0,   0.0,  -4.0),
          new LSNutationModel(-2, 0, 0, 2,1,  -5774.0,  -11.0,  -15.0,   3041.0,   0.0,  -5.0),
          new LSNutationModel( 2, 0, 2, 0,1,  -5350.0,    0.0,   21.0,   2695.0,   0.0,  12.0),
          new LSNutationModel( 0,-1, 2,-2,1,  -4752.0,  -11.0,   -3.0,   2719.0,   0.0,  -3.0),
          new LSNutationModel( 0, 0, 0,-2,1,  -4940.0,  -11.0,  -21.0,   2720.0,   0.0,  -9.0),
          new LSNutationModel(-1,-1, 0, 2,0,   7350.0,    0.0,   -8.0,    -51.0,   0.0,   4.0),
          new LSNutationModel( 2, 0, 0,-2,1,   4065.0,    0.0,    6.0,  -2206.0,   0.0,   1.0),
          new LSNutationModel( 1, 0, 0, 2,0,   6579.0,    0.0,  -24.0,   -199.0,   0.0,   2.0),

       /* 51-60 */
          new LSNutationModel( 0, 1, 2,-2,1,   3579.0,    0.0,    5.0,  -1900.0,   0.0,   1.0),
          new LSNutationModel( 1,-1, 0, 0,0,   4725.0,    0.0,   -6.0,    -41.0,   0.0,   3.0),
          new LSNutationModel(-2, 0, 2, 0,2,  -3075.0,    0.0,   -2.0,   1313.0,   0.0,  -1.0),
          new LSNutationModel( 3, 0, 2, 0,2,  -2904.0,    0.0,   15.0,   1233.0,   0.0,   7.0),
          new LSNutationModel( 0,-1, 0, 2,0,   4348.0,    0.0,  -10.0,    -81.0,   0.0,   2.0),
          new LSNutationModel( 1,-1, 2, 0,2,  -2878.0,    0.0,    8.0,   1232.0,   0.0,   4.0),
          new LSNutationModel( 0, 0, 0, 1,0,  -4230.0,    0.0,    5.0,    -20.0,   0.0,  -2.0),
          new LSNutationModel(-1,-1, 2, 2,2,  -2819.0,    0.0,    7.0,   1207.0,   0.0,   3.0),
          new LSNutationModel(-1, 0, 2, 0,0,  -4056.0,    0.0,    5.0,     40.0,   0.0,  -2.0),
          new LSNutationModel( 0,-1, 2, 2,2,  -2647.0,    0.0,   11.0,   1129.0,   0.0,   5.0),

       /* 61-70 */
          new LSNutationModel(-2, 0, 0, 0,1,  -2294.0,    0.0,  -10.0,   1266.0,   0.0,  -4.0),
          new LSNutationModel( 1, 1, 2, 0,2,   2481.0,    0.0,   -7.0,  -1062.0,   0.0,  -3.0),
          new LSNutationModel( 2, 0, 0, 0,1,   2179.0,    0.0,   -2.0,  -1129.0,   0.0,  -2.0),
          new LSNutationModel(-1, 1, 0, 1,0,   3276.0,    0.0,    1.0,     -9.0,   0.0,   0.0),
          new LSNutationModel( 1, 1, 0, 0,0,  -3389.0,    0.0,    5.0,     35.0,   0.0,  -2.0),
          new LSNutationModel( 1, 0, 2, 0,0,   3339.0,    0.0,  -13.0,   -107.0,   0.0,   1.0),
          new LSNutationModel(-1, 0, 2,-2,1,  -1987.0,    0.0,   -6.0,   1073.0,   0.0,  -2.0),
          new LSNutationModel( 1, 0, 0, 0,2,  -1981.0,    0.0,    0.0,    854.0,   0.0,   0.0),
          new LSNutationModel(-1, 0, 0, 1,0,   4026.0,    0.0, -353.0,   -553.0,   0.0,-139.0),
          new LSNutationModel( 0, 0, 2, 1,2,   1660.0,    0.0,   -5.0,   -710.0,   0.0,  -2.0),

       /* 71-77 */
          new LSNutationModel(-1, 0, 2, 4,2,  -1521.0,    0.0,    9.0,    647.0,   0.0,   4.0),
          new LSNutationModel(-1, 1, 0, 1,1,   1314.0,    0.0,    0.0,   -700.0,   0.0,   0.0),
          new LSNutationModel( 0,-2, 2,-2,1,  -1283.0,    0.0,    0.0,    672.0,   0.0,   0.0),
          new LSNutationModel( 1, 0, 2, 2,1,  -1331.0,    0.0,    8.0,    663.0,   0.0,   4.0),
          new LSNutationModel(-2, 0, 2, 2,2,   1383.0,    0.0,   -2.0,   -594.0,   0.0,  -2.0),
          new LSNutationModel(-1, 0, 0, 0,2,   1405.0,    0.0,    4.0,   -610.0,   0.0,   2.0),
          new LSNutationModel( 1, 1, 2,-2,2,   1290.0,    0.0,    0.0,   -556.0,   0.0,   0.0)
       };

    /* Number of terms in the series */
       final int NLS = x.length;

    /*--------------------------------------------------------------------*/

    /* Interval between fundamental epoch J2000.0 and given date (JC). */
       t = ((date1 - DJ00) + date2) / DJC;

    /* --------------------*/
    /* LUNI-SOLAR NUTATION */
    /* --------------------*/

    /* Fundamental (Delaunay) arguments from Simon et al. (1994) */

    /* Mean anomaly of the Moon. */
       el = fmod(485868.249036 + (1717915923.2178) * t, TURNAS) * DAS2R;

    /* Mean anomaly of the Sun. */
       elp = fmod(1287104.79305 + (129596581.0481) * t, TURNAS) * DAS2R;

    /* Mean argument of the latitude of the Moon. */
       f = fmod(335779.526232 + (1739527262.8478) * t, TURNAS) * DAS2R;

    /* Mean elongation of the Moon from the Sun. */
       d = fmod(1072260.70369 + (1602961601.2090) * t, TURNAS) * DAS2R;

    /* Mean longitude of the ascending node of the Moon. */
       om = fmod(450160.398036 + (-6962890.5431) * t, TURNAS) * DAS2R;

    /* Initialize the nutation values. */
       dp = 0.0;
       de = 0.0;

    /* Summation of luni-solar nutation series (smallest terms first). */
       for (i = NLS-1; i >= 0; i--) {

       /* Argument and functions. */
          arg = fmod( (double)x[i].nl  * el  +
                      (double)x[i].nlp * elp +
                      (double)x[i].nf  * f   +
                      (double)x[i].nd  * d   +
                      (double)x[i].nom * om, D2PI  );
          sarg = sin(arg);
          carg = cos(arg);

       /* Term. */
          dp += (x[i].ps + x[i].pst * t) * sarg + x[i].pc * carg;
          de += (x[i].ec + x[i].ect * t) * carg + x[i].es * sarg;
       }

    /* Convert from 0.1 microarcsec units to radians. */
       dpsils = dp * U2R;
       depsls = de * U2R;

    /* ------------------------------*/
    /* IN LIEU OF PLANETARY NUTATION */
    /* ------------------------------*/

    /* Fixed offset to correct for missing terms in truncated series. */
       dpsipl = DPPLAN;
       depspl = DEPLAN;

    /* --------*/
    /* RESULTS */
    /* --------*/

    /* Add luni-solar and planetary components. */
       return new NutationTerms(   dpsils + dpsipl,
                                depsls + depspl);

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
    @Differentiable
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
    *  Form the matrix of nutation for a given date, IAU 1980 model.
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  support function.
    *
    *<!-- Given: -->
    *     @param date1 double           TDB date (Note 1)
    *     @param date2 double           TDB date (Note 1) 
    *
    *<!-- Returned: -->
    *     @return           double[3][3]       nutation matrix
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
    * <li> The matrix operates in the sense V(true) = rmatn * V(mean),
    *     where the p-vector V(true) is with respect to the true
    *     equatorial triad of date and the p-vector V(mean) is with
    *     respect to the mean equatorial triad of date.
    *</ol>
    *<p>Called:<ul>
    *     <li>{@link #jauNut80} nutation, IAU 1980
    *     <li>{@link #jauObl80} mean obliquity, IAU 1980
    *     <li>{@link #jauNumat} form nutation matrix
    * </ul>
    *@version 2008 May 12
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    @Differentiable
    public static double[][] jauNutm80(double date1, double date2)
    {
        double rmatn[][];
    /* Nutation components and mean obliquity. */
       NutationTerms nt = jauNut80(date1, date2);
       double epsa = jauObl80(date1, date2);

    /* Build the rotation matrix. */
       rmatn = jauNumat(epsa, nt.dpsi, nt.deps);

       return rmatn;

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
    *  The CIO locator s, positioning the Celestial Intermediate Origin on
    *  the equator of the Celestial Intermediate Pole, given the CIP's X,Y
    *  coordinates.  Compatible with IAU 2000A precession-nutation.
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  canonical model.
    *
    *<!-- Given: -->
    *     @param date1 double TT as a 2-part Julian Date (Note 1)
    *     @param date2 double TT as a 2-part Julian Date (Note 1)
    *     @param x double     CIP coordinates (Note 3)
    *     @param y double     CIP coordinates (Note 3) 
    *
    * <!-- Returned (function value): -->
    *  @return double    the CIO locator s in radians (Note 2)
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
    * <li> The CIO locator s is the difference between the right ascensions
    *     of the same point in two systems:  the two systems are the GCRS
    *     and the CIP,CIO, and the point is the ascending node of the
    *     CIP equator.  The quantity s remains below 0.1 arcsecond
    *     throughout 1900-2100.
    *
    * <li> The series used to compute s is in fact for s+XY/2, where X and Y
    *     are the x and y components of the CIP unit vector;  this series
    *     is more compact than a direct series for s would be.  This
    *     function requires X,Y to be supplied by the caller, who is
    *     responsible for providing values that are consistent with the
    *     supplied date.
    *
    * <li> The model is consistent with the IAU 2000A precession-nutation.
    *</ol>
    *<p>Called:<ul>
    *     <li>{@link #jauFal03} mean anomaly of the Moon
    *     <li>{@link #jauFalp03} mean anomaly of the Sun
    *     <li>{@link #jauFaf03} mean argument of the latitude of the Moon
    *     <li>{@link #jauFad03} mean elongation of the Moon from the Sun
    *     <li>{@link #jauFaom03} mean longitude of the Moon's ascending node
    *     <li>{@link #jauFave03} mean longitude of Venus
    *     <li>{@link #jauFae03} mean longitude of Earth
    *     <li>{@link #jauFapa03} general accumulated precession in longitude
    * </ul>
    *<p>References:
    *
    *    <p>Capitaine, N., Chapront, J., Lambert, S. and Wallace, P.,
    *     "Expressions for the Celestial Intermediate Pole and Celestial
    *     Ephemeris Origin consistent with the IAU 2000A precession-
    *     nutation model", Astron.Astrophys. 400, 1145-1154 (2003)
    *
    *     n.b. The celestial ephemeris origin (CEO) was renamed "celestial
    *          intermediate origin" (CIO) by IAU 2006 Resolution 2.
    *
    *     <p>McCarthy, D. D., Petit, G. (eds.), IERS Conventions (2003),
    *     IERS Technical Note No. 32, BKG (2004)
    *
    *@version 2010 January 18
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    @Differentiable
    public static double jauS00(double date1, double date2, double x, double y)
    {
    /* Time since J2000.0, in Julian centuries */
       double t;

    /* Miscellaneous */
       int i, j;
       double a, w0, w1, w2, w3, w4, w5;

    /* Fundamental arguments */
       double fa[] = new double[8];

    /* Returned value */
       double s;

    /* --------------------- */
    /* The series for s+XY/2 */
    /* --------------------- */

    /* Polynomial coefficients */
       final double sp[] = {

       /* 1-6 */
              94.00e-6,
            3808.35e-6,
            -119.94e-6,
          -72574.09e-6,
              27.70e-6,
              15.61e-6
       };

    /* Terms of order t^0 */
       final TERM s0[] = {

       /* 1-10 */
          new TERM(new int[]{ 0,  0,  0,  0,  1,  0,  0,  0}, -2640.73e-6,   0.39e-6 ),
          new TERM(new int[]{ 0,  0,  0,  0,  2,  0,  0,  0},   -63.53e-6,   0.02e-6 ),
          new TERM(new int[]{ 0,  0,  2, -2,  3,  0,  0,  0},   -11.75e-6,  -0.01e-6 ),
          new TERM(new int[]{ 0,  0,  2, -2,  1,  0,  0,  0},   -11.21e-6,  -0.01e-6 ),
          new TERM(new int[]{ 0,  0,  2, -2,  2,  0,  0,  0},     4.57e-6,   0.00e-6 ),
          new TERM(new int[]{ 0,  0,  2,  0,  3,  0,  0,  0},    -2.02e-6,   0.00e-6 ),
          new TERM(new int[]{ 0,  0,  2,  0,  1,  0,  0,  0},    -1.98e-6,   0.00e-6 ),
          new TERM(new int[]{ 0,  0,  0,  0,  3,  0,  0,  0},     1.72e-6,   0.00e-6 ),
          new TERM(new int[]{ 0,  1,  0,  0,  1,  0,  0,  0},     1.41e-6,   0.01e-6 ),
          new TERM(new int[]{ 0,  1,  0,  0, -1,  0,  0,  0},     1.26e-6,   0.01e-6 ),

       /* 11-20 */
          new TERM(new int[]{ 1,  0,  0,  0, -1,  0,  0,  0},     0.63e-6,   0.00e-6 ),
          new TERM(new int[]{ 1,  0,  0,  0,  1,  0,  0,  0},     0.63e-6,   0.00e-6 ),
          new TERM(new int[]{ 0,  1,  2, -2,  3,  0,  0,  0},    -0.46e-6,   0.00e-6 ),
          new TERM(new int[]{ 0,  1,  2, -2,  1,  0,  0,  0},    -0.45e-6,   0.00e-6 ),
          new TERM(new int[]{ 0,  0,  4, -4,  4,  0,  0,  0},    -0.36e-6,   0.00e-6 ),
          new TERM(new int[]{ 0,  0,  1, -1,  1, -8, 12,  0},     0.24e-6,   0.12e-6 ),
          new TERM(new int[]{ 0,  0,  2,  0,  0,  0,  0,  0},    -0.32e-6,   0.00e-6 ),
          new TERM(new int[]{ 0,  0,  2,  0,  2,  0,  0,  0},    -0.28e-6,   0.00e-6 ),
          new TERM(new int[]{ 1,  0,  2,  0,  3,  0,  0,  0},    -0.27e-6,   0.00e-6 ),
          new TERM(new int[]{ 1,  0,  2,  0,  1,  0,  0,  0},    -0.26e-6,   0.00e-6 ),

       /* 21-30 */
          new TERM(new int[]{ 0,  0,  2, -2,  0,  0,  0,  0},     0.21e-6,   0.00e-6 ),
          new TERM(new int[]{ 0,  1, -2,  2, -3,  0,  0,  0},    -0.19e-6,   0.00e-6 ),
          new TERM(new int[]{ 0,  1, -2,  2, -1,  0,  0,  0},    -0.18e-6,   0.00e-6 ),
          new TERM(new int[]{ 0,  0,  0,  0,  0,  8,-13, -1},     0.10e-6,  -0.05e-6 ),
          new TERM(new int[]{ 0,  0,  0,  2,  0,  0,  0,  0},    -0.15e-6,   0.00e-6 ),
          new TERM(new int[]{ 2,  0, -2,  0, -1,  0,  0,  0},     0.14e-6,   0.00e-6 ),
          new TERM(new int[]{ 0,  1,  2, -2,  2,  0,  0,  0},     0.14e-6,   0.00e-6 ),
          new TERM(new int[]{ 1,  0,  0, -2,  1,  0,  0,  0},    -0.14e-6,   0.00e-6 ),
          new TERM(new int[]{ 1,  0,  0, -2, -1,  0,  0,  0},    -0.14e-6,   0.00e-6 ),
          new TERM(new int[]{ 0,  0,  4, -2,  4,  0,  0,  0},    -0.13e-6,   0.00e-6 ),

       /* 31-33 */
          new TERM(new int[]{ 0,  0,  2, -2,  4,  0,  0,  0},     0.11e-6,   0.00e-6 ),
          new TERM(new int[]{ 1,  0, -2,  0, -3,  0,  0,  0},    -0.11e-6,   0.00e-6 ),
          new TERM(new int[]{ 1,  0, -2,  0, -1,  0,  0,  0},    -0.11e-6,   0.00e-6 )
       };

    /* Terms of order t^1 */
       final TERM s1[] ={

       /* 1-3 */
          new TERM(new int[]{ 0,  0,  0,  0,  2,  0,  0,  0},    -0.07e-6,   3.57e-6 ),
          new TERM(new int[]{ 0,  0,  0,  0,  1,  0,  0,  0},     1.71e-6,  -0.03e-6 ),
          new TERM(new int[]{ 0,  0,  2, -2,  3,  0,  0,  0},     0.00e-6,   0.48e-6 )
       };

    /* Terms of order t^2 */
       final TERM s2[] ={

       /* 1-10 */
          new TERM(new int[]{ 0,  0,  0,  0,  1,  0,  0,  0},   743.53e-6,  -0.17e-6 ),
          new TERM(new int[]{ 0,  0,  2, -2,  2,  0,  0,  0},    56.91e-6,   0.06e-6 ),
          new TERM(new int[]{ 0,  0,  2,  0,  2,  0,  0,  0},     9.84e-6,  -0.01e-6 ),
          new TERM(new int[]{ 0,  0,  0,  0,  2,  0,  0,  0},    -8.85e-6,   0.01e-6 ),
          new TERM(new int[]{ 0,  1,  0,  0,  0,  0,  0,  0},    -6.38e-6,  -0.05e-6 ),
          new TERM(new int[]{ 1,  0,  0,  0,  0,  0,  0,  0},    -3.07e-6,   0.00e-6 ),
          new TERM(new int[]{ 0,  1,  2, -2,  2,  0,  0,  0},     2.23e-6,   0.00e-6 ),
          new TERM(new int[]{ 0,  0,  2,  0,  1,  0,  0,  0},     1.67e-6,   0.00e-6 ),
          new TERM(new int[]{ 1,  0,  2,  0,  2,  0,  0,  0},     1.30e-6,   0.00e-6 ),
          new TERM(new int[]{ 0,  1, -2,  2, -2,  0,  0,  0},     0.93e-6,   0.00e-6 ),

       /* 11-20 */
          new TERM(new int[]{ 1,  0,  0, -2,  0,  0,  0,  0},     0.68e-6,   0.00e-6 ),
          new TERM(new int[]{ 0,  0,  2, -2,  1,  0,  0,  0},    -0.55e-6,   0.00e-6 ),
          new TERM(new int[]{ 1,  0, -2,  0, -2,  0,  0,  0},     0.53e-6,   0.00e-6 ),
          new TERM(new int[]{ 0,  0,  0,  2,  0,  0,  0,  0},    -0.27e-6,   0.00e-6 ),
          new TERM(new int[]{ 1,  0,  0,  0,  1,  0,  0,  0},    -0.27e-6,   0.00e-6 ),
          new TERM(new int[]{ 1,  0, -2, -2, -2,  0,  0,  0},    -0.26e-6,   0.00e-6 ),
          new TERM(new int[]{ 1,  0,  0,  0, -1,  0,  0,  0},    -0.25e-6,   0.00e-6 ),
          new TERM(new int[]{ 1,  0,  2,  0,  1,  0,  0,  0},     0.22e-6,   0.00e-6 ),
          new TERM(new int[]{ 2,  0,  0, -2,  0,  0,  0,  0},    -0.21e-6,   0.00e-6 ),
          new TERM(new int[]{ 2,  0, -2,  0, -1,  0,  0,  0},     0.20e-6,   0.00e-6 ),

       /* 21-25 */
          new TERM(new int[]{ 0,  0,  2,  2,  2,  0,  0,  0},     0.17e-6,   0.00e-6 ),
          new TERM(new int[]{ 2,  0,  2,  0,  2,  0,  0,  0},     0.13e-6,   0.00e-6 ),
          new TERM(new int[]{ 2,  0,  0,  0,  0,  0,  0,  0},    -0.13e-6,   0.00e-6 ),
          new TERM(new int[]{ 1,  0,  2, -2,  2,  0,  0,  0},    -0.12e-6,   0.00e-6 ),
          new TERM(new int[]{ 0,  0,  2,  0,  0,  0,  0,  0},    -0.11e-6,   0.00e-6 )
       };

    /* Terms of order t^3 */
       final TERM s3[] ={

       /* 1-4 */
          new TERM(new int[]{ 0,  0,  0,  0,  1,  0,  0,  0},     0.30e-6, -23.51e-6 ),
          new TERM(new int[]{ 0,  0,  2, -2,  2,  0,  0,  0},    -0.03e-6,  -1.39e-6 ),
          new TERM(new int[]{ 0,  0,  2,  0,  2,  0,  0,  0},    -0.01e-6,  -0.24e-6 ),
          new TERM(new int[]{ 0,  0,  0,  0,  2,  0,  0,  0},     0.00e-6,   0.22e-6 )
       };

    /* Terms of order t^4 */
       final TERM s4[] ={

       /* 1-1 */
          new TERM(new int[]{ 0,  0,  0,  0,  1,  0,  0,  0},    -0.26e-6,  -0.01e-6 )
       };

    /* Number of terms in the series */
       final int NS0 = s0.length;
       final int NS1 = s1.length;
       final int NS2 = s2.length;
       final int NS3 = s3.length;
       final int NS4 = s4.length;

    /*--------------------------------------------------------------------*/

    /* Interval between fundamental epoch J2000.0 and current date (JC). */
       t = ((date1 - DJ00) + date2) / DJC;

    /* Fundamental Arguments (from IERS Conventions 2003) */

    /* Mean anomaly of the Moon. */
       fa[0] = jauFal03(t);

    /* Mean anomaly of the Sun. */
       fa[1] = jauFalp03(t);

    /* Mean longitude of the Moon minus that of the ascending node. */
       fa[2] = jauFaf03(t);

    /* Mean elongation of the Moon from the Sun. */
       fa[3] = jauFad03(t);

    /* Mean longitude of the ascending node of the Moon. */
       fa[4] = jauFaom03(t);

    /* Mean longitude of Venus. */
       fa[5] = jauFave03(t);

    /* Mean longitude of Earth. */
       fa[6] = jauFae03(t);

    /* General precession in longitude. */
       fa[7] = jauFapa03(t);

    /* Evaluate s. */
       w0 = sp[0];
       w1 = sp[1];
       w2 = sp[2];
       w3 = sp[3];
       w4 = sp[4];
       w5 = sp[5];

       for (i = NS0-1; i >= 0; i--) {
       a = 0.0;
       for (j = 0; j < 8; j++) {
           a += (double)s0[i].nfa[j] * fa[j];
       }
       w0 += s0[i].s * sin(a) + s0[i].c * cos(a);
       }

       for (i = NS1-1; i >= 0; i--) {
       a = 0.0;
       for (j = 0; j < 8; j++) {
           a += (double)s1[i].nfa[j] * fa[j];
       }
       w1 += s1[i].s * sin(a) + s1[i].c * cos(a);
       }

       for (i = NS2-1; i >= 0; i--) {
       a = 0.0;
       for (j = 0; j < 8; j++) {
           a += (double)s2[i].nfa[j] * fa[j];
       }
       w2 += s2[i].s * sin(a) + s2[i].c * cos(a);
       }

       for (i = NS3-1; i >= 0; i--) {
       a = 0.0;
       for (j = 0; j < 8; j++) {
           a += (double)s3[i].nfa[j] * fa[j];
       }
       w3 += s3[i].s * sin(a) + s3[i].c * cos(a);
       }

       for (i = NS4-1; i >= 0; i--) {
       a = 0.0;
       for (j = 0; j < 8; j++) {
           a += (double)s4[i].nfa[j] * fa[j];
       }
       w4 += s4[i].s * sin(a) + s4[i].c * cos(a);
       }

       s = (w0 +
           (w1 +
           (w2 +
           (w3 +
           (w4 +
            w5 * t) * t) * t) * t) * t) * DAS2R - x*y/2.0;

       return s;

        }

    /**
    *  The CIO locator s, positioning the Celestial Intermediate Origin on
    *  the equator of the Celestial Intermediate Pole, given the CIP's X,Y
    *  coordinates.  Compatible with IAU 2006/2000A precession-nutation.
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  canonical model.
    *
    *<!-- Given: -->
    *     @param date1 double TT as a 2-part Julian Date (Note 1)
    *     @param date2 double TT as a 2-part Julian Date (Note 1)
    *     @param x double     CIP coordinates (Note 3)
    *     @param y double     CIP coordinates (Note 3) 
    *
    * <!-- Returned (function value): -->
    *  @return double    the CIO locator s in radians (Note 2)
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
    * <li> The CIO locator s is the difference between the right ascensions
    *     of the same point in two systems:  the two systems are the GCRS
    *     and the CIP,CIO, and the point is the ascending node of the
    *     CIP equator.  The quantity s remains below 0.1 arcsecond
    *     throughout 1900-2100.
    *
    * <li> The series used to compute s is in fact for s+XY/2, where X and Y
    *     are the x and y components of the CIP unit vector;  this series
    *     is more compact than a direct series for s would be.  This
    *     function requires X,Y to be supplied by the caller, who is
    *     responsible for providing values that are consistent with the
    *     supplied date.
    *
    * <li> The model is consistent with the "P03" precession (Capitaine et
    *     al. 2003), adopted by IAU 2006 Resolution 1, 2006, and the
    *     IAU 2000A nutation (with P03 adjustments).
    *</ol>
    *<p>Called:<ul>
    *     <li>{@link #jauFal03} mean anomaly of the Moon
    *     <li>{@link #jauFalp03} mean anomaly of the Sun
    *     <li>{@link #jauFaf03} mean argument of the latitude of the Moon
    *     <li>{@link #jauFad03} mean elongation of the Moon from the Sun
    *     <li>{@link #jauFaom03} mean longitude of the Moon's ascending node
    *     <li>{@link #jauFave03} mean longitude of Venus
    *     <li>{@link #jauFae03} mean longitude of Earth
    *     <li>{@link #jauFapa03} general accumulated precession in longitude
    * </ul>
    *<p>References:
    *
    *    <p>Capitaine, N., Wallace, P.T. &amp; Chapront, J., 2003, Astron.
    *     Astrophys. 432, 355
    *
    *     <p>McCarthy, D.D., Petit, G. (eds.) 2004, IERS Conventions (2003),
    *     IERS Technical Note No. 32, BKG
    *
    *@version 2009 December 17
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    @Differentiable
    public static double jauS06(double date1, double date2, double x, double y)
    {
    /* Time since J2000.0, in Julian centuries */
       double t;

    /* Miscellaneous */
       int i, j;
       double a, w0, w1, w2, w3, w4, w5;

    /* Fundamental arguments */
       double fa[] = new double[8];

    /* Returned value */
       double s;

    /* --------------------- */
    /* The series for s+XY/2 */
    /* --------------------- */

    /* Polynomial coefficients */
       final double sp[] = {

       /* 1-6 */
              94.00e-6,
            3808.65e-6,
            -122.68e-6,
          -72574.11e-6,
              27.98e-6,
              15.62e-6
       };

    /* Terms of order t^0 */
       final TERM s0[] = {

       /* 1-10 */
          new TERM(new int[]{ 0,  0,  0,  0,  1,  0,  0,  0}, -2640.73e-6,   0.39e-6 ),
          new TERM(new int[]{ 0,  0,  0,  0,  2,  0,  0,  0},   -63.53e-6,   0.02e-6 ),
          new TERM(new int[]{ 0,  0,  2, -2,  3,  0,  0,  0},   -11.75e-6,  -0.01e-6 ),
          new TERM(new int[]{ 0,  0,  2, -2,  1,  0,  0,  0},   -11.21e-6,  -0.01e-6 ),
          new TERM(new int[]{ 0,  0,  2, -2,  2,  0,  0,  0},     4.57e-6,   0.00e-6 ),
          new TERM(new int[]{ 0,  0,  2,  0,  3,  0,  0,  0},    -2.02e-6,   0.00e-6 ),
          new TERM(new int[]{ 0,  0,  2,  0,  1,  0,  0,  0},    -1.98e-6,   0.00e-6 ),
          new TERM(new int[]{ 0,  0,  0,  0,  3,  0,  0,  0},     1.72e-6,   0.00e-6 ),
          new TERM(new int[]{ 0,  1,  0,  0,  1,  0,  0,  0},     1.41e-6,   0.01e-6 ),
          new TERM(new int[]{ 0,  1,  0,  0, -1,  0,  0,  0},     1.26e-6,   0.01e-6 ),

       /* 11-20 */
          new TERM(new int[]{ 1,  0,  0,  0, -1,  0,  0,  0},     0.63e-6,   0.00e-6 ),
          new TERM(new int[]{ 1,  0,  0,  0,  1,  0,  0,  0},     0.63e-6,   0.00e-6 ),
          new TERM(new int[]{ 0,  1,  2, -2,  3,  0,  0,  0},    -0.46e-6,   0.00e-6 ),
          new TERM(new int[]{ 0,  1,  2, -2,  1,  0,  0,  0},    -0.45e-6,   0.00e-6 ),
          new TERM(new int[]{ 0,  0,  4, -4,  4,  0,  0,  0},    -0.36e-6,   0.00e-6 ),
          new TERM(new int[]{ 0,  0,  1, -1,  1, -8, 12,  0},     0.24e-6,   0.12e-6 ),
          new TERM(new int[]{ 0,  0,  2,  0,  0,  0,  0,  0},    -0.32e-6,   0.00e-6 ),
          new TERM(new int[]{ 0,  0,  2,  0,  2,  0,  0,  0},    -0.28e-6,   0.00e-6 ),
          new TERM(new int[]{ 1,  0,  2,  0,  3,  0,  0,  0},    -0.27e-6,   0.00e-6 ),
          new TERM(new int[]{ 1,  0,  2,  0,  1,  0,  0,  0},    -0.26e-6,   0.00e-6 ),

       /* 21-30 */
          new TERM(new int[]{ 0,  0,  2, -2,  0,  0,  0,  0},     0.21e-6,   0.00e-6 ),
          new TERM(new int[]{ 0,  1, -2,  2, -3,  0,  0,  0},    -0.19e-6,   0.00e-6 ),
          new TERM(new int[]{ 0,  1, -2,  2, -1,  0,  0,  0},    -0.18e-6,   0.00e-6 ),
          new TERM(new int[]{ 0,  0,  0,  0,  0,  8,-13, -1},     0.10e-6,  -0.05e-6 ),
          new TERM(new int[]{ 0,  0,  0,  2,  0,  0,  0,  0},    -0.15e-6,   0.00e-6 ),
          new TERM(new int[]{ 2,  0, -2,  0, -1,  0,  0,  0},     0.14e-6,   0.00e-6 ),
          new TERM(new int[]{ 0,  1,  2, -2,  2,  0,  0,  0},     0.14e-6,   0.00e-6 ),
          new TERM(new int[]{ 1,  0,  0, -2,  1,  0,  0,  0},    -0.14e-6,   0.00e-6 ),
          new TERM(new int[]{ 1,  0,  0, -2, -1,  0,  0,  0},    -0.14e-6,   0.00e-6 ),
          new TERM(new int[]{ 0,  0,  4, -2,  4,  0,  0,  0},    -0.13e-6,   0.00e-6 ),

       /* 31-33 */
          new TERM(new int[]{ 0,  0,  2, -2,  4,  0,  0,  0},     0.11e-6,   0.00e-6 ),
          new TERM(new int[]{ 1,  0, -2,  0, -3,  0,  0,  0},    -0.11e-6,   0.00e-6 ),
          new TERM(new int[]{ 1,  0, -2,  0, -1,  0,  0,  0},    -0.11e-6,   0.00e-6 )
       };

    /* Terms of order t^1 */
       final TERM s1[] = {

       /* 1 - 3 */
          new TERM(new int[]{ 0,  0,  0,  0,  2,  0,  0,  0},    -0.07e-6,   3.57e-6 ),
          new TERM(new int[]{ 0,  0,  0,  0,  1,  0,  0,  0},     1.73e-6,  -0.03e-6 ),
          new TERM(new int[]{ 0,  0,  2, -2,  3,  0,  0,  0},     0.00e-6,   0.48e-6 )
       };

    /* Terms of order t^2 */
       final TERM s2[] = {

       /* 1-10 */
          new TERM(new int[]{ 0,  0,  0,  0,  1,  0,  0,  0},   743.52e-6,  -0.17e-6 ),
          new TERM(new int[]{ 0,  0,  2, -2,  2,  0,  0,  0},    56.91e-6,   0.06e-6 ),
          new TERM(new int[]{ 0,  0,  2,  0,  2,  0,  0,  0},     9.84e-6,  -0.01e-6 ),
          new TERM(new int[]{ 0,  0,  0,  0,  2,  0,  0,  0},    -8.85e-6,   0.01e-6 ),
          new TERM(new int[]{ 0,  1,  0,  0,  0,  0,  0,  0},    -6.38e-6,  -0.05e-6 ),
          new TERM(new int[]{ 1,  0,  0,  0,  0,  0,  0,  0},    -3.07e-6,   0.00e-6 ),
          new TERM(new int[]{ 0,  1,  2, -2,  2,  0,  0,  0},     2.23e-6,   0.00e-6 ),
          new TERM(new int[]{ 0,  0,  2,  0,  1,  0,  0,  0},     1.67e-6,   0.00e-6 ),
          new TERM(new int[]{ 1,  0,  2,  0,  2,  0,  0,  0},     1.30e-6,   0.00e-6 ),
          new TERM(new int[]{ 0,  1, -2,  2, -2,  0,  0,  0},     0.93e-6,   0.00e-6 ),

       /* 11-20 */
          new TERM(new int[]{ 1,  0,  0, -2,  0,  0,  0,  0},     0.68e-6,   0.00e-6 ),
          new TERM(new int[]{ 0,  0,  2, -2,  1,  0,  0,  0},    -0.55e-6,   0.00e-6 ),
          new TERM(new int[]{ 1,  0, -2,  0, -2,  0,  0,  0},     0.53e-6,   0.00e-6 ),
          new TERM(new int[]{ 0,  0,  0,  2,  0,  0,  0,  0},    -0.27e-6,   0.00e-6 ),
          new TERM(new int[]{ 1,  0,  0,  0,  1,  0,  0,  0},    -0.27e-6,   0.00e-6 ),
          new TERM(new int[]{ 1,  0, -2, -2, -2,  0,  0,  0},    -0.26e-6,   0.00e-6 ),
          new TERM(new int[]{ 1,  0,  0,  0, -1,  0,  0,  0},    -0.25e-6,   0.00e-6 ),
          new TERM(new int[]{ 1,  0,  2,  0,  1,  0,  0,  0},     0.22e-6,   0.00e-6 ),
          new TERM(new int[]{ 2,  0,  0, -2,  0,  0,  0,  0},    -0.21e-6,   0.00e-6 ),
          new TERM(new int[]{ 2,  0, -2,  0, -1,  0,  0,  0},     0.20e-6,   0.00e-6 ),

       /* 21-25 */
          new TERM(new int[]{ 0,  0,  2,  2,  2,  0,  0,  0},     0.17e-6,   0.00e-6 ),
          new TERM(new int[]{ 2,  0,  2,  0,  2,  0,  0,  0},     0.13e-6,   0.00e-6 ),
          new TERM(new int[]{ 2,  0,  0,  0,  0,  0,  0,  0},    -0.13e-6,   0.00e-6 ),
          new TERM(new int[]{ 1,  0,  2, -2,  2,  0,  0,  0},    -0.12e-6,   0.00e-6 ),
          new TERM(new int[]{ 0,  0,  2,  0,  0,  0,  0,  0},    -0.11e-6,   0.00e-6 )
       };

    /* Terms of order t^3 */
       final TERM s3[] = {

       /* 1-4 */
          new TERM(new int[]{ 0,  0,  0,  0,  1,  0,  0,  0},     0.30e-6, -23.42e-6 ),
          new TERM(new int[]{ 0,  0,  2, -2,  2,  0,  0,  0},    -0.03e-6,  -1.46e-6 ),
          new TERM(new int[]{ 0,  0,  2,  0,  2,  0,  0,  0},    -0.01e-6,  -0.25e-6 ),
          new TERM(new int[]{ 0,  0,  0,  0,  2,  0,  0,  0},     0.00e-6,   0.23e-6 )
       };

    /* Terms of order t^4 */
       final TERM s4[] = {

       /* 1-1 */
          new TERM(new int[]{ 0,  0,  0,  0,  1,  0,  0,  0},    -0.26e-6,  -0.01e-6 )
       };

    /* Number of terms in the series */
       final int NS0 = s0.length;
       final int NS1 = s1.length;
       final int NS2 = s2.length;
       final int NS3 = s3.length;
       final int NS4 = s4.length;

    /*--------------------------------------------------------------------*/

    /* Interval between fundamental epoch J2000.0 and current date (JC). */
       t = ((date1 - DJ00) + date2) / DJC;

    /* Fundamental Arguments (from IERS Conventions 2003) */

    /* Mean anomaly of the Moon. */
       fa[0] = jauFal03(t);

    /* Mean anomaly of the Sun. */
       fa[1] = jauFalp03(t);

    /* Mean longitude of the Moon minus that of the ascending node. */
       fa[2] = jauFaf03(t);

    /* Mean elongation of the Moon from the Sun. */
       fa[3] = jauFad03(t);

    /* Mean longitude of the ascending node of the Moon. */
       fa[4] = jauFaom03(t);

    /* Mean longitude of Venus. */
       fa[5] = jauFave03(t);

    /* Mean longitude of Earth. */
       fa[6] = jauFae03(t);

    /* General precession in longitude. */
       fa[7] = jauFapa03(t);

    /* Evaluate s. */
       w0 = sp[0];
       w1 = sp[1];
       w2 = sp[2];
       w3 = sp[3];
       w4 = sp[4];
       w5 = sp[5];

       for (i = NS0-1; i >= 0; i--) {
       a = 0.0;
       for (j = 0; j < 8; j++) {
          a += (double)s0[i].nfa[j] * fa[j];
       }
       w0 += s0[i].s * sin(a) + s0[i].c * cos(a);
       }

       for (i = NS1-1; i >= 0; i--) {
          a = 0.0;
          for (j = 0; j < 8; j++) {
             a += (double)s1[i].nfa[j] * fa[j];
          }
          w1 += s1[i].s * sin(a) + s1[i].c * cos(a);
       }

       for (i = NS2-1; i >= 0; i--) {
          a = 0.0;
          for (j = 0; j < 8; j++) {
             a += (double)s2[i].nfa[j] * fa[j];
          }
          w2 += s2[i].s * sin(a) + s2[i].c * cos(a);
       }

       for (i = NS3-1; i >= 0; i--) {
          a = 0.0;
          for (j = 0; j < 8; j++) {
             a += (double)s3[i].nfa[j] * fa[j];
          }
          w3 += s3[i].s * sin(a) + s3[i].c * cos(a);
       }

       for (i = NS4-1; i >= 0; i--) {
          a = 0.0;
          for (j = 0; j < 8; j++) {
             a += (double)s4[i].nfa[j] * fa[j];
          }
          w4 += s4[i].s * sin(a) + s4[i].c * cos(a);
       }

       s = (w0 +
           (w1 +
           (w2 +
           (w3 +
           (w4 +
            w5 * t) * t) * t) * t) * t) * DAS2R - x*y/2.0;

       return s;

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
}
