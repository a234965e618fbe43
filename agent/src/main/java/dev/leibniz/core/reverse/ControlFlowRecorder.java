package dev.leibniz.core.reverse;

import dev.leibniz.core.analysis.Cycles;
import dev.leibniz.core.analysis.Dominators;
import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Builder;
import dev.leibniz.core.ir.Cond;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Value;
import dev.leibniz.core.ir.Var;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The control-flow part of an adjoint: which path the forward sweep took, recorded so that the
 * reverse sweep replays it backwards. Each block with several predecessors is entered through one
 * edge block per predecessor, which records the predecessor's index: in an {@code int} local when
 * the block lies on no cycle, on the {@code int} tape otherwise; a loop header entered once from
 * outside and otherwise through one back edge counts its trips instead ({@link LoopCounter}). The
 * reverse sweep reads the index back ({@link #takenPredecessor}) or counts the trips down ({@link
 * #countDown}). Which forward values go on the tape is not decided here ({@link TapePolicy}).
 */
final class ControlFlowRecorder {
  /**
   * A loop header entered once from outside and otherwise through one back edge: instead of one
   * tape entry per iteration, the forward sweep counts iterations in a local, and the reverse
   * sweep counts down. A loop that is itself re-entered (nested) saves the count of the previous
   * activation on the tape, once per activation. The counter is a {@code long}: a loop with a
   * {@code long} counter (or a {@code while} loop) can run more than 2^31 - 1 times, and an
   * {@code int} counter would wrap and reverse the wrong number of iterations, silently; except in
   * a counted loop ({@link CountedLoops}: fewer than 2^32 trips), where it is an {@code int}
   * tested with {@code > 0} when the loop provably runs fewer than 2^31 times ({@link #fitsInt}),
   * else with {@code !=}, so that HotSpot compiles the reversed loop as a counted loop.
   */
  static final class LoopCounter {
    final Var count;
    final int entry;
    final int latch;
    final boolean reentered;
    /**
     * An {@code int} counter of a loop that runs fewer than 2^31 times ({@link
     * CountedLoops#fewerThan2To31}): its reverse tests it with {@code > 0}, else with {@code != 0}.
     */
    boolean fitsInt;
    /**
     * Non-null when the reverse sweep computes the trip count from the loop's bounds ({@link
     * #fromBounds}): the forward sweep then neither counts the trips nor saves the count of a
     * previous activation on the tape.
     */
    CountedLoops.Bounds bounds;

    LoopCounter(Var count, int entry, int latch, boolean reentered) {
      this.count = count;
      this.entry = entry;
      this.latch = latch;
      this.reentered = reentered;
    }

    /** True when {@code ph}, a phi of this loop's header, is {@code phi(i0, i + c)} with a constant {@code c}. */
    boolean isInduction(Phi ph) {
      Value next = ph.inputs.get(latch);
      if (!(next instanceof Insn) || ((Insn) next).op != Op.ADD) {
        return false;
      }
      Insn add = (Insn) next;
      Value step = add.arg(0) == ph ? add.arg(1) : add.arg(1) == ph ? add.arg(0) : null;
      return step instanceof Insn && ((Insn) step).op == Op.CONST;
    }
  }

  private final Graph dst;
  private final Builder b;
  private final Cycles cycles;
  private final Dominators dominators;
  private final Loops loops;
  private final TapePlan plan;
  private final Map<Block, Block[]> edges = new HashMap<>();
  private final Map<Block, Var> cameFrom = new HashMap<>();
  private final Map<Block, LoopCounter> counters = new HashMap<>();
  /** Per loop header: the forward edge block that enters the loop (for {@link TapeReservations}). */
  private final Map<Block, Block> entryEdges = new HashMap<>();

  ControlFlowRecorder(Graph dst, Builder b, Cycles cycles, Dominators dominators, Loops loops, TapePlan plan) {
    this.dst = dst;
    this.b = b;
    this.cycles = cycles;
    this.dominators = dominators;
    this.loops = loops;
    this.plan = plan;
  }

  /** Decides, for each merge of {@code order}, its edge blocks and how it records the edge taken. */
  void plan(List<Block> order) {
    Map<Value, Block> defs = null;
    for (Block blk : order) {
      if (blk.preds.size() > 1) {
        Block[] es = new Block[blk.preds.size()];
        for (int k = 0; k < es.length; k++) es[k] = dst.newBlock();
        edges.put(blk, es);
        if (!cycles.inCycle(blk)) {
          cameFrom.put(blk, dst.newVar(Type.INT_TYPE, "from"));
        } else if (blk.preds.size() == 2) {
          boolean back0 = dominators.dominates(blk, blk.preds.get(0));
          boolean back1 = dominators.dominates(blk, blk.preds.get(1));
          if (back0 != back1) {
            int latch = back0 ? 0 : 1;
            Block outside = blk.preds.get(1 - latch);
            boolean counted = CountedLoops.isCounted(blk, latch, loops);
            Type count = counted ? Type.INT_TYPE : Type.LONG_TYPE;
            LoopCounter counter = new LoopCounter(dst.newVar(count, "trips"), 1 - latch, latch, cycles.inCycle(outside));
            if (counted) {
              if (defs == null) defs = TapeReservations.definitions(order);
              counter.fitsInt = CountedLoops.fewerThan2To31(blk, latch, loops, defs);
            }
            plan.counter(blk, counted, counter.fitsInt);
            counters.put(blk, counter);
          }
        }
        if (cycles.inCycle(blk) && !counters.containsKey(blk)) plan.pathOnTape(blk);
      }
    }
  }

  /** The forward edge blocks into {@code blk}, one per predecessor; null when it has one. */
  Block[] edges(Block blk) {
    return edges.get(blk);
  }

  /** The trip counter of loop header {@code blk}, or null. */
  LoopCounter counter(Block blk) {
    return counters.get(blk);
  }

  /** True when the edge taken into {@code blk} is recorded in a local (it lies on no cycle). */
  boolean inLocal(Block blk) {
    return cameFrom.containsKey(blk);
  }

  /** Per loop header with a trip counter: the forward edge block that enters the loop. */
  Map<Block, Block> entryEdges() {
    return entryEdges;
  }

  /** Fills the edge blocks into {@code blk}: record the predecessor index, then enter {@code to}. */
  void recordEdges(Block blk, Block[] es, Block to) {
    for (int k = 0; k < es.length; k++) {
      b.at(es[k]);
      Value idx = b.constant(Type.INT_TYPE, k);
      LoopCounter loop = counters.get(blk);
      if (loop != null && loop.bounds != null) {
        if (k != loop.latch) entryEdges.put(blk, es[k]); // nothing to record: the reverse computes the trips
      } else if (loop != null && k == loop.latch) {
        b.write(loop.count, b.plus(b.read(loop.count), b.constant(loop.count.type, 1)));
      } else if (loop != null) {
        entryEdges.put(blk, es[k]);
        if (loop.reentered) {
          b.add(Op.TAPE_PUSH, Type.VOID_TYPE, null, b.read(loop.count));
        }
        b.write(loop.count, b.constant(loop.count.type, 0));
      } else if (cameFrom.containsKey(blk)) {
        b.write(cameFrom.get(blk), idx);
      } else {
        b.add(Op.TAPE_PUSH, Type.VOID_TYPE, null, idx);
      }
      b.jump(to);
    }
  }

  /**
   * Ends the reverse of a trip of {@code loop}'s header: while trips remain, counts one down and
   * goes on at the first block returned (towards the latch), else at the second (towards the entry).
   */
  Block[] countDown(LoopCounter loop) {
    Value trips = b.read(loop.count);
    Block back = dst.newBlock(), out = dst.newBlock();
    if (loop.count.type.getSort() == Type.INT) { // a counted loop (CountedLoops): fewer than 2^32 trips
      b.terminate(Op.IF, loop.fitsInt ? Cond.GT : Cond.NE, new Block[] {back, out}, trips);
    } else {
      Value sign = b.add(Op.CMP, Type.INT_TYPE, Opcodes.LCMP, trips, b.constant(Type.LONG_TYPE, 0));
      b.terminate(Op.IF, Cond.GT, new Block[] {back, out}, sign);
    }
    b.at(back);
    b.write(loop.count, b.minus(trips, b.constant(loop.count.type, 1)));
    return new Block[] {back, out};
  }

  /**
   * The trip count of loop {@code header} is computed from its bounds in the reverse sweep ({@link
   * #tripsFromBounds}), at the end of the reverse of its exit block, instead of counted in the
   * forward sweep (and, for a re-entered loop, saved on the int tape once per run).
   */
  void fromBounds(Block header, CountedLoops.Bounds bounds, String trips) {
    counters.get(header).bounds = bounds;
    plan.tripsFromBounds(header, trips, counters.get(header).fitsInt);
  }

  /**
   * In the reverse of {@code loop}'s exit block: its trip count from the bounds' forward values,
   * {@code max(0, bound - start)} (step −1: {@code start - bound}), in {@code long} arithmetic; its
   * low 32 bits are what the {@code int} counter of the forward sweep would hold (a counted loop runs
   * fewer than 2^32 times; {@link #countDown} tests it with {@code !=}, or {@code > 0} when it
   * provably fits).
   */
  void tripsFromBounds(LoopCounter loop, Value start, Value bound) {
    Value s = b.convert(start, Type.LONG_TYPE);
    Value n = bound == null ? b.constant(Type.LONG_TYPE, 0) : b.convert(bound, Type.LONG_TYPE);
    Value diff = loop.bounds.step() > 0 ? b.minus(n, s) : b.minus(s, n);
    Value sign = b.add(Op.CMP, Type.INT_TYPE, Opcodes.LCMP, diff, b.constant(Type.LONG_TYPE, 0));
    Value trips = b.add(Op.SELECT, Type.INT_TYPE, Cond.GT, sign, b.convert(diff, Type.INT_TYPE), b.constant(Type.INT_TYPE, 0));
    b.write(loop.count, trips);
  }

  /** Leaving {@code loop}'s reverse towards its entry: a re-entered loop restores the outer activation's count. */
  void restoreOuterCount(LoopCounter loop) {
    if (loop.reentered && loop.bounds == null) {
      b.write(loop.count, b.add(Op.TAPE_POP, loop.count.type, null));
    }
  }

  /** In the reverse of merge {@code blk}: the index of the predecessor the forward sweep came from. */
  Value takenPredecessor(Block blk) {
    return cameFrom.containsKey(blk) ? b.read(cameFrom.get(blk)) : b.add(Op.TAPE_POP, Type.INT_TYPE, null);
  }
}
