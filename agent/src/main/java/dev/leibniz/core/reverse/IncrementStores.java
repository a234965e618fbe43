package dev.leibniz.core.reverse;

import dev.leibniz.core.analysis.Activity;
import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Types;
import dev.leibniz.core.ir.Value;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Increments of an array cell, {@code a[i] = a[i] + e} (or {@code a[i] - e}, or {@code e + a[i]}):
 * the store's adjoint would read {@code aBar[i]} and zero it, and the load's would add the same
 * value back, so the reverse sweep reads {@code aBar[i]} and leaves the cell as it is — one load
 * instead of two loads and two stores per increment, the code a hand-written gradient has.
 *
 * <p>Exact, not approximate: between the two, the reverse sweep only reverses what lies between
 * the load and the store in the forward sweep, which here is arithmetic and loads (no store, no
 * call), and those only add to adjoint cells; zeroing a cell, adding to it and adding the zeroed
 * value back leaves what adding alone leaves. The load's adjoint must be the store's alone: the
 * load and the sum each have one use.
 */
final class IncrementStores {
  /** The store of each increment, with its load. */
  private final Map<Insn, Insn> loadOfStore = new HashMap<>();
  private final Set<Insn> loads = new HashSet<>();

  IncrementStores(Graph g, Activity activity) {
    Map<Value, Integer> uses = useCounts(g);
    for (Block blk : g.blocks) {
      for (int s = 0; s < blk.insns.size(); s++) {
        Insn store = blk.insns.get(s);
        if (store.op != Op.ASTORE || !Types.isScalar(store.arg(2).type) || !activity.isActive(store.arg(0))) continue;
        Insn load = incrementedLoad(store);
        if (load == null || uses.getOrDefault(load, 0) != 1 || uses.getOrDefault(store.arg(2), 0) != 1) continue;
        int l = blk.insns.indexOf(load);
        if (l < 0 || l > s || writesBetween(blk, l, s) || !activity.isActive(load)) continue;
        loadOfStore.put(store, load);
        loads.add(load);
      }
    }
  }

  /** True when {@code store} is an increment's store: its reverse reads the adjoint cell without zeroing it. */
  boolean isIncrement(Insn store) {
    return loadOfStore.containsKey(store);
  }

  /** True when {@code load} is an increment's load: its adjoint is already in the cell. */
  boolean isIncrementLoad(Insn load) {
    return loads.contains(load);
  }

  /** The load of {@code store}'s own cell whose sum (partial 1) it stores, or null. */
  private static Insn incrementedLoad(Insn store) {
    if (!(store.arg(2) instanceof Insn)) return null;
    Insn sum = (Insn) store.arg(2);
    if (sum.op == Op.ADD) {
      Insn l = sameCell(sum.arg(0), store);
      return l != null ? l : sameCell(sum.arg(1), store);
    }
    return sum.op == Op.SUB ? sameCell(sum.arg(0), store) : null;
  }

  private static Insn sameCell(Value v, Insn store) {
    if (!(v instanceof Insn)) return null;
    Insn l = (Insn) v;
    return l.op == Op.ALOAD && l.arg(0) == store.arg(0) && l.arg(1) == store.arg(1) ? l : null;
  }

  /** A store, call or field write strictly between instructions {@code from} and {@code to} of {@code blk}. */
  private static boolean writesBetween(Block blk, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      Op op = blk.insns.get(k).op;
      if (op != Op.ALOAD && op != Op.CONST && op != Op.ADD && op != Op.SUB && op != Op.MUL && op != Op.DIV
          && op != Op.NEG && op != Op.CONV && op != Op.MATH && op != Op.ALENGTH) {
        return true;
      }
    }
    return false;
  }

  private static Map<Value, Integer> useCounts(Graph g) {
    Map<Value, Integer> uses = new HashMap<>();
    for (Block blk : g.blocks) {
      for (Phi p : blk.phis) for (Value v : p.inputs) uses.merge(v, 1, Integer::sum);
      for (Insn i : blk.insns) for (Value v : i.args) uses.merge(v, 1, Integer::sum);
      if (blk.terminator != null) for (Value v : blk.terminator.args) uses.merge(v, 1, Integer::sum);
    }
    return uses;
  }
}
