package dev.leibniz.corpus.peers12;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The twelfth peer round").
 * Source: num-dual (itt-ustutt/num-dual on GitHub) at commit c9c3bbc268a5f01f02e1e3acb107aa5e3c58bba3: the functions
 * that tests/test_dual.rs differentiates with Dual64 (test_dual_recip ... test_dual_bessel_j2_4), the spherical Bessel
 * functions as src/impl_derivatives.rs computes them (sph_j0, sph_j1, sph_j2), the Bessel functions of the first kind
 * as src/bessel.rs computes them for dual numbers (the Cephes rational approximations j0, j1 and j2 = 2 j1 / x - j0,
 * differentiated through the algorithm, as num-dual does), and the functions of the doc tests in src/explicit.rs
 * (first_derivative, gradient, jacobian, partial_hessian) and README.md (f = x^3 y^2).
 * Licence: MIT OR Apache-2.0 (taken: MIT). Copyright (c) 2021-present Gernot Bauer, Philipp Rehner. "Permission is
 * hereby granted, free of charge, to any person obtaining a copy of this software ... The above copyright notice and
 * this permission notice shall be included in all copies or substantial portions of the Software." The Bessel
 * coefficients are Cephes' (Stephen L. Moshier, as num-dual carries them); the rest is written here in Java from what
 * each test computes.
 * Translation: Dual64 is double; Rust's f64 methods are java.lang.Math's where it has them (exp_m1 -> expm1, ln ->
 * log, ln_1p -> log1p, powi -> pow with an int widened), exp2 is pow(2, x), log(b) is ln x / ln b, log2 is ln x / ln 2,
 * asinh/acosh/atanh are Hipparchus' FastMath's; the dual's derivative() (seed 1) is the entry's input; powf's and
 * powi's exponents are the tests' constants (an f64/i32, not a dual: passive).
 */

import dev.leibniz.Differentiable;
import org.hipparchus.util.FastMath;

public final class NumDualTests {
  private NumDualTests() {}

  @Differentiable
  public static double recip(double x) {
    return 1 / x;
  }

  @Differentiable
  public static double exp(double x) {
    return Math.exp(x);
  }

  @Differentiable
  public static double expM1(double x) {
    return Math.expm1(x);
  }

  @Differentiable
  public static double exp2(double x) {
    return Math.pow(2, x);
  }

  @Differentiable
  public static double ln(double x) {
    return Math.log(x);
  }

  /** x.log(4.2): the logarithm to base 4.2. */
  @Differentiable
  public static double log42(double x) {
    return Math.log(x) / Math.log(4.2);
  }

  @Differentiable
  public static double ln1p(double x) {
    return Math.log1p(x);
  }

  @Differentiable
  public static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  @Differentiable
  public static double log10(double x) {
    return Math.log10(x);
  }

  @Differentiable
  public static double sqrt(double x) {
    return Math.sqrt(x);
  }

  @Differentiable
  public static double cbrt(double x) {
    return Math.cbrt(x);
  }

  /** test_dual_powf: x.powf(4.2). */
  @Differentiable
  public static double powf42(double x) {
    return Math.pow(x, 4.2);
  }

  /** test_dual_powf_0: x.powf(0.0) (at x = 0: value 1, derivative 0). */
  @Differentiable
  public static double powf0(double x) {
    return Math.pow(x, 0.0);
  }

  /** test_dual_powf_1: x.powf(1.0) (at x = 0: value 0, derivative 1). */
  @Differentiable
  public static double powf1(double x) {
    return Math.pow(x, 1.0);
  }

  @Differentiable
  public static double powf2(double x) {
    return Math.pow(x, 2.0);
  }

  @Differentiable
  public static double powf3(double x) {
    return Math.pow(x, 3.0);
  }

  @Differentiable
  public static double powf4(double x) {
    return Math.pow(x, 4.0);
  }

  /** test_dual_powi, test_dual_powi_0 ... _4: x.powi(n), n an i32. */
  @Differentiable
  public static double powi(double x, int n) {
    return Math.pow(x, n);
  }

  @Differentiable
  public static double sin(double x) {
    return Math.sin(x);
  }

  @Differentiable
  public static double cos(double x) {
    return Math.cos(x);
  }

  @Differentiable
  public static double tan(double x) {
    return Math.tan(x);
  }

  @Differentiable
  public static double asin(double x) {
    return Math.asin(x);
  }

  @Differentiable
  public static double acos(double x) {
    return Math.acos(x);
  }

  @Differentiable
  public static double atan(double x) {
    return Math.atan(x);
  }

  /** test_dual_atan2_1 ... _4: y.atan2(x) with y the derivative's variable and x a constant dual. */
  @Differentiable
  public static double atan2(double y, double x) {
    return Math.atan2(y, x);
  }

