package dev.leibniz.core.analysis;

import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Cond;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Value;
import dev.leibniz.core.rules.MathRules;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Type;

/**
 * Tolerance tests: branches taken where floating values lie within a small tolerance of 0 — {@code Math.abs(v) < c}
 * (the abs of any math class, {@code <=}, the constant first), {@code v * v < c}, with a constant {@code 0 < c <=}
 * {@link #MAX_TOLERANCE}, or a branch on the {@code boolean} of a helper whose true result implies such tests of its
 * arguments (JOGL's {@code FloatUtil.isZero(a)}: {@code Math.abs(a) < EPSILON}; {@code VectorUtil.isZero(x, y, z)}: all
 * three), inlined or called ({@link Callees#toleranceTested}). A special case such a test picks stands for the point
 * {@code v = 0}, like an exact test {@code v == 0}: where it holds, the companions differentiate the special formula,
 * which is constant on the tolerance interval, not the function both branches compute ({@code
 * DerivativeCuts#toleranceTests} warns where the branch can give a wrong derivative, {@link SpecialCases}).
 *
 * <p>Facts flow forward, as a must-analysis: a block is entered with the values every path into it has tested to be
 * within a tolerance; a {@code boolean} that is 1 only on edges where a value has been tested (a helper's {@code return
 * Math.abs(a) < EPSILON;} compiles to a phi of 1 and 0) implies that test where a branch finds it true.
 */
public final class ToleranceTests {
  /**
   * The widest tolerance taken as a test for the point 0: float's {@code EPSILON} (1.19e-7) and the double tolerances
   * 1e-6 to 1e-15 that mean "is zero" (rounding noise around an exact 0). A wider interval ({@code |x| < 1e-4}, 1e-3)
   * is where code switches to a series of the same function ({@code sin(x) / x} to {@code 1 - x² / 6}, whose slope is
   * the function's to the series' accuracy) or to a piece of its own, where the program's derivative is the one meant.
   */
  public static final double MAX_TOLERANCE = 1e-5;

  /** A branch ending {@code block} whose way {@code holds} is taken where each of {@code tested} is within a tolerance of 0. */
  public record Test(Block block, Block holds, Set<Value> tested) {}

  private final Graph graph;
  private final Callees callees;
  /** Per block, the values every path into it has tested to be within a tolerance; absent: not reached yet (all). */
  private final Map<Block, Set<Value>> entry = new HashMap<>();
  private final Map<Block, Test> tests = new HashMap<>();

  private ToleranceTests(Graph graph, Callees callees) {
    this.graph = graph;
    this.callees = callees;
    solve();
  }

  /** The tolerance tests of {@code graph}, each once, in block order. */
  public static List<Test> of(Graph graph, Callees callees) {
    ToleranceTests t = new ToleranceTests(graph, callees);
    List<Test> out = new ArrayList<>();
    for (Block b : graph.blocks) {
      Test test = t.tests.get(b);
      if (test != null) out.add(test);
    }
    return out;
  }

  /**
   * For a method returning a {@code boolean}: the positions of its parameters (receiver first) that a true result
   * implies are within a tolerance of 0 ({@code FloatUtil.isZero(a)}: position 0); empty when none, or not such a method.
   */
  public static BitSet impliedParameters(Graph graph, Callees callees) {
    BitSet out = new BitSet();
    if (Type.getReturnType(graph.desc).getSort() != Type.BOOLEAN) return out;
    ToleranceTests t = new ToleranceTests(graph, callees);
    Set<Value> all = null;
    for (Block b : graph.blocks) {
      Insn r = b.terminator;
      if (r == null || r.op != Op.RETURN || r.args.length != 1) continue;
      Set<Value> implied = t.impliedTrue(r.arg(0), t.entry.get(b), new HashSet<>());
      if (implied == null) continue; // returns false only
      if (all == null) all = new HashSet<>(implied);
      else all.retainAll(implied);
    }
    if (all == null) return out;
    for (int k = 0; k < graph.params.size(); k++) {
      if (all.contains(graph.params.get(k))) out.set(k);
    }
    return out;
  }

