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
 * Copied: the entry methods jauPfw06, jauFw2m, jauPmat06, jauPb06, jauP06e, jauPmat76, jauNumat, jauBpn2xy,
 *   jauC2ixy, jauC2ixys, jauC2tcio, jauPom00, jauEors, jauLtp, jauLtpequ, jauLtpecl, jauEqec06, jauEceq06,
 *   jauG2icrs, jauIcrs2g (each marked with @Differentiable), with the JSOFA members they reach: the methods dsign,
 *   fmod, jauAnp, jauAnpm, jauC2s, jauCp, jauCr, jauEcm06, jauFad03, jauFae03, jauFaf03, jauFal03, jauFalp03,
 *   jauFaom03, jauFapa03, jauFave03, jauIr, jauObl06, jauPm, jauPn, jauPrec76, jauPxp, jauRx, jauRxp, jauRxr,
 *   jauRy, jauRz, jauS00, jauS2c, jauSxp, jauTr, jauTrxp, jauZp, jauZr; the nested classes
 *   CelestialIntermediatePole, EulerAngles, FWPrecessionAngles, NormalizedVector, PrecessionAngles,
 *   SphericalCoordinate, TERM; the constants they read. Each member is copied unchanged, with its javadoc.
 * Changes: package dev.leibniz.corpus.jsofa; class JSOFA renamed JSOFAPrecession and trimmed to the members above
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
public class JSOFAPrecession {

    /** Pi {@value}*/
    public final static double DPI = (3.141592653589793238462643);

    /** 2Pi {@value}*/
    public final static double D2PI = (6.283185307179586476925287);

    /** Arcseconds to radians {@value}*/
    public final static double DAS2R = (4.848136811095359935899141e-6);

    /** Arcseconds in a full circle {@value}*/
    public final static double TURNAS = (1296000.0);

    /** Reference epoch (J2000.0), Julian Date {@value}*/
    public final static double DJ00 = (2451545.0);

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
    public static double jauAnpm(final double a)
    {
       double w;

       w = fmod(a, D2PI);
       if (abs(w) >= DPI) w -= dsign(D2PI, a);

       return w;

        }
    
     /**
     * The components x,y are components of the Celestial Intermediate
     *     Pole unit vector in the Geocentric Celestial Reference System.
     *     
     * @author Paul Harrison (paul.harrison@manchester.ac.uk) 29 Jan 2010
     * 
     * @since AIDA Stage 1
     */
    public static class CelestialIntermediatePole {
         public double x; 
         public double y;
         public CelestialIntermediatePole(double x, double y) {
            this.x = x;
            this.y = y;
        }
     }
    /**
    *  Extract from the bias-precession-nutation matrix the X,Y coordinates
    *  of the Celestial Intermediate Pole.
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  support function.
    *
    *<!-- Given: -->
    *     @param rbpn       double[3][3]   celestial-to-true matrix (Note 1)
    *
    *<!-- Returned: -->
    *     @return     <u>returned</u> Celestial Intermediate Pole (Note 2)
    *
    * <p>Notes:
    * <ol>
    *
    * <li> The matrix rbpn transforms vectors from GCRS to true equator (and
    *     CIO or equinox) of date, and therefore the Celestial Intermediate
    *     Pole unit vector is the bottom row of the matrix.
    *
    * <li> The arguments x,y are components of the Celestial Intermediate
    *     Pole unit vector in the Geocentric Celestial Reference System.
    *</ol>
    *<p>Reference:
    *
    *     "Expressions for the Celestial Intermediate Pole and Celestial
    *     Ephemeris Origin consistent with the IAU 2000A precession-
    *     nutation model", Astron.Astrophys. 400, 1145-1154
    *     (2003)
    *
    *     n.b. The celestial ephemeris origin (CEO) was renamed "celestial
    *          intermediate origin" (CIO) by IAU 2006 Resolution 2.
    *
    *@version 2010 January 18
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
        @Differentiable
        public static CelestialIntermediatePole  jauBpn2xy(double rbpn[][])
    {
    /* Extract the X,Y coordinates. */

