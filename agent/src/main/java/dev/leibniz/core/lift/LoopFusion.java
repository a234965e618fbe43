package dev.leibniz.core.lift;

import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Cond;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Type;

/**
 * Fuses two adjacent counted loops over the same bounds into one, where that provably changes no
 * value: {@code for (i = s; i < n; i++) A(i); for (j = s; j < n; j++) B(j);} becomes {@code for (i
 * = s; i < n; i++) { A(i); B(i); }}, and a load of the second body that reads the cell the first
 * body just stored in the same trip reads the stored value instead. GMM's {@code subtract} then
 * {@code qTimesX}'s diagonal loop, inlined into the caller's loop: one forward loop instead of two,
 * and so one reversed loop instead of two in the adjoint (each with its trip count and its passes
 * over the shared array's cells), as a hand-written gradient does in its column loop.
 *
 * <p>Legal only when the interleaving cannot be seen. Both loops have javac's shape (a header {@code
 * i = phi(s, i + 1)} tested {@code i >= n} to leave, one body block jumping back), the same start
 * and the same bound (one SSA value, defined before the first loop), the second loop carries no
 * other phi and uses no value of the first loop; the code between them only computes (pure
 * operations, moved before the first loop). The bodies only compute, load and store array cells; every
 * store goes to a <em>local</em> array (a {@code new} array used only as the array of loads, stores
 * and lengths: no other name can reach it, and nothing outside sees it if a loop throws), and where
 * one body stores into an array the other accesses, both index it with their own induction variable
 * plus one offset value (the same cell only in the same trip: the dependence is elementwise). Any
 * other shape is left as it is. An exception still ends the method; only which of the two loops'
 * faults is met first may differ.
 */
public final class LoopFusion {
  private LoopFusion() {}

  /** Fuses every legal pair of {@code g}, repeatedly (a fused loop may fuse with the next one). */
  public static boolean fuse(Graph g) {
    if (hasTryRegions(g)) return false;
    boolean any = false;
    for (boolean again = true; again; ) {
      again = false;
      for (Block b : g.blocks) {
        Counted first = Counted.of(b);
        if (first != null && fuseAfter(g, first, localArrays(g, b))) {
          again = any = true;
          break;
        }
      }
    }
    return any;
  }

  /** A counted loop of javac's shape: {@code header} (the phi {@code i}, {@code if i >= bound -> exit}), one {@code body}. */
  record Counted(Block header, Block body, Block pre, Block exit, Phi i, Value start, Value bound, Insn step) {
    static Counted of(Block h) {
      Insn t = h.terminator;
      if (t == null || t.op != Op.IF || t.args.length != 2 || t.cond() != Cond.GE || h.preds.size() != 2 || !h.insns.isEmpty()) return null;
      if (!(t.args[0] instanceof Phi i) || i.block != h || i.type.getSort() != Type.INT) return null;
      Block exit = t.targets[0];
      Block body = t.targets[1];
      if (body == h || exit == h || body.preds.size() != 1 || body.terminator == null || body.terminator.op != Op.GOTO
          || body.terminator.targets[0] != h || !body.phis.isEmpty()) {
        return null;
      }
      int latch = h.preds.indexOf(body);
      if (latch < 0) return null;
      Block pre = h.preds.get(1 - latch);
      Value next = i.inputs.get(latch);
      if (!(next instanceof Insn step) || step.op != Op.ADD || !body.insns.contains(step) || !isStepOfOne(step, i)) return null;
      return new Counted(h, body, pre, exit, i, i.inputs.get(1 - latch), t.args[1], step);
    }

    /** True when {@code v} is defined by this loop (its header's phis or its body's instructions). */
    boolean defines(Value v) {
      return v instanceof Phi p && p.block == header || v instanceof Insn x && body.insns.contains(x);
    }
  }

  private static boolean isStepOfOne(Insn add, Phi i) {
    return add.args[0] == i && isIntConst(add.args[1], 1) || add.args[1] == i && isIntConst(add.args[0], 1);
  }