  private void solve() {
    for (Block b : graph.blocks) {
      if (b.preds.isEmpty()) entry.put(b, new HashSet<>());
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Block b : graph.blocks) {
        Set<Value> in = entry.get(b);
        if (in == null) continue;
        Test test = testAt(b);
        if (test != null) tests.put(b, test);
        else tests.remove(b); // a helper's implied test may vanish as facts shrink
        for (Block s : b.successors()) {
          Set<Value> out = new HashSet<>(in);
          if (test != null && s == test.holds()) out.addAll(test.tested());
          Set<Value> old = entry.get(s);
          if (old == null) {
            entry.put(s, out);
            changed = true;
          } else if (old.retainAll(out)) {
            changed = true;
          }
        }
      }
    }
  }

  /** The tolerance test {@code b} ends on; null when it ends on none. */
  private Test testAt(Block b) {
    Insn t = b.terminator;
    if (t == null || t.op != Op.IF || t.args.length != 1 || t.targets[0] == t.targets[1]) return null;
    if (t.arg(0) instanceof Insn cmp && cmp.op == Op.CMP) {
      Value small = smallValue(cmp.arg(0), cmp.arg(1));
      boolean first = small != null; // the small value is compared first: it holds where the comparison is negative
      if (small == null) small = smallValue(cmp.arg(1), cmp.arg(0));
      if (small == null) return null;
      boolean negative = t.cond() == Cond.LT || t.cond() == Cond.LE;
      boolean positive = t.cond() == Cond.GT || t.cond() == Cond.GE;
      if (!negative && !positive) return null; // an exact test (==) is DerivativeCuts' own
      return new Test(b, t.targets[negative == first ? 0 : 1], Set.of(small));
    }
    if (t.cond() != Cond.EQ && t.cond() != Cond.NE) return null;
    Set<Value> implied = impliedTrue(t.arg(0), null, new HashSet<>());
    if (implied == null || implied.isEmpty()) return null;
    return new Test(b, t.targets[t.cond() == Cond.NE ? 0 : 1], implied);
  }

  /**
   * The tested value {@code v} is when it is {@code abs(t)} or {@code t * t} of a floating {@code t} compared with
   * {@code bound}, a constant tolerance in {@code (0, MAX_TOLERANCE]}; null otherwise.
   */
  private static Value smallValue(Value v, Value bound) {
    if (!(bound instanceof Insn c) || c.op != Op.CONST || !(c.attr instanceof Number n)) return null;
    double tolerance = n.doubleValue();
    while (v instanceof Insn conv && conv.op == Op.CONV) v = conv.arg(0); // Math.abs(f) < 1e-7 of a float f
    if (!(tolerance > 0 && tolerance <= MAX_TOLERANCE) || !(v instanceof Insn i)) return null;
    if (i.op == Op.MATH && i.attr instanceof MethodRef m && m.name().equals("abs") && MathRules.find(m) != null) return i.arg(0);
    if (i.op == Op.MUL && i.arg(0) == i.arg(1) && isFloating(i.arg(0).type)) return i.arg(0);
    return null;
  }

  /**
   * The values within a tolerance of 0 where {@code v} (an {@code int} or {@code boolean}) is not 0, given {@code at},
   * the facts where {@code v} is used (null: none known); null when {@code v} is never true (the constant 0).
   */
  private Set<Value> impliedTrue(Value v, Set<Value> at, Set<Value> seen) {
    Set<Value> base = at == null ? Set.of() : at;
    if (v instanceof Insn i && i.op == Op.CONST) {
      return i.attr instanceof Number n && n.intValue() == 0 ? null : base;
    }
    if (!seen.add(v)) return base; // around a loop: nothing more known
    Set<Value> out = new HashSet<>(base);
    if (v instanceof Insn i && i.op == Op.INVOKE && i.attr instanceof MethodRef m
        && Type.getReturnType(m.desc()).getSort() == Type.BOOLEAN && java.util.Arrays.stream(i.args).anyMatch(a -> isFloating(a.type))) {
      BitSet params = callees.toleranceTested(m);
      params.stream().filter(k -> k < i.args.length).forEach(k -> out.add(i.arg(k)));
      return out;
    }
    if (!(v instanceof Phi p)) return out;
    Set<Value> meet = null; // over the ways in on which the phi may be true
    Block merge = blockOf(p);
    for (Block pred : merge.preds) {
      Set<Value> edge = entry.get(pred);
      if (edge == null) continue; // not reached
      edge = new HashSet<>(edge);
      Test test = tests.get(pred);
      if (test != null && test.holds() == merge) edge.addAll(test.tested());
      Set<Value> in = impliedTrue(p.input(pred), edge, seen);
      if (in == null) continue;
      if (meet == null) meet = new HashSet<>(in);
      else meet.retainAll(in);
    }
    if (meet == null) return null;
    out.addAll(meet);
    return out;
  }

  private Block blockOf(Phi p) {
    for (Block b : graph.blocks) {
      if (b.phis.contains(p)) return b;
    }
    throw new IllegalStateException("a phi of no block");
  }

  private static boolean isFloating(Type t) {
    return t.getSort() == Type.DOUBLE || t.getSort() == Type.FLOAT;
  }
}