       return new CelestialIntermediatePole(rbpn[2][0], rbpn[2][1]);

        }

    /**
    *  Form the celestial to intermediate-frame-of-date matrix for a given
    *  date when the CIP X,Y coordinates are known.  IAU 2000.
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  support function.
    *
    *<!-- Given: -->
    *     @param date1 double TT as a 2-part Julian Date (Note 1)
    *     @param date2 double TT as a 2-part Julian Date (Note 1)
    *     @param x double        Celestial Intermediate Pole (Note 2)
    *     @param y double        Celestial Intermediate Pole (Note 2) 
    *
    *<!-- Returned: -->
    *     @return rc2i         double[3][3]   <u>returned</u> celestial-to-intermediate matrix (Note 3)
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
    *         2450123.5           0.2       (date &amp;time method)
    *</pre>
    *     The JD method is the most natural and convenient to use in
    *     cases where the loss of several decimal digits of resolution
    *     is acceptable.  The J2000 method is best matched to the way
    *     the argument is handled internally and will deliver the
    *     optimum resolution.  The MJD method and the date &amp;time methods
    *     are both good compromises between resolution and convenience.
    *
    * <li> The Celestial Intermediate Pole coordinates are the x,y components
    *     of the unit vector in the Geocentric Celestial Reference System.
    *
    * <li> The matrix rc2i is the first stage in the transformation from
    *     celestial to terrestrial coordinates:
    *
    *        [TRS] = RPOM * R_3(ERA) * rc2i * [CRS]
    *
    *              = RC2T * [CRS]
    *
    *     where [CRS] is a vector in the Geocentric Celestial Reference
    *     System and [TRS] is a vector in the International Terrestrial
    *     Reference System (see IERS Conventions 2003), ERA is the Earth
    *     Rotation Angle and RPOM is the polar motion matrix.
    *
    * <li> Although its name does not include "00", This function is in fact
    *     specific to the IAU 2000 models.
    *</ol>
    *<p>Called:<ul>
    *     <li>{@link #jauC2ixys} celestial-to-intermediate matrix, given X,Y and s
    *     <li>{@link #jauS00} the CIO locator s, given X,Y, IAU 2000A
    * </ul>
    *<p>Reference:
    *
    *     <p>McCarthy, D. D., Petit, G. (eds.), IERS Conventions (2003),
    *     IERS Technical Note No. 32, BKG (2004)
    *
    *@version 2008 May 11
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */

    @Differentiable
    public static  double[][] jauC2ixy(double date1, double date2, double x, double y)
    {
    /* Compute s and then the matrix. */
       double rc2i[][] = jauC2ixys(x, y, jauS00(date1, date2, x, y));

       return rc2i;

        }

    /**
    *  Form the celestial to intermediate-frame-of-date matrix given the CIP
    *  X,Y and the CIO locator s.
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  support function.
    *
    *<!-- Given: -->
    *     @param x double          Celestial Intermediate Pole (Note 1)
    *     @param y double          Celestial Intermediate Pole (Note 1) 
    *     @param s         double          the CIO locator s (Note 2)
    *
    *<!-- Returned: -->
    *     @return rc2i      double[3][3]     <u>returned</u> celestial-to-intermediate matrix (Note 3)
    *
    * <p>Notes:
    * <ol>
    *
    * <li> The Celestial Intermediate Pole coordinates are the x,y
    *     components of the unit vector in the Geocentric Celestial
    *     Reference System.
    *
    * <li> The CIO locator s (in radians) positions the Celestial
    *     Intermediate Origin on the equator of the CIP.
    *
    * <li> The matrix rc2i is the first stage in the transformation from
    *     celestial to terrestrial coordinates:
    *
    *        [TRS] = RPOM * R_3(ERA) * rc2i * [CRS]
    *
    *              = RC2T * [CRS]
    *
    *     where [CRS] is a vector in the Geocentric Celestial Reference
    *     System and [TRS] is a vector in the International Terrestrial
    *     Reference System (see IERS Conventions 2003), ERA is the Earth
    *     Rotation Angle and RPOM is the polar motion matrix.
    *</ol>
    *<p>Called:<ul>
    *     <li>{@link #jauIr} initialize r-matrix to identity
    *     <li>{@link #jauRz} rotate around Z-axis
    *     <li>{@link #jauRy} rotate around Y-axis
    * </ul>
    *<p>Reference:
    *
    *     <p>McCarthy, D. D., Petit, G. (eds.), IERS Conventions (2003),
    *     IERS Technical Note No. 32, BKG (2004)
    *
    *@version 2008 May 11
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    @Differentiable
    public static double[][] jauC2ixys(double x, double y, double s)
    {
       double r2, e, d;
       double rc2i[][] = new double[3][3];

    /* Obtain the spherical angles E and d. */
       r2 = x*x + y*y;
       e = (r2 > 0.0) ? atan2(y, x) : 0.0;
       d = atan(sqrt(r2 / (1.0 - r2)));

    /* Form the matrix. */
       jauIr(rc2i);
       jauRz(e, rc2i);
       jauRy(d, rc2i);
       jauRz(-(e+s), rc2i);

       return rc2i;

        }
    
    /**
    *  P-vector to spherical coordinates.
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  vector/matrix support function.
    *
    *<!-- Given: -->
    *     @param p       double[3]     p-vector
    *
    *<!-- Returned: -->
    *     @return theta   double         <u>returned</u> longitude angle (radians)
    *             phi     double         <u>returned</u> latitude angle (radians)
    *
    * <p>Notes:
    * <ol>
    *
    * <li> The vector p can have any magnitude; only its direction is used.
    *
    * <li> If p is null, zero theta and phi are returned.
    *
    * <li> At either pole, zero theta is returned.
    *</ol>
    *@version 2008 May 11
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    public static SphericalCoordinate jauC2s(double p[])
    {
       double x, y, z, d2;

       x  = p[0];
       y  = p[1];
       z  = p[2];
       d2 = x*x + y*y;

       double theta = (d2 == 0.0) ? 0.0 : atan2(y, x);
       double phi = (z == 0.0) ? 0.0 : atan2(z, sqrt(d2));

       return new SphericalCoordinate(theta, phi);

        }

    /**
    *  Assemble the celestial to terrestrial matrix from CIO-based
    *  components (the celestial-to-intermediate matrix, the Earth Rotation
    *  Angle and the polar motion matrix).
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  support function.
    *
    *<!-- Given: -->
    *     @param rc2i      double[3][3]     celestial-to-intermediate matrix
    *     @param era       double           Earth rotation angle (radians)
    *     @param rpom      double[3][3]     polar-motion matrix
    *
    *<!-- Returned: -->
    *     @return rc2t      double[3][3]      <u>returned</u> celestial-to-terrestrial matrix
    *
    * <p>Notes:
    * <ol>
    *
    * <li> This function constructs the rotation matrix that transforms
    *     vectors in the celestial system into vectors in the terrestrial
    *     system.  It does so starting from precomputed components, namely
    *     the matrix which rotates from celestial coordinates to the
    *     intermediate frame, the Earth rotation angle and the polar motion
    *     matrix.  One use of the present function is when generating a
    *     series of celestial-to-terrestrial matrices where only the Earth
    *     Rotation Angle changes, avoiding the considerable overhead of
    *     recomputing the precession-nutation more often than necessary to
    *     achieve given accuracy objectives.
    *
    * <li> The relationship between the arguments is as follows:
    *
    *        [TRS] = RPOM * R_3(ERA) * rc2i * [CRS]
    *
    *              = rc2t * [CRS]
    *
    *     where [CRS] is a vector in the Geocentric Celestial Reference
    *     System and [TRS] is a vector in the International Terrestrial
    *     Reference System (see IERS Conventions 2003).
    *</ol>
    *<p>Called:<ul>
    *     <li>{@link #jauCr} copy r-matrix
    *     <li>{@link #jauRz} rotate around Z-axis
    *     <li>{@link #jauRxr} product of two r-matrices
    * </ul>
    *<p>Reference:
    *
    *     <p>McCarthy, D. D., Petit, G. (eds.), 2004, IERS Conventions (2003),
    *     IERS Technical Note No. 32, BKG
    *
    *@version 2008 May 11
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    @Differentiable
    public static double[][] jauC2tcio(final double rc2i[][], final double era, final double rpom[][])
    {
       double r[][] = new double[3][3];

    /* Construct the matrix. */
       jauCr(rc2i, r);
       jauRz(era, r);
       double[][] rc2t = jauRxr(rpom, r);

       return rc2t;

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
    *  Equation of the origins, given the classical NPB matrix and the
    *  quantity s.
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  support function.
    *
    *<!-- Given: -->
    *     @param rnpb   double[3][3]   classical nutation x precession x bias matrix
    *     @param s      double         the quantity s (the CIO locator) in radians
    *
    * <!-- Returned (function value): -->
    *  @return double        the equation of the origins in radians.
    *
    * <p>Notes:
    * <ol>
    *
    * <li>  The equation of the origins is the distance between the true
    *      equinox and the celestial intermediate origin and, equivalently,
    *      the difference between Earth rotation angle and Greenwich
    *      apparent sidereal time (ERA-GST).  It comprises the precession
    *      (since J2000.0) in right ascension plus the equation of the
    *      equinoxes (including the small correction terms).
    *
    * <li>  The algorithm is from Wallace &amp; Capitaine (2006).
    *</ol>
    * References:
    *
    *    <p>Capitaine, N. &amp; Wallace, P.T., 2006, Astron.Astrophys. 450, 855
    *
    *    <p>Wallace, P. &amp; Capitaine, N., 2006, Astron.Astrophys. 459, 981
    *
    *@version 2008 May 26
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    @Differentiable
    public static double jauEors(double rnpb[][], double s)
    {
       double x, ax, xs, ys, zs, p, q, eo;

    /* Evaluate Wallace &amp; Capitaine (2006) expression (16). */
       x = rnpb[2][0];
       ax = x / (1.0 + rnpb[2][2]);
       xs = 1.0 - ax * x;
       ys = -ax * rnpb[2][1];
       zs = -x;
       p = rnpb[0][0] * xs + rnpb[0][1] * ys + rnpb[0][2] * zs;
       q = rnpb[1][0] * xs + rnpb[1][1] * ys + rnpb[1][2] * zs;
       eo = ((p != 0) || (q != 0)) ? s - atan2(q, p) : s;

       return eo;

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
    *  Form rotation matrix given the Fukushima-Williams angles.
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  support function.
    *
    *<!-- Given: -->
    *     @param gamb      double          F-W angle gamma_bar (radians)
    *     @param phib      double          F-W angle phi_bar (radians)
    *     @param psi       double          F-W angle psi (radians)
    *     @param eps       double          F-W angle epsilon (radians)
    *
    *<!-- Returned: -->
    *     @return r         double[3][3]     <u>returned</u> rotation matrix
    *
    * <p>Notes:
    * <ol>
    *
    * <li> Naming the following points:
    *
    *           e = J2000.0 ecliptic pole,
    *           p = GCRS pole,
    *           E = ecliptic pole of date,
    *     and   P = CIP,
    *
    *     the four Fukushima-Williams angles are as follows:
    *
    *        gamb = gamma = epE
    *        phib = phi = pE
    *        psi = psi = pEP
    *        eps = epsilon = EP
    *
    * <li> The matrix representing the combined effects of frame bias,
    *     precession and nutation is:
    *
    *        NxPxB = R_1(-eps).R_3(-psi).R_1(phib).R_3(gamb)
    *
    * <li> Three different matrices can be constructed, depending on which angles are supplied as the arguments gamb,
    *      phib, psi and eps:
    *
    *     o  To obtain the nutation x precession x frame bias matrix,
    *        first generate the four precession angles known conventionally
    *        as gamma_bar, phi_bar, psi_bar and epsilon_A, then generate
    *        the nutation components Dpsi and Depsilon and add them to
    *        psi_bar and epsilon_A, and finally call the present function
    *        using those four angles as arguments.
    *
    *     o  To obtain the precession x frame bias matrix, generate the
    *        four precession angles and call the present function.
    *
    *     o  To obtain the frame bias matrix, generate the four precession
    *        angles for date J2000.0 and call the present function.
    *
    *     The nutation-only and precession-only matrices can if necessary
    *     be obtained by combining these three appropriately.
    *</ol>
    *<p>Called:<ul>
    *     <li>{@link #jauIr} initialize r-matrix to identity
    *     <li>{@link #jauRz} rotate around Z-axis
    *     <li>{@link #jauRx} rotate around X-axis
    * </ul>
    *<p>References:
    *
    *     Capitaine, N. &amp; Wallace, P.T., 2006, Astron.Astrophys. 450, 855
    *     Hilton, J. et al., 2006, Celest.Mech.Dyn.Astron. 94, 351
    *
    *@version 2020 November 13
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    @Differentiable
    public static double[][] jauFw2m(double gamb, double phib, double psi, double eps)
    {
    /* Construct the matrix. */
       double r[][] = new double[3][3];
       jauIr(r);
       jauRz(gamb, r);
       jauRx(phib, r);
       jauRz(-psi, r);
       jauRx(-eps, r);

       return r;

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
    @Differentiable
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
     * equinox based precession angles.
     *  .
     * @author Paul Harrison (paul.harrison@manchester.ac.uk) 21 Nov 2011
     * @version $Revision$ $date$
     */
    public static class PrecessionAngles {
        /** epsilon_0   obliquity at J2000.0. */
        public double eps0; 
        /** psi_A       luni-solar precession. */
        public double psia;
        /** omega_A     inclination of equator wrt J2000.0 ecliptic. */
        public  double oma;
        /** P_A         ecliptic pole x, J2000.0 ecliptic triad. */
        public  double bpa;
        /** Q_A         ecliptic pole -y, J2000.0 ecliptic triad. */
        public double bqa;
        /** pi_A        angle between moving and J2000.0 ecliptics. */
        public  double pia;
        /** Pi_A        longitude of ascending node of the ecliptic. */
        public  double bpia;
        /** epsilon_A   obliquity of the ecliptic. */
        public double epsa;
        /** chi_A       planetary precession. */
        public  double chia;
        /** z_A         equatorial precession: -3rd 323 Euler angle. */
        public  double za;
        /** zeta_A      equatorial precession: -1st 323 Euler angle. */
        public  double zetaa;
        /** theta_A     equatorial precession: 2nd 323 Euler angle. */
        public double thetaa;
        /** p_A         general precession. */
        public  double pa;
        /** gamma_J2000 J2000.0 RA difference of ecliptic poles. */
        public  double gam;
        /** phi_J2000   J2000.0 codeclination of ecliptic pole. */
        public  double phi;
        /** psi_J2000   longitude difference of equator poles, J2000.0. */
        public  double psi;

        public PrecessionAngles ( double eps0, double psia, double oma, double bpa,
                 double bqa, double pia, double bpia,
                 double epsa, double chia, double za, double zetaa,
                 double thetaa, double pa,
                 double gam, double phi, double psi){
            
            this.eps0 = eps0;
            this.psia = psia;
            this.oma = oma;
            this.bpa = bpa;
            this.bqa = bqa;
            this.pia = pia;
            this.bpia = bpia;
            this.epsa = epsa;
            this.chia = chia;
            this.za = za;
            this.zetaa = zetaa;
            this.thetaa = thetaa;
            this.pa = pa;
            this.gam = gam;
            this.phi = phi;
            this.psi = psi;
        }
    }
    /**
    *  Precession angles, IAU 2006, equinox based.
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  canonical models.
    *
    *<!-- Given: -->
    *     @param date1 double TT as a 2-part Julian Date (Note 1)
    *     @param date2 double TT as a 2-part Julian Date (Note 1)
    *
    *  @return (see Note 2):
    *     eps0          double   epsilon_0
    *     psia          double   psi_A
    *     oma           double   omega_A
    *     bpa           double   P_A
    *     bqa           double   Q_A
    *     pia           double   pi_A
    *     bpia          double   Pi_A
    *     epsa          double   obliquity epsilon_A
    *     chia          double   chi_A
    *     za            double   z_A
    *     zetaa         double   zeta_A
    *     thetaa        double   theta_A
    *     pa            double   p_A
    *     gam           double   F-W angle gamma_J2000
    *     phi           double   F-W angle phi_J2000
    *     psi           double   F-W angle psi_J2000
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
    * <li> This function returns the set of equinox based angles for the
    *     Capitaine et al. "P03" precession theory, adopted by the IAU in
    *     2006.  The angles are set out in Table 1 of Hilton et al. (2006):
    *
    *     eps0   epsilon_0   obliquity at J2000.0
    *     psia   psi_A       luni-solar precession
    *     oma    omega_A     inclination of equator wrt J2000.0 ecliptic
    *     bpa    P_A         ecliptic pole x, J2000.0 ecliptic triad
    *     bqa    Q_A         ecliptic pole -y, J2000.0 ecliptic triad
    *     pia    pi_A        angle between moving and J2000.0 ecliptics
    *     bpia   Pi_A        longitude of ascending node of the ecliptic
    *     epsa   epsilon_A   obliquity of the ecliptic
    *     chia   chi_A       planetary precession
    *     za     z_A         equatorial precession: -3rd 323 Euler angle
    *     zetaa  zeta_A      equatorial precession: -1st 323 Euler angle
    *     thetaa theta_A     equatorial precession: 2nd 323 Euler angle
    *     pa     p_A         general precession (see note below)
    *     gam    gamma_J2000 J2000.0 RA difference of ecliptic poles
    *     phi    phi_J2000   J2000.0 codeclination of ecliptic pole
    *     psi    psi_J2000   longitude difference of equator poles, J2000.0
    *
    *     The returned values are all radians.
    *     
    *  <li>Note that the t^5 coefficient in the series for p_A from
    *   Capitaine et al. (2003) is incorrectly signed in Hilton et al. (2006).
    *
    * <li> Hilton et al. (2006) Table 1 also contains angles that depend on
    *     models distinct from the P03 precession theory itself, namely the
    *     IAU 2000A frame bias and nutation.  The quoted polynomials are
    *     used in other JSOFA functions:
    *
    *     . jauXy06  contains the polynomial parts of the X and Y series.
    *
    *     . jauS06  contains the polynomial part of the s+XY/2 series.
    *
    *     . jauPfw06  implements the series for the Fukushima-Williams
    *       angles that are with respect to the GCRS pole (i.e. the variants
    *       that include frame bias).
    *
    * <li> The IAU resolution stipulated that the choice of parameterization
    *     was left to the user, and so an IAU compliant precession
    *     implementation can be constructed using various combinations of
    *     the angles returned by the present function.
    *
    * <li> The parameterization used by JSOFA is the Fukushima-Williams angles
    *     referred directly to the GCRS pole.  These are the final four
    *     arguments returned by the present function, but are more
    *     efficiently calculated by calling the function jauPfw06.   JSOFA
    *     also supports the direct computation of the CIP GCRS X,Y by
    *     series, available by calling jauXy06.
    *
    * <li> The agreement between the different parameterizations is at the
    *     1 microarcsecond level in the present era.
    *
    * <li> When constructing a precession formulation that refers to the GCRS
    *     pole rather than the dynamical pole, it may (depending on the
    *     choice of angles) be necessary to introduce the frame bias
    *     explicitly.
    *
    * <li> It is permissible to re-use the same variable in the returned
    *     arguments.  The quantities are stored in the stated order.
    *</ol>
    *<p>References:<ol>
    *   <li> Capitaine, N., Wallace, P.T. &amp; Chapront, J., 2003, Astron.Astrophys., 412, 567
    *   <li> Hilton, J. et al., 2006, Celest.Mech.Dyn.Astron. 94, 351
    *</ol>
    *<p>Called:<ul>
    *     <li>{@link #jauObl06} mean obliquity, IAU 2006
    * </ul>
    *@version 2020 Nov 13
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    @Differentiable
    public static PrecessionAngles jauP06e(double date1, double date2)
    {
       double t;
       double eps0,  psia,  oma,  bpa,
        bqa,  pia,  bpia,
        epsa,  chia,  za,  zetaa,
        thetaa,  pa,
        gam,  phi,  psi;

    /* Interval between fundamental date J2000.0 and given date (JC). */
       t = ((date1 - DJ00) + date2) / DJC;

    /* Obliquity at J2000.0. */

       eps0 = 84381.406 * DAS2R;

    /* Luni-solar precession. */

       psia = ( 5038.481507     +
               (   -1.0790069    +
               (   -0.00114045   +
               (    0.000132851  +
               (   -0.0000000951 )
               * t) * t) * t) * t) * t * DAS2R;

    /* Inclination of mean equator with respect to the J2000.0 ecliptic. */

       oma = eps0 + ( -0.025754     +
                      (  0.0512623    +
                      ( -0.00772503   +
                      ( -0.000000467  +
                      (  0.0000003337 )
                      * t) * t) * t) * t) * t * DAS2R;

    /* Ecliptic pole x, J2000.0 ecliptic triad. */

       bpa = (  4.199094     +
              (  0.1939873    +
              ( -0.00022466   +
              ( -0.000000912  +
              (  0.0000000120 )
              * t) * t) * t) * t) * t * DAS2R;

    /* Ecliptic pole -y, J2000.0 ecliptic triad. */

       bqa = ( -46.811015     +
              (   0.0510283    +
              (   0.00052413   +
              (  -0.000000646  +
              (  -0.0000000172 )
              * t) * t) * t) * t) * t * DAS2R;

    /* Angle between moving and J2000.0 ecliptics. */

       pia = ( 46.998973     +
              ( -0.0334926    +
              ( -0.00012559   +
              (  0.000000113  +
              ( -0.0000000022 )
              * t) * t) * t) * t) * t * DAS2R;

    /* Longitude of ascending node of the moving ecliptic. */

       bpia = ( 629546.7936      +
               (   -867.95758     +
               (      0.157992    +
               (     -0.0005371   +
               (     -0.00004797  +
               (      0.000000072 )
               * t) * t) * t) * t) * t) * DAS2R;

    /* Mean obliquity of the ecliptic. */

       epsa = jauObl06(date1, date2);

    /* Planetary precession. */

       chia = ( 10.556403     +
               ( -2.3814292    +
               ( -0.00121197   +
               (  0.000170663  +
               ( -0.0000000560 )
               * t) * t) * t) * t) * t * DAS2R;

    /* Equatorial precession: minus the third of the 323 Euler angles. */

       za = (   -2.650545     +
             ( 2306.077181     +
             (    1.0927348    +
             (    0.01826837   +
             (   -0.000028596  +
             (   -0.0000002904 )
             * t) * t) * t) * t) * t) * DAS2R;

    /* Equatorial precession: minus the first of the 323 Euler angles. */

       zetaa = (    2.650545     +
                ( 2306.083227     +
                (    0.2988499    +
                (    0.01801828   +
                (   -0.000005971  +
                (   -0.0000003173 )
                * t) * t) * t) * t) * t) * DAS2R;

    /* Equatorial precession: second of the 323 Euler angles. */

       thetaa = ( 2004.191903     +
                 (   -0.4294934    +
                 (   -0.04182264   +
                 (   -0.000007089  +
                 (   -0.0000001274 )
                 * t) * t) * t) * t) * t * DAS2R;

    /* General precession. */

       pa = ( 5028.796195     +
             (    1.1054348    +
             (    0.00007964   +
             (   -0.000023857  +
             (   -0.0000000383 )
             * t) * t) * t) * t) * t * DAS2R;

    /* Fukushima-Williams angles for precession. */

       gam = ( 10.556403     +
              (  0.4932044    +
              ( -0.00031238   +
              ( -0.000002788  +
              (  0.0000000260 )
              * t) * t) * t) * t) * t * DAS2R;

       phi = eps0 + ( -46.811015     +
                      (   0.0511269    +
                      (   0.00053289   +
                      (  -0.000000440  +
                      (  -0.0000000176 )
                      * t) * t) * t) * t) * t * DAS2R;

       psi = ( 5038.481507     +
              (    1.5584176    +
              (   -0.00018522   +
              (   -0.000026452  +
              (   -0.0000000148 )
              * t) * t) * t) * t) * t * DAS2R;

       return new PrecessionAngles(eps0, psia, oma, bpa, bqa, pia, bpia, epsa, chia, za, zetaa, thetaa, pa, gam, phi, psi);

        }

    /**
    *  This function forms three Euler angles which implement general
    *  precession from epoch J2000.0, using the IAU 2006 model.  Frame
    *  bias (the offset between ICRS and mean J2000.0) is included.
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  support function.
    *
    *<!-- Given: -->
    *     @param date1 double TT as a 2-part Julian Date (Note 1)
    *     @param date2 double TT as a 2-part Julian Date (Note 1)
    *
    *<!-- Returned: -->
    *     @return bzeta          1st rotation: radians cw around z,
    *                            3rd rotation: radians cw around z,
    *                            2nd rotation: radians ccw around y.
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
    * <li> The traditional accumulated precession angles zeta_A, z_A,
    *     theta_A cannot be obtained in the usual way, namely through
    *     polynomial expressions, because of the frame bias.  The latter
    *     means that two of the angles undergo rapid changes near this
    *     date.  They are instead the results of decomposing the
    *     precession-bias matrix obtained by using the Fukushima-Williams
    *     method, which does not suffer from the problem.  The
    *     decomposition returns values which can be used in the
    *     conventional formulation and which include frame bias.
    *
    * <li> The three angles are returned in the conventional order, which
    *     is not the same as the order of the corresponding Euler
    *     rotations.  The precession-bias matrix is
    *     R_3(-z) x R_2(+theta) x R_3(-zeta).
    *
    * <li> Should zeta_A, z_A, theta_A angles be required that do not
    *     contain frame bias, they are available by calling the JSOFA
    *     function jauP06e.
    *</ol>
    *<p>Called:<ul>
    *     <li>{@link #jauPmat06} PB matrix, IAU 2006
    *     <li>{@link #jauRz} rotate around Z-axis
    * </ul>
    *@version 2008 May 26
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    @Differentiable
    public static EulerAngles jauPb06(double date1, double date2)
    {
        double r[][] = new double[3][3], y, x;

        /* Precession matrix via Fukushima-Williams angles. */
        r = jauPmat06(date1, date2);

        /* Solve for z, choosing the +/- pi alternative. */
        y = r[1][2];
        x = -r[0][2];
        if ( x < 0.0 ) {
            y = -y;
            x = -x;
        }
        double bz = ( x != 0.0 || y != 0.0 ) ? - atan2(y,x) : 0.0;

        /* Derotate it out of the matrix. */
        jauRz ( bz, r );

        /* Solve for the remaining two angles. */
        y = r[0][2];
        x = r[2][2];
        double btheta = ( x != 0.0 || y != 0.0 ) ? - atan2(y,x) : 0.0;

        y = -r[1][0];
        x = r[1][1];
        double bzeta = ( x != 0.0 || y != 0.0 ) ? - atan2(y,x) : 0.0;

        return new EulerAngles(bzeta, bz, btheta);

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
    @Differentiable
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
    *  Precession matrix (including frame bias) from GCRS to a specified
    *  date, IAU 2006 model.
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  support function.
    *
    *<!-- Given: -->
    *     @param date1 double TT as a 2-part Julian Date (Note 1)
    *     @param date2 double TT as a 2-part Julian Date (Note 1)
    *
    *<!-- Returned: -->
    *     @return rbp           double[3][3]      <u>returned</u> bias-precession matrix (Note 2)
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
    * <li> The matrix operates in the sense V(date) = rbp * V(GCRS), where
    *     the p-vector V(GCRS) is with respect to the Geocentric Celestial
    *     Reference System (IAU, 2000) and the p-vector V(date) is with
    *     respect to the mean equatorial triad of the given date.
    *</ol>
    *<p>Called:<ul>
    *     <li>{@link #jauPfw06} bias-precession F-W angles, IAU 2006
    *     <li>{@link #jauFw2m} F-W angles to r-matrix
    * </ul>
    *<p>References:
    *
    *    <p>Capitaine, N. &amp; Wallace, P.T., 2006, Astron.Astrophys. 450, 855
    *
    *    <p>Wallace, P.T. &amp; Capitaine, N., 2006, Astron.Astrophys. 459, 981
    *    
    *    <p>IAU: Trans. International Astronomical Union, Vol. XXIVB;  Proc. 24th General Assembly, Manchester, UK.  Resolutions B1.3, B1.6.(2000)
    *
    *@version 2009 December 21
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    @Differentiable
    public static double[][] jauPmat06(double date1, double date2)
    {

    /* Bias-precession Fukushima-Williams angles. */
       FWPrecessionAngles fw = jauPfw06(date1, date2);

    /* Form the matrix. */
       double[][] rbp = jauFw2m(fw.gamb, fw.phib, fw.psib, fw.epsa );

       return rbp;

        }

    /**
    *  Precession matrix from J2000.0 to a specified date, IAU 1976 model.
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  support function.
    *
    *<!-- Given: -->
    *     @param date1 double        ending date, TT (Note 1)
    *     @param date2 double        ending date, TT (Note 1) 
    *
    *<!-- Returned: -->
    *     @return rmatp        double[3][3]   <u>returned</u> precession matrix, J2000.0 -&gt; date1+date2
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
    * <li> The matrix operates in the sense V(date) = RMATP * V(J2000),
    *     where the p-vector V(J2000) is with respect to the mean
    *     equatorial triad of epoch J2000.0 and the p-vector V(date)
    *     is with respect to the mean equatorial triad of the given
    *     date.
    *
    * <li> Though the matrix method itself is rigorous, the precession
    *     angles are expressed through canonical polynomials which are
    *     valid only for a limited time span.  In addition, the IAU 1976
    *     precession rate is known to be imperfect.  The absolute accuracy
    *     of the present formulation is better than 0.1 arcsec from
    *     1960AD to 2040AD, better than 1 arcsec from 1640AD to 2360AD,
    *     and remains below 3 arcsec for the whole of the period
    *     500BC to 3000AD.  The errors exceed 10 arcsec outside the
    *     range 1200BC to 3900AD, exceed 100 arcsec outside 4200BC to
    *     5600AD and exceed 1000 arcsec outside 6800BC to 8200AD.
    *</ol>
    *<p>Called:<ul>
    *     <li>{@link #jauPrec76} accumulated precession angles, IAU 1976
    *     <li>{@link #jauIr} initialize r-matrix to identity
    *     <li>{@link #jauRz} rotate around Z-axis
    *     <li>{@link #jauRy} rotate around Y-axis
    *     <li>{@link #jauCr} copy r-matrix
    * </ul>
    *<p>References:
    *
    *     <p>Lieske, J.H., 1979, Astron.Astrophys. 73, 282.
    *      equations (6) &amp; (7), p283.
    *
    *     Kaplan,G.H., 1981. USNO circular no. 163, pA2.
    *
    *@version 2009 December 18
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    @Differentiable
    public static double[][] jauPmat76(double date1, double date2)
    {
       double wmat[][] = new double[3][3];
       double rmatp[][] = new double[3][3];

    /* Precession Euler angles, J2000.0 to specified date. */
       EulerAngles euler = jauPrec76(DJ00, 0.0, date1, date2);

    /* Form the rotation matrix. */
       jauIr(  wmat);
       jauRz( -euler.zeta, wmat);
       jauRy(  euler.theta, wmat);
       jauRz( -euler.z, wmat);
       jauCr(wmat, rmatp);

       return rmatp;

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
    *  Form the matrix of polar motion for a given date, IAU 2000.
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  support function.
    *
    *<!-- Given: -->
    *     @param xp double     coordinates of the pole (radians, Note 1)
    *     @param yp double     coordinates of the pole (radians, Note 1) 
    *     @param sp        double     the TIO locator s' (radians, Note 2)
    *
    *<!-- Returned: -->
    *     @return     double[3][3]     <u>returned</u> polar-motion matrix (Note 3)
    *
    * <p>Notes:
    * <ol>
    *
    * <li> The arguments xp and yp are the coordinates (in radians) of the
    *     Celestial Intermediate Pole with respect to the International
    *     Terrestrial Reference System (see IERS Conventions 2003),
    *     measured along the meridians 0 and 90 deg west respectively.
    *
    * <li> The argument sp is the TIO locator s', in radians, which
    *     positions the Terrestrial Intermediate Origin on the equator.  It
    *     is obtained from polar motion observations by numerical
    *     integration, and so is in essence unpredictable.  However, it is
    *     dominated by a secular drift of about 47 microarcseconds per
    *     century, and so can be taken into account by using s' = -47*t,
    *     where t is centuries since J2000.0.  The function jauSp00
    *     implements this approximation.
    *
    * <li> The matrix operates in the sense V(TRS) = rpom * V(CIP), meaning
    *     that it is the final rotation when computing the pointing
    *     direction to a celestial source.
    *</ol>
    *<p>Called:<ul>
    *     <li>{@link #jauIr} initialize r-matrix to identity
    *     <li>{@link #jauRz} rotate around Z-axis
    *     <li>{@link #jauRy} rotate around Y-axis
    *     <li>{@link #jauRx} rotate around X-axis
    * </ul>
    *<p>Reference:
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
    public static double[][] jauPom00(double xp, double yp, double sp)
    {

    /* Construct the matrix. */
       double rpom[][] = new double[3][3];
       jauIr(rpom);
       jauRz(sp, rpom);
       jauRy(-xp, rpom);
       jauRx(-yp, rpom);

       return rpom;

        }
    
    /**
     * Euler Angles.
     * @author Paul Harrison (paul.harrison@manchester.ac.uk) 4 Feb 2010
     * 
     * @since AIDA Stage 1
     */
    public static class EulerAngles {
        /** 1st rotation: radians cw around z */
        public double zeta;
        /** 3rd rotation: radians cw around z */
        public double z;
        /** 2nd rotation: radians ccw around y */
        public double theta;
        public EulerAngles(double zeta, double z, double theta){
            this.zeta = zeta;
            this.z = z;
            this.theta = theta;
        }
    }
                   
    /**
    *  IAU 1976 precession model.
    *
    *  This function forms the three Euler angles which implement general
    *  precession between two epochs, using the IAU 1976 model (as for
    *  the FK5 catalog).
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  canonical model.
    *
    *<!-- Given: -->
    *     @param ep01 double     TDB starting epoch (Note 1)
    *     @param ep02 double     TDB starting epoch (Note 1) 
    *     @param ep11 double     TDB ending epoch (Note 1)
    *     @param ep12 double     TDB ending epoch (Note 1) 
    *
    *<!-- Returned: -->
    *     @param zeta         double      <u>returned</u> 1st rotation: radians cw around z
    *     @param z            double      <u>returned</u> 3rd rotation: radians cw around z
    *     @param theta        double      <u>returned</u> 2nd rotation: radians ccw around y
    *
    * <p>Notes:
    * <ol>
    *
    * <li> The epochs ep01+ep02 and ep11+ep12 are Julian Dates, apportioned
    *     in any convenient way between the arguments epn1 and epn2.  For
    *     example, JD(TDB)=2450123.7 could be expressed in any of these
    *     ways, among others:
    *
    *             epn1          epn2
    *
    *         2450123.7           0.0       (JD method)
    *         2451545.0       -1421.3       (J2000 method)
    *         2400000.5       50123.2       (MJD method)
    *         2450123.5           0.2       (date &amp; time method)
    *</pre>
    *     The JD method is the most natural and convenient to use in cases
    *     where the loss of several decimal digits of resolution is
    *     acceptable.  The J2000 method is best matched to the way the
    *     argument is handled internally and will deliver the optimum
    *     optimum resolution.  The MJD method and the date &amp; time methods
    *     are both good compromises between resolution and convenience.
    *     The two epochs may be expressed using different methods, but at
    *     the risk of losing some resolution.
    *
    * <li> The accumulated precession angles zeta, z, theta are expressed
    *     through canonical polynomials which are valid only for a limited
    *     time span.  In addition, the IAU 1976 precession rate is known to
    *     be imperfect.  The absolute accuracy of the present formulation
    *     is better than 0.1 arcsec from 1960AD to 2040AD, better than
    *     1 arcsec from 1640AD to 2360AD, and remains below 3 arcsec for
    *     the whole of the period 500BC to 3000AD.  The errors exceed
    *     10 arcsec outside the range 1200BC to 3900AD, exceed 100 arcsec
    *     outside 4200BC to 5600AD and exceed 1000 arcsec outside 6800BC to
    *     8200AD.
    *
    * <li> The three angles are returned in the conventional order, which
    *     is not the same as the order of the corresponding Euler
    *     rotations.  The precession matrix is
    *     R_3(-z) x R_2(+theta) x R_3(-zeta).
    *
    *<p>Reference:
    *
    *     <p>Lieske, J.H., 1979, Astron.Astrophys. 73, 282, equations
    *     (6) &amp; (7), p283.
    *
    *@version 2009 December 17
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    static EulerAngles jauPrec76(double ep01, double ep02, double ep11, double ep12)
    {
       double t0, t, tas2r, w;

    /* Interval between fundamental epoch J2000.0 and start epoch (JC). */
       t0 = ((ep01 - DJ00) + ep02) / DJC;

    /* Interval over which precession required (JC). */
       t = ((ep11 - ep01) + (ep12 - ep02)) / DJC;

    /* Euler angles. */
       tas2r = t * DAS2R;
       w = 2306.2181 + (1.39656 - 0.000139 * t0) * t0;

       double zeta = (w + ((0.30188 - 0.000344 * t0) + 0.017998 * t) * t) * tas2r;

       double z = (w + ((1.09468 + 0.000066 * t0) + 0.018203 * t) * t) * tas2r;

       double theta = ((2004.3109 + (-0.85330 - 0.000217 * t0) * t0)
              + ((-0.42665 - 0.000217 * t0) - 0.041833 * t) * t) * tas2r;

       return new EulerAngles(zeta, z, theta);

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
    *  Rotate an r-matrix about the y-axis.
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  vector/matrix support function.
    *
    *<!-- Given: -->
    *     @param theta   double           angle (radians)
    *
    *  Given and returned:
    *     @param r      double[3][3]   <u>given &amp; returned</u> r-matrix
    *
    *  Sign convention:  The matrix can be used to rotate the reference
    *  frame of a vector.  Calling This function with positive theta
    *  incorporates in the matrix an additional rotation, about the y-axis,
    *  anticlockwise as seen looking towards the origin from positive y.
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
    public static void jauRy(double theta, double r[][])
    {
       double s, c, a[][] = new double[3][3], w[][];

    /* Matrix representing new rotation. */
       s = sin(theta);
       c = cos(theta);
       jauIr(a);
       a[0][0] =  c;
       a[2][0] =  s;
       a[0][2] = -s;
       a[2][2] =  c;

    /* Rotate. */
       w = jauRxr(a, r);

    /* Return result. */
       jauCr(w, r);

       return;

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
    *  Convert spherical coordinates to Cartesian.
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  vector/matrix support function.
    *
    *<!-- Given: -->
    *     @param theta     double        longitude angle (radians)
    *     @param phi       double        latitude angle (radians)
    *
    *<!-- Returned: -->
    *     @return c         double[3]      <u>returned</u> direction cosines
    *
    *@version 2008 October 28
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    public static double[] jauS2c(double theta, double phi )
    {
       double cp, c[] = new double[3];

       cp = cos(phi);
       c[0] = cos(theta) * cp;
       c[1] = sin(theta) * cp;
       c[2] = sin(phi);

       return c;

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
     *  Transpose an r-matrix.
     *
     *<p>This function is derived from the International Astronomical Union's
     *  SOFA (Standards Of Fundamental Astronomy) software collection.
     *
     *<p>Status:  vector/matrix support function.
     *
     *<!-- Given: -->
     *     @param r         double[3][3]     r-matrix
     *
     *<!-- Returned: -->
     *     @return rt        double[3][3]      <u>returned</u> transpose
     *
     *  Note:
     *     It is permissible for r and rt to be the same array.
     *
     *<p>Called:<ul>
     *     <li>{@link #jauCr} copy r-matrix
     * </ul>
     *@version 2008 May 22
     *
     *  @since Release 20101201
     *
     *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
     */
    public static double[][] jauTr(double r[][])
    {
        double wm[][]= new double[3][3];
        int i, j;

        for (i = 0; i < 3; i++) {
            for (j = 0; j < 3; j++) {
                wm[i][j] = r[j][i];
            }
        }

        return wm;

    }

    /**
     *  Multiply a p-vector by the transpose of an r-matrix.
     *
     *<p>This function is derived from the International Astronomical Union's
     *  SOFA (Standards Of Fundamental Astronomy) software collection.
     *
     *<p>Status:  vector/matrix support function.
     *
     *<!-- Given: -->
     *     @param r         double[3][3]    r-matrix
     *     @param p         double[3]       p-vector
     *
     *<!-- Returned: -->
     *     @return trp       double[3]        <u>returned</u> r * p
     *
     *  Note:
     *     It is permissible for p and trp to be the same array.
     *
     *<p>Called:<ul>
     *     <li>{@link #jauTr} transpose r-matrix
    *     <li>{@link #jauRxp} product of r-matrix and p-vector
    * </ul>
    *@version 2008 October 28
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    public static double[] jauTrxp(double r[][], double p[]  )
    {
       double tr[][];
       double trp[];

    /* Transpose of matrix r. */
       tr = jauTr(r);

    /* Matrix tr * vector p -> vector trp. */
       trp = jauRxp(tr, p);

       return trp;

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

    /**
    *  Transformation from Galactic Coordinates to ICRS.
    *
    *  This function is derived from the International Astronomical Union's
    *  SOFA (Standards of Fundamental Astronomy) software collection.
    *
    *  <p>Status:  support routine.
    *
    *  @param   dl     double      galactic longitude (radians)
    *  @param   db     double      galactic latitude (radians)
    *
    *  @return co ICRS right ascension, declination.
    *
    *  <p>Notes:<ol>
    *
    *  <li> The IAU 1958 system of Galactic coordinates was defined with
    *     respect to the now obsolete reference system FK4 B1950.0.  When
    *     interpreting the system in a modern context, several factors have
    *     to be taken into account:<ul>
    *
    *     <li> The inclusion in FK4 positions of the E-terms of aberration.
    *
    *     <li> The distortion of the FK4 proper motion system by differential
    *       Galactic rotation.
    *
    *     <li> The use of the B1950.0 equinox rather than the now-standard
    *       J2000.0.
    *
    *     <li> The frame bias between ICRS and the J2000.0 mean place system.
    *  </ul>
    *     The Hipparcos Catalogue (Perryman &amp; ESA 1997) provides a rotation
    *     matrix that transforms directly between ICRS and Galactic
    *     coordinates with the above factors taken into account.  The
    *     matrix is derived from three angles, namely the ICRS coordinates
    *     of the Galactic pole and the longitude of the ascending node of
    *     the galactic equator on the ICRS equator.  They are given in
    *     degrees to five decimal places and for canonical purposes are
    *     regarded as exact.  In the Hipparcos Catalogue the matrix
    *     elements are given to 10 decimal places (about 20 microarcsec).
    *     In the present SOFA function the matrix elements have been
    *     recomputed from the canonical three angles and are given to 30
    *     decimal places.
    *
    *  <li> The inverse transformation is performed by the function jauIcrs2g.
    *  </ol>
    *
    *  Reference:
    *     Perryman M.A.C. &amp; ESA, 1997, ESA SP-1200, The Hipparcos and Tycho
    *     catalogues.  Astrometric and photometric star catalogues
    *     derived from the ESA Hipparcos Space Astrometry Mission.  ESA
    *     Publications Division, Noordwijk, Netherlands.
    *
    *  @version  2015 March 02
    * 
    *
    *  @since JSOFA release 20150209
    *
    */
    @Differentiable
    public static SphericalCoordinate jauG2icrs ( double dl, double db)
    {
       double v1[], v2[];

    /*
    *  L2,B2 system of galactic coordinates in the form presented in the
    *  Hipparcos Catalogue.  In degrees:
    *
    *  P = 192.85948    right ascension of the Galactic north pole in ICRS
    *  Q =  27.12825    declination of the Galactic north pole in ICRS
    *  R =  32.93192    Galactic longitude of the ascending node of
    *                   the Galactic equator on the ICRS equator
    *
    *  ICRS to galactic rotation matrix, obtained by computing
    *  R_3(-R) R_1(pi/2-Q) R_3(pi/2+P) to the full precision shown:
    */
       double r[][]  = new double[][]{ { -0.054875560416215368492398900454,
                            -0.873437090234885048760383168409,
                            -0.483835015548713226831774175116 },
                          { +0.494109427875583673525222371358,
                            -0.444829629960011178146614061616,
                            +0.746982244497218890527388004556 },
                          { -0.867666149019004701181616534570,
                            -0.198076373431201528180486091412,
                            +0.455983776175066922272100478348 } };

    /* Spherical to Cartesian. */
       v1 = jauS2c(dl, db);

    /* Galactic to ICRS. */
       v2 = jauTrxp(r, v1);

    /* Cartesian to spherical. */
       SphericalCoordinate co = jauC2s(v2);

    /* Express in conventional ranges. */
       co.alpha = jauAnp(co.alpha);
       co.delta = jauAnpm(co.delta);

    /* Finished. */
      return co;
    }

    /**
    *  Transformation from ICRS to Galactic Coordinates.
    *
    *  This function is derived from the International Astronomical Union's
    *  SOFA (Standards of Fundamental Astronomy) software collection.
    *
    *  <p>Status:  support routine.
    *
    *     @param dr     double      ICRS right ascension (radians)
    *     @param dd     double      ICRS declination (radians)
    *
    *  @return co galactic longitude (radians), galactic latitude (radians)
    *
    *  <p>Notes:<ol>
    *
    *  <li> The IAU 1958 system of Galactic coordinates was defined with
    *     respect to the now obsolete reference system FK4 B1950.0.  When
    *     interpreting the system in a modern context, several factors have
    *     to be taken into account:<ul>
    *
    *     <li> The inclusion in FK4 positions of the E-terms of aberration.
    *
    *     <li> The distortion of the FK4 proper motion system by differential
    *       Galactic rotation.
    *
    *     <li> The use of the B1950.0 equinox rather than the now-standard
    *       J2000.0.
    *
    *     <li> The frame bias between ICRS and the J2000.0 mean place system.
    *     </ul>
    *     The Hipparcos Catalogue (Perryman &amp; ESA 1997) provides a rotation
    *     matrix that transforms directly between ICRS and Galactic
    *     coordinates with the above factors taken into account.  The
    *     matrix is derived from three angles, namely the ICRS coordinates
    *     of the Galactic pole and the longitude of the ascending node of
    *     the galactic equator on the ICRS equator.  They are given in
    *     degrees to five decimal places and for canonical purposes are
    *     regarded as exact.  In the Hipparcos Catalogue the matrix
    *     elements are given to 10 decimal places (about 20 microarcsec).
    *     In the present SOFA function the matrix elements have been
    *     recomputed from the canonical three angles and are given to 30
    *     decimal places.
    *
    *  <li> The inverse transformation is performed by the function iauG2icrs.
    *  </ol>
    *  Reference:
    *     Perryman M.A.C. &amp; ESA, 1997, ESA SP-1200, The Hipparcos and Tycho
    *     catalogues.  Astrometric and photometric star catalogues
    *     derived from the ESA Hipparcos Space Astrometry Mission.  ESA
    *     Publications Division, Noordwijk, Netherlands.
    *
    *  @version   2015 January 20
    *
    *  @since JSOFA release 20150209
    *
    */
    @Differentiable
    public static SphericalCoordinate jauIcrs2g ( double dr, double dd )
    {
       double v1[], v2[];

    /*
    *  L2,B2 system of galactic coordinates in the form presented in the
    *  Hipparcos Catalogue.  In degrees:
    *
    *  P = 192.85948    right ascension of the Galactic north pole in ICRS
    *  Q =  27.12825    declination of the Galactic north pole in ICRS
    *  R =  32.93192    longitude of the ascending node of the Galactic
    *                   plane on the ICRS equator
    *
    *  ICRS to galactic rotation matrix, obtained by computing
    *  R_3(-R) R_1(pi/2-Q) R_3(pi/2+P) to the full precision shown:
    */
       double r[][] = new double[][] { { -0.054875560416215368492398900454,
                            -0.873437090234885048760383168409,
                            -0.483835015548713226831774175116 },
                          { +0.494109427875583673525222371358,
                            -0.444829629960011178146614061616,
                            +0.746982244497218890527388004556 },
                          { -0.867666149019004701181616534570,
                            -0.198076373431201528180486091412,
                            +0.455983776175066922272100478348 } };

    /* Spherical to Cartesian. */
       v1 = jauS2c(dr, dd);

    /* ICRS to Galactic. */
       v2 = jauRxp(r, v1);

    /* Cartesian to spherical. */
       SphericalCoordinate co = jauC2s(v2);

    /* Express in conventional ranges. */
       co.alpha = jauAnp(co.alpha);
       co.delta = jauAnpm(co.delta);
       return co;
    }

// 2016-05-03 additions below    
    
    /**
    *
    *  Transformation from ecliptic coordinates (mean equinox and ecliptic
    *  of date) to ICRS RA,Dec, using the IAU 2006 precession model.
    *
    * <p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards of Fundamental Astronomy) software collection.
    *
    *  <p>Status:  support function.
    *
    *  <!-- Given: -->
    *     @param date1 double TT as a 2-part Julian date (Note 1)
    *     @param date2 double TT as a 2-part Julian date (Note 1) 
    *     @param dl double ecliptic longitude and latitude (radians)
    *     @param db double ecliptic longitude and latitude (radians) 
    *
    * <!-- Returned: -->
    *     @return      double ICRS right ascension and declination (radians)
    *
    *<ol>
    *  <li> The TT date date1+date2 is a Julian Date, apportioned in any
    *     convenient way between the two arguments.  For example,
    *     JD(TT)=2450123.7 could be expressed in any of these ways,
    *     among others:
    *
    *            date1          date2
    *
    *         2450123.7           0.0       (JD method)
    *         2451545.0       -1421.3       (J2000 method)
    *         2400000.5       50123.2       (MJD method)
    *         2450123.5           0.2       (date &amp; time method)
    *
    *     The JD method is the most natural and convenient to use in
    *     cases where the loss of several decimal digits of resolution
    *     is acceptable.  The J2000 method is best matched to the way
    *     the argument is handled internally and will deliver the
    *     optimum resolution.  The MJD method and the date &amp; time methods
    *     are both good compromises between resolution and convenience.
    *
    *  <li> No assumptions are made about whether the coordinates represent
    *     starlight and embody astrometric effects such as parallax or
    *     aberration.
    *
    *  <li> The transformation is approximately that from ecliptic longitude
    *     and latitude (mean equinox and ecliptic of date) to mean J2000.0
    *     right ascension and declination, with only frame bias (always
    *     less than 25 mas) to disturb this classical picture.
    *</ol>
    *  Called: <ul>
    *     <li>{@link #jauS2c}       spherical coordinates to unit vector
    *     <li>{@link #jauEcm06}     J2000.0 to ecliptic rotation matrix, IAU 2006
    *     <li>{@link #jauTrxp}      product of transpose of r-matrix and p-vector
    *     <li>{@link #jauC2s}       unit vector to spherical coordinates
    *     <li>{@link #jauAnp}       normalize angle into range 0 to 2pi
    *     <li>{@link #jauAnpm}      normalize angle into range +/- pi
    *</ul>
    *
    *   @version  2016 February 9
    *
    *  @since JSOFA release 20160503
    *
    *  <!--Copyright (C) 2016 IAU SOFA Board.  See notes at end. -->
    */
    @Differentiable
    public static SphericalCoordinate jauEceq06(double date1, double date2, double dl, double db)
    {

    /* Spherical to Cartesian. */
       double v1[] = jauS2c(dl, db);

    /* Rotation matrix, ICRS equatorial to ecliptic. */
       double rm[][] = jauEcm06(date1, date2);

    /* The transformation from ecliptic to ICRS. */
       double v2[] = jauTrxp(rm, v1);

    /* Cartesian to spherical. */
       SphericalCoordinate co = jauC2s(v2);

    /* Express in conventional ranges. */
       co.alpha = jauAnp(co.alpha);
       co.delta = jauAnpm(co.delta);

       return co;
    }

    /**
    *
    *  ICRS equatorial to ecliptic rotation matrix, IAU 2006.
    *
    * <p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards of Fundamental Astronomy) software collection.
    *
    *  <p>Status:  support function.
    *
    *  <!-- Given: -->
    *    @param date1 double         TT as a 2-part Julian date (Note 1)
    *    @param date2 double         TT as a 2-part Julian date (Note 1) 
    *
    * <!-- Returned: -->
    *     @return          double[3][3]   ICRS to ecliptic rotation matrix
    *
    *  <p>Notes: <ol>
    *
    *  <li> The TT date date1+date2 is a Julian Date, apportioned in any
    *     convenient way between the two arguments.  For example,
    *     JD(TT)=2450123.7 could be expressed in any of these ways,
    *     among others:
    *
    *            date1          date2
    *
    *         2450123.7           0.0       (JD method)
    *         2451545.0       -1421.3       (J2000 method)
    *         2400000.5       50123.2       (MJD method)
    *         2450123.5           0.2       (date &amp; time method)
    *
    *     The JD method is the most natural and convenient to use in
    *     cases where the loss of several decimal digits of resolution
    *     is acceptable.  The J2000 method is best matched to the way
    *     the argument is handled internally and will deliver the
    *     optimum resolution.  The MJD method and the date &amp; time methods
    *     are both good compromises between resolution and convenience.
    *
    *  <li> The matrix is in the sense
    *
    *        E_ep = rm x P_ICRS,
    *
    *     where P_ICRS is a vector with respect to ICRS right ascension
    *     and declination axes and E_ep is the same vector with respect to
    *     the (inertial) ecliptic and equinox of date.
    *
    *  <li> P_ICRS is a free vector, merely a direction, typically of unit
    *     magnitude, and not bound to any particular spatial origin, such
    *     as the Earth, Sun or SSB.  No assumptions are made about whether
    *     it represents starlight and embodies astrometric effects such as
    *     parallax or aberration.  The transformation is approximately that
    *     between mean J2000.0 right ascension and declination and ecliptic
    *     longitude and latitude, with only frame bias (always less than
    *     25 mas) to disturb this classical picture.
    *  </ol>
    *  Called: <ul>
    *     <li>{@link #jauObl06}     mean obliquity, IAU 2006
    *     <li>{@link #jauPmat06}    PB matrix, IAU 2006
    *     <li>{@link #jauIr}        initialize r-matrix to identity
    *     <li>{@link #jauRx}        rotate around X-axis
    *     <li>{@link #jauRxr}       product of two r-matrices
    *</ul>
    *
    *   @version  2015 December 11
    *
    *  @since JSOFA release 20160503
    *
    *  <!--Copyright (C) 2016 IAU SOFA Board.  See notes at end. -->
    */
    public static double[][] jauEcm06(double date1, double date2)
    {
       double ob, e[][] = new double[3][3];

    /* Obliquity, IAU 2006. */
       ob = jauObl06(date1, date2);

    /* Precession-bias matrix, IAU 2006. */
       double bp[][] = jauPmat06(date1, date2);

    /* Equatorial of date to ecliptic matrix. */
       jauIr(e);
       jauRx(ob, e);

    /* ICRS to ecliptic coordinates rotation matrix, IAU 2006. */
       return jauRxr(e, bp);

    }

    /**
    *
    *  Transformation from ICRS equatorial coordinates to ecliptic
    *  coordinates (mean equinox and ecliptic of date) using IAU 2006
    *  precession model.
    *
    * <p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards of Fundamental Astronomy) software collection.
    *
    *  <p>Status:  support function.
    *
    *  <!-- Given: -->
    *     @param date1 double TT as a 2-part Julian date (Note 1)
    *     @param date2 double TT as a 2-part Julian date (Note 1) 
    *     @param dr double ICRS right ascension and declination (radians)
    *     @param dd double ICRS right ascension and declination (radians) 
    *
    * <!-- Returned: -->
    *     @return      double ecliptic longitude and latitude (radians)
    *<ol>
    *  <li> The TT date date1+date2 is a Julian Date, apportioned in any
    *     convenient way between the two arguments.  For example,
    *     JD(TT)=2450123.7 could be expressed in any of these ways,
    *     among others:
    *
    *            date1          date2
    *
    *         2450123.7           0.0       (JD method)
    *         2451545.0       -1421.3       (J2000 method)
    *         2400000.5       50123.2       (MJD method)
    *         2450123.5           0.2       (date &amp; time method)
    *
    *     The JD method is the most natural and convenient to use in
    *     cases where the loss of several decimal digits of resolution
    *     is acceptable.  The J2000 method is best matched to the way
    *     the argument is handled internally and will deliver the
    *     optimum resolution.  The MJD method and the date &amp; time methods
    *     are both good compromises between resolution and convenience.
    *
    *  <li> No assumptions are made about whether the coordinates represent
    *     starlight and embody astrometric effects such as parallax or
    *     aberration.
    *
    *  <li> The transformation is approximately that from mean J2000.0 right
    *     ascension and declination to ecliptic longitude and latitude
    *     (mean equinox and ecliptic of date), with only frame bias (always
    *     less than 25 mas) to disturb this classical picture.
    *</ol>
    *  Called:<ul>
    *     <li>{@link #jauS2c}       spherical coordinates to unit vector
    *     <li>{@link #jauEcm06}     J2000.0 to ecliptic rotation matrix, IAU 2006
    *     <li>{@link #jauRxp}       product of r-matrix and p-vector
    *     <li>{@link #jauC2s}       unit vector to spherical coordinates
    *     <li>{@link #jauAnp}       normalize angle into range 0 to 2pi
    *     <li>{@link #jauAnpm}      normalize angle into range +/- pi
    *</ul>
    *   @version  2016 February 9
    *
    *  @since JSOFA release 20160503
    *
    *  <!--Copyright (C) 2016 IAU SOFA Board.  See notes at end. -->
    */
    @Differentiable
    public static SphericalCoordinate jauEqec06(double date1, double date2, double dr, double dd)
    {

    /* Spherical to Cartesian. */
      double v1[] = jauS2c(dr, dd);

    /* Rotation matrix, ICRS equatorial to ecliptic. */
      double rm[][] = jauEcm06(date1, date2);

    /* The transformation from ICRS to ecliptic. */
       double v2[] = jauRxp(rm, v1);

    /* Cartesian to spherical. */
       SphericalCoordinate co = jauC2s(v2);

    /* Express in conventional ranges. */
       co.alpha = jauAnp(co.alpha);
       co.delta = jauAnpm(co.delta);
       return co;

    }

    /**
    *
    *  Long-term precession matrix.
    *
    * <p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards of Fundamental Astronomy) software collection.
    *
    *  <p>Status:  support function.
    *
    *  <!-- Given: -->
    *     @param epj     double         Julian epoch (TT)
    *
    * <!-- Returned: -->
    *     @return      double[3][3]   precession matrix, J2000.0 to date
    *
    *  <p>Notes: <ol>
    *
    *  <li> The matrix is in the sense
    *
    *        P_date = rp x P_J2000,
    *
    *     where P_J2000 is a vector with respect to the J2000.0 mean
    *     equator and equinox and P_date is the same vector with respect to
    *     the equator and equinox of epoch epj.
    *
    *  <li> The Vondrak et al. (2011, 2012) 400 millennia precession model
    *     agrees with the IAU 2006 precession at J2000.0 and stays within
    *     100 microarcseconds during the 20th and 21st centuries.  It is
    *     accurate to a few arcseconds throughout the historical period,
    *     worsening to a few tenths of a degree at the end of the
    *     +/- 200,000 year time span.
    *</ol>
    *  Called:<ul>
    *     <li>{@link #jauLtpequ}    equator pole, long term
    *     <li>{@link #jauLtpecl}    ecliptic pole, long term
    *     <li>{@link #jauPxp}       vector product
    *     <li>{@link #jauPn}        normalize vector
    *</ul>
    *  References:
    *
    *    <p>Vondrak, J., Capitaine, N. and Wallace, P., 2011, New precession
    *    expressions, valid for long time intervals, Astron.Astrophys. 534,
    *    A22
    *
    *    <p>Vondrak, J., Capitaine, N. and Wallace, P., 2012, New precession
    *    expressions, valid for long time intervals (Corrigendum),
    *    Astron.Astrophys. 541, C1
    *
    *   @version  2015 December 6
    *
    *  @since JSOFA release 20160503
    *
    *  <!--Copyright (C) 2016 IAU SOFA Board.  See notes at end. -->
    */
    @Differentiable
    public static double[][] jauLtp(double epj )
    {
       double rp[][] = new double[3][3];
       int i;

    /* Equator pole (bottom row of matrix). */
       double peqr[] = jauLtpequ(epj);

    /* Ecliptic pole. */
       double pecl[] = jauLtpecl(epj);

    /* Equinox (top row of matrix). */
       double v[] = jauPxp(peqr, pecl);
       NormalizedVector nv = jauPn(v);

    /* Middle row of matrix. */
       v = jauPxp(peqr, nv.u);

    /* Assemble the matrix. */
       for ( i = 0; i < 3; i++ ) {
          rp[0][i] = nv.u[i];
          rp[1][i] = v[i];
          rp[2][i] = peqr[i];
       }

       return rp;
    }

    /**
    *
    *  Long-term precession of the ecliptic.
    *
    * <p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards of Fundamental Astronomy) software collection.
    *
    *  <p>Status:  support function.
    *
    *  <!-- Given: -->
    *     @param epj     double         Julian epoch (TT)
    *
    * <!-- Returned: -->
    *     @return     double[3]      ecliptic pole unit vector
    *
    *  <p>Notes: <ol>
    *
    *  <li> The returned vector is with respect to the J2000.0 mean equator
    *     and equinox.
    *
    *  <li> The Vondrak et al. (2011, 2012) 400 millennia precession model
    *     agrees with the IAU 2006 precession at J2000.0 and stays within
    *     100 microarcseconds during the 20th and 21st centuries.  It is
    *     accurate to a few arcseconds throughout the historical period,
    *     worsening to a few tenths of a degree at the end of the
    *     +/- 200,000 year time span.
    *</ol>
    *  References:
    *
    *    Vondrak, J., Capitaine, N. and Wallace, P., 2011, New precession
    *    expressions, valid for long time intervals, Astron.Astrophys. 534,
    *    A22
    *
    *    Vondrak, J., Capitaine, N. and Wallace, P., 2012, New precession
    *    expressions, valid for long time intervals (Corrigendum),
    *    Astron.Astrophys. 541, C1
    *
    *   @version  2016 February 9
    *
    *  @since JSOFA release 20160503
    *
    *  <!--Copyright (C) 2016 IAU SOFA Board.  See notes at end. -->
    */
    @Differentiable
    public static double[] jauLtpecl(double epj)
    {
        
       double vec[] = new double[3];
    /* Obliquity at J2000.0 (radians). */
       final double eps0 = 84381.406 * DAS2R;

    /* Polynomial coefficients */
        final int NPOL = 4 ;
        final double pqpol[][] = {
          { 5851.607687,
              -0.1189000,
              -0.00028913,
               0.000000101},
          {-1600.886300,
               1.1689818,
              -0.00000020,
              -0.000000437}
       };

    /* Periodic coefficients */
       final double pqper[][] = {
          { 708.15,-5486.751211,-684.661560,  667.666730,-5523.863691},
          {2309.00,  -17.127623,2446.283880,-2354.886252, -549.747450},
          {1620.00, -617.517403, 399.671049, -428.152441, -310.998056},
          { 492.20,  413.442940,-356.652376,  376.202861,  421.535876},
          {1183.00,   78.614193,-186.387003,  184.778874,  -36.776172},
          { 622.00, -180.732815,-316.800070,  335.321713, -145.278396},
          { 882.00,  -87.676083, 198.296701, -185.138669,  -34.744450},
          { 547.00,   46.140315, 101.135679, -120.972830,   22.885731}
       };
       final int NPER = pqper.length;

    /* Miscellaneous */
       int i;
       double t, p, q, w, a, s, c;

    /* Centuries since J2000. */
       t  = ( epj - 2000.0 ) / 100.0;

    /* Initialize P_A and Q_A accumulators. */
       p = 0.0;
       q = 0.0;

    /* Periodic terms. */
       w = D2PI*t;
       for ( i = 0; i < NPER; i++ ) {
          a = w/pqper[i][0];
          s = sin(a);
          c = cos(a);
          p += c*pqper[i][1] + s*pqper[i][3];
          q += c*pqper[i][2] + s*pqper[i][4];
       }

    /* Polynomial terms. */
       w = 1.0;
       for ( i = 0; i < NPOL; i++ ) {
          p += pqpol[0][i]*w;
          q += pqpol[1][i]*w;
          w *= t;
       }

    /* P_A and Q_A (radians). */
       p *= DAS2R;
       q *= DAS2R;

    /* Form the ecliptic pole vector. */
       w = 1.0 - p*p - q*q;
       w = w < 0.0 ? 0.0 : sqrt(w);
       s = sin(eps0);
       c = cos(eps0);
       vec[0] = p;
       vec[1] = - q*c - w*s;
       vec[2] = - q*s + w*c;

       return vec;

    }

    /**
    *
    *  Long-term precession of the equator.
    *
    * <p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards of Fundamental Astronomy) software collection.
    *
    *  <p>Status:  support function.
    *
    *  <!-- Given: -->
    *     @param epj     double         Julian epoch (TT)
    *
    * <!-- Returned: -->
    *     @return     double[3]      equator pole unit vector
    *
    *  <p>Notes: <ol>
    *
    *  <li> The returned vector is with respect to the J2000.0 mean equator
    *     and equinox.
    *
    *  <li> The Vondrak et al. (2011, 2012) 400 millennia precession model
    *     agrees with the IAU 2006 precession at J2000.0 and stays within
    *     100 microarcseconds during the 20th and 21st centuries.  It is
    *     accurate to a few arcseconds throughout the historical period,
    *     worsening to a few tenths of a degree at the end of the
    *     +/- 200,000 year time span.
    *</ol>
    *  References:
    *
    *    Vondrak, J., Capitaine, N. and Wallace, P., 2011, New precession
    *    expressions, valid for long time intervals, Astron.Astrophys. 534,
    *    A22
    *
    *    Vondrak, J., Capitaine, N. and Wallace, P., 2012, New precession
    *    expressions, valid for long time intervals (Corrigendum),
    *    Astron.Astrophys. 541, C1
    *
    *   @version  2016 February 9
    *
    *  @since JSOFA release 20160503
    *
    *  <!--Copyright (C) 2016 IAU SOFA Board.  See notes at end. -->
    */
    @Differentiable
    public static double[] jauLtpequ(double epj)
    {
        double veq[] = new double[3];
    /* Polynomial coefficients */
       final int NPOL = 4;
       final double xypol[][] = {
          {  5453.282155,
                0.4252841,
               -0.00037173,
               -0.000000152},
          {-73750.930350,
               -0.7675452,
               -0.00018725,
                0.000000231}
       };

    /* Periodic coefficients */
        final double xyper[][] = {
          { 256.75, -819.940624,75004.344875,81491.287984, 1558.515853},
          { 708.15,-8444.676815,  624.033993,  787.163481, 7774.939698},
          { 274.20, 2600.009459, 1251.136893, 1251.296102,-2219.534038},
          { 241.45, 2755.175630,-1102.212834,-1257.950837,-2523.969396},
          {2309.00, -167.659835,-2660.664980,-2966.799730,  247.850422},
          { 492.20,  871.855056,  699.291817,  639.744522, -846.485643},
          { 396.10,   44.769698,  153.167220,  131.600209,-1393.124055},
          { 288.90, -512.313065, -950.865637, -445.040117,  368.526116},
          { 231.10, -819.415595,  499.754645,  584.522874,  749.045012},
          {1610.00, -538.071099, -145.188210,  -89.756563,  444.704518},
          { 620.00, -189.793622,  558.116553,  524.429630,  235.934465},
          { 157.87, -402.922932,  -23.923029,  -13.549067,  374.049623},
          { 220.30,  179.516345, -165.405086, -210.157124, -171.330180},
          {1200.00,   -9.814756,    9.344131,  -44.919798,  -22.899655}
       };
       final int NPER = xyper.length;

    /* Miscellaneous */
       int i;
       double t, x, y, w, a, s, c;

    /* Centuries since J2000. */
       t  = ( epj - 2000.0 ) / 100.0;

    /* Initialize X and Y accumulators. */
       x = 0.0;
       y = 0.0;

    /* Periodic terms. */
       w = D2PI * t;
       for ( i = 0; i < NPER; i++ ) {
          a = w / xyper[i][0];
          s = sin(a);
          c = cos(a);
          x += c*xyper[i][1] + s*xyper[i][3];
          y += c*xyper[i][2] + s*xyper[i][4];
       }

    /* Polynomial terms. */
       w = 1.0;
       for ( i = 0; i < NPOL; i++ ) {
          x += xypol[0][i]*w;
          y += xypol[1][i]*w;
          w *= t;
       }

    /* X and Y (direction cosines). */
       x *= DAS2R;
       y *= DAS2R;

    /* Form the equator pole vector. */
       veq[0] = x;
       veq[1] = y;
       w = 1.0 - x*x - y*y;
       veq[2] = w < 0.0 ? 0.0 : sqrt(w);

       return veq;

    }
}
