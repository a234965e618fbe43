package dev.leibniz.corpus.peers4;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The fourth peer round").
 * Source: TinyAD (patr-schm/TinyAD on GitHub), tests/ScalarTestMisc.cc (commit 5ed16d21: test_quadratic a^2 + a + 2;
 * test_sphere (sin a cos b, sin a sin b, cos a) at (pi/8, pi/8); test_min_quadric; test_triangle_distortion, the
 * symmetric Dirichlet energy |J|^2 + |J^-1|^2 of a triangle's map J = M Mr^-1 from the rest triangle (1,1), (2,1),
 * (1,2), at the test's vertices (10,1), (15,3), (2,2), which asserts a finite value, gradient and Hessian),
 * tests/ScalarTestBinaryOperators.cc (commit 5ed16d21; test_atan2_const at its eight points, on both axes included; pow of an active
 * value to the int 3 and the real 3/2; the compound assignments += -= *= /= between two scalars and with constants)
 * and tests/ScalarTestUnaryOperators.cc (commit 1319806d; test_sqr: sqr(a), pow(a, 2) and a * a of a = x^2 + 7y^2 - 9x + x + 2y, which
 * must agree).
 * Licence: MIT (Copyright Patrick Schmidt).
 * Translation (written here in Java; no comments copied): Eigen 2x2 matrices are four doubles (col_mat(b - a, c - a),
 * the inverse by the adjugate over the determinant, squaredNorm as the sum of squares); the known_derivatives scalars
 * of the operator tests are the test's polynomials of one active x at x = 1, the operators of test_plus, test_minus,
 * test_mult and test_div summed in one expression and then applied in place (the divisors a - 3 and a(x) are chosen
 * here, the test divides by its own b(x)); sqr(a) is a * a.
 */

import dev.leibniz.Differentiable;

public final class TinyAdTests {
  private TinyAdTests() {}

  @Differentiable
  public static double quadratic(double a) {
    return a * a + a + 2.0;
  }

  @Differentiable
  public static void sphere(double alpha, double beta, double[] f) {
    f[0] = Math.sin(alpha) * Math.cos(beta);
    f[1] = Math.sin(alpha) * Math.sin(beta);
    f[2] = Math.cos(alpha);
  }

  @Differentiable
  public static double minQuadric(double[] x) {
    return x[0] * x[0] + 2.0 * x[1] * x[1] + 6.0 * x[2] * x[2] + x[0] - 2.0 * x[1] + 6.0 * x[2] + 10;
  }

  /** |J|_F^2 + |J^-1|_F^2 for J = M Mr^-1, M = (b - a, c - a) by columns; x = (ax, ay, bx, by, cx, cy). */
  @Differentiable
  public static double triangleDistortion(double[] x, double[] rest) {
    double r00 = rest[2] - rest[0], r10 = rest[3] - rest[1], r01 = rest[4] - rest[0], r11 = rest[5] - rest[1];
    double rdet = r00 * r11 - r01 * r10;
    double i00 = r11 / rdet, i01 = -r01 / rdet, i10 = -r10 / rdet, i11 = r00 / rdet;
    double m00 = x[2] - x[0], m10 = x[3] - x[1], m01 = x[4] - x[0], m11 = x[5] - x[1];
    double j00 = m00 * i00 + m01 * i10;
    double j01 = m00 * i01 + m01 * i11;
    double j10 = m10 * i00 + m11 * i10;
    double j11 = m10 * i01 + m11 * i11;
    double det = j00 * j11 - j01 * j10;
    double k00 = j11 / det, k01 = -j01 / det, k10 = -j10 / det, k11 = j00 / det;
    return j00 * j00 + j01 * j01 + j10 * j10 + j11 * j11 + k00 * k00 + k01 * k01 + k10 * k10 + k11 * k11;
  }

  @Differentiable
  public static double atan2(double x, double y) {
    return Math.atan2(y, x);
  }

  /** a(x) = x^2 + x + 2 at x = 1 (value 4, slope 3, curvature 2), then a^3 and a^(3/2). */
  @Differentiable
  public static double powers(double x) {
    double a = x * x + x + 2;
    return Math.pow(a, 3) + Math.pow(a, 3.0 / 2.0);
  }

  /** a = x^2 + x + 2, b = x^3 - x^2 at x = 1, then the test's operators in order. */
  @Differentiable
  public static double operators(double x) {
    double a = x * x + x + 2;
    double b = x * x * x - x * x;
    double f = (a + b) + (a + 1.0) + (1.0 + a) + (a - b) + (1.0 - a) + a * b + 2.0 * a + a / 2.0 + 2.0 / (a - 3);
    a += b;
    a += 1.0;
    a -= b;
    a -= 1.0;
    a *= b;
    a *= 2.0;
    a /= (x * x + x + 2);
    a /= 2.0;
    return f + a;
  }

  /** sqr(a), pow(a, 2) and a * a must agree; returned as a sum of the three and their pairwise differences. */
  @Differentiable
  public static void sqr(double x, double y, double[] out) {
    double a = x * x + 7.0 * y * y - 3.0 * x * 3.0 + x + 2 * y;
    double sqr = a * a;
    double pow = Math.pow(a, 2);
    double aa = a * a;
    out[0] = sqr;
    out[1] = pow;
    out[2] = aa;
    out[3] = sqr - pow;
  }
}
