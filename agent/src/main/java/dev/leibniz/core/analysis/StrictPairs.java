package dev.leibniz.core.analysis;

import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Cond;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.Op;
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
 */
final class StrictPairs {
  /**
   * An order test ending {@code block}: {@code cmp} compares {@code tested} with {@code constant}, and {@code atPoint} is
   * the way taken where they are equal, the way of the values below the constant when {@code atGoesBelow}.
   */
  record OrderTest(Block block, Insn cmp, Value tested, double constant, Block atPoint, boolean atGoesBelow) {}

  /** Two tests of one value against one constant that group the point with different sides; {@code second} is reached after {@code first}. */
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
        if (a.atGoesBelow() == b.atGoesBelow() || a.constant() != b.constant() || !sameValue(a.tested(), b.tested())) continue;
        // the point must take both tests on one path: the second reached from the way the first takes there
        if (reaches(a.atPoint(), b.block(), a.block())) out.add(new Pair(a, b));
        else if (reaches(b.atPoint(), a.block(), b.block())) out.add(new Pair(b, a));
      }
    }
    return out;
  }

  /** The order test of an active floating value with a constant that {@code b} ends on; null when none. */
  private static OrderTest orderTest(Block b, Activity activity) {
    Insn t = b.terminator;
    if (t == null || t.op != Op.IF || t.args.length != 1 || t.targets.length != 2 || t.targets[0] == t.targets[1]) return null;
    Cond c = t.cond();
    if (c != Cond.LT && c != Cond.LE && c != Cond.GT && c != Cond.GE) return null;
    if (!(t.arg(0) instanceof Insn cmp) || cmp.op != Op.CMP) return null;
    boolean testedFirst = constant(cmp.arg(1)) != null;
    Value tested = testedFirst ? cmp.arg(0) : cmp.arg(1);
    Double k = constant(testedFirst ? cmp.arg(1) : cmp.arg(0));
    if (k == null || !activity.isActive(tested) || !isFloating(tested.type)) return null;
    // the comparison is sign(first - second), tested against 0 by the IF, whose first target is taken when it holds
    boolean holdsAt = c == Cond.LE || c == Cond.GE;
    boolean holdsBelow = holds(c, testedFirst ? -1 : 1);
    return new OrderTest(b, cmp, tested, k, t.targets[holdsAt ? 0 : 1], holdsAt == holdsBelow);
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

  private static boolean isFloating(Type t) {
    return t.getSort() == Type.DOUBLE || t.getSort() == Type.FLOAT;
  }
}