  @Differentiable
  public static double sinh(double x) {
    return Math.sinh(x);
  }

  @Differentiable
  public static double cosh(double x) {
    return Math.cosh(x);
  }

  @Differentiable
  public static double tanh(double x) {
    return Math.tanh(x);
  }

  @Differentiable
  public static double asinh(double x) {
    return FastMath.asinh(x);
  }

  @Differentiable
  public static double acosh(double x) {
    return FastMath.acosh(x);
  }

  @Differentiable
  public static double atanh(double x) {
    return FastMath.atanh(x);
  }

  private static final double EPSILON = Math.ulp(1.0);

  /** sph_j0 as impl_derivatives.rs: 1 - x^2 / 6 below machine epsilon, sin x / x above. */
  @Differentiable
  public static double sphJ0(double x) {
    if (x < EPSILON) return 1 - x * x / 6;
    return Math.sin(x) / x;
  }

  /** sph_j1: x / 3 below machine epsilon, (sin x - x cos x) / x^2 above. */
  @Differentiable
  public static double sphJ1(double x) {
    if (x < EPSILON) return x / 3;
    double s = Math.sin(x);
    double c = Math.cos(x);
    return (s - x * c) / (x * x);
  }

  /** sph_j2: x^2 / 15 below machine epsilon, (3 (sin x - x cos x) - x^2 sin x) / x^3 above. */
  @Differentiable
  public static double sphJ2(double x) {
    if (x < EPSILON) return x * x / 15;
    double s = Math.sin(x);
    double c = Math.cos(x);
    double s2 = x * x;
    return ((s - x * c) * 3 - s2 * s) / (s2 * x);
  }

  private static final double FRAC_2_PI = 2 / Math.PI;
  private static final double FRAC_PI_4 = Math.PI / 4;
  private static final double DR1 = 5.78318596294678452118E0;
  private static final double DR2 = 3.04712623436620863991E1;
  private static final double[] RP0 = {-4.79443220978201773821E9, 1.95617491946556577543E12,
      -2.49248344360967716204E14, 9.70862251047306323952E15};
  private static final double[] RQ0 = {4.99563147152651017219E2, 1.73785401676374683123E5,
      4.84409658339962045305E7, 1.11855537045356834862E10, 2.11277520115489217587E12, 3.10518229857422583814E14,
      3.18121955943204943306E16, 1.71086294081043136091E18};
  private static final double[] PP0 = {7.96936729297347051624E-4, 8.28352392107440799803E-2,
      1.23953371646414299388E0, 5.44725003058768775090E0, 8.74716500199817011941E0, 5.30324038235394892183E0,
      9.99999999999999997821E-1};
  private static final double[] PQ0 = {9.24408810558863637013E-4, 8.56288474354474431428E-2,
      1.25352743901058953537E0, 5.47097740330417105182E0, 8.76190883237069594232E0, 5.30605288235394617618E0,
      1.00000000000000000218E0};
  private static final double[] QP0 = {-1.13663838898469149931E-2, -1.28252718670509318512E0,
      -1.95539544257735972385E1, -9.32060152123768231369E1, -1.77681167980488050595E2, -1.47077505154951170175E2,
      -5.14105326766599330220E1, -6.05014350600728481186E0};
  private static final double[] QQ0 = {6.43178256118178023184E1, 8.56430025976980587198E2,
      3.88240183605401609683E3, 7.24046774195652478189E3, 5.93072701187316984827E3, 2.06209331660327847417E3,
      2.42005740240291393179E2};
  private static final double Z1 = 1.46819706421238932572E1;
  private static final double Z2 = 4.92184563216946036703E1;
  private static final double[] RP1 = {-8.99971225705559398224E8, 4.52228297998194034323E11,
      -7.27494245221818276015E13, 3.68295732863852883286E15};
  private static final double[] RQ1 = {6.20836478118054335476E2, 2.56987256757748830383E5,
      8.35146791431949253037E7, 2.21511595479792499675E10, 4.74914122079991414898E12, 7.84369607876235854894E14,
      8.95222336184627338078E16, 5.32278620332680085395E18};
  private static final double[] PP1 = {7.62125616208173112003E-4, 7.31397056940917570436E-2,
      1.12719608129684925192E0, 5.11207951146807644818E0, 8.42404590141772420927E0, 5.21451598682361504063E0,
      1.00000000000000000254E0};
  private static final double[] PQ1 = {5.71323128072548699714E-4, 6.88455908754495404082E-2,
      1.10514232634061696926E0, 5.07386386128601488557E0, 8.39985554327604159757E0, 5.20982848682361821619E0,
      9.99999999999999997461E-1};
  private static final double[] QP1 = {5.10862594750176621635E-2, 4.98213872951233449420E0,
      7.58238284132545283818E1, 3.66779609360150777800E2, 7.10856304998926107277E2, 5.97489612400613639965E2,
      2.11688757100572135698E2, 2.52070205858023719784E1};
  private static final double[] QQ1 = {7.42373277035675149943E1, 1.05644886038262816351E3,
      4.98641058337653607651E3, 9.56231892404756170795E3, 7.99704160447350683650E3, 2.82619278517639096600E3,
      3.36093607810698293419E2};

