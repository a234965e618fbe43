package dev.leibniz.corpus.peers9;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The ninth peer round").
 * Source: CoDiPack (SciCompKL/CoDiPack on GitHub) at commit 99c71a7998e2140e1003c447dece69e0fde13238, the functions
 * `func(x, y)` of tests/general/include/tests/: expressions/testOneArgumentExpr1..3, testTwoArgumentExpr1..2,
 * testBigExpressions, testAssignOperators1..2, testIncrementOperators, exceptions/testOneArgumentExceptions and
 * testTwoArgumentExceptions, tools/testReferenceActiveType, externalFunctions/testExtFunctionCall (its external
 * function multiplies), tools/lowlevelFunctions/linearAlgebra/testMatrixMatrixMultiplication; the derivatives the suite
 * asserts are tests/general/results/deriv1st/*.out.
 * Licence: GPL-3.0. Rewritten here from what each function computes (the list of expressions each output evaluates),
 * never copied; no comments or code taken.
 * Translation: `Number* x, Number* y` are double[] x (inputs) and double[] y (outputs written in place); C's abs/fabs
 * are Math.abs, fmin/fmax Math.min/max, copysign Math.copySign, fmod Java's %, remainder Math.IEEEremainder, ldexp
 * Math.scalb, round (half away from zero) floor on |x| + 0.5 with the sign, erf/erfc/tgamma Hipparchus' Erf and Gamma,
 * asinh/acosh/atanh Hipparchus' FastMath, log2 log(x) / log(2); frexp is the helper below (the exponent through an
 * int[1]); swap is a temporary; the external function is a helper method; the reference type is a local.
 */

import dev.leibniz.Differentiable;
import org.hipparchus.special.Erf;
import org.hipparchus.special.Gamma;
import org.hipparchus.util.FastMath;

public final class CodipackExpressions {
  private CodipackExpressions() {}

