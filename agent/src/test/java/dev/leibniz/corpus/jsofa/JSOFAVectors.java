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
 * Copied: the entry methods jauPap, jauPas, jauSepp, jauSeps, jauPn, jauS2c, jauS2p, jauC2s, jauP2s, jauPv2s,
 *   jauS2pv, jauRv2m, jauRm2v, jauRxp, jauRxr, jauTrxp, jauRx, jauRy, jauRz, jauPdp, jauPxp, jauPm, jauSxp (each
 *   marked with @Differentiable), with the JSOFA members they reach: the methods jauCp, jauCr, jauIr, jauPmp,
 *   jauTr, jauZp, jauZr; the nested classes NormalizedVector, SphericalCoordinate, SphericalPosition,
 *   SphericalPositionVelocity; the constants they read. Each member is copied unchanged, with its javadoc.
 * Changes: package dev.leibniz.corpus.jsofa; class JSOFA renamed JSOFAVectors and trimmed to the members above
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
public class JSOFAVectors {
    
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
    @Differentiable
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
    *  P-vector to spherical polar coordinates.
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  vector/matrix support function.
    *
    *<!-- Given: -->
    *     @param p         double[3]     p-vector
    *
    *<!-- Returned: -->
    *     @return theta     double         <u>returned</u> longitude angle (radians)
    *             phi       double         <u>returned</u> latitude angle (radians)
    *             r         double         <u>returned</u> radial distance
    *
    * <p>Notes:
    * <ol>
    *
    * <li> If P is null, zero theta, phi and r are returned.
    *
    * <li> At either pole, zero theta is returned.
    *</ol>
    *<p>Called:<ul>
    *     <li>{@link #jauC2s} p-vector to spherical
    *     <li>{@link #jauPm} modulus of p-vector
    * </ul>
    *@version 2008 May 22
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    @Differentiable
    public static SphericalPosition jauP2s(double p[])
    {
       SphericalCoordinate sc = jauC2s(p);
       double r = jauPm(p);

       return new SphericalPosition(sc.alpha, sc.delta, r);

        }

    /**
    *  Position-angle from two p-vectors.
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  vector/matrix support function.
    *
    *<!-- Given: -->
    *     @param a       double[3]   direction of reference point
    *     @param b       double[3]   direction of point whose PA is required
    *
    * <!-- Returned (function value): -->
    *  @return double     position angle of b with respect to a (radians)
    *
    * <p>Notes:
    * <ol>
    *
    * <li> The result is the position angle, in radians, of direction b with
    *     respect to direction a.  It is in the range -pi to +pi.  The
    *     sense is such that if b is a small distance "north" of a the
    *     position angle is approximately zero, and if b is a small
    *     distance "east" of a the position angle is approximately +pi/2.
    *
    * <li> The vectors a and b need not be of unit length.
    *
    * <li> Zero is returned if the two directions are the same or if either
    *     vector is null.
    *
    * <li> If vector a is at a pole, the result is ill-defined.
    *</ol>
    *<p>Called:<ul>
    *     <li>{@link #jauPn} decompose p-vector into modulus and direction
    *     <li>{@link #jauPm} modulus of p-vector
    *     <li>{@link #jauPxp} vector product of two p-vectors
    *     <li>{@link #jauPmp} p-vector minus p-vector
    *     <li>{@link #jauPdp} scalar product of two p-vectors
    * </ul>
    *@version 2008 May 25
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    @Differentiable
    public static double jauPap(double a[] , double b[] )
    {
       double am, au[] = new double[3], bm, st, ct, xa, ya, za, eta[] = new double[3], xi[] = new double[3], a2b[] = new double[3], pa;

    /* Modulus and direction of the a vector. */
       NormalizedVector nv = jauPn(a );
       am = nv.r; au = nv.u;
    /* Modulus of the b vector. */
       bm = jauPm(b);

    /* Deal with the case of a null vector. */
       if ((am == 0.0) || (bm == 0.0)) {
          st = 0.0;
          ct = 1.0;
       } else {

       /* The "north" axis tangential from a (arbitrary length). */
          xa = a[0];
          ya = a[1];
          za = a[2];
          eta[0] = -xa * za;
          eta[1] = -ya * za;
          eta[2] =  xa*xa + ya*ya;

       /* The "east" axis tangential from a (same length). */
          xi = jauPxp(eta,au);

       /* The vector from a to b. */
          a2b = jauPmp(b, a);

       /* Resolve into components along the north and east axes. */
          st = jauPdp(a2b, xi);
          ct = jauPdp(a2b, eta);

       /* Deal with degenerate cases. */
          if ((st == 0.0) && (ct == 0.0)) ct = 1.0;
       }

    /* Position angle. */
       pa = atan2(st, ct);

       return pa;

        }

    /**
    *  Position-angle from spherical coordinates.
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  vector/matrix support function.
    *
    *<!-- Given: -->
    *     @param al      double      longitude of point A (e.g. RA) in radians
    *     @param ap      double      latitude of point A (e.g. Dec) in radians
    *     @param bl      double      longitude of point B
    *     @param bp      double      latitude of point B
    *
    * <!-- Returned (function value): -->
    *  @return double     position angle of B with respect to A
    *
    * <p>Notes:
    * <ol>
    *
    * <li> The result is the bearing (position angle), in radians, of point
    *     B with respect to point A.  It is in the range -pi to +pi.  The
    *     sense is such that if B is a small distance "east" of point A,
    *     the bearing is approximately +pi/2.
    *
    * <li> Zero is returned if the two points are coincident.
    *</ol>
    *@version 2008 May 22
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    @Differentiable
    public static double jauPas(double al, double ap, double bl, double bp)
    {
       double dl, x, y, pa;

       dl = bl - al;
       y = sin(dl) * cos(bp);
       x = sin(bp) * cos(ap) - cos(bp) * sin(ap) * cos(dl);
       pa = ((x != 0.0) || (y != 0.0)) ? atan2(y, x) : 0.0;

       return pa;

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
    @Differentiable
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
    @Differentiable
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
    @Differentiable
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
    @Differentiable
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
    @Differentiable
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
    *  Express an r-matrix as an r-vector.
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  vector/matrix support function.
    *
    *<!-- Given: -->
    *     @param r         double[3][3]     rotation matrix
    *
    *<!-- Returned: -->
    *     @return w         double[3]         <u>returned</u> rotation vector (Note 1)
    *
    * <p>Notes:
    * <ol>
    *
    * <li> A rotation matrix describes a rotation through some angle about
    *     some arbitrary axis called the Euler axis.  The "rotation vector"
    *     returned by this function has the same direction as the Euler axis,
    *     and its magnitude is the angle in radians.  (The magnitude and
    *     direction can be separated by means of the function jauPn.)
    *
    * <li> If r is null, so is the result.  If r is not a rotation matrix
    *     the result is undefined;  r must be proper (i.e. have a positive
    *     determinant) and real orthogonal (inverse = transpose).
    *
    * <li> The reference frame rotates clockwise as seen looking along
    *     the rotation vector from the origin.
    *</ol>
    *@version 2008 May 12
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    @Differentiable
    public static double[] jauRm2v(double r[][] )
    {
       double x, y, z, s2, c2, phi, f;
       double w[] = new double[3];

       x = r[1][2] - r[2][1];
       y = r[2][0] - r[0][2];
       z = r[0][1] - r[1][0];
       s2 = sqrt(x*x + y*y + z*z);
       if (s2 > 0) {
          c2 = r[0][0] + r[1][1] + r[2][2] - 1;
          phi = atan2(s2, c2);
          f =  phi / s2;
          w[0] = x * f;
          w[1] = y * f;
          w[2] = z * f;
       } else {
          w[0] = 0.0;
          w[1] = 0.0;
          w[2] = 0.0;
       }

       return w;

        }

    /**
    *  Form the r-matrix corresponding to a given r-vector.
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  vector/matrix support function.
    *
    *<!-- Given: -->
    *     @param w         double[3]       rotation vector (Note 1)
    *
    *<!-- Returned: -->
    *     @return r         double[3][3]      <u>returned</u> rotation matrix
    *
    * <p>Notes:
    * <ol>
    *
    * <li> A rotation matrix describes a rotation through some angle about
    *     some arbitrary axis called the Euler axis.  The "rotation vector"
    *     supplied to This function has the same direction as the Euler
    *     axis, and its magnitude is the angle in radians.
    *
    * <li> If w is null, the identity matrix is returned.
    *
    * <li> The reference frame rotates clockwise as seen looking along the
    *     rotation vector from the origin.
    *</ol>
    *@version 2008 May 11
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    @Differentiable
    public static double[][] jauRv2m(double w[])
    {
       double x, y, z, phi, s, c, f;
       double r[][] = new double[3][3];

    /* Euler angle (magnitude of rotation vector) and functions. */
       x = w[0];
       y = w[1];
       z = w[2];
       phi = sqrt(x*x + y*y + z*z);
       s = sin(phi);
       c = cos(phi);
       f = 1.0 - c;

    /* Euler axis (direction of rotation vector), perhaps null. */
       if (phi > 0.0) {
           x /= phi;
           y /= phi;
           z /= phi;
       }

    /* Form the rotation matrix. */
       r[0][0] = x*x*f + c;
       r[0][1] = x*y*f + z*s;
       r[0][2] = x*z*f - y*s;
       r[1][0] = y*x*f - z*s;
       r[1][1] = y*y*f + c;
       r[1][2] = y*z*f + x*s;
       r[2][0] = z*x*f + y*s;
       r[2][1] = z*y*f - x*s;
       r[2][2] = z*z*f + c;

       return r;

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
    @Differentiable
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
    @Differentiable
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
    @Differentiable
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
    @Differentiable
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
    @Differentiable
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
    @Differentiable
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
    *  Convert spherical polar coordinates to p-vector.
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  vector/matrix support function.
    *
    *<!-- Given: -->
    *     @param theta    double        longitude angle (radians)
    *     @param phi      double        latitude angle (radians)
    *     @param r        double        radial distance
    *
    *<!-- Returned: -->
    *     @return p        double[3]      <u>returned</u> Cartesian coordinates
    *
    *<p>Called:<ul>
    *     <li>{@link #jauS2c} spherical coordinates to unit vector
    *     <li>{@link #jauSxp} multiply p-vector by scalar
    * </ul>
    *@version 2008 May 11
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    @Differentiable
    public static double[] jauS2p(double theta, double phi, double r )
    {
       double p[];
       double u[] = new double[3];

       u = jauS2c(theta,phi);
       p = jauSxp(r,u);

       return p;

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
    @Differentiable
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
    *  Angular separation between two p-vectors.
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  vector/matrix support function.
    *
    *<!-- Given: -->
    *     @param a       double[3]     first p-vector (not necessarily unit length)
    *     @param b       double[3]     second p-vector (not necessarily unit length)
    *
    * <!-- Returned (function value): -->
    *  @return double       angular separation (radians, always positive)
    *
    * <p>Notes:
    * <ol>
    *
    * <li> If either vector is null, a zero result is returned.
    *
    * <li> The angular separation is most simply formulated in terms of
    *     scalar product.  However, this gives poor accuracy for angles
    *     near zero and pi.  The present algorithm uses both cross product
    *     and dot product, to deliver full accuracy whatever the size of
    *     the angle.
    *</ol>
    *<p>Called:<ul>
    *     <li>{@link #jauPxp} vector product of two p-vectors
    *     <li>{@link #jauPm} modulus of p-vector
    *     <li>{@link #jauPdp} scalar product of two p-vectors
    * </ul>
    *@version 2008 May 22
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    @Differentiable
    public static double jauSepp(double a[] , double b[] )
    {
       double axb[] = new double[3], ss, cs, s;

    /* Sine of angle between the vectors, multiplied by the two moduli. */
       axb = jauPxp(a,b);
       ss = jauPm(axb);

    /* Cosine of the angle, multiplied by the two moduli. */
       cs = jauPdp(a, b);

    /* The angle. */
       s = ((ss != 0.0) || (cs != 0.0)) ? atan2(ss, cs) : 0.0;

       return s;

        }

    /**
    *  Angular separation between two sets of spherical coordinates.
    *
    *<p>This function is derived from the International Astronomical Union's
    *  SOFA (Standards Of Fundamental Astronomy) software collection.
    *
    *<p>Status:  vector/matrix support function.
    *
    *<!-- Given: -->
    *     @param al      double        first longitude (radians)
    *     @param ap      double        first latitude (radians)
    *     @param bl      double        second longitude (radians)
    *     @param bp      double        second latitude (radians)
    *
    * <!-- Returned (function value): -->
    *  @return double       angular separation (radians)
    *
    *<p>Called:<ul>
    *     <li>{@link #jauS2c} spherical coordinates to unit vector
    *     <li>{@link #jauSepp} angular separation between two p-vectors
    * </ul>
    *@version 2008 May 16
    *
    *  @since Release 20101201
    *
    *  <!-- Copyright (C) 2009 IAU SOFA Review Board.  See notes at end -->
    */
    @Differentiable
    public static double jauSeps(double al, double ap, double bl, double bp)
    {
       double ac[] = new double[3], bc[] = new double[3], s;

    /* Spherical to Cartesian. */
       ac = jauS2c(al,ap);
       bc = jauS2c(bl,bp);

    /* Angle between the vectors. */
       s = jauSepp(ac, bc);

       return s;

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
    @Differentiable
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
    @Differentiable
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
}
