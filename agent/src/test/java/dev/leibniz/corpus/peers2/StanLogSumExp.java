package dev.leibniz.corpus.peers2;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The second peer round").
 * Source: Stan Math (stan-dev/math on GitHub, commit 0afdadda), stan/math/prim/fun/log_sum_exp.hpp: the container form
 * (max + log(sum(exp(v - max))), -inf for no values, the max itself when it is not finite), which Stan's
 * test/unit/math/mix/fun/log_sum_exp_test.cpp differentiates. Licence: BSD-3-Clause (Copyright (c) 2011-2024, Stan
 * Developers and their Assignees). Written here in Java (Eigen's maxCoeff and the exp/sum as loops); a class of its
 * own because StanMath holds the two-argument overload of the same name.
 */

import dev.leibniz.Differentiable;

public final class StanLogSumExp {
  private StanLogSumExp() {}

  @Differentiable
  public static double log_sum_exp(double[] v) {
    if (v.length == 0) {
      return Double.NEGATIVE_INFINITY;
    }
    double max = Double.NEGATIVE_INFINITY;
    for (double x : v) {
      max = Math.max(max, x);
    }
    if (!Double.isFinite(max)) {
      return max;
    }
    double sum = 0;
    for (double x : v) {
      sum += Math.exp(x - max);
    }
    return max + Math.log(sum);
  }
}