  /** C's frexp: the mantissa in [0.5, 1) and the exponent, so that x = m * 2^e. */
  static double frexp(double x, int[] exponent) {
    if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) {
      exponent[0] = 0;
      return x;
    }
    int e = Math.getExponent(x) + 1;
    exponent[0] = e;
    return Math.scalb(x, -e);
  }

  /** C's round: half away from zero. */
  static double round(double x) {
    return x < 0 ? -Math.floor(-x + 0.5) : Math.floor(x + 0.5);
  }

  @Differentiable
  public static void oneArgumentExpr1(double[] x, double[] y) {
    y[0] = +x[0];
    y[1] = -x[0];
    y[2] = Math.exp(x[0]);
    y[3] = Math.sin(x[0]);
    y[4] = Math.cos(x[0]);
    y[5] = Math.atan(x[0]);
    y[6] = Math.sinh(x[0]);
    y[7] = Math.cosh(x[0]);
    y[8] = Math.abs(x[0]);
    y[9] = Math.abs(x[0]);
    y[10] = Math.floor(x[0]);
    y[11] = Math.tanh(x[0]);
    y[12] = Math.tan(x[0]);
    y[13] = Erf.erf(x[0]);
    y[14] = Erf.erfc(x[0]);
    y[15] = Math.cbrt(x[0]);
    y[16] = round(x[0]);
    y[17] = Math.ceil(x[0]);
    y[18] = Math.scalb(x[0], 7);
    int[] temp = new int[1];
    y[19] = frexp(x[0], temp);
    y[20] = FastMath.asinh(x[0]);
  }

  /** OneArgumentExpr1's y[13] and y[14] alone (erf, erfc), for the point 0. */
  @Differentiable
  public static void erfAndErfc(double[] x, double[] y) {
    y[0] = Erf.erf(x[0]);
    y[1] = Erf.erfc(x[0]);
  }

  @Differentiable
  public static void oneArgumentExpr2(double[] x, double[] y) {
    y[0] = Math.log(x[0]);
    y[1] = Math.log10(x[0]);
    y[2] = Math.sqrt(x[0]);
    y[3] = Gamma.gamma(x[0]);
    if (x[0] >= 1.0) {
      y[4] = FastMath.acosh(x[0]);
    } else {
      y[4] = 0.0;
    }
    y[5] = Math.log1p(x[0]);
    y[6] = Math.log(x[0]) / Math.log(2);
  }

  /** OneArgumentExpr2's y[3] alone (tgamma), for its points at whole numbers. */
  @Differentiable
  public static double tgamma(double x) {
    return Gamma.gamma(x);
  }

  @Differentiable
  public static void oneArgumentExpr3(double[] x, double[] y) {
    y[0] = FastMath.atanh(x[0]);
    y[1] = Math.asin(x[0]);
    y[2] = Math.acos(x[0]);
  }

  @Differentiable
  public static void twoArgumentExpr1(double[] x, double[] y) {
    y[0] = x[0] + x[1];
    y[1] = 5.00 + x[1];
    y[2] = x[0] + 5.00;
    y[3] = x[0] - x[1];
    y[4] = 5.00 - x[1];
    y[5] = x[0] - 5.00;
    y[6] = x[0] * x[1];
    y[7] = 5.00 * x[1];
    y[8] = x[0] * 5.00;
    y[9] = Math.min(x[0], x[1]);
    y[10] = Math.min(5.00, x[1]);
    y[11] = Math.min(x[0], 5.00);
    y[12] = Math.max(x[0], x[1]);
    y[13] = Math.max(5.00, x[1]);
    y[14] = Math.max(x[0], 5.00);
    y[15] = Math.min(x[0], x[1]);
    y[16] = Math.min(5.00, x[1]);
    y[17] = Math.min(x[0], 5.00);
    y[18] = Math.max(x[0], x[1]);
    y[19] = Math.max(5.00, x[1]);
    y[20] = Math.max(x[0], 5.00);
    y[21] = Math.pow(x[0], x[1]);
    y[22] = Math.pow(5.00, x[1]);
    y[23] = Math.pow(x[0], 5.00);
    y[24] = Math.copySign(x[0], x[1]);
    y[25] = Math.copySign(5.00, x[1]);
    y[26] = Math.copySign(x[0], 5.00);
    y[27] = x[0];
    y[28] = x[1];
    double t = y[27];
    y[27] = y[28];
    y[28] = t;
  }

  @Differentiable
  public static void twoArgumentExpr2(double[] x, double[] y) {
    y[0] = x[0] / x[1];
    y[1] = 5.00 / x[1];
    y[2] = x[0] / 5.00;
    y[3] = Math.atan2(x[0], x[1]);
    y[4] = Math.atan2(5.00, x[1]);
    y[5] = Math.atan2(x[0], 5.00);
    y[6] = Math.IEEEremainder(x[0], x[1]);
    y[7] = Math.IEEEremainder(5.0, x[1]);
    y[8] = Math.IEEEremainder(x[0], 5.0);
    y[9] = Math.hypot(x[0], x[1]);
    y[10] = Math.hypot(5.0, x[1]);
    y[11] = Math.hypot(x[0], 5.0);
    y[12] = x[0] % x[1];
    y[13] = 5.00 % x[1];
    y[14] = x[0] % 5.00;
  }

  /** The tetrahedron volume |c . (a x b)| / 6 over 12 coordinates (edge, face and element centres, a point). */
  @Differentiable
  public static void bigExpressions(double[] x, double[] y) {
    int edge = 0;
    int face = 3;
    int elem = 6;
    int point = 9;
    double a0 = x[edge] - x[point];
    double a1 = x[edge + 1] - x[point + 1];
    double a2 = x[edge + 2] - x[point + 2];
    double b0 = x[face] - x[point];
    double b1 = x[face + 1] - x[point + 1];
    double b2 = x[face + 2] - x[point + 2];
    double c0 = x[elem] - x[point];
    double c1 = x[elem + 1] - x[point + 1];
    double c2 = x[elem + 2] - x[point + 2];
    double d0 = a1 * b2 - a2 * b1;
    double d1 = -(a0 * b2 - a2 * b0);
    double d2 = a0 * b1 - a1 * b0;
    y[0] = Math.abs(c0 * d0 + c1 * d1 + c2 * d2) / 6.0;
  }

  @Differentiable
  public static void assignOperators1(double[] x, double[] y) {
    y[0] = x[0];
    y[0] += x[1];
    y[1] = 5.00;
    y[1] += x[1];
    y[2] = x[0];
    y[2] += 5.00;
    y[3] = x[0];
    y[3] -= x[1];
    y[4] = 5.00;
    y[4] -= x[1];
    y[5] = x[0];
    y[5] -= 5.00;
    y[6] = x[0];
    y[6] *= x[1];
    y[7] = 5.00;
    y[7] *= x[1];
    y[8] = x[0];
    y[8] *= 5.00;
  }

  @Differentiable
  public static void assignOperators2(double[] x, double[] y) {
    y[0] = x[0];
    y[0] /= x[1];
    y[1] = 5.00;
    y[1] /= x[1];
    y[2] = x[0];
    y[2] /= 5.00;
  }

  @Differentiable
  public static void incrementOperators(double[] x, double[] y) {
    y[0] = x[0];
    y[1] = ++y[0];
    y[2] = x[0];
    y[3] = y[2]++;
    y[4] = x[0];
    y[5] = --y[4];
    y[6] = x[0];
    y[7] = y[6]--;
  }

  @Differentiable
  public static void oneArgumentExceptions(double[] x, double[] y) {
    y[0] = Math.tan(x[0]);
    y[1] = Math.log(x[0]);
    y[2] = Math.log10(x[0]);
    y[3] = Math.sqrt(x[0]);
    y[4] = FastMath.atanh(x[0]);
    y[5] = Math.asin(x[0]);
    y[6] = Math.acos(x[0]);
    y[7] = Math.cbrt(x[0]);
  }

  @Differentiable
  public static void twoArgumentExceptions(double[] x, double[] y) {
    y[0] = x[0] / x[1];
    y[1] = 5.00 / x[1];
    y[2] = x[0] / 5.00;
    y[3] = Math.atan2(x[0], x[1]);
    y[4] = Math.atan2(5.00, x[1]);
    y[5] = Math.atan2(x[0], 5.00);
    y[6] = Math.IEEEremainder(x[0], x[1]);
    y[7] = Math.IEEEremainder(5.00, x[1]);
    y[8] = Math.IEEEremainder(x[0], 5.00);
    y[9] = Math.hypot(x[0], x[1]);
    y[10] = Math.hypot(5.0, x[1]);
    y[11] = Math.hypot(x[0], 5.0);
  }

  @Differentiable
  public static void referenceActiveType(double[] x, double[] y) {
    double xRef = x[0];
    y[0] = 3.0 * xRef * xRef * xRef * xRef + 5.0 * xRef * xRef * xRef - 3.0 * xRef * xRef + 2.0 * xRef - 4.0;
  }

  /** The external function of testExtFunctionCall: a product the tape records as one operation. */
  static double multiply(double a, double b) {
    return a * b;
  }

  @Differentiable
  public static void extFunctionCall(double[] x, double[] y) {
    double w = multiply(x[0], x[1]);
    y[0] = w * w;
  }

  @Differentiable
  public static void matrixMatrixMultiplication(double[] x, double[] y) {
    double[] a = {1.0 * x[0], 2.0 * x[0], 3.0 * x[0], 4.0 * x[0]};
    double[] b = {0.4 * x[0], 0.3 * x[0], 0.2 * x[0], 0.1 * x[0]};
    double[] c = new double[4];
    for (int row = 0; row < 2; row += 1) {
      for (int col = 0; col < 2; col += 1) {
        c[row * 2 + col] = a[row * 2 + 0] * b[0 * 2 + col] + a[row * 2 + 1] * b[1 * 2 + col];
      }
    }
    y[0] = c[0] + c[1] + c[2] + c[3];
  }
}
