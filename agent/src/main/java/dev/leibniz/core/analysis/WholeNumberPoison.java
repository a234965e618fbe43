package dev.leibniz.core.analysis;

import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Value;
import dev.leibniz.core.ir.Phi;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Makes the companions honest where an exact whole/half-number test of an active value holds
 * ({@link DerivativeCuts#integralityComparisons}): there the branch taken is a formula made for
 * that point, whose derivative in the tested value is not the function's, so it is undefined by
 * this code and the companions return NaN for it.
 *
 * <p>A rewrite of the primal graph, before either builder runs, so both modes get it from the
 * rules they already have: on the edge where a test {@code x == y} holds, with {@code u = |x - y|},
 * the value {@code poison = sqrt(u) - sqrt(u)} (two separate calls) is exactly 0 and its derivative
 * NaN ({@code u = 0}: forward {@code ∞ - ∞}, reverse {@code ū = r̄·∞ - r̄·∞}). The strong zero keeps
 * it 0 for a direction (forward) or a seed (reverse) that does not move {@code x - y}, so other
 * derivatives stay exact. The poisons of all such tests are summed along the paths that pass them
 * (a small SSA construction: phis only where paths with and without a test meet, none in a loop
 * without a test) and every floating output subtracts the sum that reaches it: the value returned,
 * and every floating value stored into an array or a field (an output array of a {@code void}
 * method, of one with an {@code int} result, an object's field): {@code v - 0.0} is {@code v}, also
 * for {@code -0.0}. A store or return that does not depend on the test's branch gets the NaN as
 * well (where the test holds, in the tested value's direction only): a NaN, never a wrong number.
 *
 * <p>A test joined to further conditions by {@code &&} ({@code x == rint(x) && x <= 0}) is poisoned on the edge where
 * all of them hold ({@link GuardedEdge}): where a later one fails, the code run is the one that runs where the test
 * fails, a neighbouring point's, whose derivative is the function's.
 *
 * <p>Where {@code x} and {@code y} are the same infinity ({@code floor(∞) == ∞}) the test holds
 * but {@code x - y} is NaN: a check on the edge ({@code x - y} compared with itself) passes the
 * poison by, so the companions' value is the primal's there, and the derivative in the tested
 * value is the branch's (a point at infinity has no neighbourhood a derivative could be wrong
 * in). The edge where the test fails gets nothing (the poison's derivative is 0 there anyway).
 * Cost: a subtraction and a comparison per run through a holding test, the poison after it, a phi
 * or two at joins, one subtraction per floating store or return after it; nothing in code
 * without such a test.
 */
public final class WholeNumberPoison {
  private static final String MATH = "java/lang/Math";

  /** Rewrites {@code g} once (a graph shared by both modes is rewritten by the first); true when it changed. */
  public static boolean apply(Graph g, Activity activity) {
    if (g.wholeNumberTestsPoisoned) return false;
    g.wholeNumberTestsPoisoned = true;
    List<Insn> tests = DerivativeCuts.integralityComparisons(g, activity);
    if (tests.isEmpty() || !g.entry().preds.isEmpty()) return false; // (a loop back to the entry: left warned only)
    Map<Block, Insn> sums = new LinkedHashMap<>();
    for (Insn cmp : tests) {
      if (!isFloating(cmp.arg(0).type) || !isFloating(cmp.arg(1).type)) continue;
      Block test = testing(g, cmp);
      if (test == null || test.terminator.targets[0] == test.terminator.targets[1]) continue;
      int holds = test.terminator.cond() == dev.leibniz.core.ir.Cond.EQ ? 0 : 1; // DCMPL/... give 0 exactly where x == y
      GuardedEdge.Edge edge = GuardedEdge.whereAllHold(test, holds); // past conditions joined by &&
      Block poisoned = onHoldingEdge(g, edge.from(), edge.target(), cmp);
      // the running sum of poisons, ended by that block: (sum on entry) + poison
      sums.put(poisoned, append(g, poisoned, cmp, Op.ADD, Type.DOUBLE_TYPE, null, null, poison(g, poisoned, cmp)));
    }
    if (sums.isEmpty()) return false;
    WholeNumberPoison w = new WholeNumberPoison(g); // the graph's blocks are final from here
    w.defs.putAll(sums);
    for (Map.Entry<Block, Insn> d : w.defs.entrySet()) d.getValue().args[0] = w.readStart(d.getKey());
    for (Block r : new ArrayList<>(g.blocks)) {
      Insn ret = r.terminator;
      if (ret == null || ret.op != Op.RETURN || ret.args.length != 1 || !isFloating(ret.arg(0).type)) continue;
      w.returns.put(r, w.readEnd(r));
    }
    for (Block b : new ArrayList<>(g.blocks)) {
      for (Insn i : new ArrayList<>(b.insns)) {
        if ((i.op == Op.ASTORE || i.op == Op.PUTFIELD) && isFloating(stored(i).type)) w.stores.put(i, w.readStart(b));
      }
    }
    w.removeTrivialPhis();
    for (Map.Entry<Insn, Value> e : w.stores.entrySet()) {
      Value p = e.getValue();
      if (p == w.zero) continue; // no test on any path to this store (or its block's test comes after it)
      Insn store = e.getKey();
      Block b = blockOf(g, store);
      Value v = stored(store);
      if (v.type.getSort() == Type.FLOAT) p = insertBefore(g, b, store, Op.CONV, Type.FLOAT_TYPE, p);
      store.args[store.args.length - 1] = insertBefore(g, b, store, Op.SUB, v.type, v, p);
    }
    for (Map.Entry<Block, Value> e : w.returns.entrySet()) {
      Value p = e.getValue();
      if (p == w.zero) continue; // no test on any path to this return
      Block r = e.getKey();
      Insn ret = r.terminator;
      if (ret.arg(0).type.getSort() == Type.FLOAT) p = append(g, r, ret, Op.CONV, Type.FLOAT_TYPE, null, p);
      ret.args[0] = append(g, r, ret, Op.SUB, ret.arg(0).type, null, ret.arg(0), p);
    }
    return true;
  }

  private final Graph g;
  /** The poison sum at the end of each test's block. */
  private final Map<Block, Insn> defs = new LinkedHashMap<>();
  /** The poison sum at the start of blocks with several predecessors (phis made here). */
  private final Map<Block, Value> starts = new HashMap<>();
  private final Map<Block, Value> returns = new LinkedHashMap<>();
  /** The poison sum where each floating array or field store runs (its block's start: a test's sum ends its block). */
  private final Map<Insn, Value> stores = new LinkedHashMap<>();
  private final List<Phi> phis = new ArrayList<>();
  private Insn zero;

  private final Dominators dominators;

  private WholeNumberPoison(Graph g) {
    this.g = g;
    this.dominators = new Dominators(g);
  }

  /** The poison sum where {@code b} ends (SSA construction after Braun et al., all blocks complete). */
  private Value readEnd(Block b) {
    Insn def = defs.get(b);
    return def != null ? def : readStart(b);
  }

  private Value readStart(Block b) {
    if (b.preds.isEmpty() || !dominators.reachable(b)) return zero(); // unreachable: no path carries a poison
    if (b.preds.size() == 1) return readEnd(b.preds.get(0));
    Value known = starts.get(b);
    if (known != null) return known;
    Phi p = g.newPhi(b, Type.DOUBLE_TYPE);
    starts.put(b, p); // before the inputs: a loop reads it back
    phis.add(p);
    for (Block pred : b.preds) p.inputs.add(readEnd(pred));
    return p;
  }

  /** 0.0, once, at the end of the entry block. */
  private Insn zero() {
    if (zero == null) {
      zero = g.newInsn(Op.CONST, Type.DOUBLE_TYPE, 0.0);
      g.entry().insns.add(zero);
    }
    return zero;
  }

  /** A phi whose inputs are itself or one value {@code v} is {@code v}: loops and joins no test reaches keep nothing. */
  private void removeTrivialPhis() {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Phi p : new ArrayList<>(phis)) {
        Value same = null;
        boolean trivial = true;
        for (Value in : p.inputs) {
          if (in == p || in == same) continue;
          if (same != null) trivial = false;
          same = in;
        }
        if (!trivial || same == null) continue;
        replace(p, same);
        p.block.phis.remove(p);
        phis.remove(p);
        changed = true;
      }
    }
  }

  private void replace(Phi p, Value by) {
    for (Phi q : phis) q.inputs.replaceAll(v -> v == p ? by : v);
    for (Insn d : defs.values()) if (d.args[0] == p) d.args[0] = by;
    returns.replaceAll((b, v) -> v == p ? by : v);
    stores.replaceAll((i, v) -> v == p ? by : v);
  }

  /** The value an {@code ASTORE} or {@code PUTFIELD} stores (its last argument). */
  private static Value stored(Insn store) {
    return store.args[store.args.length - 1];
  }

  /**
   * On the edge {@code holds} of {@code test}'s branch, where the test {@code cmp} holds ({@code x == y}, with any
   * conditions joined to it by {@code &&}: {@link GuardedEdge}), the blocks {@code check}: {@code
   * d = x - y}, and where {@code d} is a number (it is 0; it is NaN where {@code x} and {@code y} are the same
   * infinity) on to {@code poisoned}, which jumps to {@code join} (the caller adds the poison to its instructions); else
   * straight to {@code join}, which goes where the edge went. Returns {@code poisoned}. Where the test fails the poison's derivative is 0 anyway (for {@code x - y} a
   * nonzero number) and NaN otherwise (a NaN tested value), so the other edge has none: the companions' value is
   * the primal's at infinite and NaN tested values too.
   */
  private static Block onHoldingEdge(Graph g, Block test, int holds, Insn cmp) {
    Insn branch = test.terminator;
    Block next = branch.targets[holds];
    Block check = g.newBlock(), poisoned = g.newBlock(), join = g.newBlock();
    branch.targets[holds] = check;
    check.preds.add(test);
    next.preds.set(next.preds.indexOf(test), join);
    Value d = difference(g, check, cmp);
    Insn number = append(g, check, cmp, Op.CMP, Type.INT_TYPE, Opcodes.DCMPL, d, d); // -1 only for NaN
    Insn ifNumber = g.newInsn(Op.IF, Type.VOID_TYPE, dev.leibniz.core.ir.Cond.EQ, number);
    ifNumber.line = cmp.line;
    ifNumber.targets = new Block[] {poisoned, join};
    check.terminator = ifNumber;
    poisoned.preds.add(check);
    join.preds.add(check); // join's predecessors: check (the NaN case), then poisoned
    jump(g, poisoned, join, cmp.line);
    jump(g, join, next, cmp.line);
    return poisoned;
  }

  /** {@code x - y} of the test, in double. */
  private static Value difference(Graph g, Block b, Insn cmp) {
    Value d = append(g, b, cmp, Op.SUB, cmp.arg(0).type, null, cmp.arg(0), cmp.arg(1));
    return d.type.getSort() == Type.FLOAT ? append(g, b, cmp, Op.CONV, Type.DOUBLE_TYPE, null, d) : d;
  }

  /** Ends {@code from} with a jump to {@code to}. */
  private static void jump(Graph g, Block from, Block to, int line) {
    Insn jump = g.newInsn(Op.GOTO, Type.VOID_TYPE, null);
    jump.targets = new Block[] {to};
    jump.line = line;
    from.terminator = jump;
    to.preds.add(from);
  }

  /** {@code sqrt(|x - y|) - sqrt(|x - y|)}, in double, at the end of {@code b} (where the test holds: x - y is 0). */
  private static Value poison(Graph g, Block b, Insn cmp) {
    Value d = difference(g, b, cmp);
    Value u = append(g, b, cmp, Op.MATH, Type.DOUBLE_TYPE, math("abs"), d);
    Value s1 = append(g, b, cmp, Op.MATH, Type.DOUBLE_TYPE, math("sqrt"), u);
    Value s2 = append(g, b, cmp, Op.MATH, Type.DOUBLE_TYPE, math("sqrt"), u);
    return append(g, b, cmp, Op.SUB, Type.DOUBLE_TYPE, null, s1, s2);
  }

  /** A new instruction placed just before {@code at} in {@code b}. */
  private static Insn insertBefore(Graph g, Block b, Insn at, Op op, Type type, Value... args) {
    Insn i = g.newInsn(op, type, null, args);
    i.line = at.line;
    b.insns.add(b.insns.indexOf(at), i);
    return i;
  }

  private static MethodRef math(String name) {
    return new MethodRef(Opcodes.INVOKESTATIC, MATH, name, "(D)D", false);
  }

  private static Insn append(Graph g, Block b, Insn at, Op op, Type type, Object attr, Value... args) {
    Insn i = g.newInsn(op, type, attr, args);
    i.line = at.line;
    b.insns.add(i);
    return i;
  }

  private static Block blockOf(Graph g, Insn i) {
    for (Block b : g.blocks) {
      if (b.insns.contains(i) || b.terminator == i) return b;
    }
    return null;
  }

  /** The block ending with the branch on {@code cmp} (an {@code IF} on equality, {@code DerivativeCuts}). */
  private static Block testing(Graph g, Insn cmp) {
    for (Block b : g.blocks) {
      Insn t = b.terminator;
      if (t != null && t.op == Op.IF && t.args.length == 1 && t.arg(0) == cmp) return b;
    }
    return null;
  }

  private static boolean isFloating(Type t) {
    return t.getSort() == Type.DOUBLE || t.getSort() == Type.FLOAT;
  }
}
