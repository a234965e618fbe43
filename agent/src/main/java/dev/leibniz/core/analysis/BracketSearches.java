package dev.leibniz.core.analysis;

import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Value;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Bracketing searches: a loop that keeps one of two values it carries, chosen by a comparison of active values, and
 * that stops on a test of active values. Bisection ({@code if (F(mid) < p) hi = mid; else lo = mid; mid = (lo + hi) /
 * 2;} until {@code hi - lo < eps}) and regula falsi with its Illinois or Pegasus scaling are the common cases: the
 * result is where the comparisons led, and its derivative is the function's inverse slope at the root ({@code
 * -F_p / F_x}), which no step of the loop computes. The companions differentiate the steps: the result's derivative is
 * that of the starting bracket carried through the halvings (datumbox's {@code chisquareInverseCdf}, whose first
 * guess {@code df / sqrt(p)} depends on p: -6.41 where the derivative is -8.42, corpus round 34, silent before). Newton
 * and fixed-point iterations ({@code x = x - f / f'}) carry one value and choose none: their derivatives converge with
 * them and are not matched.
 *
 * <p>Matched: a phi of a block inside a natural loop, not the loop's header, that chooses between a phi of the header
 * it flows back into (a bracket end, kept) and an active value computed in the loop (the candidate that replaces it),
 * by the nearest dominating two-way branch on a comparison with an active floating operand; and the loop has an exit
 * decided by such a comparison (a convergence test). A loop with a counter for its only exit (a fixed number of
 * halvings, a running maximum) is not matched: its result is what its steps compute.
 */
final class BracketSearches {
  /** A search: {@code decision} is the comparison choosing between the carried values that {@code kept} holds. */
  record Search(Insn decision, Phi kept) {}

  private BracketSearches() {}

  /** The searches of {@code graph}, one per deciding comparison, in block order. */
  static List<Search> of(Graph graph, Activity activity) {
    Dominators dom = new Dominators(graph);
    List<Search> out = new ArrayList<>();
    Set<Insn> decisions = new HashSet<>();
    for (Block header : graph.blocks) {
      Set<Block> loop = naturalLoop(header, dom);
      if (loop.isEmpty() || !exitsOnActiveTest(loop, activity)) continue;
      for (Block join : loop) {
        if (join == header || join.preds.size() != 2) continue;
        for (Phi kept : join.phis) {
          if (!choosesCarried(kept, header, loop, activity)) continue;
          Insn decision = decision(join, loop, dom, activity);
          if (decision != null && decisions.add(decision)) out.add(new Search(decision, kept));
        }
      }
    }
    return out;
  }

  /**
   * Whether {@code p} is active and floating and chooses between a phi of {@code header} that it flows back into (a
   * bracket end the loop keeps or replaces) and another active value the loop computes (the candidate: a midpoint, a
   * secant's root, another carried value).
   */
  private static boolean choosesCarried(Phi p, Block header, Set<Block> loop, Activity activity) {
    if (!activity.isActive(p) || !p.isFloating() || p.inputs.size() != 2) return false;
    for (int k = 0; k < 2; k++) {
      Value kept = p.inputs.get(k), other = p.inputs.get(1 - k);
      if (kept == other || !(kept instanceof Phi end) || end.block != header || !end.inputs.contains(p)) continue;
      if (activity.isActive(other) && definedIn(other, loop) && fromBothEnds(other, end, header, loop)) return true;
    }
    return false;
  }

  /**
   * Whether the candidate {@code v} is computed, within {@code loop}, from the bracket end {@code end} and from another
   * floating value {@code header} carries (the other end): a midpoint {@code (lo + hi) / 2}, a secant's root. A value
   * kept by a comparison with a candidate that does not come from both ends (a running maximum {@code m = x > m ? x :
   * m}) is no bracket.
   */
  private static boolean fromBothEnds(Value v, Phi end, Block header, Set<Block> loop) {
    ArrayDeque<Value> work = new ArrayDeque<>(List.of(v));
    Set<Value> seen = new HashSet<>();
    boolean reachesEnd = false, reachesOther = false;
    while (!work.isEmpty()) {
      Value c = work.pop();
      if (!seen.add(c) || !definedIn(c, loop)) continue;
      if (c instanceof Phi phi) {
        if (phi.block == header && phi != v) {
          if (phi == end) reachesEnd = true;
          else if (phi.isFloating()) reachesOther = true;
          continue;
        }
        work.addAll(phi.inputs);
      } else if (c instanceof Insn i) {
        work.addAll(List.of(i.args));
      }
    }
    return reachesEnd && reachesOther;
  }

  /** Whether {@code v} is a phi or an instruction of a block of {@code loop}. */
  private static boolean definedIn(Value v, Set<Block> loop) {
    if (v instanceof Phi phi) return loop.contains(phi.block);
    for (Block b : loop) {
      if (b.insns.contains(v)) return true;
    }
    return false;
  }

  /**
   * The comparison of the nearest block of {@code loop} dominating {@code join} that ends on a two-way branch, when it
   * compares an active floating value and each of its ways reaches a different predecessor of {@code join}; null else.
   */
  private static Insn decision(Block join, Set<Block> loop, Dominators dom, Activity activity) {
    Block branch = null;
    for (Block b : loop) {
      if (b == join || !dom.dominates(b, join) || !twoWay(b)) continue;
      if (branch == null || dom.dominates(branch, b)) branch = b;
    }
    if (branch == null || !(branch.terminator.arg(0) instanceof Insn cmp) || cmp.op != Op.CMP) return null;
    boolean active = false;
    for (Value v : cmp.args) active |= v.isFloating() && activity.isActive(v);
    if (!active) return null;
    int first = side(branch, join, join.preds.get(0)), second = side(branch, join, join.preds.get(1));
    return first >= 0 && second >= 0 && first != second ? cmp : null;
  }

  /** Which way of {@code branch} (0 or 1) alone reaches {@code pred} on a path into {@code join}; -1 when both or neither. */
  private static int side(Block branch, Block join, Block pred) {
    int found = -1;
    for (int t = 0; t < 2; t++) {
      Block target = branch.terminator.targets[t];
      boolean reaches = target == join ? pred == branch : target == pred || reachesAvoiding(target, pred, branch, join);
      if (!reaches) continue;
      if (found >= 0) return -1;
      found = t;
    }
    return found;
  }

  private static boolean twoWay(Block b) {
    Insn t = b.terminator;
    return t != null && t.op == Op.IF && t.args.length == 1 && t.targets.length == 2 && t.targets[0] != t.targets[1];
  }

  /** Whether a block of {@code loop} ends on a two-way branch on an active comparison with a way out of {@code loop}. */
  private static boolean exitsOnActiveTest(Set<Block> loop, Activity activity) {
    for (Block b : loop) {
      if (!twoWay(b) || !(b.terminator.arg(0) instanceof Insn cmp) || cmp.op != Op.CMP) continue;
      boolean leaves = !loop.contains(b.terminator.targets[0]) || !loop.contains(b.terminator.targets[1]);
      boolean active = false;
      for (Value v : cmp.args) active |= v.isFloating() && activity.isActive(v);
      if (leaves && active) return true;
    }
    return false;
  }

  /** The blocks of the natural loops of {@code header} (its back edges' sources and what reaches them not through it); empty when none. */
  private static Set<Block> naturalLoop(Block header, Dominators dom) {
    Set<Block> loop = new LinkedHashSet<>();
    ArrayDeque<Block> work = new ArrayDeque<>();
    for (Block p : header.preds) {
      if (dom.reachable(p) && dom.dominates(header, p)) work.add(p);
    }
    if (work.isEmpty()) return loop;
    loop.add(header);
    while (!work.isEmpty()) {
      Block b = work.pop();
      if (loop.add(b)) work.addAll(b.preds);
    }
    return loop;
  }

  private static boolean reachesAvoiding(Block from, Block to, Block avoid, Block alsoAvoid) {
    ArrayDeque<Block> work = new ArrayDeque<>(List.of(from));
    Set<Block> seen = new HashSet<>(List.of(avoid, alsoAvoid));
    while (!work.isEmpty()) {
      Block c = work.pop();
      if (c == to) return true;
      if (seen.add(c)) work.addAll(c.successors());
    }
    return false;
  }
}
