package dev.leibniz.corpus.ssj;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: SSJ, Stochastic Simulation in Java (umontreal-simul/ssj on GitHub, commit 98d9a6af7f68b1a96ffd8fb41d3d490020eead5d),
 * src/main/java/umontreal/ssj/probdist/GammaDist.java, with the constants XBIG, XBIGM and EPSARRAY of
 * src/main/java/umontreal/ssj/probdist/ContinuousDistribution.java and the static cdf and barF of
 * src/main/java/umontreal/ssj/probdist/ExponentialDist.java (as the nested class ExponentialDist)
 * Licence: Apache License 2.0 ("Copyright (C) 2001  Pierre L'Ecuyer and Universite de Montreal ... Licensed under the
 * Apache License, Version 2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied: ALIM, mybelog, the static density, cdf (both) and barF (both) (entries: density, through Num.lnGamma; cdf with
 * a scale, the incomplete gamma function's series below alpha, and 1 - barF above it: a continued fraction over a
 * scratch array renormalized in the loop, its convergence test on the active values).
 * Changes: package; licence header shortened to this header; not a subclass of ContinuousDistribution (the three
 * constants it reads copied below); ExponentialDist's two static methods nested; the members not copied left out;
 * @Differentiable added to the entries.
 */

import dev.leibniz.Differentiable;

/**
 * Extends the class ContinuousDistribution for the gamma distribution (javadoc shortened).
 */
public class GammaDist {
    // copied from ContinuousDistribution
    protected static final double XBIG = 100.0;
    protected static final double XBIGM = 1000.0;

    // EPSARRAY[j]: Epsilon required for j decimal degits of precision
    protected static final double[] EPSARRAY = {
    0.5, 0.5E-1, 0.5E-2, 0.5E-3, 0.5E-4, 0.5E-5, 0.5E-6, 0.5E-7, 0.5E-8,
    0.5E-9, 0.5E-10, 0.5E-11, 0.5E-12, 0.5E-13, 0.5E-14, 0.5E-15, 0.5E-16,
    0.5E-17, 0.5E-18, 0.5E-19, 0.5E-20, 0.5E-21, 0.5E-22, 0.5E-23, 0.5E-24,
    0.5E-25, 0.5E-26, 0.5E-27, 0.5E-28, 0.5E-29, 0.5E-30, 0.5E-31, 0.5E-32,
    0.5E-33, 0.5E-34, 0.5E-35
    };

    // copied from ExponentialDist
    static final class ExponentialDist {
   /**
    * Computes the distribution function.
    */
   public static double cdf (double lambda, double x) {
      if (lambda <= 0)
         throw new IllegalArgumentException ("lambda <= 0");
      if (x <= 0.0)
         return 0.0;
      double y = lambda * x;
      if (y >= XBIG)
         return 1.0;
      return -Math.expm1 (-y);
   }

   /**
    * Computes the complementary distribution function.
    */
   public static double barF (double lambda, double x) {
      if (lambda <= 0)
         throw new IllegalArgumentException ("lambda <= 0");
      if (x <= 0.0)
         return 1.0;
      if (lambda*x >= XBIGM)
         return 0.0;
         return Math.exp (-lambda*x);
   }
    }

   private static final double ALIM = 1.0E5;

   static double mybelog (double x)
   /*
    * This is the function  1 + (1 - x*x + 2*x*log(x)) / ((1 - x)*(1 - x))
    */
   {
      if (x < 1.0e-30)
         return 0.0;
      if (x > 1.0e30)
         return 2.0*(Math.log(x) - 1.0) / x;
      if (x == 1.0)
         return 1.0;

      double t = 1.0 - x;
      if (x < 0.9 || x > 1.1) {
         double w = (t + x*Math.log(x)) / (t*t);
         return 2.0 * w;
      }

      // For x near 1, use a series expansion to avoid loss of precision.
      double term;
      final double EPS = 1.0e-12;
      double tpow = 1.0;
      double sum = 0.5;
      int j = 3;
      do {
         tpow *= t;
         term = tpow / (j * (j - 1));
         sum += term;
         j++;
      } while (Math.abs (term / sum) > EPS);
      return 2.0*sum;
   }


   /**
    * Computes the density function (
    * {@link REF_probdist_GammaDist_eq_fgamma fgamma} ) at
    * @f$x@f$.
    */
   @Differentiable
   public static double density (double alpha, double lambda, double x) {
      if (alpha <= 0)
         throw new IllegalArgumentException ("alpha <= 0");
      if (lambda <= 0)
         throw new IllegalArgumentException ("lambda <= 0");

      if (x <= 0)
         return 0.0;
      double z = alpha * Math.log (lambda*x) - lambda*x - Num.lnGamma (alpha);
      if (z > -XBIGM)
         return Math.exp (z) / x;
      else
         return 0.0;
   }

   /**
    * Returns an approximation of the gamma distribution function with
    * parameters @f$\alpha@f$ = `alpha` and @f$\lambda@f$ = `lambda`,
    * whose density is given by (
    * {@link REF_probdist_GammaDist_eq_fgamma fgamma} ). The
    * approximation is an improved version of the algorithm in
    * @cite tBAT70a&thinsp;. The function tries to return @f$d@f$ decimals
    * digits of precision. For @f$\alpha@f$ not too large (e.g.,
    * @f$\alpha\le1000@f$), @f$d@f$ gives a good idea of the precision
    * attained.
    */
   @Differentiable
   public static double cdf (double alpha, double lambda, int d, double x) {
      return cdf (alpha, d, lambda*x);
   }

   /**
    * Equivalent to `cdf (alpha, 1.0, d, x)`.
    */
   public static double cdf (double alpha, int d, double x) {
      if (alpha <= 0.0)
        throw new IllegalArgumentException ("alpha <= 0");
      if (d <= 0)
        throw new IllegalArgumentException ("d <= 0");
      if (x <= 0.0)
         return 0.0;
      if (1.0 == alpha)
         return ExponentialDist.cdf (1.0, x);

      if (alpha > 10.0) {
         if (x > alpha * 10.0)
            return 1.0;
      } else {
         if (x > XBIG)
            return 1.0;
      }

      if (alpha >= ALIM) {
         double d2 = x + 1.0/3.0 - alpha - 0.02/alpha;
         double S = alpha - 1.0/2.0;
         double w = mybelog(S/x);
         double y = d2 * Math.sqrt(w/x);
         return NormalDist.cdf01 (y);
      }

      if (x <= 1.0 || x < alpha) {
         double factor, z, rn, term;
         factor = Math.exp (alpha*Math.log (x) - x - Num.lnGamma (alpha));
         final double EPS = EPSARRAY[d];
         z = 1.0;
         term = 1.0;
         rn = alpha;
         do {
            rn += 1.0;
            term *= x/rn;
            z += term;
         } while (term >= EPS * z);
         return z*factor/alpha;

      } else
         return 1.0 - barF (alpha, d, x);
   }

   /**
    * Computes the complementary distribution function.
    */
   public static double barF (double alpha, double lambda, int d, double x) {
      return barF (alpha, d, lambda*x);
   }

   /**
    * Same as  {@link #barF(double,double,int,double) barF(alpha, 1.0, d,
    * x)}.
    */
   public static double barF (double alpha, int d, double x) {
      if (alpha <= 0.0)
        throw new IllegalArgumentException ("alpha <= 0");
      if (d <= 0)
        throw new IllegalArgumentException ("d <= 0");
      if (x <= 0.0)
         return 1.0;
      if (1.0 == alpha)
         return ExponentialDist.barF (1.0, x);

      if (alpha >= 70.0) {
         if (x >= alpha * XBIG)
            return 0.0;
      } else {
         if (x >= XBIGM)
            return 0.0;
      }

      if (alpha >= ALIM) {
         double d2 = x + 1.0/3.0 - alpha - 0.02/alpha;
         double S = alpha - 1.0/2.0;
         double w = mybelog(S/x);
         double y = d2 * Math.sqrt(w/x);
         return NormalDist.barF01 (y);
      }

      if (x <= 1.0 || x < alpha)
         return 1.0 - cdf (alpha, d, x);

      double[] V = new double[6];
      final double EPS = EPSARRAY[d];
      final double RENORM = 1.0E100;
      double R, dif;
      int i;
      double factor = Math.exp (alpha*Math.log (x) - x - Num.lnGamma (alpha));

      double A = 1.0 - alpha;
      double B = A + x + 1.0;
      double term = 0.0;
      V[0] = 1.0;
      V[1] = x;
      V[2] = x + 1.0;
      V[3] = x * B;
      double res = V[2]/V[3];

      do {
         A += 1.0;
         B += 2.0;
         term += 1.0;
         V[4] = B * V[2] - A * term * V[0];
         V[5] = B * V[3] - A * term * V[1];
         if (V[5] != 0.0) {
            R = V[4]/V[5];
            dif = Math.abs (res - R);
            if (dif <= EPS*R)
               return factor*res;
            res = R;
         }
         for (i = 0; i < 4; i++)
            V[i] = V[i + 2];
         if (Math.abs (V[4]) >= RENORM) {
            for (i = 0; i < 4; i++)
               V[i] /= RENORM;
         }
      } while (true);
   }

}
