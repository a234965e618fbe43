package dev.leibniz.corpus.peers8;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The eighth peer round"): Mooncake.jl's
 * `mutable struct FullyInitMutableStruct; x::Float64; y::Vector{Float64}; end` (chalk-lab/Mooncake.jl,
 * src/test_resources.jl at commit 1ca59a91; MIT; written here in Java), marked @Differentiable so that its numbers carry
 * derivatives (README, "Objects").
 */

import dev.leibniz.Differentiable;

@Differentiable
public final class MooncakeFullyInit {
  public double x;
  public double[] y;

  public MooncakeFullyInit(double x, double[] y) {
    this.x = x;
    this.y = y;
  }
}
