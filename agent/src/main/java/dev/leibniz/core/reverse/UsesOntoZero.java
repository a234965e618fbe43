package dev.leibniz.core.reverse;

import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Value;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The use sites whose reverse finds the used value's adjoint accumulator at 0, so that it writes
 * its contribution instead of adding it ({@link Adjoints#accumulate}). The reverse sweep runs the
 * forward events backwards: at the reverse of a use {@code U} of {@code v}, the accumulator holds
 * what the uses of {@code v} run after {@code U} added, up to the next run of {@code v}'s
 * definition (whose reverse, {@link Adjoints#take}, zeroed it in a block that may run again; every
 * accumulator is 0 at entry). So {@code U} accumulates onto 0 when no path from just after it
 * reaches another use of {@code v}, or {@code U} again, without passing {@code v}'s definition,
 * and {@code v} occurs once at {@code U} (a second occurrence in the same operation, {@code v·v},
 * or on the same phi edge adds too). This removes the chain of {@code + 0.0} a reversed reduction
 * ({@code s += v[i]·v[i]}) carried from trip to trip: its header phi has two uses, the body's sum
 * and the value after the loop, but at each of them no other use runs before {@code s} is defined
 * again.
 *
 * <p>A use site is the operation (a terminator included) or a phi edge ({@link Edge}). A site at
 * which the value does not occur (an adjoint routed elsewhere: a load rebuilt from a store) is
 * never onto 0. Parameters keep adding (their adjoints are read at the end of the sweep).
 */
final class UsesOntoZero {
  /** The edge from {@code to}'s predecessor {@code k}, where {@code to}'s phis read their inputs {@code k}. */
  record Edge(Block to, int k) {}

  private final Graph g;
  private final Map<Value, Block> defs = new HashMap<>();
  /** Per value: the blocks using it, or with an edge carrying it into a phi. */
  private final Map<Value, Set<Block>> useBlocks = new HashMap<>();
  /** Per value: the blocks from whose start a use is reached before the definition ({@link #reaching}). */
  private final Map<Value, Set<Block>> reaching = new HashMap<>();

  UsesOntoZero(Graph g) {
    this.g = g;
    for (Block blk : g.blocks) {
      for (Phi p : blk.phis) defs.put(p, blk);
      for (Insn i : blk.insns) if (i.op != Op.PARAM) defs.put(i, blk);
    }
    for (Block blk : g.blocks) {
      for (Insn i : blk.insns) for (Value a : i.args) useBlocks.computeIfAbsent(a, x -> new HashSet<>()).add(blk);
      if (blk.terminator != null) for (Value a : blk.terminator.args) useBlocks.computeIfAbsent(a, x -> new HashSet<>()).add(blk);
      for (Phi p : blk.phis) {
        for (int k = 0; k < p.inputs.size(); k++) useBlocks.computeIfAbsent(p.inputs.get(k), x -> new HashSet<>()).add(blk.preds.get(k));
      }
    }
  }

  /** True when the reverse of {@code site} ({@link Insn} or {@link Edge}) finds {@code v}'s accumulator at 0. */
  boolean at(Object site, Value v) {
    if (site == null || !defs.containsKey(v)) return false;
    if (site instanceof Edge e) {
      if (occurrences(e, v) != 1) return false;
      return e.to() == defs.get(v) || !reaching(v).contains(e.to());
    }
    Insn u = (Insn) site;
    if (occurrences(u, v) != 1) return false;
    Block blk = blockOf(u);
    if (blk == null) return false;
    int from = blk.terminator == u ? blk.insns.size() : blk.insns.indexOf(u) + 1;
    for (int k = from; k < blk.insns.size(); k++) if (occurrences(blk.insns.get(k), v) > 0) return false;
    if (blk.terminator != u && occurrences(blk.terminator, v) > 0) return false;
    return !leavesToUse(blk, v);
  }

  /** True when an edge out of {@code blk} carries a phi input {@code v} or enters a block reaching a use. */
  private boolean leavesToUse(Block blk, Value v) {
    Set<Block> reach = reaching(v);
    for (Block s : blk.successors()) {
      if (reach.contains(s)) return true;
      for (int k = 0; k < s.preds.size(); k++) {
        if (s.preds.get(k) == blk && occurrences(new Edge(s, k), v) > 0) return true;
      }
    }
    return false;
  }

  /**
   * The blocks from whose start some path reaches a use of {@code v} without passing its definition:
   * a block (not the definition's) using it, or with an edge carrying it into a phi, and backwards
   * from those through predecessors, stopping at the definition's block.
   */
  private Set<Block> reaching(Value v) {
    Set<Block> known = reaching.get(v);
    if (known != null) return known;
    Block def = defs.get(v);
    Set<Block> reach = new HashSet<>();
    Deque<Block> work = new ArrayDeque<>();
    for (Block blk : useBlocks.getOrDefault(v, Set.of())) {
      if (blk != def && reach.add(blk)) work.add(blk);
    }
    while (!work.isEmpty()) {
      for (Block p : work.poll().preds) {
        if (p != def && reach.add(p)) work.add(p);
      }
    }
    reaching.put(v, reach);
    return reach;
  }

  private Block blockOf(Insn u) {
    Block def = defs.get(u);
    if (def != null) return def;
    for (Block blk : g.blocks) if (blk.terminator == u || blk.insns.contains(u)) return blk;
    return null;
  }

  private static int occurrences(Insn i, Value v) {
    int n = 0;
    for (Value a : i.args) if (a == v) n++;
    return n;
  }

  private static int occurrences(Edge e, Value v) {
    int n = 0;
    for (Phi p : e.to().phis) if (p.inputs.get(e.k()) == v) n++;
    return n;
  }
}
