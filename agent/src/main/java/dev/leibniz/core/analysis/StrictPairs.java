package dev.leibniz.core.analysis;

import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Cond;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Value;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.Type;

/**
 * Pairs of order tests of one active value against one constant that both fail, or both hold, only at the constant:
 * {@code x < c} and {@code x > c} ({@code !(x < c) && !(x > c)}, in either order), or {@code x <= c} and {@code x >= c};
 * or one failing and the other holding there ({@code if (t < 0) ...; else if (t <= 0) ...}: finmath's Black-Scholes at
 * maturity 0, corpus).
 * On a path through both, the way each takes at {@code x == c} is the one of a different side (the first groups the
 * point with the values above it, the second with those below), so that path is a special case for the point, as
 * after an exact test {@code x == c}: POI's {@code Mirr.mirr} skips a cash flow of exactly 0 in both of its loops ({@code
 * if (anIn < 0)}, {@code if (anIn > 0)}) and drops its contribution there (corpus round 31). A single order test, or two
 * complementary ones ({@code x < c}, {@code x >= c}), group the point with one side and give that side's derivative.
 *
 * <p>The value is the same when it is one value, or a read of the same location: the same field or static, or an
 * element of the same array at the same index, or at computed indices on both sides (two loops over the array, as
 * MIRR's).
 *
 * <p>So are two order tests comparing the same two active values ({@code x > y} and {@code x < y}, or {@code y > x}
 * and {@code x > y}, or {@code x >= y} and {@code x <= y}): at a tie {@code x == y} one takes the way of {@code x < y},
 * the other that of {@code x > y}, a special case of its own (MLX's logaddexp by ternaries, {@code maxval = x > y ? x :
 * y; minval = x < y ? x : y}, takes y twice: (0, 1) where the function has (1/2, 1/2)). Operands must be one value or
 * one location at one index: two elements at computed indices are most often two elements (a sort's {@code a[i] >
 * a[j]}). Such a pair is warned as it is ({@code tie} set), with no judgement of what its ways drop.
 *
 * <p>The two tests must decide one computed value: what each decides reaches a common value, output or result
 * ({@link #decideOneValue}). Two tests whose decisions go to different outputs (NNlib's selu and elu of one {@code z},
 * written to two arrays, corpus) give each output its own one-sided derivative: no point drops anything for both.
 */
final class StrictPairs {
  /**
   * An order test ending {@code block}: {@code cmp} compares {@code tested} with {@code constant}, and {@code atPoint} is
   * the way taken where they are equal, the way of the values below the constant when {@code atGoesBelow}. A test of two
   * active values has {@code against}, the value {@code tested} is compared with (the constant 0 then), and its point
   * is the tie.
   */
  record OrderTest(Block block, Insn cmp, Value tested, Value against, double constant, Block atPoint, boolean atGoesBelow) {
    /** Whether this compares two active values: the point is a tie, {@code tested == against}. */
    boolean tie() {
      return against != null;
    }
  }

  /** Two tests of one value against one constant, or of the same two values, that group the point with different sides; {@code second} is reached after {@code first}. */
  record Pair(OrderTest first, OrderTest second) {}

  private StrictPairs() {}

  /** The pairs of {@code graph}, each once. */
  static List<Pair> of(Graph graph, Activity activity) {
    List<OrderTest> tests = new ArrayList<>();
    for (Block b : graph.blocks) {
      OrderTest t = orderTest(b, activity);
      if (t != null) tests.add(t);
    }
    List<Pair> out = new ArrayList<>();
    for (int i = 0; i < tests.size(); i++) {
      for (int j = i + 1; j < tests.size(); j++) {
        OrderTest a = tests.get(i), b = tests.get(j);
        if (!differentSides(a, b)) continue;
        if (!decideOneValue(graph, activity, a, b)) continue;
        // the point must take both tests on one path: the second reached from the way the first takes there
        if (reaches(a.atPoint(), b.block(), a.block())) out.add(new Pair(a, b));
        else if (reaches(b.atPoint(), a.block(), b.block())) out.add(new Pair(b, a));
      }
    }
    return out;
  }

