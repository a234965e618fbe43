package dev.leibniz.corpus.peers20;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The twentieth peer round").
 * Source: autodiff (autodiff/autodiff on GitHub, C++ forward and reverse automatic differentiation): the vector
 * functions of its Eigen tests, tests/reverse/var/eigen.test.cpp at commit 11fa06ab66e6be85b2a71fa9d064841e8bb172cb
 * (y = sum(x), ||x||^2, prod(sin(x)), sum(diff(x).^2) with their gradients and Hessians),
 * tests/forward/dual/eigen.test.cpp at commit 006f48c98c9e35e91a10daa2544fa4755cd1d4d8 (0.5 * sum(x .* x), the
 * Jacobian of x / sum(x), the packed function of (x, y, z) and its Jacobian, A * x along two directions) and
 * tests/forward/utils/gradient.test.cpp at commit 04727a8e71744986f29f5dcfd4df543394580953 (the CHECK_GRADIENT and
 * CHECK_JACOBIAN expressions at x = (2, 3, 5, 7, 9), each also as expr/expr - 1, which is zero).
 * Licence: MIT. Copyright (c) 2018-2024 Allan Leal. Permission is hereby granted, free of charge, to any person
 * obtaining a copy of this software and associated documentation files (the "Software"), to deal in the Software
 * without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute,
 * sublicense, and/or sell copies of the Software, subject to the condition that the above copyright notice and this
 * permission notice shall be included in all copies or substantial portions of the Software (see the MIT licence
 * text); changes: the test's expressions rewritten as Java methods.
 * Translation: VectorXvar and VectorXdual are double[]; the reverse-mode and forward-mode tests' functions are loops
 * over the array, an array result written into an output array; the gradient test's Eigen array expressions
 * (x.exp().sum(), (x.sin() * x.exp()).sum(), ...) go through a small immutable ArrayX class with map(lambda),
 * times, plus, dividedBy and sum, as a Java programmer porting Eigen's array API would write it.
 */

import dev.leibniz.Differentiable;
import java.util.function.DoubleUnaryOperator;

public final class AutodiffEigen {
  private AutodiffEigen() {}

  /** y = x.sum(). */
  @Differentiable(order = 2)
  public static double sum(double[] x) {
    double s = 0;
    for (double v : x) {
      s += v;
    }
    return s;
  }

  /** y = x.cwiseProduct(x).sum(). */
  @Differentiable(order = 2)
  public static double squaredNorm(double[] x) {
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      s += x[i] * x[i];
    }
    return s;
  }

  /** y = x.array().sin().prod(). */
  @Differentiable(order = 2)
  public static double prodSin(double[] x) {
    double p = 1;
    for (double v : x) {
      p *= Math.sin(v);
    }
    return p;
  }

  /** y = (x.head(n-1) - x.tail(n-1)).array().pow(2).sum(). */
  @Differentiable(order = 2)
  public static double sumDiffSquared(double[] x) {
    int n = x.length - 1;
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += Math.pow(x[i] - x[i + 1], 2);
    }
    return s;
  }

  /** 0.5 * (x.array() * x.array()).sum(). */
  @Differentiable(order = 2)
  public static double halfSquaredNorm(double[] x) {
    double s = 0;
    for (double v : x) {
      s += v * v;
    }
    return 0.5 * s;
  }

  /** x / x.array().sum(). */
  @Differentiable
  public static void normalize(double[] x, double[] out) {
    double s = 0;
    for (double v : x) {
      s += v;
    }
    for (int i = 0; i < x.length; i++) {
      out[i] = x[i] / s;
    }
  }

  /** 0.5 * ((x.array() * x.array()).sum() + y * y + (z.array() * z.array()).sum()). */
  @Differentiable
  public static double packed(double[] x, double y, double[] z) {
    double s = 0;
    for (double v : x) {
      s += v * v;
    }
    double t = 0;
    for (double v : z) {
      t += v * v;
    }
    return 0.5 * (s + y * y + t);
  }

  /** ret.head(x.size()) = x * y / x.array().sum(); ret.tail(z.size()) = y * z. */
  @Differentiable
  public static void packedVector(double[] x, double y, double[] z, double[] ret) {
    double s = 0;
    for (double v : x) {
      s += v;
    }
    for (int i = 0; i < x.length; i++) {
      ret[i] = x[i] * y / s;
    }
    for (int i = 0; i < z.length; i++) {
      ret[x.length + i] = y * z[i];
    }
  }

  /** b = A * x, A constant. */
  @Differentiable
  public static void matVec(double[][] a, double[] x, double[] b) {
    for (int i = 0; i < a.length; i++) {
      double s = 0;
      for (int j = 0; j < x.length; j++) {
        s += a[i][j] * x[j];
      }
      b[i] = s;
    }
  }

  /** An Eigen-style array: element-wise operations, immutable. */
  static final class ArrayX {
    private final double[] values;

    ArrayX(double[] values) {
      this.values = values;
    }

    ArrayX map(DoubleUnaryOperator f) {
      double[] r = new double[values.length];
      for (int i = 0; i < r.length; i++) {
        r[i] = f.applyAsDouble(values[i]);
      }
      return new ArrayX(r);
    }

    ArrayX times(ArrayX other) {
      double[] r = new double[values.length];
      for (int i = 0; i < r.length; i++) {
        r[i] = values[i] * other.values[i];
      }
      return new ArrayX(r);
    }

    ArrayX dividedBy(ArrayX other) {
      double[] r = new double[values.length];
      for (int i = 0; i < r.length; i++) {
        r[i] = values[i] / other.values[i];
      }
      return new ArrayX(r);
    }

    ArrayX minus(double c) {
      return map(v -> v - c);
    }

    double sum() {
      double s = 0;
      for (double v : values) {
        s += v;
      }
      return s;
    }

    void copyTo(double[] out) {
      System.arraycopy(values, 0, out, 0, values.length);
    }
  }

  /** CHECK_GRADIENT's expressions, by which: x.sum(), x.exp().sum(), ..., (x.sin() * x.cos()).sum(). */
  static ArrayX expression(int which, ArrayX x) {
    switch (which) {
      case 0:
        return x;
      case 1:
        return x.map(Math::exp);
      case 2:
        return x.map(Math::log);
      case 3:
        return x.map(Math::tan);
      case 4:
        return x.times(x);
      case 5:
        return x.map(Math::sin).times(x.map(Math::exp));
      case 6:
        return x.times(x.map(Math::log));
      default:
        return x.map(Math::sin).times(x.map(Math::cos));
    }
  }

  /** g(x) = expr.sum() of CHECK_GRADIENT. */
  @Differentiable
  public static double gradientExpr(int which, double[] x) {
    return expression(which, new ArrayX(x)).sum();
  }

  /** f(x) = expr/expr - 1 of CHECK_GRADIENT: zero. */
  @Differentiable
  public static double gradientZero(int which, double[] x) {
    ArrayX a = new ArrayX(x);
    double e = expression(which, a).sum();
    return e / e - 1.0;
  }

  /** g(x) = expr of CHECK_JACOBIAN, into out. */
  @Differentiable
  public static void jacobianExpr(int which, double[] x, double[] out) {
    expression(which, new ArrayX(x)).copyTo(out);
  }

  /** f(x) = expr/expr - 1 of CHECK_JACOBIAN, element-wise: zero. */
  @Differentiable
  public static void jacobianZero(int which, double[] x, double[] out) {
    ArrayX e = expression(which, new ArrayX(x));
    e.dividedBy(e).minus(1.0).copyTo(out);
  }
}
