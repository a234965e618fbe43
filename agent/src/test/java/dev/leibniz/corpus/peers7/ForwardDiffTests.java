package dev.leibniz.corpus.peers7;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The seventh peer round").
 * Source: ForwardDiff.jl (JuliaDiff/ForwardDiff.jl on GitHub), test/DerivativeTest.jl (the version with the Givens
 * testset; "exponential function at base zero": d/dy of 0^y at y = 0.5 and 1.5; "exponentiation with NaNMath":
 * pow(1.0, x) at 1, x^2.0 at 2) and test/MiscTest.jl at commit 0feb64cb (the README example
 * sum(sin, x) + prod(tan, x) * sum(sqrt, x), its gradient's Jacobian being the Hessian; issue 59's
 * f = sin(x)/3 * cos(x)/2 and f2 = f'(x1) * f(x2) written with the hand derivative; the Jacobian of inv on a 5x5
 * matrix; the element-wise arithmetic with a constant vector a = ones(4); the hypot sum over y; NaNMath.pow(-2, 2) with
 * the base active; issue 290's rem2pi(x, RoundUp) and rem2pi(x, RoundDown)).
 * Licence: MIT (Copyright (c) 2015 Jarrett Revels, Theodore Papamarkou, Miles Lubin, and other contributors).
 * Translation (written here in Java; no comments copied): Julia's x^y as Math.pow; sum and prod over a vector as loops;
 * inv as Gauss-Jordan elimination with partial pivoting on a copy (Julia's inv goes through an LU factorisation; both
 * compute the same inverse); the element-wise ops x[i] op a returned as a 4x4 array (the Jacobian of the test stacks
 * them); rem2pi(x, RoundUp) as x - 2pi ceil(x / 2pi), RoundDown with floor; the test's rand() points fixed here.
 */

import dev.leibniz.Differentiable;

public final class ForwardDiffTests {
  private ForwardDiffTests() {}

  /** y -> x^y at the base x = 0, as the test's closure over x. */
  @Differentiable
  public static double powOfZeroBase(double y) {
    double x = 0.0;
    return Math.pow(x, y);
  }

  @Differentiable
  public static double powOne(double x) {
    return Math.pow(1.0, x);
  }

  @Differentiable
  public static double squareByPow(double x) {
    return Math.pow(x, 2.0);
  }

  @Differentiable
  public static double readmeExample(double[] x) {
    double sumSin = 0;
    double prodTan = 1;
    double sumSqrt = 0;
    for (double v : x) {
      sumSin += Math.sin(v);
      prodTan *= Math.tan(v);
      sumSqrt += Math.sqrt(v);
    }
    return sumSin + prodTan * sumSqrt;
  }

  static double issue59(double x) {
    return Math.sin(x) / 3 * Math.cos(x) / 2;
  }

  static double issue59Derivative(double x) {
    double c = Math.cos(x);
    double s = Math.sin(x);
    return ((c * c) / 3 - (s * s) / 3) / 2;
  }

  @Differentiable
  public static double issue59Nested(double[] x) {
    return issue59Derivative(x[0]) * issue59(x[1]);
  }

  /** inv by Gauss-Jordan elimination with partial pivoting. */
  @Differentiable
  public static double[][] inv(double[][] x) {
    int n = x.length;
    double[][] a = new double[n][];
    for (int i = 0; i < n; i++) a[i] = x[i].clone();
    double[][] b = new double[n][n];
    for (int i = 0; i < n; i++) b[i][i] = 1;
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int r = col + 1; r < n; r++) {
        if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) pivot = r;
      }
      double[] t = a[col];
      a[col] = a[pivot];
      a[pivot] = t;
      t = b[col];
      b[col] = b[pivot];
      b[pivot] = t;
      double d = a[col][col];
      for (int j = 0; j < n; j++) {
        a[col][j] /= d;
        b[col][j] /= d;
      }
      for (int r = 0; r < n; r++) {
        if (r == col) continue;
        double f = a[r][col];
        for (int j = 0; j < n; j++) {
          a[r][j] -= f * a[col][j];
          b[r][j] -= f * b[col][j];
        }
      }
    }
    return b;
  }

  /** [op.(x[1], a); op.(x[2], a); ...] with a = ones(4), op chosen by its Julia name. */
  @Differentiable
  public static double[][] elementwise(double[] x, String op) {
    double[] a = {1.0, 1.0, 1.0, 1.0};
    double[][] out = new double[x.length][a.length];
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < a.length; j++) {
        out[i][j] = switch (op) {
          case ".-" -> x[i] - a[j];
          case ".+" -> x[i] + a[j];
          case "./" -> x[i] / a[j];
          case ".*" -> x[i] * a[j];
          default -> throw new IllegalArgumentException(op);
        };
      }
    }
    return out;
  }

  @Differentiable
  public static double hypotSum(double[] x, double[] y) {
    double s = 0;
    for (int i = 0; i < x.length; i++) s += Math.hypot(x[i], y[i]);
    return s;
  }

  @Differentiable
  public static double nanMathPow(double x) {
    return Math.pow(x, 2.0);
  }

  @Differentiable
  public static double rem2piRoundUp(double x) {
    double twoPi = 2 * Math.PI;
    return x - twoPi * Math.ceil(x / twoPi);
  }

  @Differentiable
  public static double rem2piRoundDown(double x) {
    double twoPi = 2 * Math.PI;
    return x - twoPi * Math.floor(x / twoPi);
  }
}
