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

  @Override
  public String toString() {
    return "B" + id;
  }
}
