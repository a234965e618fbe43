package dev.leibniz.core.reverse;

import dev.leibniz.core.analysis.Dominators;
import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Cond;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Value;
import java.util.Map;
import org.objectweb.asm.Type;

/**
 * Counted loops, whose trip counter fits in an {@code int}: the header has an {@code int} phi
 * {@code i = phi(i0, i + 1)} and enters the body only while {@code i < n} (or {@code i = phi(i0,
 * i - 1)} while {@code i > n}), whatever {@code n} is. Every iteration starts with that test, so
 * {@code i} never passes {@code Integer.MAX_VALUE} (or {@code MIN_VALUE}) and the loop runs fewer
 * than 2^32 times, however it is left: an {@code int} counter compared with zero by {@code !=}
 * counts its iterations exactly (it wraps to negative past 2^31 - 1 and back to zero only at
 * 2^32). Such a loop is reversed with an {@code int} counter — a loop shape HotSpot compiles as a
 * counted loop (unrolled, range checks hoisted) — instead of a {@code long} one; tested with {@code
 * > 0} where the loop provably runs fewer than 2^31 times ({@link #fewerThan2To31}).
 */
final class CountedLoops {
  private CountedLoops() {}

  /** True for a loop headed by {@code header} (repeated through predecessor {@code latch}) of the shape above. */
  static boolean isCounted(Block header, int latch, Loops loops) {
    return induction(header, latch, loops) != null;
  }

  /**
   * The induction variable that the header of a counted loop ({@link #isCounted}) tests, or null:
   * the {@code int} phi {@code i} of {@code i < n} (step 1) or {@code i > n} (step −1).
   */
  static Phi induction(Block header, int latch, Loops loops) {
    int loop = loops.innermost(header);
    Insn t = header.terminator;
    // IF with two operands, or one compared with zero ("i > 0")
    if (loop < 0 || loops.header(loop) != header || t.op != Op.IF || t.args.length == 0 || !(t.attr instanceof Cond)) {
      return null;
    }
    boolean firstInside = loops.contains(loop, t.targets[0]);
    if (firstInside == loops.contains(loop, t.targets[1])) return null;
    for (int side = 0; side < t.args.length; side++) {
      Value v = t.args[side];
      if (!(v instanceof Phi) || ((Phi) v).block != header || v.type.getSort() != Type.INT) continue;
      int step = step((Phi) v, latch);
      if (step == 0) continue;
      // The condition under which the body runs, as "phi REL other".
      Cond rel = side == 0 ? t.cond() : swap(t.cond());
      if (!firstInside) rel = rel.negate();
      if (step == 1 && rel == Cond.LT || step == -1 && rel == Cond.GT) return (Phi) v;
    }
    return null;
  }

  /**
   * True when counted loop {@code header} provably runs fewer than 2^31 times, so that its {@code
   * int} trip counter never wraps and the reverse sweep may test it with {@code > 0} instead of
   * {@code != 0}: an ascending loop whose start is not negative ({@code n - i0 <= n}), or a
   * descending one whose bound is not negative. Why it matters: HotSpot makes {@code c != 0} a
   * counted loop only behind a predicate {@code c > 0} at entry; a run of no trip (the last column
   * of a triangular nest) fails it, the method is recompiled with the loop left uncounted (a
   * safepoint poll and three range checks per trip, no unrolling). {@code c > 0} needs no predicate.
   */
  static boolean fewerThan2To31(Block header, int latch, Loops loops, Map<Value, Block> defs) {
    Phi ph = induction(header, latch, loops);
    if (ph == null) return false;
    if (step(ph, latch) > 0) return nonNegative(ph.inputs.get(1 - latch), loops, defs, 0);
    Insn t = header.terminator;
    return t.args.length == 1 || nonNegative(t.args[t.args[0] == ph ? 1 : 0], loops, defs, 0);
  }

  /**
   * True when {@code v}, an {@code int}, is never negative: a constant at least 0, an array's length,
   * the induction variable of an ascending counted loop that starts at a value never negative (its
   * test {@code i < n} keeps it at most {@code n}), or such a variable plus one inside its loop's
   * body (where {@code i < n}, so {@code i + 1} does not overflow).
   */
  static boolean nonNegative(Value v, Loops loops, Map<Value, Block> defs, int depth) {
    if (depth > 8 || v == null) return false;
    if (v instanceof Insn && ((Insn) v).op == Op.CONST) return ((Insn) v).attr instanceof Integer && (Integer) ((Insn) v).attr >= 0;
    if (v instanceof Insn && ((Insn) v).op == Op.ALENGTH) return true;
    if (v instanceof Phi) {
      int latch = latchOf(((Phi) v).block, loops);
      if (latch >= 0 && induction(((Phi) v).block, latch, loops) == v) {
        return step((Phi) v, latch) == 1 && nonNegative(((Phi) v).inputs.get(1 - latch), loops, defs, depth + 1);
      }
      for (Value in : ((Phi) v).inputs) { // a merge of values never negative (a cycle runs out of depth: false)
        if (!nonNegative(in, loops, defs, depth + 1)) return false;
      }
      return true;
    }
    if (v instanceof Insn && ((Insn) v).op == Op.ADD && v.type.getSort() == Type.INT) {
      Insn add = (Insn) v;
      Value one = add.arg(1), x = add.arg(0);
      if (isOne(x)) {
        one = add.arg(0);
        x = add.arg(1);
      }
      if (!isOne(one) || !(x instanceof Phi)) return false;
      Block header = ((Phi) x).block;
      Block at = defs.get(add);
      int loop = loops.innermost(header), latch = latchOf(header, loops);
      return at != null && at != header && latch >= 0 && induction(header, latch, loops) == x && step((Phi) x, latch) == 1
          && loops.contains(loop, at) && nonNegative(x, loops, defs, depth + 1);
    }
    return false;
  }