  private static boolean isIntConst(Value v, int c) {
    return v instanceof Insn x && x.op == Op.CONST && x.attr instanceof Integer n && n == c;
  }

  private static boolean fuseAfter(Graph g, Counted a, Set<Value> local) {
    List<Block> between = new ArrayList<>();
    Block at = a.exit();
    Block prev = a.header();
    while (at.preds.size() == 1 && at.preds.get(0) == prev && at.phis.isEmpty() && at.terminator != null && at.terminator.op == Op.GOTO
        && between.size() < 8) {
      between.add(at);
      prev = at;
      at = at.terminator.targets[0];
    }
    if (between.isEmpty()) return false;
    Counted b = Counted.of(at);
    if (b == null || b.pre() != prev || b.header().phis.size() != 1 || b.bound() != a.bound() || !sameValue(a.start(), b.start())) return false;
    if (a.defines(a.bound()) || !onlyComputes(between) || !bodyOps(a.body()) || !bodyOps(b.body())) return false;
    for (Block x : between) if (usesAny(x, a)) return false;
    if (usesAny(b.header(), a) || usesAny(b.body(), a)) return false;
    if (!elementwise(a, b, local) || !elementwise(b, a, local)) return false;
    rewrite(g, a, b, between);
    return true;
  }

  private static boolean sameValue(Value x, Value y) {
    return x == y || x instanceof Insn p && y instanceof Insn q && p.op == Op.CONST && q.op == Op.CONST && p.attr != null && p.attr.equals(q.attr);
  }

  private static boolean onlyComputes(List<Block> blocks) {
    for (Block x : blocks) {
      for (Insn i : x.insns) if (i.op != Op.CONST && !i.op.isPureFor(i.type)) return false;
    }
    return true;
  }

  /** Computing, loading and storing array cells only: no call, field, allocation or variable. */
  private static boolean bodyOps(Block body) {
    for (Insn i : body.insns) {
      boolean ok = i.op == Op.CONST || i.op.isArithmetic() || i.op.isPureFor(i.type) || i.op == Op.ALOAD || i.op == Op.ASTORE || i.op == Op.ALENGTH;
      if (!ok) return false;
    }
    return true;
  }

  /** True when block {@code x}, outside {@code loop}, uses a value the loop defines (its exit value, after fusion a trip's). */
  private static boolean usesAny(Block x, Counted loop) {
    for (Phi p : x.phis) for (Value v : p.inputs) if (loop.defines(v)) return true;
    List<Insn> all = new ArrayList<>(x.insns);
    if (x.terminator != null) all.add(x.terminator);
    for (Insn i : all) for (Value v : i.args) if (loop.defines(v)) return true;
    return false;
  }

  /**
   * True when every store of {@code from}'s body goes to a local array, and every access of {@code
   * to}'s body to such an array reads or writes only the cell of its own trip.
   */
  private static boolean elementwise(Counted from, Counted to, Set<Value> local) {
    for (Insn s : from.body().insns) {
      if (s.op != Op.ASTORE) continue;
      if (!local.contains(s.args[0])) return false;
      for (Insn o : to.body().insns) {
        if ((o.op == Op.ALOAD || o.op == Op.ASTORE) && o.args[0] == s.args[0] && !sameTrip(s.args[1], from, o.args[1], to)) return false;
      }
    }
    return true;
  }

  /** {@code x} in loop {@code p} and {@code y} in loop {@code q} are both the loop's index plus one offset defined outside both. */
  private static boolean sameTrip(Value x, Counted p, Value y, Counted q) {
    if (x == p.i()) return y == q.i();
    if (!(x instanceof Insn a) || !(y instanceof Insn b) || a.op != Op.ADD || b.op != Op.ADD) return false;
    Value offA = a.args[0] == p.i() ? a.args[1] : a.args[1] == p.i() ? a.args[0] : null;
    Value offB = b.args[0] == q.i() ? b.args[1] : b.args[1] == q.i() ? b.args[0] : null;
    return offA != null && offB != null && sameValue(offA, offB) && !p.defines(offA) && !q.defines(offB) && !p.defines(offB) && !q.defines(offA);
  }

