package dev.leibniz.core.reverse;

import dev.leibniz.core.analysis.Dominators;
import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Builder;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Value;
import dev.leibniz.core.ir.Var;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Type;

/**
 * The part of a split adjoint's frame that only some paths to its return define, recorded on
 * those paths instead of at the return. A checkpointed loop's driver (its segment frame, budget,
 * trip counter) runs on one path only, the common path skips it; in one frame pushed at the return,
 * the common path would save (and zero at entry, for the verifier) values it never computed.
 *
 * <p>A value (or a variable written only in blocks one block dominates) from block {@code h} that
 * does not dominate the returns is recorded at a {@link Merge} that does, not inside a loop, on
 * the edges {@code h} dominates, provided no other edge into it is reachable from {@code h}: every
 * path through {@code h} then passes exactly one of those edges, once, after its last forward use.
 * The reverse sweep pops it where it takes that edge back (the merge's route for the edge), before
 * it reverses anything the path ran after {@code h}. Anything else stays in the frame.
 */
final class PathRecords {
  /**
   * A merge point of the forward sweep outside any loop, whose predecessor is recorded in a
   * variable: per incoming edge, its edge block (forward) and the block through which the reverse
   * sweep takes that edge back (reverse, run before the reverse of the edge's predecessor).
   */
  static final class Merge {
    final Block block;
    final Block[] edges;
    final Block[] routes;

    Merge(Block block, Block[] edges, Block[] routes) {
      this.block = block;
      this.edges = edges;
      this.routes = routes;
    }
  }

  /** What one edge records: values and variables, pushed in this order. */
  private static final class Record {
    final List<Value> values = new ArrayList<>();
    final List<Var> vars = new ArrayList<>();
  }

  private final Graph g;
  private final Dominators dom;
  private final List<Block> exits;
  private final List<Merge> merges;
  private final Map<Block, Record> records = new LinkedHashMap<>();
  private final Map<Block, Block> routeOf = new HashMap<>();

  private PathRecords(Graph g, List<Block> exits, List<Merge> merges) {
    this.g = g;
    this.dom = new Dominators(g);
    this.exits = exits;
    this.merges = merges;
  }

  /**
   * Moves out of {@code frame} and {@code vars} what a path records on its own (forward blocks
   * {@code forward}; {@code g}'s entry already leads to them) and emits those records: pushes on
   * the merges' edges, pops on their routes.
   */
  static void place(Graph g, Set<Block> forward, Set<Value> frame, Set<Var> vars, List<Block> exits, List<Merge> merges) {
    if (merges.isEmpty()) return;
    PathRecords p = new PathRecords(g, exits, merges);
    Map<Value, Block> home = new HashMap<>();
    Map<Var, List<Block>> writes = new HashMap<>();
    for (Block blk : forward) {
      for (Phi ph : blk.phis) home.put(ph, blk);
      for (Insn i : blk.insns) {
        if (i.hasResult()) home.put(i, blk);
        if (i.op == Op.VAR_WRITE) writes.computeIfAbsent(i.var(), x -> new ArrayList<>()).add(blk);
      }
    }
    frame.removeIf(v -> home.containsKey(v) && p.onItsPath(home.get(v), v, null));
    vars.removeIf(v -> writes.containsKey(v) && p.onItsPath(dominatorOfAll(p.dom, writes.get(v)), null, v));
    p.emit();
  }

  /** The one block among {@code blocks} that dominates all of them, or null. */
  private static Block dominatorOfAll(Dominators dom, List<Block> blocks) {
    for (Block h : blocks) {
      if (dominatesAll(dom, h, blocks)) return h;
    }
    return null;
  }

  private static boolean dominatesAll(Dominators dom, Block h, Collection<Block> blocks) {
    for (Block b : blocks) {
      if (!dom.dominates(h, b)) return false;
    }
    return true;
  }

  /** Records {@code value} or {@code var} (defined in {@code h}) on its path, when there is such a merge. */
  private boolean onItsPath(Block h, Value value, Var var) {
    if (h == null || dominatesAll(dom, h, exits)) return false;
    Set<Block> after = reachableFrom(h);
    for (Merge m : merges) {
      if (!dominatesAll(dom, m.block, exits)) continue;
      List<Integer> ks = new ArrayList<>();
      boolean otherEdgeReached = false;
      for (int k = 0; k < m.edges.length; k++) {
        if (dom.dominates(h, m.edges[k])) {
          ks.add(k);
        } else if (after.contains(m.edges[k])) {
          otherEdgeReached = true;
        }
      }
      if (ks.isEmpty() || otherEdgeReached) continue;
      for (int k : ks) {
        Record r = records.computeIfAbsent(m.edges[k], x -> new Record());
        routeOf.put(m.edges[k], m.routes[k]);
        if (value != null) r.values.add(value);
        if (var != null) r.vars.add(var);
      }
      return true;
    }
    return false;
  }

  private static Set<Block> reachableFrom(Block h) {
    Set<Block> seen = new HashSet<>();
    Deque<Block> work = new ArrayDeque<>(h.successors());
    while (!work.isEmpty()) {
      Block x = work.pop();
      if (seen.add(x)) work.addAll(x.successors());
    }
    return seen;
  }

  /** Each edge pushes its record before it enters the merge; its route pops it, last pushed first. */
  private void emit() {
    Builder b = new Builder(g, g.entry());
    for (Map.Entry<Block, Record> e : records.entrySet()) {
      Block edge = e.getKey();
      Record r = e.getValue();
      b.at(edge);
      List<Value> saved = new ArrayList<>(r.values);
      for (Var v : r.vars) saved.add(b.read(v));
      edge.insns.add(g.newInsn(Op.TAPE_PUSH, Type.VOID_TYPE, null, saved.toArray(new Value[0])));
      List<Insn> pops = new ArrayList<>();
      for (int k = r.vars.size() - 1; k >= 0; k--) {
        Var v = r.vars.get(k);
        Insn pop = g.newInsn(Op.TAPE_POP, v.type, null);
        pops.add(pop);
        Insn write = g.newInsn(Op.VAR_WRITE, Type.VOID_TYPE, v, pop);
        pops.add(write);
      }
      for (int k = r.values.size() - 1; k >= 0; k--) {
        Value v = r.values.get(k);
        Insn pop = g.newInsn(Op.TAPE_POP, v.type, null);
        pops.add(pop);
        pops.add(g.newInsn(Op.RESTORE, Type.VOID_TYPE, v, pop));
      }
      routeOf.get(edge).insns.addAll(0, pops);
    }
  }
}
