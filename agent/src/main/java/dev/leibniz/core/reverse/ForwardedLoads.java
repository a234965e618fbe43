package dev.leibniz.core.reverse;

import dev.leibniz.core.analysis.Dominators;
import dev.leibniz.core.emit.HelperCopier;
import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Value;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Loads that read back what a store of an earlier counted loop wrote (store-to-load forwarding across
 * loops): {@code for (i..) a[i] = f(i); ... for (j..) use(a[j])}, both loops counted over the same
 * bounds (GMM's {@code subtract} filling {@code xcentered}, then {@code qTimesX} reading it). The
 * reverse sweep recomputes such a load as {@code f(j)} instead of taping it ({@link TapePolicy}).
 *
 * <p>Exact when: the store runs on every trip of its loop at index {@code i}, its loop's induction
 * variable, and the load's index is the induction variable of a loop with the same start, bound and
 * step, so every cell the load reads was written by one trip of the store loop's last run; that run
 * completed before the load (the store loop is left only by its header's test, and its exit dominates
 * the load); nothing else writes the array's alias class in the store loop or on any path from its
 * exit to the load, and no call, field or static write, monitor or {@code try} lies there; and
 * {@code f} is made of cheap arithmetic, loads that give the same value in the reverse sweep ({@link
 * StableLoads}) and values defined before the store loop that nothing on those paths redefines.
 */
final class ForwardedLoads {
  /** Load {@code loadIndex}'s cell, written by {@code store} at {@code storeIndex} in the loop {@code storeLoop}. */
  record Forward(Insn store, Phi storeIndex, Phi loadIndex, int storeLoop) {}

  private static final int DEPTH = 6;

  private final Graph src;
  private final Loops loops;
  private final Dominators dominators;
  private final WrittenArrays written;
  private final StableLoads stable;
  private Map<Value, Block> defs;
  /** The method's stores at an index that is a phi, by the array they write: indexed once, asked per taped load. */
  private Map<Value, List<Insn>> storesByArray;

  ForwardedLoads(Graph src, Loops loops, Dominators dominators, WrittenArrays written, StableLoads stable) {
    this.src = src;
    this.loops = loops;
    this.dominators = dominators;
    this.written = written;
    this.stable = stable;
  }

  /**
   * The store whose value primal load {@code load} (in {@code block}) reads, or null; {@code freeOutside}
   * says whether a primal value defined outside the store loop reaches the reverse sweep without a tape entry.
   */
  Forward find(Insn load, Block block, Predicate<Value> freeOutside) {
    if (load.op != Op.ALOAD || !(load.arg(1) instanceof Phi il)) return null;
    CountedLoops.Bounds lb = boundsOf(il);
    // the header runs once more than the body, with the index at its bound, where no store trip wrote the cell
    if (lb == null || block == il.block || !loops.contains(loops.innermost(il.block), block)) return null;
    if (defs == null) defs = TapeReservations.definitions(src);
    for (Insn s : storesTo(load.arg(0))) {
      Forward f = check(s, defs.get(s), (Phi) s.arg(1), il, lb, block, freeOutside);
      if (f != null) return f;
    }
    return null;
  }

  private List<Insn> storesTo(Value array) {
    if (storesByArray == null) {
      storesByArray = new HashMap<>();
      for (Block sb : src.blocks) {
        for (Insn s : sb.insns) {
          if (s.op == Op.ASTORE && s.arg(1) instanceof Phi) storesByArray.computeIfAbsent(s.arg(0), a -> new ArrayList<>()).add(s);
        }
      }
    }
    return storesByArray.getOrDefault(array, List.of());
  }

  private Forward check(Insn s, Block sb, Phi is, Phi il, CountedLoops.Bounds lb, Block block, Predicate<Value> freeOutside) {
    CountedLoops.Bounds sbounds = boundsOf(is);
    int loop = loops.innermost(is.block);
    if (sbounds == null || loops.innermost(sb) != loop || !sameTrips(sbounds, lb) || loops.contains(loop, block)
        || !runsEveryTrip(sb, loop) || !dominators.dominates(sbounds.exit(), block)) {
      return null;
    }
    Set<Block> between = between(sbounds.exit(), block, is.block);
    Value array = s.arg(0);
    if (!plain(between, null) || !plain(loops.body(loop), s)
        || written.isWrittenIn(array, between::contains) || writtenInLoopBesides(array, loop, s)) {
      return null;
    }
    for (Value v : new Value[] {array, sbounds.start(), sbounds.bound(), sbounds.lengthOf()}) {
      if (v != null && between.contains(defs.get(v))) return null;
    }
    Forward f = new Forward(s, is, il, loop);
    return recomputable(f, s.arg(2), between, freeOutside, 0) ? f : null;
  }

  /** True when {@code v} (the stored value or an operand of it) can be recomputed for the load's trip. */
  private boolean recomputable(Forward f, Value v, Set<Block> between, Predicate<Value> freeOutside, int depth) {
    if (v == f.storeIndex() || v instanceof Insn && ((Insn) v).op == Op.CONST) return true;
    Block home = defs.get(v);
    if (home == null || !loops.contains(f.storeLoop(), home)) {
      return !between.contains(home) && freeOutside.test(v);
    }
    if (depth >= DEPTH || !(v instanceof Insn i)) return false; // a phi of the store loop other than its index
    boolean access = i.op == Op.ALOAD && stable.stableAfter(i, home);
    if (!i.op.isCheapArithmetic() && !access) return false;
    for (Value a : i.args) {
      if (!recomputable(f, a, between, freeOutside, depth + 1)) return false;
    }
    return true;
  }

  /** The bounds of the counted loop {@code ph} is the tested induction variable of, or null. */
  private CountedLoops.Bounds boundsOf(Phi ph) {
    Block header = ph.block;
    int loop = loops.innermost(header);
    if (loop < 0 || loops.header(loop) != header || header.preds.size() != 2) return null;
    int latch = loops.contains(loop, header.preds.get(1)) ? 1 : 0;
    if (defs == null) defs = TapeReservations.definitions(src);
    CountedLoops.Bounds bounds = CountedLoops.bounds(header, latch, loops, dominators, defs);
    boolean tested = bounds != null && java.util.Arrays.asList(header.terminator.args).contains(ph)
        && CountedLoops.step(ph, latch) == bounds.step() && ph.inputs.get(1 - latch) == bounds.start();
    return tested ? bounds : null;
  }

  private static boolean sameTrips(CountedLoops.Bounds a, CountedLoops.Bounds b) {
    return a.step() == b.step() && same(a.start(), b.start()) && same(a.bound(), b.bound()) && same(a.lengthOf(), b.lengthOf());
  }

  private static boolean same(Value a, Value b) {
    if (a == b) return true;
    return a instanceof Insn x && b instanceof Insn y && x.op == Op.CONST && y.op == Op.CONST
        && x.type.equals(y.type) && Objects.equals(x.attr, y.attr);
  }

  /** True when block {@code sb} of {@code loop} runs on every trip: it dominates each of the loop's back edges. */
  private boolean runsEveryTrip(Block sb, int loop) {
    Block header = loops.header(loop);
    for (Block p : header.preds) {
      if (loops.contains(loop, p) && !dominators.dominates(sb, p)) return false;
    }
    return true;
  }

  /** The blocks on a path from {@code from} to {@code to} that does not pass {@code avoid} (both ends included). */
  private static Set<Block> between(Block from, Block to, Block avoid) {
    Set<Block> after = walk(from, avoid, true);
    Set<Block> before = walk(to, avoid, false);
    after.retainAll(before);
    return after;
  }

  private static Set<Block> walk(Block start, Block avoid, boolean forward) {
    Set<Block> seen = new HashSet<>();
    Deque<Block> work = new ArrayDeque<>();
    work.push(start);
    while (!work.isEmpty()) {
      Block x = work.pop();
      if (x == avoid || !seen.add(x)) continue;
      (forward ? x.successors() : x.preds).forEach(work::push);
    }
    return seen;
  }

  /**
   * True when {@code blocks} hold nothing but local computation, array loads and stores ({@code except}
   * aside, the stores are checked by alias class): no call (but to a write-free helper), field or static write, monitor, {@code try}
   * marker, return or throw, through which anything else could change an array.
   */
  private static boolean plain(Set<Block> blocks, Insn except) {
    for (Block blk : blocks) {
      for (Insn i : blk.insns) {
        if (i == except) continue;
        switch (i.op) {
          case PARAM: case CONST: case CMP: case SELECT: case MATH: case GETFIELD: case GETSTATIC: case ALOAD: case ASTORE:
          case ALENGTH: case NEWARRAY: case CHECKCAST: case INSTANCEOF: case GOTO: case IF: case SWITCH:
            break;
          case INVOKE:
            // the checkpointing preamble's plan helper (HelperCopier.writesNothing) writes nothing that existed before
            if (!(i.attr instanceof MethodRef m && HelperCopier.writesNothing(m.name()))) return false;
            break;
          default:
            if (!i.op.isArithmetic()) return false;
        }
      }
    }
    return true;
  }

  /** True when something in {@code loop} other than {@code store} may write {@code array}'s alias class. */
  private boolean writtenInLoopBesides(Value array, int loop, Insn store) {
    for (Block blk : loops.body(loop)) {
      for (Insn i : blk.insns) {
        if (i != store && i.op == Op.ASTORE && written.mayAlias(i.arg(0), array)) return true;
      }
    }
    return false;
  }
}
