package dev.leibniz.core.analysis;

import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.Op;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Whether a load may read back what a store wrote: it may run after the store (later in the store's block, or in a
 * block reachable from it, the store's own block again through a loop) and may address the same cell (an array
 * element unless both indices are different constants, the same field or static, the same variable). Without aliasing
 * information two arrays may be one, so any array load counts unless its constant index differs from the store's.
 * {@link SingularCones} asks it so that a source's adjoint that goes back through a cell is not taken as depending on
 * values loaded before the store (CoDiPack's {@code y[1] = exp(x[0]); y[15] = cbrt(x[0])}: the seed of {@code y[0]}
 * met {@code cbrt'(0) = ∞} with the zero seed of {@code y[15]} as NaN, ninth peer round).
 */
final class CellReads {
  private final Map<Insn, Block> blockOf = new HashMap<>();
  private final Map<Insn, Integer> indexOf = new HashMap<>();
  private final Map<Block, Set<Block>> reachableFrom = new HashMap<>();

  CellReads(Graph graph) {
    for (Block b : graph.blocks) {
      for (int k = 0; k < b.insns.size(); k++) {
        blockOf.put(b.insns.get(k), b);
        indexOf.put(b.insns.get(k), k);
      }
    }
  }

  /** True when {@code load} may return the value {@code store} wrote. */
  boolean mayRead(Insn store, Insn load) {
    return sameCell(store, load) && runsAfter(store, load);
  }

  private static boolean sameCell(Insn store, Insn load) {
    switch (store.op) {
      case ASTORE:
        if (load.op != Op.ALOAD) return false;
        Integer stored = constantIndex(store), loaded = constantIndex(load);
        return stored == null || loaded == null || stored.equals(loaded);
      case PUTFIELD:
        return load.op == Op.GETFIELD && Objects.equals(store.attr, load.attr);
      case PUTSTATIC:
        return load.op == Op.GETSTATIC && Objects.equals(store.attr, load.attr);
      case VAR_WRITE:
        return load.op == Op.VAR_READ && store.attr == load.attr;
      default:
        return true; // not a store this class knows: any load, conservatively
    }
  }

  private static Integer constantIndex(Insn access) {
    return access.arg(1) instanceof Insn c && c.op == Op.CONST && c.attr instanceof Number n ? Integer.valueOf(n.intValue()) : null;
  }

  private boolean runsAfter(Insn store, Insn load) {
    Block from = blockOf.get(store), to = blockOf.get(load);
    if (from == null || to == null) return true; // not in a block's list (a terminator): conservatively
    if (from == to && indexOf.get(load) > indexOf.get(store)) return true;
    return reachableFrom.computeIfAbsent(from, CellReads::successorsClosure).contains(to);
  }

  /** The blocks reachable from {@code b} by at least one edge ({@code b} itself only through a cycle). */
  private static Set<Block> successorsClosure(Block b) {
    Set<Block> seen = new HashSet<>();
    ArrayDeque<Block> work = new ArrayDeque<>(b.successors());
    while (!work.isEmpty()) {
      Block next = work.pop();
      if (seen.add(next)) work.addAll(next.successors());
    }
    return seen;
  }
}
