package dev.leibniz.corpus.peers8;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The eighth peer round").
 * Source: Mooncake.jl (chalk-lab/Mooncake.jl on GitHub), src/test_resources.jl at commit
 * 1ca59a9155ac6049e31ccb87893b5e1fe0b01a6d, the functions of generate_test_functions() that take numbers: foo and bar,
 * goto_tester, phi_const_bool_tester, phi_node_with_undefined_value, test_multiple_phinode_block,
 * avoid_throwing_path_tester, test_self_reference, test_recursive_sum, test_isbits_multiple_usage_4/5/phi,
 * test_multiple_call_non_primitive, test_mutation!, test_while_loop, test_for_loop, test_mutable_struct,
 * test_struct_partial_init, test_naive_mat_mul!, test_mlp, test_handwritten_sum, test_from_slack,
 * _naive_map_sin_cos_exp, test_primitive_dynamic_dispatch (with edge_case_tester's methods), type_unstable_function_eval,
 * and setfield_tester_left!.
 * Licence: MIT (Copyright (c) 2024 Will Tebbutt and Hong Ge).
 * Translation (written here in Java; no comments copied): Julia's 1-based loops are 0-based (test_from_slack's
 * `iseven(n)` on the 1-based n is `i % 2 == 1` on the 0-based i); `@goto aha` is a `break` out of a labelled block; a
 * Bool used as a number is `a ? 1 : 0`; tuples returned are double[]; `x[2:end]` is Arrays.copyOfRange; `throw_boundserror`
 * throws IndexOutOfBoundsException; the mutable structs Foo and StructFoo are small classes (StructFoo's second
 * constructor leaves b null as Julia's leaves it undefined; FullyInitMutableStruct is the marked class
 * MooncakeFullyInit); Matrix{Float64} is double[][]; edge_case_tester's methods dispatch on the run-time class of an
 * Object (Double 5x, Boolean 5.0, Integer 10) over an Object[] as Julia's Vector{Any}; `f[](x)` is a
 * DoubleUnaryOperator applied. Sizes smaller than the test's (its 100x50 products and 10 000 elements) where stated
 * next to the entry in EighthPeerRound.
 */

import dev.leibniz.Differentiable;
import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

public final class MooncakeResources {
  private MooncakeResources() {}

  static double foo(double x) {
    double y = Math.sin(x);
    return Math.cos(y);
  }

  @Differentiable
  public static double bar(double x, double y) {
    double x1 = Math.sin(x);
    double x2 = Math.cos(y);
    double x3 = foo(x2);
    double x4 = foo(x3);
    return x2 + x4;
  }

  @Differentiable
  public static double gotoTester(double x) {
    aha:
    {
      if (x > Math.cos(x)) break aha;
      x = Math.sin(x);
    }
    return Math.cos(x);
  }

  @Differentiable
  public static double phiConstBoolTester(double x) {
    boolean a;
    if (x > 0) {
      a = true;
    } else {
      a = false;
    }
    return Math.cos(a ? 1 : 0);
  }

  @Differentiable
  public static double phiNodeWithUndefinedValue(boolean x, double y) {
    double v = 0;
    if (x) v = Math.sin(y);
    double z = Math.cos(y);
    if (x) z += v;
    return z;
  }

  @Differentiable
  public static double[] testMultiplePhinodeBlock(double x, int n) {
    double a = 1.0;
    double b = x;
    int i = 1;
    while (i < n) {
      double temp = a;
      a = b;
      b = 2 * temp;
      i += 1;
    }
    return new double[] {a, b};
  }

  @Differentiable
  public static double avoidThrowingPathTester(double x) {
    if (x < 0) throw new IndexOutOfBoundsException("attempt to access 5-element range at index [6]");
    return Math.sin(x);
  }

  @Differentiable
  public static double testSelfReference(double a, double b) {
    return a < b ? a * b : testSelfReference(b, a) + a;
  }

  @Differentiable
  public static double testRecursiveSum(double[] x) {
    if (x.length == 0) return 0.0;
    return x[0] + testRecursiveSum(Arrays.copyOfRange(x, 1, x.length));
  }

  @Differentiable
  public static double testIsbitsMultipleUsage4(double x) {
    double y = x > 0.0 ? Math.cos(x) : Math.sin(x);
    return y * y;
  }

  @Differentiable
  public static double testIsbitsMultipleUsage5(double x) {
    double y = x * x;
    return x > 0.0 ? Math.cos(y) : Math.sin(y);
  }

