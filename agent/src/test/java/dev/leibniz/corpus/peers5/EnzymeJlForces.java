package dev.leibniz.corpus.peers5;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The fifth peer round").
 * Source: Enzyme.jl (EnzymeAD/Enzyme.jl on GitHub), test/basic.jl (commit 1de77c39), testset "filter tuple" (issue
 * 3206): loss_3206(sigma, inters) builds a system holding the Float32 sigma and a tuple of two interactions, keeps
 * those whose use_neighbors is true, and sums force(inter, sys) over them recursively (the Lennard-Jones one returns
 * sys.sigma, the reaction-field one 1.0f0); the test asks d/dsigma = 1.
 * Licence: MIT (Copyright (c) 2020 William Moses, Valentin Churavy, and other contributors).
 * Translation (written here in Java; no comments copied): the two structs implement an interface with force(Sys) and
 * useNeighbors(); Julia's dispatch on the struct's type is a virtual call; the tuple is an array held in a constant
 * field (Const in the test); filter is a loop into a List; the recursion over Base.tail is a recursion over a start
 * index; Sys is a small final class built in the entry from the float sigma.
 */

import dev.leibniz.Differentiable;
import java.util.ArrayList;
import java.util.List;

public final class EnzymeJlForces {
  private EnzymeJlForces() {}

  static final class Sys {
    final float sigma;
    final Interaction[] inters;

    Sys(float sigma, Interaction[] inters) {
      this.sigma = sigma;
      this.inters = inters;
    }
  }

  interface Interaction {
    float force(Sys sys);

    boolean useNeighbors();
  }

  static final class LennardJones implements Interaction {
    final float cutoff;
    final boolean useNeighbors;

    LennardJones(float cutoff, boolean useNeighbors) {
      this.cutoff = cutoff;
      this.useNeighbors = useNeighbors;
    }

    @Override
    public float force(Sys sys) {
      return sys.sigma;
    }

    @Override
    public boolean useNeighbors() {
      return useNeighbors;
    }
  }

  static final class ReactionField implements Interaction {
    final float cutoff;
    final boolean useNeighbors;

    ReactionField(float cutoff, boolean useNeighbors) {
      this.cutoff = cutoff;
      this.useNeighbors = useNeighbors;
    }

    @Override
    public float force(Sys sys) {
      return 1.0f;
    }

    @Override
    public boolean useNeighbors() {
      return useNeighbors;
    }
  }

  static final Interaction[] INTERS = {new LennardJones(1.2f, true), new ReactionField(2.3f, true)};

  static float sumForces(List<Interaction> inters, int from, Sys sys) {
    float f = inters.get(from).force(sys);
    return from == inters.size() - 1 ? f : f + sumForces(inters, from + 1, sys);
  }

  @Differentiable
  public static float loss(float sigma) {
    Sys sys = new Sys(sigma, INTERS);
    List<Interaction> withNeighbors = new ArrayList<>();
    for (Interaction i : sys.inters) if (i.useNeighbors()) withNeighbors.add(i);
    return sumForces(withNeighbors, 0, sys);
  }
}