  /** Whether {@code a} and {@code b} test one value against one constant, or the same two values, grouping the point with different sides. */
  private static boolean differentSides(OrderTest a, OrderTest b) {
    if (a.tie() != b.tie()) return false;
    if (!a.tie()) return a.atGoesBelow() != b.atGoesBelow() && a.constant() == b.constant() && sameValue(a.tested(), b.tested());
    if (sameOperand(a.tested(), b.tested()) && sameOperand(a.against(), b.against())) return a.atGoesBelow() != b.atGoesBelow();
    // swapped operands, y < x: the values below in one are those above in the other
    return sameOperand(a.tested(), b.against()) && sameOperand(a.against(), b.tested()) && a.atGoesBelow() == b.atGoesBelow();
  }

  /** Whether {@code a} and {@code b} are one operand of a tie test: one value, or one location at one index. */
  private static boolean sameOperand(Value a, Value b) {
    if (a == b) return true;
    return sameValue(a, b) && !(a instanceof Insn x && x.op == Op.ALOAD && x.arg(1) != ((Insn) b).arg(1));
  }

  /** The order test of an active floating value with a constant, or of two active floating values, that {@code b} ends on; null when none. */
  private static OrderTest orderTest(Block b, Activity activity) {
    Insn t = b.terminator;
    if (t == null || t.op != Op.IF || t.args.length != 1 || t.targets.length != 2 || t.targets[0] == t.targets[1]) return null;
    Cond c = t.cond();
    if (c != Cond.LT && c != Cond.LE && c != Cond.GT && c != Cond.GE) return null;
    if (!(t.arg(0) instanceof Insn cmp) || cmp.op != Op.CMP) return null;
    boolean testedFirst = constant(cmp.arg(1)) != null || constant(cmp.arg(0)) == null;
    Value tested = testedFirst ? cmp.arg(0) : cmp.arg(1);
    Double k = constant(testedFirst ? cmp.arg(1) : cmp.arg(0));
    Value against = null;
    if (k == null && activity.isActive(cmp.arg(1)) && isFloating(cmp.arg(1).type)) {
      against = cmp.arg(1); // two active values: below means tested < against, the tie is the point
      k = 0.0;
    }
    if (k == null || !activity.isActive(tested) || !isFloating(tested.type)) return null;
    // the comparison is sign(first - second), tested against 0 by the IF, whose first target is taken when it holds
    boolean holdsAt = c == Cond.LE || c == Cond.GE;
    boolean holdsBelow = holds(c, testedFirst ? -1 : 1);
    return new OrderTest(b, cmp, tested, against, k, t.targets[holdsAt ? 0 : 1], holdsAt == holdsBelow);
  }

  private static boolean holds(Cond c, int sign) {
    return switch (c) {
      case LT -> sign < 0;
      case LE -> sign <= 0;
      case GT -> sign > 0;
      default -> sign >= 0;
    };
  }

  private static Double constant(Value v) {
    return v instanceof Insn i && i.op == Op.CONST && i.attr instanceof Number n ? n.doubleValue() : null;
  }

  /** Whether {@code a} and {@code b} hold the same value, or reads of the same location (see the class comment). */
  private static boolean sameValue(Value a, Value b) {
    if (a == b) return true;
    if (!(a instanceof Insn x) || !(b instanceof Insn y) || x.op != y.op) return false;
    return switch (x.op) {
      case GETSTATIC -> x.attr.equals(y.attr);
      case GETFIELD -> x.arg(0) == y.arg(0) && x.attr.equals(y.attr);
      case ALOAD -> x.arg(0) == y.arg(0) && (x.arg(1) == y.arg(1) || constant(x.arg(1)) == null && constant(y.arg(1)) == null);
      default -> false;
    };
  }

  /** Whether {@code to} is reachable from {@code from} without passing through {@code avoid}. */
  private static boolean reaches(Block from, Block to, Block avoid) {
    ArrayDeque<Block> work = new ArrayDeque<>(List.of(from));
    Set<Block> seen = new HashSet<>(List.of(avoid));
    while (!work.isEmpty()) {
      Block c = work.pop();
      if (c == to) return true;
      if (seen.add(c)) work.addAll(c.successors());
    }
    return false;
  }