  @Differentiable
  public static double testIsbitsMultipleUsagePhi(boolean x, double y) {
    double z = x ? y : 1.0;
    return z * y;
  }

  static double testSin(double x) {
    return Math.sin(x);
  }

  @Differentiable
  public static double testMultipleCallNonPrimitive(double x) {
    for (int i = 0; i < 2; i++) x = testSin(x);
    return x;
  }

  @Differentiable
  public static double testMutation(double[] x) {
    x[0] = Math.sin(x[1]);
    return x[0];
  }

  @Differentiable
  public static double testWhileLoop(double x) {
    int n = 3;
    while (n > 0) {
      x = Math.cos(x);
      n -= 1;
    }
    return x;
  }

  @Differentiable
  public static double testForLoop(double x) {
    for (int i = 0; i < 500; i++) x = Math.sin(x);
    return x;
  }

  static final class Foo {
    double x;

    Foo(double x) {
      this.x = x;
    }
  }

  @Differentiable
  public static double testMutableStruct(double x) {
    Foo foo = new Foo(x);
    foo.x = Math.sin(foo.x);
    return foo.x;
  }

  static final class StructFoo {
    final double a;
    final double[] b;

    StructFoo(double a, double[] b) {
      this.a = a;
      this.b = b;
    }

    StructFoo(double a) {
      this(a, null);
    }
  }

  @Differentiable
  public static double testStructPartialInit(double a) {
    return new StructFoo(a).a;
  }

  @Differentiable
  public static double[][] testNaiveMatMul(double[][] c, double[][] a, double[][] b) {
    for (int p = 0; p < c.length; p++) {
      for (int q = 0; q < c[0].length; q++) {
        c[p][q] = 0;
        for (int r = 0; r < a[0].length; r++) c[p][q] += a[p][r] * b[r][q];
      }
    }
    return c;
  }

  static double[] matVec(double[][] w, double[] x) {
    double[] y = new double[w.length];
    for (int i = 0; i < w.length; i++) {
      double s = 0;
      for (int j = 0; j < x.length; j++) s += w[i][j] * x[j];
      y[i] = s;
    }
    return y;
  }

  /** W2 * tanh.(W1 * x) with x a matrix: column by column. */
  @Differentiable
  public static double[][] testMlp(double[][] x, double[][] w1, double[][] w2) {
    int cols = x[0].length;
    double[][] out = new double[w2.length][cols];
    double[] column = new double[x.length];
    for (int k = 0; k < cols; k++) {
      for (int i = 0; i < x.length; i++) column[i] = x[i][k];
      double[] hidden = matVec(w1, column);
      for (int i = 0; i < hidden.length; i++) hidden[i] = Math.tanh(hidden[i]);
      double[] y = matVec(w2, hidden);
      for (int i = 0; i < y.length; i++) out[i][k] = y[i];
    }
    return out;
  }

  /** Column-major linear indexing, as Julia's x[n] over a matrix. */
  @Differentiable
  public static double testHandwrittenSum(double[][] x) {
    double y = 0.0;
    int rows = x.length;
    int n = 0;
    while (n < rows * x[0].length) {
      y += x[n % rows][n / rows];
      n += 1;
    }
    return y;
  }

  @Differentiable
  public static double testFromSlack(double[] x) {
    double y = 0;
    int i = 0;
    while (i < x.length) {
      if (i % 2 == 1) {
        y += Math.sin(x[i]);
      } else {
        y += Math.cos(x[i]);
      }
      i += 1;
    }
    return y;
  }

  @Differentiable
  public static void naiveMapSinCosExp(double[] y, double[] x) {
    int n = 0;
    while (n < x.length) {
      y[n] = Math.sin(Math.cos(Math.exp(x[n])));
      n += 1;
    }
  }

  static double edgeCaseTester(Object x) {
    if (x instanceof Double d) return 5 * d;
    if (x instanceof Float) return 6.0;
    if (x instanceof Integer) return 10;
    return 5.0;
  }

  /** The test's `Any[5.0, false]`: the number is the parameter, the array made here. */
  @Differentiable
  public static double testPrimitiveDynamicDispatch(double x) {
    Object[] items = {x, false};
    int i = 0;
    double y = 0.0;
    while (i < 2) {
      y += edgeCaseTester(items[i]);
      i += 1;
    }
    return y;
  }

  @Differentiable
  public static double typeUnstableFunctionEval(DoubleUnaryOperator f, double x) {
    return f.applyAsDouble(x);
  }

  @Differentiable
  public static double setfieldTesterLeft(MooncakeFullyInit x, double newField) {
    x.x = newField;
    return newField;
  }
}