  private static void rewrite(Graph g, Counted a, Counted b, List<Block> between) {
    Block last = between.get(between.size() - 1);
    for (Block x : between) {
      a.pre().insns.addAll(x.insns); // pure: computed before the first loop instead
      x.insns.clear();
    }
    if (!usedIn(b.body(), b.step())) b.body().insns.remove(b.step()); // the second loop's step: the first one's steps both
    a.body().insns.addAll(b.body().insns);
    Block after = b.exit();
    last.terminator.targets = new Block[] {after};
    after.preds.set(after.preds.indexOf(b.header()), last);
    g.blocks.remove(b.header());
    g.blocks.remove(b.body());
    g.replaceUses(Map.of(b.i(), a.i()));
    forwardStores(g, a.body(), localArrays(g, a.header()));
  }

  private static boolean usedIn(Block x, Value v) {
    for (Insn i : x.insns) for (Value a : i.args) if (a == v) return true;
    return false;
  }

  /** A load of a local array's cell that the same block stored last reads the stored value. */
  private static void forwardStores(Graph g, Block body, Set<Value> local) {
    java.util.Map<Value, Insn> lastStore = new java.util.HashMap<>();
    java.util.Map<Value, Value> replaced = new java.util.HashMap<>();
    for (var it = body.insns.iterator(); it.hasNext(); ) {
      Insn i = it.next();
      if (i.op == Op.ASTORE && local.contains(i.args[0])) lastStore.put(i.args[0], i);
      if (i.op != Op.ALOAD || !local.contains(i.args[0])) continue;
      Insn s = lastStore.get(i.args[0]);
      if (s != null && sameCell(s.args[1], i.args[1]) && s.args[2].type.equals(i.type)) {
        replaced.put(i, s.args[2]);
        it.remove();
      }
    }
    g.replaceUses(replaced);
  }

  private static boolean sameCell(Value x, Value y) {
    if (x == y) return true;
    return x instanceof Insn a && y instanceof Insn b && a.op == Op.ADD && b.op == Op.ADD
        && (a.args[0] == b.args[0] && a.args[1] == b.args[1] || a.args[0] == b.args[1] && a.args[1] == b.args[0]);
  }

  /**
   * The {@code new} arrays local at loop {@code header}: used only as the array of loads, stores and
   * lengths, or tested, on every path that reaches it. An array passed, stored, merged or returned only where the
   * loop can no longer be reached (a checkpointed loop's continuation called instead of the loop) has
   * no other name in the loop and is seen by nobody while it runs.
   */
  static Set<Value> localArrays(Graph g, Block header) {
    Set<Block> reaching = new HashSet<>();
    java.util.ArrayDeque<Block> work = new java.util.ArrayDeque<>(List.of(header));
    while (!work.isEmpty()) {
      Block b = work.pop();
      if (reaching.add(b)) work.addAll(b.preds);
    }
    Set<Value> made = new HashSet<>();
    for (Block b : g.blocks) for (Insn i : b.insns) if (i.op == Op.NEWARRAY && i.args.length == 1) made.add(i);
    for (Block b : reaching) {
      for (Phi p : b.phis) p.inputs.forEach(made::remove);
      List<Insn> all = new ArrayList<>(b.insns);
      if (b.terminator != null) all.add(b.terminator);
      for (Insn i : all) {
        for (int k = 0; k < i.args.length; k++) {
          boolean asArray = k == 0 && (i.op == Op.ALOAD || i.op == Op.ASTORE || i.op == Op.ALENGTH) || i.op == Op.IF; // a test names nothing
          if (!asArray) made.remove(i.args[k]);
        }
      }
    }
    return made;
  }

  private static boolean hasTryRegions(Graph g) {
    for (Block b : g.blocks) {
      for (Insn i : b.insns) if (i.op == Op.TRY_ENTER || i.op == Op.MONITOR_ENTER) return true;
    }
    return false;
  }
}
