package dev.leibniz.corpus.peers;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The peer round").
 * Source: JAX (jax-ml/jax on GitHub), tests/lax_control_flow_test.py: the functions that testWhileGradError
 * ("fori_inside_scan"), testIssue1361 (jit_run_scan), testScanGrad (the scanned f and the loss
 * scan(f, c, as_)[0].sum()) and test_custom_root_scalar (binary_search applied to f(y) = y**2 - x**3, sqrt_cubed)
 * differentiate, with lax.scan / lax.fori_loop / lax.while_loop written as the Python loops they stand for
 * (the test file's own scan_reference and while_loop_reference).
 * Licence: Apache-2.0 (Copyright 2018 The JAX Authors). Written here in Java from the Python test functions (same names);
 * no comments or other text were copied.
 * Notes: lax.fori_loop(x, x + 2., ...) loops over a float counter (two trips); JAX itself refuses reverse mode on
 * these loops ("Reverse-mode differentiation does not work for lax.while_loop") and only linearizes them.
 * sqrt_cubed is bisection: its result moves with x only through comparisons, so the program's derivative is 0 where
 * differences see d(x^1.5)/dx; JAX's test differentiates it through custom_root (implicit differentiation), which
 * plain Java cannot say.
 */

import dev.leibniz.Differentiable;

public final class JaxControlFlow {
  private JaxControlFlow() {}

  @Differentiable
  public static double fori_inside_scan(double x) {
    double c = x;
    double[] xs = {1.0, 1.0};
    for (double xsK : xs) {
      double c1 = xsK;
      for (double i = xsK; i < xsK + 2.; i++) c1 = c1 * c;
      c = c1;
    }
    return c;
  }

  @Differentiable
  public static double jit_run_scan(double x) {
    double carry0 = x, carry1 = 0.;
    for (int k = 0; k < 3; k++) {
      carry0 = 2 * carry0;
      carry1 = 0.;
    }
    return carry0;
  }

  @Differentiable
  public static double testScanGrad(double[] c0, double[][] as, double[] d) {
    double[] c = c0.clone();
    for (double[] a : as) {
      double b = 0;
      for (double v : a) b += Math.sin(v);
      for (double v : c) b += Math.sin(v);
      for (double v : d) b += Math.sin(v);
      for (int k = 0; k < c.length; k++) c[k] = Math.sin(c[k] * b);
    }
    double sum = 0;
    for (double v : c) sum += v;
    return sum;
  }

  static double f(double y, double x) {
    return y * y - x * x * x;
  }

  @Differentiable
  public static double sqrt_cubed(double x) {
    double low = 0.0, high = 100.0;
    while (true) {
      double midpoint = 0.5 * (low + high);
      if (!(low < midpoint && midpoint < high)) break;
      boolean updateUpper = f(midpoint, x) > 0;
      low = updateUpper ? low : midpoint;
      high = updateUpper ? midpoint : high;
    }
    return low;
  }
}
