package dev.leibniz.core.ir;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The recovering {@code try}s of a graph as control really flows at run time
 * ({@code lift.RecoveringHandlers}): the graph enters each handler from the try's entry, before the
 * body, but an exception reaches it from any point of the body, after whatever the body did. An
 * analysis that follows memory (a static written in the body, read on the handler's path) must
 * take that edge too: {@link #handlersAfter} gives, for a block, the handlers an exception thrown
 * in it may reach.
 */
public final class TryBodies {
  /** Per handler block: the blocks of its try's body (from the entry up to and with those holding a {@code TRY_EXIT}). */
  private final Map<Block, Set<Block>> bodies = new LinkedHashMap<>();

  private TryBodies(Graph g) {
    for (Block b : g.blocks) {
      Insn t = b.terminator;
      if (t == null || t.op != Op.IF || t.args.length != 1 || !(t.arg(0) instanceof Insn e) || e.op != Op.TRY_ENTER) continue;
      bodies.computeIfAbsent(t.targets[0], k -> new LinkedHashSet<>()).addAll(body(t.targets[1], (TryRegion) e.attr));
    }
  }

  public static TryBodies of(Graph g) {
    return new TryBodies(g);
  }

  /** True when the graph has no recovering try. */
  public boolean isEmpty() {
    return bodies.isEmpty();
  }

  /** The handler blocks an exception thrown in {@code b} may reach (none outside every try body). */
  public Set<Block> handlersAfter(Block b) {
    Set<Block> out = new LinkedHashSet<>();
    for (Map.Entry<Block, Set<Block>> e : bodies.entrySet()) {
      if (e.getValue().contains(b)) out.add(e.getKey());
    }
    return out;
  }

  /** True when {@code b} is in the body of some recovering try. */
  public boolean inBody(Block b) {
    return !handlersAfter(b).isEmpty();
  }

  /** The blocks of the body of the try whose handler is {@code handler}, or an empty set. */
  public Set<Block> bodyOf(Block handler) {
    return bodies.getOrDefault(handler, Set.of());
  }

  private static Set<Block> body(Block first, TryRegion r) {
    Set<Block> seen = new LinkedHashSet<>();
    Deque<Block> open = new ArrayDeque<>();
    open.push(first);
    while (!open.isEmpty()) {
      Block b = open.pop();
      if (!seen.add(b) || exits(b, r)) continue;
      for (Block s : b.successors()) open.push(s);
    }
    return seen;
  }

  private static boolean exits(Block b, TryRegion r) {
    for (Insn i : b.insns) {
      if (i.op == Op.TRY_EXIT && i.attr == r) return true;
    }
    return false;
  }
}
