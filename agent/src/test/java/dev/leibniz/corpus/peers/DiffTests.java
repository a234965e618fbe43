package dev.leibniz.corpus.peers;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The peer round").
 * Source: DiffTests.jl (JuliaDiff/DiffTests.jl on GitHub, commit 05b8721d), src/DiffTests.jl: the test functions that
 * ForwardDiff.jl, ReverseDiff.jl and Zygote.jl run their gradient, Jacobian and Hessian tests on.
 * Licence: MIT ("DiffTests.jl is licensed under the MIT License"; Copyright (c) 2017 Jarrett Revels and contributors).
 * Translation (written here in Java from the Julia definitions, same names): indices are 0-based; `x^2` is
 * Math.pow(x, 2); broadcasts and sum/prod/dot/norm are loops; `map` with a closure is a Java lambda applied in a loop
 * (vec2num_7 and rosenbrock_2 capture the input, as the Julia closures do); a Julia matrix is a double[][] (row i is
 * x[i]); the in-place functions f!(y, x) are void methods named without the '!'; the first n entries of a square
 * matrix (neural_step's x1[1:n], w2[1:n], column-major in Julia) are its first column. rosenbrock_1, ackley and
 * self_weighted_logit are marked order = 2 (the Hessian tests of ForwardDiff run on these vector-to-number functions).
 */

import dev.leibniz.Differentiable;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

public final class DiffTests {
  private DiffTests() {}

  @Differentiable
  public static double num2num_1(double x) {
    return Math.pow(Math.sin(x), 2) / Math.pow(Math.cos(x), 2);
  }

  @Differentiable
  public static double num2num_2(double x) {
    return 2 * x + Math.sqrt(x * x * x);
  }

  @Differentiable
  public static double num2num_3(double x) {
    return Math.pow(10.31, x + x) - x;
  }

  @Differentiable
  public static double num2num_5(double x) {
    return 1. / (1. + Math.exp(-x));
  }

  @Differentiable
  public static void num2arr_1(double[] y, double x) {
    java.util.Arrays.fill(y, 0.0);
    for (int i = 1; i < y.length; i++) y[i] = Math.pow(Math.sin(x) + y[i - 1], 2);
  }

  @Differentiable
  public static double vec2num_1(double[] x) {
    return (Math.exp(x[0]) + Math.log(x[2]) * x[3]) / x[4];
  }

  @Differentiable
  public static double vec2num_3(double[] x) {
    double s = 0;
    for (double xi : x)
      for (double xj : x) s += (xi * xj) * (xi * xj);
    return Math.sqrt(s);
  }

  @Differentiable
  public static double vec2num_5(double[] x) {
    double s = 0;
    for (double xi : x) s += Math.pow(-xi, 3);
    return s;
  }

  @Differentiable
  public static double vec2num_6(double[] x) {
    double s = 0;
    for (double i : x) s += i > 0 ? i : 0;
    return s;
  }

  @Differentiable
  public static double vec2num_7(double[] x) {
    DoubleUnaryOperator scaled = y -> x[0] * y;
    double s = 0;
    for (double xi : x) s += scaled.applyAsDouble(xi);
    return s;
  }

  @Differentiable(order = 2)
  public static double rosenbrock_1(double[] x) {
    double a = 1;
    double b = 100 * a;
    double result = 0;
    for (int i = 0; i < x.length - 1; i++) result += Math.pow(a - x[i], 2) + b * Math.pow(x[i + 1] - Math.pow(x[i], 2), 2);
    return result;
  }

  @Differentiable
  public static double rosenbrock_2(double[] x) {
    double a = x[0];
    double b = 100 * a;
    DoubleBinaryOperator term = (i, j) -> Math.pow(a - j, 2) + b * Math.pow(i - Math.pow(j, 2), 2);
    double sum = 0;
    for (int k = 1; k < x.length; k++) sum += term.applyAsDouble(x[k], x[k - 1]);
    return sum;
  }

  @Differentiable
  public static double rosenbrock_4(double[] x) {
    double sum = 0;
    for (int k = 0; k < x.length - 1; k++) {
      double t1 = Math.pow(1 + x[k], 2);
      double t2 = x[k + 1] + Math.pow(x[k], 2);
      sum += t1 + 100 * Math.pow(Math.abs(t2), 2);
    }
    return sum;
  }

  @Differentiable(order = 2)
  public static double ackley(double[] x) {
    double a = 20.0, b = -0.2, c = 2.0 * Math.PI;
    double lenRecip = 1.0 / x.length;
    double sumSqrs = 0;
    double sumCos = sumSqrs;
    for (double i : x) {
      sumCos += Math.cos(c * i);
      sumSqrs += Math.pow(i, 2);
    }
    return -a * Math.exp(b * Math.sqrt(lenRecip * sumSqrs)) - Math.exp(lenRecip * sumCos) + a + Math.exp(1);
  }

  @Differentiable(order = 2)
  public static double self_weighted_logit(double[] x) {
    double dot = 0;
    for (double xi : x) dot += xi * xi;
    return 1 / (1.0 + Math.exp(-dot));
  }

  @Differentiable
  public static double mat2num_3(double[][] x) {
    double s = 0;
    for (double[] row : x)
      for (double n : row) s += Math.sqrt(Math.abs(n) + Math.pow(n, 2)) * 0.5;
    return s;
  }

  @Differentiable
  public static double softmax(double[][] x) {
    double s = 0;
    for (double[] row : x) {
      double rowSum = 0;
      for (double v : row) rowSum += Math.exp(v);
      for (double v : row) s += Math.exp(v) / rowSum;
    }
    return s;
  }

  static double relu(double x) {
    return Math.log(1.0 + Math.exp(x));
  }

  static double sigmoid(double n) {
    return 1. / (1. + Math.exp(-n));
  }

  @Differentiable
  public static double neural_step(double[][] x1, double[][] w1, double[][] w2) {
    int n = w1[0].length;
    double dot = 0;
    for (int r = 0; r < w1.length; r++) {
      double h = 0;
      for (int k = 0; k < n; k++) h += w1[r][k] * x1[k][0];
      dot += w2[r][0] * relu(h);
    }
    return sigmoid(dot);
  }

  @Differentiable
  public static void chebyquad(double[] y, double[] x) {
    double tk = 1.0 / x.length;
    for (int j = 0; j < x.length; j++) {
      double temp1 = 1.0;
      double temp2 = 2 * x[j] - 1;
      double temp = 2 * temp2;
      for (int i = 0; i < y.length; i++) {
        y[i] += temp2;
        double ti = temp * temp2 - temp1;
        temp1 = temp2;
        temp2 = ti;
      }
    }
    double iev = -1.0;
    for (int k = 1; k <= y.length; k++) {
      y[k - 1] *= tk;
      if (iev > 0) y[k - 1] += 1.0 / (k * k - 1);
      iev = -iev;
    }
  }

  @Differentiable
  public static void brown_almost_linear(double[] y, double[] x) {
    double sum = 0;
    for (double xi : x) sum += xi;
    double c = sum - (x.length + 1);
    for (int i = 0; i < x.length - 1; i++)
      for (int j = 0; j < y.length - 1; j++) y[j] += x[i] + c;
    double prod = 1;
    for (double xi : x) prod *= xi;
    y[y.length - 1] = prod - 1;
  }

  @Differentiable
  public static void trigonometric(double[] y, double[] x) {
    for (double i : x)
      for (int j = 0; j < y.length; j++) y[j] = Math.cos(i);
    double c = 0;
    for (double yj : y) c += yj;
    int n = x.length;
    for (double i : x)
      for (int j = 0; j < y.length; j++) y[j] = Math.sin(i) * y[j] + n - c;
  }

  @Differentiable
  public static void mutation_test_1(double[] y, double[] x) {
    y[0] = x[0];
    y[0] = y[0] * x[1];
    y[1] = y[1] * x[2];
    double s = 0;
    for (double yj : y) s += yj;
    y[2] = s;
  }

  @Differentiable
  public static void mutation_test_2(double[] y, double[] x) {
    y[0] *= x[0];
    y[1] *= x[0];
    y[0] *= x[1];
    y[1] *= x[1];
  }
}
