package dev.leibniz.corpus.peers15;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The fifteenth peer round"): the dict {"x": ..., "y": ...}
 * of MLX's test_grad_trees (ml-explore/mlx, python/tests/test_autograd.py, MIT, Copyright © 2023 Apple Inc.) as a small
 * class, marked @Differentiable so that its numbers carry derivatives (README, "Objects").
 */

import dev.leibniz.Differentiable;

@Differentiable
public final class MlxParams {
  public double x;
  public double y;

  public MlxParams(double x, double y) {
    this.x = x;
    this.y = y;
  }
}
