package dev.leibniz.core.ir;

import java.util.ArrayList;
import java.util.List;

/** A basic block: phis, then straight-line instructions, then one terminator. */
public final class Block {
  public final int id;
  public final List<Phi> phis = new ArrayList<>();
  public final List<Insn> insns = new ArrayList<>();
  public final List<Block> preds = new ArrayList<>();
  public Insn terminator;

  Block(int id) {
    this.id = id;
  }

  public List<Block> successors() {
    return terminator == null ? List.of() : terminator.successors();
  }

  /**
   * The id, not the identity hash: hash maps and sets of IR objects then iterate in an order fixed
   * by the graph, so the generated code does not depend on HotSpot's per-thread random identity
   * hashes (reproducible output). Equality stays identity.
   */
  @Override
  public int hashCode() {
    return id;
  }

  @Override
  public String toString() {
    return "B" + id;
  }
}
