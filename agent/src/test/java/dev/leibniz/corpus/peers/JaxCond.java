package dev.leibniz.corpus.peers;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The peer round").
 * Source: JAX (jax-ml/jax on GitHub), tests/lax_control_flow_test.py: the f of testCondGrad (lax.cond(x < 2, 3x,
 * sin x)), of testSwitchGrad (lax.switch on the index x // 1 over three branches, the index clamped into range as
 * lax.switch does) and safe1 of testCondGradVmapNan (lax.cond(x < eps, eps, sqrt(x)), whose gradient at 0 must not be
 * NaN). JAX checks the first two to order 2 in both modes.
 * Licence: Apache-2.0 (Copyright 2018 The JAX Authors). Written here in Java from the Python test functions (same
 * names); no comments or other text were copied.
 * Translation: lax.cond and lax.switch are small helpers taking java.util.function.DoubleUnaryOperator branches, the
 * branches lambdas as in the test (safe1's capture x, as the Python closures do); the branch list is a local array.
 */

import dev.leibniz.Differentiable;
import java.util.function.DoubleUnaryOperator;

public final class JaxCond {
  private JaxCond() {}

  static double cond(boolean pred, DoubleUnaryOperator trueFun, DoubleUnaryOperator falseFun, double operand) {
    return pred ? trueFun.applyAsDouble(operand) : falseFun.applyAsDouble(operand);
  }

  static double lax_switch(int index, DoubleUnaryOperator[] branches, double operand) {
    int clamped = Math.max(0, Math.min(branches.length - 1, index));
    return branches[clamped].applyAsDouble(operand);
  }

  @Differentiable(order = 2)
  public static double testCondGrad(double x) {
    return cond(x < 2, y -> 3. * y, y -> Math.sin(y), x);
  }

  @Differentiable(order = 2)
  public static double testSwitchGrad(double x) {
    DoubleUnaryOperator[] branches = {y -> 3. * y, y -> Math.sin(y), y -> -y};
    int idx = (int) Math.floor(x / 1);
    return lax_switch(idx, branches, x);
  }

  @Differentiable
  public static double safe1(double x) {
    final double eps = 1e-3;
    return cond(x < eps, unused -> eps, unused -> Math.sqrt(x), 0.0);
  }
}