  private static boolean isOne(Value v) {
    return v instanceof Insn && ((Insn) v).op == Op.CONST && Integer.valueOf(1).equals(((Insn) v).attr);
  }

  /** The predecessor index of loop header {@code header}'s back edge (it has two, one inside the loop), or −1. */
  private static int latchOf(Block header, Loops loops) {
    int loop = loops.innermost(header);
    if (loop < 0 || loops.header(loop) != header || header.preds.size() != 2) return -1;
    boolean in0 = loops.contains(loop, header.preds.get(0)), in1 = loops.contains(loop, header.preds.get(1));
    return in0 == in1 ? -1 : in0 ? 0 : 1;
  }

  /** The constant step of induction variable {@code ph} ({@code ph + c} on the back edge), or 0. */
  static int step(Phi ph, int latch) {
    Value next = ph.inputs.get(latch);
    if (!(next instanceof Insn) || ((Insn) next).op != Op.ADD) return 0;
    Insn add = (Insn) next;
    Value c = add.arg(0) == ph ? add.arg(1) : add.arg(1) == ph ? add.arg(0) : null;
    if (!(c instanceof Insn) || ((Insn) c).op != Op.CONST || !(((Insn) c).attr instanceof Integer)) return 0;
    return (Integer) ((Insn) c).attr;
  }

  /**
   * What the trip count of a counted loop is computed from in the reverse sweep ({@link
   * ControlFlowRecorder#fromBounds}): the induction variable's start (a primal value of the
   * loop's entry edge), its bound (null: zero; {@code lengthOf}'s length when {@code lengthOf} is
   * not null), its step (±1) and the block after the loop's only exit.
   */
  record Bounds(Value start, Value bound, Value lengthOf, int step, Block exit) {}

  /**
   * The bounds of counted loop {@code header} ({@link #isCounted}) when its trip count is a function
   * of them: the loop is left only by its header's test (no {@code break}, no {@code return}
   * inside), and its bound is defined before the loop (a bound the body changes is a phi of the
   * header) or is the length of an array defined before it. The body then runs {@code max(0, bound
   * - start)} times (step −1: {@code start - bound}). Null otherwise: the trip count is counted.
   */
  static Bounds bounds(Block header, int latch, Loops loops, Dominators dominators, Map<Value, Block> defs) {
    int loop = loops.innermost(header);
    if (loop < 0 || loops.header(loop) != header || !isCounted(header, latch, loops)) return null;
    Block exit = loops.soleExit(loop);
    if (exit == null || exit.preds.get(0) != header) return null;
    Insn t = header.terminator;
    boolean firstInside = loops.contains(loop, t.targets[0]);
    for (int side = 0; side < t.args.length; side++) {
      Value v = t.args[side];
      if (!(v instanceof Phi) || ((Phi) v).block != header || v.type.getSort() != Type.INT) continue;
      Phi ph = (Phi) v;
      int step = step(ph, latch);
      Cond rel = side == 0 ? t.cond() : swap(t.cond());
      if (!firstInside) rel = rel.negate();
      if (!(step == 1 && rel == Cond.LT || step == -1 && rel == Cond.GT)) continue;
      Value start = ph.inputs.get(1 - latch);
      Value bound = t.args.length == 1 ? null : t.args[1 - side];
      if (bound == null || TapeReservations.definedBefore(bound, header, loop, loops, dominators, defs)) {
        return new Bounds(start, bound, null, step, exit);
      }
      if (bound instanceof Insn && ((Insn) bound).op == Op.ALENGTH
          && TapeReservations.definedBefore(((Insn) bound).arg(0), header, loop, loops, dominators, defs)) {
        return new Bounds(start, bound, ((Insn) bound).arg(0), step, exit);
      }
      return null;
    }
    return null;
  }

  /** {@code a REL b} as {@code b REL' a}. */
  private static Cond swap(Cond c) {
    switch (c) {
      case LT: return Cond.GT;
      case GT: return Cond.LT;
      case LE: return Cond.GE;
      case GE: return Cond.LE;
      default: return c;
    }
  }
}
