package dev.leibniz.core.analysis;

import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.Value;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The graph as {@link PooledArrays} and {@link PooledObjects} walk it: who uses each value ({@link Users}, made once),
 * the block an instruction is in, and the uses of a pooled value reachable after its release before the take runs again
 * (the use after release that makes it not a per-call temporary).
 */
final class ReleasedUses {
  private final Graph g;
  private Map<Value, List<Insn>> users;

  ReleasedUses(Graph g) {
    this.g = g;
  }

  Map<Value, List<Insn>> users() {
    if (users == null) users = Users.of(g);
    return users;
  }

  Block blockOf(Insn i) {
    for (Block b : g.blocks) {
      if (b.insns.contains(i) || b.terminator == i) return b;
    }
    throw new IllegalStateException("not in the graph: " + i);
  }

  /**
   * The first of {@code uses} reachable from release {@code r} before {@code take} runs again, or null: the rest of
   * {@code r}'s block, then the blocks after it, each walked up to the take; a terminator among {@code uses} counts where
   * {@code terminators} accepts it.
   */
  Insn reachedAfter(Insn r, Insn take, Set<Insn> uses, Predicate<Insn> terminators) {
    Block start = blockOf(r);
    for (Insn i : start.insns.subList(start.insns.indexOf(r) + 1, start.insns.size())) {
      if (uses.contains(i)) return i;
    }
    if (countedTerminator(start, uses, terminators)) return start.terminator;
    Deque<Block> work = new ArrayDeque<>(start.successors());
    Set<Block> seen = new HashSet<>();
    while (!work.isEmpty()) {
      Block b = work.poll();
      if (!seen.add(b)) continue;
      for (Insn i : b.insns) {
        if (i == take) break;
        if (uses.contains(i)) return i;
      }
      if (b.insns.contains(take)) continue; // the take runs again: what follows holds another object
      if (countedTerminator(b, uses, terminators)) return b.terminator;
      work.addAll(b.successors());
    }
    return null;
  }

  private static boolean countedTerminator(Block b, Set<Insn> uses, Predicate<Insn> terminators) {
    return b.terminator != null && uses.contains(b.terminator) && terminators.test(b.terminator);
  }
}