  /** polevl: coef[0] x^n + ... + coef[n] by Horner's scheme. */
  static double polevl(double x, double[] coef) {
    double acc = coef[0];
    for (int i = 1; i < coef.length; i++) acc = acc * x + coef[i];
    return acc;
  }

  /** p1evl: as polevl with a leading coefficient 1 not stored. */
  static double p1evl(double x, double[] coef) {
    double acc = 1;
    for (double c : coef) acc = acc * x + c;
    return acc;
  }

  /** bessel_j0 of BesselDual. */
  @Differentiable
  public static double besselJ0(double x) {
    return j0(x);
  }

  static double j0(double x) {
    if (x < 0) x = -x;
    if (x <= 5.0) {
      double z = x * x;
      if (x < 1.0e-5) return 1 - z / 4.0;
      return (z - DR1) * (z - DR2) * polevl(z, RP0) / p1evl(z, RQ0);
    }
    double w = 1 / x * 5.0;
    double q = w * w;
    double p = polevl(q, PP0) / polevl(q, PQ0);
    q = polevl(q, QP0) / p1evl(q, QQ0);
    double s = Math.sin(x - FRAC_PI_4);
    double c = Math.cos(x - FRAC_PI_4);
    p = p * c - w * q * s;
    return p * Math.sqrt(FRAC_2_PI / x);
  }

  /** bessel_j1 of BesselDual. */
  @Differentiable
  public static double besselJ1(double x) {
    return j1(x);
  }

  static double j1(double self) {
    double x = Math.abs(self);
    if (x <= 5.0) {
      double z = self * self;
      return polevl(z, RP1) / p1evl(z, RQ1) * self * (z - Z1) * (z - Z2);
    }
    double w = 1 / x * 5.0;
    double z = w * w;
    double p = polevl(z, PP1) / polevl(z, PQ1);
    double q = polevl(z, QP1) / p1evl(z, QQ1);
    double s = Math.sin(x - 3.0 * FRAC_PI_4);
    double c = Math.cos(x - 3.0 * FRAC_PI_4);
    p = p * c - w * q * s;
    return Math.signum(self) * p * Math.sqrt(FRAC_2_PI / x);
  }

  /** bessel_j2 of BesselDual: its series at exactly 0, 2 j1(x) / x - j0(x) elsewhere. */
  @Differentiable
  public static double besselJ2(double x) {
    if (x == 0) return x * x / 8.0 * (x * x / 24.0 + 1.0);
    return j1(x) * 2.0 / x - j0(x);
  }

  /** explicit.rs first_derivative(|x| x.powi(2), 5.0): (25, 10). */
  @Differentiable
  public static double square(double x) {
    return Math.pow(x, 2);
  }

  /** explicit.rs gradient, second_partial_derivative and hessian: (x^2 + y^2).sqrt() at (4, 3): g = (0.8, 0.6). */
  @Differentiable
  public static double norm2(double[] v) {
    return Math.sqrt(Math.pow(v[0], 2) + Math.pow(v[1], 2));
  }

  /** explicit.rs gradient over a DVector: sum of v_i v_i, sqrt; at (2, 2, 2, 2): 4 and 0.5 each. */
  @Differentiable
  public static double normDyn(double[] v) {
    double sum = 0;
    for (double vi : v) sum += vi * vi;
    return Math.sqrt(sum);
  }

  /** explicit.rs jacobian: (x y^3 z, x^2 y z^2) at (5, 3, 2): (270, 300), rows (54, 270, 135), (120, 100, 300). */
  @Differentiable
  public static void jacobian(double[] xy, double[] f) {
    f[0] = xy[0] * Math.pow(xy[1], 3) * xy[2];
    f[1] = Math.pow(xy[0], 2) * xy[1] * Math.pow(xy[2], 2);
  }

  /** explicit.rs partial_hessian: y / (x0^2 + x1^2).sqrt() at x = (4, 3), y = 5: 1, dx (-0.16, -0.12), dy 0.2. */
  @Differentiable
  public static double partialHessian(double[] x, double[] y) {
    return y[0] / Math.sqrt(Math.pow(x[0], 2) + Math.pow(x[1], 2));
  }

  /** README.md f(x, y) = x^3 y^2 at (5, 4): 2000, gradient (1200, 1000). */
  @Differentiable
  public static double readme(double x, double y) {
    return Math.pow(x, 3) * Math.pow(y, 2);
  }
}
