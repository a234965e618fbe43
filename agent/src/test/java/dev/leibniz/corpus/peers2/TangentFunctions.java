package dev.leibniz.corpus.peers2;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The second peer round").
 * Source: Google's Tangent (google/tangent on GitHub, commit 1983d644), tests/functions.py: the functions that
 * test_forward_mode.py, test_reverse_mode.py and test_hessian_vector_products.py differentiate.
 * Licence: Apache-2.0 (Copyright 2017 Google Inc.).
 * Translation (written here in Java from the Python definitions, same names; no comments copied): numpy arrays are
 * double[] / double[][] with loops for np.sum, np.dot, broadcasts and np.tanh; range loops are int loops; the nested
 * _fn of iterpower_with_nested_def is a local lambda; passthru_pack's tuple is an array built from the arguments;
 * nested_dict's dict of dicts is two small classes
 * (TangentDictOuter, TangentDictInner); cart2polar's and fn_multiple_return's tuples are small classes (np.arctan(b, a) is taken as
 * the arctan2 the source's own comment says it means); logistic_regression's h1 = input.W + b is a matrix-vector
 * product.
 */

import dev.leibniz.Differentiable;
import java.util.function.DoubleBinaryOperator;

public final class TangentFunctions {
  private TangentFunctions() {}

  @Differentiable
  public static double multiarg_if(double a) {
    double b;
    if (a * a / 3.0 > 0) {
      b = 3.0;
    } else {
      b = 4.0;
    }
    a = a * b;
    if (a < b - a * b) {
      a = a * a;
    } else if (a > b + 3.0 * a) {
      if (a / 2.0 < 0) {
        a = a / b;
      } else {
        a = a * b;
      }
    } else {
      a = -a;
    }
    return a;
  }

  @Differentiable
  public static double devilish_nested_if(double a) {
    if (a > 0) {
      a = a * 3.0;
      if (a < 10) {
        a = a * a;
      } else {
        a = a * 2.0;
      }
    }
    return a;
  }

  @Differentiable
  public static double overwrite_ifelse(double a) {
    if (a > 0) {
      a = a * 3.0;
    } else if (0 > a) {
      a = a * 2.0;
    } else {
      a = 1.0 * a;
    }
    return a;
  }

  @Differentiable
  public static double serial_for(double a, int n) {
    for (int i = 0; i < n; i++) {
      a = a * a;
    }
    a = 2.0 * a;
    for (int i = 0; i < n + 1; i++) {
      a = a * 3.0;
    }
    return a;
  }

  @Differentiable
  public static double serial_forthenif(double a, int n) {
    for (int i = 0; i < n; i++) {
      a = a * a;
    }
    a = 2.0 * a;
    if (a > 0) {
      a = a * a;
    }
    return a;
  }

  @Differentiable
  public static double cond_iterpower1(double a) {
    for (int i = 0; i < 3; i++) {
      if (a < 20) {
        a = a * a;
      }
    }
    return a;
  }

  @Differentiable
  public static double while_big(double a) {
    while (Math.abs(a) > 0.1) {
      a = a * 0.5;
    }
    return a;
  }

  private static double _inner_fn(double a, double b) {
    return a * b;
  }

  @Differentiable
  public static double if_mul_with_call(double a, double b) {
    double o;
    if (a > b) {
      o = _inner_fn(a, b);
    } else {
      o = _inner_fn(b, a);
    }
    return o;
  }

  @Differentiable
  public static double iterpower_with_call(double a, int n) {
    for (int i = 0; i < n; i++) {
      a = _inner_fn(a, a);
    }
    return a;
  }

  @Differentiable
  public static double iterpower_with_nested_def(double a, int n) {
    DoubleBinaryOperator _fn = (x, m) -> x * m;
    for (int i = 0; i < n; i++) {
      a = _fn.applyAsDouble(a, a);
    }
    return a;
  }

  @Differentiable
  public static double test_subscript3(double[] x) {
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = Math.pow(x[i], 2.0);
    }
    x[0] = y[1] * y[2];
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      s += x[i] * y[i];
    }
    return s;
  }

  @Differentiable
  public static double passthru_pack(double a, double b, double c, int i) {
    double[] x = {a, b, c};
    return x[i];
  }

  @Differentiable
  public static double augassign(double a) {
    double x = a * a;
    x *= x;
    return x;
  }

  @Differentiable
  public static double init_array_grad_maybe_active(double[] x) {
    double[][] h = new double[x.length][3];
    for (int t = 0; t < h.length; t++) {
      for (int k = 0; k < 3; k++) {
        h[t][k] = x[t];
      }
    }
    double s = 0;
    for (double[] row : h) {
      for (double v : row) {
        s += v;
      }
    }
    return s;
  }

  @Differentiable
  public static double rnn(double[][] inputs, double[][] W) {
    double[][] h = new double[4][3];
    for (int t = 0; t < 3; t++) {
      for (int j = 0; j < 3; j++) {
        double dot = 0;
        for (int k = 0; k < inputs[t].length; k++) {
          dot += inputs[t][k] * W[k][j];
        }
        h[t + 1][j] = dot + h[t][j];
      }
    }
    double s = 0;
    for (int t = 1; t < h.length; t++) {
      for (double v : h[t]) {
        s += v;
      }
    }
    return s;
  }

  private static double[] dot(double[] v, double[][] m) {
    double[] out = new double[m[0].length];
    for (int j = 0; j < out.length; j++) {
      for (int k = 0; k < v.length; k++) {
        out[j] += v[k] * m[k][j];
      }
    }
    return out;
  }

  @Differentiable
  public static double bilinear(double[] x, double[] h, double[][] U, double[][] W, double[] b) {
    double[] y = dot(x, W);
    double[] hu = dot(h, U);
    for (int j = 0; j < y.length; j++) {
      y[j] = y[j] + hu[j];
    }
    for (int j = 0; j < y.length; j++) {
      y[j] = y[j] + b[j];
    }
    for (int j = 0; j < y.length; j++) {
      y[j] = Math.tanh(y[j]);
    }
    double s = 0;
    for (double v : y) {
      s += v;
    }
    return s;
  }

  @Differentiable
  public static double logistic_regression(double[][] input, double[] label, double[] W, double b) {
    double loss = 0;
    for (int n = 0; n < input.length; n++) {
      double h1 = b;
      for (int d = 0; d < W.length; d++) {
        h1 += input[n][d] * W[d];
      }
      double prediction = 0.5 * (Math.tanh(h1) + 1);
      double labelProbability = prediction * label[n] + (1 - prediction) * (1 - label[n]);
      loss += Math.log(labelProbability);
    }
    return -loss;
  }

  @Differentiable
  public static double nested_dict(TangentDictOuter p) {
    return p.i.j * p.i.k;
  }

  /** cart2polar's result tuple (r, theta). */
  @Differentiable
  public static final class Polar {
    public double r;
    public double theta;

    public Polar(double r, double theta) {
      this.r = r;
      this.theta = theta;
    }
  }

  @Differentiable
  public static Polar cart2polar(double a, double b) {
    double r = Math.sqrt(Math.pow(a, 2.0) + Math.pow(b, 2.0));
    double theta = Math.atan2(b, a);
    return new Polar(r, theta);
  }

  @Differentiable
  public static double nested_if(double a) {
    if (a > 0) {
      if (a < 10) {
        a = a * a;
      }
    } else {
      a = 3.0 * a;
    }
    return a;
  }

  @Differentiable
  public static double multivar_if(double a, double b) {
    if (a > b) {
      a = a * a;
    } else {
      a = a * b;
    }
    return a;
  }

  @Differentiable
  public static double superfor_iterpower(double a) {
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 3; j++) {
        a = a * a;
      }
    }
    return a;
  }

  @Differentiable
  public static double test_subscript2(double[] x) {
    double a = x[0];
    double b = x[1];
    x[0] = a * b;
    double s = 0;
    for (double v : x) {
      s += v;
    }
    return s;
  }

  @Differentiable
  public static double active_subscript(double[] x) {
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = x[i];
    }
    double s = 0;
    for (double v : y) {
      s += v;
    }
    return s;
  }

  private static double mul(double a, double b) {
    return a * b;
  }

  @Differentiable
  public static double gradgrad_chain_of_multcalls(double a) {
    double b = mul(a, a);
    double c = mul(b, b);
    double d = mul(c, c);
    return d;
  }

  /** fn_multiple_return's result tuple (2 * a, a). */
  @Differentiable
  public static final class Pair {
    public double first;
    public double second;

    public Pair(double first, double second) {
      this.first = first;
      this.second = second;
    }
  }

  @Differentiable
  public static Pair fn_multiple_return(double a) {
    return new Pair(2 * a, a);
  }
}