  /**
   * Whether what {@code a} decides and what {@code b} decides meet: a value computed after both (the phis where MIRR's
   * sums meet in {@code -fv / pv}, or one test's result feeding the other's), a result returned by both, or one
   * location both store to (a load of a location one stores to reads what it decided). A call given a decided value
   * may write anywhere: it meets everything.
   */
  private static boolean decideOneValue(Graph graph, Activity activity, OrderTest a, OrderTest b) {
    Set<Value> x = decided(graph, activity, a), y = decided(graph, activity, b);
    if (x == null || y == null) return true;
    for (Value v : x) {
      if (y.contains(v)) return true;
      if (!(v instanceof Insn s)) continue;
      if (s.op == Op.RETURN && y.stream().anyMatch(w -> w instanceof Insn r && r.op == Op.RETURN)) return true;
      if (y.stream().anyMatch(w -> w instanceof Insn t && sameLocation(s, t))) return true;
    }
    return false;
  }

  /**
   * What {@code t} decides: the instructions on one of its ways only, the phis where its ways meet, and what uses them
   * (through the locations it stores to, read again); null when a call that is not passive is given one of them.
   */
  private static Set<Value> decided(Graph graph, Activity activity, OrderTest t) {
    Block[] ways = t.block().terminator.targets;
    Set<Block> one = reachableAvoiding(ways[0], t.block()), other = reachableAvoiding(ways[1], t.block());
    Set<Block> only = new HashSet<>(one);
    only.addAll(other);
    one.retainAll(other);
    only.removeAll(one);
    Set<Value> out = new HashSet<>();
    for (Block r : only) {
      out.addAll(r.insns);
      if (r.terminator != null) out.add(r.terminator);
    }
    for (Block m : graph.blocks) {
      boolean meets = m.preds.stream().anyMatch(p -> only.contains(p) || p == t.block());
      if (meets && !only.contains(m)) out.addAll(m.phis);
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Block blk : graph.blocks) {
        for (Phi p : blk.phis) {
          if (!out.contains(p) && p.inputs.stream().anyMatch(out::contains)) changed |= out.add(p);
        }
        List<Insn> all = new ArrayList<>(blk.insns);
        if (blk.terminator != null) all.add(blk.terminator);
        for (Insn i : all) {
          if (out.contains(i)) continue;
          boolean uses = java.util.Arrays.stream(i.args).anyMatch(out::contains);
          boolean reads = isLoad(i) && out.stream().anyMatch(s -> s instanceof Insn st && isStore(st) && sameLocation(st, i));
          if (uses || reads) changed |= out.add(i);
        }
      }
    }
    for (Value v : out) {
      if (v instanceof Insn i && i.op == Op.INVOKE && !activity.isPassiveCall(i)) return null;
    }
    return out;
  }

  /**
   * Whether the store {@code s} and the load or store {@code t} may be of one location (arrays: one array value, not at
   * two different constant indices: CppAD's {@code y[0] = x0 < x1 ? x0 : x1; y[1] = x1 < x0 ? x0 : x1} are two outputs).
   */
  private static boolean sameLocation(Insn s, Insn t) {
    if (!isStore(s) || !(isStore(t) || isLoad(t))) return false;
    if (s.op == Op.ASTORE) {
      Double i = constant(s.arg(1)), j = t.op == Op.ASTORE || t.op == Op.ALOAD ? constant(t.arg(1)) : null;
      boolean twoCells = i != null && j != null && !i.equals(j);
      return (t.op == Op.ASTORE || t.op == Op.ALOAD) && sameValue(s.arg(0), t.arg(0)) && !twoCells;
    }
    return t.op != Op.ASTORE && t.op != Op.ALOAD && s.attr.equals(t.attr);
  }

  private static boolean isStore(Insn i) {
    return i.op == Op.ASTORE || i.op == Op.PUTFIELD || i.op == Op.PUTSTATIC;
  }

  private static boolean isLoad(Insn i) {
    return i.op == Op.ALOAD || i.op == Op.GETFIELD || i.op == Op.GETSTATIC;
  }

  /** The blocks reachable from {@code start} without passing through {@code avoid}. */
  private static Set<Block> reachableAvoiding(Block start, Block avoid) {
    Set<Block> seen = new HashSet<>();
    ArrayDeque<Block> work = new ArrayDeque<>(List.of(start));
    while (!work.isEmpty()) {
      Block c = work.pop();
      if (c != avoid && seen.add(c)) work.addAll(c.successors());
    }
    return seen;
  }

  private static boolean isFloating(Type t) {
    return t.getSort() == Type.DOUBLE || t.getSort() == Type.FLOAT;
  }
}
