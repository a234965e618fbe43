package dev.leibniz.corpus.peers14;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The fourteenth peer round").
 * Source: CppAD (coin-or/CppAD on GitHub), test_more/general at commit dcc87a366b6ba13f64bcfa612fd26e4887dc7f0b: pow.cpp
 * (PowTestOne to PowTestTen but Seven, dynamic_zero), pow_int.cpp, fabs.cpp, atan2.cpp, sqrt.cpp, erf.cpp, asinh.cpp,
 * atanh.cpp, acosh.cpp, std_math.cpp, cond_exp.cpp (the five operand kinds, SecondOrderReverse, OldExample),
 * cond_exp_rev.cpp, mul_cond_rev.cpp, mul_cskip.cpp, div_zero_one.cpp, mul_zero_one.cpp, azmul.cpp,
 * compare_change.cpp, vec_ad.cpp (VecADTestOne, VecADTestTwo, SecondOrderReverse), romberg_one.cpp (with
 * include/cppad/utility/romberg_one.hpp's algorithm), poly.cpp and rev_two.cpp.
 * Licence: EPL-2.0 OR GPL-2.0-or-later. Rewritten here from what each test computes (the recorded function, its points
 * and its asserted derivatives), never copied; no comments or code taken.
 * Translation: an AD<double> is a double; a recorded function with several results writes them into an output array;
 * CondExpRel(l, r, t, f) is `l rel r ? t : f` with both t and f computed first, as CppAD records them; a parameter
 * (or a dynamic parameter) is a passive argument; a VecAD indexed by an AD value is a double[] indexed by its (int)
 * cast; azmul(x, y) is x * y with 0 whenever x is 0; Poly(k, a, z) is Horner's rule.
 */

import dev.leibniz.Differentiable;

public final class CppadTestMore {
  private CppadTestMore() {}

  // ---- pow.cpp, pow_int.cpp ----

  /** PowTestOne: pow(variable, variable), pow(variable, parameter), pow(parameter, variable) at (0.5, 2). */
  @Differentiable
  public static void powOne(double x, double y, double px, double py, double[] z) {
    z[0] = Math.pow(x, y);
    z[1] = Math.pow(x, py);
    z[2] = Math.pow(px, y);
  }

  /** PowTestTwo: u = exp(s), x = u^t, y = x^u. */
  @Differentiable
  public static void powTwo(double s, double t, double[] z) {
    double u = Math.exp(s);
    z[0] = Math.pow(u, t);
    z[1] = Math.pow(z[0], u);
  }

  /** PowTestThree: pow(x, 0), pow(0, x), pow(x, 1), pow(1, x) at 2. */
  @Differentiable
  public static void powThree(double x, double[] y) {
    y[0] = Math.pow(x, 0.);
    y[1] = Math.pow(0., x);
    y[2] = Math.pow(x, 1.);
    y[3] = Math.pow(1., x);
  }

  /** CppAD's pow(AD, int): repeated multiplication, as its integer power computes it. */
  private static double powInt(double x, int n) {
    int k = Math.abs(n);
    double r = 1;
    for (int i = 0; i < k; i++) r *= x;
    return n < 0 ? 1 / r : r;
  }

  /** PowTestFour: pow(1, x) and pow(x, i) for i = 0..3 at -2. */
  @Differentiable
  public static void powFour(double x, double[] y) {
    y[0] = Math.pow(1., x);
    for (int i = 1; i < y.length; i++) y[i] = powInt(x, i - 1);
  }

  /** PowTestFive: pow(x, int(2)) at -1. */
  @Differentiable
  public static double powFive(double x) {
    return powInt(x, 2);
  }

  /** PowTestSix (x^2.5 at 1.5) and PowTestNine (x^2.5 at 0, 1, 2). */
  @Differentiable
  public static double powTwoAndHalf(double x) {
    return Math.pow(x, 2.5);
  }

  /** PowTestEight: pow(x, 2.0) and pow(x, -2.0) at -2. */
  @Differentiable
  public static void powEight(double x, double[] y) {
    y[0] = Math.pow(x, 2.0);
    y[1] = Math.pow(x, -2.0);
  }

  /** PowTestTen: z_j = x_j^(j + 1.5). */
  @Differentiable
  public static void powTen(double[] x, double[] z) {
    for (int j = 0; j < x.length; j++) z[j] = Math.pow(x[j], j + 1.5);
  }

  /** dynamic_zero case A: pow(variable x, dynamic y), y recorded as 0 and then set to 3 and 2. */
  @Differentiable
  public static double powDynamicExponent(double x, double y) {
    return Math.pow(x, y);
  }

  /** pow_int.cpp: u^5 and u^-5 at 2. */
  @Differentiable
  public static void powIntFivePair(double u, double[] z) {
    z[0] = powInt(u, 5);
    z[1] = powInt(u, -5);
  }

  // ---- fabs.cpp, atan2.cpp, sqrt.cpp, erf.cpp, asinh.cpp, atanh.cpp, acosh.cpp, std_math.cpp ----

  /** fabs.cpp: |x| at 1, 0 and -1 (its derivative asserted 0 at 0). */
  @Differentiable
  public static double fabs(double x) {
    return Math.abs(x);
  }

  /** atan2.cpp general: atan2(sin u, cos u) in the four quadrants (u = 1, 3, -3, -1). */
  @Differentiable
  public static double atan2OfSinCos(double u) {
    return Math.atan2(Math.sin(u), Math.cos(u));
  }

  /** SqrtTestOne: sqrt(u) and sqrt(sqrt(u)) at 4. */
  @Differentiable
  public static void sqrtOne(double u, double[] z) {
    z[0] = Math.sqrt(u);
    z[1] = Math.sqrt(z[0]);
  }

  /** SqrtTestTwo: sqrt(u * u) at 2. */
  @Differentiable
  public static double sqrtOfSquare(double u) {
    return Math.sqrt(u * u);
  }

  /** SqrtTestThree: sqrt(exp(x)) at 4. */
  @Differentiable
  public static double sqrtOfExp(double x) {
    return Math.sqrt(Math.exp(x));
  }

  /** erf.cpp old_example at 1.5 and hessian's erf(2 x0) at 0.5 (Hipparchus' Erf for std::erf). */
  @Differentiable
  public static double erfOfTwice(double x) {
    return org.hipparchus.special.Erf.erf(2.0 * x);
  }

  /** asinh.cpp: asinh(sinh(x)) at 0.5, asinh by its logarithm. */
  @Differentiable
  public static double asinhOfSinh(double x) {
    double s = Math.sinh(x);
    return Math.log(s + Math.sqrt(s * s + 1));
  }

  /** atanh.cpp: atanh(tanh(x)) at 0.5. */
  @Differentiable
  public static double atanhOfTanh(double x) {
    double t = Math.tanh(x);
    return 0.5 * Math.log((1 + t) / (1 - t));
  }

  /** acosh.cpp: acosh(cosh(x)) at 0.5. */
  @Differentiable
  public static double acoshOfCosh(double x) {
    double c = Math.cosh(x);
    return Math.log(c + Math.sqrt(c * c - 1));
  }

  /** std_math.cpp's identities, each a function of its argument (one, pi/4, ten), summed into outputs. */
  @Differentiable
  public static void stdMath(double one, double quarterPi, double ten, double[] y) {
    double root2 = Math.sqrt(one + one);
    y[0] = Math.acos(one / root2) - Math.cos(quarterPi);
    y[1] = Math.asin(one / root2) - Math.sin(quarterPi);
    y[2] = Math.atan(one) - Math.tan(quarterPi);
    y[3] = 2 * Math.cosh(one) - 2 * Math.sinh(one);
    y[4] = Math.log(Math.exp(one));
    y[5] = Math.log10(Math.exp(Math.log(ten)));
  }

  // ---- cond_exp.cpp ----

  /** CondExp_ppvv: the comparison of two parameters chooses between variables. */
  @Differentiable
  public static void condExpPpvv(double p0, double p1, double x0, double x1, double[] y) {
    y[0] = p0 < p1 ? x0 : x1;
    y[1] = p0 <= p1 ? x0 : x1;
    y[2] = p0 == p1 ? x0 : x1;
    y[3] = p0 >= p1 ? x0 : x1;
    y[4] = p0 > p1 ? x0 : x1;
  }

  /** CondExp_pvvv: CondExpRel(1, x0, x1, x2). */
  @Differentiable
  public static void condExpPvvv(double[] x, double[] y) {
    double one = 1.;
    y[0] = one < x[0] ? x[1] : x[2];
    y[1] = one <= x[0] ? x[1] : x[2];
    y[2] = one == x[0] ? x[1] : x[2];
    y[3] = one >= x[0] ? x[1] : x[2];
    y[4] = one > x[0] ? x[1] : x[2];
  }

  /** CondExp_vpvv: CondExpRel(x0, 1, x1, x2). */
  @Differentiable
  public static void condExpVpvv(double[] x, double[] y) {
    double one = 1.;
    y[0] = x[0] < one ? x[1] : x[2];
    y[1] = x[0] <= one ? x[1] : x[2];
    y[2] = x[0] == one ? x[1] : x[2];
    y[3] = x[0] >= one ? x[1] : x[2];
    y[4] = x[0] > one ? x[1] : x[2];
  }

  /** CondExp_vvpv: CondExpRel(x0, x1, 3, x2). */
  @Differentiable
  public static void condExpVvpv(double[] x, double[] y) {
    double three = 3.;
    y[0] = x[0] < x[1] ? three : x[2];
    y[1] = x[0] <= x[1] ? three : x[2];
    y[2] = x[0] == x[1] ? three : x[2];
    y[3] = x[0] >= x[1] ? three : x[2];
    y[4] = x[0] > x[1] ? three : x[2];
  }

  /** CondExp_vvvp: CondExpRel(x0, x1, x2, 3). */
  @Differentiable
  public static void condExpVvvp(double[] x, double[] y) {
    double three = 3.;
    y[0] = x[0] < x[1] ? x[2] : three;
    y[1] = x[0] <= x[1] ? x[2] : three;
    y[2] = x[0] == x[1] ? x[2] : three;
    y[3] = x[0] >= x[1] ? x[2] : three;
    y[4] = x[0] > x[1] ? x[2] : three;
  }

  /** SecondOrderReverse: z = x < x^2 ? x : x^2, y0 = z^2; z = x > x^2 ? x^2 : x, y1 = z^2. */
  @Differentiable
  public static void condExpSquares(double x, double[] y) {
    double left = x, right = x * x;
    double z = left < right ? left : right;
    y[0] = z * z;
    z = left > right ? right : left;
    y[1] = z * z;
  }

  /** OldExample: sum of log(x) if x > 0, log(-x) if x < 0, -inf if x == 0, with every branch computed first. */
  @Differentiable
  public static double condExpLogs(double[] x) {
    double sum = 0.;
    for (double xj : x) {
      double pos = Math.log(xj), neg = Math.log(-xj);
      sum += xj > 0 ? pos : 0.;
      sum += xj < 0 ? neg : 0.;
      sum += xj == 0 ? Double.NEGATIVE_INFINITY : 0.;
    }
    return sum;
  }

  // ---- cond_exp_rev.cpp, mul_cond_rev.cpp, mul_cskip.cpp ----

  /**
   * cond_exp_rev.cpp: CondExpGt(x0, 0, x0, g(x1)) for 28 functions g, each g(x1) computed before the choice; the test
   * takes x1 = NaN and asserts the derivative in x1 is exactly 0 (the unchosen side's partials are NaN).
   */
  @Differentiable
  public static void condExpRev(double x0, double x1, double[] y) {
    double[] g = {Math.abs(x1), Math.acos(x1), x0 + x1, 1.0 + x1, Math.asin(x1), Math.atan(x1), Math.cos(x1),
        Math.cosh(x1), x0 / x1, 1.0 / x1, x1 / 2.0, org.hipparchus.special.Erf.erf(x1), Math.exp(x1), Math.log(x1),
        x0 * x1, 2.0 * x1, Math.pow(x1, x1), Math.pow(x1, 2.0), Math.pow(2.0, x1), Math.signum(x1), Math.sin(x1),
        Math.sinh(x1), Math.sqrt(x1), x0 - x1, 1.0 - x1, x1 - 1.0, Math.tan(x1), Math.tanh(x1)};
    for (int i = 0; i < g.length; i++) y[i] = x0 > 0 ? x0 : g[i];
  }

  /**
   * mul_cond_rev.cpp: CondExpGt(x, 0, g(x), 0) for 25 functions g built from 1/x (infinite at 0) and (1/(1/x))/x
   * (NaN at 0), each computed before the choice; at x = 0 the test asserts every derivative is 0.
   */
  @Differentiable
  public static void mulCondRev(double x, double[] y) {
    double sw = 1 / (x + 0.5);
    double inf = 1 / x;
    double nan = (1 / inf) / x;
    double one = 1 / (1 + x);
    double y0 = x > 0 ? nan : 0;
    double[] g = {nan, Math.abs(y0), nan + nan, Math.acos(sw), Math.asin(sw), Math.atan(nan), Math.cos(nan),
        Math.cosh(nan), Math.exp(nan), Math.log(x), x * inf, Math.pow(inf, x), Math.sin(nan), Math.sinh(nan),
        Math.sqrt(x), inf - nan, Math.tan(nan), Math.tanh(nan), azmul(x, inf),
        Math.log(x + Math.sqrt(x * x - 1)), Math.log(nan + Math.sqrt(nan * nan + 1)),
        0.5 * Math.log((1 + one) / (1 - one)), org.hipparchus.special.Erf.erf(nan), Math.expm1(nan),
        Math.log1p(-one)};
    for (int i = 0; i < g.length; i++) y[i] = x > 0 ? g[i] : 0;
  }

  /** mul_cskip.cpp: CondExpEq(x0, 1, x0 * x1, 0). */
  @Differentiable
  public static double mulCskip(double x0, double x1) {
    double p = x0 * x1;
    return x0 == 1.0 ? p : 0.0;
  }

  // ---- div_zero_one.cpp, mul_zero_one.cpp, azmul.cpp ----

  /** DivZeroOne: z0 = x / y (0 when y == 0), z1 = y / x / x (0 when x == 0), y a parameter. */
  @Differentiable
  public static void divZeroOne(double x, double y, double[] z) {
    z[0] = y == 0 ? 0 : x / y;
    if (x == 0) {
      z[1] = 0;
    } else {
      z[1] = y / x;
      z[1] /= x;
    }
  }

  /** MulZeroOne: z0 = x * y, z1 = y * x * x, y a parameter. */
  @Differentiable
  public static void mulZeroOne(double x, double y, double[] z) {
    z[0] = x * y;
    z[1] = y * x;
    z[1] *= x;
  }

  /** CppAD's absolute zero multiplication: 0 whenever x is 0, even when y is infinite. */
  private static double azmul(double x, double y) {
    return x == 0 ? 0 : x * y;
  }

  /** azmul.cpp: azmul(variable, variable), azmul(parameter, variable), azmul(variable, parameter). */
  @Differentiable
  public static void azmulThree(double x0, double x1, double p0, double p1, double[] y) {
    y[0] = azmul(x0, x1);
    y[1] = azmul(p0, x1);
    y[2] = azmul(x0, p1);
  }

  // ---- compare_change.cpp ----

  /**
   * CompareChange_one's first function (the < comparisons), recorded at (3, 4) and replayed at (4, 3); the tests' own
   * parameters 4 and 3 sit on the comparisons' switches at those points.
   */
  @Differentiable
  public static void compareLess(double x0, double x1, double[] y) {
    y[0] = x0 < x1 ? x0 : x1;
    y[1] = x1 < x0 ? x0 : x1;
    y[2] = 3.5 < x1 ? x0 : x1;
    y[3] = 3.5 < x0 ? x0 : x1;
    y[4] = x0 < 4. ? x0 : x1;
    y[5] = x1 < 4. ? x0 : x1;
  }

  /** The > comparisons. */
  @Differentiable
  public static void compareGreater(double x0, double x1, double[] y) {
    y[0] = x0 > x1 ? x0 : x1;
    y[1] = x1 > x0 ? x0 : x1;
    y[2] = 3.5 > x1 ? x0 : x1;
    y[3] = 3.5 > x0 ? x0 : x1;
    y[4] = x0 > 3. ? x0 : x1;
    y[5] = x1 > 3. ? x0 : x1;
  }

  /** The <= comparisons. */
  @Differentiable
  public static void compareLessEqual(double x0, double x1, double[] y) {
    y[0] = x0 <= x1 ? x0 : x1;
    y[1] = x1 <= x0 ? x0 : x1;
    y[2] = 4. <= x1 ? x0 : x1;
    y[3] = 4. <= x0 ? x0 : x1;
    y[4] = x0 <= 3.5 ? x0 : x1;
    y[5] = x1 <= 3.5 ? x0 : x1;
  }

  /** The >= comparisons. */
  @Differentiable
  public static void compareGreaterEqual(double x0, double x1, double[] y) {
    y[0] = x0 >= x1 ? x0 : x1;
    y[1] = x1 >= x0 ? x0 : x1;
    y[2] = 3.5 >= x1 ? x0 : x1;
    y[3] = 3.5 >= x0 ? x0 : x1;
    y[4] = x0 >= 4. ? x0 : x1;
    y[5] = x1 >= 4. ? x0 : x1;
  }

  // ---- vec_ad.cpp ----

  /**
   * VecADTestOne: V = [3, 2, 1] written at an AD index a counting 0, 1, 2, then V[a] = sin(x) V[a], and the result
   * V[x] read at the index x itself.
   */
  @Differentiable
  public static double vecAdOne(double x) {
    int n = 3;
    double[] v = new double[n];
    double a = -1.;
    for (int i = 0; i < n; i++) {
      a += 1.;
      v[(int) a] = n - i;
    }
    a = -1.;
    for (int i = 0; i < n; i++) {
      a += 1.;
      v[(int) a] = Math.sin(x) * v[(int) a];
    }
    return v[(int) x];
  }

  /** VecADTestTwo: linear interpolation in a table of sin on [0, 2 pi], the index floor(x / step) clamped. */
  @Differentiable
  public static double vecAdTwo(double x) {
    int nx = 10;
    double xStep = 2 * Math.PI / (nx - 1);
    double[] data = new double[nx];
    for (int i = 0; i < nx; i++) data[i] = Math.sin(i * xStep);
    double index = x / xStep;
    double lower = Math.floor(index);
    lower = lower < 0 ? 0 : lower;
    lower = lower > nx - 2 ? nx - 2 : lower;
    double upper = lower + 1.;
    return data[(int) lower] + (index - lower) * (data[(int) upper] - data[(int) lower]);
  }

  /** vec_ad.cpp SecondOrderReverse: Z[0] = x + 1, Z[x - 1] = x + 1 (index 1 at x = 2); y = Z[0]^2, Z[1]^2. */
  @Differentiable
  public static void vecAdWrittenAtActiveIndex(double x, double[] y) {
    double[] z = new double[2];
    z[0] = x + 1;
    double one = x - 1;
    z[(int) one] = x + 1.;
    y[0] = z[0] * z[0];
    y[1] = z[(int) one] * z[(int) one];
  }

  // ---- romberg_one.cpp, poly.cpp, rev_two.cpp ----

  /** The test's Fun: x^degree by repeated multiplication. */
  private static double power(double x, int degree) {
    double f = 1;
    for (int i = 0; i < degree; i++) f *= x;
    return f;
  }

  /** RombergOne(F, a, b, n, p, e): trapezoid sums on 2^(n-1) intervals, extrapolated p times. */
  @Differentiable
  public static double rombergOne(double a, double b, int n, int p) {
    int degree = 4;
    double[] r = new double[n];
    int ipow = 1;
    r[0] = 0.5 * (b - a) * (power(a, degree) + power(b, degree));
    for (int i = 1; i < n; i++) {
      double step = (b - a) / (2 * ipow);
      double sum = 0;
      for (int k = 0; k < ipow; k++) sum += power(a + (2 * k + 1) * step, degree);
      r[i] = 0.5 * r[i - 1] + step * sum;
      ipow *= 2;
    }
    double pow4 = 1;
    for (int j = 0; j < p; j++) {
      pow4 *= 4;
      for (int i = n - 1; i > j; i--) r[i] = (pow4 * r[i] - r[i - 1]) / (pow4 - 1);
    }
    return r[n - 1];
  }

  /** poly.cpp: Poly(0, A, z) with A = [1, 1, 1, 1, 1] by Horner's rule, in the coefficients and z. */
  @Differentiable
  public static double poly(double[] a, double z) {
    double p = a[a.length - 1];
    for (int k = a.length - 2; k >= 0; k--) p = p * z + a[k];
    return p;
  }

  /** rev_two.cpp: x0^2 + x0 x1 + 2 x1^2 at (0.5, 1.5). */
  @Differentiable
  public static double revTwo(double x0, double x1) {
    return x0 * x0 + x0 * x1 + 2. * x1 * x1;
  }
}
